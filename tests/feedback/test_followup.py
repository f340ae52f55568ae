"""What follows a stored response: a pending row written with the response, then
batches run by a worker (with a broker) or by the `servicegap serve` process a moment
later (without one); anywhere else without a broker, right after the commit."""

from __future__ import annotations

import logging
import math
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.core import mail
from django.utils import timezone

from servicegap.celery import app as celery_app
from servicegap.core.management.commands import serve
from servicegap.feedback import alerts, followup
from servicegap.feedback.models import PendingResponse, Response, SurveyLink
from servicegap.feedback.signals import response_received
from servicegap.standards.models import JourneyStep
from servicegap.textlens import analysis
from servicegap.textlens.models import CommentAnalysis
from tests.feedback.conftest import form_key, send
from tests.workers import (
    needs_worker,
    running_server,
    running_worker,
    server_environment,
    worker_environment,
)

# With a broker configured, as far as the feedback app can tell. The Celery app of the
# test process stays eager, so a task sent runs here and now. (Through pytest-django's
# `settings`, as the tests' other settings are, so that all are undone in order.)
with_broker = pytest.mark.usefixtures("broker")


@pytest.fixture
def broker(settings):
    settings.FEEDBACK_QUEUE_FOLLOW_UPS = True


@pytest.fixture(autouse=True)
def no_task_sent_lately(monkeypatch):
    assert celery_app.conf.task_always_eager  # a task sent runs here, goes to no broker
    monkeypatch.setattr(followup, "_last_sent", -math.inf)


@pytest.fixture
def told():
    """The responses `response_received` was sent for, in order."""
    seen: list[int] = []

    def receiver(sender, response, **kwargs):
        seen.append(response.pk)

    response_received.connect(receiver)
    yield seen
    response_received.disconnect(receiver)


def mail_server_away(settings) -> None:
    """Send e-mail over SMTP to a real address where no mail server listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port, 5


@pytest.fixture
def batches_here(monkeypatch):
    """A process of `servicegap serve` without a broker: it runs the batches a moment
    later (a minute here, so that nothing falls due while a test sends; see
    `a_minute_later`)."""
    monkeypatch.setattr(followup, "_serving", True)
    monkeypatch.setattr(followup, "SEND_EVERY", 60.0)
    yield
    with followup._here:  # forget what the test left planned
        for timer in (followup._timer, followup._sweep and followup._sweep[1]):
            if timer:
                timer.cancel()
        followup._due_at = followup._timer = followup._sweep = None


def a_minute_later() -> None:
    """What is planned in this process falls due now."""
    if followup._due_at is not None:
        followup._due_at -= followup.SEND_EVERY


class _Idle:
    """A timer that never goes off."""

    daemon = False

    def start(self) -> None:
        pass

    def cancel(self) -> None:
        pass

    def is_alive(self) -> bool:
        return True


@pytest.fixture
def no_timer(monkeypatch):
    """No fallback timer thread: only a later request runs the batch."""
    planned: list[float] = []

    def plan(delay: float) -> None:
        planned.append(delay)
        followup._timer = _Idle()

    monkeypatch.setattr(followup, "_start_timer", plan)
    return planned


@pytest.fixture
def looks(monkeypatch):
    """When the process plans to look again (`_look_again_in`), instead of timers."""
    planned: list[float] = []
    monkeypatch.setattr(followup, "_look_again_in", planned.append)
    return planned


@pytest.mark.django_db(transaction=True)
def test_serving_without_a_broker_a_later_request_follows_up_the_batch(
    batches_here, no_timer, looks, public, link, manager_max, told
):
    send(public, link, nps=2, comment="We waited forty minutes for the bill.")
    send(public, link, nps=9, comment="Lovely staff, lovely soup.")
    first, second = Response.objects.order_by("pk")
    # Stored with their pending rows; the requests did nothing more (the second GET
    # and POST came before the first response was due).
    assert set(PendingResponse.objects.values_list("pk", flat=True)) == {first.pk, second.pk}
    assert not CommentAnalysis.objects.exists()
    assert mail.outbox == [] and told == []
    assert no_timer == [120.0]  # one fallback planned, at twice the delay

    a_minute_later()
    assert public.get(link.public_path()).status_code == 200  # any request will do
    assert told == [first.pk, second.pk]
    assert CommentAnalysis.objects.count() == 2
    assert [m.to for m in mail.outbox] == [["max@example.test"]]  # the detractor only
    assert not PendingResponse.objects.exists()
    assert looks == []  # nothing left to look at again
    # Nothing is due any more: later requests do nothing more.
    public.get(link.public_path())
    assert len(told) == 2 and len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_serving_without_a_broker_each_request_runs_one_batch_of_a_backlog(
    batches_here, no_timer, public, link, told, monkeypatch
):
    monkeypatch.setattr(followup, "BATCH", 2)
    for n in range(5):
        send(public, link, people=3, comment=f"Answer number {n}.")
    assert told == []
    a_minute_later()
    public.get(link.public_path())
    assert len(told) == 2  # one batch, not all: the requests queued behind wait little
    assert followup._due_at is not None  # the rest is due at once
    public.get(link.public_path())
    assert len(told) == 4
    public.get(link.public_path())  # a batch that is not full: nothing left
    assert len(told) == 5 and not PendingResponse.objects.exists()
    assert followup._due_at is None


@pytest.mark.django_db(transaction=True)
def test_serving_without_a_broker_a_request_before_the_due_time_leaves_the_batch(
    batches_here, no_timer, public, link, told
):
    send(public, link, people=2, comment="Slow.")
    public.get(link.public_path())
    assert told == [] and PendingResponse.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_serving_without_a_broker_a_timer_follows_up_when_no_request_comes(
    batches_here, public, link, manager_max, monkeypatch
):
    monkeypatch.setattr(followup, "SEND_EVERY", 0.05)  # a real timer thread, soon
    done = threading.Event()
    seen: list[int] = []

    def receiver(sender, response, **kwargs):
        seen.append(response.pk)
        done.set()

    response_received.connect(receiver)
    try:
        send(public, link, nps=1, comment="Nobody came to take our order.")
        assert done.wait(timeout=20)  # (told from the timer's thread)
        for thread in threading.enumerate():  # its run over, before the tables are emptied
            if getattr(thread, "function", None) == followup._on_timer:
                thread.join(timeout=20)
    finally:
        response_received.disconnect(receiver)
    response = Response.objects.get()
    assert seen == [response.pk]
    assert CommentAnalysis.objects.filter(response=response).count() == 1
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_a_server_process_that_exits_follows_up_first(batches_here, no_timer, public, link, told):
    send(public, link, people=4, comment="Good coffee.")
    assert told == []
    serve.worker_exiting(server=None, worker=None)  # gunicorn's worker_exit hook
    assert told == [Response.objects.get().pk] and not PendingResponse.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_server_process_that_exits_finishes_the_run_in_hand(
    batches_here, no_timer, public, link, told
):
    send(public, link, people=4, comment="Good coffee.")
    send(public, link, people=2, comment="Cold tea.")
    first, second = Response.objects.order_by("pk")
    release = threading.Event()

    def slow(sender, response, **kwargs):  # a receiver taking its time
        release.wait(timeout=20)

    response_received.connect(slow)
    try:
        a_minute_later()
        running = threading.Thread(target=followup._on_timer)  # the timer's run
        running.start()
        time.sleep(0.2)  # (the run is in hand, held by the slow receiver)
        threading.Timer(0.3, release.set).start()
        serve.worker_exiting(server=None, worker=None)
        running.join(timeout=20)
    finally:
        response_received.disconnect(slow)
    # The exit waited for the run instead of leaving its batch taken for the lease.
    assert told == [first.pk, second.pk] and not PendingResponse.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_server_process_that_starts_follows_up_what_was_left(
    batches_here, no_timer, looks, public, link, told, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(followup, "_serving", False)  # stored by some other process
    send(public, link, people=4, comment="Good coffee.")
    Response.objects.update(alerted_at=None)
    told.clear()
    intake_response = Response.objects.get()
    PendingResponse.objects.create(response=intake_response)  # as a killed server left it
    with django_assert_num_queries(0):  # (so a database that is away stops no server)
        serve.worker_started(worker=None)  # gunicorn's post_worker_init hook
    assert followup._serving and no_timer == [120.0]
    # and once more when a killed process's lease has run out
    assert looks == [followup.LEASE.total_seconds() + followup.SEND_EVERY]
    a_minute_later()
    public.get(link.public_path())
    assert told == [intake_response.pk] and not PendingResponse.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_serving_without_a_broker_a_failed_run_fails_no_request_and_is_tried_again(
    batches_here, no_timer, looks, public, link, told, monkeypatch, caplog
):
    def database_away(*args, **kwargs):
        raise RuntimeError("database away")

    send(public, link, people=2, comment="Cold fries.")
    a_minute_later()
    with (
        monkeypatch.context() as patch,
        caplog.at_level(logging.ERROR, logger="servicegap.feedback.followup"),
    ):
        patch.setattr(followup, "follow_up_pending", database_away)
        assert public.get(link.public_path()).status_code == 200
    assert "following up pending responses failed" in caplog.text
    assert told == [] and PendingResponse.objects.count() == 1
    assert looks == [followup.RETRY_AFTER]  # looked at again in a minute, quiet or not
    followup._follow_up_here_soon()  # (what that look does)
    a_minute_later()
    public.get(link.public_path())
    assert len(told) == 1 and not PendingResponse.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_serving_without_a_broker_an_alert_to_try_again_is_looked_at_after_the_lease(
    batches_here, no_timer, looks, public, link, manager_max, told, settings
):
    send(public, link, nps=1, comment="Nobody took our order.")
    mail_server_away(settings)
    a_minute_later()
    public.get(link.public_path())
    assert told == [] and PendingResponse.objects.get().attempts == 1
    assert looks == [followup.LEASE.total_seconds() + followup.SEND_EVERY]


def test_a_server_process_with_a_broker_leaves_follow_ups_to_the_workers(settings, monkeypatch):
    settings.FEEDBACK_QUEUE_FOLLOW_UPS = True
    monkeypatch.setattr(followup, "_serving", False)
    serve.worker_started(worker=None)
    assert not followup._serving


def test_a_request_never_waits_for_a_run_going_on_in_another_thread(batches_here, monkeypatch):
    ran: list[int] = []
    monkeypatch.setattr(followup, "follow_up_pending", lambda *a: ran.append(1) or (0, False))
    followup._due_at, followup._due_pid = time.monotonic() - 1, os.getpid()
    with followup._running_here:  # a timer's run, say
        started = time.monotonic()
        followup.follow_up_if_due()
        assert time.monotonic() - started < 1 and ran == []
    assert followup._due_at is not None  # still due, for the next request
    followup.follow_up_if_due()
    assert ran == [1]


def test_what_a_parent_process_planned_is_not_due_in_its_child(batches_here, monkeypatch):
    ran: list[int] = []
    monkeypatch.setattr(followup, "follow_up_pending", lambda *a: ran.append(1) or (0, False))
    followup._due_at, followup._due_pid = time.monotonic() - 1, -1  # planned by the parent
    followup.follow_up_if_due()
    assert ran == []


def test_a_forked_process_plans_its_own_run(monkeypatch, no_timer):
    # What the parent planned is not the child's: a child's first response plans anew.
    monkeypatch.setattr(followup, "_due_pid", -1)
    monkeypatch.setattr(followup, "_due_at", time.monotonic() + 3600)
    monkeypatch.setattr(followup, "_timer", _Idle())
    followup._follow_up_here_soon()
    assert followup._due_pid == os.getpid()
    assert followup._due_at < time.monotonic() + followup.SEND_EVERY + 1
    assert no_timer == [2 * followup.SEND_EVERY]


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
    # A second run finds nothing: no second analysis, e-mail or message.
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
    followup._last_sent = -math.inf
    with django_capture_on_commit_callbacks(execute=True):
        send(public, link, people=5, comment="Great.")
    assert len(told) == 3 and not PendingResponse.objects.exists()


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
def test_a_batch_told_twice_keeps_one_analysis_and_one_alert(public, link, manager_max):
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


@with_broker
def test_spam_found_by_the_analysis_is_never_alerted(public, link, manager_max):
    comment = "Cheap watches and bags, best prices! Call 0800 555 0134 now for a discount"
    send(public, link, nps=0, comment=comment)
    followup.follow_up_pending()
    response = Response.objects.get()
    assert response.spam and response.spam_reason.startswith("comment analysis")
    assert mail.outbox == []
    assert response.alerted_at is None


@with_broker
def test_a_failing_receiver_stops_neither_the_others_nor_the_batch(public, link, told, caplog):
    def broken(sender, response, **kwargs):
        raise RuntimeError("disk full")

    response_received.connect(broken)
    try:
        send(public, link, people=4, comment="Nice.", REMOTE_ADDR="10.0.0.1")
        send(public, link, people=3, comment="Fine.", REMOTE_ADDR="10.0.0.2")
        with caplog.at_level(logging.ERROR, logger="servicegap.feedback"):
            assert followup.follow_up_pending() == (2, False)
    finally:
        response_received.disconnect(broken)
    assert len(told) == 2
    assert CommentAnalysis.objects.count() == 2
    assert not PendingResponse.objects.exists()
    assert sum("disk full" in str(r.exc_info) for r in caplog.records) == 2


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


def post_form(port: int, link: SurveyLink, **answers) -> int:
    """POST answers to the public form of a real server; the status."""
    body = urlencode({"submission_id": uuid.uuid4(), **answers})
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{link.public_path()}",
        data=body.encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        return answer.status


@pytest.mark.django_db(transaction=True)
def test_a_real_server_without_a_broker_follows_up_in_its_worker(link, manager_max, tmp_path):
    """`servicegap serve` as gunicorn runs it (its hooks included), on the database the
    test reads: its worker follows up on its own, and again as it is stopped."""
    with running_server(server_environment(tmp_path)) as server:
        for n in range(3):
            assert post_form(server.port, link, nps=2, people=1, comment=f"Cold soup {n}") == 200
            if n == 0:
                # Left for a batch (due in a second, the timer two), not followed up in
                # the request: a server process writes the pending row with the response.
                assert PendingResponse.objects.exists()
        assert Response.objects.count() == 3
        # No request comes after these: the worker's timer runs the batch.
        deadline = time.monotonic() + 60
        while PendingResponse.objects.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not PendingResponse.objects.exists(), server.stop()
        assert CommentAnalysis.objects.count() == 3
        assert Response.objects.exclude(alerted_at=None).count() == 3
        # One more, and the server is stopped at once: the worker follows it up first.
        assert post_form(server.port, link, nps=1, comment="Nobody came to our table") == 200
        output = server.stop()
    assert server.process.returncode == 0, output
    assert not PendingResponse.objects.exists(), output
    assert CommentAnalysis.objects.count() == Response.objects.count() == 4
    assert not Response.objects.filter(alerted_at=None).exists()
    assert output.count(f"Subject: Feedback to look at: {link.location.name}") == 4, output


# What fails is tried again, and costs nothing else ------------------------------------


@with_broker
def test_an_alert_that_could_not_be_sent_is_tried_again(public, link, manager_max, settings):
    send(public, link, nps=1, comment="Nobody took our order.")
    mail_server_away(settings)
    assert followup.follow_up_pending() == (0, False)
    pending = PendingResponse.objects.get()
    assert pending.attempts == 1 and Response.objects.get().alerted_at is None
    # The server is back; once the lease has run out the response is followed up.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert followup.follow_up_pending() == (0, False)  # still within the lease
    PendingResponse.objects.update(taken_at=timezone.now() - followup.LEASE)
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
    # Given up after ATTEMPTS tries, with an error in the log.
    for _ in range(followup.ATTEMPTS - 1):
        PendingResponse.objects.update(taken_at=timezone.now() - followup.LEASE)
        followup.follow_up_pending()
    assert not PendingResponse.objects.exists()


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


def test_a_step_removed_after_the_form_was_drawn_is_left_out(public, link, steps):
    key = form_key(public, link)  # the form, with its journey steps, is drawn and kept
    arrival = steps[0]
    # Retired in another server process, which cannot tell this one: for a few seconds
    # this process still offers it.
    JourneyStep.objects.filter(pk=arrival.pk).update(is_active=False)
    answer = {"submission_id": key, "people": "4", "step": str(arrival.code)}
    assert public.post(link.public_path(), answer).status_code == 200
    stored = Response.objects.get()
    assert stored.people == 4 and stored.step is None


def test_a_step_changed_here_reaches_the_form_at_once(public, link, steps):
    form_key(public, link)
    steps[0].is_active = False
    steps[0].save()
    assert steps[0].name not in public.get(link.public_path()).content.decode()


@pytest.mark.parametrize("token", ["a%00b", "..", "x" * 40, "a b"])
def test_a_token_that_cannot_be_one_is_not_found(public, token):
    assert public.get(f"/s/{token}/").status_code == 404
