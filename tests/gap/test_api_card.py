"""GET /api/v1/gap/card: the service card with its evidence, as its page shows it.

The figures are those of tests/gap/conftest.py, worked out by hand here. In the period
(1 September to 30 November 2026):

- Bill, weight 1 ("light"): passed in the 5 mystery shops at A → 5/5 = 100, n 5; the
  Wilson interval 5/5 with z = 1.96: (1 + z²/10 − z·√(z²/100)) / (1 + z²/5) = 56.55 to 100.
- Bill, weight 3 ("heavy"): passed in 2 of the 5 → 40, n 5; interval 11.76 to 76.93.
  (The July shop, all passed, is before the period; self-assessments are not observed.)
- Greeting's behaviour: no shop or observation → no value, n 0.
- The Bill standard (Process): self-assessments at A (5) and B (2), everything passed →
  we believe 100, n 7; customers rated Process at A 1, 2, 2, 3, 2 (0, 25, 25, 50, 25 on
  0–100) and at B 5, 5 (100, 100) → (0 + 25 + 25 + 50 + 25 + 100 + 100) / 7 = 46.43, n 7;
  the perception gap 100 − 46.43 = 53.57.
- At A alone: we believe 100 (n 5), customers say 125 / 5 = 25 (n 5), gap 75.
"""

import pytest

from servicegap.core.models import Location, Role
from tests.factories import RegionFactory
from tests.gap.conftest import SINCE, UNTIL
from tests.gap.test_api import bearer
from tests.standards.factories import JourneyStepFactory

URL = "/api/v1/gap/card"
PERIOD = {"since": SINCE.isoformat(), "until": UNTIL.isoformat()}


def card(client, member, **query):
    response = client.get(URL, {**PERIOD, **query}, **bearer(member))
    assert response.status_code == 200, response.content
    return response.json()


def step_named(body, name):
    (step,) = [step for step in body["steps"] if step["name"] == name]
    return step


def behaviours(standard, gap_world):
    by_code = {b["code"]: b for b in standard["behaviours"]}
    return by_code[str(gap_world.light.code)], by_code[str(gap_world.heavy.code)]


def test_the_schema_lists_the_card_path(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert URL in schema["paths"]
    assert "EvidenceCardOut" in schema["components"]["schemas"]


def test_each_behaviour_with_how_often_it_was_seen_done(client, owner_olga, gap_world):
    body = card(client, owner_olga)
    assert body["since"] == "2026-09-01"
    assert body["until"] == "2026-11-30"
    assert [step["name"] for step in body["steps"]] == ["Greeting", "Bill"]
    (standard,) = step_named(body, "Bill")["standards"]
    assert standard["text"] == "The bill comes within 5 minutes."
    assert standard["p"] == "process"
    light, heavy = behaviours(standard, gap_world)
    assert light["observed"]["value"] == pytest.approx(100)
    assert light["observed"]["n"] == 5
    assert light["observed"]["low"] == pytest.approx(56.55, abs=0.01)
    assert light["observed"]["high"] == pytest.approx(100)
    assert light["weight"] == 1
    assert heavy["observed"]["value"] == pytest.approx(40)
    assert heavy["observed"]["n"] == 5
    assert heavy["observed"]["low"] == pytest.approx(11.76, abs=0.01)
    assert heavy["observed"]["high"] == pytest.approx(76.93, abs=0.01)
    assert heavy["weight"] == 3
    (greeting,) = step_named(body, "Greeting")["standards"]
    (welcome,) = greeting["behaviours"]
    assert welcome["code"] == str(gap_world.welcome.code)
    assert welcome["observed"]["value"] is None
    assert welcome["observed"]["n"] == 0


def test_each_standard_with_what_customers_say_and_we_believe(client, owner_olga, gap_world):
    (standard,) = step_named(card(client, owner_olga), "Bill")["standards"]
    assert standard["believed"]["value"] == pytest.approx(100)
    assert standard["believed"]["n"] == 7
    assert standard["experienced"]["value"] == pytest.approx(325 / 7)
    assert standard["experienced"]["n"] == 7
    assert standard["perception_gap"]["value"] == pytest.approx(100 - 325 / 7)


def test_the_location_filter_narrows_the_evidence(client, world, owner_olga, gap_world):
    (standard,) = step_named(card(client, owner_olga, location=world.location_a.code), "Bill")[
        "standards"
    ]
    assert standard["believed"]["n"] == 5
    assert standard["experienced"]["value"] == pytest.approx(25)
    assert standard["experienced"]["n"] == 5
    assert standard["perception_gap"]["value"] == pytest.approx(75)
    light, heavy = behaviours(standard, gap_world)
    assert (light["observed"]["n"], heavy["observed"]["value"]) == (5, pytest.approx(40))
    # At B, nobody shopped: no observed rate; two self-assessments, two responses.
    (at_b,) = step_named(card(client, owner_olga, location=world.location_b.code), "Bill")[
        "standards"
    ]
    assert at_b["believed"]["n"] == 2
    assert at_b["experienced"]["value"] == pytest.approx(100)
    assert [b["observed"]["n"] for b in at_b["behaviours"]] == [0, 0]


def test_a_p_or_step_filter_narrows_the_card(client, owner_olga, gap_world):
    body = card(client, owner_olga, p="people")
    assert [step["name"] for step in body["steps"]] == ["Greeting"]
    body = card(client, owner_olga, step=gap_world.bill.code)
    assert [step["name"] for step in body["steps"]] == ["Bill"]
    assert body["steps"][0]["code"] == str(gap_world.bill.code)
    assert card(client, owner_olga, p="people", step=gap_world.bill.code)["steps"] == []


def test_a_period_with_nothing_in_it(client, owner_olga, gap_world):
    body = card(client, owner_olga, since="2026-07-01", until="2026-07-31")
    (standard,) = step_named(body, "Bill")["standards"]
    light, heavy = behaviours(standard, gap_world)
    # The July mystery shop, everything passed.
    assert (light["observed"]["value"], light["observed"]["n"]) == (pytest.approx(100), 1)
    assert (heavy["observed"]["value"], heavy["observed"]["n"]) == (pytest.approx(100), 1)
    assert (standard["experienced"]["value"], standard["experienced"]["n"]) == (None, 0)
    assert (standard["believed"]["value"], standard["believed"]["n"]) == (None, 0)
    assert standard["perception_gap"]["value"] is None


@pytest.mark.parametrize("role", [Role.OWNER, Role.EXECUTIVE])
def test_owners_and_executives_see_the_whole_organisation(client, role, member_of_role, gap_world):
    (standard,) = step_named(card(client, member_of_role(role)), "Bill")["standards"]
    assert standard["experienced"]["n"] == 7


@pytest.mark.parametrize("role", [Role.MANAGER, Role.SUPERVISOR])
def test_managers_and_supervisors_see_their_locations(client, role, member_of_role, gap_world):
    (standard,) = step_named(card(client, member_of_role(role)), "Bill")["standards"]
    assert standard["believed"]["n"] == 5
    assert standard["experienced"]["value"] == pytest.approx(25)
    assert standard["experienced"]["n"] == 5


@pytest.mark.parametrize("role", [Role.STAFF, Role.SHOPPER])
def test_staff_and_shoppers_are_refused(client, role, member_of_role, gap_world):
    assert client.get(URL, **bearer(member_of_role(role))).status_code == 403


def test_anonymous_callers_are_refused(client):
    assert client.get(URL).status_code == 401


def test_another_organisations_data_is_never_counted(client, owner_olga, gap_world, other_org_data):
    (standard,) = step_named(card(client, owner_olga), "Bill")["standards"]
    assert standard["believed"]["n"] == 7
    assert standard["experienced"]["n"] == 7
    assert [b["observed"]["n"] for b in standard["behaviours"]] == [5, 5]


def test_another_organisations_location_region_or_step_is_a_404(
    client, owner_olga, gap_world, other_org_data
):
    foreign = Location.objects.filter(organization=other_org_data).first()
    queries = [
        {"location": foreign.code},
        {"region": RegionFactory(organization=other_org_data).code},
        {"step": JourneyStepFactory(organization=other_org_data).code},
    ]
    for query in queries:
        response = client.get(URL, query, **bearer(owner_olga))
        assert response.status_code == 404, query
        # The same answer as the lenses give for it.
        assert client.get("/api/v1/gap/lenses", query, **bearer(owner_olga)).status_code == 404


def test_a_location_outside_a_managers_scope_is_a_404(client, world, manager_max, gap_world):
    response = client.get(URL, {"location": world.location_b.code}, **bearer(manager_max))
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ({"p": "colour"}, "p"),
        ({"location": "Location A"}, "location"),
        ({"region": "north"}, "region"),
        ({"step": "12"}, "step"),
        ({"since": "1 September"}, "since"),
        ({"until": "1899-12-31"}, "until"),
        ({"since": "2026-10-01", "until": "2026-09-01"}, "until"),
        ({"since": "2999-01-01"}, "since"),
    ],
)
def test_a_bad_filter_is_a_422_naming_it(client, owner_olga, gap_world, query, named):
    response = client.get(URL, query, **bearer(owner_olga))
    assert response.status_code == 422
    assert [error["loc"] for error in response.json()["detail"]] == [["query", named]]
