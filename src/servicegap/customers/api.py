"""Customers in the API: list customers and the save list's alerts, with filters; claim,
snooze and resolve an alert as the save list does.

For owners, executives and managers (a manager sees the customers of their locations),
with a bearer token of the organisation or a member's session. Every query starts from
`for_member`; a filter naming another organisation's location matches nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, Literal, NoReturn
from uuid import UUID

from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError, ValidationError
from pydantic import ConfigDict

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import Moment, Offset, Status
from servicegap.core.auth import membership
from servicegap.core.models import Location, Membership
from servicegap.customers import moments, visits
from servicegap.customers.models import Alert, Customer, SurveyInvitation

router = Router(tags=["customers"])


def _require_reader(member: Membership) -> Membership:
    if member.role not in access.LOCATION_MANAGERS:
        raise HttpError(403, "Only owners, executives and managers read customers.")
    return member


class ScoreOut(Schema):
    p_alive: float
    expected_visits_90: float
    expected_visits_365: float
    expected_spend: Decimal
    model_value: Decimal
    value_at_risk: Decimal
    frequency: int
    recency_days: int
    age_days: int
    model_version: str
    scored_at: datetime


class CustomerOut(Schema):
    code: UUID
    external_id: str
    home_location: UUID | None
    first_seen: datetime | None
    contact_consent: bool
    tags: list[str]
    score: ScoreOut | None


class CustomerPage(Schema):
    count: int
    items: list[CustomerOut]


class CustomerFilters(Schema):
    location: UUID | None = Field(None, description="Home location code.")
    external_id: str | None = Field(None, max_length=64, description="Exactly this id.")
    max_p_alive: float | None = Field(None, ge=0, le=1, description="P(alive) at most.")
    offset: Offset = 0
    limit: int = Field(50, ge=1, le=500)


class ReasonOut(Schema):
    kind: str
    text: str
    at: str
    response: str | None = None


class AlertOut(Schema):
    code: UUID
    customer: UUID
    customer_external_id: str
    kind: str
    status: str
    reasons: list[ReasonOut]
    value_at_risk: Decimal
    created_at: datetime
    snoozed_until: datetime | None
    resolved_at: datetime | None
    claimed_by: str | None = Field(None, description="Who is on it (e-mail address).")


class AlertPage(Schema):
    count: int
    items: list[AlertOut]


class AlertFilters(Schema):
    status: Literal["open", "claimed", "snoozed", "saved", "lost", "unresolved"] = "unresolved"
    kind: Literal["drifting", "detractor", "complaint", "churn_phrase"] | None = None
    location: UUID | None = Field(None, description="The customer's home location code.")
    offset: Offset = 0
    limit: int = Field(50, ge=1, le=500)


def _location_id(member: Membership, code: UUID | None) -> int | None:
    if code is None:
        return None
    found = Location.objects.for_member(member).filter(code=code).values_list("pk", flat=True)
    return next(iter(found), -1)  # another organisation's location matches nothing


@router.get("/customers", response=CustomerPage, summary="List customers with their scores")
def list_customers(request: HttpRequest, filters: Query[CustomerFilters]) -> dict[str, Any]:
    member = _require_reader(membership(request))
    customers = Customer.objects.for_member(member).select_related("home_location", "score")
    location_id = _location_id(member, filters.location)
    if location_id is not None:
        customers = customers.filter(home_location_id=location_id)
    if filters.external_id:
        customers = customers.filter(external_id=filters.external_id)
    if filters.max_p_alive is not None:
        customers = customers.filter(score__p_alive__lte=filters.max_p_alive)
    customers = customers.order_by("external_id", "pk")
    page = customers[filters.offset : filters.offset + filters.limit]
    return {"count": customers.count(), "items": [_customer_out(c) for c in page]}


def _customer_out(customer: Customer) -> dict[str, Any]:
    score = getattr(customer, "score", None)
    return {
        "code": customer.code,
        "external_id": customer.external_id,
        "home_location": customer.home_location.code if customer.home_location else None,
        "first_seen": customer.first_seen,
        "contact_consent": customer.contact_consent,
        "tags": [str(tag) for tag in customer.tags or []],
        "score": score,
    }


@router.get("/alerts", response=AlertPage, summary="List the save list's alerts")
def list_alerts(request: HttpRequest, filters: Query[AlertFilters]) -> dict[str, Any]:
    member = _require_reader(membership(request))
    alerts = Alert.objects.for_member(member).select_related("customer", "claimed_by")
    if filters.status == "unresolved":
        alerts = alerts.unresolved()
    else:
        alerts = alerts.filter(status=filters.status)
    if filters.kind:
        # any of its reasons of this kind (the JSON text holds `"kind": "<kind>"`)
        alerts = alerts.filter(
            Q(kind=filters.kind) | Q(reasons__icontains=f'"kind": "{filters.kind}"')
        )
    location_id = _location_id(member, filters.location)
    if location_id is not None:
        alerts = alerts.filter(customer__home_location_id=location_id)
    alerts = alerts.order_by("-value_at_risk", "-created_at", "-pk")
    page = alerts[filters.offset : filters.offset + filters.limit]
    return {
        "count": alerts.count(),
        "items": [_alert_out(a) for a in page],
    }


def _alert_out(alert: Alert) -> dict[str, Any]:
    return {
        "code": alert.code,
        "customer": alert.customer.code,
        "customer_external_id": alert.customer.external_id,
        "kind": alert.kind,
        "status": alert.status,
        "reasons": alert.reasons,
        "value_at_risk": alert.value_at_risk,
        "created_at": alert.created_at,
        "snoozed_until": alert.snoozed_until,
        "resolved_at": alert.resolved_at,
        "claimed_by": alert.claimed_by.email if alert.claimed_by_id else None,
    }


# What people do with an alert, as on the save list ------------------------------------


class SnoozeIn(Schema):
    model_config = ConfigDict(extra="forbid")

    days: Literal[1, 7, 30] = Field(
        description="Hide it from the save list for 1, 7 or 30 days, as the page offers."
    )


class ResolveIn(Schema):
    model_config = ConfigDict(extra="forbid")

    outcome: Literal["saved", "lost"]


def _alert_action(request: HttpRequest, alert_code: UUID, action) -> dict[str, Any]:
    member = _require_reader(membership(request))
    alert = get_for_member(Alert, member, code=alert_code)
    try:
        action(alert, member)
    except moments.AlertActionError as error:
        raise HttpError(409, str(error)) from None
    return _alert_out(alert)


def _body_required(request: HttpRequest, alert_code: UUID, field: str) -> NoReturn:
    """A missing body after the alert is found: a foreign alert stays a 404."""
    get_for_member(Alert, _require_reader(membership(request)), code=alert_code)
    raise ValidationError(
        [{"loc": ["body", "payload", field], "msg": "Field required", "type": "missing"}]
    )


@router.post("/alerts/{uuid:alert_code}/claim", response=AlertOut, summary="Take an alert on")
def claim_alert(request: HttpRequest, alert_code: UUID) -> dict[str, Any]:
    return _alert_action(
        request, alert_code, lambda alert, member: moments.claim_alert(alert, by=member)
    )


@router.post(
    "/alerts/{uuid:alert_code}/snooze",
    response=AlertOut,
    summary="Hide an alert from the save list for a while",
)
def snooze_alert(
    request: HttpRequest, alert_code: UUID, payload: SnoozeIn | None = None
) -> dict[str, Any]:
    if payload is None:
        _body_required(request, alert_code, "days")
    return _alert_action(
        request,
        alert_code,
        lambda alert, member: moments.snooze_alert(alert, days=payload.days, by=member),
    )


@router.post(
    "/alerts/{uuid:alert_code}/resolve",
    response=AlertOut,
    summary="Close an alert: the customer was saved, or lost",
)
def resolve_alert(
    request: HttpRequest, alert_code: UUID, payload: ResolveIn | None = None
) -> dict[str, Any]:
    if payload is None:
        _body_required(request, alert_code, "outcome")
    saved = payload.outcome == "saved"
    return _alert_action(
        request,
        alert_code,
        lambda alert, member: moments.resolve_alert(alert, saved=saved, by=member),
    )


class VisitIn(Schema):
    customer: str = Field(..., min_length=1, max_length=64, description="Your customer id.")
    location: UUID = Field(..., description="The location's code.")
    visited_at: Moment = Field(..., description="When, with its time zone.")
    amount: Decimal = Field(..., ge=0, max_digits=12, decimal_places=2)
    channel: Literal["in_store", "takeaway", "delivery", "online", "phone", "other"] = "in_store"
    visit_id: str = Field("", max_length=64, description="Your id for the visit, if any.")
    consent: bool = Field(False, description="The customer agreed to be contacted.")
    name: str = Field("", max_length=120)
    contact: str = Field("", max_length=120, description="E-mail address or phone number.")
    language: Literal["", "en", "fr", "es"] = ""


class InvitationOut(Schema):
    status: str
    send_after: datetime


class VisitOut(Schema):
    customer: UUID
    visit_key: str
    created: bool
    invitation: InvitationOut | None


@router.post(
    "/visits",
    response={201: VisitOut, 200: VisitOut},
    summary="Record a visit (and schedule its survey invitation)",
)
def post_visit(request: HttpRequest, payload: VisitIn) -> Any:
    """A till or booking system posts each visit; the same visit (by `visit_id`, else by
    customer, location, time and amount) posted again is stored once (200). A new visit
    of a customer who agreed to be contacted, with an e-mail address, gets its survey
    invitation under the organisation's rules."""
    member = _require_reader(membership(request))
    location = Location.objects.for_member(member).filter(code=payload.location).first()
    if location is None:
        raise HttpError(422, "location: no location of yours has this code.")
    if payload.visited_at.tzinfo is None:
        raise HttpError(422, "visited_at: give the time zone, e.g. 2026-05-03T12:30:00+02:00.")
    if payload.visited_at > timezone.now() + timedelta(minutes=5):
        raise HttpError(422, "visited_at: a visit cannot be in the future.")
    if not payload.customer.strip():
        raise HttpError(422, "customer: give the customer's id.")
    contact = payload.contact.strip()
    if not payload.consent and (payload.name.strip() or contact):
        raise HttpError(422, "consent: name and contact are kept only with consent.")
    stored = visits.record_visit(
        location, customer_id=payload.customer.strip(), visited_at=payload.visited_at,
        amount=payload.amount, channel=payload.channel, visit_id=payload.visit_id.strip(),
        consent=payload.consent, name=payload.name.strip(), contact=contact,
        language=payload.language,
    )  # fmt: skip
    invitation = stored.invitation
    body = {
        "customer": stored.visit.customer.code,
        "visit_key": stored.visit.key,
        "created": stored.created,
        "invitation": None
        if invitation is None
        else {"status": invitation.status, "send_after": invitation.send_after},
    }
    return Status(201 if stored.created else 200, body)


# Survey invitations, as on Customers → Invitations --------------------------------------


class InvitationRowOut(Schema):
    code: UUID
    customer: UUID
    customer_external_id: str
    location: UUID
    channel: str
    language: str
    email: str
    status: str
    send_after: datetime
    sent_at: datetime | None
    expires_at: datetime | None
    opened_at: datetime | None
    responded_at: datetime | None
    unsubscribed_at: datetime | None
    response: UUID | None
    last_error: str = Field(description="Why it bounced or was not sent.")


class InvitationPage(Schema):
    count: int
    items: list[InvitationRowOut]


class InvitationFilters(Schema):
    status: Literal["scheduled", "sending", "sent", "bounced", "failed", "cancelled"] | None = None
    location: UUID | None = Field(None, description="The visit's location code.")
    offset: Offset = 0
    limit: int = Field(50, ge=1, le=500)


@router.get(
    "/invitations", response=InvitationPage, summary="List survey invitations, latest first"
)
def list_invitations(request: HttpRequest, filters: Query[InvitationFilters]) -> dict[str, Any]:
    member = _require_reader(membership(request))
    found = SurveyInvitation.objects.for_member(member).select_related(
        "customer", "location", "response"
    )
    if filters.status:
        found = found.filter(status=filters.status)
    location_id = _location_id(member, filters.location)
    if location_id is not None:
        found = found.filter(location_id=location_id)
    found = found.order_by("-send_after", "-pk")
    page = found[filters.offset : filters.offset + filters.limit]
    return {
        "count": found.count(),
        "items": [
            {
                "code": i.code,
                "customer": i.customer.code,
                "customer_external_id": i.customer.external_id,
                "location": i.location.code,
                "channel": i.channel,
                "language": i.language,
                "email": i.email,
                "status": i.status,
                "send_after": i.send_after,
                "sent_at": i.sent_at,
                "expires_at": i.expires_at,
                "opened_at": i.opened_at,
                "responded_at": i.responded_at,
                "unsubscribed_at": i.unsubscribed_at,
                "response": i.response.code if i.response_id else None,
                "last_error": i.last_error,
            }
            for i in page
        ],
    }
