"""What follows a stored response: the four steps in order, per-response retries with
the lease, failures listed for an operator; with a broker, the request only stores."""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
import time
import uuid
from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from servicegap.customers import moments
from servicegap.customers.models import Alert
from servicegap.feedback import alerts, handoff, intake
from servicegap.feedback.models import PendingResponse, Response
from servicegap.pipeline import followup
from servicegap.recovery import cases
from servicegap.recovery.models import Case, RecoverySettings
from servicegap.textlens import analysis, retraining
from servicegap.textlens.models import CommentAnalysis
from tests.customers.factories import CustomerFactory
from tests.feedback.conftest import send
from tests.workers import needs_worker, running_worker, worker_environment

# With a broker configured, as far as the feedback app can tell. The Celery app of the
# test process stays eager, so a task sent runs here and now.
with_broker = pytest.mark.usefixtures("broker")


@pytest.fixture
def broker(settings):
    settings.FEEDBACK_QUEUE_FOLLOW_UPS = True
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"  # never reached: the app is eager


def mail_server_away(settings) -> None:
    """Send e-mail over SMTP to a real address where no mail server listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port, 5


def lease_over() -> None:
    """Every batch taken so far was taken longer ago than the lease."""
    PendingResponse.objects.update(taken_at=timezone.now() - followup.LEASE)


def known_customer(world, contact="kim@example.test"):
    return CustomerFactory(
        organization=world.org, home_location=world.location_a, contact_consent=True,
        contact=contact,
    )  # fmt: skip


# The steps, in order ---------------------------------------------------------------------


@with_broker
def test_the_steps_run_in_order_analysis_alert_moments_cases(
    public, link, manager_max, monkeypatch
):
    calls: list[tuple[str, int]] = []

    def spy(module, name, label, each=True):
        real = getattr(module, name)

        def recorded(arg, *args, **kwargs):
            for response in arg if not each else [arg]:
                calls.append((label, response.pk))
            return real(arg, *args, **kwargs)

        monkeypatch.setattr(module, name, recorded)

    spy(retraining, "analyse_new_responses", "analysis", each=False)
    spy(alerts, "alert_if_needed", "alert")
    spy(moments, "note_response", "moments")
    spy(cases, "open_case_for_detractor", "cases")
    send(public, link, nps=2, comment="Cold soup.", REMOTE_ADDR="10.0.0.1")
    send(public, link, nps=9, comment="Lovely.", REMOTE_ADDR="10.0.0.2")
    first, second = Response.objects.order_by("pk").values_list("pk", flat=True)
    assert followup.follow_up_pending() == (2, False)
    assert calls == [
        ("analysis", first), ("analysis", second),
        ("alert", first), ("alert", second),
        ("moments", first), ("moments", second),
        ("cases", first), ("cases", second),
    ]  # fmt: skip


@with_broker
def test_a_case_opened_automatically_finds_the_customer_the_moments_step_linked(
    world, public, link, manager_max
):
    customer = known_customer(world)
    RecoverySettings.objects.create(
        organization=world.org, open_for_detractors=True, open_for_churn_comments=True
    )
    send(public, link, nps=1, comment="We will never come back here, the waiter was rude.",
         contact_consent="on", contact="kim@example.test")  # fmt: skip
    followup.follow_up_pending()
    response = Response.objects.get()
    assert response.customer == customer  # linked by the moments step
    case = Case.objects.get()
    assert case.customer == customer and case.response == response
    kinds = [r["kind"] for r in Alert.objects.get(customer=customer).reasons]
    assert kinds == ["detractor", "complaint", "churn_phrase"] or kinds == [
        "detractor",
        "churn_phrase",
    ]
    assert len(mail.outbox) == 1


@with_broker
def test_spam_found_by_the_analysis_is_never_alerted_noted_or_opened(world, public, link,
                                                                     manager_max):  # fmt: skip
    known_customer(world)
    RecoverySettings.objects.create(organization=world.org, open_for_detractors=True)
    comment = "Cheap watches and bags, best prices! Call 0800 555 0134 now for a discount"
    send(public, link, nps=0, comment=comment, contact_consent="on", contact="kim@example.test")
    followup.follow_up_pending()
    response = Response.objects.get()
    assert response.spam and response.spam_reason.startswith("comment analysis")
    assert mail.outbox == [] and response.alerted_at is None
    assert not Alert.objects.exists() and not Case.objects.exists()


# Failures: retried per response with the lease, then listed for an operator -------------


@with_broker
def test_a_step_that_fails_for_one_response_is_retried_for_it_alone(
    public, link, told, monkeypatch, caplog
):
    send(public, link, people=2, comment="Cold soup.", REMOTE_ADDR="10.0.0.1")
    send(public, link, people=4, comment="Kind staff.", REMOTE_ADDR="10.0.0.2")
    failing, fine = Response.objects.order_by("pk")
    real = moments.note_response

    def broken(response):
        if response.pk == failing.pk:
            raise RuntimeError("disk full")
        return real(response)

    with monkeypatch.context() as patch, caplog.at_level(logging.ERROR):
        patch.setattr(moments, "note_response", broken)
        assert followup.follow_up_pending() == (1, False)
    assert told == [fine.pk]  # the failing one stopped before the cases step
    pending = PendingResponse.objects.get()
    assert pending.pk == failing.pk and pending.attempts == 1 and pending.failed_at is None
    assert pending.last_error == "moments of truth: RuntimeError('disk full')"
    assert "moments of truth failed for response" in caplog.text
    assert followup.follow_up_pending() == (0, False)  # within the lease: left alone
    lease_over()
    assert followup.follow_up_pending() == (1, False)  # the step works again
    assert told == [fine.pk, failing.pk] and not PendingResponse.objects.exists()
    assert CommentAnalysis.objects.count() == 2  # analysed once each, though run twice


@with_broker
def test_a_follow_up_that_fails_every_attempt_is_listed_for_an_operator(
    public, link, monkeypatch, caplog
):
    send(public, link, nps=3, comment="Slow.")
    response = Response.objects.get()

    def broken(response):
        raise RuntimeError("recovery settings table locked")

    monkeypatch.setattr(cases, "open_case_for_detractor", broken)
    with caplog.at_level(logging.ERROR, logger="servicegap.pipeline"):
        for _attempt in range(followup.ATTEMPTS):
            followup.follow_up_pending()
            lease_over()
    pending = PendingResponse.objects.get()
    assert pending.attempts == followup.ATTEMPTS and pending.failed_at is not None
    assert f"gave up following up response {response.pk}" in caplog.text
    assert followup.take(10) == []  # no longer taken, not deleted either
    out = StringIO()
    call_command("followups", stdout=out)
    assert f"response {response.pk}: given up" in out.getvalue()
    assert "automatic cases: RuntimeError('recovery settings table locked')" in out.getvalue()
    monkeypatch.undo()  # the operator fixed it
    call_command("followups", "--retry", stdout=out)
    assert followup.follow_up_pending() == (1, False)
    assert not PendingResponse.objects.exists()


def test_in_the_request_a_failing_step_leaves_a_pending_row_to_try_again(
    public, link, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(response):
        raise RuntimeError("disk full")

    monkeypatch.setattr(moments, "note_response", broken)
    with django_capture_on_commit_callbacks(execute=True):
        send(public, link, people=2, comment="Cold fries.")
    pending = PendingResponse.objects.get()
    assert pending.attempts == 1 and pending.last_error.startswith("moments of truth")
    monkeypatch.undo()
    lease_over()
    assert followup.follow_up_pending() == (1, False)


@with_broker
def test_an_alert_that_could_not_be_sent_is_tried_again(public, link, manager_max, settings):
    send(public, link, nps=1, comment="Nobody took our order.")
    mail_server_away(settings)
    assert followup.follow_up_pending() == (0, False)
    pending = PendingResponse.objects.get()
    assert pending.attempts == 1 and Response.objects.get().alerted_at is None
    assert pending.last_error.startswith("alert: ")
    # The server is back; once the lease has run out the response is followed up.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert followup.follow_up_pending() == (0, False)  # still within the lease
    lease_over()
    assert followup.follow_up_pending() == (1, False)
    assert len(mail.outbox) == 1 and not PendingResponse.objects.exists()


@with_broker
def test_a_comment_that_cannot_be_read_costs_the_others_nothing(
    public, link, manager_max, told, monkeypatch
):
    real = analysis.analyse

    def fussy(text, language=None, **kwargs):
        if "unreadable" in text:
            raise RuntimeError("model file corrupt")
        return real(text, language, **kwargs)

    monkeypatch.setattr(analysis, "analyse", fussy)
    send(public, link, nps=2, comment="unreadable", REMOTE_ADDR="10.0.0.1")
    send(public, link, nps=2, comment="We waited an hour.", REMOTE_ADDR="10.0.0.2")
    failing, fine = Response.objects.order_by("pk")
    assert followup.follow_up_pending() == (1, False)
    assert CommentAnalysis.objects.get().response == fine
    assert told == [fine.pk] and len(mail.outbox) == 1  # the other waits for its comment
    assert PendingResponse.objects.get().pk == failing.pk
    # Given up after ATTEMPTS tries, and listed for an operator.
    for _ in range(followup.ATTEMPTS - 1):
        lease_over()
        followup.follow_up_pending()
    given_up = PendingResponse.objects.given_up().get()
    assert given_up.pk == failing.pk and "model file corrupt" in given_up.last_error


def test_once_an_alert_fails_the_batch_s_other_alerts_wait_for_the_retry(
    public, link, manager_max, settings, monkeypatch
):
    for n in range(3):
        send(public, link, nps=1, comment=f"Cold food, table {n}.")
    send(public, link, nps=10, comment="Perfect.")
    mail_server_away(settings)
    tries: list[int] = []
    real = alerts.send_response_alert
    monkeypatch.setattr(
        alerts, "send_response_alert", lambda pk, **kw: tries.append(pk) or real(pk, **kw)
    )
    responses = Response.objects.order_by("pk")
    PendingResponse.objects.bulk_create(PendingResponse(response=r) for r in responses)
    assert followup.follow_up_pending() == (1, False)  # the promoter only
    assert len(tries) == 1  # one try, not one EMAIL_TIMEOUT per detractor
    assert PendingResponse.objects.count() == 3
    assert not Response.objects.exclude(alerted_at=None).exists()  # every claim given back


def test_a_worker_stopped_while_sending_gives_the_alert_back(
    public, link, manager_max, monkeypatch
):
    send(public, link, nps=1, comment="Cold food.")
    response = Response.objects.get()
    Response.objects.update(alerted_at=None)

    def stopped(*args, **kwargs):
        raise SystemExit(1)  # as gunicorn stops a worker that overran its timeout

    monkeypatch.setattr(alerts, "_send", stopped)
    with pytest.raises(SystemExit):
        alerts.send_response_alert(response.pk)
    assert Response.objects.get().alerted_at is None  # sent by the next try


@pytest.mark.django_db(transaction=True)
@with_broker
def test_a_response_erased_during_its_batch_costs_the_others_nothing(public, link, told):
    send(public, link, people=2, comment="Cold soup.", REMOTE_ADDR="10.0.0.1")
    send(public, link, people=4, comment="Kind staff.", REMOTE_ADDR="10.0.0.2")
    erased, kept = Response.objects.order_by("pk")
    batch = followup.take(10)
    Response.objects.filter(pk=erased.pk).delete()  # an erasure request, meanwhile
    again = followup.follow_up(batch)
    assert CommentAnalysis.objects.filter(response=kept).exists()
    assert kept.pk not in again and kept.pk in told


# Who runs the steps --------------------------------------------------------------------


def test_in_the_request_the_request_follows_up_its_response(
    public, link, manager_max, told, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send(public, link, nps=2, comment="We waited forty minutes for the bill.")
    response = Response.objects.get()
    assert CommentAnalysis.objects.filter(response=response).exists()
    assert len(mail.outbox) == 1
    assert told == [response.pk]
    assert not PendingResponse.objects.exists()  # no queue without a worker


def test_a_response_is_followed_up_once_after_commit_and_not_for_a_retry(
    link, told, django_capture_on_commit_callbacks
):
    submission_id = uuid.uuid4()
    answers = {"ratings": {"people": 2}, "comment": "Slow service tonight."}
    with django_capture_on_commit_callbacks(execute=True):
        first = intake.submit_response(link, answers, submission_id=submission_id, language="en")
        assert told == []  # not before the commit
    with django_capture_on_commit_callbacks(execute=True):
        again = intake.submit_response(link, answers, submission_id=submission_id, language="en")
    assert first.created and not again.created
    assert told == [first.response.pk]


@with_broker
def test_with_a_broker_the_request_only_stores_and_a_worker_follows_up(
    public, link, manager_max, told, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert send(public, link, nps=2, comment="Rude waiter, cold soup.").status_code == 200
        assert send(public, link, nps=9, comment="Lovely staff.").status_code == 200
    first, second = Response.objects.order_by("pk")
    # Stored with their pending rows by the same statement; nothing else done yet.
    assert set(PendingResponse.objects.values_list("pk", flat=True)) == {first.pk, second.pk}
    assert not CommentAnalysis.objects.exists()
    assert mail.outbox == [] and told == []
    assert len(callbacks) == 2  # each response asks for the task ...

    assert followup.follow_up_pending() == (2, False)
    assert CommentAnalysis.objects.count() == 2
    assert [m.to for m in mail.outbox] == [["max@example.test"]]  # the detractor only
    assert told == [first.pk, second.pk]
    assert not PendingResponse.objects.exists()
    # A second run finds nothing: no second analysis, e-mail or case step.
    assert followup.follow_up_pending() == (0, False)
    assert CommentAnalysis.objects.count() == 2 and len(mail.outbox) == 1 and len(told) == 2


@with_broker
def test_a_server_sends_one_task_a_second_however_many_responses(
    public, link, told, django_capture_on_commit_callbacks
):
    # The Celery app of the tests is eager: the task sent runs at once.
    with django_capture_on_commit_callbacks(execute=True):
        send(public, link, people=4, comment="Good.")
    assert len(told) == 1 and not PendingResponse.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        send(public, link, people=3, comment="Fine.")
    # Within the second: no task sent, the response waits for the next one.
    assert len(told) == 1 and PendingResponse.objects.count() == 1
    cache.delete(handoff._SENT_KEY)  # a second later
    with django_capture_on_commit_callbacks(execute=True):
        send(public, link, people=5, comment="Great.")
    assert len(told) == 3 and not PendingResponse.objects.exists()


@with_broker
def test_a_broker_that_is_down_costs_the_customer_nothing(
    public, link, told, monkeypatch, django_capture_on_commit_callbacks, caplog
):
    def down(*args, **kwargs):
        raise ConnectionError("broker away")

    monkeypatch.setattr(handoff, "run_task", down)
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        assert send(public, link, people=2, comment="Slow.").status_code == 200
    assert "could not send the follow-up task" in caplog.text
    assert PendingResponse.objects.count() == 1 and told == []  # stored, for beat's run
    monkeypatch.undo()
    assert followup.follow_up_pending() == (1, False)


@with_broker
def test_a_retried_submission_is_not_queued_twice(public, link):
    key = str(uuid.uuid4())
    for _ in range(2):
        public.post(link.public_path(), {"submission_id": key, "people": "3"})
    assert Response.objects.count() == 1
    assert PendingResponse.objects.count() == 1


@with_broker
def test_a_batch_whose_worker_died_is_taken_again_after_the_lease(public, link, told):
    send(public, link, people=2, comment="The table was sticky.")
    response = Response.objects.get()
    # Taken a minute ago by a worker still at it: left alone.
    PendingResponse.objects.update(taken_at=timezone.now() - timedelta(minutes=1))
    assert followup.follow_up_pending() == (0, False)
    assert told == []
    # Taken longer ago than the lease: that worker died; it is followed up now, once.
    PendingResponse.objects.update(taken_at=timezone.now() - followup.LEASE - timedelta(seconds=1))
    assert followup.follow_up_pending() == (1, False)
    assert told == [response.pk]
    assert CommentAnalysis.objects.filter(response=response).count() == 1


@with_broker
def test_a_batch_followed_up_twice_keeps_one_analysis_and_one_alert(public, link, manager_max):
    send(public, link, nps=1, comment="Nobody came to take our order.")
    responses = followup.take(10)
    followup.follow_up(responses)
    followup.follow_up(list(Response.objects.all()))  # as after a crash before the delete
    assert CommentAnalysis.objects.count() == 1
    assert len(mail.outbox) == 1


@with_broker
def test_a_task_stops_at_a_batch_that_is_not_full(public, link, monkeypatch):
    monkeypatch.setattr(followup, "BATCH", 2)
    for n in range(5):
        send(public, link, people=4, comment=f"Visit {n}", REMOTE_ADDR=f"10.0.0.{n}")
    assert followup.follow_up_pending(batches=2) == (4, True)  # a backlog: go on
    assert followup.follow_up_pending(batches=2) == (1, False)
    assert not PendingResponse.objects.exists()


# A real broker and worker, in other processes (CI starts Redis and PostgreSQL) -----------


STORE = """
import sys, uuid
import django
django.setup()
from servicegap.feedback import intake
from servicegap.feedback.models import SurveyLink
link = SurveyLink.objects.select_related("organization", "location", "survey").get(pk=int(sys.argv[1]))
for n in range(3):
    intake.receive(link, {"ratings": {"people": 1}, "nps": 2, "comment": f"Cold food, visit {n}"},
                   submission_id=uuid.uuid4(), language="en", address=f"10.0.0.{n}")
"""


@needs_worker
def test_a_real_worker_follows_up_what_a_server_process_stored(link, manager_max, tmp_path):
    env = worker_environment(tmp_path)
    with running_worker(env) as worker:
        stored = subprocess.run(
            [sys.executable, "-c", STORE, str(link.pk)], env=env, capture_output=True, text=True
        )
        assert stored.returncode == 0, stored.stderr
        assert Response.objects.count() == 3
        deadline = time.monotonic() + 90
        while PendingResponse.objects.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
    assert not PendingResponse.objects.exists(), worker.output
    assert CommentAnalysis.objects.count() == 3, worker.output
    assert Response.objects.exclude(alerted_at=None).count() == 3, worker.output
