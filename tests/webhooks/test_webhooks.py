"""Outgoing webhooks: registered by an owner, queued by the follow-up and case events,
signed, sent by the background work over real HTTP to a server in the test, retried
with growing pauses, and never to a private address unless the operator allows it."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from servicegap.pipeline import background, followup
from servicegap.recovery import cases
from servicegap.webhooks import delivery
from servicegap.webhooks.models import Delivery, Event, Webhook
from servicegap.webhooks.tasks import deliver_due
from tests.conftest import client_for
from tests.feedback.factories import ResponseFactory, SurveyLinkFactory
from tests.webhooks.factories import WebhookFactory

ROLES = ["executive_erin", "manager_max", "supervisor_sid", "staff_sam", "shopper_sue"]


class Receiver:
    """A small HTTP server on 127.0.0.1 that records each POST and answers with the
    next of `answers` (then 200)."""

    def __init__(self) -> None:
        self.received: list[dict] = []
        self.answers: list[tuple[int, dict]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"])).decode()
                receiver.received.append({"headers": dict(self.headers), "body": body})
                status, headers = receiver.answers.pop(0) if receiver.answers else (200, {})
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.close()


@pytest.fixture
def allow_private(settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = True


@pytest.fixture
def hook(world, receiver, allow_private):
    return WebhookFactory(organization=world.org, url=receiver.url, on_case_events=True)


def a_response(world, **fields):
    link = SurveyLinkFactory(organization=world.org, location=world.location_a)
    return ResponseFactory(organization=world.org, link=link, **fields)


# Registering ----------------------------------------------------------------------------


def test_an_owner_registers_a_url_and_sees_its_secret(world, owner_olga, receiver, allow_private):
    client = client_for(owner_olga)
    response = client.post(
        reverse("webhooks:webhook-list"),
        {"url": receiver.url, "on_responses": "on", "on_case_events": "on"},
    )
    webhook = Webhook.objects.get()
    assert response["Location"] == webhook.get_absolute_url()
    assert (webhook.organization, webhook.on_responses, webhook.on_alerts) == (
        world.org,
        True,
        False,
    )
    assert webhook.created_by == owner_olga.user
    page = client.get(webhook.get_absolute_url()).content.decode()
    assert webhook.secret in page and webhook.secret.startswith("whsec_")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/hook",
        "http://localhost/hook",
        "http://10.1.2.3/hook",
        "http://192.168.0.7/hook",
        "http://172.16.5.5/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook",
        "http://[fe80::1]/hook",
        "http://0.0.0.0/hook",
    ],
)
def test_a_private_loopback_or_link_local_url_is_refused(world, owner_olga, url):
    response = client_for(owner_olga).post(
        reverse("webhooks:webhook-list"), {"url": url, "on_responses": "on"}
    )
    assert response.status_code == 400
    assert "private, loopback or link-local" in response.context["form"].errors["url"][0]
    assert not Webhook.objects.exists()


def test_the_operator_may_allow_private_addresses(world, owner_olga, allow_private):
    response = client_for(owner_olga).post(
        reverse("webhooks:webhook-list"), {"url": "http://10.1.2.3/hook", "on_alerts": "on"}
    )
    assert response.status_code == 302
    assert Webhook.objects.get().url == "http://10.1.2.3/hook"


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"url": "ftp://example.org/x", "on_responses": "on"}, "url", "http://"),
        ({"url": "https://hooks.example.org/a"}, "__all__", "at least one kind"),
    ],
)
def test_bad_input_is_refused_naming_the_field(world, owner_olga, data, field, message):
    response = client_for(owner_olga).post(reverse("webhooks:webhook-list"), data)
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert not Webhook.objects.exists()


def test_a_url_already_registered_is_refused(world, owner_olga, hook):
    response = client_for(owner_olga).post(
        reverse("webhooks:webhook-list"), {"url": hook.url, "on_responses": "on"}
    )
    assert response.status_code == 400
    assert "already registered" in response.context["form"].errors["url"][0]
    assert Webhook.objects.count() == 1


@pytest.mark.parametrize("role", ROLES)
def test_only_owners_see_the_webhooks(request, world, role, hook):
    client = client_for(request.getfixturevalue(role))
    assert client.get(reverse("webhooks:webhook-list")).status_code == 403
    assert client.get(hook.get_absolute_url()).status_code == 403
    assert client.post(reverse("webhooks:webhook-delete", args=[hook.code])).status_code == 403
    assert Webhook.objects.count() == 1


def test_another_organisation_s_webhook_is_not_found(world, owner_olga, outsider_otto):
    theirs = WebhookFactory(organization=outsider_otto.organization)
    client = client_for(owner_olga)
    assert client.get(theirs.get_absolute_url()).status_code == 404
    assert client.post(reverse("webhooks:webhook-delete", args=[theirs.code])).status_code == 404
    assert theirs.url not in client.get(reverse("webhooks:webhook-list")).content.decode()
    assert Webhook.objects.filter(pk=theirs.pk).exists()


def test_anonymous_visitors_are_sent_to_log_in(client, hook):
    response = client.get(reverse("webhooks:webhook-list"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_owner_removes_a_webhook_and_its_deliveries(world, owner_olga, hook):
    delivery.queue(world.org.pk, Event.RESPONSE, "response:x", {})
    response = client_for(owner_olga).post(reverse("webhooks:webhook-delete", args=[hook.code]))
    assert response.status_code == 302
    assert not Webhook.objects.exists() and not Delivery.objects.exists()


# Queuing --------------------------------------------------------------------------------


def test_the_follow_up_queues_a_response_and_its_alert_once(world, hook):
    answered = a_response(
        world, nps=3, comment="Cold soup", contact_consent=True, contact="ana@example.org"
    )
    answered.alerted_at = timezone.now()
    followup.notify_webhooks([answered])
    followup.notify_webhooks([answered])  # a step run twice after a crash
    assert sorted(Delivery.objects.values_list("event", flat=True)) == [
        Event.ALERT,
        Event.RESPONSE,
    ]
    body = json.loads(Delivery.objects.get(event=Event.RESPONSE).body)
    assert body["data"]["comment"] == "Cold soup"
    assert body["data"]["nps"] == 3
    assert "ana@example.org" not in Delivery.objects.get(event=Event.RESPONSE).body


def test_the_whole_follow_up_queues_a_new_response(world, hook):
    answered = a_response(world, people=5, comment="")
    assert followup.follow_up([answered]) == {}
    assert Delivery.objects.get().key == f"response:{answered.code}"


def test_only_the_events_a_webhook_asked_for_are_queued(world, hook, outsider_otto):
    quiet = WebhookFactory(organization=world.org, on_responses=False, on_alerts=True)
    WebhookFactory(organization=world.org, is_active=False)
    WebhookFactory(organization=outsider_otto.organization)
    followup.notify_webhooks([a_response(world, people=4)])
    assert list(Delivery.objects.values_list("webhook", flat=True)) == [hook.pk]
    assert not quiet.deliveries.exists()


def test_a_batch_reads_the_webhooks_once_and_queues_only_for_their_organisation(
    world, hook, outsider_otto, django_assert_num_queries
):
    theirs = SurveyLinkFactory(organization=outsider_otto.organization)
    others = [
        ResponseFactory(organization=outsider_otto.organization, link=theirs, people=4)
        for _ in range(5)
    ]
    ours = a_response(world, people=4)
    # One query for the webhooks of the batch's two organisations, then for our one
    # response its delivery (the other organisation has no webhook: no query at all).
    with django_assert_num_queries(2):
        assert followup.notify_webhooks([*others, ours]) == {}
    assert list(Delivery.objects.values_list("key", flat=True)) == [f"response:{ours.code}"]


def test_spam_is_not_sent(world, hook):
    followup.notify_webhooks([a_response(world, people=1, spam=True)])
    assert not Delivery.objects.exists()


def test_every_case_event_is_queued_through_the_settings_hook(world, owner_olga, hook):
    case = cases.open_case(
        organization=world.org,
        location=world.location_a,
        source="phone",
        summary="The soup was cold",
        by=owner_olga,
    )
    cases.add_event(case, "note", "Called the guest back", by=owner_olga)
    queued = Delivery.objects.filter(event=Event.CASE).order_by("pk")
    assert queued.count() == case.events.count() == 2
    last = json.loads(queued.last().body)["data"]
    assert (last["case"], last["kind"], last["text"]) == (
        str(case.code),
        "note",
        "Called the guest back",
    )


# Sending --------------------------------------------------------------------------------


def test_a_delivery_is_posted_signed_with_the_secret_and_the_time(world, hook, receiver):
    answered = a_response(world, nps=9, comment="Lovely")
    followup.notify_webhooks([answered])
    assert delivery.deliver_due() == 1

    [got] = receiver.received
    stored = Delivery.objects.get()
    assert got["body"] == stored.body
    assert got["headers"]["Servicegap-Event"] == "response.created"
    assert got["headers"]["Servicegap-Delivery"] == str(stored.code)
    signature = dict(
        part.split("=", 1) for part in got["headers"]["Servicegap-Signature"].split(",")
    )
    expected = hmac.new(
        hook.secret.encode(), f"{signature['t']}.{got['body']}".encode(), hashlib.sha256
    ).hexdigest()
    assert hmac.compare_digest(signature["v1"], expected)
    assert abs(int(signature["t"]) - timezone.now().timestamp()) < 60
    assert (stored.status, stored.attempts, stored.last_status_code) == ("delivered", 1, 200)
    assert json.loads(got["body"])["data"]["response"] == str(answered.code)


def test_the_signature_is_hmac_sha256_of_time_dot_body():
    # Computed by hand: HMAC-SHA256(key="whsec_test", msg="1700000000.{}").
    digest = hmac.new(b"whsec_test", b"1700000000.{}", hashlib.sha256).hexdigest()
    assert delivery.sign("whsec_test", 1700000000, "{}") == f"t=1700000000,v1={digest}"


def test_the_pauses_grow_four_times_up_to_six_hours():
    pauses = [delivery.backoff(n).total_seconds() for n in range(1, 8)]
    assert pauses == [30, 120, 480, 1920, 7680, 21600, 21600]


def test_a_failed_delivery_is_retried_after_its_pause_then_delivered(world, hook, receiver):
    receiver.answers = [(500, {}), (503, {})]
    delivery.queue(world.org.pk, Event.RESPONSE, "response:r1", {"n": 1})
    start = timezone.now()

    assert delivery.deliver_due(start) == 0
    row = Delivery.objects.get()
    assert (row.status, row.attempts, row.last_status_code, row.last_error) == (
        "pending",
        1,
        500,
        "HTTP 500",
    )
    assert row.next_attempt_at == start + timedelta(seconds=30)

    assert delivery.deliver_due(start + timedelta(seconds=29)) == 0
    assert len(receiver.received) == 1  # not due yet

    assert delivery.deliver_due(start + timedelta(seconds=30)) == 0
    row.refresh_from_db()
    assert (row.attempts, row.next_attempt_at) == (2, start + timedelta(seconds=150))

    assert delivery.deliver_due(start + timedelta(seconds=150)) == 1
    row.refresh_from_db()
    assert (row.status, row.attempts, row.last_error) == ("delivered", 3, "")
    assert len(receiver.received) == 3
    assert len({got["body"] for got in receiver.received}) == 1  # the same body each time


def test_a_delivery_is_given_up_after_its_last_try(world, hook, receiver):
    receiver.answers = [(500, {})] * delivery.ATTEMPTS
    delivery.queue(world.org.pk, Event.RESPONSE, "response:r1", {})
    moment = timezone.now()
    for _try in range(delivery.ATTEMPTS):
        delivery.deliver_due(moment)
        moment += timedelta(hours=6)
    row = Delivery.objects.get()
    assert (row.status, row.attempts) == ("failed", delivery.ATTEMPTS)
    delivery.deliver_due(moment + timedelta(days=1))
    assert len(receiver.received) == delivery.ATTEMPTS


def test_a_redirect_is_not_followed(world, hook, receiver):
    other = Receiver()
    try:
        receiver.answers = [(302, {"Location": other.url})]
        delivery.queue(world.org.pk, Event.RESPONSE, "response:r1", {})
        delivery.deliver_due()
        assert other.received == []
    finally:
        other.close()
    row = Delivery.objects.get()
    assert (row.status, row.last_status_code) == ("pending", 302)


def test_an_address_that_became_private_is_not_called(world, hook, receiver, settings):
    delivery.queue(world.org.pk, Event.RESPONSE, "response:r1", {})
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = False
    delivery.deliver_due()
    assert receiver.received == []
    row = Delivery.objects.get()
    assert row.status == "pending" and "private" in row.last_error


def test_an_unreachable_url_is_an_error_to_retry(world, allow_private):
    WebhookFactory(organization=world.org, url="http://127.0.0.1:9/closed")
    delivery.queue(world.org.pk, Event.RESPONSE, "response:r1", {})
    delivery.deliver_due()
    row = Delivery.objects.get()
    assert (row.status, row.attempts, row.last_status_code) == ("pending", 1, None)
    assert row.last_error.startswith("not reached")


def test_the_celery_task_sends_eagerly(world, hook, receiver):
    delivery.queue(world.org.pk, Event.RESPONSE, "response:r1", {})
    assert deliver_due.delay().get() == 1
    assert len(receiver.received) == 1


@override_settings(CELERY_BROKER_URL="")
def test_the_brokerless_background_process_sends_them_on_its_schedule(world, hook, receiver):
    delivery.queue(world.org.pk, Event.RESPONSE, "response:r1", {})
    now = timezone.now()
    background.load_tasks()
    assert "webhooks-deliver-due" not in background.run_due_tasks(now)  # first due in 10 s
    assert "webhooks-deliver-due" in background.run_due_tasks(now + timedelta(seconds=10))
    assert len(receiver.received) == 1
    assert Delivery.objects.get().status == "delivered"


def test_the_owner_s_page_lists_each_url_with_its_last_status(world, owner_olga, hook, receiver):
    receiver.answers = [(500, {})]
    delivery.queue(world.org.pk, Event.RESPONSE, "response:r1", {})
    delivery.deliver_due()
    page = client_for(owner_olga).get(reverse("webhooks:webhook-list")).content.decode()
    assert hook.url in page
    assert "Waiting" in page and "HTTP 500" in page
    detail = client_for(owner_olga).get(hook.get_absolute_url()).content.decode()
    assert "HTTP 500" in detail and "next try" in detail


def test_a_delivery_claimed_by_a_killed_process_is_sent_within_a_minute(world, hook, receiver):
    """A process claims a delivery and dies before posting it: the next one sends it once
    the lease is out, 45 seconds later with the default 5-second timeout."""
    delivery.queue(world.org.pk, Event.RESPONSE, "response:r1", {"n": 1})
    start = timezone.now()
    row = Delivery.objects.get()
    assert delivery.claim(row, start)  # … and the process is killed here

    assert delivery.deliver_due(start + timedelta(seconds=44)) == 0
    assert receiver.received == []
    assert delivery.deliver_due(start + timedelta(seconds=45)) == 1
    assert len(receiver.received) == 1


def test_a_longer_timeout_lengthens_the_lease_past_two_waits(settings):
    settings.WEBHOOKS_TIMEOUT = 30
    assert delivery.lease() == timedelta(seconds=90)
    settings.WEBHOOKS_TIMEOUT = 5
    assert delivery.lease() == timedelta(seconds=45)
