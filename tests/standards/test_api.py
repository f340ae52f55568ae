"""GET /api/v1/standards/card: the card in use as JSON, per location and department."""

import pytest

from servicegap.core import tokens
from servicegap.core.models import Role
from tests.conftest import client_for
from tests.factories import DepartmentFactory, LocationFactory

URL = "/api/v1/standards/card"


def bearer(membership) -> dict:
    _token, secret = tokens.create_token(membership, "test")
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def get_card(client, membership, **params):
    return client.get(URL, params, **bearer(membership))


def test_the_schema_lists_the_card(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert URL in paths
    parameters = {p["name"] for p in paths[URL]["get"]["parameters"]}
    assert parameters == {"location", "department"}


def test_the_card_comes_as_steps_in_order_then_standards_then_behaviours(client, card, owner_olga):
    body = get_card(client, owner_olga).json()
    assert body["organization"] == "Sunny Side Cafés"
    assert (body["location"], body["department"]) == (None, None)
    assert [step["name"] for step in body["steps"]] == ["Greeting", "Payment"]
    greeting = body["steps"][0]
    assert [s["text"] for s in greeting["standards"]] == ["We welcome you at once."]
    welcome = greeting["standards"][0]
    assert (welcome["p"], welcome["department"]) == ("people", "Front of house")
    assert welcome["department_code"] == str(card.front.code)
    assert welcome["behaviours"] == [
        {
            "code": str(card.greet_fast.code),
            "text": "Greeted within 30 seconds.",
            "weight": 3,
            "critical": False,
            "target": {
                "comparison": "at_most",
                "value": 30.0,
                "unit": "seconds",
                "label": "at most 30 seconds",
            },
            "version": 1,
        },
        {
            "code": str(card.smile.code),
            "text": "Staff smile.",
            "weight": 2,
            "critical": False,
            "target": None,
            "version": 1,
        },
    ]
    assert body["steps"][1]["standards"][0]["behaviours"][0]["critical"] is True


def test_a_department_card_keeps_its_standards_only(client, card, owner_olga):
    body = get_card(client, owner_olga, department=str(card.kitchen.code)).json()
    assert body["department"] == {"code": str(card.kitchen.code), "name": "Kitchen"}
    assert [step["name"] for step in body["steps"]] == ["Payment"]


def test_a_location_card_is_titled_for_the_location(client, world, card, staff_sam):
    body = get_card(client, staff_sam, location=str(world.location_a.code)).json()
    assert body["title"] == "Location A"
    assert body["location"]["name"] == "Location A"
    assert len(body["steps"]) == 2


def test_a_location_the_member_does_not_see_is_404(client, world, card, staff_sam):
    response = get_card(client, staff_sam, location=str(world.location_b.code))
    assert response.status_code == 404


def test_another_organisations_location_or_department_is_404(
    client, card, owner_olga, outsider_otto
):
    location = LocationFactory(organization=outsider_otto.organization)
    department = DepartmentFactory(organization=outsider_otto.organization)
    assert get_card(client, owner_olga, location=str(location.code)).status_code == 404
    assert get_card(client, owner_olga, department=str(department.code)).status_code == 404


def test_a_malformed_code_is_a_422_naming_the_parameter(client, card, owner_olga):
    response = get_card(client, owner_olga, department="kitchen")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][-1] == "department"


def test_another_organisation_sees_its_own_card_only(client, card, outsider_otto):
    assert get_card(client, outsider_otto).json()["steps"] == []


@pytest.mark.parametrize("role", list(Role))
def test_the_card_is_for_the_team(role, client, card, member_of_role):
    response = get_card(client, member_of_role(role))
    assert response.status_code == (403 if role == Role.SHOPPER else 200)


def test_a_session_works_too(card, staff_sam):
    assert client_for(staff_sam).get(URL).status_code == 200


def test_anonymous_callers_are_401(client, card):
    assert client.get(URL).status_code == 401


def test_the_card_is_read_in_a_fixed_number_of_queries(
    client, card, owner_olga, django_assert_max_num_queries
):
    headers = bearer(owner_olga)
    with django_assert_max_num_queries(8):
        assert client.get(URL, **headers).status_code == 200
