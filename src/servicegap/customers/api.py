"""Customers in the API: list customers (searched by id or name as the customer list
searches) and the save list's alerts, with filters; claim, snooze and resolve an alert as
the save list does; one customer with their score and its reasons, their visits and their
feedback; score now; upload a file of visits, follow its import, cancel it or import it
without its bad rows; survey invitations, their response rates and their settings; the
save list's settings.

For owners, executives and managers (a manager sees the customers of their locations and
their own imports), with a bearer token of the organisation or a member's session; as on
the pages, only owners and executives score, and only owners see and change the
settings. Every query starts from `for_member`; a filter naming another organisation's
location matches nothing. Each write goes through the page's form and the app's own
function (`uploads`, `invitations`, `scoring`), as the page does.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Annotated, Any, Literal, NoReturn
from uuid import UUID

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, File, Form, Query, Router, Schema, UploadedFile
from ninja.errors import HttpError, ValidationError
from pydantic import BeforeValidator, ConfigDict, create_model

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import Moment, Offset, Status, field_refused, form_refused
from servicegap.core.auth import membership
from servicegap.core.models import Location, Membership
from servicegap.customers import (
    importer,
    invitations,
    moments,
    samples,
    scoring,
    uploads,
    visits,
)
from servicegap.customers.forms import (
    DEFAULT_YEARS,
    CalculatorForm,
    CustomerSearchForm,
    CustomerSettingsForm,
    InvitationSettingsForm,
    UploadForm,
)
from servicegap.customers.models import (
    Alert,
    Customer,
    CustomerScore,
    CustomerSettings,
    ImportRun,
    InvitationSettings,
    SurveyInvitation,
    Visit,
)
from servicegap.feedback.models import Response

router = Router(tags=["customers"])


def _require_reader(member: Membership) -> Membership:
    if member.role not in access.LOCATION_MANAGERS:
        raise HttpError(403, "Only owners, executives and managers read customers.")
    return member


class ScoreOut(Schema):
    p_alive: float
    mean_spend: Decimal = Field(description="Mean spend of their repeat visits.")
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
    name: str = Field(description="Kept only with their consent to be contacted; else empty.")
    contact: str = Field(
        description="E-mail or phone they agreed to be contacted on; empty without consent."
    )
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
    external_id: str | None = Field(
        None, min_length=1, max_length=64, description="Exactly this id; leave out for any."
    )
    q: str | None = Field(
        None,
        min_length=1,
        max_length=64,
        description="Part of the customer's id or name, any case (the customer list's search).",
    )
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
    customer_name: str = Field(description="Kept only with their consent; else empty.")
    customer_contact: str = Field(
        description="What the save list shows to reach them; empty without consent."
    )
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
    if filters.q:
        customers = _searched(member, customers, filters.q)
    if filters.max_p_alive is not None:
        customers = customers.filter(score__p_alive__lte=filters.max_p_alive)
    customers = customers.order_by("external_id", "pk")
    page = customers[filters.offset : filters.offset + filters.limit]
    return {"count": customers.count(), "items": [_customer_out(c) for c in page]}


def _searched(member: Membership, customers, q: str):
    """`customers` matching `q` as the customer list's search form matches them."""
    form = CustomerSearchForm({"q": q}, membership=member)
    if not form.is_valid():
        raise ValidationError(
            [
                {"type": "value_error", "loc": ["query", name], "msg": str(message)}
                for name, messages in form.errors.items()
                for message in messages
            ]
        )
    return form.filter_customers(customers)


def _personal(customer: Customer) -> dict[str, str]:
    """Name and contact as the pages show them: only with the customer's consent."""
    if not customer.contact_consent:
        return {"name": "", "contact": ""}
    return {"name": customer.name, "contact": customer.contact}


def _customer_out(customer: Customer) -> dict[str, Any]:
    score = getattr(customer, "score", None)
    return {
        "code": customer.code,
        "external_id": customer.external_id,
        **_personal(customer),
        "home_location": customer.home_location.code if customer.home_location else None,
        "first_seen": customer.first_seen,
        "contact_consent": customer.contact_consent,
        "tags": [str(tag) for tag in customer.tags or []],
        "score": score,
    }


class CustomerDetailOut(CustomerOut):
    visits: int = Field(description="Visits at the locations you see.")
    last_visit: date | None = Field(description="Day of the last of those visits.")
    days_since_last_visit: int | None = Field(
        description="Days since then, in the organisation's time zone, as the pages count."
    )
    reasons: list[str] = Field(description="Why the model says what it says, in words.")


@router.get(
    "/customers/{uuid:customer_code}",
    response=CustomerDetailOut,
    summary="One customer with their score and its reasons",
)
def get_customer(request: HttpRequest, customer_code: UUID) -> dict[str, Any]:
    """As the customer's page shows them: the latest score, why the model says so, and
    the last visit the member may see."""
    member = _require_reader(membership(request))
    customer = get_for_member(Customer, member, code=customer_code)
    score = CustomerScore.objects.filter(customer=customer).first()
    last = visits.last_visits(member, [customer.pk]).get(customer.pk)
    days_since = last.days_ago if last else None
    currency = member.organization.currency
    return {
        **_customer_out(customer),
        "visits": Visit.objects.for_member(member).filter(customer=customer).count(),
        "last_visit": last.day if last else None,
        "days_since_last_visit": days_since,
        "reasons": scoring.score_reasons(score, currency, days_since) if score else [],
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
        **{f"customer_{k}": v for k, v in _personal(alert.customer).items()},
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
    return {"count": found.count(), "items": [_invitation_out(i) for i in page]}


def _invitation_out(i: SurveyInvitation) -> dict[str, Any]:
    return {
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


# Invitation response rates and settings, as on Customers → Invitations ------------------


class RateEstimateOut(Schema):
    value: float | None = Field(description="Percent answered; none when too few.")
    low: float | None = Field(description="Its 95% interval (Wilson), from…")
    high: float | None = Field(description="…to.")
    n: int
    too_few: bool = Field(description="Fewer invitations than `minimum`: not to be read.")


class RateRowOut(Schema):
    month: date = Field(description="The month sent (its first day, organisation's time).")
    location: str
    location_code: UUID | None
    channel: Literal["in_store", "takeaway", "delivery", "online", "phone", "other"]
    sent: int
    opened: int
    responded: int
    rate: RateEstimateOut


class GroupOut(Schema):
    customers: int
    visits_per_customer: float | None
    spend_per_visit: Decimal | None


class ComparisonOut(Schema):
    invited: GroupOut
    responders: GroupOut
    notes: list[str] = Field(description="Each way responders differ by more than a fifth.")


class InvitationRatesOut(Schema):
    rules: str = Field(description="The organisation's invitation rules, in words.")
    since: datetime = Field(description="Rates count the invitations sent since then.")
    minimum: int = Field(description="Fewer invitations than this are too few to read.")
    scheduled: int = Field(description="Invitations waiting to be sent.")
    rows: list[RateRowOut] = Field(description="Per month sent, location and channel.")
    comparison: ComparisonOut
    problems: list[InvitationRowOut] = Field(
        description="The latest bounced or failed invitations (50), newest first."
    )


@router.get(
    "/invitations/rates",
    response=InvitationRatesOut,
    summary="Survey invitations' response rates, who answers, and what bounced",
)
def invitation_rates(request: HttpRequest) -> dict[str, Any]:
    """What Customers → Invitations shows, for the invitations of your locations."""
    member = _require_reader(membership(request))
    found = invitations.overview(member)
    tz = member.organization.tz
    comparison = found.comparison
    return {
        "rules": found.rules,
        "since": found.since,
        "minimum": invitations.MIN_EVIDENCE,
        "scheduled": found.scheduled,
        "rows": [
            {
                "month": timezone.localtime(row.month, tz).date(),
                "location": row.location,
                "location_code": row.location_code,
                "channel": row.channel_value,
                "sent": row.sent,
                "opened": row.opened,
                "responded": row.responded,
                "rate": {name: getattr(row.rate, name) for name in RateEstimateOut.model_fields},
            }
            for row in found.rows
        ],
        "comparison": {
            "invited": _group_out(comparison.invited),
            "responders": _group_out(comparison.responders),
            "notes": comparison.notes,
        },
        "problems": [_invitation_out(i) for i in found.problems.select_related("response")],
    }


def _group_out(group: invitations.Group) -> dict[str, Any]:
    spend = group.spend_per_visit
    return {
        "customers": group.customers,
        "visits_per_customer": group.visits_per_customer,
        "spend_per_visit": None if spend is None else Decimal(f"{spend:.2f}"),
    }


Language = Literal["en", "fr", "es"]
ClockTime = Annotated[
    str, Field(pattern=r"^\d{2}:\d{2}$", description="A time of day, HH:MM (24 hours).")
]


class InvitationTextOut(Schema):
    subject: str
    message: str


class InvitationSettingsOut(Schema):
    enabled: bool
    delay_minutes: int = Field(description="Minutes after the visit.")
    send_from: str = Field(description="Not before (HH:MM, organisation's time).")
    send_until: str = Field(description="Not after (HH:MM).")
    every_days: int = Field(description="At most one invitation a customer every so many days.")
    valid_days: int = Field(description="The link works for so many days.")
    late_hours: int = Field(description="Visits older than this past the delay are skipped.")
    texts: dict[str, InvitationTextOut] = Field(
        description="Your own subject and message per language; a language left out, or "
        "a blank text, has the default."
    )
    rules: str = Field(description="The rules, in words.")


class InvitationTextIn(Schema):
    """Left out: kept; blank: the default text."""

    model_config = ConfigDict(extra="forbid")

    subject: str | None = Field(None, max_length=200)
    message: str | None = Field(
        None, max_length=2000, description="{location}, {date} and {organization} are filled in."
    )


class InvitationSettingsIn(Schema):
    """Only the fields given change, as the settings page then saves them."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool | None = None
    delay_minutes: int | None = None
    send_from: ClockTime | None = None
    send_until: ClockTime | None = None
    every_days: int | None = None
    valid_days: int | None = None
    late_hours: int | None = None
    texts: dict[Language, InvitationTextIn] | None = None


INVITATION_FIELDS = ("enabled", "delay_minutes", "send_from", "send_until", "every_days",
                     "valid_days", "late_hours")  # fmt: skip


def _require_owner(request: HttpRequest) -> Membership:
    member = membership(request)
    if member.role not in access.ORGANISATION_ADMINS:
        raise HttpError(403, "Only owners change the survey invitation settings.")
    return member


def _settings_out(rules: InvitationSettings) -> dict[str, Any]:
    return {
        **{name: getattr(rules, name) for name in INVITATION_FIELDS},
        "send_from": f"{rules.send_from:%H:%M}",
        "send_until": f"{rules.send_until:%H:%M}",
        "texts": {
            code: {"subject": text.get("subject", ""), "message": text.get("message", "")}
            for code, text in (rules.texts or {}).items()
        },
        "rules": invitations.describe(rules),
    }


@router.get(
    "/invitations/settings",
    response=InvitationSettingsOut,
    summary="The survey invitation rules and texts (owners)",
)
def get_invitation_settings(request: HttpRequest) -> dict[str, Any]:
    member = _require_owner(request)
    return _settings_out(InvitationSettings.for_organization(member.organization))


@router.patch(
    "/invitations/settings",
    response=InvitationSettingsOut,
    summary="Change the survey invitation rules and texts (owners)",
)
def update_invitation_settings(
    request: HttpRequest, payload: InvitationSettingsIn | None = None
) -> dict[str, Any]:
    member = _require_owner(request)
    if payload is None:
        raise field_refused(message="Field required")
    organization = member.organization
    instance = InvitationSettings.for_organization(organization)
    current = _settings_out(instance)
    data: dict[str, Any] = {name: current[name] for name in INVITATION_FIELDS}
    data.update(payload.model_dump(exclude_none=True, exclude={"texts"}))
    texts = {code: dict(text) for code, text in current["texts"].items()}
    for code, given in (payload.texts or {}).items():
        texts.setdefault(code, {}).update(given.model_dump(exclude_none=True))
    for code, text in texts.items():
        data[f"subject_{code}"] = text.get("subject", "")
        data[f"message_{code}"] = text.get("message", "")
    if not data["enabled"]:
        del data["enabled"]  # the form reads a checkbox's absence as False
    form = InvitationSettingsForm(data, instance=instance)
    if not form.is_valid():
        raise form_refused(form.errors)
    return _settings_out(invitations.save_settings(organization, form))


# The save list's settings, as on Customers → Settings ------------------------------------


class CustomerSettingsOut(Schema):
    alert_below_p_alive: Decimal = Field(
        description="Alert when P(alive) falls below this (0 to 1; 0 turns these alerts off)."
    )
    annual_discount_rate: Decimal = Field(description="Yearly discount rate of value, 0 to 1.")


class CustomerSettingsIn(Schema):
    """Only the fields given change, as the settings page then saves them."""

    model_config = ConfigDict(extra="forbid")

    alert_below_p_alive: Decimal | None = Field(None, max_digits=3, decimal_places=2)
    annual_discount_rate: Decimal | None = Field(None, max_digits=4, decimal_places=3)


def _owner_of_settings(request: HttpRequest) -> Membership:
    member = membership(request)
    if member.role not in access.ORGANISATION_ADMINS:
        raise HttpError(403, "Only owners change the save list settings.")
    return member


def _customer_settings_out(rules: CustomerSettings) -> dict[str, Any]:
    return {name: getattr(rules, name) for name in CustomerSettingsOut.model_fields}


@router.get("/settings", response=CustomerSettingsOut, summary="The save list's settings (owners)")
def get_customer_settings(request: HttpRequest) -> dict[str, Any]:
    member = _owner_of_settings(request)
    return _customer_settings_out(CustomerSettings.for_organization(member.organization))


@router.patch(
    "/settings", response=CustomerSettingsOut, summary="Change the save list's settings (owners)"
)
def update_customer_settings(
    request: HttpRequest, payload: CustomerSettingsIn | None = None
) -> dict[str, Any]:
    """They apply from the next scoring."""
    member = _owner_of_settings(request)
    if payload is None:
        raise field_refused(message="Field required")
    instance = CustomerSettings.for_organization(member.organization)
    data = _customer_settings_out(instance) | payload.model_dump(exclude_none=True)
    form = CustomerSettingsForm({name: str(value) for name, value in data.items()},
                                instance=instance)  # fmt: skip
    if not form.is_valid():
        raise form_refused(form.errors)
    rules = moments.save_settings(member.organization, form)
    rules.refresh_from_db()  # as stored: 0.3 given is 0.30
    return _customer_settings_out(rules)


# Scoring, as the save list's "Score now" ---------------------------------------------------


class ScoreRunOut(Schema):
    code: UUID
    status: Literal["done", "too_little"]
    message: str = Field(description="What was scored, or why the customers could not be.")
    customers: int
    repeat_customers: int
    model_version: str
    scored_at: datetime


class ScoringOut(Schema):
    latest: ScoreRunOut | None = Field(description="The latest scoring; none yet.")


def _run_out(run) -> dict[str, Any]:
    return {name: getattr(run, name) for name in ScoreRunOut.model_fields}


@router.get("/score", response=ScoringOut, summary="The latest scoring of the customers")
def latest_scoring(request: HttpRequest) -> dict[str, Any]:
    member = _require_reader(membership(request))
    run = scoring.latest_run(member.organization)
    return {"latest": None if run is None else _run_out(run)}


@router.post(
    "/score",
    response={201: ScoreRunOut},
    summary="Score the customers now (owners and executives)",
)
def score_now(request: HttpRequest) -> Any:
    """Fit the model on every visit of the organisation and store each customer's score
    (read them on `/customers/customers`), raising the save list's alerts, as the save
    list's "Score now" does; with too little data the run says why and nothing changes."""
    member = membership(request)
    if member.role not in access.LEADERS:
        raise HttpError(403, "Only owners and executives score the customers.")
    return Status(201, _run_out(scoring.score_organization(member.organization)))


# Imports of visits, as on Customers → Imports ---------------------------------------------


class ImportRunOut(Schema):
    code: UUID
    file_name: str
    status: Literal[
        "pending", "checking", "invalid", "writing", "stopping", "done", "failed", "cancelled"
    ] = Field(
        description="pending: waiting (a large file waits for the background process); "
        "checking, writing: at work; invalid: bad rows found, nothing imported; done, "
        "failed, cancelled: finished."
    )
    stopped: bool = Field(
        description="Its process ended before it finished: nothing of it is kept or shown."
    )
    cancelling: bool = Field(description="Cancelled, to stop at its next batch.")
    dry_run: bool = Field(description="Only checked, nothing imported.")
    skip_bad_rows: bool
    created_by: str | None = Field(description="Who uploaded it (e-mail address).")
    created_at: datetime
    finished_at: datetime | None
    rows_done: int = Field(description="Rows checked, or written while importing.")
    rows_total: int
    percent: int
    bad_rows: int
    visits_added: int
    visits_known: int
    customers_added: int
    message: str


class RowErrorOut(Schema):
    line: int = Field(description="The line of the file (the header is line 1).")
    column: str
    reason: str


class ImportRunDetailOut(ImportRunOut):
    errors: list[RowErrorOut] = Field(description="The bad rows, the first 1,000.")
    more_errors: int = Field(description="Bad rows beyond those listed.")
    can_skip_bad_rows: bool = Field(
        description="Whether `…/skip-bad-rows` can import the other rows."
    )


class ImportRunPage(Schema):
    count: int
    items: list[ImportRunOut]


class ImportRunFilters(Schema):
    status: (
        Literal[
            "pending", "checking", "invalid", "writing", "stopping", "done", "failed", "cancelled"
        ]
        | None
    ) = None
    offset: Offset = 0
    limit: int = Field(50, ge=1, le=500)


def _import_out(run: ImportRun) -> dict[str, Any]:
    done, total = uploads.progress(run)
    share = min(100, int(100 * done / total)) if total else 0
    percent = 100 if run.is_finished else share
    return {
        **{name: getattr(run, name) for name in ImportRunOut.model_fields if hasattr(run, name)},
        "stopped": run.is_stopped(),
        "cancelling": run.cancel_requested and not run.is_finished,
        "created_by": run.created_by.email if run.created_by_id else None,
        "rows_done": done,
        "rows_total": total,
        "percent": percent,
    }


def _import_detail_out(run: ImportRun) -> dict[str, Any]:
    errors = list(run.errors or [])
    return {
        **_import_out(run),
        "errors": errors,
        "more_errors": max(0, run.bad_rows - len(errors)),
        "can_skip_bad_rows": uploads.can_skip_bad_rows(run),
    }


def _get_run(request: HttpRequest, code: UUID) -> ImportRun:
    """A run the member sees (a manager: their own); any other is a 404."""
    member = _require_reader(membership(request))
    return get_object_or_404(uploads.runs_for(member), code=code)


@router.get("/imports", response=ImportRunPage, summary="List the imports, latest first")
def list_imports(request: HttpRequest, filters: Query[ImportRunFilters]) -> dict[str, Any]:
    """Owners and executives see every import of the organisation, a manager their own."""
    runs = uploads.runs_for(_require_reader(membership(request)))
    if filters.status:
        runs = runs.filter(status=filters.status)
    runs = runs.order_by("-created_at", "-pk")
    page = runs[filters.offset : filters.offset + filters.limit]
    return {"count": runs.count(), "items": [_import_out(run) for run in page]}


@router.get(
    "/imports/{uuid:importrun_code}",
    response=ImportRunDetailOut,
    summary="One import: its status, progress and bad rows",
)
def get_import(request: HttpRequest, importrun_code: UUID) -> dict[str, Any]:
    return _import_detail_out(_get_run(request, importrun_code))


def _upload_fields() -> dict[str, Any]:
    """The upload page's fields besides the file: which column holds each field."""
    fields: dict[str, Any] = {
        f"column_{name}": (
            str,
            Field(
                "",
                max_length=100,
                description=f"The column of the {label}; empty: "
                f"found by its header ({', '.join(importer.FIELDS[name][:3])}…).",
            ),
        )  # fmt: skip
        for name, label in importer.FIELD_LABELS.items()
    }
    return fields


def _form_bool(value: Any) -> Any:
    """A form field's true or false only as the schema writes them ("true", "false"), not
    pydantic's other spellings ("0", "on", "yes"...)."""
    if isinstance(value, str) and value not in ("true", "false"):
        raise ValueError('Give "true" or "false".')
    return value


FormBool = Annotated[bool, BeforeValidator(_form_bool)]


class UploadOptions(Schema):
    model_config = ConfigDict(extra="forbid")

    month_first: FormBool = Field(
        False, description="Dates are month first (03/04/2024 is 4 March)."
    )
    dry_run: FormBool = Field(False, description="Only check the file, import nothing.")


UploadIn = create_model("UploadIn", __base__=UploadOptions, **_upload_fields())


def _refuse_unknown_fields(request: HttpRequest) -> None:
    """A multipart field the upload does not know is refused, as `extra="forbid"` refuses
    one in a JSON body (ninja reads only the fields it knows from a form)."""
    unknown = sorted(set(request.POST) - set(UploadIn.model_fields))
    unknown += sorted(set(request.FILES) - {"file"})
    if unknown:
        raise ValidationError(
            [
                {
                    "loc": ["form", name],
                    "msg": "Extra inputs are not permitted",
                    "type": "extra_forbidden",
                }
                for name in unknown
            ]  # fmt: skip
        )


@router.post(
    "/imports",
    response={201: ImportRunDetailOut},
    summary="Upload a file of visits (CSV or XLSX) to check and import",
)
def upload_import(request: HttpRequest, file: File[UploadedFile], options: Form[UploadIn]) -> Any:
    """As the Imports page: a header line naming the columns (customer, date, location,
    amount; optionally channel, visit id, name, contact, consent), one visit a row.
    Every row is checked first; with any bad row nothing is imported and the run lists
    each by line and column (`invalid`). A small file is imported before this answer; a
    large one (over the server's inline size) is answered `pending` and imported by the
    background process: follow it at `/customers/imports/{code}`."""
    member = _require_reader(membership(request))
    _refuse_unknown_fields(request)
    data = {name: value for name, value in options.model_dump().items() if value is not False}
    form = UploadForm(data, {"file": file})
    if not form.is_valid():
        raise form_refused(form.errors)
    run = uploads.start_import(
        form.cleaned_data["file"],
        by=member,
        columns=form.columns(),
        day_first=not form.cleaned_data["month_first"],
        dry_run=form.cleaned_data["dry_run"],
    )
    run.refresh_from_db()
    return Status(201, _import_detail_out(run))


@router.post(
    "/imports/{uuid:importrun_code}/cancel",
    response=ImportRunDetailOut,
    summary="Cancel an import that has not finished",
)
def cancel_import(request: HttpRequest, importrun_code: UUID) -> dict[str, Any]:
    """A waiting import stops at once; a running one at its next batch, removing what it
    wrote. Nothing of a cancelled import is imported."""
    run = _get_run(request, importrun_code)
    if not uploads.cancel_import(run):
        raise HttpError(409, "This import has finished: there is nothing to cancel.")
    run.refresh_from_db()
    return _import_detail_out(run)


@router.post(
    "/imports/{uuid:importrun_code}/skip-bad-rows",
    response={201: ImportRunDetailOut},
    summary="Import a checked file's good rows, skipping its bad ones",
)
def skip_bad_rows(request: HttpRequest, importrun_code: UUID) -> Any:
    """A new import of the same file (answered here) that skips the rows listed as bad."""
    run = _get_run(request, importrun_code)
    if not uploads.can_skip_bad_rows(run):
        raise HttpError(409, "Only a checked file with bad rows can be imported without them.")
    again = uploads.retry_skipping_bad_rows(run)
    again.refresh_from_db()
    return Status(201, _import_detail_out(again))


# One customer's visits and value, and the Imports page's guide -------------------------


class VisitLineOut(Schema):
    visited_at: datetime
    location: str
    location_code: UUID
    amount: Decimal
    channel: str
    visit_id: str = Field(description="The till's or booking system's id, if given.")


class VisitTimelineOut(Schema):
    count: int = Field(description="Visits at the locations you see.")
    items: list[VisitLineOut]


TIMELINE_PAGE = 200  # visits per page, the customer page's timeline


@router.get(
    "/customers/{uuid:customer_code}/visits",
    response=VisitTimelineOut,
    summary="One customer's visits, latest first (the timeline of their page)",
)
def customer_visits(request: HttpRequest, customer_code: UUID, offset: Offset = 0) -> dict:
    """As the customer's page lists them: the visits at the locations the member sees,
    latest first, 200 a page."""
    member = _require_reader(membership(request))
    customer = get_for_member(Customer, member, code=customer_code)
    rows = Visit.objects.for_member(member).filter(customer=customer)
    page = rows.select_related("location").order_by("-visited_at", "-pk")
    return {
        "count": rows.count(),
        "items": [
            {
                "visited_at": visit.visited_at,
                "location": visit.location.name,
                "location_code": visit.location.code,
                "amount": visit.amount,
                "channel": visit.channel,
                "visit_id": visit.external_id,
            }
            for visit in page[offset : offset + TIMELINE_PAGE]
        ],
    }


class CustomerResponseOut(Schema):
    code: UUID = Field(description="The feedback response's code.")
    submitted_at: datetime
    location: str
    location_code: UUID
    nps: int | None = Field(description="Would recommend, 0–10.")
    comment: str
    language: str


class CustomerResponsesOut(Schema):
    count: int = Field(description="Their responses at the locations you see.")
    items: list[CustomerResponseOut]


RESPONSES_PAGE = 50  # responses per page, as many as the customer page lists


@router.get(
    "/customers/{uuid:customer_code}/responses",
    response=CustomerResponsesOut,
    summary="One customer's feedback, latest first (the feedback of their page)",
)
def customer_responses(request: HttpRequest, customer_code: UUID, offset: Offset = 0) -> dict:
    """As the customer's page lists them: their feedback at the locations the member
    sees, latest first, 50 a page; the rating they would recommend with and their
    comment, never the contact left with the feedback."""
    member = _require_reader(membership(request))
    customer = get_for_member(Customer, member, code=customer_code)
    rows = Response.objects.for_member(member).filter(customer=customer)
    page = rows.select_related("location").order_by("-submitted_at", "-pk")
    return {
        "count": rows.count(),
        "items": [
            {
                "code": response.code,
                "submitted_at": response.submitted_at,
                "location": response.location.name,
                "location_code": response.location.code,
                "nps": response.nps,
                "comment": response.comment,
                "language": response.language,
            }
            for response in page[offset : offset + RESPONSES_PAGE]
        ],
    }


Years = Annotated[Decimal, Field(ge=0, le=50, decimal_places=1)]


class ValueQuery(Schema):
    spend: Decimal | None = Field(None, ge=0, le=100000, decimal_places=2)
    per_week: Decimal | None = Field(None, ge=0, le=50, decimal_places=3)
    years_from: Years | None = None
    years_to: Years | None = None


class SimpleValueOut(Schema):
    spend: Decimal = Field(description="Spend per visit.")
    per_week: Decimal = Field(description="Visits a week.")
    years_from: Decimal
    years_to: Decimal
    value_from: Decimal = Field(description="spend × visits a week × 52 × years_from.")
    value_to: Decimal = Field(description="… × years_to.")


@router.get(
    "/customers/{uuid:customer_code}/value",
    response=SimpleValueOut,
    summary="The simple value calculator of a customer's page",
)
def customer_value(
    request: HttpRequest, customer_code: UUID, query: Query[ValueQuery]
) -> dict[str, Any]:
    """spend × visits a week × 52 × years, as the page's calculator: each value not given
    is the customer's own (mean spend, visits a week since their first visit, from their
    latest score), else 30.00 once a week, for 3 to 5 years."""
    member = _require_reader(membership(request))
    customer = get_for_member(Customer, member, code=customer_code)
    score = CustomerScore.objects.filter(customer=customer).first()
    data = scoring.calculator_defaults(score, DEFAULT_YEARS)
    data.update({k: v for k, v in query.model_dump().items() if v is not None})
    form = CalculatorForm(data)
    if not form.is_valid():
        raise form_refused(form.errors)
    given = form.cleaned_data
    return {
        **given,
        "value_from": scoring.simple_value(given["spend"], given["per_week"], given["years_from"]),
        "value_to": scoring.simple_value(given["spend"], given["per_week"], given["years_to"]),
    }


class ImportColumnOut(Schema):
    header: str = Field(description="The column's name in the sample file.")
    field: str
    required: bool
    meaning: str
    example: str


@router.get(
    "/imports/columns",
    response=list[ImportColumnOut],
    summary="The visits file's columns, as the Imports page's guide explains them",
)
def import_columns(request: HttpRequest) -> list[dict[str, Any]]:
    _require_reader(membership(request))
    return [
        {
            "header": column.header,
            "field": column.field,
            "required": column.required,
            "meaning": str(column.meaning),
            "example": column.example,
        }
        for column in samples.COLUMNS
    ]


def _sample_inputs(request: HttpRequest) -> tuple[list[str], date]:
    member = _require_reader(membership(request))
    locations = Location.objects.for_member(member).filter(is_active=True)
    names = list(locations.order_by("name").values_list("name", flat=True))
    return names, timezone.localtime(timezone.now(), member.organization.tz).date()


def _file(body: bytes, content_type: str, name: str) -> HttpResponse:
    answer = HttpResponse(body, content_type=content_type)
    answer["Content-Disposition"] = f'attachment; filename="{name}"'
    return answer


@router.get(
    "/imports/sample.csv",
    summary="A sample visits file (CSV) with your locations' names",
    openapi_extra={
        "responses": {
            200: {"description": "CSV", "content": {"text/csv": {"schema": {"type": "string"}}}}
        }
    },
)
def import_sample_csv(request: HttpRequest) -> HttpResponse:
    names, today = _sample_inputs(request)
    return _file(samples.sample_csv(names, today), "text/csv; charset=utf-8", "sample-visits.csv")


@router.get(
    "/imports/sample.xlsx",
    summary="A sample visits file (XLSX) with your locations' names",
    openapi_extra={
        "responses": {
            200: {
                "description": "XLSX",
                "content": {samples.XLSX_TYPE: {"schema": {"type": "string", "format": "binary"}}},
            }
        }
    },
)
def import_sample_xlsx(request: HttpRequest) -> HttpResponse:
    names, today = _sample_inputs(request)
    return _file(samples.sample_xlsx(names, today), samples.XLSX_TYPE, "sample-visits.xlsx")
