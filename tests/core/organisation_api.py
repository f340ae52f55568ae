"""Calling the API as a member, for the organisation's API tests: one token per member."""

from __future__ import annotations

import json

from django.test import Client

from servicegap.core import tokens
from servicegap.core.models import Membership
from tests.api.checks import named

__all__ = ["call", "named", "secret_for"]

_secrets: dict[object, str] = {}


def secret_for(member: Membership) -> str:
    """The member's API token, made on first use (a new member's code is new per test)."""
    if member.code not in _secrets:
        _secrets[member.code] = tokens.create_token(member, "tests")[1]
    return _secrets[member.code]


def call(client: Client, member: Membership, method: str, path: str, body=None, **params):
    send = getattr(client, method)
    extra = {"HTTP_AUTHORIZATION": f"Bearer {secret_for(member)}"}
    url = f"/api/v1{path}"
    if body is None:
        return send(url, params, **extra) if params else send(url, **extra)
    return send(url, json.dumps(body), content_type="application/json", **extra)
