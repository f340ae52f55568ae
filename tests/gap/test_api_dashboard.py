"""GET /api/v1/gap/dashboard: the value-distance page's figures, as the page shows them.

The figures are those of tests/gap/conftest.py, worked out by hand here. In the period
(1 September to 30 November 2026, 91 days; the previous period 2 June to 31 August):

- We believe: 7 self-assessments (5 at A, 2 at B), everything passed → 100, n 7; none
  before → no change to tell.
- Shoppers see: A's 5 mystery shops, weight 1 passed in all, weight 3 in 2 of 5 →
  (5·1 + 2·3) / (5·1 + 5·3) = 11/20 = 55, n 5; before, July's one shop, all passed →
  100, n 1: a change of −45 on too few, not real.
- Customers say: Process 1, 2, 2, 3, 2 at A (0, 25, 25, 50, 25) and 5, 5 at B (100, 100)
  → 325 / 7 = 46.43, n 7. Value distance 100 − 46.43 = 53.57; perception gap
  100 − 46.43 = 53.57; execution gap 100 − 55 = 45; NPS at A: answers 10, 9, 3, 5, 8 →
  2 promoters, 2 detractors of 5 → 0.
- Location A: we believe 100 (n 5), shoppers see 55 (n 5), customers say 125 / 5 = 25
  (n 5): value distance 75, the only location with enough answers, so ranked 1st on its
  own 75 (weight 1). B: 2 answers of 100 → distance 0 on too few, unranked.
- The largest gap: A · Bill · Process, we believe 100 − customers say 25 = 75 (the
  execution gap 100 − 55 = 45 is real too); the weight 3 behaviour failed in 3 of the
  5 shops. Customers of A: value at risk 40 + 80 + 10 = 130, one on the save list.
"""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from servicegap.core.models import Location, Role
from tests.conftest import client_for
from tests.factories import RegionFactory
from tests.feedback.factories import ResponseFactory, SurveyLinkFactory
from tests.gap.conftest import SINCE, UNTIL, at
from tests.gap.test_api import bearer
from tests.gap.test_comment_feelings import NEG, POS, comment
from tests.standards.factories import JourneyStepFactory

URL = "/api/v1/gap/dashboard"
PERIOD = {"since": SINCE.isoformat(), "until": UNTIL.isoformat()}


def board(client, member, **query):
    response = client.get(URL, {**PERIOD, **query}, **bearer(member))
    assert response.status_code == 200, response.content
    return response.json()


def location_named(body, name):
    (row,) = [row for row in body["locations"] if row["location_name"] == name]
    return row


def test_the_schema_lists_the_dashboard_path(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert URL in schema["paths"]
    assert "DashboardOut" in schema["components"]["schemas"]


def test_the_headline_and_each_lens_s_change(client, owner_olga, gap_world):
    body = board(client, owner_olga)
    assert (body["since"], body["until"], body["days"]) == ("2026-09-01", "2026-11-30", 91)
    assert body["previous"] == {"since": "2026-06-02", "until": "2026-08-31"}
    assert (body["filtered"], body["colour"], body["has_evidence"]) == (False, "distance", True)
    assert body["line"] == "We believe 100 · mystery shoppers see 55 · customers say 46"
    assert body["evidence"] == (
        "7 self-assessments · 5 mystery shops and observations · 7 customer answers"
    )
    assert body["words"].startswith("Customers score us 54 points below what we believe")
    believed, observed, experienced = body["lenses"]
    assert [lens["label"] for lens in body["lenses"]] == [
        "We believe", "Shoppers and supervisors see", "Customers say",
    ]  # fmt: skip
    assert (believed["now"]["value"], believed["now"]["n"]) == (pytest.approx(100), 7)
    assert (believed["before"]["value"], believed["before"]["n"]) == (None, 0)
    assert believed["change_text"] == "no data in the previous period"
    assert (observed["now"]["value"], observed["now"]["n"]) == (pytest.approx(55), 5)
    assert (observed["before"]["value"], observed["before"]["n"]) == (pytest.approx(100), 1)
    assert observed["change"]["value"] == pytest.approx(-45)
    assert (observed["change"]["real"], observed["change"]["too_few"]) == (False, True)
    assert observed["change_text"] == "previous period 100: no real change"
    assert (experienced["now"]["value"], experienced["now"]["n"]) == (pytest.approx(325 / 7), 7)
    assert experienced["text"].startswith("46 (95% ") and experienced["text"].endswith(", n=7)")
    whole = body["whole"]
    assert whole["perception_gap"]["value"] == pytest.approx(100 - 325 / 7)
    assert whole["perception_gap"]["real"] is True
    assert whole["execution_gap"]["value"] == pytest.approx(45)
    assert whole["execution_gap"]["real"] is True
    assert whole["value_distance"]["value"] == pytest.approx(100 - 325 / 7)
    assert (whole["nps"]["value"], whole["nps"]["n"]) == (pytest.approx(0), 5)
    assert (whole["behaved"]["customers"], whole["behaved"]["on_save_list"]) == (3, 1)
    assert whole["behaved"]["value_at_risk"] == "130.00"


def test_the_largest_gap_with_its_evidence(client, world, owner_olga, gap_world):
    body = board(client, owner_olga)
    (gap,) = body["largest"]
    assert gap["words"] == (
        "Location A · Bill · Process: we believe 100, shoppers see 55, customers say 25"
    )
    assert (gap["kind"], gap["also"]) == ("perception", ["execution"])
    assert (gap["location"], gap["location_name"]) == (str(world.location_a.code), "Location A")
    assert (gap["step"], gap["step_name"], gap["p"]) == (
        str(gap_world.bill.code),
        "Bill",
        "process",
    )
    assert (gap["gap"]["value"], gap["gap"]["real"]) == (pytest.approx(75), True)
    assert gap["gap"]["low"] > 0  # real: its widened interval leaves out 0
    assert (gap["believed_n"], gap["other_n"], gap["cases"]) == (5, 5, 0)
    assert gap["evidence"] == "on 5 self-assessments and 5 customer ratings; 0 recovery cases"
    assert gap["promise"] == "The bill comes within 5 minutes."
    (failure,) = gap["failures"]  # the weight 1 behaviour never failed
    assert (failure["behaviour"], failure["text"]) == (
        str(gap_world.heavy.code), gap_world.heavy.text,
    )  # fmt: skip
    assert (failure["failed"], failure["audits"]) == (3, 5)
    assert f"behaviour={gap_world.heavy.code}" in failure["url"]
    assert (gap["comments"], gap["negative_share"]) == (0, None)
    assert gap["comment_words"] == "No comment about Process at this location in this period."
    assert gap["links"]["failed"].startswith("/audits/?")
    assert f"location={world.location_a.code}" in gap["links"]["cases"]
    assert body["too_few_largest"] == []
    # Every gap and change decided together: the headline's 2 gaps and A's Bill cell's 2
    # (the rest rest on too few to be tested).
    assert body["tests"] == 4


def test_the_comment_share_beside_the_gap(client, world, owner_olga, gap_world):
    """Three comments about Process at A in the period, two negative about it (one only
    in its Process clause); one people-only comment and one at B are not counted."""
    a, b = world.location_a, world.location_b
    comment(world.org, a, date(2026, 10, 10), NEG, {"process": "negative"}, process=True)
    comment(world.org, a, date(2026, 10, 11), POS, {"process": "negative"}, process=True)
    comment(world.org, a, date(2026, 10, 12), POS, {"process": "positive"}, process=True)
    comment(world.org, a, date(2026, 10, 13), NEG, {"people": "negative"}, people=True)
    comment(world.org, b, date(2026, 10, 13), NEG, {"process": "negative"}, process=True)
    (gap,) = board(client, owner_olga)["largest"]
    assert (gap["comments"], gap["negative_comments"], gap["negative_share"]) == (3, 2, 67)
    assert gap["comment_words"] == (
        "2 of 3 comments about Process at this location are negative about it (67%)."
    )


def test_the_ranking_and_the_heat_map(client, world, owner_olga, gap_world):
    body = board(client, owner_olga)
    assert body["no_differences"] is False
    assert [step["name"] for step in body["steps"]] == ["Greeting", "Bill"]
    assert [row["location_name"] for row in body["locations"]] == ["Location A", "Location B"]
    a, b = body["locations"]
    assert (a["rank"], a["ranked_on"], a["shrink_weight"]) == (1, pytest.approx(75), 1.0)
    assert (a["believed"]["value"], a["believed"]["n"]) == (pytest.approx(100), 5)
    assert (a["observed"]["value"], a["observed"]["n"]) == (pytest.approx(55), 5)
    assert (a["experienced"]["value"], a["experienced"]["n"]) == (pytest.approx(25), 5)
    assert a["value_distance"]["value"] == pytest.approx(75)
    observed, experienced = a["changes"]
    assert observed["change"]["value"] == pytest.approx(-45)
    assert (experienced["before"]["n"], experienced["change"]["value"]) == (0, None)
    assert (a["behaved"]["value_at_risk"], a["behaved"]["on_save_list"]) == ("130.00", 1)
    greeting, bill = a["heat"]
    assert (greeting["step"], greeting["value"], greeting["level"]) == (
        str(gap_world.greeting.code), None, -1,
    )  # fmt: skip
    # 75 is past every bound (20, 35, 50, 65): the darkest colour
    assert (bill["value"], bill["level"], bill["real"]) == (pytest.approx(75), 4, None)
    assert bill["n_text"] == "5 answers"
    # B: 2 answers of 100, a distance of 0 on too few: not ranked, not coloured
    assert (b["rank"], b["ranked_on"]) == (None, None)
    assert (b["experienced"]["value"], b["experienced"]["n"]) == (pytest.approx(100), 2)
    assert (b["heat"][1]["value"], b["heat"][1]["too_few"], b["heat"][1]["level"]) == (
        pytest.approx(0), True, -1,
    )  # fmt: skip


def test_the_heat_map_coloured_by_a_gap(client, owner_olga, gap_world):
    body = board(client, owner_olga, colour="execution")
    assert body["colour"] == "execution"
    bill = location_named(body, "Location A")["heat"][1]
    # we believe 100 − shoppers see 55 = 45, on 5 self-assessments and 5 shops
    assert (bill["value"], bill["real"], bill["level"]) == (pytest.approx(45), True, 4)
    assert bill["n_text"] == "5 audits · 5 audits"
    assert bill["low"] > 0


def test_the_trend_month_by_month(client, owner_olga, gap_world):
    trend = board(client, owner_olga)["trend"]
    assert [month["month"] for month in trend] == [
        date(2025 + (m > 0), (m + 11) % 12 + 1, 1).isoformat() for m in range(12)
    ]
    by_month = {month["month"]: month for month in trend}
    october = by_month["2026-10-01"]
    assert (october["believed"]["value"], october["believed"]["n"]) == (pytest.approx(100), 7)
    assert (october["observed"]["value"], october["observed"]["n"]) == (pytest.approx(55), 5)
    assert october["experienced"]["value"] == pytest.approx(325 / 7)
    july = by_month["2026-07-01"]
    assert (july["observed"]["value"], july["observed"]["n"]) == (pytest.approx(100), 1)
    assert (july["believed"]["n"], july["experienced"]["n"]) == (0, 0)
    assert by_month["2026-11-01"]["experienced"]["value"] is None


def test_a_gap_on_too_few_is_listed_apart(client, world, owner_olga, gap_world):
    """Two more answers at B rating Process 1: B's customers say (100 + 100 + 0 + 0) / 4 =
    50 against our 100 on 2 self-assessments: a gap of 50, on too few to tell."""
    link = SurveyLinkFactory(organization=world.org, location=world.location_b)
    for day in (4, 5):
        ResponseFactory(
            organization=world.org, link=link, step=gap_world.bill, process=1,
            submitted_at=at(date(2026, 10, day)),
        )  # fmt: skip
    body = board(client, owner_olga)
    (few,) = body["too_few_largest"]
    assert few["words"] == "Location B · Bill · Process: we believe 100, customers say 50"
    assert (few["kind"], few["gap"]["value"], few["gap"]["too_few"]) == (
        "perception", pytest.approx(50), True,
    )  # fmt: skip
    assert (few["believed_n"], few["other_n"]) == (2, 4)
    assert few["evidence"] == "on 2 self-assessments and 4 customer ratings: too few to tell"
    assert [gap["location_name"] for gap in body["largest"]] == ["Location A"]


def test_the_filters_narrow_the_figures(client, world, owner_olga, gap_world):
    at_a = board(client, owner_olga, location=world.location_a.code)
    assert (at_a["filtered"], [row["location_name"] for row in at_a["locations"]]) == (
        True, ["Location A"],
    )  # fmt: skip
    assert at_a["line"] == "We believe 100 · mystery shoppers see 55 · customers say 25"
    south = board(client, owner_olga, region=world.south.code)
    assert [row["location_name"] for row in south["locations"]] == ["Location B"]
    assert south["largest"] == []
    only_greeting = board(client, owner_olga, step=gap_world.greeting.code)
    assert [step["name"] for step in only_greeting["steps"]] == ["Greeting"]
    assert only_greeting["whole"]["experienced"]["n"] == 0
    people = board(client, owner_olga, p="people")
    assert (people["whole"]["believed"]["n"], people["largest"]) == (0, [])


def test_an_empty_period(client, owner_olga, gap_world):
    body = board(client, owner_olga, since="2025-01-01", until="2025-01-31")
    assert body["has_evidence"] is False
    assert body["words"] == "No self-assessments and no customer answers in this period."
    assert (body["largest"], body["tests"]) == ([], 0)
    assert [row["rank"] for row in body["locations"]] == [None, None]


def test_the_default_period_is_the_90_days_up_to_today(client, owner_olga, gap_world):
    response = client.get(URL, **bearer(owner_olga))
    assert response.status_code == 200
    body = response.json()
    assert body["days"] == 90
    assert (date.fromisoformat(body["until"]) - date.fromisoformat(body["since"])).days == 89


@pytest.mark.parametrize("role", [Role.OWNER, Role.EXECUTIVE])
def test_owners_and_executives_see_the_whole_organisation(client, role, member_of_role, gap_world):
    body = board(client, member_of_role(role))
    assert [row["location_name"] for row in body["locations"]] == ["Location A", "Location B"]
    assert body["whole"]["experienced"]["n"] == 7
    assert len(body["largest"]) == 1


@pytest.mark.parametrize("role", [Role.MANAGER, Role.SUPERVISOR])
def test_managers_and_supervisors_see_their_locations(client, role, member_of_role, gap_world):
    """The North's manager and A's supervisor: Location A only, its own ranking and
    comparisons (the headline's 2 gaps, A's 2 changes and its Bill cell's 2 gaps, of
    which the 4 on enough evidence are tested)."""
    body = board(client, member_of_role(role))
    assert [row["location_name"] for row in body["locations"]] == ["Location A"]
    assert body["line"] == "We believe 100 · mystery shoppers see 55 · customers say 25"
    assert body["evidence"] == (
        "5 self-assessments · 5 mystery shops and observations · 5 customer answers"
    )
    assert (body["whole"]["experienced"]["value"], body["whole"]["experienced"]["n"]) == (
        pytest.approx(25), 5,
    )  # fmt: skip
    assert body["whole"]["perception_gap"]["value"] == pytest.approx(75)
    (gap,) = body["largest"]
    assert gap["words"].startswith("Location A · Bill · Process")
    assert location_named(body, "Location A")["rank"] == 1
    assert "Location B" not in str(body)


@pytest.mark.parametrize("role", [Role.STAFF, Role.SHOPPER])
def test_staff_and_shoppers_are_refused(client, role, member_of_role, gap_world):
    response = client.get(URL, PERIOD, **bearer(member_of_role(role)))
    assert response.status_code == 403
    assert "supervisors" in response.json()["detail"]


def test_anonymous_callers_are_refused(client):
    assert client.get(URL).status_code == 401


def test_another_organisations_data_is_never_counted(client, owner_olga, gap_world, other_org_data):
    body = board(client, owner_olga)
    assert body["whole"]["believed"]["n"] == 7
    assert body["whole"]["experienced"]["n"] == 7
    assert [row["location_name"] for row in body["locations"]] == ["Location A", "Location B"]
    assert "Elsewhere" not in str(body)


def test_another_organisation_s_owner_sees_none_of_it(client, outsider_otto, gap_world):
    body = board(client, outsider_otto)
    assert (body["has_evidence"], body["locations"], body["largest"]) == (False, [], [])


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
        # The same answer as the card and the lenses give for it.
        assert client.get("/api/v1/gap/card", query, **bearer(owner_olga)).status_code == 404


def test_a_location_outside_a_managers_scope_is_a_404(client, world, manager_max, gap_world):
    response = client.get(URL, {"location": world.location_b.code}, **bearer(manager_max))
    assert response.status_code == 404
    response = client.get(URL, {"region": world.south.code}, **bearer(manager_max))
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ({"p": "colour"}, "p"),
        ({"p": "process\x00"}, "p"),
        ({"colour": "heat"}, "colour"),
        ({"colour": "distance\x00"}, "colour"),
        ({"location": "Location A"}, "location"),
        ({"region": "north"}, "region"),
        ({"step": "12"}, "step"),
        ({"since": "1 September"}, "since"),
        ({"since": "2026-09-01\x00"}, "since"),
        ({"until": "1899-12-31"}, "until"),
        ({"since": "2026-10-01", "until": "2026-09-01"}, "until"),
        ({"since": "2999-01-01"}, "since"),
    ],
)
def test_a_bad_filter_is_a_422_naming_it(client, owner_olga, gap_world, query, named):
    response = client.get(URL, query, **bearer(owner_olga))
    assert response.status_code == 422
    assert [error["loc"] for error in response.json()["detail"]] == [["query", named]]


def test_the_api_and_the_page_say_the_same(client, owner_olga, gap_world):
    body = board(client, owner_olga)
    page = client_for(owner_olga).get(reverse("gap:dashboard"), PERIOD).content.decode()
    for text in (body["words"], body["largest"][0]["words"], body["largest"][0]["comment_words"]):
        assert text in page
