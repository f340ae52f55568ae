"""The outcome figures and the budget use in the API: `/api/v1/recovery/outcomes` and
`/api/v1/recovery/budgets/use`, with the pages' roles and scope, against hand figures."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest

from servicegap.core import tokens
from servicegap.core.models import P, Role
from servicegap.recovery import budgets, cases
from servicegap.recovery.models import Case
from tests.customers.factories import AlertFactory, CustomerFactory, VisitFactory
from tests.factories import LocationFactory
from tests.recovery.conftest import T0, new_case

MANAGERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}
DAY = {"since": T0.date().isoformat(), "until": T0.date().isoformat()}
S = Case.Status


def get(client, member, path, query=None):
    _token, secret = tokens.create_token(member, "figures")
    return client.get(f"/api/v1/recovery{path}", query or {}, HTTP_AUTHORIZATION=f"Bearer {secret}")


def named(response, field) -> bool:
    return response.status_code == 422 and field in json.dumps(response.json()["detail"])


def walk(case, by, *, ack_min, resolve_h):
    cases.change_status(case, S.ACKNOWLEDGED, by=by, now=T0 + timedelta(minutes=ack_min))
    cases.change_status(case, S.INVESTIGATING, by=by, now=T0 + timedelta(minutes=ack_min))
    cases.change_status(case, S.RECOVERED, by=by, now=T0 + timedelta(hours=resolve_h))


@pytest.fixture
def figures(world, owner_olga, step):
    """Two recovered cases at Location A (one from the save list, its customer back after
    the recovery; one whose customer was lost), one open case at Location B."""
    back = CustomerFactory(organization=world.org, home_location=world.location_a)
    gone = CustomerFactory(organization=world.org, home_location=world.location_a)
    open_ = CustomerFactory(organization=world.org, home_location=world.location_b)
    alert = AlertFactory(organization=world.org, customer=back, value_at_risk=Decimal("400"))
    one = new_case(world, owner_olga, customer=back, alert=alert, p=P.PEOPLE, step=step)
    two = new_case(world, owner_olga, customer=gone, p=P.PEOPLE, step=step)
    new_case(world, owner_olga, location=world.location_b, customer=open_, p=P.PRODUCT)
    walk(one, owner_olga, ack_min=30, resolve_h=10)
    walk(two, owner_olga, ack_min=90, resolve_h=20)
    budgets.record_action(one, kind="gift_certificate", amount="30.00", by=owner_olga)
    budgets.record_action(one, kind="apology", amount="0", by=owner_olga)
    budgets.record_action(two, kind="gift_certificate", amount="70.00", by=owner_olga)
    for case, outcome, sat in ((one, "retained", 5), (two, "lost", 2)):
        cases.record_follow_up(
            case, planned_on=T0.date(), channel="phone", by=owner_olga, done=True,
            outcome=outcome, satisfaction=sat, now=T0 + timedelta(days=1),
        )  # fmt: skip
    VisitFactory(organization=world.org, customer=back, location=world.location_a,
                 visited_at=T0 + timedelta(days=9))  # fmt: skip
    VisitFactory(organization=world.org, customer=open_, location=world.location_b,
                 visited_at=T0 + timedelta(days=3))  # fmt: skip
    return world


@pytest.mark.parametrize("role", list(Role))
def test_owners_executives_and_managers_read_the_outcomes(client, role, member_of_role, figures):
    response = get(client, member_of_role(role), "/outcomes", DAY)
    if role in MANAGERS:
        assert response.status_code == 200
    else:
        assert response.status_code == 403
        assert "owners, executives and managers" in response.json()["detail"]


def test_the_outcome_figures_against_hand_computations(client, owner_olga, figures, step):
    body = get(client, owner_olga, "/outcomes", DAY).json()
    assert (body["since"], body["until"], body["currency"], body["min_cases"]) == (
        "2025-03-03", "2025-03-03", "EUR", 5,
    )  # fmt: skip
    a, b = body["times"]
    assert (a["location"], a["location_name"]) == (str(figures.location_a.code), "Location A")
    # acknowledged after 30 and 90 minutes: (0.5 + 1.5) / 2 = 1.0 h; recovered after 10
    # and 20 hours: 15.0 h. Location B's case is neither.
    assert (a["cases"], a["acknowledged"], a["ack_hours"]) == (2, 2, 1.0)
    assert (a["resolved"], a["resolve_hours"]) == (2, 15.0)
    assert (b["cases"], b["acknowledged"], b["ack_hours"], b["resolve_hours"]) == (1, 0, None, None)
    # recovered: one came back (kept), one lost → 1 of 2 = 50%; unrecovered: B's customer
    # visited after the complaint → 1 of 1 = 100%.
    assert body["retention"] == {
        "recovered": {"cases": 2, "retained": 1, "rate": 50.0},
        "unrecovered": {"cases": 1, "retained": 1, "rate": 100.0},
    }
    kinds = {row["kind"]: row for row in body["kinds"]}
    gift = kinds["gift_certificate"]
    # 30 + 70 = 100 spent on 2 cases, 1 of 2 kept; satisfaction (5 + 2) / 2 = 3.5
    assert (gift["actions"], gift["cases"], Decimal(gift["spent"])) == (2, 2, Decimal("100"))
    assert (gift["known"], gift["retained"], gift["lost"], gift["retained_rate"]) == (2, 1, 1, 50.0)
    assert (gift["rated"], gift["satisfaction"], gift["label"]) == (2, 3.5, "Gift certificate")
    assert (kinds["apology"]["retained_rate"], kinds["apology"]["satisfaction"]) == (100.0, 5.0)
    assert [(row["band"], row["actions"]) for row in body["bands"]] == [
        ("nothing", 1), ("20–50", 1), ("50–100", 1),
    ]  # fmt: skip
    money = body["money"]
    assert (money["cases"], money["saved"], money["lost"]) == (1, 0, 0)
    assert (Decimal(money["spent"]), Decimal(money["value_at_risk"])) == (
        Decimal("30"), Decimal("400"),
    )  # fmt: skip
    assert [(c["p"], c["step"], c["step_name"], c["cases"]) for c in body["causes"]] == [
        ("people", str(step.code), "Ordering", 2),
        ("product", None, None, 1),
    ]
    assert body["causes"][0]["p_label"] == "People"


def test_a_manager_sees_the_figures_of_their_locations_only(client, manager_max, figures):
    body = get(client, manager_max, "/outcomes", DAY).json()
    assert [row["location_name"] for row in body["times"]] == ["Location A"]
    assert body["retention"]["unrecovered"]["cases"] == 0


def test_one_location_and_the_default_period(client, owner_olga, figures):
    one = get(client, owner_olga, "/outcomes", {**DAY, "location": figures.location_b.code})
    assert [row["location_name"] for row in one.json()["times"]] == ["Location B"]
    # Without a period: the 90 days up to today, which T0 (2025) is long before.
    body = get(client, owner_olga, "/outcomes").json()
    from datetime import date

    assert date.fromisoformat(body["until"]) - date.fromisoformat(body["since"]) == timedelta(90)
    assert body["times"] == []


def test_a_location_outside_the_scope_or_the_organisation_is_a_404(
    client, manager_max, owner_olga, outsider_otto, figures
):
    outside = get(client, manager_max, "/outcomes", {"location": figures.location_b.code})
    assert outside.status_code == 404
    foreign = LocationFactory(organization=outsider_otto.organization)
    assert get(client, owner_olga, "/outcomes", {"location": foreign.code}).status_code == 404
    use = get(client, manager_max, "/budgets/use", {"location": figures.location_b.code})
    assert use.status_code == 404


@pytest.mark.parametrize("path", ["/outcomes", "/budgets/use"])
def test_a_start_after_the_end_or_a_day_out_of_range_is_a_422(client, owner_olga, path):
    backwards = get(client, owner_olga, path, {"since": "2025-03-10", "until": "2025-03-01"})
    assert named(backwards, "since")
    assert backwards.json()["detail"][0]["loc"] == ["query", "since"]
    assert named(get(client, owner_olga, path, {"until": "0001-01-01"}), "until")
    assert named(get(client, owner_olga, path, {"since": "3 March"}), "since")


# Budget use -----------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_the_budget_use_roles(client, role, member_of_role, world):
    response = get(client, member_of_role(role), "/budgets/use")
    assert response.status_code == (200 if role in MANAGERS else 403)


def test_the_budget_use_per_member_location_and_month(
    client, world, owner_olga, staff_sam, supervisor_sid, role_budgets
):
    case = new_case(world, staff_sam)
    for amount, at in (("20.00", T0), ("25.50", T0 + timedelta(hours=1))):
        budgets.record_action(case, kind="discount", amount=amount, by=staff_sam, now=at)
    # 90 is above staff's 50 per customer per day: it waits, then is approved.
    pending = budgets.record_action(
        case, kind="refund", amount="90.00", by=staff_sam, now=T0 + timedelta(hours=2)
    )
    budgets.decide(pending, approve=True, by=supervisor_sid)
    budgets.record_action(  # April, waiting: not spent
        case, kind="refund", amount="70.00", by=staff_sam, now=T0 + timedelta(days=30)
    )
    other = new_case(world, owner_olga, location=world.location_b)
    budgets.record_action(other, kind="remake", amount="12.00", by=owner_olga, now=T0)
    period = {"since": "2025-03-01", "until": "2025-04-30"}
    body = get(client, owner_olga, "/budgets/use", period).json()
    assert (body["since"], body["until"], body["currency"]) == ("2025-03-01", "2025-04-30", "EUR")
    rows = [
        (r["month"], r["location_name"], r["by_email"], r["actions"], r["approved"])
        for r in body["rows"]
    ]
    assert rows == [
        ("2025-03-01", "Location A", "sam@example.test", 3, 1),
        ("2025-03-01", "Location B", "olga@example.test", 1, 0),
    ]
    sam, olga = body["rows"]
    # 20 + 25.50 + 90 = 135.50 of staff's 300 a month; the owner has no cap
    assert (Decimal(sam["spent"]), Decimal(sam["cap"])) == (Decimal("135.50"), Decimal("300"))
    assert (sam["by"], sam["by_role"]) == (str(staff_sam.code), "staff")
    assert (Decimal(olga["spent"]), olga["cap"]) == (Decimal("12.00"), None)
    just_b = get(client, owner_olga, "/budgets/use", {**period, "location": world.location_b.code})
    assert [r["location_name"] for r in just_b.json()["rows"]] == ["Location B"]


def test_a_manager_sees_the_spending_at_their_locations_only(
    client, world, owner_olga, manager_max
):
    other = new_case(world, owner_olga, location=world.location_b)
    budgets.record_action(other, kind="remake", amount="12.00", by=owner_olga, now=T0)
    period = {"since": "2025-03-01", "until": "2025-03-31"}
    assert get(client, manager_max, "/budgets/use", period).json()["rows"] == []
    assert len(get(client, owner_olga, "/budgets/use", period).json()["rows"]) == 1
