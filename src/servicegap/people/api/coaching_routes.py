"""Coaching notes in the API: list, one note, and writing one linked to its evidence.

Staff read only the notes to themselves; supervisors and up read their locations' and
write notes. Evidence is named by code and must be visible to the author (else a 422
naming the field)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any
from uuid import UUID

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import Offset
from servicegap.core.models import Employee
from servicegap.people import coaching
from servicegap.people.api.common import Status, StrictIn, need, one, refused, team
from servicegap.people.models import CoachingNote
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
)
def create_note(request: HttpRequest, payload: NoteIn):
    from servicegap.audits.models import Audit, AuditAnswer
    from servicegap.feedback.models import Response
    from servicegap.recovery.models import Case

    member = team(request)
    need(member, access.SUPERVISORS, "Supervisors and managers write coaching notes.")
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
