"""The demo's audits: every location has a trend and its own most-failed behaviours.

The demo is seeded once for this module, inside a transaction rolled back at the end,
and only with the steps audits build on.
"""

from datetime import UTC, date, datetime, time

import pytest
import time_machine
from django.db import transaction
from django.db.models import Avg
from django.urls import reverse

from servicegap.audits.models import Assignment, Audit, AuditAnswer, Dispute, Kind
from servicegap.core import demo
from servicegap.core.models import Location, Membership, Role
from tests.conftest import client_for

TODAY = date(2026, 6, 15)


STEPS = [
    "servicegap.core.demo.seed_organization",
    "servicegap.standards.demo.seed",
    "servicegap.audits.demo.seed",
]


@pytest.fixture(scope="module")
def seeded_once(django_db_setup, django_db_blocker):
    from django.conf import settings

    with django_db_blocker.unblock(), transaction.atomic():
        saved, settings.SERVICEGAP_DEMO_STEPS = settings.SERVICEGAP_DEMO_STEPS, STEPS
        try:
            demo.seed(1, today=TODAY)
        finally:
            settings.SERVICEGAP_DEMO_STEPS = saved
        yield
        transaction.set_rollback(True)


@pytest.fixture
def seeded(seeded_once, db):
    return Membership.objects.get(user__email="owner@demo.test")


def test_every_location_has_six_months_of_audits_of_every_kind(seeded):
    for location in Location.objects.filter(organization=seeded.organization):
        audits = Audit.objects.filter(location=location).final()
        assert set(audits.values_list("kind", flat=True)) == set(Kind.values)
        trend = audits.trend()
        assert len({row["month"] for row in trend}) >= 6, location


def test_every_location_shows_a_trend_and_its_most_failed_behaviours(seeded):
    client = client_for(seeded)
    top = set()
    for location in Location.objects.filter(organization=seeded.organization):
        # The report covers the months before today: the day the demo was seeded for.
        with time_machine.travel(datetime.combine(TODAY, time(12), tzinfo=UTC), tick=False):
            response = client.get(reverse("audits:location-report", args=[location.code]))
        report = response.context["r"]
        assert not report["chart"].is_empty
        assert report["failures"], location
        assert "failed " in response.text
        top.add(report["failures"][0]["behaviour_id"])
    assert len(top) >= 3  # each location fails at something of its own


def test_self_assessments_are_clearly_rosier_than_mystery_shops(seeded):
    audits = Audit.objects.filter(organization=seeded.organization).final()
    believed = audits.filter(kind=Kind.SELF_ASSESSMENT).aggregate(s=Avg("score"))["s"]
    observed = audits.filter(kind=Kind.MYSTERY_SHOP).aggregate(s=Avg("score"))["s"]
    assert believed - observed >= 10


def test_failure_patterns_follow_the_service_quality_of_each_location(seeded):
    answers = AuditAnswer.objects.filter(organization=seeded.organization, kind=Kind.MYSTERY_SHOP)
    rows = {(r["location"], r["p"]): r for r in answers.lens(by=("location", "p"))}
    names = dict(Location.objects.values_list("pk", "name"))
    score = {(names[loc], p): row.score for (loc, p), row in rows.items()}
    # Station Square is slow, Harbour Front's staff are curt, Riverside's kitchen struggles.
    assert score[("Station Square", "process")] < score[("Old Town", "process")]
    assert score[("Harbour Front", "people")] < score[("Old Town", "people")]
    assert score[("Riverside", "product")] < score[("Old Town", "product")]


def test_the_shopper_has_open_assignments_and_one_answer_is_disputed(seeded):
    shopper = Membership.objects.get(user__email="shopper@demo.test")
    assert Assignment.objects.for_member(shopper).open().count() == 3
    dispute = Dispute.objects.get()
    assert dispute.is_open
    assert dispute.raised_by.email == "manager@demo.test"
    manager = Membership.objects.get(user__email="manager@demo.test", role=Role.MANAGER)
    assert Audit.objects.for_member(manager).filter(pk=dispute.answer.audit_id).exists()


def test_a_few_demo_visits_are_shorter_than_their_template_asks(seeded):
    """Dinner visits of 25–95 minutes against a 30-minute minimum, calls of 4–20 against
    5: some are flagged for the manager, most are not."""
    audits = list(
        Audit.objects.filter(organization=seeded.organization).final().select_related("template")
    )
    flagged = [a for a in audits if a.too_short]
    assert flagged and len(flagged) < len(audits) / 4
    assert all(a.visit_minutes < a.template.min_visit_minutes for a in flagged)
