"""What the people API's modules share: strict input, the team check, field errors."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TypeVar

from django.http import HttpRequest
from ninja import Schema
from ninja.errors import HttpError, ValidationError
from pydantic import ConfigDict
from pydantic import ValidationError as PydanticValidationError

from servicegap.core import access
from servicegap.core.api import Status, field_refused
from servicegap.core.api_input import refuse_unstorable_json
from servicegap.core.auth import membership
from servicegap.core.models import Membership

__all__ = [
    "Status",
    "StrictIn",
    "body_doc",
    "body_of",
    "field_refused",
    "need",
    "one",
    "refused",
    "team",
]


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


In = TypeVar("In", bound=Schema)


def body_doc(schema: type[Schema]) -> dict[str, Any]:
    """`openapi_extra` documenting a JSON body that the operation reads with `body_of`."""
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": schema.model_json_schema()}},
        }
    }


def body_of(request: HttpRequest, schema: type[In]) -> In:
    """The request's JSON body as `schema`, read only after the object of the path was
    looked up and the caller's role checked: another organisation's object is a 404
    whatever the body holds. Errors are located as ninja locates its own
    (`["body", "payload", field]`)."""
    try:
        data = json.loads(request.body or b"null")
    except (ValueError, RecursionError):
        raise field_refused(message="The body is not JSON.") from None
    if data is None:
        raise field_refused(message="Field required")
    if not isinstance(data, dict):
        raise field_refused(message="Send a JSON object.")
    refuse_unstorable_json(data)  # whatever content type the body came under
    try:
        return schema.model_validate(data)
    except PydanticValidationError as error:
        raise ValidationError(
            [
                {"type": e["type"], "loc": ["body", "payload", *e["loc"]], "msg": e["msg"]}
                for e in error.errors(include_url=False)
            ]
        ) from None
