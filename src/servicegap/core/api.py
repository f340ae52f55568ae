"""The organisation's structure in the API: who am I, which locations I see, and (for
owners and executives, as on the locations page) adding and changing a location.

Also the pieces every app's router shares: `Status`, `Offset`, `Day`, `Moment`,
`form_refused`, `changes` and `saved`. The rest of the organisation (regions,
departments, employees, members, invitations, tokens, settings) is in `core.api_organisation`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any
from uuid import UUID

from django.db import transaction
from django.forms import ModelForm
from django.http import HttpRequest
from ninja import Field, Router, Schema
from ninja.errors import HttpError, ValidationError
from pydantic import BaseModel, BeforeValidator, ConfigDict

from servicegap.core.access import LEADERS, get_for_member
from servicegap.core.auth import membership
from servicegap.core.forms import LocationForm
from servicegap.core.models import Location, Membership, Region, Role

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
    422 with each field's message, for every app's router. Each error is located as
    ninja locates its own for the body parameter `payload` (`["body", "payload",
    field]`; the whole body for what concerns no one field), so that a client reads one
    shape whichever check refused the field."""
    return ValidationError(
        [
            {
                "loc": ["body", "payload"] if field == "__all__" else ["body", "payload", field],
                "msg": str(message),
                "type": "value_error",
            }
            for field, messages in errors.items()
            for message in messages
        ]
    )


def changes(payload: BaseModel, nullable: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The fields a PATCH body gives, for every app's router: a field left out stays as
    it is; `null` clears only a field in `nullable`, and is refused for any other (so
    that `"is_active": null` never reads as false)."""
    given = payload.model_dump(exclude_unset=True)
    cleared = [name for name, value in given.items() if value is None and name not in nullable]
    if cleared:
        raise form_refused({name: ["This field cannot be null."] for name in cleared})
    return given


def saved(form: ModelForm, names: dict[str, str] | None = None) -> Any:
    """Validate a page's model form and save it in one transaction, for every app's
    router: a refused form is a 422 naming each field (by its name in the API where
    `names` maps a form field to it), and nothing is stored."""
    with transaction.atomic():
        if not form.is_valid():
            names = names or {}
            raise form_refused({names.get(f, f): errors for f, errors in form.errors.items()})
        return form.save()


def role_needed(request: HttpRequest, roles: frozenset[Role], refusal: str) -> Membership:
    """The caller's membership if their role is one of `roles`, else a 403 saying why."""
    member = membership(request)
    if member.role not in roles:
        raise HttpError(403, refusal)
    return member


def field_refused(*loc: Any, message: str) -> ValidationError:
    """A 422 for the body field at `loc` (a name, or a path into the body: `"answers", 0,
    "measured_value"`), located as ninja locates its own errors."""
    return ValidationError(
        [{"loc": ["body", "payload", *loc], "msg": message, "type": "value_error"}]
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
    region: str | None = Field(description="The region's name.")
    region_code: UUID | None
    address: str
    latitude: float | None
    longitude: float | None
    is_active: bool = Field(description="Open; false once the location is closed.")


@router.get("/me", response=MeOut, summary="Who am I: the caller, their role and organisation")
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
        "region_code": location.region.code if location.region else None,
        "address": location.address,
        "latitude": None if location.latitude is None else float(location.latitude),
        "longitude": None if location.longitude is None else float(location.longitude),
        "is_active": location.is_active,
    }


@router.get("/locations", response=list[LocationOut], summary="The locations the caller sees")
def list_locations(request: HttpRequest) -> list[dict]:
    locations = Location.objects.for_member(membership(request)).select_related("region")
    return [_location_out(location) for location in locations]


@router.get("/locations/{uuid:location_code}", response=LocationOut, summary="One location")
def get_location(request: HttpRequest, location_code: UUID) -> dict:
    location = get_for_member(Location, membership(request), code=location_code)
    return _location_out(location)


Name = Annotated[str, Field(max_length=120)]
Latitude = Annotated[float, Field(ge=-90, le=90, description="Degrees, at most 6 decimals.")]
Longitude = Annotated[float, Field(ge=-180, le=180, description="Degrees, at most 6 decimals.")]


class LocationIn(Schema):
    model_config = ConfigDict(extra="forbid")

    name: Name
    region: UUID | None = Field(None, description="A region's code.")
    address: str = ""
    latitude: Latitude | None = None
    longitude: Longitude | None = None
    is_active: bool = True


class LocationChangeIn(Schema):
    """Only the fields given change; `region`, `latitude` and `longitude` may be null.
    `"is_active": false` closes the location, as unticking "open" on the page does."""

    model_config = ConfigDict(extra="forbid")

    name: Name | None = None
    region: UUID | None = Field(None, description="A region's code, or null for none.")
    address: str | None = None
    latitude: Latitude | None = None
    longitude: Longitude | None = None
    is_active: bool | None = None


LEADERS_ONLY = "Only owners and executives add and change locations."


def _location_form(member: Membership, data: dict[str, Any], instance: Location) -> LocationForm:
    """The locations page's form for `data`; the region is looked up first (another
    organisation's is a 404)."""
    region = data.get("region")
    if region is not None:
        data["region"] = str(get_for_member(Region, member, code=region).code)
    for name in ("latitude", "longitude"):
        if data.get(name) is not None:
            data[name] = str(data[name])
    return LocationForm(
        {name: value for name, value in data.items() if value is not None},
        instance=instance,
        membership=member,
    )


@router.post("/locations", response={201: LocationOut}, summary="Add a location")
def create_location(request: HttpRequest, payload: LocationIn) -> Any:
    member = role_needed(request, LEADERS, LEADERS_ONLY)
    location = saved(_location_form(member, payload.model_dump(), Location()))
    return Status(201, _location_out(location))


@router.patch(
    "/locations/{uuid:location_code}",
    response=LocationOut,
    summary="Change a location: name, address, region, position, or close it",
)
def update_location(
    request: HttpRequest, location_code: UUID, payload: LocationChangeIn | None = None
) -> dict:
    member = role_needed(request, LEADERS, LEADERS_ONLY)
    location = get_for_member(Location, member, code=location_code)
    if payload is None:  # the location is looked up first: another organisation's is a 404
        raise field_refused(message="Field required")
    data = {
        "name": location.name,
        "region": location.region.code if location.region else None,
        "address": location.address,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "is_active": location.is_active,
    }
    data.update(changes(payload, nullable=frozenset({"region", "latitude", "longitude"})))
    return _location_out(saved(_location_form(member, data, location)))
