"""Scenarios in the API: one scenario with its rubric, writing one with its rubric
points, and scoring a live role-play of it (a test of the employee's).

The whole team reads scenarios (staff do not see which response is the right one);
supervisors and up write them and score role-plays."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from uuid import UUID

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Router, Schema

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.models import Employee
from servicegap.people import scenarios
from servicegap.people.api.common import Status, StrictIn, field_refused, need, one, refused, team
from servicegap.people.models import Scenario, ScenarioAttempt
from servicegap.people.scenarios import PeopleError
from servicegap.standards.models import Behaviour, JourneyStep

router = Router(tags=["people"])

Text = Annotated[str, Field(max_length=1000)]


class ScenarioOut(Schema):
    code: UUID
    title: str
    p: str
    step: str | None
    difficulty: int
    points: int


class PointOut(Schema):
    code: UUID
    text: str
    behaviour: UUID | None
    scale: str
    level_1: str
    level_3: str
    level_5: str
    is_critical: bool
    is_active: bool


class ChoiceOut(Schema):
    code: UUID
    text: str
    is_best: bool | None = Field(description="Shown to supervisors and up only.")


class ScenarioDetailOut(Schema):
    code: UUID
    title: str
    situation: str
    customer_lines: str
    p: str
    step: UUID | None
    step_name: str | None
    difficulty: int
    is_active: bool
    made_from: str
    points: list[PointOut]
    choices: list[ChoiceOut]


class PointIn(StrictIn):
    text: Text = ""
    behaviour: UUID | None = Field(None, description="Service-card behaviour code.")
    scale: Literal["levels", "pass_fail"] = "levels"
    level_1: Text = ""
    level_3: Text = ""
    level_5: Text = ""
    is_critical: bool = False


class ScenarioIn(StrictIn):
    title: Annotated[str, Field(min_length=1, max_length=160)]
    situation: Annotated[str, Field(min_length=1, max_length=4000)]
    customer_lines: Annotated[str, Field(max_length=4000)] = ""
    p: Literal["people", "process", "product"]
    step: UUID | None = Field(None, description="Journey step code.")
    difficulty: Annotated[int, Field(ge=1, le=3)] = 2
    points: Annotated[list[PointIn], Field(max_length=50)] = []


class LevelIn(StrictIn):
    point: UUID = Field(description="Rubric point code.")
    level: Annotated[int, Field(ge=0, le=5)]
    comment: Annotated[str, Field(max_length=2000)] = ""


class RolePlayIn(StrictIn):
    employee: UUID = Field(description="Employee code.")
    note: Annotated[str, Field(max_length=5000)] = ""
    levels: Annotated[list[LevelIn], Field(min_length=1)]


class RolePlayOut(Schema):
    code: UUID
    scenario: UUID
    employee: UUID
    kind: str
    score: str | None
    pass_mark: int | None
    passed: bool | None


def scenario_out(scenario: Scenario, *, show_best: bool) -> dict[str, Any]:
    return {
        "code": scenario.code,
        "title": scenario.title,
        "situation": scenario.situation,
        "customer_lines": scenario.customer_lines,
        "p": scenario.p,
        "step": scenario.step.code if scenario.step_id else None,
        "step_name": scenario.step.name if scenario.step_id else None,
        "difficulty": scenario.difficulty,
        "is_active": scenario.is_active,
        "made_from": str(scenario.source_label),
        "points": [
            {
                "code": p.code,
                "text": p.text,
                "behaviour": p.behaviour.code if p.behaviour_id else None,
                "scale": p.scale,
                "level_1": p.level_1,
                "level_3": p.level_3,
                "level_5": p.level_5,
                "is_critical": p.is_critical,
                "is_active": p.is_active,
            }
            for p in scenario.points.select_related("behaviour")
        ],
        "choices": [
            {"code": c.code, "text": c.text, "is_best": c.is_best if show_best else None}
            for c in scenario.choices.all()
        ],
    }


@router.get("/scenarios", response=list[ScenarioOut], summary="The scenario library")
def list_scenarios(request: HttpRequest):
    from django.db.models import Count, Q

    member = team(request)
    rows = (
        Scenario.objects.for_member(member)
        .filter(is_active=True)
        .select_related("step")
        .annotate(point_count=Count("points", filter=Q(points__is_active=True)))
    )
    return [
        {
            "code": s.code,
            "title": s.title,
            "p": s.p,
            "step": s.step.name if s.step_id else None,
            "difficulty": s.difficulty,
            "points": s.point_count,
        }
        for s in rows
    ]


@router.get(
    "/scenarios/{scenario_code}",
    response=ScenarioDetailOut,
    summary="One scenario with its rubric (retired points marked)",
)
def get_scenario(request: HttpRequest, scenario_code: UUID):
    member = team(request)
    scenario = get_for_member(Scenario, member, code=scenario_code)
    return scenario_out(scenario, show_best=member.role in access.SUPERVISORS)


@router.post(
    "/scenarios",
    response={201: ScenarioDetailOut},
    summary="Write a scenario with its rubric points (supervisors and up)",
)
def create_scenario(request: HttpRequest, payload: ScenarioIn):
    member = team(request)
    need(member, access.SUPERVISORS, "Supervisors and managers write scenarios.")
    organization_id = member.organization_id
    step = one(
        JourneyStep.objects.filter(organization_id=organization_id, is_active=True),
        payload.step,
        "step",
        what="journey step",
    )
    behaviours = Behaviour.objects.filter(organization_id=organization_id, is_active=True)
    points = [
        (row, one(behaviours, row.behaviour, "points", i, "behaviour", what="behaviour"))
        for i, row in enumerate(payload.points)
    ]
    try:
        with transaction.atomic():
            scenario = scenarios.create_scenario(
                member.organization,
                title=payload.title,
                situation=payload.situation,
                customer_lines=payload.customer_lines,
                p=payload.p,
                step=step,
                difficulty=payload.difficulty,
                by=member,
            )
            for i, (row, behaviour) in enumerate(points):
                try:
                    scenarios.add_point(
                        scenario,
                        **row.model_dump(exclude={"behaviour"}),
                        behaviour=behaviour,
                    )
                except PeopleError as error:
                    raise field_refused("points", i, error.field, message=error.message) from None
    except PeopleError as error:
        raise refused(error) from None
    return Status(201, scenario_out(scenario, show_best=True))


@router.post(
    "/scenarios/{scenario_code}/role-plays",
    response={201: RolePlayOut},
    summary="Score a live role-play on the rubric; it counts as the employee's test",
)
def score_role_play(request: HttpRequest, scenario_code: UUID, payload: RolePlayIn | None = None):
    member = team(request)
    scenario = get_for_member(Scenario, member, code=scenario_code)
    need(member, access.SUPERVISORS, "Supervisors and managers score role-plays.")
    if payload is None:  # read after the scenario, so that an unseen one is a 404
        raise field_refused(message="Field required")
    employee = one(
        Employee.objects.for_member(member).filter(is_active=True),
        payload.employee,
        "employee",
        what="employee",
    )
    points = {p.code: p for p in scenario.points.filter(is_active=True)}
    levels, comments = {}, {}
    for index, row in enumerate(payload.levels):
        point = points.get(row.point)
        if point is None:
            raise field_refused("levels", index, "point", message="Not a point of this rubric.")
        levels[point.pk], comments[point.pk] = row.level, row.comment
    try:
        attempt = scenarios.score_role_play(
            scenario,
            employee=employee,
            grader=member,
            levels=levels,
            comments=comments,
            note=payload.note,
            now=timezone.now(),
        )
    except PeopleError as error:
        raise refused(error) from None
    return Status(201, role_play_out(attempt))


def role_play_out(attempt: ScenarioAttempt) -> dict[str, Any]:
    return {
        "code": attempt.code,
        "scenario": attempt.scenario.code,
        "employee": attempt.employee.code,
        "kind": attempt.kind,
        "score": None if attempt.score is None else str(attempt.score),
        "pass_mark": attempt.pass_mark,
        "passed": attempt.passed,
    }
