"""The report pages' figures in the API: a location's report
(`GET /audits/locations/{code}/report`) and Compare locations (`GET /audits/compare`),
checked against sums worked out by hand below.

Weights of the test card: greet 3 (people, Greeting), smile 2 (people, Greeting),
rings 4 (process, Phone; critical), bill 1 (product, Payment).
"""

from __future__ import annotations

import pytest
from django.utils import timezone

from servicegap.audits import workflow
from servicegap.audits.models import Audit, Kind
from servicegap.core.models import Role
from tests.api.checks import named
from tests.audits.api_calls import api
from tests.audits.conftest import answer_all

TEAM = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR, Role.STAFF}


def audit(kind, location, template, by, results, *, submit=True) -> Audit:
    made = workflow.start_audit(kind=kind, location=location, template=template, by=by)
    answer_all(made, results)
    if submit:
        workflow.submit_audit(made, by=by.user)
    made.refresh_from_db()
    return made


@pytest.fixture
def audits(world, template, supervisor_sid, staff_sam, owner_olga):
    a, b = world.location_a, world.location_b
    # Observation 1 at A: smile fails. 3 + 4 + 1 of 10 = 80.
    one = audit(
        Kind.OBSERVATION,
        a,
        template,
        supervisor_sid,
        {"The guest": "pass", "Staff": "fail", "The phone": "pass", "The bill": "pass"},
    )
    # Observation 2 at A: greet fails, rings not applicable. 2 + 1 of 3 + 2 + 1 = 3 / 6 = 50.
    two = audit(
        Kind.OBSERVATION,
        a,
        template,
        supervisor_sid,
        {"The guest": "fail", "Staff": "pass", "The phone": "na", "The bill": "pass"},
    )
    # A self-assessment at A: everything passes, 100.
    believed = audit(Kind.SELF_ASSESSMENT, a, template, staff_sam, {"The": "pass", "Staff": "pass"})
    # Not counted: a draft at A (all fail) …
    audit(
        Kind.OBSERVATION,
        a,
        template,
        supervisor_sid,
        {"The": "fail", "Staff": "fail"},
        submit=False,
    )
    # … and, at B, an observation where the bill fails: 9 of 10 = 90.
    audit(
        Kind.OBSERVATION,
        b,
        template,
        owner_olga,
        {"The guest": "pass", "Staff": "pass", "The phone": "pass", "The bill": "fail"},
    )
    assert (one.score, two.score, believed.score) == (80, 50, 100)
    return one, two, believed


def cell(score, audits, passed, applicable, answers) -> dict:
    return {
        "score": score,
        "audits": audits,
        "too_few": audits < 5,
        "passed_weight": passed,
        "applicable_weight": applicable,
        "answers": answers,
    }


EMPTY = cell(None, 0, 0, 0, 0)


def report(client, member, location, **query):
    return api(client, member, "get", f"/locations/{location.code}/report", query=query)


def test_the_location_report_gives_the_pages_figures_with_their_evidence(
    client, world, audits, card, owner_olga
):
    response = report(client, owner_olga, world.location_a)
    assert response.status_code == 200, response.content
    r = response.json()
    assert (r["location_name"], r["months"], r["min_audits"]) == ("Location A", 6, 5)
    this_month = timezone.localdate(timezone=world.org.tz).replace(day=1)
    assert r["since"] <= this_month.isoformat()
    assert len(r["trend"]) == 6 and r["trend"][-1]["month"] == this_month.isoformat()
    # The trend is the mean of audit scores: observed (80 + 50) / 2 = 65 on 2 audits.
    assert r["trend"][-1]["observed"] == {"score": 65.0, "audits": 2, "too_few": True}
    assert r["trend"][-1]["believed"] == {"score": 100.0, "audits": 1, "too_few": True}
    assert all(m["observed"]["audits"] == 0 for m in r["trend"][:-1])
    # Observed per P, weights pooled over both observations:
    #   people: greet 3 + smile 0 (1st), greet 0 + smile 2 (2nd) = 5 of 10 → 50, 4 answers
    #   process: rings 4 of 4 (the 2nd did not apply) → 100, 1 audit, 1 answer
    #   product: bill 1 + 1 of 2 → 100, 2 answers
    assert r["observed_by_p"] == {
        "people": cell(50.0, 2, 5, 10, 4),
        "process": cell(100.0, 1, 4, 4, 1),
        "product": cell(100.0, 2, 2, 2, 2),
    }
    lenses = {lens["p"]: lens for lens in r["lenses"]}
    # Believed: everything passed. Gap = believed − observed: 100 − 50 for people.
    assert lenses["people"]["believed"] == cell(100.0, 1, 5, 5, 2)
    assert (lenses["people"]["gap"], lenses["process"]["gap"], lenses["product"]["gap"]) == (
        50.0,
        0.0,
        0.0,
    )
    steps = {row["step_name"]: row["cells"] for row in r["steps"]}
    assert list(steps) == ["Greeting", "Phone", "Payment"]  # journey order
    assert steps["Greeting"] == {
        "people": cell(50.0, 2, 5, 10, 4),
        "process": EMPTY,
        "product": EMPTY,
    }
    assert steps["Phone"]["process"] == cell(100.0, 1, 4, 4, 1)
    # What fails most: greet failed in 1 of 2 observations, smile in 1 of 2; rings never.
    assert [(f["behaviour"], f["failed"], f["audits"]) for f in r["failures"]] == [
        (str(card.greet.code), 1, 2),
        (str(card.smile.code), 1, 2),
    ]


@pytest.mark.parametrize("role", list(Role))
def test_the_team_reads_reports_and_a_shopper_is_refused(client, role, member_of_role, world):
    member = member_of_role(role)
    responses = [report(client, member, world.location_a), api(client, member, "get", "/compare")]
    for response in responses:
        assert response.status_code == (200 if role in TEAM else 403), response.content


def test_a_location_out_of_scope_or_of_another_organisation_is_a_404(
    client, world, manager_max, outsider_otto
):
    assert report(client, manager_max, world.location_b).status_code == 404  # South
    assert report(client, outsider_otto, world.location_a).status_code == 404


@pytest.mark.parametrize("months", ["0", "37", "six"])
def test_months_out_of_range_is_a_422_naming_it(client, world, owner_olga, months):
    assert named(report(client, owner_olga, world.location_a, months=months), "months")
    assert named(api(client, owner_olga, "get", "/compare", query={"months": months}), "months")


def test_compare_puts_the_locations_side_by_side(client, world, audits, owner_olga, manager_max):
    response = api(client, owner_olga, "get", "/compare", query={"months": "3"})
    assert response.status_code == 200, response.content
    r = response.json()
    assert r["months"] == 3
    assert [loc["name"] for loc in r["locations"]] == ["Location A", "Location B"]
    kinds = {k["kind"]: k for k in r["kinds"]}
    assert list(kinds) == ["mystery_shop", "observation", "self_assessment"]
    assert kinds["mystery_shop"]["overall"] == [EMPTY, EMPTY]
    # Observations pooled at A: 8 + 3 passed of 10 + 6 applicable = 68.75 on 2 audits,
    # 4 + 3 applicable answers; at B: 9 of 10 on 1 audit.
    assert kinds["observation"]["overall"] == [cell(68.75, 2, 11, 16, 7), cell(90.0, 1, 9, 10, 4)]
    assert kinds["observation"]["by_p"]["people"] == [
        cell(50.0, 2, 5, 10, 4),
        cell(100.0, 1, 5, 5, 2),
    ]
    # The bill failed at B: product 0 of 1.
    assert kinds["observation"]["by_p"]["product"][1] == cell(0.0, 1, 0, 1, 1)
    assert kinds["self_assessment"]["overall"] == [cell(100.0, 1, 10, 10, 4), EMPTY]
    # Max looks after the North: Location A only.
    mine = api(client, manager_max, "get", "/compare").json()
    assert [loc["name"] for loc in mine["locations"]] == ["Location A"]
    assert mine["kinds"][1]["overall"] == [cell(68.75, 2, 11, 16, 7)]
