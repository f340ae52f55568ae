"""Interviews in the API: the question bank, candidates, and scorecards with the blind
rule (an interviewer reads the others' scorecards only after submitting their own).

Supervisors and up interview; managers and up keep the bank."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from django.db.models import Count
from django.http import HttpRequest
from ninja import Field, Router, Schema

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import Day
from servicegap.people import interviews
from servicegap.people.api.common import (
    Status,
    StrictIn,
    field_refused,
    need,
    one,
    refused,
    team,
)
from servicegap.people.models import Candidate, InterviewQuestion, Scenario, Scorecard
from servicegap.people.scenarios import PeopleError
from servicegap.standards.models import Behaviour

router = Router(tags=["people"])

INTERVIEWERS = "Supervisors and managers interview."


class QuestionOut(Schema):
    code: UUID
    text: str
    good_answer: str
    red_flags: str
    behaviours: list[UUID]
    role_play: UUID | None


class QuestionIn(StrictIn):
    text: Annotated[str, Field(min_length=1, max_length=1000)]
    good_answer: Annotated[str, Field(max_length=2000)] = ""
    red_flags: Annotated[str, Field(max_length=2000)] = ""
    behaviours: Annotated[list[UUID], Field(max_length=50)] = []
    role_play: UUID | None = Field(None, description="Scenario code.")


class CandidateOut(Schema):
    code: UUID
    name: str
    role_applied: str
    location: UUID
    applied_on: date
    erase_after: date
    erased: bool
    scorecards: int


class RatingOut(Schema):
    question: UUID
    rating: int
    note: str


class RolePlayOut(Schema):
    question: UUID
    scenario: UUID
    score: str = Field(description="0–100, scored on the scenario's rubric as a test is.")


class ScorecardOut(Schema):
    code: UUID
    interviewer: str
    call: str
    notes: str
    submitted_at: datetime
    ratings: list[RatingOut]
    role_plays: list[RolePlayOut]


class CandidateDetailOut(CandidateOut):
    readable: bool = Field(description="False until you have submitted your own scorecard.")
    scorecards_in: list[ScorecardOut] | None


class CandidateIn(StrictIn):
    location: UUID = Field(description="Location code.")
    name: Annotated[str, Field(min_length=1, max_length=160)]
    role_applied: Annotated[str, Field(min_length=1, max_length=80)]
    email: Annotated[str, Field(max_length=254)] = ""
    applied_on: Day | None = None


class RatingIn(StrictIn):
    question: UUID = Field(description="Interview question code.")
    rating: Annotated[int, Field(ge=1, le=5)]
    note: Annotated[str, Field(max_length=2000)] = ""


class LevelIn(StrictIn):
    point: UUID = Field(description="Rubric point code of the role-play's scenario.")
    level: Annotated[int, Field(ge=0, le=5)]


class RolePlayIn(StrictIn):
    question: UUID = Field(description="Interview question code (one with a role-play).")
    levels: Annotated[list[LevelIn], Field(min_length=1, max_length=50)]


class ScorecardIn(StrictIn):
    call: Literal["strong_yes", "yes", "no_decision", "no", "strong_no"]
    notes: Annotated[str, Field(max_length=4000)] = ""
    ratings: Annotated[list[RatingIn], Field(max_length=100)] = []
    role_plays: Annotated[list[RolePlayIn], Field(max_length=20)] = []


def question_out(question: InterviewQuestion) -> dict[str, Any]:
    return {
        "code": question.code,
        "text": question.text,
        "good_answer": question.good_answer,
        "red_flags": question.red_flags,
        "behaviours": [b.code for b in question.behaviours.all()],
        "role_play": question.role_play.code if question.role_play_id else None,
    }


def candidate_out(candidate: Candidate, scorecards: int) -> dict[str, Any]:
    return {
        "code": candidate.code,
        "name": candidate.name,
        "role_applied": candidate.role_applied,
        "location": candidate.location.code,
        "applied_on": candidate.applied_on,
        "erase_after": interviews.erase_after(candidate),
        "erased": candidate.erased_at is not None,
        "scorecards": scorecards,
    }


def scorecard_out(card: Scorecard) -> dict[str, Any]:
    return {
        "code": card.code,
        "interviewer": card.interviewer.user.email,
        "call": card.call,
        "notes": card.notes,
        "submitted_at": card.submitted_at,
        "ratings": [
            {"question": r.question.code, "rating": r.rating, "note": r.note}
            for r in card.ratings.all()
        ],
        "role_plays": [
            {"question": r.question.code, "scenario": r.scenario.code, "score": str(r.score)}
            for r in card.role_plays.all()
        ],
    }


@router.get(
    "/interview-questions", response=list[QuestionOut], summary="The interview bank (in use)"
)
def list_questions(request: HttpRequest):
    member = team(request)
    need(member, access.SUPERVISORS, INTERVIEWERS)
    rows = (
        InterviewQuestion.objects.for_member(member)
        .filter(is_active=True)
        .prefetch_related("behaviours")
        .select_related("role_play")
    )
    return [question_out(q) for q in rows]


@router.post(
    "/interview-questions",
    response={201: QuestionOut},
    summary="Add a question to the bank (managers and up)",
)
def create_question(request: HttpRequest, payload: QuestionIn):
    member = team(request)
    need(member, access.LOCATION_MANAGERS, "Managers keep the interview bank.")
    org_id = member.organization_id
    role_play = one(
        Scenario.objects.filter(organization_id=org_id, is_active=True),
        payload.role_play,
        "role_play",
        what="scenario",
    )
    behaviours = Behaviour.objects.filter(organization_id=org_id, is_active=True)
    chosen = [
        one(behaviours, code, "behaviours", i, what="behaviour")
        for i, code in enumerate(payload.behaviours)
    ]
    question = InterviewQuestion.objects.create(
        organization_id=org_id,
        text=payload.text.strip(),
        good_answer=payload.good_answer.strip(),
        red_flags=payload.red_flags.strip(),
        role_play=role_play,
    )
    question.behaviours.set(chosen)
    return Status(201, question_out(question))


@router.get("/candidates", response=list[CandidateOut], summary="Candidates")
def list_candidates(request: HttpRequest):
    member = team(request)
    need(member, access.SUPERVISORS, INTERVIEWERS)
    rows = (
        Candidate.objects.for_member(member)
        .select_related("location", "organization")
        .annotate(cards=Count("scorecards"))
    )
    return [candidate_out(c, c.cards) for c in rows]


@router.get(
    "/candidates/{candidate_code}",
    response=CandidateDetailOut,
    summary="One candidate; the scorecards once you have submitted yours",
)
def get_candidate(request: HttpRequest, candidate_code: UUID):
    member = team(request)
    candidate = get_for_member(Candidate, member, code=candidate_code)
    need(member, access.SUPERVISORS, INTERVIEWERS)
    cards = list(
        candidate.scorecards.select_related("interviewer__user").prefetch_related(
            "ratings__question", "role_plays__question", "role_plays__scenario"
        )
    )
    readable = interviews.may_read_scorecards(candidate, member)
    return candidate_out(candidate, len(cards)) | {
        "readable": readable,
        "scorecards_in": [scorecard_out(c) for c in cards] if readable else None,
    }


@router.post("/candidates", response={201: CandidateOut}, summary="Add a candidate")
def create_candidate(request: HttpRequest, payload: CandidateIn):
    member = team(request)
    need(member, access.SUPERVISORS, INTERVIEWERS)
    location = one(
        member.visible_locations().active(), payload.location, "location", what="location"
    )
    try:
        candidate = interviews.add_candidate(
            by=member,
            location=location,
            name=payload.name,
            role_applied=payload.role_applied,
            email=payload.email,
            applied_on=payload.applied_on,
        )
    except PeopleError as error:
        raise refused(error) from None
    return Status(201, candidate_out(candidate, 0))


@router.post(
    "/candidates/{candidate_code}/scorecards",
    response={201: ScorecardOut},
    summary="Submit your scorecard of a candidate (once)",
)
def create_scorecard(
    request: HttpRequest, candidate_code: UUID, payload: ScorecardIn | None = None
):
    from ninja.errors import HttpError

    member = team(request)
    candidate = get_for_member(Candidate, member, code=candidate_code)
    need(member, access.SUPERVISORS, INTERVIEWERS)
    if payload is None:  # read after the candidate, so that an unseen one is a 404
        raise field_refused(message="Field required")
    bank = InterviewQuestion.objects.for_member(member).filter(is_active=True)
    ratings, notes = {}, {}
    for i, row in enumerate(payload.ratings):
        question = one(bank, row.question, "ratings", i, "question", what="question in use")
        if question.pk in ratings:
            raise field_refused("ratings", i, "question", message="This question is rated twice.")
        ratings[question.pk], notes[question.pk] = row.rating, row.note
    role_plays = {}
    for i, play in enumerate(payload.role_plays):
        question = one(bank, play.question, "role_plays", i, "question", what="question in use")
        scenario_points = (
            question.role_play.points.filter(is_active=True) if question.role_play_id else []
        )
        points = {p.code: p.pk for p in scenario_points}
        levels = {}
        for j, row in enumerate(play.levels):
            if row.point not in points:
                raise field_refused(
                    "role_plays", i, "levels", j, "point", message="Not a point of this role-play."
                )
            levels[points[row.point]] = row.level
        role_plays[question.pk] = levels
    try:
        card = interviews.submit_scorecard(
            candidate,
            interviewer=member,
            call=payload.call,
            ratings=ratings,
            notes=notes,
            overall_notes=payload.notes,
            role_plays=role_plays,
        )
    except PeopleError as error:
        if error.field in ("interviewer", "candidate"):
            raise HttpError(409, str(error)) from None
        raise refused(error) from None
    return Status(201, scorecard_out(card))
