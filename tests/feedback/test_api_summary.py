"""The inbox's table in the API: responses, NPS and P scores per location under the
inbox's filters, within the caller's scope."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from servicegap.core.models import Role
from tests.api.checks import named
from tests.conftest import client_for
from tests.factories import LocationFactory, OrganizationFactory
from tests.feedback.factories import ResponseFactory, SurveyLinkFactory

URL = "/api/v1/feedback/responses/summary"


@pytest.fixture
def answers(world):
    """Location A: people 5 and 3, NPS 10 and 6, one spam answer (left out). Location B:
    people 1 and process 4, no NPS."""
    a = SurveyLinkFactory(organization=world.org, location=world.location_a)
    b = SurveyLinkFactory(organization=world.org, location=world.location_b)
    ResponseFactory(organization=world.org, link=a, people=5, nps=10)
    ResponseFactory(organization=world.org, link=a, people=3, nps=6)
    ResponseFactory(organization=world.org, link=a, people=1, nps=0, spam=True)
    ResponseFactory(organization=world.org, link=b, people=1, process=4)
    # another organisation's answers never count
    other = OrganizationFactory()
    ResponseFactory(
        organization=other,
        link=SurveyLinkFactory(organization=other, location=LocationFactory(organization=other)),
        people=1,
        nps=0,
    )


def rows(body) -> dict:
    return {row["name"]: row for row in body["locations"]}


def test_each_location_and_the_total_as_computed_by_hand(world, owner_olga, answers):
    response = client_for(owner_olga).get(URL)
    assert response.status_code == 200
    body = response.json()
    found = rows(body)
    assert list(found) == ["Location A", "Location B"]
    a, b = found["Location A"], found["Location B"]
    assert a["location"] == str(world.location_a.code)
    assert a["responses"] == 2  # the spam answer left out
    # people: mean of 5 and 3 is 4 -> (4 - 1) x 25 = 75, on 2 answers
    assert a["scores"]["people"] == {"value": 75.0, "n": 2}
    assert a["scores"]["process"] == {"value": None, "n": 0}
    # NPS: one promoter (10), one detractor (6) of 2 -> 0
    assert a["nps"] == {"value": 0.0, "n": 2}
    assert b["scores"]["people"] == {"value": 0.0, "n": 1}
    assert b["scores"]["process"] == {"value": 75.0, "n": 1}
    assert b["nps"] == {"value": None, "n": 0}
    total = body["total"]
    assert total["location"] is None
    assert total["responses"] == 3
    # people over both: (75 x 2 + 0 x 1) / 3 = 50
    assert total["scores"]["people"] == {"value": 50.0, "n": 3}
    assert total["nps"] == {"value": 0.0, "n": 2}


def test_the_period_filter_applies(world, owner_olga, answers):
    old = SurveyLinkFactory(organization=world.org, location=world.location_b)
    ResponseFactory(
        organization=world.org,
        link=old,
        people=5,
        submitted_at=timezone.now() - timedelta(days=40),
    )
    since = (timezone.localdate() - timedelta(days=7)).isoformat()
    everything = rows(client_for(owner_olga).get(URL).json())
    recent = rows(client_for(owner_olga).get(URL, {"since": since}).json())
    assert everything["Location B"]["scores"]["people"] == {"value": 50.0, "n": 2}
    assert recent["Location B"]["scores"]["people"] == {"value": 0.0, "n": 1}


def test_one_location_chosen(world, owner_olga, answers):
    body = client_for(owner_olga).get(URL, {"location": str(world.location_b.code)}).json()
    assert list(rows(body)) == ["Location B"]
    assert body["total"]["responses"] == 1


@pytest.mark.parametrize("role", [Role.MANAGER, Role.SUPERVISOR])
def test_a_scoped_member_sees_only_their_locations(role, world, member_of_role, answers):
    body = client_for(member_of_role(role)).get(URL).json()
    assert list(rows(body)) == ["Location A"]
    assert body["total"]["responses"] == 2


@pytest.mark.parametrize("role", [Role.STAFF, Role.SHOPPER])
def test_staff_and_shoppers_are_refused(role, world, member_of_role, answers):
    assert client_for(member_of_role(role)).get(URL).status_code == 403


def test_another_organisations_location_is_refused_naming_the_filter(world, owner_olga):
    elsewhere = LocationFactory(organization=OrganizationFactory())
    response = client_for(owner_olga).get(URL, {"location": str(elsewhere.code)})
    assert named(response, "location")


def test_a_location_outside_the_scope_is_refused(world, supervisor_sid, answers):
    response = client_for(supervisor_sid).get(URL, {"location": str(world.location_b.code)})
    assert named(response, "location")


def test_an_end_before_the_start_is_refused(world, owner_olga):
    response = client_for(owner_olga).get(URL, {"since": "2026-05-02", "until": "2026-05-01"})
    assert response.status_code == 422
