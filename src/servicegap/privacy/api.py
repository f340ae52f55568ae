"""Erasure in the API, for owners (a bearer token of the organisation or an owner's
session): find a customer by id, name, e-mail or phone, see what erasing one would touch
(as the erase page does before the owner confirms), erase one, read the log."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from pydantic import ConfigDict, StrictInt

from servicegap.core import access
from servicegap.core.api import changes, field_refused, form_refused
from servicegap.core.auth import membership
from servicegap.core.models import Membership
from servicegap.customers import erasure as customers_erasure
from servicegap.customers.models import Customer
from servicegap.people.models import PeopleSettings
from servicegap.privacy import erasure, retention
from servicegap.privacy.forms import RetentionSettingsForm
from servicegap.privacy.models import ErasureLog, RetentionSettings

router = Router(tags=["privacy"])

LOG_LIMIT = 100


def _require_owner(member: Membership) -> Membership:
    if member.role not in access.ORGANISATION_ADMINS:
        raise HttpError(403, "Only owners erase customers' data.")
    return member


class FoundCustomer(Schema):
    code: UUID
    external_id: str


class FindIn(Schema):
    q: str = Field(
        ..., min_length=1, max_length=120, description="Customer id, name, e-mail or phone."
    )


class ErasureOut(Schema):
    code: UUID
    kind: str
    via: str
    by: str | None
    at: datetime
    counts: dict[str, int]


def _log_out(log: ErasureLog) -> dict:
    return {
        "code": log.code,
        "kind": log.kind,
        "via": log.via,
        "by": log.by.email if log.by else None,
        "at": log.at,
        "counts": log.counts,
    }


@router.get("/customers", response=list[FoundCustomer])
def find_customers(request: HttpRequest, filters: Query[FindIn]) -> list[dict]:
    """The customers a customer id, name, e-mail address or phone number names, in full."""
    member = _require_owner(membership(request))
    customers = customers_erasure.find_customers(Customer.objects.for_member(member), filters.q)
    return [{"code": c.code, "external_id": c.external_id} for c in customers]


class ErasurePreviewOut(Schema):
    customer: FoundCustomer
    visits: int = Field(description="Visits deleted, with the customer's scores.")
    alerts: int = Field(description="Save-list alerts deleted.")
    invitations: int = Field(description="Survey invitations deleted.")
    cases: int = Field(description="Recovery cases that lose their name, contact and words.")
    responses: int = Field(description="Feedback responses, which keep their ratings.")
    comments: int = Field(description="Of those responses, the comments whose text goes.")


@router.get(
    "/customers/{customer_code}/erase",
    response=ErasurePreviewOut,
    summary="What erasing a customer would touch (nothing is erased)",
)
def preview_erasure(request: HttpRequest, customer_code: UUID) -> dict:
    """The counts the erase page shows before the owner confirms, through the same
    `erasure.preview`; `POST` on this path erases."""
    member = _require_owner(membership(request))
    customer = Customer.objects.for_member(member).filter(code=customer_code).first()
    if customer is None:
        raise HttpError(404, "No such customer.")
    return {
        "customer": {"code": customer.code, "external_id": customer.external_id},
        **erasure.preview(customer, member),
    }


@router.post("/customers/{customer_code}/erase", response={200: ErasureOut})
def erase_customer(request: HttpRequest, customer_code: UUID) -> dict:
    """Erase the customer's data everywhere (cannot be undone); the erasure's log."""
    member = _require_owner(membership(request))
    customer = Customer.objects.for_member(member).filter(code=customer_code).first()
    if customer is None:
        raise HttpError(404, "No such customer.")
    try:
        log = erasure.erase_customer(customer, by=member.user, via=ErasureLog.Via.API)
    except erasure.ErasureError as error:
        raise HttpError(409, str(error)) from error
    return _log_out(log)


@router.get("/erasures", response=list[ErasureOut])
def list_erasures(request: HttpRequest) -> list[dict]:
    """The organisation's erasures, newest first: who, when, how many rows of each kind."""
    member = _require_owner(membership(request))
    logs = ErasureLog.objects.for_member(member).select_related("by")[:LOG_LIMIT]
    return [_log_out(log) for log in logs]


# Retention --------------------------------------------------------------------------------


class DataRetentionOut(Schema):
    contacts_months: int = Field(description="Customers' contact details kept this long.")
    comments_months: int = Field(description="Comments' words kept this long (labels stay).")
    failed_uploads_days: int = Field(description="A failed upload's file kept this long.")
    candidate_retention_days: int = Field(
        description="Candidates' data, as the people settings keep it (changed there)."
    )


class RetentionChangeIn(Schema):
    """Only the fields given change; whole numbers only."""

    model_config = ConfigDict(extra="forbid")

    contacts_months: StrictInt | None = None
    comments_months: StrictInt | None = None
    failed_uploads_days: StrictInt | None = None


RETENTION_FIELDS = ("contacts_months", "comments_months", "failed_uploads_days")


def _retention_out(organization) -> dict:
    rules = RetentionSettings.for_organization(organization)
    people = PeopleSettings.for_organization(organization)
    return {
        **{name: getattr(rules, name) for name in RETENTION_FIELDS},
        "candidate_retention_days": people.candidate_retention_days,
    }


def _retention_owner(request: HttpRequest) -> Membership:
    member = membership(request)
    if member.role not in access.ORGANISATION_ADMINS:
        raise HttpError(403, "Only owners see and change how long data is kept.")
    return member


@router.get("/retention", response=DataRetentionOut, summary="How long customers' data is kept")
def get_retention(request: HttpRequest) -> dict:
    return _retention_out(_retention_owner(request).organization)


@router.patch(
    "/retention",
    response=DataRetentionOut,
    summary="Change how long customers' data is kept (the daily clean-up applies it)",
)
def update_retention(request: HttpRequest, payload: RetentionChangeIn | None = None) -> dict:
    """As Organisation → Privacy → Retention: each period within the page's limits, 422
    naming the field otherwise, nothing stored unless every field is good."""
    organization = _retention_owner(request).organization
    if payload is None:
        raise field_refused(message="Field required")
    given = changes(payload)
    current = RetentionSettings.for_organization(organization)
    data = {name: getattr(current, name) for name in RETENTION_FIELDS} | given
    form = RetentionSettingsForm(data, instance=current)
    if not form.is_valid():
        raise form_refused(form.errors)
    retention.save_settings(organization, form)
    return _retention_out(organization)
