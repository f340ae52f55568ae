"""The organisation's structure in the API: who am I, and which locations I see."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any
from uuid import UUID

from django.http import HttpRequest
from ninja import Field, Router, Schema
from ninja.errors import ValidationError
from pydantic import BeforeValidator

from servicegap.core.access import get_for_member
from servicegap.core.auth import membership
from servicegap.core.models import Location

router = Router(tags=["organisation"])

try:
    from ninja import Status
except ImportError:  # django-ninja before 1.7 takes a (status, body) tuple

    def Status(status: int, body: Any) -> tuple[int, Any]:  # noqa: N802
        """An answer with this status, for every app's router."""
        return status, body


# Where a page of a list starts, for every app's paged list: bounded, so that a number
# past what the databases' 64-bit OFFSET holds is a 422 naming `offset`, not a 500.
MAX_OFFSET = 1_000_000_000
Offset = Annotated[
    int, Field(ge=0, le=MAX_OFFSET, description="Skip this many items (at most 1,000,000,000).")
]


def form_refused(errors: dict[str, list[Any]]) -> ValidationError:
    """A page's form (or a service's ValidationError.message_dict) refused the input: a
    422 with each field's message, `payload` for what concerns the whole; for every app's
    router, so that the API names a field exactly as the page does."""
    return ValidationError(
        [
            {
                "loc": ["body", "payload" if field == "__all__" else field],
                "msg": str(message),
                "type": "value_error",
            }
            for field, messages in errors.items()
            for message in messages
        ]
    )


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _written_day(value: Any) -> Any:
    """A day only as written in the schema (YYYY-MM-DD): pydantic alone would also read a
    number as seconds since 1970, so `until=0` meant 1 January 1970."""
    if isinstance(value, str) and not ISO_DAY.fullmatch(value.strip()):
        raise ValueError("Give a day as YYYY-MM-DD.")
    if not isinstance(value, str | date):
        raise ValueError("Give a day as YYYY-MM-DD.")
    return value


def _written_moment(value: Any) -> Any:
    """A time only as an ISO 8601 string, not a number of seconds."""
    if not isinstance(value, str | datetime):
        raise ValueError("Give a time as ISO 8601, e.g. 2026-05-03T12:30:00+02:00.")
    return value


# Dates and times that clients send (query parameters and bodies), for every app's router.
Day = Annotated[date, BeforeValidator(_written_day)]
Moment = Annotated[datetime, BeforeValidator(_written_moment)]


class MeOut(Schema):
    email: str
    organization: str
    organization_slug: str
    role: str
    time_zone: str
    currency: str


class LocationOut(Schema):
    code: UUID
    name: str
    region: str | None
    address: str
    is_active: bool


@router.get("/me", response=MeOut)
def me(request: HttpRequest) -> dict:
    member = membership(request)
    org = member.organization
    return {
        "email": member.user.email,
        "organization": org.name,
        "organization_slug": org.slug,
        "role": member.role,
        "time_zone": org.time_zone,
        "currency": org.currency,
    }


def _location_out(location: Location) -> dict:
    return {
        "code": location.code,
        "name": location.name,
        "region": location.region.name if location.region else None,
        "address": location.address,
        "is_active": location.is_active,
    }


@router.get("/locations", response=list[LocationOut])
def list_locations(request: HttpRequest) -> list[dict]:
    locations = Location.objects.for_member(membership(request)).select_related("region")
    return [_location_out(location) for location in locations]


@router.get("/locations/{uuid:location_code}", response=LocationOut)
def get_location(request: HttpRequest, location_code: UUID) -> dict:
    location = get_for_member(Location, membership(request), code=location_code)
    return _location_out(location)
