"""Recovery cases in the API: list and open cases, add a note (an event) or an action.

Every query starts from the caller's membership (`for_member`), so another
organisation's case is a 404. Input is strict; errors name the field (422), and a step
the case's state refuses is a 409 with the reason.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError, ValidationError
from pydantic import ConfigDict

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import Offset, Status
from servicegap.core.auth import membership
from servicegap.recovery import budgets, cases
from servicegap.recovery.models import Case, CaseEvent
from servicegap.standards.models import JourneyStep

router = Router(tags=["recovery"])

SourceValue = Literal["phone", "walk_in", "staff"]
SeverityValue = Literal["low", "medium", "high", "critical"]
StatusValue = Literal["new", "acknowledged", "investigating", "recovered", "followed_up", "closed"]
KindValue = Literal[
    "apology", "remake", "refund", "discount", "gift_certificate", "complimentary", "other"
]


class StrictIn(Schema):
    model_config = ConfigDict(extra="forbid")


class CaseIn(StrictIn):
    location: UUID = Field(description="Location code.")
    source: SourceValue = "staff"
    severity: SeverityValue = "medium"
    summary: Annotated[str, Field(min_length=1, max_length=200)]
    description: Annotated[str, Field(max_length=5000)] = ""
    p: Literal["people", "process", "product", ""] = ""
    step: UUID | None = Field(None, description="Journey step code.")


class EventIn(StrictIn):
    text: Annotated[str, Field(min_length=1, max_length=5000)]


class ActionIn(StrictIn):
    kind: KindValue
    amount: Annotated[Decimal, Field(ge=0, max_digits=12)] = Decimal("0")
    note: Annotated[str, Field(max_length=500)] = ""


class CaseOut(Schema):
    code: UUID
    summary: str
    location: UUID
    location_name: str
    source: str
    severity: str
    status: StatusValue
    escalation_level: int
    opened_at: datetime
    ack_due_at: datetime
    resolve_due_at: datetime
    overdue: bool
    response: UUID | None
    customer: UUID | None
    to_the_top: bool = Field(description="The customer asked for the owner to hear of it.")
    top_acknowledged_at: datetime | None = Field(
        description="When an owner or executive acknowledged it (it may close only after)."
    )


class EventOut(Schema):
    code: UUID
    kind: str
    text: str
    at: datetime
    by: str | None


class ActionOut(Schema):
    code: UUID
    kind: str
    amount: Decimal
    approval: str
    approval_reason: str
    at: datetime


class CasePage(Schema):
    count: int
    items: list[CaseOut]


class CaseFilters(Schema):
    status: StatusValue | None = None
    location: UUID | None = None
    limit: Annotated[int, Field(ge=1, le=200)] = 50
    offset: Offset = 0


def _team(request: HttpRequest):
    member = membership(request)
    if member.role not in access.TEAM:
        raise HttpError(403, "Your role does not work recovery cases.")
    return member


def _out(case: Case) -> dict[str, Any]:
    return {
        "code": case.code,
        "summary": case.summary,
        "location": case.location.code,
        "location_name": case.location.name,
        "source": case.source,
        "severity": case.severity,
        "status": case.status,
        "escalation_level": case.escalation_level,
        "opened_at": case.opened_at,
        "ack_due_at": case.ack_due_at,
        "resolve_due_at": case.resolve_due_at,
        "overdue": case.is_overdue(),
        "response": case.response.code if case.response_id else None,
        "customer": case.customer.code if case.customer_id else None,
        "to_the_top": case.to_the_top,
        "top_acknowledged_at": case.top_acknowledged_at,
    }


def _field_error(*loc: Any, message: str) -> ValidationError:
    return ValidationError([{"loc": ["body", *loc], "msg": message, "type": "value_error"}])


@router.get("/cases", response=CasePage, summary="List recovery cases")
def list_cases(request: HttpRequest, filters: Query[CaseFilters]):
    member = _team(request)
    qs = Case.objects.for_member(member).select_related("location", "response", "customer")
    if filters.status:
        qs = qs.filter(status=filters.status)
    if filters.location:
        qs = qs.filter(location__code=filters.location)
    items = qs[filters.offset : filters.offset + filters.limit]
    return {"count": qs.count(), "items": [_out(c) for c in items]}


@router.post("/cases", response={201: CaseOut}, summary="Open a recovery case")
def create_case(request: HttpRequest, payload: CaseIn):
    member = _team(request)
    location = member.visible_locations().active().filter(code=payload.location).first()
    if location is None:
        raise _field_error("location", message="No such location of yours.")
    step = None
    if payload.step is not None:
        step = JourneyStep.objects.for_member(member).filter(code=payload.step).first()
        if step is None:
            raise _field_error("step", message="No such journey step.")
    try:
        case = cases.open_case(
            organization=member.organization,
            location=location,
            source=payload.source,
            severity=payload.severity,
            summary=payload.summary,
            description=payload.description,
            p=payload.p,
            step=step,
            by=member,
        )
    except cases.CaseError as error:
        raise HttpError(409, str(error)) from None
    return Status(201, _out(case))


@router.get("/cases/{case_code}", response=CaseOut, summary="One case")
def get_case(request: HttpRequest, case_code: UUID):
    return _out(get_for_member(Case, _team(request), code=case_code))


@router.post(
    "/cases/{case_code}/events", response={201: EventOut}, summary="Add a note to the history"
)
def add_event(request: HttpRequest, case_code: UUID, payload: EventIn | None = None):
    member = _team(request)
    case = get_for_member(Case, member, code=case_code)
    if payload is None:  # the case is looked up first: a foreign one is a 404
        raise _field_error("payload", message="Field required")
    try:
        event = cases.add_note(case, payload.text, by=member)
    except cases.CaseError as error:
        raise _field_error("text", message=str(error)) from None
    out = {
        "code": event.code,
        "kind": event.kind,
        "text": event.text,
        "at": event.at,
        "by": member.user.email,
    }
    return Status(201, out)


@router.get("/cases/{case_code}/events", response=list[EventOut], summary="The case's history")
def list_events(request: HttpRequest, case_code: UUID):
    case = get_for_member(Case, _team(request), code=case_code)
    events = CaseEvent.objects.filter(case=case).select_related("by")
    return [
        {
            "code": e.code,
            "kind": e.kind,
            "text": e.text,
            "at": e.at,
            "by": e.by.email if e.by else None,
        }
        for e in events
    ]


@router.post(
    "/cases/{case_code}/actions",
    response={201: ActionOut},
    summary="Record a recovery action (above the budget it waits for approval)",
)
def add_action(request: HttpRequest, case_code: UUID, payload: ActionIn | None = None):
    member = _team(request)
    case = get_for_member(Case, member, code=case_code)
    if payload is None:
        raise _field_error("payload", message="Field required")
    try:
        action = budgets.record_action(
            case, kind=payload.kind, amount=payload.amount, note=payload.note, by=member
        )
    except budgets.BudgetError as error:
        field, _sep, message = str(error).partition(": ")
        raise _field_error(field, message=message or str(error)) from None
    except cases.CaseError as error:
        raise HttpError(409, str(error)) from None
    out = {
        "code": action.code,
        "kind": action.kind,
        "amount": action.amount,
        "approval": action.approval,
        "approval_reason": action.approval_reason,
        "at": action.at,
    }
    return Status(201, out)


class StatusIn(StrictIn):
    to: StatusValue
    note: Annotated[str, Field(max_length=5000)] = ""


class RefusedOut(Schema):
    detail: str
    missing: list[str]


@router.post(
    "/cases/{case_code}/status",
    response={200: CaseOut, 409: RefusedOut},
    summary="Move the case to its next status (closing needs an outcome and a follow-up)",
)
def change_status(request: HttpRequest, case_code: UUID, payload: StatusIn | None = None):
    """As the case page's status buttons: the transitions of `recovery.cases.TRANSITIONS`;
    a step the case's state does not allow is a 409 listing what closing still needs."""
    member = _team(request)
    case = get_for_member(Case, member, code=case_code)
    if payload is None:
        raise _field_error("payload", message="Field required")
    try:
        cases.change_status(case, payload.to, by=member, note=payload.note)
    except cases.CaseError as error:
        return Status(409, {"detail": str(error), "missing": error.missing})
    return _out(get_for_member(Case, member, code=case_code))
