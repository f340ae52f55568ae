"""People in the API: tests (list, one with its grades and the graders' agreement), their
results, grading and the rule-bend log here; the
scenario library and role-plays (`scenario_routes`), coaching notes, stepping in, and
the review of rule bends (`coaching_routes`),
interviews (`interview_routes`) and edits to their question bank (`question_routes`),
training (`training_routes`), the ideas board, its votes and decisions
(`idea_routes`), and the people settings (`settings_routes`) in the package's other
modules, all on this one router.

Every query starts from the caller's membership (`for_member`): another organisation's
object is a 404, and staff reach only their own tests and rule bends. Input is strict;
errors name the field (422); a refusal of the workflow is a 409 with the reason.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from django.db.models import Count
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import Day, Offset
from servicegap.core.models import Membership
from servicegap.people import coaching, scenarios
from servicegap.people.api.common import Status, StrictIn, field_refused, team
from servicegap.people.models import RuleBend, ScenarioAttempt
from servicegap.people.permissions import get_attempt_for_member
from servicegap.people.scenarios import PeopleError

router = Router(tags=["people"])


class AttemptOut(Schema):
    code: UUID
    kind: Literal["written", "role_play"]
    scenario: UUID
    scenario_title: str
    employee: UUID
    due_on: date
    overdue: bool
    submitted_at: datetime | None
    score: Decimal | None
    pass_mark: int | None
    passed: bool | None
    graders_wanted: int = Field(description="1, or 2 when two graders score it blind.")
    grades_in: int = Field(description="How many graders have scored it so far.")
    graded_at: datetime | None = Field(description="When the last wanted grade came in.")
    to_grade: bool = Field(
        description="Waiting for the caller's grade, as the People home's tests to grade: "
        "answered, not fully graded, not graded by the caller, not their own (supervisors "
        "and up)."
    )


class AttemptFilters(Schema):
    employee: UUID | None = None
    to_grade: bool = Field(
        False, description="Only the tests waiting for the caller's grade (see `to_grade`)."
    )
    limit: Annotated[int, Field(ge=1, le=200)] = 50
    offset: Offset = 0


class ChosenOut(Schema):
    code: UUID
    text: str
    correct: bool | None = Field(description="Whether it is the scenario's best response.")


class PointLevelOut(Schema):
    point: UUID = Field(description="Rubric point code.")
    point_text: str
    level: int
    comment: str


class GraderScoresOut(Schema):
    code: UUID
    grader: str = Field(description="The grader's email.")
    score: Decimal
    submitted_at: datetime
    points: list[PointLevelOut]


class PointAgreementOut(Schema):
    point: UUID = Field(description="Rubric point code.")
    point_text: str
    levels: list[int] = Field(description="The first grader's level, then the second's.")
    difference: int
    agree: bool


class GraderAgreementOut(Schema):
    exact_share: float | None = Field(
        description="0–100: the share of points both graders scored the same."
    )
    points: list[PointAgreementOut]


class AttemptDetailOut(AttemptOut):
    scenario_situation: str
    customer_lines: str
    answer: str | None = Field(
        description="The employee's answer (a role-play: what happened); null until answered."
    )
    choice: ChosenOut | None = Field(description="The response the employee chose, if any.")
    grades: list[GraderScoresOut] = Field(
        description="Blind until every wanted grade is in: until then a grader sees only "
        "their own and everyone else none."
    )
    agreement: GraderAgreementOut | None = Field(
        description="How far the two graders agree, once both grades are in; null otherwise."
    )


class LevelIn(StrictIn):
    point: UUID = Field(description="Rubric point code.")
    level: Annotated[int, Field(ge=0, le=5)]
    comment: Annotated[str, Field(max_length=2000)] = ""


class GradeIn(StrictIn):
    levels: Annotated[list[LevelIn], Field(min_length=1)]


class GradeOut(Schema):
    code: UUID
    score: Decimal
    attempt_score: Decimal | None


class BendIn(StrictIn):
    location: UUID = Field(description="Location code.")
    rule: Annotated[str, Field(min_length=1, max_length=200)]
    why: Annotated[str, Field(min_length=1, max_length=4000)]
    cost: Annotated[Decimal, Field(ge=0, max_digits=10, decimal_places=2)] = Decimal("0")
    outcome: Annotated[str, Field(max_length=4000)] = ""
    happened_on: Day | None = None
    case: UUID | None = Field(None, description="Recovery case code.")


class BendOut(Schema):
    code: UUID
    rule: str
    why: str
    cost: Decimal
    outcome: str
    happened_on: date
    location: UUID
    reviewed_at: datetime | None
    review_note: str


def _attempt_out(attempt: ScenarioAttempt, today: date, waiting: set[int]) -> dict[str, Any]:
    """`waiting`: the pks of the tests waiting for the caller's grade."""
    return {
        "code": attempt.code,
        "kind": attempt.kind,
        "scenario": attempt.scenario.code,
        "scenario_title": attempt.scenario.title,
        "employee": attempt.employee.code,
        "due_on": attempt.due_on,
        "overdue": attempt.is_overdue(today),
        "submitted_at": attempt.submitted_at,
        "score": attempt.score,
        "pass_mark": attempt.pass_mark,
        "passed": attempt.passed,
        "graders_wanted": attempt.graders_wanted,
        "grades_in": attempt.grades_in,
        "graded_at": attempt.graded_at,
        "to_grade": attempt.pk in waiting,
    }


def _waiting(member: Membership, attempts: list[ScenarioAttempt]) -> set[int]:
    return set(
        scenarios.attempts_to_grade(member)
        .filter(pk__in=[a.pk for a in attempts])
        .values_list("pk", flat=True)
    )


def _today(member: Membership) -> date:
    return timezone.localdate(timezone=member.organization.tz)


@router.get("/tests", response=list[AttemptOut], summary="Scenario tests and their results")
def list_tests(request: HttpRequest, filters: Query[AttemptFilters]):
    """Staff see their own tests; supervisors and up their locations'. Each says how far
    its grading is and whether it waits for the caller's grade; `to_grade=true` keeps
    those (the People home's tests to grade)."""
    member = team(request)
    qs = ScenarioAttempt.objects.for_member(member)
    if filters.to_grade:
        qs = scenarios.attempts_to_grade(member)
    if filters.employee:
        qs = qs.filter(employee__code=filters.employee)
    qs = qs.select_related("scenario", "employee").annotate(
        grades_in=Count("grades", distinct=True)
    )
    page = list(qs[filters.offset : filters.offset + filters.limit])
    waiting = _waiting(member, page)
    today = _today(member)
    return [_attempt_out(a, today, waiting) for a in page]


@router.get(
    "/tests/{scenarioattempt_code}",
    response=AttemptDetailOut,
    summary="One test: the answer, the graders' scores and comments, their agreement",
)
def get_test(request: HttpRequest, scenarioattempt_code: UUID):
    """As the test's page: the employee reads their own, supervisors and up those at
    their locations. Grades are blind until every wanted grade is in (a grader sees only
    their own until then); the agreement between two graders once both are in."""
    member = team(request)
    attempt = get_attempt_for_member(member, scenarioattempt_code)
    attempt = (
        ScenarioAttempt.objects.filter(pk=attempt.pk)
        .select_related("scenario", "employee", "choice")
        .annotate(grades_in=Count("grades", distinct=True))
        .get()
    )
    grades = scenarios.grades_visible_to(attempt, member)
    agreement = (
        scenarios.agreement(attempt) if attempt.grades_in >= attempt.graders_wanted else None
    )
    answered = attempt.submitted_at is not None
    return _attempt_out(attempt, _today(member), _waiting(member, [attempt])) | {
        "scenario_situation": attempt.scenario.situation,
        "customer_lines": attempt.scenario.customer_lines,
        "answer": attempt.answer if answered else None,
        "choice": {
            "code": attempt.choice.code,
            "text": attempt.choice.text,
            "correct": attempt.choice_correct,
        }
        if answered and attempt.choice is not None
        else None,
        "grades": [
            {
                "code": grade.code,
                "grader": grade.grader.user.email,
                "score": grade.score,
                "submitted_at": grade.submitted_at,
                "points": [
                    {
                        "point": s.point.code,
                        "point_text": s.point.text,
                        "level": s.level,
                        "comment": s.comment,
                    }
                    for s in grade.points.all()
                ],
            }
            for grade in grades
        ],
        "agreement": None
        if agreement is None
        else {
            "exact_share": agreement.exact_share,
            "points": [
                {
                    "point": row.point.code,
                    "point_text": row.point.text,
                    "levels": list(row.levels),
                    "difference": row.difference,
                    "agree": row.agree,
                }
                for row in agreement.points
            ],
        },
    }


@router.post(
    "/tests/{scenarioattempt_code}/grades",
    response={201: GradeOut},
    summary="Score an answer against the rubric (supervisors and up)",
)
def grade_test(request: HttpRequest, scenarioattempt_code: UUID, payload: GradeIn | None = None):
    member = team(request)
    attempt = get_for_member(ScenarioAttempt, member, code=scenarioattempt_code)
    if member.role not in access.SUPERVISORS:
        raise HttpError(403, "Supervisors and managers score answers.")
    if payload is None:
        raise field_refused(message="Field required")
    points = {p.code: p for p in attempt.scenario.points.filter(is_active=True)}
    levels, comments = {}, {}
    for index, row in enumerate(payload.levels):
        point = points.get(row.point)
        if point is None:
            raise field_refused("levels", index, "point", message="Not a point of this rubric.")
        levels[point.pk], comments[point.pk] = row.level, row.comment
    try:
        grade = scenarios.grade_attempt(attempt, grader=member, levels=levels, comments=comments)
    except PeopleError as error:
        raise HttpError(409, str(error)) from None
    attempt.refresh_from_db()
    return Status(201, {"code": grade.code, "score": grade.score, "attempt_score": attempt.score})


def bend_out(bend: RuleBend) -> dict[str, Any]:
    return {
        "code": bend.code,
        "rule": bend.rule,
        "why": bend.why,
        "cost": bend.cost,
        "outcome": bend.outcome,
        "happened_on": bend.happened_on,
        "location": bend.location.code,
        "reviewed_at": bend.reviewed_at,
        "review_note": bend.review_note,
    }


@router.get("/rule-bends", response=list[BendOut], summary="The rule-bend log")
def list_bends(request: HttpRequest):
    member = team(request)
    return [bend_out(b) for b in RuleBend.objects.for_member(member).select_related("location")]


@router.post("/rule-bends", response={201: BendOut}, summary="Record a time a rule was bent")
def create_bend(request: HttpRequest, payload: BendIn):
    from servicegap.recovery.models import Case

    member = team(request)
    location = member.visible_locations().active().filter(code=payload.location).first()
    if location is None:
        raise field_refused("location", message="No such location of yours.")
    case = None
    if payload.case is not None:
        case = Case.objects.for_member(member).filter(code=payload.case).first()
        if case is None:
            raise field_refused("case", message="No such case.")
    try:
        bend = coaching.record_bend(
            by=member,
            location=location,
            rule=payload.rule,
            why=payload.why,
            cost=payload.cost,
            outcome=payload.outcome,
            happened_on=payload.happened_on,
            case=case,
        )
    except PeopleError as error:
        raise field_refused(error.field, message=error.message) from None
    return Status(201, bend_out(bend))


# The other areas, each in its own module of this package.
def _attach() -> None:
    from servicegap.people.api import (
        coaching_routes,
        idea_routes,
        interview_routes,
        question_routes,
        scenario_action_routes,
        scenario_routes,
        settings_routes,
        training_routes,
    )

    for module in (
        scenario_routes,
        scenario_action_routes,
        coaching_routes,
        interview_routes,
        training_routes,
        idea_routes,
        question_routes,
        settings_routes,
    ):
        router.add_router("", module.router)


_attach()
