"""Starter kits in the API: leaders list the kits, preview one (what it holds and what it
would add now, adding nothing) and add one as the kits page does: only what is missing,
never twice, an unknown kit a 422 naming `kit`."""

from __future__ import annotations

import json

import pytest
from django.core.cache import cache

from servicegap.audits.models import AuditTemplate
from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.feedback import intake
from servicegap.feedback.models import Survey
from servicegap.kits.catalogue import KITS
from servicegap.standards.models import Behaviour, JourneyStep, Standard
from tests.standards.factories import JourneyStepFactory, StandardFactory

API = "/api/v1/kits"
LEADERS = {Role.OWNER, Role.EXECUTIVE}


@pytest.fixture(autouse=True)
def fresh_cache(db):
    cache.clear()
    intake.forget_links()
    yield
    cache.clear()
    intake.forget_links()


def call(client, member, method: str, path: str = "", body=None):
    _token, secret = tokens.create_token(member, "kits")
    kwargs = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    if body is not None:
        kwargs |= {"data": json.dumps(body), "content_type": "application/json"}
    return getattr(client, method)(f"{API}{path}", **kwargs)


def counts(org) -> tuple[int, int, int, int, int]:
    return (
        JourneyStep.objects.filter(organization=org).count(),
        Standard.objects.filter(organization=org).count(),
        Behaviour.objects.filter(organization=org).count(),
        Survey.objects.filter(organization=org).count(),
        AuditTemplate.objects.filter(organization=org).count(),
    )


# Who may --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_kits_are_for_owners_and_executives(role, client, world, member_of_role):
    member = member_of_role(role)
    allowed = role in LEADERS
    expected = 200 if allowed else 403
    assert call(client, member, "get").status_code == expected
    assert call(client, member, "get", "/restaurant").status_code == expected
    response = call(client, member, "post", "", {"kit": "restaurant"})
    assert response.status_code == expected
    if not allowed:
        assert "owners and executives" in response.json()["detail"]
    # The restaurant kit: 5 steps, 10 standards, 16 behaviours, a survey, 2 templates.
    assert counts(world.org) == ((5, 10, 16, 1, 2) if allowed else (0, 0, 0, 0, 0))


def test_a_kit_goes_into_the_callers_organisation_only(client, world, outsider_otto):
    response = call(client, outsider_otto, "post", "", {"kit": "hotel"})
    assert response.status_code == 200
    assert counts(world.org) == (0, 0, 0, 0, 0)
    assert counts(outsider_otto.organization)[0] == len(KITS["hotel"].steps)


# Listing and preview --------------------------------------------------------------------


def test_the_list_has_every_kit_with_its_counts(client, owner_olga):
    body = call(client, owner_olga, "get").json()
    assert [kit["key"] for kit in body] == [
        "restaurant",
        "hotel",
        "clinic",
        "shop",
        "delivery",
        "empty",
    ]
    restaurant = body[0]
    assert restaurant["label"] == "Restaurant or café"
    assert restaurant["steps"] == [
        "Phone call",
        "Welcome",
        "Ordering",
        "Serving",
        "Payment and farewell",
    ]
    # Counted by hand in catalogue.py: 2 standards per step (10), behaviours 4+3+3+3+3.
    assert (restaurant["standards"], restaurant["behaviours"]) == (10, 16)
    assert restaurant["survey"] == "Guest survey"
    assert restaurant["templates"] == ["Restaurant visit", "Restaurant phone call"]
    empty = body[-1]
    assert (empty["steps"], empty["behaviours"], empty["survey"], empty["templates"]) == (
        [],
        0,
        None,
        [],
    )


def test_a_preview_shows_the_kit_and_adds_nothing(client, world, owner_olga):
    response = call(client, owner_olga, "get", "/delivery")
    assert response.status_code == 200
    body = response.json()
    assert counts(world.org) == (0, 0, 0, 0, 0)
    assert [step["name"] for step in body["card"]] == [
        "Phone call",
        "Preparing the order",
        "Delivery",
        "Problems",
    ]
    hot = body["card"][2]["standards"][2]["behaviours"][0]
    assert hot == {
        "text": "Hot food is at 60 °C or more on arrival.",
        "weight": 3,
        "critical": False,
        "target": {"comparison": "at_least", "value": "60", "unit": "°C"},
    }
    assert body["survey"]["texts"]["fr"]["title"] == "Comment s'est passée votre livraison ?"
    assert body["templates"][0] == {
        "name": "Delivery at the door",
        "channel": "delivery",
        "steps": ["Preparing the order", "Delivery", "Problems"],
    }
    assert body["has_card"] is False
    # 4 steps; standards 2+1+3+1 = 7; behaviours 2+3+2+2+1+1+2 = 13.
    assert body["would_add"] == {
        "steps": 4,
        "standards": 7,
        "behaviours": 13,
        "surveys": ["Delivery survey"],
        "templates": ["Delivery at the door", "Phone order"],
    }


def test_a_preview_over_a_card_counts_only_what_is_missing(client, world, owner_olga):
    step = JourneyStepFactory(organization=world.org, name="phone call")
    StandardFactory(
        organization=world.org,
        step=step,
        p="people",
        text="We answer your call warmly and can help at once.",
    )
    before = counts(world.org)
    body = call(client, owner_olga, "get", "/restaurant").json()
    assert body["has_card"] is True
    # The phone step and its first standard are there; that standard's 2 behaviours are not.
    assert (body["would_add"]["steps"], body["would_add"]["standards"]) == (4, 9)
    assert body["would_add"]["behaviours"] == 16
    assert counts(world.org) == before


def test_an_unknown_kit_preview_is_404(client, owner_olga):
    response = call(client, owner_olga, "get", "/bakery")
    assert response.status_code == 404
    assert "restaurant" in response.json()["detail"]


# Adding a kit ---------------------------------------------------------------------------


def test_adding_a_kit_says_what_it_added(client, world, owner_olga):
    response = call(client, owner_olga, "post", "", {"kit": "shop"})
    assert response.status_code == 200
    body = response.json()
    # Shop: 5 steps; standards 2+2+1+2+1 = 8; behaviours 3+3+2+3+2 = 13.
    assert (body["kit"], body["steps"], body["standards"], body["behaviours"]) == (
        "shop",
        5,
        8,
        13,
    )
    assert body["surveys"] == ["Customer survey"]
    assert body["templates"] == ["Shop visit", "Shop phone call"]
    assert body["summary"].startswith("From the Shop kit, added 5 journey steps, 8 standards")
    assert counts(world.org) == (5, 8, 13, 1, 2)
    visit = AuditTemplate.objects.get(organization=world.org, name="Shop visit")
    assert visit.behaviours.count() == 10  # every behaviour but the phone call's 3


def test_adding_a_kit_twice_adds_nothing_the_second_time(client, world, owner_olga):
    call(client, owner_olga, "post", "", {"kit": "clinic"})
    before = counts(world.org)
    body = call(client, owner_olga, "post", "", {"kit": "clinic"}).json()
    assert (body["steps"], body["standards"], body["behaviours"]) == (0, 0, 0)
    assert (body["surveys"], body["templates"]) == ([], [])
    assert body["summary"] == (
        "Nothing added: everything in the Clinic or pharmacy kit is already there."
    )
    assert counts(world.org) == before


def test_starting_empty_adds_nothing(client, world, owner_olga):
    body = call(client, owner_olga, "post", "", {"kit": "empty"}).json()
    assert body["summary"] == "Nothing installed: you start with an empty card."
    assert counts(world.org) == (0, 0, 0, 0, 0)


@pytest.mark.parametrize("body", [{"kit": "bakery"}, {"kit": ""}])
def test_an_unknown_kit_is_a_422_naming_kit_and_nothing_is_added(body, client, world, owner_olga):
    response = call(client, owner_olga, "post", "", body)
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "payload", "kit"]
    assert counts(world.org) == (0, 0, 0, 0, 0)


def test_unknown_fields_are_refused(client, world, owner_olga):
    response = call(client, owner_olga, "post", "", {"kit": "hotel", "location": "x"})
    assert response.status_code == 422
    assert counts(world.org) == (0, 0, 0, 0, 0)


def test_the_schema_lists_the_kits(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {f"{API}", f"{API}/{{kit_key}}"} <= set(paths)
    assert set(paths[API]) == {"get", "post"}
