"""The demo's customers: BG/NBD visit histories per location, scored, with a save list
that holds both the drifting and customers after a bad moment."""

from __future__ import annotations

from datetime import date

import pytest
from django.conf import settings

from servicegap.core import demo
from servicegap.core.models import Organization
from servicegap.customers.models import (
    Alert,
    Customer,
    CustomerScore,
    ScoreRun,
    SurveyInvitation,
    Visit,
)
from servicegap.feedback.models import Response

TODAY = date(2026, 6, 30)


@pytest.fixture(scope="module")
def demo_org(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        demo.seed(1, today=TODAY)
        yield Organization.objects.get(slug="demo")
        demo._delete_previous()


def test_the_step_is_listed_after_feedback():
    steps = settings.SERVICEGAP_DEMO_STEPS
    assert steps.index("servicegap.customers.demo.seed") > steps.index(
        "servicegap.feedback.demo.seed"
    )


def test_two_thousand_customers_with_seven_months_of_visits(demo_org, db):
    assert Customer.objects.filter(organization=demo_org).count() >= 2000
    visits = Visit.objects.filter(organization=demo_org)
    first = visits.order_by("visited_at").first().visited_at.date()
    assert (TODAY - first).days >= 180
    assert visits.count() > 2 * 2000


def test_everyone_is_scored_and_the_save_list_tells_both_stories(demo_org, db):
    run = ScoreRun.objects.get(organization=demo_org)
    assert run.status == ScoreRun.Status.DONE, run.message
    assert CustomerScore.objects.filter(organization=demo_org).count() == run.customers
    alerts = Alert.objects.filter(organization=demo_org).unresolved()
    kinds = {reason["kind"] for alert in alerts for reason in alert.reasons}
    assert {"drifting", "detractor"} <= kinds
    assert alerts.filter(value_at_risk__gt=0).count() > 20


def test_some_unhappy_answers_come_from_known_customers(demo_org, db):
    # Besides the answers through survey invitations (below), which are of every mood.
    linked = Response.objects.filter(
        organization=demo_org, customer__isnull=False, survey_invitation__isnull=True
    )
    assert linked.count() >= 20
    assert all(response.nps <= 6 for response in linked)


def test_survey_invitations_are_answered_bounced_and_unsubscribed(demo_org, db):
    invited = SurveyInvitation.objects.filter(organization=demo_org)
    answered = invited.filter(response__isnull=False).select_related("response", "visit")
    assert answered.count() >= 20
    assert invited.filter(status=SurveyInvitation.Status.BOUNCED).count() >= 3
    assert invited.filter(unsubscribed_at__isnull=False).count() >= 3
    for invitation in answered:
        assert invitation.response.customer_id == invitation.customer_id
        assert invitation.response.location_id == invitation.location_id
        assert invitation.visit.visited_at < invitation.sent_at <= invitation.response.submitted_at
    # Their bad moments are on the save list, citing the visit.
    texts = [
        reason["text"]
        for alert in Alert.objects.filter(organization=demo_org)
        for reason in alert.reasons
    ]
    assert any("after the visit of" in text for text in texts)


def test_the_invitations_step_follows_the_customers_step():
    steps = settings.SERVICEGAP_DEMO_STEPS
    assert steps.index("servicegap.customers.demo.seed_invitations") == (
        steps.index("servicegap.customers.demo.seed") + 1
    )
