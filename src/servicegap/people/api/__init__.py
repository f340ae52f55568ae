"""People in the API: tests and their results, grading and the rule-bend log here; the
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
from typing import Annotated, Any
from uuid import UUID

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import Day, Offset
from servicegap.people import coaching, scenarios
from servicegap.people.api.common import Status, StrictIn, field_refused, team
from servicegap.people.models import RuleBend, ScenarioAttempt
from servicegap.people.scenarios import PeopleError

router = Router(tags=["people"])


class AttemptOut(Schema):
    code: UUID
    scenario: UUID
    scenario_title: str
    employee: UUID
    due_on: date
    overdue: bool
    submitted_at: datetime | None
    score: Decimal | None
    pass_mark: int | None
    passed: bool | None


class AttemptFilters(Schema):
    employee: UUID | None = None
    limit: Annotated[int, Field(ge=1, le=200)] = 50
    offset: Offset = 0


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


def _attempt_out(attempt: ScenarioAttempt, today: date) -> dict[str, Any]:
    return {
        "code": attempt.code,
        "scenario": attempt.scenario.code,
        "scenario_title": attempt.scenario.title,
        "employee": attempt.employee.code,
        "due_on": attempt.due_on,
        "overdue": attempt.is_overdue(today),
        "submitted_at": attempt.submitted_at,
        "score": attempt.score,
        "pass_mark": attempt.pass_mark,
        "passed": attempt.passed,
    }


@router.get("/tests", response=list[AttemptOut], summary="Scenario tests and their results")
def list_tests(request: HttpRequest, filters: Query[AttemptFilters]):
    from django.utils import timezone

    member = team(request)
    qs = ScenarioAttempt.objects.for_member(member).select_related("scenario", "employee")
    if filters.employee:
        qs = qs.filter(employee__code=filters.employee)
    today = timezone.localdate(timezone=member.organization.tz)
    return [_attempt_out(a, today) for a in qs[filters.offset : filters.offset + filters.limit]]


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
