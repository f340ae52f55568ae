"""Moments of truth: feedback from a known customer, churn phrases, one open alert per
customer with its reasons adding up."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from servicegap.customers import moments
from servicegap.customers.models import Alert
from servicegap.feedback.models import Response
from tests.customers.factories import CustomerFactory, CustomerScoreFactory
from tests.feedback.factories import ResponseFactory


def known_customer(world, contact="kim@example.test"):
    customer = CustomerFactory(
        organization=world.org, home_location=world.location_a, contact_consent=True,
        contact=contact,
    )  # fmt: skip
    CustomerScoreFactory(organization=world.org, customer=customer)
    return customer


def answer(world, **fields):
    fields.setdefault("contact_consent", True)
    fields.setdefault("contact", "KIM@example.test ")
    return ResponseFactory(organization=world.org, link__location=world.location_a, **fields)


def test_a_detractor_from_a_known_customer_opens_an_alert(world):
    customer = known_customer(world)
    response = answer(world, nps=3, people=2)
    moments.note_response(response)
    response.refresh_from_db()
    assert response.customer == customer
    alert = Alert.objects.get(customer=customer)
    assert alert.kind == Alert.Kind.DETRACTOR
    assert [r["kind"] for r in alert.reasons] == ["detractor", "complaint"]
    assert "3/10" in alert.reasons[0]["text"] and "people 2/5" in alert.reasons[1]["text"]
    assert alert.value_at_risk == customer.score.value_at_risk


def test_a_happy_answer_links_the_customer_but_raises_nothing(world):
    customer = known_customer(world)
    response = answer(world, nps=10, people=5)
    moments.note_response(response)
    assert Response.objects.get(pk=response.pk).customer == customer
    assert not Alert.objects.exists()


def test_a_linked_customer_takes_the_language_they_answered_in_once(world):
    customer = known_customer(world)
    assert customer.language == ""
    moments.note_response(answer(world, nps=9, language="es"))
    customer.refresh_from_db()
    assert customer.language == "es"  # their survey invitations will be in Spanish
    moments.note_response(answer(world, nps=9, language="fr"))
    customer.refresh_from_db()
    assert customer.language == "es"  # a language once known is not changed by the next


def test_without_consent_or_with_an_unknown_contact_nobody_is_linked(world):
    known_customer(world)
    for response in (
        answer(world, nps=2, contact_consent=False, contact=""),
        answer(world, nps=2, contact="someone-else@example.test"),
    ):
        moments.note_response(response)
        assert Response.objects.get(pk=response.pk).customer is None
    assert not Alert.objects.exists()


def test_a_churn_phrase_adds_a_reason_to_the_open_alert(world):
    customer = known_customer(world)
    response = answer(world, nps=4, comment="We will not be coming back.")
    moments.note_response(response)
    moments.note_churn_comment(response, ["will not be coming back"])
    moments.note_churn_comment(response, ["will not be coming back"])  # twice: recorded once
    alert = Alert.objects.get(customer=customer)
    assert [r["kind"] for r in alert.reasons] == ["detractor", "churn_phrase"]
    assert "will not be coming back" in alert.reasons[1]["text"]


def test_a_churn_phrase_in_spam_or_from_a_stranger_raises_nothing(world):
    known_customer(world)
    spam = answer(world, comment="never again", spam=True)  # flagged by the analysis
    moments.note_churn_comment(spam)
    stranger = answer(world, contact="nobody@example.test", comment="never again")
    moments.note_churn_comment(stranger)
    assert not Alert.objects.exists()


def test_a_new_reason_wakes_a_snoozed_alert(world):
    customer = known_customer(world)
    alert = moments.record_moment(customer, Alert.Kind.COMPLAINT, "first")
    Alert.objects.filter(pk=alert.pk).update(
        status=Alert.Status.SNOOZED, snoozed_until=timezone.now() + timedelta(days=7)
    )
    again = moments.record_moment(customer, Alert.Kind.DETRACTOR, "second")
    assert again.pk == alert.pk and again.status == Alert.Status.OPEN
    assert [r["text"] for r in again.reasons] == ["first", "second"]


def test_a_resolved_alert_is_left_alone_and_a_new_one_opens(world, owner_olga):
    customer = known_customer(world)
    first = moments.record_moment(customer, Alert.Kind.COMPLAINT, "first")
    moments.resolve_alert(first, saved=True, by=owner_olga)
    second = moments.record_moment(customer, Alert.Kind.COMPLAINT, "later")
    assert second.pk != first.pk
    assert Alert.objects.get(pk=first.pk).status == Alert.Status.SAVED


def test_a_reason_names_the_day_in_the_organisations_time_zone(world):
    # 23:30 UTC on 1 March is 00:30 on 2 March in Paris, the organisation's time zone.
    assert world.org.time_zone == "Europe/Paris"
    known_customer(world)
    sent = datetime(2025, 3, 1, 23, 30, tzinfo=UTC)
    response = answer(world, nps=3, submitted_at=sent)
    moments.note_response(response)
    reason = Alert.objects.get().reasons[0]["text"]
    assert "on 2025-03-02" in reason, reason


def test_of_two_people_acting_on_one_alert_the_second_is_told_it_is_done(
    world, owner_olga, manager_max
):
    known_customer(world)
    moments.note_response(answer(world, nps=2))
    seen_by_olga = Alert.objects.get()
    seen_by_max = Alert.objects.get()  # both opened the save list at the same time
    moments.resolve_alert(seen_by_max, saved=False, by=manager_max)
    for act in (
        lambda: moments.claim_alert(seen_by_olga, by=owner_olga),
        lambda: moments.resolve_alert(seen_by_olga, saved=True, by=owner_olga),
        lambda: moments.snooze_alert(seen_by_olga, days=7, by=owner_olga),
    ):
        with pytest.raises(moments.AlertActionError, match="already resolved"):
            act()
    alert = Alert.objects.get()
    assert (alert.status, alert.claimed_by) == (Alert.Status.LOST, manager_max.user)
