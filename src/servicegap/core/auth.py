"""Who is calling the API: a bearer token, or a logged-in member's session.

Every app's router relies on these (the API in `servicegap.api` only mounts the routers
and names these as its authentication).
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth

from servicegap.core.models import Membership
from servicegap.core.tokens import membership_for_secret


class TokenAuth(HttpBearer):
    """`Authorization: Bearer sg_…`: acts as the member who made the token."""

    def authenticate(self, request: HttpRequest, token: str) -> Membership | None:
        membership = membership_for_secret(token)
        if membership is not None:
            request.membership = membership
        return membership


class MemberSessionAuth(SessionAuth):
    """The browser's session (with its CSRF check), in the organisation chosen there."""

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        return getattr(request, "membership", None)


def membership(request: HttpRequest) -> Membership:
    """The caller's membership; every API query starts from it."""
    return request.auth
