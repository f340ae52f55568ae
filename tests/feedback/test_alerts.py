"""Alerts: a detractor or a low rating e-mails the location's managers, once, with a link."""

from __future__ import annotations

import socket

import pytest
from django.core import mail

from servicegap.core.models import Location
from servicegap.feedback import alerts
from servicegap.feedback.models import FeedbackSettings, Response
from tests.conftest import client_for
from tests.factories import MembershipFactory, UserFactory
from tests.feedback.conftest import send
from tests.feedback.factories import FeedbackSettingsFactory, ResponseFactory


@pytest.fixture
def alerting(django_capture_on_commit_callbacks):
    """Run the on-commit callbacks (the Celery task, eager in tests) as they would run."""

    def post(client, link, **answers):
        with django_capture_on_commit_callbacks(execute=True):
            return send(client, link, **answers)

    return post


def test_a_detractor_e_mails_the_manager_of_the_location(alerting, public, link, manager_max):
    alerting(public, link, nps=3, comment="Never again.")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["max@example.test"]
    assert "Location A" in message.subject
    assert "would recommend: 3/10 (a detractor)" in message.body
    assert "The customer left a comment (2 words)" in message.body
    response = Response.objects.get()
    assert f"http://127.0.0.1:8000/feedback/responses/{response.code}/" in message.body
    assert response.alerted_at is not None


def test_the_e_mail_quotes_neither_the_comment_nor_the_contact_details(
    alerting, public, link, manager_max, caplog, settings
):
    """Mail is copied and kept in many places (and a console backend prints it to the
    server's log): it links to the response for the customer's words and contact."""
    alerting(
        public, link, nps=1, comment="Ask for Wendy, she overcharged my card.",
        contact_consent="on", contact="wendy.customer@example.test",
    )  # fmt: skip
    message = mail.outbox[0]
    text = message.subject + message.body
    assert "overcharged" not in text and "wendy.customer@example.test" not in text
    assert "The customer may be contacted: their details are on the response's page." in text
    assert f"/feedback/responses/{Response.objects.get().code}/" in text
    assert "overcharged" not in caplog.text and "wendy.customer" not in caplog.text


def test_a_rating_at_the_threshold_alerts(alerting, public, link, manager_max):
    alerting(public, link, people=2, nps=9)
    assert len(mail.outbox) == 1
    assert "People: 2/5" in mail.outbox[0].body


def test_a_happy_customer_sends_no_e_mail(alerting, public, link, manager_max):
    alerting(public, link, people=3, process=5, nps=7)
    assert mail.outbox == []
    assert Response.objects.get().alerted_at is None


def test_the_threshold_is_the_organisations(alerting, public, link, manager_max):
    FeedbackSettingsFactory(organization=link.organization, alert_rating_at_or_below=3)
    alerting(public, link, product=3)
    assert len(mail.outbox) == 1


def test_the_organisation_can_turn_both_rules_off(alerting, public, link, manager_max):
    FeedbackSettingsFactory(
        organization=link.organization, alert_on_detractor=False, alert_rating_at_or_below=0
    )
    alerting(public, link, people=1, nps=0)
    assert mail.outbox == []


def test_spam_never_alerts(alerting, public, link, manager_max):
    alerting(public, link, nps=0, comment="cheap pills at https://spam.example")
    assert mail.outbox == []


def test_without_a_manager_for_the_location_the_owners_hear(
    alerting, public, link_b, manager_max, owner_olga
):
    # The manager looks after the North region; Location B is in the South.
    alerting(public, link_b, nps=1)
    assert [m.to for m in mail.outbox] == [["olga@example.test"]]


def test_a_manager_of_every_location_hears_about_each(alerting, public, world, link_b):
    user = UserFactory(username="all@example.test", email="all@example.test")
    MembershipFactory(organization=world.org, user=user, role="manager", all_locations=True)
    alerting(public, link_b, nps=1)
    assert [m.to for m in mail.outbox] == [["all@example.test"]]


def test_a_manager_without_locations_hears_nothing(alerting, public, world, link_b, owner_olga):
    user = UserFactory(username="none@example.test", email="none@example.test")
    MembershipFactory(organization=world.org, user=user, role="manager")
    alerting(public, link_b, nps=1)
    assert [m.to for m in mail.outbox] == [["olga@example.test"]]


def test_a_manager_of_the_location_itself_hears(alerting, public, world, link_b):
    user = UserFactory(username="b@example.test", email="b@example.test")
    member = MembershipFactory(organization=world.org, user=user, role="manager")
    member.locations.set([world.location_b])
    alerting(public, link_b, nps=1)
    assert [m.to for m in mail.outbox] == [["b@example.test"]]


def test_the_alert_is_sent_once_even_if_the_task_runs_twice(link, manager_max):
    response = ResponseFactory(organization=link.organization, link=link, nps=0)
    assert alerts.send_response_alert(response.pk) == 1
    assert alerts.send_response_alert(response.pk) == 0
    assert len(mail.outbox) == 1


def test_a_failed_send_can_be_retried(link, manager_max, settings):
    response = ResponseFactory(organization=link.organization, link=link, nps=0)
    # A real mail server that is not there: nothing listens on this port.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port, 5
    with pytest.raises(OSError):
        alerts.send_response_alert(response.pk)
    response.refresh_from_db()
    assert response.alerted_at is None


def test_the_rule_lists_each_reason(link):
    response = ResponseFactory.build(nps=6, spam=False, product=1, people=3)
    rules = FeedbackSettings(alert_on_detractor=True, alert_rating_at_or_below=2)
    assert alerts.alert_reasons(response, rules) == [
        "would recommend: 6/10 (a detractor)",
        "Product: 1/5",
    ]


def test_a_location_name_over_two_lines_is_saved_on_one_and_never_stops_an_alert(
    alerting, public, link, manager_max, owner_olga, world
):
    response = client_for(owner_olga).post(
        f"/organization/locations/{world.location_a.code}/edit/",
        {"name": "Harbour\r\nside\t", "region": world.north.code, "is_active": "on"},
    )
    assert response.status_code == 302
    world.location_a.refresh_from_db()
    assert world.location_a.name == "Harbour side"
    # One saved some other way, before the rule: the alert still goes.
    Location.objects.filter(pk=world.location_a.pk).update(name="Harbour\r\nside")
    alerting(public, link, nps=2, comment="Never again.")
    (message,) = mail.outbox
    assert message.subject.startswith("Feedback to look at: Harbour side (")
