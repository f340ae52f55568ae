"""The scenario pages' actions in the API: edit and retire a scenario or a rubric point,
assign a scenario as a test, start one from a real lapse, answer one's own test. Every
role, another organisation's object (404), a location out of scope (404), and a refused
field (422 naming it, nothing stored)."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from servicegap.audits.models import AuditAnswer
from servicegap.core.models import Role
from servicegap.people import scenarios
from servicegap.people.models import (
    RubricPoint,
    Scenario,
    ScenarioAssignment,
    ScenarioAttempt,
)
from tests.api.checks import named
from tests.audits.factories import AuditAnswerFactory, AuditFactory
from tests.conftest import client_for
from tests.factories import EmployeeFactory
from tests.feedback.factories import ResponseFactory, SurveyLinkFactory
from tests.people.factories import (
    PointScoreFactory,
    RubricPointFactory,
    ScenarioChoiceFactory,
    ScenarioFactory,
)
from tests.recovery.factories import CaseFactory
from tests.standards.factories import JourneyStepFactory

API = "/api/v1/people"
WRITERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR}
ASSIGNERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}


def _send(client, method, url, body=None):
    data = "" if body is None else json.dumps(body)
    return getattr(client, method)(url, data, content_type="application/json")


def _scenario(world, points=2):
    scenario = ScenarioFactory(organization=world.org, title="Cold soup", difficulty=2)
    for _ in range(points):
        RubricPointFactory(organization=world.org, scenario=scenario)
    return scenario


# Editing a scenario -------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_editing_a_scenario_by_role(world, member_of_role, role):
    scenario = _scenario(world)
    response = _send(
        client_for(member_of_role(role)),
        "patch",
        f"{API}/scenarios/{scenario.code}",
        {"title": "Cold soup, again", "difficulty": 3},
    )
    scenario.refresh_from_db()
    if role in WRITERS:
        assert response.status_code == 200
        assert response.json()["title"] == "Cold soup, again"
        assert (scenario.title, scenario.difficulty) == ("Cold soup, again", 3)
        # what the body left out stays as it was
        assert scenario.situation == "The guest waves twice and nobody comes."
    else:
        assert response.status_code == 403
        assert (scenario.title, scenario.difficulty) == ("Cold soup", 2)


def test_editing_a_scenario_clears_its_step_and_refuses_a_foreign_step(
    world, supervisor_sid, outsider_otto
):
    scenario = _scenario(world)
    url = f"{API}/scenarios/{scenario.code}"
    client = client_for(supervisor_sid)
    foreign = JourneyStepFactory(organization=outsider_otto.organization)
    refused = _send(client, "patch", url, {"step": str(foreign.code), "title": "Changed"})
    assert named(refused, "step")
    scenario.refresh_from_db()
    assert scenario.title == "Cold soup" and scenario.step_id is not None
    cleared = _send(client, "patch", url, {"step": None})
    assert cleared.status_code == 200 and cleared.json()["step"] is None
    scenario.refresh_from_db()
    assert scenario.step_id is None


def test_editing_a_scenario_refuses_a_blank_title_and_a_null_one(world, supervisor_sid):
    scenario = _scenario(world)
    url = f"{API}/scenarios/{scenario.code}"
    client = client_for(supervisor_sid)
    assert named(_send(client, "patch", url, {"title": "   "}), "title")
    assert named(_send(client, "patch", url, {"title": None}), "title")
    assert named(_send(client, "patch", url, {"colour": "red"}), "colour")
    assert named(_send(client, "patch", url), "payload")
    scenario.refresh_from_db()
    assert scenario.title == "Cold soup"


def test_another_organisations_scenario_is_a_404_whatever_the_body(world, outsider_otto):
    scenario = _scenario(world)
    client = client_for(outsider_otto)
    for method, url in [
        ("patch", f"{API}/scenarios/{scenario.code}"),
        ("post", f"{API}/scenarios/{scenario.code}/in-use"),
        ("post", f"{API}/scenarios/{scenario.code}/assignments"),
    ]:
        assert _send(client, method, url).status_code == 404
        assert _send(client, method, url, {"bogus": 1}).status_code == 404
    point = scenario.points.first()
    for method, url in [
        ("patch", f"{API}/rubric-points/{point.code}"),
        ("post", f"{API}/rubric-points/{point.code}/in-use"),
    ]:
        assert _send(client, method, url, {"in_use": False}).status_code == 404
    assert Scenario.objects.get(pk=scenario.pk).is_active


# Retiring -----------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_retiring_and_restoring_a_scenario_by_role(world, member_of_role, role):
    scenario = _scenario(world)
    client = client_for(member_of_role(role))
    url = f"{API}/scenarios/{scenario.code}/in-use"
    retired = _send(client, "post", url, {"in_use": False})
    if role in WRITERS:
        assert retired.status_code == 200 and retired.json()["is_active"] is False
        assert not Scenario.objects.get(pk=scenario.pk).is_active
        back = _send(client, "post", url, {"in_use": True})
        assert back.status_code == 200 and Scenario.objects.get(pk=scenario.pk).is_active
    else:
        assert retired.status_code == 403
        assert Scenario.objects.get(pk=scenario.pk).is_active


def test_retiring_needs_the_in_use_field(world, supervisor_sid):
    scenario = _scenario(world)
    url = f"{API}/scenarios/{scenario.code}/in-use"
    client = client_for(supervisor_sid)
    assert named(_send(client, "post", url, {}), "in_use")
    assert named(_send(client, "post", url, {"in_use": "maybe"}), "in_use")
    assert named(_send(client, "post", url, {"in_use": 0}), "in_use")
    assert named(_send(client, "post", url), "payload")
    assert Scenario.objects.get(pk=scenario.pk).is_active


@pytest.mark.parametrize("role", list(Role))
def test_retiring_a_rubric_point_by_role_and_the_last_one_is_kept(world, member_of_role, role):
    scenario = _scenario(world, points=2)
    first, second = scenario.points.order_by("position")
    client = client_for(member_of_role(role))
    response = _send(client, "post", f"{API}/rubric-points/{first.code}/in-use", {"in_use": False})
    if role not in WRITERS:
        assert response.status_code == 403
        assert RubricPoint.objects.filter(scenario=scenario, is_active=True).count() == 2
        return
    assert response.status_code == 200 and response.json()["is_active"] is False
    last = _send(client, "post", f"{API}/rubric-points/{second.code}/in-use", {"in_use": False})
    assert last.status_code == 409 and "last point" in last.json()["detail"]
    assert list(scenario.points.filter(is_active=True)) == [second]


# Editing a rubric point ---------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_editing_a_rubric_point_by_role(world, member_of_role, role):
    point = RubricPointFactory(organization=world.org, text="Apologises")
    response = _send(
        client_for(member_of_role(role)),
        "patch",
        f"{API}/rubric-points/{point.code}",
        {"text": "Apologises and names a time", "is_critical": True},
    )
    point.refresh_from_db()
    if role in WRITERS:
        assert response.status_code == 200
        assert response.json()["text"] == "Apologises and names a time"
        assert (point.text, point.is_critical) == ("Apologises and names a time", True)
        assert point.level_5 == "Apologises and brings the bill at once."  # kept
    else:
        assert response.status_code == 403
        assert (point.text, point.is_critical) == ("Apologises", False)


def test_a_scored_point_keeps_its_scale_and_bad_input_names_the_field(world, supervisor_sid):
    score = PointScoreFactory(organization=world.org)
    point = score.point
    url = f"{API}/rubric-points/{point.code}"
    client = client_for(supervisor_sid)
    refused = _send(client, "patch", url, {"scale": "pass_fail", "text": "Changed"})
    assert named(refused, "scale")
    assert named(_send(client, "patch", url, {"scale": "stars"}), "scale")
    assert named(_send(client, "patch", url, {"text": "x" * 1001}), "text")
    point.refresh_from_db()
    assert (point.scale, point.text) == ("levels", point.text)
    assert point.text != "Changed"


# Assigning ----------------------------------------------------------------------------


def _due(days=3):
    return (timezone.localdate() + timedelta(days=days)).isoformat()


@pytest.mark.parametrize("role", list(Role))
def test_assigning_a_scenario_by_role(world, member_of_role, role):
    scenario = _scenario(world)
    a1 = EmployeeFactory(organization=world.org, location=world.location_a)
    a2 = EmployeeFactory(organization=world.org, location=world.location_a)
    EmployeeFactory(organization=world.org, location=world.location_a, is_active=False)
    response = _send(
        client_for(member_of_role(role)),
        "post",
        f"{API}/scenarios/{scenario.code}/assignments",
        {"location": str(world.location_a.code), "due_on": _due(), "double_graded": True},
    )
    if role in ASSIGNERS:
        assert response.status_code == 201, response.content
        body = response.json()
        attempts = ScenarioAttempt.objects.filter(scenario=scenario)
        # the two active employees of location A, each one test wanting two graders
        assert {a.employee_id for a in attempts} == {a1.pk, a2.pk}
        assert {a.graders_wanted for a in attempts} == {2}
        assert sorted(body["tests"]) == sorted(str(a.code) for a in attempts)
        assert body["double_graded"] is True and body["due_on"] == _due()
    else:
        assert response.status_code == 403
        assert not ScenarioAssignment.objects.exists()


def test_assigning_to_chosen_employees_only(world, manager_max):
    scenario = _scenario(world)
    chosen = EmployeeFactory(organization=world.org, location=world.location_a)
    EmployeeFactory(organization=world.org, location=world.location_a)
    response = _send(
        client_for(manager_max),
        "post",
        f"{API}/scenarios/{scenario.code}/assignments",
        {"location": str(world.location_a.code), "due_on": _due(), "employees": [str(chosen.code)]},
    )
    assert response.status_code == 201
    assert [a.employee_id for a in ScenarioAttempt.objects.all()] == [chosen.pk]


def test_assigning_refuses_a_location_out_of_scope_a_past_day_and_foreign_staff(
    world, manager_max, outsider_otto
):
    """Max looks after the North region (location A): location B is not his."""
    scenario = _scenario(world)
    EmployeeFactory(organization=world.org, location=world.location_a)
    EmployeeFactory(organization=world.org, location=world.location_b)
    foreign = EmployeeFactory(organization=outsider_otto.organization)
    url = f"{API}/scenarios/{scenario.code}/assignments"
    client = client_for(manager_max)
    here = str(world.location_a.code)
    cases = [
        ({"location": str(world.location_b.code), "due_on": _due()}, "location"),
        ({"location": here, "due_on": _due(-1)}, "due_on"),
        ({"location": here, "due_on": "soon"}, "due_on"),
        ({"location": here, "due_on": _due(), "employees": [str(foreign.code)]}, "employees"),
        ({"due_on": _due()}, "location"),
        ({"location": here, "due_on": _due(), "extra": 1}, "extra"),
    ]
    for body, field in cases:
        assert named(_send(client, "post", url, body), field), body
    assert named(_send(client, "post", url), "payload")
    assert not ScenarioAssignment.objects.exists() and not ScenarioAttempt.objects.exists()


def test_a_retired_or_pointless_scenario_is_not_assigned(world, manager_max):
    EmployeeFactory(organization=world.org, location=world.location_a)
    retired = _scenario(world)
    scenarios.set_scenario_in_use(retired, False)
    empty = _scenario(world, points=0)
    client = client_for(manager_max)
    body = {"location": str(world.location_a.code), "due_on": _due()}
    for scenario, words in [(retired, "retired"), (empty, "no rubric points")]:
        response = _send(client, "post", f"{API}/scenarios/{scenario.code}/assignments", body)
        assert response.status_code == 409 and words in response.json()["detail"]
    assert not ScenarioAssignment.objects.exists()


# From a real lapse --------------------------------------------------------------------


def _failed_answer(world, location):
    audit = AuditFactory(organization=world.org, location=location)
    return AuditAnswerFactory(
        organization=world.org, audit=audit, result=AuditAnswer.Result.FAIL, note="No smile."
    )


def _lapses(world, location):
    link = SurveyLinkFactory(organization=world.org, location=location)
    return {
        "from-answer": _failed_answer(world, location),
        "from-response": ResponseFactory(
            organization=world.org, link=link, comment="Nobody greeted us.", people=1
        ),
        "from-case": CaseFactory(organization=world.org, location=location),
    }


@pytest.mark.parametrize("kind", ["from-answer", "from-response", "from-case"])
@pytest.mark.parametrize("role", list(Role))
def test_a_scenario_from_a_lapse_by_role(world, member_of_role, role, kind):
    lapse = _lapses(world, world.location_a)[kind]
    response = _send(
        client_for(member_of_role(role)), "post", f"{API}/scenarios/{kind}/{lapse.code}", {}
    )
    if role not in WRITERS:
        assert response.status_code == 403
        assert not Scenario.objects.exists()
        return
    assert response.status_code == 201, response.content
    scenario = Scenario.objects.get()
    link = {
        "from-answer": "from_answer",
        "from-response": "from_response",
        "from-case": "from_case",
    }
    assert getattr(scenario, f"{link[kind]}_id") == lapse.pk
    if kind == "from-answer":
        # the missed behaviour is the first rubric point
        assert [p.behaviour_id for p in scenario.points.all()] == [lapse.behaviour_id]
        assert "No smile." in scenario.situation
    if kind == "from-response":
        assert scenario.customer_lines == "Nobody greeted us." and scenario.p == "people"
    if kind == "from-case":
        assert scenario.title == lapse.summary


def test_a_scenario_from_a_lapse_takes_the_bodys_changes(world, supervisor_sid):
    case = CaseFactory(organization=world.org, location=world.location_a)
    response = _send(
        client_for(supervisor_sid),
        "post",
        f"{API}/scenarios/from-case/{case.code}",
        {"title": "Lukewarm soup", "difficulty": 3, "p": "product"},
    )
    assert response.status_code == 201
    scenario = Scenario.objects.get()
    assert (scenario.title, scenario.difficulty, scenario.p) == ("Lukewarm soup", 3, "product")
    assert scenario.from_case_id == case.pk


@pytest.mark.parametrize("kind", ["from-answer", "from-response", "from-case"])
def test_a_lapse_out_of_scope_or_of_another_organisation_is_a_404(
    world, supervisor_sid, outsider_otto, kind
):
    """Sid looks after location A only."""
    elsewhere = _lapses(world, world.location_b)[kind]
    mine = _lapses(world, world.location_a)[kind]
    url = f"{API}/scenarios/{kind}"
    assert _send(client_for(supervisor_sid), "post", f"{url}/{elsewhere.code}").status_code == 404
    otto = client_for(outsider_otto)
    assert _send(otto, "post", f"{url}/{mine.code}", {"bogus": 1}).status_code == 404
    assert not Scenario.objects.exists()


def test_a_lapse_refuses_bad_input_naming_the_field_and_stores_nothing(
    world, supervisor_sid, outsider_otto
):
    answer = _failed_answer(world, world.location_a)
    url = f"{API}/scenarios/from-answer/{answer.code}"
    client = client_for(supervisor_sid)
    foreign_step = JourneyStepFactory(organization=outsider_otto.organization)
    assert named(_send(client, "post", url, {"step": str(foreign_step.code)}), "step")
    assert named(_send(client, "post", url, {"title": "  "}), "title")
    assert named(_send(client, "post", url, {"difficulty": 7}), "difficulty")
    assert named(_send(client, "post", url, {"colour": "red"}), "colour")
    assert not Scenario.objects.exists() and not RubricPoint.objects.exists()


def test_what_is_no_lapse_is_refused(world, supervisor_sid):
    passed = AuditAnswerFactory(
        organization=world.org,
        audit=AuditFactory(organization=world.org, location=world.location_a),
    )
    link = SurveyLinkFactory(organization=world.org, location=world.location_a)
    silent = ResponseFactory(organization=world.org, link=link, comment="")
    client = client_for(supervisor_sid)
    for url in [
        f"{API}/scenarios/from-answer/{passed.code}",
        f"{API}/scenarios/from-response/{silent.code}",
    ]:
        assert _send(client, "post", url, {}).status_code == 409
    assert not Scenario.objects.exists()


# Answering one's own test -------------------------------------------------------------


def _test_for(world, member, by, *, choices=0, location=None):
    location = location or world.location_a
    employee = EmployeeFactory(organization=world.org, location=location, user=member.user)
    scenario = _scenario(world, points=1)
    made = [
        ScenarioChoiceFactory(organization=world.org, scenario=scenario) for _ in range(choices)
    ]
    if made:
        made[0].is_best = True
        made[0].save()
    assignment = scenarios.assign_scenario(
        scenario,
        location=location,
        due_on=timezone.localdate() + timedelta(days=2),
        by=by,
        employees=[employee],
    )
    return assignment.attempts.get(), made


@pytest.mark.parametrize("role", list(Role))
def test_answering_a_test_of_ones_own_by_role(world, member_of_role, owner_olga, role):
    member = member_of_role(role)
    attempt, _ = _test_for(world, member, owner_olga)
    response = _send(
        client_for(member), "post", f"{API}/tests/{attempt.code}/answer", {"answer": "Sorry!"}
    )
    attempt.refresh_from_db()
    if role == Role.SHOPPER:  # no people pages at all
        assert response.status_code == 403 and attempt.submitted_at is None
        return
    assert response.status_code == 200, response.content
    assert attempt.answer == "Sorry!" and attempt.submitted_at is not None
    again = _send(
        client_for(member), "post", f"{API}/tests/{attempt.code}/answer", {"answer": "Again"}
    )
    assert again.status_code == 409
    attempt.refresh_from_db()
    assert attempt.answer == "Sorry!"


def test_only_the_employee_answers_and_others_see_a_403_or_404(
    world, staff_sam, supervisor_sid, owner_olga, outsider_otto
):
    attempt, _ = _test_for(world, staff_sam, owner_olga)
    url = f"{API}/tests/{attempt.code}/answer"
    # a supervisor of the location sees the test, but it is not theirs to answer
    assert _send(client_for(supervisor_sid), "post", url, {"answer": "Me"}).status_code == 403
    assert _send(client_for(outsider_otto), "post", url, {"answer": "Me"}).status_code == 404
    assert _send(client_for(outsider_otto), "post", url).status_code == 404
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_a_test_at_a_location_out_of_scope_is_a_404(world, manager_max, owner_olga, staff_sam):
    """Max (North region, location A) does not see a test at location B."""
    attempt, _ = _test_for(world, staff_sam, owner_olga, location=world.location_b)
    url = f"{API}/tests/{attempt.code}/answer"
    assert _send(client_for(manager_max), "post", url, {"answer": "Me"}).status_code == 404


def test_a_choice_is_scored_at_once_and_bad_input_names_the_field(world, staff_sam, owner_olga):
    attempt, (best, other) = _test_for(world, staff_sam, owner_olga, choices=2)
    url = f"{API}/tests/{attempt.code}/answer"
    client = client_for(staff_sam)
    foreign = ScenarioChoiceFactory(organization=world.org)
    cases = [
        ({"answer": "Sorry"}, "choice"),
        ({"answer": "Sorry", "choice": str(foreign.code)}, "choice"),
        ({"answer": "   ", "choice": str(best.code)}, "answer"),
        ({"choice": str(best.code)}, "answer"),
        ({"answer": "Sorry", "choice": str(best.code), "extra": 1}, "extra"),
    ]
    for body, field in cases:
        assert named(_send(client, "post", url, body), field), body
    assert named(_send(client, "post", url), "payload")
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.choice_id is None
    done = _send(client, "post", url, {"answer": "Sorry", "choice": str(other.code)})
    assert done.status_code == 200
    assert done.json()["choice"] == str(other.code) and done.json()["choice_correct"] is False
