"""The people API: schema paths, scoping, strict input naming the field, and refusals."""

import json
from datetime import timedelta

from django.utils import timezone

from servicegap.people import scenarios
from servicegap.people.models import IdeaVote, RuleBend
from tests.conftest import client_for
from tests.factories import EmployeeFactory
from tests.people.factories import IdeaFactory, RubricPointFactory, ScenarioFactory

API = "/api/v1/people"


def _post(client, url, body):
    return client.post(url, json.dumps(body), content_type="application/json")


def test_the_schema_lists_the_people_paths(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {
        f"{API}/scenarios",
        f"{API}/tests",
        f"{API}/tests/{{scenarioattempt_code}}/grades",
        f"{API}/ideas",
        f"{API}/ideas/{{idea_code}}/votes",
        f"{API}/rule-bends",
    } <= set(paths)


def test_grading_through_the_api_with_a_bad_level_then_a_good_one(
    world, manager_max, supervisor_sid, staff_sam
):
    sam = EmployeeFactory(organization=world.org, location=world.location_a, user=staff_sam.user)
    scenario = ScenarioFactory(organization=world.org)
    point = RubricPointFactory(organization=world.org, scenario=scenario)
    attempt = scenarios.assign_scenario(
        scenario,
        location=world.location_a,
        due_on=timezone.localdate() + timedelta(days=2),
        by=manager_max,
        employees=[sam],
    ).attempts.get()
    scenarios.submit_answer(attempt, by=staff_sam, answer="Sorry, here it is.")
    url = f"{API}/tests/{attempt.code}/grades"
    client = client_for(supervisor_sid)
    bad = _post(client, url, {"levels": [{"point": str(point.code), "level": 9}]})
    assert bad.status_code == 422 and "level" in bad.content.decode()
    refused = _post(client, url, {"levels": [{"point": str(point.code), "level": 0}]})
    assert refused.status_code == 409 and "0 is not a level" in refused.json()["detail"]
    staff_body = {"levels": [{"point": str(point.code), "level": 5}]}
    assert _post(client_for(staff_sam), url, staff_body).status_code == 403
    done = _post(client, url, {"levels": [{"point": str(point.code), "level": 4}]})
    assert done.status_code == 201 and done.json()["attempt_score"] == "75.00"
    mine = client_for(staff_sam).get(f"{API}/tests").json()
    assert [row["passed"] for row in mine] == [True]


def test_voting_twice_through_the_api_is_a_409(world, staff_sam, outsider_otto):
    idea = IdeaFactory(organization=world.org)
    client = client_for(staff_sam)
    assert client.post(f"{API}/ideas/{idea.code}/votes").status_code == 201
    assert client.post(f"{API}/ideas/{idea.code}/votes").status_code == 409
    foreign = IdeaFactory(organization=outsider_otto.organization)
    assert client.post(f"{API}/ideas/{foreign.code}/votes").status_code == 404
    assert IdeaVote.objects.count() == 1


def test_a_rule_bend_through_the_api_names_the_bad_field(world, staff_sam):
    client = client_for(staff_sam)
    body = {"location": str(world.location_b.code), "rule": "No refunds", "why": "x"}
    outside = _post(client, f"{API}/rule-bends", body)
    assert outside.status_code == 422 and "location" in outside.content.decode()
    body["location"] = str(world.location_a.code)
    assert _post(client, f"{API}/rule-bends", {**body, "cost": "-1"}).status_code == 422
    made = _post(client, f"{API}/rule-bends", body)
    assert made.status_code == 201
    assert RuleBend.objects.get().rule == "No refunds"
