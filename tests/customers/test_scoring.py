"""The per-customer summary (one GROUP BY, checked against numbers worked out by hand),
the fit per organisation, and what too little data does."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from servicegap.customers import scoring
from servicegap.customers.models import Alert, CustomerScore, ScoreRun
from tests.customers.conftest import simulate
from tests.customers.factories import CustomerFactory, VisitFactory


def at(day: str, hour: int = 12) -> datetime:
    return datetime.fromisoformat(f"{day}T{hour:02d}:00:00").replace(tzinfo=UTC)


def test_the_summary_is_one_group_by_matching_hand_computed_numbers(world):
    org = world.org  # Europe/Paris
    regular = CustomerFactory(organization=org, first_seen=at("2024-01-01", 9))
    for when, amount in [
        (at("2024-01-01", 9), "10.00"),  # first day: two visits, not repeat spend
        (at("2024-01-01", 18), "5.00"),
        (at("2024-01-11"), "20.00"),
        (at("2024-01-31", 22), "30.00"),  # 23:00 in Paris: still 31 January
        (at("2024-01-31", 23), "4.00"),  # 00:00 in Paris: 1 February, another day
    ]:
        VisitFactory(organization=org, customer=regular, location=world.location_a,
                     visited_at=when, amount=Decimal(amount))  # fmt: skip
    once = CustomerFactory(organization=org, first_seen=at("2024-02-10"))
    VisitFactory(organization=org, customer=once, location=world.location_b,
                 visited_at=at("2024-02-10"), amount=Decimal("8"))  # fmt: skip
    with CaptureQueriesContext(connection) as queries:
        summary = scoring.customer_summaries(org, today=date(2024, 3, 1))
    assert len(queries) == 1
    assert "GROUP BY" in queries[0]["sql"]
    by_customer = {
        cid: (f, r, t, m)
        for cid, f, r, t, m in zip(summary.customer_ids.tolist(), summary.frequency,
                                   summary.recency, summary.T, summary.monetary, strict=True)
    }  # fmt: skip
    # regular: days 1 Jan, 11 Jan, 31 Jan, 1 Feb → 3 repeat days; recency 31; T 60;
    # repeat spend 20 + 30 + 4 = 54 over 3 days = 18
    assert by_customer[regular.pk] == (3, 31, 60, 18.0)
    assert by_customer[once.pk] == (0, 0, 20, 0.0)
    assert summary.repeat_customers == 1


def test_too_little_data_stores_an_explanation_and_no_numbers(world, now):
    simulate(world.org, world.location_a, customers=30, now=now)
    run = scoring.score_organization(world.org, now=now)
    assert run.status == ScoreRun.Status.TOO_LITTLE_DATA
    assert "at least 50" in run.message
    assert not CustomerScore.objects.exists()


def test_scoring_stores_every_customers_numbers_and_opens_drifting_alerts(world, now):
    simulate(world.org, world.location_a, customers=500, now=now)
    run = scoring.score_organization(world.org, now=now)
    assert run.status == ScoreRun.Status.DONE, run.message
    assert set(run.parameters["bgnbd"]) == {"r", "alpha", "a", "b"}
    scores = list(CustomerScore.objects.filter(organization=world.org))
    assert len(scores) == run.customers == 500
    for score in scores:
        assert 0 <= score.p_alive <= 1
        assert score.expected_visits_365 >= score.expected_visits_90 >= 0
        # value at risk = value if still active × (1 − P(alive)), value = P(alive) × that
        if score.p_alive > 0.01:
            expected = float(score.model_value) / score.p_alive * (1 - score.p_alive)
            # (both stored to the cent: the value's rounding grows by 1 / P(alive))
            assert float(score.value_at_risk) == pytest.approx(
                expected, abs=0.01 / score.p_alive + 0.01
            )
    drifting = [s for s in scores if s.frequency > 0 and s.p_alive < 0.5]
    assert drifting, "the simulation should leave some customers drifting away"
    alerts = Alert.objects.filter(organization=world.org)
    assert {a.customer_id for a in alerts} == {s.customer_id for s in drifting}
    assert all(a.kind == Alert.Kind.DRIFTING and "P(alive)" in a.reasons[0]["text"] for a in alerts)
    # scoring again adds no second alert, and no second reason of the same kind
    scoring.score_organization(world.org, now=now)
    assert Alert.objects.filter(organization=world.org).count() == len(drifting)
    assert all(len(a.reasons) == 1 for a in Alert.objects.filter(organization=world.org))


def test_a_customer_resolved_since_their_last_visit_is_not_alerted_again(world, now):
    simulate(world.org, world.location_a, customers=500, now=now)
    scoring.score_organization(world.org, now=now)
    alert = Alert.objects.filter(organization=world.org).first()
    Alert.objects.filter(pk=alert.pk).update(status=Alert.Status.LOST, resolved_at=now)
    scoring.score_organization(world.org, now=now)
    assert not Alert.objects.filter(customer=alert.customer).unresolved().exists()


def test_the_score_command_prints_the_fit(world, now):
    simulate(world.org, world.location_a, customers=300, now=now)
    out = StringIO()
    call_command("score", "--org", "sunny", stdout=out)
    assert "Scored 300 customers" in out.getvalue()
    assert "BG/NBD (days): r=" in out.getvalue()


def test_the_score_command_says_why_there_are_no_numbers(world):
    with pytest.raises(CommandError, match="Not scored: Only 0 customers came back"):
        call_command("score", "--org", "sunny")


def test_the_task_scores_every_organisation_with_visits(world, now):
    from servicegap.customers import tasks

    simulate(world.org, world.location_a, customers=200, now=now)
    assert tasks.score_all.delay().get() == 1
    assert ScoreRun.objects.filter(organization=world.org).count() == 1


def test_simple_value_matches_design():
    assert scoring.simple_value(Decimal(30), Decimal(1), Decimal(3)) == Decimal("4680.00")
    assert scoring.simple_value(Decimal(30), Decimal(1), Decimal(5)) == Decimal("7800.00")
