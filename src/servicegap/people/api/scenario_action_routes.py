"""The scenario pages' actions in the API: edit and retire a scenario or a point of its
rubric, add a rubric point or a response to choose, assign a scenario as a test, start a
scenario from a real lapse (a failed audit answer, a customer's comment, a recovery
case), and answer one's own test.

Each goes through the page's own form and the workflow the page calls
(`people.scenarios`): the same roles, the same checks. The object is looked up before
the body is read, so that another organisation's (or another location's) is a 404
whatever the body says. A refused field is a 422 naming it; a refusal of the object's
state (a retired scenario, a test already answered, a rubric's last point) is a 409."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from django.db import transaction
from django.http import HttpRequest
from ninja import Field, Router, Schema
from ninja.errors import HttpError
from pydantic import StrictBool

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import Day, changes, form_refused
from servicegap.people import forms as f
from servicegap.people import scenarios
from servicegap.people.api import scenario_routes
from servicegap.people.api.common import Status, StrictIn, body_doc, body_of, need, team
from servicegap.people.api.scenario_routes import ScenarioDetailOut, scenario_out
from servicegap.people.models import RubricPoint, Scenario, ScenarioAttempt
from servicegap.people.scenarios import PeopleError

router = Router(tags=["people"])

Text = Annotated[str, Field(max_length=1000)]
WRITERS = "Supervisors and managers write scenarios."
# A workflow's refusal about the object's state rather than a field of the body: a 409.
STATE_FIELDS = frozenset({"scenario", "attempt", "point", "answer", "response", "case"})


def _refusal(error: PeopleError, fields: frozenset[str] = STATE_FIELDS) -> Exception:
    if error.field in fields:
        return HttpError(409, error.message)
    return form_refused({error.field: [error.message]})


def _valid(form) -> Any:
    if not form.is_valid():
        raise form_refused(form.errors)
    return form.cleaned_data


# Scenarios --------------------------------------------------------------------------


class ScenarioChangeIn(StrictIn):
    title: Annotated[str, Field(min_length=1, max_length=160)] | None = None
    situation: Annotated[str, Field(min_length=1, max_length=4000)] | None = None
    customer_lines: Annotated[str, Field(max_length=4000)] | None = None
    p: Literal["people", "process", "product"] | None = None
    step: UUID | None = Field(None, description="Journey step code; null for none.")
    difficulty: Annotated[int, Field(ge=1, le=3)] | None = None


class InUseIn(StrictIn):
    in_use: StrictBool = Field(description="false retires it; true brings it back.")


def _scenario_fields(scenario: Scenario) -> dict[str, Any]:
    return {
        "title": scenario.title,
        "situation": scenario.situation,
        "customer_lines": scenario.customer_lines,
        "p": scenario.p,
        "step": scenario.step.code if scenario.step_id else None,
        "difficulty": scenario.difficulty,
    }


def _form_data(data: dict[str, Any]) -> dict[str, Any]:
    """Values as a posted form holds them: none for an empty choice, False unticked."""
    return {
        name: str(value) if isinstance(value, UUID) else value
        for name, value in data.items()
        if value is not None and value is not False
    }


# On the router of the scenario's GET: one path, one router (else a PATCH is a 405).
@scenario_routes.router.patch(
    "/scenarios/{scenario_code}",
    response=ScenarioDetailOut,
    summary="Change what a scenario says (supervisors and up); its tests keep their scores",
    openapi_extra=body_doc(ScenarioChangeIn),
)
def edit_scenario(request: HttpRequest, scenario_code: UUID):
    member = team(request)
    scenario = get_for_member(Scenario, member, code=scenario_code)
    need(member, access.SUPERVISORS, WRITERS)
    payload = body_of(request, ScenarioChangeIn)
    data = _scenario_fields(scenario)
    data.update(changes(payload, nullable=frozenset({"step"})))
    cleaned = _valid(f.ScenarioForm(_form_data(data), member=member))
    try:
        scenarios.edit_scenario(scenario, **cleaned)
    except PeopleError as error:
        raise _refusal(error) from None
    return scenario_out(scenario, show_best=True)


@router.post(
    "/scenarios/{scenario_code}/in-use",
    response=ScenarioDetailOut,
    summary="Retire a scenario (kept with its tests) or bring it back (supervisors and up)",
    openapi_extra=body_doc(InUseIn),
)
def retire_scenario(request: HttpRequest, scenario_code: UUID):
    member = team(request)
    scenario = get_for_member(Scenario, member, code=scenario_code)
    need(member, access.SUPERVISORS, WRITERS)
    payload = body_of(request, InUseIn)
    scenarios.set_scenario_in_use(scenario, payload.in_use)
    return scenario_out(scenario, show_best=True)


# Rubric points ----------------------------------------------------------------------


class PointChangeIn(StrictIn):
    text: Text | None = None
    behaviour: UUID | None = Field(None, description="Service-card behaviour code; null: none.")
    scale: Literal["levels", "pass_fail"] | None = None
    level_1: Text | None = None
    level_3: Text | None = None
    level_5: Text | None = None
    is_critical: StrictBool | None = None


class RubricPointOut(Schema):
    code: UUID
    scenario: UUID
    text: str
    behaviour: UUID | None
    scale: str
    level_1: str
    level_3: str
    level_5: str
    is_critical: bool
    is_active: bool


def _point_out(point: RubricPoint) -> dict[str, Any]:
    return {
        "code": point.code,
        "scenario": point.scenario.code,
        "text": point.text,
        "behaviour": point.behaviour.code if point.behaviour_id else None,
        "scale": point.scale,
        "level_1": point.level_1,
        "level_3": point.level_3,
        "level_5": point.level_5,
        "is_critical": point.is_critical,
        "is_active": point.is_active,
    }


class RubricPointIn(StrictIn):
    text: Text = Field("", description="What is scored; empty for the behaviour's own text.")
    behaviour: UUID | None = Field(None, description="Service-card behaviour code.")
    scale: Literal["levels", "pass_fail"] = "levels"
    level_1: Text = ""
    level_3: Text = ""
    level_5: Text = ""
    is_critical: StrictBool = False


@router.post(
    "/scenarios/{scenario_code}/rubric-points",
    response={201: RubricPointOut},
    summary="Add a point to a scenario's rubric (supervisors and up)",
    openapi_extra=body_doc(RubricPointIn),
)
def add_point(request: HttpRequest, scenario_code: UUID):
    member = team(request)
    scenario = get_for_member(Scenario, member, code=scenario_code)
    need(member, access.SUPERVISORS, WRITERS)
    payload = body_of(request, RubricPointIn)
    cleaned = _valid(f.PointForm(_form_data(payload.model_dump()), member=member))
    try:
        point = scenarios.add_point(scenario, **cleaned)
    except PeopleError as error:
        raise _refusal(error) from None
    return Status(201, _point_out(point))


@router.patch(
    "/rubric-points/{rubricpoint_code}",
    response=RubricPointOut,
    summary="Change a rubric point (supervisors and up); a scored point keeps its scale",
    openapi_extra=body_doc(PointChangeIn),
)
def edit_point(request: HttpRequest, rubricpoint_code: UUID):
    member = team(request)
    point = get_for_member(RubricPoint, member, code=rubricpoint_code)
    need(member, access.SUPERVISORS, WRITERS)
    payload = body_of(request, PointChangeIn)
    data = {
        "behaviour": point.behaviour.code if point.behaviour_id else None,
        "text": point.text,
        "scale": point.scale,
        "level_1": point.level_1,
        "level_3": point.level_3,
        "level_5": point.level_5,
        "is_critical": point.is_critical,
    }
    data.update(changes(payload, nullable=frozenset({"behaviour"})))
    cleaned = _valid(f.PointForm(_form_data(data), member=member))
    try:
        scenarios.edit_point(point, **cleaned)
    except PeopleError as error:
        # A scored point's scale is a field the body gives: a 422 naming `scale`.
        raise _refusal(error) from None
    return _point_out(point)


@router.post(
    "/rubric-points/{rubricpoint_code}/in-use",
    response=RubricPointOut,
    summary="Retire a rubric point or bring it back (supervisors and up)",
    openapi_extra=body_doc(InUseIn),
)
def retire_point(request: HttpRequest, rubricpoint_code: UUID):
    member = team(request)
    point = get_for_member(RubricPoint, member, code=rubricpoint_code)
    need(member, access.SUPERVISORS, WRITERS)
    payload = body_of(request, InUseIn)
    try:
        scenarios.set_point_in_use(point, payload.in_use)
    except PeopleError as error:  # the rubric's last point in use
        raise HttpError(409, error.message) from None
    return _point_out(point)


# Responses to choose from ----------------------------------------------------------


class ScenarioChoiceIn(StrictIn):
    text: Text = Field(description="A response the employee may choose.")
    is_best: StrictBool = Field(False, description="This is the right response.")


class ScenarioChoiceOut(Schema):
    code: UUID
    scenario: UUID
    text: str
    is_best: bool


@router.post(
    "/scenarios/{scenario_code}/choices",
    response={201: ScenarioChoiceOut},
    summary="Add a response the employee may choose in the scenario's test (supervisors and up)",
    openapi_extra=body_doc(ScenarioChoiceIn),
)
def add_choice(request: HttpRequest, scenario_code: UUID):
    member = team(request)
    scenario = get_for_member(Scenario, member, code=scenario_code)
    need(member, access.SUPERVISORS, WRITERS)
    payload = body_of(request, ScenarioChoiceIn)
    cleaned = _valid(f.ChoiceForm(_form_data(payload.model_dump())))
    try:
        choice = scenarios.add_choice(scenario, **cleaned)
    except PeopleError as error:
        raise _refusal(error) from None
    return Status(
        201,
        {
            "code": choice.code,
            "scenario": scenario.code,
            "text": choice.text,
            "is_best": choice.is_best,
        },
    )


# Assignment -------------------------------------------------------------------------


class AssignIn(StrictIn):
    location: UUID = Field(description="Location code.")
    employees: Annotated[list[UUID], Field(max_length=500)] = Field(
        [], description="Employee codes; empty for every active employee of the location."
    )
    due_on: Day
    double_graded: StrictBool = False


class AssignedOut(Schema):
    scenario: UUID
    location: UUID
    due_on: date
    double_graded: bool
    tests: list[UUID] = Field(description="The tests given, one per employee.")


@router.post(
    "/scenarios/{scenario_code}/assignments",
    response={201: AssignedOut},
    summary="Give a scenario as a test to a location's employees (managers and up)",
    openapi_extra=body_doc(AssignIn),
)
def assign_scenario(request: HttpRequest, scenario_code: UUID):
    member = team(request)
    scenario = get_for_member(Scenario, member, code=scenario_code)
    need(member, access.LOCATION_MANAGERS, "Managers and up assign scenarios.")
    payload = body_of(request, AssignIn)
    data = payload.model_dump()
    data["location"] = str(payload.location)
    data["employees"] = [str(code) for code in payload.employees]
    data["due_on"] = payload.due_on.isoformat()
    cleaned = _valid(f.AssignForm(_form_data(data), member=member))
    try:
        assignment = scenarios.assign_as_asked(scenario, cleaned, by=member)
    except PeopleError as error:
        raise _refusal(error) from None
    return Status(
        201,
        {
            "scenario": scenario.code,
            "location": assignment.location.code,
            "due_on": assignment.due_on,
            "double_graded": assignment.double_graded,
            "tests": list(assignment.attempts.values_list("code", flat=True)),
        },
    )


# Scenarios from real lapses ---------------------------------------------------------


class FromLapseIn(StrictIn):
    """What to change of the draft the lapse gives; left out, the draft's own."""

    title: Annotated[str, Field(min_length=1, max_length=160)] | None = None
    situation: Annotated[str, Field(min_length=1, max_length=4000)] | None = None
    customer_lines: Annotated[str, Field(max_length=4000)] | None = None
    p: Literal["people", "process", "product"] | None = None
    step: UUID | None = Field(None, description="Journey step code; null for none.")
    difficulty: Annotated[int, Field(ge=1, le=3)] | None = None


def _from_lapse(request: HttpRequest, model, code: UUID, make):
    member = team(request)
    lapse = get_for_member(model, member, code=code)
    need(member, access.SUPERVISORS, WRITERS)
    try:
        draft = make(lapse)
    except PeopleError as error:  # not a lapse to learn from (a pass, no comment)
        raise HttpError(409, error.message) from None
    data = {
        "title": draft.title,
        "situation": draft.situation,
        "customer_lines": draft.customer_lines,
        "p": draft.p,
        "step": draft.step.code if draft.step else None,
        "difficulty": Scenario.Difficulty.MEDIUM,
    }
    data.update(changes(body_of(request, FromLapseIn), nullable=frozenset({"step"})))
    cleaned = _valid(f.ScenarioForm(_form_data(data), member=member))
    try:
        with transaction.atomic():
            scenario = scenarios.create_scenario(
                member.organization, **cleaned, by=member, draft=draft
            )
    except PeopleError as error:
        raise _refusal(error) from None
    return Status(201, scenario_out(scenario, show_best=True))


@router.post(
    "/scenarios/from-answer/{auditanswer_code}",
    response={201: ScenarioDetailOut},
    summary="Start a scenario from a failed audit answer (supervisors and up)",
    openapi_extra=body_doc(FromLapseIn),
)
def scenario_from_answer(request: HttpRequest, auditanswer_code: UUID):
    from servicegap.audits.models import AuditAnswer

    return _from_lapse(request, AuditAnswer, auditanswer_code, scenarios.draft_from_answer)


@router.post(
    "/scenarios/from-response/{response_code}",
    response={201: ScenarioDetailOut},
    summary="Start a scenario from a customer's comment (supervisors and up)",
    openapi_extra=body_doc(FromLapseIn),
)
def scenario_from_response(request: HttpRequest, response_code: UUID):
    from servicegap.feedback.models import Response

    return _from_lapse(request, Response, response_code, scenarios.draft_from_response)


@router.post(
    "/scenarios/from-case/{case_code}",
    response={201: ScenarioDetailOut},
    summary="Start a scenario from a recovery case (supervisors and up)",
    openapi_extra=body_doc(FromLapseIn),
)
def scenario_from_case(request: HttpRequest, case_code: UUID):
    from servicegap.recovery.models import Case

    return _from_lapse(request, Case, case_code, scenarios.draft_from_case)


# Answering one's own test -----------------------------------------------------------


class AnswerIn(StrictIn):
    answer: Annotated[str, Field(min_length=1, max_length=5000)]
    choice: UUID | None = Field(
        None, description="The chosen response's code, where the scenario offers responses."
    )


class AnsweredOut(Schema):
    code: UUID
    submitted_at: datetime
    choice: UUID | None
    choice_correct: bool | None


@router.post(
    "/tests/{scenarioattempt_code}/answer",
    response=AnsweredOut,
    summary="Answer one's own test, once",
    openapi_extra=body_doc(AnswerIn),
)
def answer_test(request: HttpRequest, scenarioattempt_code: UUID):
    member = team(request)
    attempt = get_for_member(ScenarioAttempt, member, code=scenarioattempt_code)
    if attempt.employee.user_id != member.user_id:
        raise HttpError(403, "Only the employee the test was given to answers it.")
    if attempt.submitted_at is not None:
        raise HttpError(409, "This test was already answered.")
    payload = body_of(request, AnswerIn)
    cleaned = _valid(f.AnswerForm(_form_data(payload.model_dump()), attempt=attempt))
    try:
        scenarios.submit_answer(
            attempt, by=member, answer=cleaned["answer"], choice=cleaned.get("choice")
        )
    except PeopleError as error:
        raise _refusal(error, STATE_FIELDS - {"answer"}) from None
    return {
        "code": attempt.code,
        "submitted_at": attempt.submitted_at,
        "choice": attempt.choice.code if attempt.choice_id else None,
        "choice_correct": attempt.choice_correct,
    }
