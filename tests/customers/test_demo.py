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


# The save list at the demo's scale ------------------------------------------------------


def _owner():
    from servicegap.core.models import Membership

    return Membership.objects.get(user__email="owner@demo.test")


def test_the_save_list_totals_match_a_count_by_hand(demo_org, db, django_assert_max_num_queries):
    """At the demo's scale: the total, the value at risk and the count per reason agree
    with a walk over the alerts in Python, and the page costs a fixed number of queries."""
    from decimal import Decimal

    from django.urls import reverse

    from tests.conftest import client_for

    listed = list(Alert.objects.filter(organization=demo_org).on_save_list())
    assert len(listed) > 300
    client = client_for(_owner())
    with django_assert_max_num_queries(20):
        response = client.get(reverse("customers:save-list"))
    totals = response.context["totals"]
    assert totals["customers"] == len(listed)
    by_hand = sum((a.value_at_risk for a in listed), Decimal(0))
    assert totals["total_value_at_risk"] == by_hand.quantize(Decimal("0.01"))
    for kind in Alert.Kind.values:
        assert totals[kind] == sum(any(r["kind"] == kind for r in a.reasons) for a in listed)
    assert len(response.context["page"].object_list) == 50


def test_the_save_list_filters_by_location_and_reason_at_scale(demo_org, db):
    from django.urls import reverse

    from servicegap.core.models import Location
    from tests.conftest import client_for

    location = Location.objects.filter(organization=demo_org).order_by("name").first()
    listed = Alert.objects.filter(organization=demo_org).on_save_list()
    expected = [
        a for a in listed if a.customer.home_location_id == location.pk
        and any(r["kind"] == "detractor" for r in a.reasons)
    ]  # fmt: skip
    assert expected
    response = client_for(_owner()).get(
        reverse("customers:save-list"), {"location": location.code, "reason": "detractor"}
    )
    assert response.context["totals"]["customers"] == len(expected)
    shown = {a.pk for a in response.context["page"].object_list}
    assert shown <= {a.pk for a in expected} and len(shown) == min(50, len(expected))


def test_a_customer_who_just_complained_is_on_the_first_page(demo_org, db):
    """Among hundreds of richer drifting customers, a detractor of today with the
    smallest value at risk is still on page 1 of the default order."""
    from django.urls import reverse

    from servicegap.customers import moments
    from tests.conftest import client_for

    poorest = (
        Alert.objects.filter(organization=demo_org).on_save_list().order_by("value_at_risk").first()
    )
    moments.record_moment(poorest.customer, Alert.Kind.DETRACTOR, "Answered 2/10 today.")
    response = client_for(_owner()).get(reverse("customers:save-list"))
    first_page = [a.pk for a in response.context["page"].object_list]
    assert poorest.pk in first_page
    by_value = client_for(_owner()).get(reverse("customers:save-list"), {"sort": "value"})
    assert poorest.pk not in [a.pk for a in by_value.context["page"].object_list]
