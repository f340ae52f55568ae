"""What the people API's modules share: strict input, the team check, field errors."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.http import HttpRequest
from ninja import Schema
from ninja.errors import HttpError, ValidationError
from pydantic import ConfigDict

from servicegap.core import access
from servicegap.core.api import Status, field_refused
from servicegap.core.auth import membership
from servicegap.core.models import Membership

__all__ = ["Status", "StrictIn", "field_refused", "need", "one", "refused", "team"]


class StrictIn(Schema):
    model_config = ConfigDict(extra="forbid")


def team(request: HttpRequest) -> Membership:
    """The caller's membership; shoppers have no people pages (403)."""
    member = membership(request)
    if member.role not in access.TEAM:
        raise HttpError(403, "Your role has no people pages.")
    return member


def need(member: Membership, roles: Iterable[str], message: str) -> None:
    """A 403 with `message` unless the member has one of `roles`."""
    if member.role not in roles:
        raise HttpError(403, message)


def one(queryset, code: Any, *loc: Any, what: str):
    """The object of `queryset` with `code` (None when `code` is None), else a 422 that
    names the field at `loc`: another organisation's code is simply not found."""
    if code is None:
        return None
    found = queryset.filter(code=code).first()
    if found is None:
        raise field_refused(*loc, message=f"No such {what} of yours.")
    return found


def refused(error) -> ValidationError:
    """A workflow's refusal (`PeopleError`) as a 422 naming its field."""
    return field_refused(error.field, message=error.message)
