"""Calling `/api/v1/audits…` as a member, for the audits API tests."""

from __future__ import annotations

import json

from servicegap.core import tokens

BASE = "/api/v1/audits"


def api(client, member, method: str, path: str, body=None, query=None):
    """`method` on BASE + `path` with a fresh token of `member`; `body` sent as JSON."""
    _token, secret = tokens.create_token(member, "test")
    extra = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    if method == "get":
        return client.get(BASE + path, query or {}, **extra)
    return getattr(client, method)(
        BASE + path,
        json.dumps(body) if body is not None else "",
        content_type="application/json",
        **extra,
    )
