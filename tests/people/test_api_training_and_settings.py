"""The people API's remaining page actions: starting a training proposal, adding a rubric
point or a response to choose to a scenario, and the people settings. Every role (allowed
and refused), another organisation's object (404 whatever the body), a location out of
scope (404), and bad input (422 naming the field, nothing stored)."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from servicegap.core.models import Role
from servicegap.people.models import (
    PeopleSettings,
    RubricPoint,
    ScenarioAssignment,
    ScenarioAttempt,
    ScenarioChoice,
    TrainingProposal,
)
from tests.api.checks import named
from tests.conftest import client_for
from tests.factories import EmployeeFactory
from tests.people.factories import (
    CandidateFactory,
    RubricPointFactory,
    ScenarioChoiceFactory,
    ScenarioFactory,
    TrainingProposalFactory,
)
from tests.standards.factories import BehaviourFactory

API = "/api/v1/people"
MANAGERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}
WRITERS = MANAGERS | {Role.SUPERVISOR}


def _send(client, method, url, body=None):
    data = "" if body is None else json.dumps(body)
    return getattr(client, method)(url, data, content_type="application/json")


def test_the_schema_lists_the_new_paths(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "post" in paths[f"{API}/training/{{trainingproposal_code}}/start"]
    assert "post" in paths[f"{API}/scenarios/{{scenario_code}}/rubric-points"]
    assert "post" in paths[f"{API}/scenarios/{{scenario_code}}/choices"]
    assert {"get", "patch"} <= set(paths[f"{API}/settings"])


# Starting a training --------------------------------------------------------------------


def _day(world, days):
    return timezone.localdate(timezone=world.org.tz) + timedelta(days=days)


def _proposal(world, location=None, *, staff=2):
    """A proposal of two scenarios (each with a rubric point) to `location`'s staff: `staff`
    active employees there, and one who left."""
    location = location or world.location_a
    proposal = TrainingProposalFactory(organization=world.org, location=location)
    chosen = [ScenarioFactory(organization=world.org) for _ in range(2)]
    for scenario in chosen:
        RubricPointFactory(organization=world.org, scenario=scenario)
    proposal.scenarios.set(chosen)
    for _ in range(staff):
        EmployeeFactory(organization=world.org, location=location)
    EmployeeFactory(organization=world.org, location=location, is_active=False)
    return proposal


def _nothing_given(proposal):
    proposal.refresh_from_db()
    return (
        proposal.trained_on is None
        and not ScenarioAssignment.objects.filter(training=proposal).exists()
        and not ScenarioAttempt.objects.exists()
    )


@pytest.mark.parametrize("role", list(Role))
def test_starting_a_training_by_role(world, member_of_role, role):
    proposal = _proposal(world)
    due = _day(world, 10)
    response = _send(
        client_for(member_of_role(role)),
        "post",
        f"{API}/training/{proposal.code}/start",
        {"due_on": due.isoformat()},
    )
    if role not in MANAGERS:
        assert response.status_code == 403
        assert _nothing_given(proposal)
        return
    assert response.status_code == 201, response.content
    body = response.json()
    proposal.refresh_from_db()
    assert proposal.trained_on == _day(world, 0)
    assert body["code"] == str(proposal.code) and body["trained_on"] == _day(world, 0).isoformat()
    # two scenarios, each given to the two active employees: four tests, due as asked
    attempts = ScenarioAttempt.objects.filter(assignment__training=proposal)
    assert attempts.count() == 4
    assert {a.due_on for a in attempts} == {due}
    assert sorted(body["tests"]) == sorted(str(a.code) for a in attempts)
    assert ScenarioAssignment.objects.filter(training=proposal).count() == 2


def test_a_training_starts_once(world, manager_max):
    proposal = _proposal(world)
    url = f"{API}/training/{proposal.code}/start"
    client = client_for(manager_max)
    assert _send(client, "post", url, {"due_on": _day(world, 5).isoformat()}).status_code == 201
    again = _send(client, "post", url, {"due_on": _day(world, 6).isoformat()})
    assert again.status_code == 409 and "already started" in again.json()["detail"]
    # the state is told before the body is read
    assert _send(client, "post", url, {"due_on": "soon"}).status_code == 409
    assert ScenarioAttempt.objects.count() == 4
    assert {a.due_on for a in ScenarioAttempt.objects.all()} == {_day(world, 5)}


def test_starting_a_training_refuses_bad_input_naming_the_field(world, manager_max):
    proposal = _proposal(world)
    url = f"{API}/training/{proposal.code}/start"
    client = client_for(manager_max)
    cases = [
        ({"due_on": _day(world, -1).isoformat()}, "due_on"),  # in the past
        ({"due_on": "soon"}, "due_on"),
        ({"due_on": 0}, "due_on"),
        ({"due_on": "2026-02-30"}, "due_on"),
        ({}, "due_on"),
        ({"due_on": _day(world, 3).isoformat(), "extra": 1}, "extra"),
    ]
    for body, field in cases:
        assert named(_send(client, "post", url, body), field), body
    assert named(_send(client, "post", url), "payload")
    assert named(_send(client, "post", url, ["2030-01-01"]), "payload")
    assert _nothing_given(proposal)


def test_a_location_without_staff_is_a_409_and_nothing_is_given(world, manager_max):
    proposal = _proposal(world, staff=0)
    response = _send(
        client_for(manager_max),
        "post",
        f"{API}/training/{proposal.code}/start",
        {"due_on": _day(world, 3).isoformat()},
    )
    assert response.status_code == 409
    assert "no active employees" in response.json()["detail"]
    assert _nothing_given(proposal)


def test_another_organisations_or_an_out_of_scope_training_is_a_404(
    world, manager_max, outsider_otto
):
    """Max looks after the North region (location A): a proposal at location B is not his."""
    elsewhere = _proposal(world, world.location_b)
    mine = _proposal(world)
    body = {"due_on": _day(world, 3).isoformat()}
    max_client = client_for(manager_max)
    assert _send(
        max_client, "post", f"{API}/training/{elsewhere.code}/start", body
    ).status_code == (404)
    otto = client_for(outsider_otto)
    url = f"{API}/training/{mine.code}/start"
    for sent in (body, {"bogus": 1}, None):
        assert _send(otto, "post", url, sent).status_code == 404
    assert _nothing_given(elsewhere) and _nothing_given(mine)
    assert not TrainingProposal.objects.exclude(trained_on=None).exists()


# Adding a rubric point ------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_adding_a_rubric_point_by_role(world, member_of_role, role):
    scenario = ScenarioFactory(organization=world.org)
    RubricPointFactory(organization=world.org, scenario=scenario, position=4)
    body = {
        "text": "Offers a dessert on the house",
        "scale": "pass_fail",
        "level_1": "Offers nothing.",
        "level_5": "Offers it before being asked.",
        "is_critical": True,
    }
    response = _send(
        client_for(member_of_role(role)),
        "post",
        f"{API}/scenarios/{scenario.code}/rubric-points",
        body,
    )
    if role not in WRITERS:
        assert response.status_code == 403
        assert scenario.points.count() == 1
        return
    assert response.status_code == 201, response.content
    point = scenario.points.get(text="Offers a dessert on the house")
    assert response.json() == {
        "code": str(point.code),
        "scenario": str(scenario.code),
        "text": "Offers a dessert on the house",
        "behaviour": None,
        "scale": "pass_fail",
        "level_1": "Offers nothing.",
        "level_3": "",
        "level_5": "Offers it before being asked.",
        "is_critical": True,
        "is_active": True,
    }
    assert (point.position, point.is_critical, point.scale) == (5, True, "pass_fail")


def test_a_behaviours_point_takes_its_text(world, supervisor_sid):
    scenario = ScenarioFactory(organization=world.org)
    behaviour = BehaviourFactory(organization=world.org, text="Names a time for the food")
    response = _send(
        client_for(supervisor_sid),
        "post",
        f"{API}/scenarios/{scenario.code}/rubric-points",
        {"behaviour": str(behaviour.code)},
    )
    assert response.status_code == 201
    body = response.json()
    assert (body["text"], body["behaviour"], body["scale"]) == (
        "Names a time for the food",
        str(behaviour.code),
        "levels",
    )
    assert scenario.points.get().behaviour_id == behaviour.pk


def test_adding_a_rubric_point_refuses_bad_input_naming_the_field(
    world, supervisor_sid, outsider_otto
):
    scenario = ScenarioFactory(organization=world.org)
    foreign = BehaviourFactory(organization=outsider_otto.organization)
    retired = BehaviourFactory(organization=world.org, is_active=False)
    url = f"{API}/scenarios/{scenario.code}/rubric-points"
    client = client_for(supervisor_sid)
    cases = [
        ({}, "text"),  # neither a text nor a behaviour
        ({"text": "   "}, "text"),
        ({"text": "Smiles\x00"}, "text"),
        ({"text": "Smiles", "level_3": "a\x00b"}, "level_3"),
        ({"text": "x" * 1001}, "text"),
        ({"behaviour": str(foreign.code)}, "behaviour"),
        ({"behaviour": str(retired.code)}, "behaviour"),
        ({"behaviour": "not-a-code"}, "behaviour"),
        ({"text": "Smiles", "scale": "stars"}, "scale"),
        ({"text": "Smiles", "is_critical": "yes"}, "is_critical"),
        ({"text": "Smiles", "colour": "red"}, "colour"),
    ]
    for body, field in cases:
        assert named(_send(client, "post", url, body), field), body
    assert named(_send(client, "post", url), "payload")
    assert not RubricPoint.objects.exists()


# Adding a response to choose -----------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_adding_a_response_by_role(world, member_of_role, role):
    scenario = ScenarioFactory(organization=world.org)
    ScenarioChoiceFactory(organization=world.org, scenario=scenario, position=2)
    client = client_for(member_of_role(role))
    response = _send(
        client,
        "post",
        f"{API}/scenarios/{scenario.code}/choices",
        {"text": "  Bring the bill and apologise  ", "is_best": True},
    )
    if role not in WRITERS:
        assert response.status_code == 403
        assert scenario.choices.count() == 1
        return
    assert response.status_code == 201, response.content
    choice = scenario.choices.get(position=3)
    assert response.json() == {
        "code": str(choice.code),
        "scenario": str(scenario.code),
        "text": "Bring the bill and apologise",
        "is_best": True,
    }
    assert (choice.text, choice.is_best) == ("Bring the bill and apologise", True)
    shown = client.get(f"{API}/scenarios/{scenario.code}").json()["choices"]
    assert shown[-1] == {"code": str(choice.code), "text": choice.text, "is_best": True}


def test_a_response_is_not_the_best_unless_said(world, supervisor_sid):
    scenario = ScenarioFactory(organization=world.org)
    response = _send(
        client_for(supervisor_sid),
        "post",
        f"{API}/scenarios/{scenario.code}/choices",
        {"text": "Wait for the guest to ask again"},
    )
    assert response.status_code == 201 and response.json()["is_best"] is False
    assert scenario.choices.get().is_best is False


def test_adding_a_response_refuses_bad_input_naming_the_field(world, supervisor_sid):
    scenario = ScenarioFactory(organization=world.org)
    url = f"{API}/scenarios/{scenario.code}/choices"
    client = client_for(supervisor_sid)
    cases = [
        ({}, "text"),
        ({"text": "   "}, "text"),
        ({"text": "Apologise\x00"}, "text"),
        ({"text": "x" * 1001}, "text"),
        ({"text": 5}, "text"),
        ({"text": "Apologise", "is_best": "yes"}, "is_best"),
        ({"text": "Apologise", "is_best": 1}, "is_best"),
        ({"text": "Apologise", "colour": "red"}, "colour"),
    ]
    for body, field in cases:
        assert named(_send(client, "post", url, body), field), body
    assert named(_send(client, "post", url), "payload")
    assert not ScenarioChoice.objects.exists()


def test_another_organisations_scenario_is_a_404_whatever_the_body(world, outsider_otto):
    scenario = ScenarioFactory(organization=world.org)
    client = client_for(outsider_otto)
    for path in ("rubric-points", "choices"):
        url = f"{API}/scenarios/{scenario.code}/{path}"
        for body in ({"text": "Smiles"}, {"bogus": 1}, None):
            assert _send(client, "post", url, body).status_code == 404
    assert not RubricPoint.objects.exists() and not ScenarioChoice.objects.exists()


# The people settings --------------------------------------------------------------------

DEFAULTS = {
    "pass_mark_staff": 70,
    "pass_mark_supervisor": 80,
    "pass_mark_manager": 85,
    "rule_bent_often": 3,
    "candidate_retention_days": 180,
}


@pytest.mark.parametrize("role", list(Role))
def test_the_people_settings_by_role(world, member_of_role, role):
    client = client_for(member_of_role(role))
    read = client.get(f"{API}/settings")
    changed = _send(
        client, "patch", f"{API}/settings", {"pass_mark_staff": 75, "candidate_retention_days": 30}
    )
    if role != Role.OWNER:
        assert read.status_code == 403 and changed.status_code == 403
        assert not PeopleSettings.objects.exists()
        return
    assert read.status_code == 200 and read.json() == DEFAULTS
    assert changed.status_code == 200
    expected = DEFAULTS | {"pass_mark_staff": 75, "candidate_retention_days": 30}
    assert changed.json() == expected
    assert client.get(f"{API}/settings").json() == expected
    rules = PeopleSettings.objects.get(organization=world.org)
    assert (rules.pass_mark_staff, rules.candidate_retention_days) == (75, 30)
    assert rules.pass_mark(Role.STAFF) == 75


def test_a_change_keeps_what_it_leaves_out_in_the_one_row(world, owner_olga):
    client = client_for(owner_olga)
    url = f"{API}/settings"
    assert _send(client, "patch", url, {"pass_mark_manager": 90}).status_code == 200
    second = _send(client, "patch", url, {"rule_bent_often": 5, "pass_mark_supervisor": 0})
    assert second.json() == DEFAULTS | {
        "pass_mark_manager": 90,
        "rule_bent_often": 5,
        "pass_mark_supervisor": 0,
    }
    assert _send(client, "patch", url, {}).json() == second.json()
    assert PeopleSettings.objects.filter(organization=world.org).count() == 1


def test_the_settings_refuse_bad_input_naming_the_field_and_store_nothing(world, owner_olga):
    client = client_for(owner_olga)
    url = f"{API}/settings"
    cases = [
        ({"pass_mark_staff": 101}, "pass_mark_staff"),
        ({"pass_mark_supervisor": -1}, "pass_mark_supervisor"),
        ({"rule_bent_often": 0}, "rule_bent_often"),
        ({"candidate_retention_days": -5}, "candidate_retention_days"),
        # a candidate's last day must stay a date, whatever the database takes
        ({"candidate_retention_days": 36501}, "candidate_retention_days"),
        ({"candidate_retention_days": 2**40}, "candidate_retention_days"),
        ({"candidate_retention_days": 2**70}, "candidate_retention_days"),
        ({"rule_bent_often": 32768}, "rule_bent_often"),
        ({"pass_mark_manager": "80"}, "pass_mark_manager"),
        ({"pass_mark_manager": 80.5}, "pass_mark_manager"),
        ({"pass_mark_manager": True}, "pass_mark_manager"),
        ({"pass_mark_manager": None}, "pass_mark_manager"),
        ({"pass_mark_manager": "8\x000"}, "pass_mark_manager"),
        ({"pass_mark_staff": 75, "colour": "red"}, "colour"),
        # one good field and one bad: nothing of either is stored
        ({"pass_mark_staff": 75, "rule_bent_often": 0}, "rule_bent_often"),
    ]
    for body, field in cases:
        assert named(_send(client, "patch", url, body), field), body
    assert named(_send(client, "patch", url), "payload")
    assert named(_send(client, "patch", url, [1]), "payload")
    assert not PeopleSettings.objects.exists()
    assert client.get(url).json() == DEFAULTS


def test_the_longest_retention_keeps_a_candidates_last_day_a_date(world, owner_olga):
    client = client_for(owner_olga)
    most = {"candidate_retention_days": 36500, "rule_bent_often": 32767}
    assert _send(client, "patch", f"{API}/settings", most).json() == DEFAULTS | most
    candidate = CandidateFactory(organization=world.org, location=world.location_a)
    shown = client.get(f"{API}/candidates/{candidate.code}")
    assert shown.status_code == 200
    assert shown.json()["erase_after"] == (candidate.applied_on + timedelta(days=36500)).isoformat()


def test_each_organisation_has_its_own_settings(world, owner_olga, outsider_otto):
    url = f"{API}/settings"
    assert _send(client_for(owner_olga), "patch", url, {"pass_mark_staff": 60}).status_code == 200
    otto = client_for(outsider_otto)
    assert otto.get(url).json() == DEFAULTS
    assert _send(otto, "patch", url, {"pass_mark_staff": 95}).json()["pass_mark_staff"] == 95
    assert client_for(owner_olga).get(url).json()["pass_mark_staff"] == 60
    assert PeopleSettings.objects.get(organization=world.org).pass_mark_staff == 60
