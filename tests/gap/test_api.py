"""GET /api/v1/gap/lenses: the page's function, its cells, and bad input refused."""

import pytest

from servicegap.core import tokens
from servicegap.core.models import Location, Role
from tests.gap.conftest import SINCE, UNTIL

URL = "/api/v1/gap/lenses"
PERIOD = {"since": SINCE.isoformat(), "until": UNTIL.isoformat()}


def bearer(member) -> dict:
    _token, secret = tokens.create_token(member, name="script")
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def test_the_schema_lists_the_lenses_path(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert URL in schema["paths"]
    assert "CellOut" in schema["components"]["schemas"]


def test_the_cells_by_location_p_and_step(client, world, owner_olga, gap_world):
    body = client.get(URL, PERIOD, **bearer(owner_olga)).json()
    assert body["by"] == ["location", "p", "step"]
    (cell,) = [
        c
        for c in body["cells"]
        if c["location"] == str(world.location_a.code)
        and c["p"] == "process"
        and c["step"] == str(gap_world.bill.code)
    ]
    assert cell["believed"]["value"] == pytest.approx(100)
    assert cell["believed"]["low"] == pytest.approx(67.559, abs=0.01)
    assert cell["observed"]["value"] == pytest.approx(55)
    assert cell["experienced"]["value"] == pytest.approx(25)
    assert cell["experienced"]["n"] == 5
    assert cell["value_distance"]["value"] == pytest.approx(75)
    assert cell["perception_gap"]["value"] == pytest.approx(75)
    # p ≈ 7e-8 and, of the gaps returned, B's are too few: real after BH.
    assert cell["perception_gap"]["real"] is True
    assert cell["intended"] == {"standards": 1, "behaviours": 2}


def test_the_whole_organisation_with_an_empty_grouping(client, owner_olga, gap_world):
    body = client.get(URL, {**PERIOD, "by": ""}, **bearer(owner_olga)).json()
    (cell,) = body["cells"]
    assert cell["believed"]["n"] == 7
    assert cell["behaved"]["customers"] == 3
    assert cell["behaved"]["value_at_risk"] == "130.00"


def test_an_unknown_grouping_is_a_422_naming_by(client, owner_olga, gap_world):
    response = client.get(URL, {"by": "location,colour"}, **bearer(owner_olga))
    assert response.status_code == 422
    (error,) = response.json()["detail"]
    assert error["loc"] == ["query", "by"]
    assert "colour" in error["msg"]


def test_an_end_before_the_start_is_a_422_naming_until(client, owner_olga, gap_world):
    response = client.get(URL, {"since": "2026-10-01", "until": "2026-09-01"}, **bearer(owner_olga))
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "until"]


@pytest.mark.parametrize("day", ["1899-12-31", "9999-01-01"])
def test_a_day_outside_1900_to_9998_is_a_422(client, owner_olga, day):
    response = client.get(URL, {"since": day}, **bearer(owner_olga))
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "since"]


def test_another_organisations_location_is_a_404(client, owner_olga, gap_world, other_org_data):
    foreign = Location.objects.filter(organization=other_org_data).first()
    response = client.get(URL, {"location": foreign.code}, **bearer(owner_olga))
    assert response.status_code == 404


def test_a_location_outside_a_managers_scope_is_a_404(client, world, manager_max, gap_world):
    response = client.get(URL, {"location": world.location_b.code}, **bearer(manager_max))
    assert response.status_code == 404


def test_a_manager_gets_only_their_locations(client, world, manager_max, gap_world):
    body = client.get(URL, {**PERIOD, "by": "location"}, **bearer(manager_max)).json()
    assert [c["location"] for c in body["cells"]] == [str(world.location_a.code)]


@pytest.mark.parametrize("role", [Role.STAFF, Role.SHOPPER])
def test_staff_and_shoppers_are_refused(client, role, member_of_role):
    response = client.get(URL, **bearer(member_of_role(role)))
    assert response.status_code == 403


def test_an_empty_period_returns_cells_with_no_data(client, owner_olga, gap_world):
    body = client.get(
        URL, {"since": "2020-01-01", "until": "2020-01-31", "by": "location"}, **bearer(owner_olga)
    ).json()
    assert len(body["cells"]) == 2
    for cell in body["cells"]:
        assert cell["believed"]["value"] is None
        assert cell["experienced"]["n"] == 0
        assert cell["perception_gap"]["real"] is False


def test_anonymous_callers_are_refused(client):
    assert client.get(URL).status_code == 401


def test_real_agrees_with_the_interval_returned(client, owner_olga, gap_world):
    body = client.get(URL, PERIOD, **bearer(owner_olga)).json()
    for cell in body["cells"]:
        for name in ("perception_gap", "execution_gap"):
            gap = cell[name]
            if gap["low"] is not None and not gap["too_few"]:
                assert gap["real"] == (gap["low"] > 0 or gap["high"] < 0)


def test_no_scored_customer_is_null_not_zero(client, owner_olga, gap_world):
    body = client.get(URL, {**PERIOD, "by": "location"}, **bearer(owner_olga)).json()
    (b,) = [c for c in body["cells"] if c["location_name"] == "Location B"]
    assert b["behaved"]["value_at_risk"] is None
    assert b["behaved"]["active_share"]["value"] is None


def test_another_organisations_step_or_region_is_a_404(client, owner_olga, outsider_otto):
    from tests.factories import RegionFactory
    from tests.standards.factories import JourneyStepFactory

    org = outsider_otto.organization
    for query in ({"step": JourneyStepFactory(organization=org).code},
                  {"region": RegionFactory(organization=org).code}):  # fmt: skip
        assert client.get(URL, query, **bearer(owner_olga)).status_code == 404


def test_a_start_after_today_is_a_422_naming_since(client, owner_olga):
    response = client.get(URL, {"since": "2999-01-01"}, **bearer(owner_olga))
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "since"]
