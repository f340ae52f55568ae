"""The outcome figures, against numbers worked out by hand."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from servicegap.core.models import P
from servicegap.recovery import budgets, cases, outcomes
from servicegap.recovery.models import Case
from tests.customers.factories import AlertFactory, CustomerFactory, VisitFactory
from tests.recovery.conftest import T0, new_case

S = Case.Status


def walk(case, by, *, ack_min, resolve_h):
    cases.change_status(case, S.ACKNOWLEDGED, by=by, now=T0 + timedelta(minutes=ack_min))
    cases.change_status(case, S.INVESTIGATING, by=by, now=T0 + timedelta(minutes=ack_min))
    cases.change_status(case, S.RECOVERED, by=by, now=T0 + timedelta(hours=resolve_h))


def test_the_outcome_figures(world, owner_olga, step):
    customer_back = CustomerFactory(organization=world.org, home_location=world.location_a)
    customer_gone = CustomerFactory(organization=world.org, home_location=world.location_a)
    customer_open = CustomerFactory(organization=world.org, home_location=world.location_b)
    alert = AlertFactory(
        organization=world.org, customer=customer_back, value_at_risk=Decimal("400")
    )

    one = new_case(world, owner_olga, customer=customer_back, alert=alert, p=P.PEOPLE, step=step)
    two = new_case(world, owner_olga, customer=customer_gone, p=P.PEOPLE, step=step)
    new_case(world, owner_olga, location=world.location_b, customer=customer_open, p=P.PRODUCT)
    walk(one, owner_olga, ack_min=30, resolve_h=10)  # 0.5 h and 10 h
    walk(two, owner_olga, ack_min=90, resolve_h=20)  # 1.5 h and 20 h
    budgets.record_action(one, kind="gift_certificate", amount="30.00", by=owner_olga)
    budgets.record_action(one, kind="apology", amount="0", by=owner_olga)
    budgets.record_action(two, kind="gift_certificate", amount="70.00", by=owner_olga)
    for case, outcome, sat in ((one, "retained", 5), (two, "lost", 2)):
        cases.record_follow_up(
            case, planned_on=T0.date(), channel="phone", by=owner_olga, done=True,
            outcome=outcome, satisfaction=sat, now=T0 + timedelta(days=1),
        )  # fmt: skip
    cases.record_inquiry(one, what_happened="x", p=P.PEOPLE, step=step, by=owner_olga)
    cases.change_status(one, S.CLOSED, by=owner_olga, now=T0 + timedelta(days=2))
    # customer_back returns after the recovery; customer_open came back before any recovery
    # of theirs (there is none): a visit after the complaint counts.
    VisitFactory(organization=world.org, customer=customer_back, location=world.location_a,
                 visited_at=T0 + timedelta(days=9))  # fmt: skip
    VisitFactory(organization=world.org, customer=customer_gone, location=world.location_a,
                 visited_at=T0 - timedelta(days=9))  # fmt: skip
    VisitFactory(organization=world.org, customer=customer_open, location=world.location_b,
                 visited_at=T0 + timedelta(days=3))  # fmt: skip

    qs = outcomes.cases_of_period(owner_olga, T0.date(), T0.date())
    times = {r["location__name"]: r for r in outcomes.times_per_location(qs)}
    assert (times["Location A"]["cases"], times["Location A"]["ack_hours"]) == (2, 1.0)
    assert times["Location A"]["resolve_hours"] == 15.0
    assert (times["Location B"]["acknowledged"], times["Location B"]["ack_hours"]) == (0, None)

    assert outcomes.retention_after_recovery(qs) == {
        "recovered": {"cases": 2, "retained": 1, "rate": 50.0},
        "unrecovered": {"cases": 1, "retained": 1, "rate": 100.0},
    }
    kinds = {r["kind"]: r for r in outcomes.by_action_kind(qs)}
    gift = kinds["gift_certificate"]
    assert (gift["actions"], gift["cases"], gift["spent"]) == (2, 2, Decimal("100.00"))
    assert (gift["known"], gift["retained"], gift["retained_rate"]) == (2, 1, 50.0)
    assert gift["satisfaction"] == 3.5
    assert (kinds["apology"]["retained_rate"], kinds["apology"]["satisfaction"]) == (100.0, 5.0)
    bands = {r["band"]: r["actions"] for r in outcomes.by_amount(qs)}
    assert bands == {"nothing": 1, "20–50": 1, "50–100": 1}
    money = outcomes.money_against_value_saved(qs)
    assert (money["cases"], money["saved"], money["spent"], money["value_saved"]) == (
        1, 1, Decimal("30.00"), Decimal("400.00"),
    )  # fmt: skip
    causes = [(r["p"], r["step__name"], r["cases"]) for r in outcomes.root_causes(qs)]
    assert causes == [("people", "Ordering", 2), ("product", None, 1)]


def test_the_outcomes_page_renders_the_figures_and_the_chart_data(world, owner_olga, step):
    from tests.conftest import client_for

    case = new_case(world, owner_olga, now=timezone.now())
    cases.change_status(case, S.ACKNOWLEDGED, by=owner_olga)
    html = client_for(owner_olga).get("/recovery/outcomes/").content.decode()
    assert "vendor/chartjs/chart.umd.js" in html and 'id="outcome-data"' in html
    assert "Location A" in html and "too few" in html
