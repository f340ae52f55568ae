"""Coaching notes in the API: list, one note, writing one linked to its evidence (the
employee's page and the page that starts a note from evidence), the employee's
acknowledgement and reply, a supervisor's observation with the note of stepping in, and
a manager's review of a rule bend with the rules bent often, and the customers' praise
of an employee by name.

Staff read only the notes to themselves; supervisors and up read their locations' and
write notes. Evidence is named by code and must be visible to the author (else a 422
naming the field). Each action goes through the page's own form and the function the
page calls (`people.coaching`), with the page's roles; the object in the path is looked
up and the role checked before the body is read."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import Day, Offset, form_refused
from servicegap.core.models import Employee
from servicegap.people import coaching
from servicegap.people import forms as f
from servicegap.people.api import BendOut, bend_out
from servicegap.people.api.common import (
    Status,
    StrictIn,
    body_doc,
    body_of,
    need,
    one,
    refused,
    team,
)
from servicegap.people.models import CoachingNote, PeopleSettings, RuleBend
from servicegap.people.permissions import get_employee_for_member
from servicegap.people.scenarios import PeopleError

router = Router(tags=["people"])

NoteText = Annotated[str, Field(max_length=4000)]


class EvidenceOut(Schema):
    answer: UUID | None
    audit: UUID | None
    response: UUID | None
    case: UUID | None


class NoteOut(Schema):
    code: UUID
    employee: UUID
    location: UUID
    went_well: str
    next_time: str
    is_intervention: bool
    intervention: str
    follow_up_on: date | None
    evidence: EvidenceOut
    created_at: datetime
    acknowledged_at: datetime | None
    reply: str


class NoteFilters(Schema):
    employee: UUID | None = None
    limit: Annotated[int, Field(ge=1, le=200)] = 50
    offset: Offset = 0


class NoteIn(StrictIn):
    employee: UUID = Field(description="Employee code.")
    went_well: NoteText = ""
    next_time: NoteText = ""
    answer: UUID | None = Field(None, description="Audit answer code.")
    audit: UUID | None = Field(None, description="Audit (observation) code.")
    response: UUID | None = Field(None, description="Feedback response code.")
    case: UUID | None = Field(None, description="Recovery case code.")
    is_intervention: bool = False


def _code(obj) -> UUID | None:
    return obj.code if obj is not None else None


def note_out(note: CoachingNote) -> dict[str, Any]:
    return {
        "code": note.code,
        "employee": note.employee.code,
        "location": note.location.code,
        "went_well": note.went_well,
        "next_time": note.next_time,
        "is_intervention": note.is_intervention,
        "intervention": note.intervention,
        "follow_up_on": note.follow_up_on,
        "evidence": {
            "answer": _code(note.answer),
            "audit": _code(note.audit),
            "response": _code(note.response),
            "case": _code(note.case),
        },
        "created_at": note.created_at,
        "acknowledged_at": note.acknowledged_at,
        "reply": note.reply,
    }


RELATED = ("employee", "location", "answer", "audit", "response", "case")


@router.get("/coaching-notes", response=list[NoteOut], summary="Coaching notes")
def list_notes(request: HttpRequest, filters: Query[NoteFilters]):
    member = team(request)
    qs = CoachingNote.objects.for_member(member).select_related(*RELATED)
    if filters.employee:
        qs = qs.filter(employee__code=filters.employee)
    return [note_out(n) for n in qs[filters.offset : filters.offset + filters.limit]]


@router.get("/coaching-notes/{coachingnote_code}", response=NoteOut, summary="One coaching note")
def get_note(request: HttpRequest, coachingnote_code: UUID):
    member = team(request)
    return note_out(get_for_member(CoachingNote, member, code=coachingnote_code))


@router.post(
    "/coaching-notes",
    response={201: NoteOut},
    summary="Write a coaching note linked to its evidence (supervisors and up)",
    openapi_extra=body_doc(NoteIn),
)
def create_note(request: HttpRequest):
    """The employee's page (`note_create`) and the page that starts a note from evidence
    (`note_start`) in one: the employee and the evidence by code. Unlike the page, which
    leaves out evidence it cannot find, an unknown or foreign code is a 422 naming it."""
    from servicegap.audits.models import Audit, AuditAnswer
    from servicegap.feedback.models import Response
    from servicegap.recovery.models import Case

    member = team(request)
    need(member, access.SUPERVISORS, "Supervisors and managers write coaching notes.")
    payload = body_of(request, NoteIn)
    employee = one(
        Employee.objects.for_member(member).filter(is_active=True),
        payload.employee,
        "employee",
        what="employee",
    )
    evidence = {
        "answer": one(AuditAnswer.objects.for_member(member), payload.answer, "answer", what="audit answer"),
        "audit": one(Audit.objects.for_member(member), payload.audit, "audit", what="audit"),
        "response": one(Response.objects.for_member(member), payload.response, "response", what="response"),
        "case": one(Case.objects.for_member(member), payload.case, "case", what="case"),
    }  # fmt: skip
    try:
        note = coaching.write_note(
            employee,
            by=member,
            went_well=payload.went_well,
            next_time=payload.next_time,
            is_intervention=payload.is_intervention,
            **evidence,
        )
    except PeopleError as error:
        raise refused(error) from None
    return Status(201, note_out(note))


# The employee's answer --------------------------------------------------------------


class NoteReplyIn(StrictIn):
    reply: NoteText


def _own_note(request: HttpRequest, coachingnote_code: UUID):
    """The caller's membership and the note (another organisation's or one out of reach
    is a 404); a 403 unless the note is to the caller."""
    member = team(request)
    note = get_for_member(CoachingNote, member, code=coachingnote_code)
    if note.employee.user_id != member.user_id:
        raise HttpError(403, "Only the employee the note is for may answer it.")
    return member, note


@router.post(
    "/coaching-notes/{coachingnote_code}/acknowledge",
    response=NoteOut,
    summary="Acknowledge a coaching note to oneself (once; again changes nothing)",
)
def acknowledge_note(request: HttpRequest, coachingnote_code: UUID):
    member, note = _own_note(request, coachingnote_code)
    try:
        coaching.acknowledge_note(note, by=member)
    except PeopleError as error:
        raise HttpError(403, error.message) from None
    note.refresh_from_db()
    return note_out(note)


@router.post(
    "/coaching-notes/{coachingnote_code}/reply",
    response=NoteOut,
    summary="Reply to a coaching note to oneself (acknowledges it too)",
    openapi_extra=body_doc(NoteReplyIn),
)
def reply_to_note(request: HttpRequest, coachingnote_code: UUID):
    member, note = _own_note(request, coachingnote_code)
    payload = body_of(request, NoteReplyIn)
    form = f.ReplyForm(payload.model_dump())
    if not form.is_valid():
        raise form_refused(form.errors)
    try:
        coaching.reply_to_note(note, form.cleaned_data["reply"], by=member)
    except PeopleError as error:
        if error.field == "note":
            raise HttpError(403, error.message) from None
        raise refused(error) from None
    return note_out(note)


# Stepping in during service ---------------------------------------------------------


class ObservationIn(StrictIn):
    employee: UUID = Field(description="Employee code (someone else than the caller).")
    behaviour: UUID = Field(description="Code of a behaviour on the service card.")
    result: Literal["fail", "pass"] = Field(description="Was the behaviour done?")
    seen: NoteText = Field(description="What you saw.")
    intervention: NoteText = Field(description="What you said or did when you stepped in.")
    next_time: NoteText = Field(description="What to do next time.")
    follow_up_on: Day | None = Field(None, description="When to follow up; none for no follow-up.")


@router.post(
    "/observations",
    response={201: NoteOut},
    summary="Record an observation and the coaching note of stepping in, together "
    "(supervisors and up)",
    openapi_extra=body_doc(ObservationIn),
)
def observe(request: HttpRequest):
    """One transaction: a submitted observation of the behaviour at the employee's
    location (it counts in the Observed lens) and the note that links it. When anything
    is refused, neither is saved."""
    member = team(request)
    need(member, access.SUPERVISORS, "Supervisors and managers record observations.")
    payload = body_of(request, ObservationIn)
    data = {
        name: str(value) if isinstance(value, UUID) else value
        for name, value in payload.model_dump().items()
        if value is not None
    }
    form = f.ObserveForm(data, member=member)
    if not form.is_valid():
        raise form_refused(form.errors)
    cleaned = dict(form.cleaned_data)
    employee = cleaned.pop("employee")
    try:
        note = coaching.observe_and_step_in(employee, by=member, **cleaned)
    except PeopleError as error:
        raise refused(error) from None
    return Status(201, note_out(note))


# Reviewing the rule-bend log --------------------------------------------------------


CENT = Decimal("0.01")


class BendReviewIn(StrictIn):
    review_note: Annotated[str, Field(max_length=2000)] = ""


class BentOftenOut(Schema):
    rule: str
    key: str = Field(description="The rule in the normal form the bends are counted by.")
    count: int
    cost: Decimal
    last: date


class RulesBentOftenOut(Schema):
    days: int = Field(description="The window counted, in days up to today.")
    threshold: int = Field(description="How often a rule is bent to be listed here.")
    rules: list[BentOftenOut]


@router.get(
    "/rule-bends/often",
    response=RulesBentOftenOut,
    summary="Rules bent often lately: candidates to change on the service card "
    "(location managers and up)",
)
def rules_bent_often(request: HttpRequest):
    member = team(request)
    need(member, access.LOCATION_MANAGERS, "Location managers and up see the rules bent often.")
    threshold = PeopleSettings.for_organization(member.organization).rule_bent_often
    return {
        "days": coaching.BENT_OFTEN_DAYS,
        "threshold": threshold,
        # in cents on every database (SQLite's sum drops the trailing zero)
        "rules": [
            asdict(row) | {"cost": Decimal(row.cost).quantize(CENT)}
            for row in coaching.rules_bent_often(member)
        ],
    }


@router.post(
    "/rule-bends/{rulebend_code}/review",
    response=BendOut,
    summary="Review a rule bend, with a note (location managers and up; again replaces it)",
    openapi_extra=body_doc(BendReviewIn),
)
def review_bend(request: HttpRequest, rulebend_code: UUID):
    member = team(request)
    bend = get_for_member(RuleBend, member, code=rulebend_code)
    need(member, access.LOCATION_MANAGERS, "Location managers and up review rule bends.")
    payload = body_of(request, BendReviewIn)
    form = f.ReviewForm(payload.model_dump())
    if not form.is_valid():
        raise form_refused(form.errors)
    coaching.review_bend(bend, by=member, note=form.cleaned_data["review_note"])
    return bend_out(bend)


# Praise: the employee page's "Customers who named them" ----------------------------------


class PraiseOut(Schema):
    response: UUID = Field(description="The feedback response's code.")
    comment: str
    submitted_at: datetime


@router.get(
    "/employees/{employee_code}/praise",
    response=list[PraiseOut],
    summary="Customers' positive comments naming an employee",
)
def employee_praise(request: HttpRequest, employee_code: UUID):
    """As the employee's page (`coaching.praise`): comments at the employee's location
    that the comment analysis found positive and that name them by first name, newest
    first, at most 20. The employee reads their own; supervisors and up those of the
    employees at their locations (another employee is a 404 to staff, as the page)."""
    member = team(request)
    employee = get_employee_for_member(member, employee_code)
    return [
        {"response": r.code, "comment": r.comment, "submitted_at": r.submitted_at}
        for r in coaching.praise(member, employee)
    ]
