"""The demo's recovery cases: every status, the three stories, escalations, approvals."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import override_settings

from servicegap.core import demo
from servicegap.core.models import Organization
from servicegap.recovery import cases
from servicegap.recovery.models import Case, CaseEvent, FollowUp, RecoveryAction

TODAY = date(2026, 6, 30)
STEPS = [
    "servicegap.core.demo.seed_organization",
    "servicegap.standards.demo.seed",
    "servicegap.recovery.demo.seed",
]


@pytest.fixture(scope="module")
def demo_org(django_db_setup, django_db_blocker):
    """Seed the parts recovery builds on once for the module, and remove them afterwards."""
    with django_db_blocker.unblock(), override_settings(SERVICEGAP_DEMO_STEPS=STEPS):
        demo.seed(1, today=TODAY)
        yield Organization.objects.get(slug="demo")
        demo._delete_previous()


def test_forty_cases_in_every_status(demo_org, db):
    found = Case.objects.filter(organization=demo_org)
    assert found.count() >= 40
    assert set(found.values_list("status", flat=True)) == set(Case.Status.values)


def test_the_three_stories_are_there(demo_org, db):
    summaries = " ".join(
        Case.objects.filter(organization=demo_org).values_list("summary", flat=True)
    )
    assert "call back in 20 minutes" in summaries
    assert "when is the funeral?" in summaries
    assert "that is how it is cooked" in summaries


def test_escalations_approvals_rejections_and_follow_up_outcomes(demo_org, db):
    assert Case.objects.filter(organization=demo_org, escalation_level__gt=0).count() >= 2
    approvals = set(
        RecoveryAction.objects.filter(organization=demo_org).values_list("approval", flat=True)
    )
    assert approvals == set(RecoveryAction.Approval.values)
    outcomes = set(
        FollowUp.objects.filter(organization=demo_org, done_at__isnull=False).values_list(
            "outcome", flat=True
        )
    )
    assert "retained" in outcomes
    assert CaseEvent.objects.filter(organization=demo_org, kind="escalation").exists()


def test_closed_demo_cases_meet_the_closing_rules(demo_org, db):
    for case in Case.objects.filter(organization=demo_org, status=Case.Status.CLOSED):
        assert cases.missing_for_close(case) == []


def test_history_reads_in_time_order(demo_org, db):
    """Events as they were recorded (by pk), not as the history page sorts them."""
    for case in Case.objects.filter(organization=demo_org):
        times = list(case.events.order_by("pk").values_list("at", flat=True))
        assert times == sorted(times) and times[0] == case.opened_at, case
        if case.closed_at is not None:
            assert times[-1] == case.closed_at, case


def test_an_inquiry_is_recorded_when_it_was_made_not_when_the_demo_ran(demo_org, db):
    for event in CaseEvent.objects.filter(organization=demo_org, kind="inquiry"):
        assert event.at.date() <= TODAY, event.case
        if event.case.closed_at is not None:
            assert event.at <= event.case.closed_at, event.case
