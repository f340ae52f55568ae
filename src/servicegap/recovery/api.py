"""Recovery cases in the API: list and open cases (also from a feedback response or a
save-list alert), add a note (an event), correct an entry of the history, record and list
actions, move the status, assign, record the inquiry, plan and complete follow-ups,
acknowledge a case written to the top, and decide on the actions that wait for approval.

Each write calls the same function as the case page (`cases`, `budgets`), and its input
goes through the page's own form, so that the choices (members at the case's location,
the organisation's active journey steps) and the rules are the page's.

The outcome figures (`outcomes.figures`), the budget use (`budgets.use_of`), the
budgets (`budgets.limits_of`, `budgets.save_limits` through the settings page's
`BudgetsForm`) and the escalation ladders (`ladders`, through the page's `LadderForm`)
are the pages' own too: owners, executives and managers read them, owners change them.
So are the settings page's deadlines per severity and case-opening rules
(`rules.rules_of`, `rules.save_rules` through its `SettingsForm`), which only owners
read and change.

Every query starts from the caller's membership (`for_member`), so another
organisation's case is a 404. Input is strict; errors name the field (422), and a step
the case's state refuses is a 409 with the reason.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError, ValidationError
from pydantic import ConfigDict, StrictBool

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import Day, Offset, Status, field_refused, form_refused
from servicegap.core.auth import membership
from servicegap.core.forms import FIRST_DAY, LAST_DAY
from servicegap.core.models import Location, Membership
from servicegap.customers.models import Alert
from servicegap.feedback.models import Response
from servicegap.recovery import budgets, cases, ladders, outcomes, rules
from servicegap.recovery.forms import (
    AssignForm,
    BudgetsForm,
    CompleteFollowUpForm,
    CorrectionForm,
    DecideForm,
    FollowUpForm,
    InquiryForm,
    LadderForm,
    NoteForm,
    PeriodForm,
    SettingsForm,
)
from servicegap.recovery.models import (
    Case,
    CaseEvent,
    FollowUp,
    RecoveryAction,
    RecoverySettings,
)
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
    assignee: UUID | None = Field(description="The assigned member's code.")
    assignee_email: str | None
    what_happened: str
    p: str = Field(description="The root cause's P: people, process, product or empty.")
    step: UUID | None = Field(description="The root cause's journey step.")
    no_action_reason: str


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
        "assignee": case.assignee.code if case.assignee_id else None,
        "assignee_email": case.assignee.user.email if case.assignee_id else None,
        "what_happened": case.what_happened,
        "p": case.p,
        "step": case.step.code if case.step_id else None,
        "no_action_reason": case.no_action_reason,
    }


@router.get("/cases", response=CasePage, summary="List recovery cases")
def list_cases(request: HttpRequest, filters: Query[CaseFilters]):
    member = _team(request)
    qs = Case.objects.for_member(member).select_related(
        "location", "response", "customer", "step", "assignee__user"
    )
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
        raise field_refused("location", message="No such location of yours.")
    step = None
    if payload.step is not None:
        step = JourneyStep.objects.for_member(member).filter(code=payload.step).first()
        if step is None:
            raise field_refused("step", message="No such journey step.")
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
        raise field_refused(message="Field required")
    try:
        event = cases.add_note(case, payload.text, by=member)
    except cases.CaseError as error:
        raise field_refused("text", message=str(error)) from None
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
        raise field_refused(message="Field required")
    try:
        action = budgets.record_action(
            case, kind=payload.kind, amount=payload.amount, note=payload.note, by=member
        )
    except budgets.BudgetError as error:
        field, _sep, message = str(error).partition(": ")
        raise field_refused(field, message=message or str(error)) from None
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
        raise field_refused(message="Field required")
    try:
        cases.change_status(case, payload.to, by=member, note=payload.note)
    except cases.CaseError as error:
        return Status(409, {"detail": str(error), "missing": error.missing})
    return _out(get_for_member(Case, member, code=case_code))


# Assigning, the inquiry, follow-ups and approvals: the case page's other forms ----------

ChannelValue = Literal["phone", "email", "message", "visit", "letter"]
OutcomeValue = Literal["retained", "lost", "unknown"]
Satisfaction = Annotated[int, Field(ge=1, le=5)]


class AssignIn(StrictIn):
    assignee: UUID | None = Field(
        description="The code of a member who works at the case's location; null for nobody."
    )


class InquiryIn(StrictIn):
    what_happened: Annotated[str, Field(max_length=5000)] = ""
    p: Literal["people", "process", "product", ""] = ""
    step: UUID | None = Field(None, description="Journey step code (an active step).")
    no_action_reason: Annotated[str, Field(max_length=2000)] = Field(
        "", description="If no recovery action: why."
    )


class FollowUpIn(StrictIn):
    planned_on: Day
    channel: ChannelValue
    done: bool = Field(False, description="Done already (then outcome and satisfaction).")
    outcome: OutcomeValue = "unknown"
    satisfaction: Satisfaction | None = None
    note: Annotated[str, Field(max_length=500)] = ""


class CompleteIn(StrictIn):
    outcome: OutcomeValue
    satisfaction: Satisfaction | None = None
    note: Annotated[str, Field(max_length=500)] = ""


class DecisionIn(StrictIn):
    decision: Literal["approve", "reject"]
    note: Annotated[str, Field(max_length=500)] = Field(
        "", description="Needed to reject: why the action is rejected."
    )


class FollowUpOut(Schema):
    code: UUID
    case: UUID
    planned_on: date
    channel: ChannelValue
    done: bool
    done_at: datetime | None
    done_by: str | None
    outcome: OutcomeValue
    satisfaction: int | None
    note: str


class PendingOut(ActionOut):
    case: UUID
    case_summary: str
    location: UUID
    location_name: str
    by: str | None
    by_role: str
    note: str


class PendingPage(Schema):
    count: int
    items: list[PendingOut]


class PendingFilters(Schema):
    limit: Annotated[int, Field(ge=1, le=200)] = 50
    offset: Offset = 0


def _supervisor(request: HttpRequest):
    member = membership(request)
    if member.role not in access.SUPERVISORS:
        raise HttpError(403, "Assigning and deciding on actions take a supervisor or higher.")
    return member


def _refusal(error: Exception, fields: tuple[str, ...]) -> HttpError | ValidationError:
    """A service's refusal: naming one of the input's fields it is a 422, else the case's
    state refuses it (409)."""
    field, sep, message = str(error).partition(": ")
    if sep and field in fields:
        return field_refused(field, message=message)
    return HttpError(409, str(error))


def _case_out(member, case_code: UUID) -> dict[str, Any]:
    return _out(get_for_member(Case, member, code=case_code))


def _follow_up_out(follow_up: FollowUp) -> dict[str, Any]:
    return {
        "code": follow_up.code,
        "case": follow_up.case.code,
        "planned_on": follow_up.planned_on,
        "channel": follow_up.channel,
        "done": follow_up.is_done,
        "done_at": follow_up.done_at,
        "done_by": follow_up.done_by.user.email if follow_up.done_by_id else None,
        "outcome": follow_up.outcome,
        "satisfaction": follow_up.satisfaction,
        "note": follow_up.note,
    }


def _action_out(action: RecoveryAction) -> dict[str, Any]:
    return {
        "code": action.code,
        "kind": action.kind,
        "amount": action.amount,
        "approval": action.approval,
        "approval_reason": action.approval_reason,
        "at": action.at,
    }


@router.post(
    "/cases/{case_code}/assignee",
    response=CaseOut,
    summary="Assign the case to a member who works at its location (or to nobody)",
)
def assign_case(request: HttpRequest, case_code: UUID, payload: AssignIn | None = None):
    """As the case page's assign form: a supervisor or higher; the member must have a team
    role and see the case's location, else a 422 naming `assignee`."""
    member = _supervisor(request)
    case = get_for_member(Case, member, code=case_code)
    if payload is None:
        raise field_refused(message="Field required")
    data = {"assignee": str(payload.assignee) if payload.assignee else ""}
    form = AssignForm(data, member=member, case=case)
    if not form.is_valid():
        raise form_refused(form.errors)
    try:
        cases.assign_case(case, form.cleaned_data["assignee"], by=member)
    except cases.CaseError as error:
        raise _refusal(error, ("assignee",)) from None
    return _case_out(member, case_code)


@router.post(
    "/cases/{case_code}/inquiry",
    response=CaseOut,
    summary="Record what happened and the root cause (a P and a journey step)",
)
def record_case_inquiry(request: HttpRequest, case_code: UUID, payload: InquiryIn | None = None):
    """As the case page's inquiry form; a closed case is a 409."""
    member = _team(request)
    case = get_for_member(Case, member, code=case_code)
    if payload is None:
        raise field_refused(message="Field required")
    data = payload.model_dump()
    data["step"] = str(payload.step) if payload.step else ""
    form = InquiryForm(data, member=member)
    if not form.is_valid():
        raise form_refused(form.errors)
    try:
        cases.record_inquiry(case, by=member, **form.cleaned_data)
    except cases.CaseError as error:
        raise _refusal(error, ("p", "step", "what_happened", "no_action_reason")) from None
    return _case_out(member, case_code)


@router.get(
    "/cases/{case_code}/follow-ups",
    response=list[FollowUpOut],
    summary="The case's follow-ups, planned and done",
)
def list_case_follow_ups(request: HttpRequest, case_code: UUID):
    case = get_for_member(Case, _team(request), code=case_code)
    follow_ups = FollowUp.objects.filter(case=case).select_related("case", "done_by__user")
    return [_follow_up_out(follow_up) for follow_up in follow_ups]


@router.post(
    "/cases/{case_code}/follow-ups",
    response={201: FollowUpOut},
    summary="Plan a follow-up, or record one done with its outcome",
)
def add_case_follow_up(request: HttpRequest, case_code: UUID, payload: FollowUpIn | None = None):
    """As the case page's follow-up form: an outcome or a satisfaction only with `done`;
    a closed case is a 409. A follow-up done moves a recovered case to followed up."""
    member = _team(request)
    case = get_for_member(Case, member, code=case_code)
    if payload is None:
        raise field_refused(message="Field required")
    form = FollowUpForm(payload.model_dump())
    if not form.is_valid():
        raise form_refused(form.errors)
    try:
        follow_up = cases.record_follow_up(case, by=member, **form.cleaned_data)
    except cases.CaseError as error:
        raise _refusal(error, ("outcome", "satisfaction")) from None
    return Status(201, _follow_up_out(follow_up))


@router.post(
    "/follow-ups/{followup_code}/done",
    response=FollowUpOut,
    summary="Record a planned follow-up as done, with its outcome",
)
def complete_case_follow_up(
    request: HttpRequest, followup_code: UUID, payload: CompleteIn | None = None
):
    """As the case page's 'done' form; one already done, or of a closed case, is a 409."""
    member = _team(request)
    follow_up = get_for_member(FollowUp, member, code=followup_code)
    if payload is None:
        raise field_refused(message="Field required")
    form = CompleteFollowUpForm(payload.model_dump())
    if not form.is_valid():
        raise form_refused(form.errors)
    try:
        cases.complete_follow_up(follow_up, by=member, **form.cleaned_data)
    except cases.CaseError as error:
        raise _refusal(error, ("outcome", "satisfaction")) from None
    follow_up = FollowUp.objects.select_related("case", "done_by__user").get(pk=follow_up.pk)
    return _follow_up_out(follow_up)


@router.get(
    "/approvals",
    response=PendingPage,
    summary="Actions waiting for a decision you may take",
)
def list_pending_approvals(request: HttpRequest, filters: Query[PendingFilters]):
    """As the approvals page: actions above their spender's budget, spent by a lower role
    at a location you see, oldest first."""
    pending = budgets.pending_for(_supervisor(request))
    items = pending[filters.offset : filters.offset + filters.limit]
    return {
        "count": pending.count(),
        "items": [
            {
                **_action_out(action),
                "case": action.case.code,
                "case_summary": action.case.summary,
                "location": action.case.location.code,
                "location_name": action.case.location.name,
                "by": action.by.user.email if action.by_id else None,
                "by_role": action.by_role,
                "note": action.note,
            }
            for action in items
        ],
    }


@router.post(
    "/actions/{recoveryaction_code}/decision",
    response=ActionOut,
    summary="Approve or reject an action that waits for approval",
)
def decide_action(
    request: HttpRequest, recoveryaction_code: UUID, payload: DecisionIn | None = None
):
    """As the approvals page: only someone higher in the chain than the spender, who sees
    the case's location (else 403); rejecting needs a `note` (422); an action that no
    longer waits is a 409."""
    member = _supervisor(request)
    action = get_for_member(RecoveryAction, member, code=recoveryaction_code)
    if not budgets.can_decide(member, action):
        raise HttpError(403, "Only someone higher in the chain than the spender may decide.")
    if payload is None:
        raise field_refused(message="Field required")
    form = DecideForm(payload.model_dump())
    if not form.is_valid():
        raise form_refused(form.errors)
    try:
        action = budgets.decide(
            action,
            approve=form.cleaned_data["decision"] == "approve",
            by=member,
            note=form.cleaned_data["note"],
        )
    except budgets.BudgetError as error:
        raise _refusal(error, ("note",)) from None
    return _action_out(action)


# Cases from a feedback response or a save-list alert, corrections, the top's
# acknowledgement and the case's actions: the rest of the case page ----------------------


class CaseCorrectionIn(StrictIn):
    event: UUID = Field(description="The code of the history entry to correct (of this case).")
    text: Annotated[str, Field(max_length=5000)] = Field(description="The correction.")


class CaseCorrectionOut(EventOut):
    corrects: UUID = Field(description="The code of the entry it corrects (which stays).")


class CaseTopAckIn(StrictIn):
    note: Annotated[str, Field(max_length=5000)] = Field("", description="Optional.")


class CaseActionOut(ActionOut):
    note: str
    by: str | None = Field(description="The spender's e-mail.")
    by_role: str = Field(description="The spender's role when spending: the budget that applied.")
    decided_by: str | None = Field(description="Who approved or rejected it (e-mail).")
    decided_at: datetime | None
    decision_note: str
    can_decide: bool = Field(
        description="It waits for approval and you may decide on it "
        "(`POST /recovery/actions/{code}/decision`)."
    )


def _leaders(request: HttpRequest):
    member = membership(request)
    if member.role not in access.LEADERS:
        raise HttpError(403, "Only owners and executives acknowledge a case written to the top.")
    return member


def _found_or_opened(member, case: Case, opened: bool):
    """The case as the caller sees it: 201 when opened now, 200 when it was there."""
    out = _case_out(member, case.code)
    return Status(201, out) if opened else out


@router.post(
    "/cases/from-response/{response_code}",
    response={200: CaseOut, 201: CaseOut},
    summary="Open the recovery case of a feedback response (or find its open one)",
)
def case_from_response(request: HttpRequest, response_code: UUID):
    """As the response page's "close the loop" button (owners, executives, managers; a
    response at a location they see): a new case linked to the response and its customer
    (201), or the response's open case (200)."""
    member = _managers(request)
    response = get_for_member(Response, member, code=response_code)
    case, opened = cases.find_or_open_case_for_response(response, by=member)
    return _found_or_opened(member, case, opened)


@router.post(
    "/cases/from-alert/{alert_code}",
    response={200: CaseOut, 201: CaseOut},
    summary="Open the recovery case of a save-list alert (or find its open one)",
)
def case_from_alert(request: HttpRequest, alert_code: UUID):
    """As the save list's button (owners, executives, managers; a customer at a location
    they see): a new case for the customer at their home location, the alert claimed by
    the caller (201), or the alert's open case (200). A customer with no home location is
    a 409."""
    member = _managers(request)
    alert = get_for_member(Alert, member, code=alert_code)
    try:
        case, opened = cases.find_or_open_case_for_alert(alert, by=member)
    except cases.CaseError as error:
        raise HttpError(409, str(error)) from None
    return _found_or_opened(member, case, opened)


@router.post(
    "/cases/{case_code}/corrections",
    response={201: CaseCorrectionOut},
    summary="Correct an entry of the case's history (the entry stays; the correction is added)",
)
def correct_case_event(
    request: HttpRequest, case_code: UUID, payload: CaseCorrectionIn | None = None
):
    """As the case page's correction form (the whole team): `event` must be an entry of
    this case, else a 422 naming it; an empty `text` is a 422 naming it."""
    member = _team(request)
    case = get_for_member(Case, member, code=case_code)
    if payload is None:
        raise field_refused(message="Field required")
    form = CorrectionForm({"event": str(payload.event), "text": payload.text})
    if not form.is_valid():
        raise form_refused(form.errors)
    try:
        event = cases.correct_case_entry(
            case, form.cleaned_data["event"], form.cleaned_data["text"], by=member
        )
    except cases.CaseError as error:
        raise _refusal(error, ("event", "text")) from None
    out = {
        "code": event.code,
        "kind": event.kind,
        "text": event.text,
        "at": event.at,
        "by": member.user.email,
        "corrects": event.corrects.code,
    }
    return Status(201, out)


@router.post(
    "/cases/{case_code}/top-acknowledgement",
    response=CaseOut,
    summary="Acknowledge, as an owner or executive, a case the customer wrote to the top with",
)
def acknowledge_case_at_the_top(
    request: HttpRequest, case_code: UUID, payload: CaseTopAckIn | None = None
):
    """As the case page's "written to the top" form (owners and executives): until then
    the case cannot close. A case not written to the top, or already acknowledged, is a
    409. The body (an optional `note`) may be left out."""
    member = _leaders(request)
    case = get_for_member(Case, member, code=case_code)
    note = payload.note if payload is not None else ""
    if note:
        form = NoteForm({"text": note})
        if not form.is_valid():
            raise form_refused({"note": form.errors["text"]})
        note = form.cleaned_data["text"]
    try:
        cases.acknowledge_at_the_top(case, by=member, note=note)
    except cases.CaseError as error:
        raise HttpError(409, str(error)) from None
    return _case_out(member, case_code)


@router.get(
    "/cases/{case_code}/actions",
    response=list[CaseActionOut],
    summary="The case's recovery actions, their amounts and approval",
)
def list_case_actions(request: HttpRequest, case_code: UUID):
    """As the case page's actions (the whole team), oldest first: each action's code,
    kind, amount, spender, and approval (within budget, waiting, approved or rejected,
    with who decided and why)."""
    member = _team(request)
    case = get_for_member(Case, member, code=case_code)
    actions = RecoveryAction.objects.filter(case=case).select_related(
        "case__location", "by__user", "decided_by__user"
    )
    return [
        {
            **_action_out(action),
            "note": action.note,
            "by": action.by.user.email if action.by_id else None,
            "by_role": action.by_role,
            "decided_by": action.decided_by.user.email if action.decided_by_id else None,
            "decided_at": action.decided_at,
            "decision_note": action.decision_note,
            "can_decide": action.approval == RecoveryAction.Approval.PENDING
            and budgets.can_decide(member, action),
        }
        for action in actions
    ]


# The outcomes and budget-use pages, the budgets and the escalation ladders --------------

Amount = Annotated[Decimal, Field(ge=0, description="In the organisation's currency.")]
Hours = Annotated[int, Field(ge=1, le=24 * 90, strict=True)]


class PeriodFilters(Schema):
    since: Day | None = Field(
        None, ge=FIRST_DAY, le=LAST_DAY, description="First day (default: the page's period)."
    )
    until: Day | None = Field(
        None, ge=FIRST_DAY, le=LAST_DAY, description="Last day, included (default: today)."
    )
    location: UUID | None = Field(None, description="Only this location (its code).")


class TimesOut(Schema):
    location: UUID
    location_name: str
    cases: int
    acknowledged: int
    ack_hours: float | None = Field(description="Mean hours to acknowledge.")
    resolved: int
    resolve_hours: float | None = Field(description="Mean hours to recover.")


class RetainedOut(Schema):
    cases: int = Field(description="Cases whose customer's retention is known.")
    retained: int
    rate: float | None = Field(description="Share retained, 0–100.")


class RetentionOut(Schema):
    recovered: RetainedOut
    unrecovered: RetainedOut


class OutcomeRowOut(Schema):
    actions: int
    cases: int
    spent: Decimal
    known: int = Field(description="Actions whose customer's retention is known.")
    retained: int
    lost: int
    retained_rate: float | None
    rated: int = Field(description="Actions with a satisfaction at the last follow-up.")
    satisfaction: float | None


class KindRowOut(OutcomeRowOut):
    kind: KindValue
    label: str


class BandRowOut(OutcomeRowOut):
    band: str = Field(description="Money spent on the action: nothing, up to 20, 20–50, …")


class MoneyOut(Schema):
    cases: int = Field(description="Cases from the save list.")
    saved: int
    lost: int
    spent: Decimal
    value_saved: Decimal
    value_at_risk: Decimal


class CauseOut(Schema):
    p: str
    p_label: str
    step: UUID | None
    step_name: str | None
    cases: int


class OutcomesOut(Schema):
    since: date
    until: date
    currency: str
    min_cases: int = Field(description="Figures resting on fewer cases are too few to trust.")
    times: list[TimesOut]
    retention: RetentionOut
    kinds: list[KindRowOut]
    bands: list[BandRowOut]
    money: MoneyOut
    causes: list[CauseOut]


class UseRowOut(Schema):
    month: date = Field(description="The first day of the month.")
    location_name: str
    by: UUID | None = Field(description="The spender's member code.")
    by_email: str | None
    by_role: str
    actions: int
    approved: int
    spent: Decimal
    cap: Decimal | None = Field(description="The role's monthly cap now; null: no limit.")


class BudgetUseOut(Schema):
    since: date
    until: date
    currency: str
    rows: list[UseRowOut]


class LimitOut(Schema):
    role: str
    per_customer_per_day: Decimal
    monthly_cap: Decimal


class LimitsOut(Schema):
    currency: str
    limits: list[LimitOut] = Field(description="Owners have no limit.")


class LimitsIn(StrictIn):
    staff_per_day: Amount
    staff_monthly: Amount
    supervisor_per_day: Amount
    supervisor_monthly: Amount
    manager_per_day: Amount
    manager_monthly: Amount
    executive_per_day: Amount
    executive_monthly: Amount


class RungMemberOut(Schema):
    code: UUID
    email: str
    role: str


class RungOut(Schema):
    level: int
    role: str = Field(description="The chain's role at this level.")
    members: list[RungMemberOut]
    hold_hours: int | None = Field(description="Null: the severity's acknowledgement window.")
    source: Literal["location", "default", "role"] = Field(
        description="The location's own rung, the organisation's default, or the role."
    )


class LadderOut(Schema):
    location: UUID | None = Field(description="Null: the organisation's default ladder.")
    location_name: str | None
    can_edit: bool
    rungs: list[RungOut]


class LadderIn(StrictIn):
    """The whole ladder, as the page saves it: a level with nobody falls back."""

    level_1_members: list[UUID] = Field([], description="Member codes.")
    level_1_hours: Hours | None = None
    level_2_members: list[UUID] = Field([], description="Member codes.")
    level_2_hours: Hours | None = None
    level_3_members: list[UUID] = Field([], description="Member codes.")
    level_3_hours: Hours | None = None


def _managers(request: HttpRequest):
    member = membership(request)
    if member.role not in access.LOCATION_MANAGERS:
        raise HttpError(403, "Only owners, executives and managers see this.")
    return member


def _owner(request: HttpRequest):
    member = membership(request)
    if member.role not in access.ORGANISATION_ADMINS:
        raise HttpError(403, "Only owners change this.")
    return member


def _period(member, filters: PeriodFilters, days: int) -> tuple[date, date, Location | None]:
    """The page's period form over the query: a location out of the member's sight is a
    404, what the form refuses a 422 naming the parameter."""
    location = None
    if filters.location is not None:
        location = get_for_member(Location, member, code=filters.location)
    data = {
        "since": filters.since.isoformat() if filters.since else "",
        "until": filters.until.isoformat() if filters.until else "",
        "location": str(location.code) if location else "",
    }
    form = PeriodForm(data, member=member, days=days)
    if not form.is_valid():
        raise ValidationError(
            [
                {"loc": ["query", field], "msg": str(message), "type": "value_error"}
                for field, messages in form.errors.items()
                for message in messages
            ]
        )
    today = timezone.localdate(timezone.now(), member.organization.tz)
    since, until = form.period(today)
    return since, until, location


def _row(row: dict) -> dict[str, Any]:
    keys = ("actions", "cases", "spent", "known", "retained", "lost", "retained_rate", "rated")
    return {**{key: row[key] for key in keys}, "satisfaction": row["satisfaction"]}


@router.get("/outcomes", response=OutcomesOut, summary="The outcome figures of a period")
def outcome_figures(request: HttpRequest, filters: Query[PeriodFilters]):
    """As the outcomes page (owners, executives, managers; the member's locations): cases
    opened from `since` to `until` (default: the 90 days up to today), their times per
    location, retention after recovery, per kind of action and band of money, money
    against value saved, and the most frequent root causes."""
    member = _managers(request)
    since, until, location = _period(member, filters, days=90)
    found = outcomes.figures(member, since, until, location)
    return {
        "since": since,
        "until": until,
        "currency": member.organization.currency,
        "min_cases": outcomes.MIN_CASES,
        "times": [
            {
                "location": row["location__code"],
                "location_name": row["location__name"],
                "cases": row["cases"],
                "acknowledged": row["acknowledged"],
                "ack_hours": row["ack_hours"],
                "resolved": row["resolved"],
                "resolve_hours": row["resolve_hours"],
            }
            for row in found["times"]
        ],
        "retention": found["retention"],
        "kinds": [
            {**_row(row), "kind": row["kind"], "label": str(row["label"])} for row in found["kinds"]
        ],
        "bands": [{**_row(row), "band": row["band"]} for row in found["bands"]],
        "money": {
            key: found["money"][key]
            for key in ("cases", "saved", "lost", "spent", "value_saved", "value_at_risk")
        },
        "causes": [
            {
                "p": row["p"],
                "p_label": str(row["p_label"]),
                "step": row["step__code"],
                "step_name": row["step__name"],
                "cases": row["cases"],
            }
            for row in found["causes"]
        ],
    }


@router.get(
    "/budgets/use", response=BudgetUseOut, summary="Money spent per member, location and month"
)
def budget_use(request: HttpRequest, filters: Query[PeriodFilters]):
    """As the budget-use page (owners, executives, managers; the member's locations):
    money spent (within budget or approved) from `since` to `until` (default: the 180
    days up to today), with each spender's role's monthly cap."""
    member = _managers(request)
    since, until, location = _period(member, filters, days=180)
    rows = budgets.use_of(member, since=since, until=until, location=location)
    codes = dict(
        Membership.objects.filter(pk__in={row["by"] for row in rows}).values_list("pk", "code")
    )
    return {
        "since": since,
        "until": until,
        "currency": member.organization.currency,
        "rows": [
            {
                "month": row["month"],
                "location_name": row["case__location__name"],
                "by": codes.get(row["by"]),
                "by_email": row["by__user__email"],
                "by_role": row["by_role"],
                "actions": row["actions"],
                "approved": row["approved"],
                "spent": row["spent"],
                "cap": row["cap"],
            }
            for row in rows
        ],
    }


def _limits_out(organization) -> dict[str, Any]:
    return {
        "currency": organization.currency,
        "limits": [
            {"role": role, "per_customer_per_day": per_day, "monthly_cap": monthly}
            for role, per_day, monthly in budgets.limits_of(organization)
        ],
    }


@router.get("/budgets", response=LimitsOut, summary="What each role may spend without asking")
def get_limits(request: HttpRequest):
    """As the recovery settings page (owners): each role's amount per customer per day
    and cap per member per month."""
    return _limits_out(_owner(request).organization)


@router.put("/budgets", response=LimitsOut, summary="Set what each role may spend without asking")
def put_limits(request: HttpRequest, payload: LimitsIn | None = None):
    """As the recovery settings page's budgets (owners): every role's two amounts at
    once, checked by the page's form (the currency's decimals, not negative, not too
    large: a 422 naming the field); nothing is stored unless all are good."""
    organization = _owner(request).organization
    if payload is None:
        raise field_refused(message="Field required")
    data = {name: str(value) for name, value in payload.model_dump().items()}
    form = BudgetsForm(data, organization=organization)
    if not form.is_valid():
        raise form_refused(form.errors)
    budgets.save_limits(organization, form.cleaned_data)
    return _limits_out(organization)


def _ladder_out(member, location: Location | None) -> dict[str, Any]:
    return {
        "location": location.code if location else None,
        "location_name": location.name if location else None,
        "can_edit": member.role in access.ORGANISATION_ADMINS,
        "rungs": [
            {
                "level": rung.level,
                "role": str(rung.role),
                "members": [
                    {"code": m.code, "email": m.user.email, "role": m.role} for m in rung.members
                ],
                "hold_hours": rung.hold_hours,
                "source": rung.source,
            }
            for rung in ladders.ladder_for(member.organization, location)
        ],
    }


def _save_ladder(member, location: Location | None, payload: LadderIn) -> None:
    """The page's form over the payload, member codes read as the organisation's
    members; an unknown code, a shopper or (for a location) someone who cannot see it
    is a 422 naming the level's field."""
    organization = member.organization
    data = payload.model_dump()
    wanted = {code for level in ladders.LEVELS for code in data[f"level_{level}_members"]}
    pks = dict(
        Membership.objects.filter(organization=organization, code__in=wanted).values_list(
            "code", "pk"
        )
    )
    form_data: dict[str, Any] = {}
    for level in ladders.LEVELS:
        field = f"level_{level}_members"
        unknown = [code for code in data[field] if code not in pks]
        if unknown:
            raise field_refused(field, message=f"Not a member of this organisation: {unknown[0]}.")
        form_data[field] = [pks[code] for code in data[field]]
        hours = data[f"level_{level}_hours"]
        form_data[f"level_{level}_hours"] = "" if hours is None else str(hours)
    form = LadderForm(form_data, organization=organization, location=location)
    if not form.is_valid():
        raise form_refused(form.errors)
    try:
        ladders.save_ladder(organization, location, form.rungs())
    except DjangoValidationError as error:
        raise form_refused({"__all__": error.messages}) from None


@router.get("/ladders", response=LadderOut, summary="The organisation's default ladder")
def get_default_ladder(request: HttpRequest):
    """As the ladder page (owners, executives, managers): who hears of an overdue case at
    each level above the front line, and how long they may hold it."""
    member = _managers(request)
    return _ladder_out(member, None)


@router.put("/ladders", response=LadderOut, summary="Replace the organisation's default ladder")
def put_default_ladder(request: HttpRequest, payload: LadderIn | None = None):
    """As the ladder page's form (owners): every level at once; nobody at a level removes
    it (the role applies)."""
    member = _owner(request)
    if payload is None:
        raise field_refused(message="Field required")
    _save_ladder(member, None, payload)
    return _ladder_out(member, None)


@router.get(
    "/ladders/{location_code}", response=LadderOut, summary="The ladder as it applies at a location"
)
def get_location_ladder(request: HttpRequest, location_code: UUID):
    """Each level: the location's own rung, else the default, else the role."""
    member = _managers(request)
    location = get_for_member(Location, member, code=location_code)
    return _ladder_out(member, location)


@router.put(
    "/ladders/{location_code}", response=LadderOut, summary="Replace a location's own ladder"
)
def put_location_ladder(request: HttpRequest, location_code: UUID, payload: LadderIn | None = None):
    """As the location's ladder page (owners): its own rungs; nobody at a level removes
    it (the default applies); every member must see the location."""
    member = _owner(request)
    location = get_for_member(Location, member, code=location_code)
    if payload is None:
        raise field_refused(message="Field required")
    _save_ladder(member, location, payload)
    return _ladder_out(member, location)


# The settings page's deadlines and automatic cases ---------------------------------------


class RecoveryRulesOut(Schema):
    """For each severity, the hours from a case's opening to acknowledge it
    (`<severity>_ack_hours`) and to resolve it (`<severity>_resolve_hours`); and whether
    a case opens by itself for detractors and for comments with a churn signal."""

    saved: bool = Field(description="False: never saved, these are the defaults.")
    low_ack_hours: int
    low_resolve_hours: int
    medium_ack_hours: int
    medium_resolve_hours: int
    high_ack_hours: int
    high_resolve_hours: int
    critical_ack_hours: int
    critical_resolve_hours: int
    open_for_detractors: bool = Field(
        description="Open a case for every detractor response (0–6 to “would you recommend us”)."
    )
    open_for_churn_comments: bool = Field(
        description="Open a high-severity case for a comment saying the customer may not come back."
    )


class RecoveryRulesIn(StrictIn):
    """Every deadline and both rules at once, as the page's form saves them."""

    low_ack_hours: Hours
    low_resolve_hours: Hours
    medium_ack_hours: Hours
    medium_resolve_hours: Hours
    high_ack_hours: Hours
    high_resolve_hours: Hours
    critical_ack_hours: Hours
    critical_resolve_hours: Hours
    open_for_detractors: StrictBool
    open_for_churn_comments: StrictBool


class RecoveryRulesChangeIn(StrictIn):
    """Only the fields given change; the others keep their stored (or default) value."""

    low_ack_hours: Hours | None = None
    low_resolve_hours: Hours | None = None
    medium_ack_hours: Hours | None = None
    medium_resolve_hours: Hours | None = None
    high_ack_hours: Hours | None = None
    high_resolve_hours: Hours | None = None
    critical_ack_hours: Hours | None = None
    critical_resolve_hours: Hours | None = None
    open_for_detractors: StrictBool | None = None
    open_for_churn_comments: StrictBool | None = None


def _rules_owner(request: HttpRequest):
    member = membership(request)
    if member.role not in access.ORGANISATION_ADMINS:
        raise HttpError(403, "Only owners see and change the recovery settings.")
    return member


def _rules_out(organization) -> dict[str, Any]:
    return {
        "saved": RecoverySettings.objects.filter(organization=organization).exists(),
        **rules.rules_of(organization),
    }


def _save_rules(organization, data: dict[str, Any]) -> None:
    """The page's form over every field (a checkbox as True or False): a 422 naming the
    field it refuses, and nothing stored unless all are good."""
    form = SettingsForm(
        {name: value if isinstance(value, bool) else str(value) for name, value in data.items()},
        instance=RecoverySettings.for_organization(organization),
    )
    if not form.is_valid():
        raise form_refused(form.errors)
    rules.save_rules(organization, form.cleaned_data)


@router.get(
    "/settings",
    response=RecoveryRulesOut,
    summary="The deadlines per severity and which responses open a case",
)
def get_recovery_rules(request: HttpRequest):
    """As the recovery settings page (owners): how long a case of each severity may wait
    to be acknowledged and to be resolved, and whether detractor responses and comments
    saying the customer may not come back open a case by themselves. The budgets on the
    same page are `/recovery/budgets`."""
    return _rules_out(_rules_owner(request).organization)


@router.put(
    "/settings",
    response=RecoveryRulesOut,
    summary="Set the deadlines per severity and which responses open a case",
)
def put_recovery_rules(request: HttpRequest, payload: RecoveryRulesIn | None = None):
    """As the recovery settings page's form (owners), every field at once: whole hours
    from 1 to 2160 (90 days), a severity's time to resolve not shorter than its time to
    acknowledge, and true or false for each rule (a number or a string is a 422 naming
    the field). Nothing is stored unless all are good. New deadlines apply to the cases
    opened from then on; an open case keeps its own."""
    organization = _rules_owner(request).organization
    if payload is None:
        raise field_refused(message="Field required")
    _save_rules(organization, payload.model_dump())
    return _rules_out(organization)


@router.patch(
    "/settings",
    response=RecoveryRulesOut,
    summary="Change some of the deadlines per severity or of the case-opening rules",
)
def patch_recovery_rules(request: HttpRequest, payload: RecoveryRulesChangeIn | None = None):
    """As the recovery settings page's form (owners), the fields not given as they are,
    and checked as `PUT` checks them; null is a 422 naming the field."""
    organization = _rules_owner(request).organization
    if payload is None:
        raise field_refused(message="Field required")
    given = payload.model_dump(exclude_unset=True)
    for name, value in given.items():
        if value is None:
            raise field_refused(name, message="This field cannot be null.")
    if given:
        _save_rules(organization, {**rules.rules_of(organization), **given})
    return _rules_out(organization)
