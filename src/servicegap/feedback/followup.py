"""What follows a stored response: its comment analysed, an alert e-mailed to the
location's managers, other apps told. None of it is the customer's wait.

With a broker, and in the processes of `servicegap serve`, the statement that stores a
response also writes its `PendingResponse` row, and within a second or two the pending
responses are followed up a batch at a time:

- With a broker (FEEDBACK_QUEUE_FOLLOW_UPS), the server process sends the
  `follow_up_pending` task at most once every `SEND_EVERY` seconds, with that long a
  countdown, so a busy form costs one task a second per process, not one per response,
  and a worker does the rest. The beat schedule runs the task every minute too, so a
  response whose task was lost is still followed up within minutes.
- Without one, in a worker process of `servicegap serve` (the embedded default), the
  server runs the same batches itself: a response is due `SEND_EVERY` seconds after it
  is stored, and the first request that process finishes after that (its customer
  already has the answer) runs one batch; a backlog is due again at once, for the next
  request. When no request comes, a timer thread runs what is due a second later. A
  worker that stops finishes the run in hand and what is due (within `EXIT_BUDGET`);
  one that starts runs what a stopped one left, and each process looks again while
  responses wait: `RETRY_AFTER` after a run that failed, after `LEASE` for those a run
  left to try again or a killed process had taken.
- Anywhere else without a broker (the development server, commands, the shell, tests),
  each response is followed up right after its request or transaction commits it,
  without a pending row, as eager Celery would run a task.

Batches cost far less per response than following each one up alone (one INSERT of
analyses, one look-up of the recipients per location, one commit). Whoever runs a batch
deletes each pending row once its response is followed up; a batch whose runner died is
taken again after `LEASE`. A response whose analysis or alert failed is tried again
after the lease, at most ATTEMPTS times; once an alert fails in a batch (the mail server
is down), the batch's other alerts wait for that retry instead of each waiting for
`EMAIL_TIMEOUT`.

In order, for each batch: receivers of `signals.responses_received` (comment analysis,
which may flag spam), then each response's alert, then `signals.response_received`
for each response. Each step may run twice for a response after a crash, never not at
all: the receivers are idempotent (one analysis, one alert claim, one open case per
response).
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import connection, connections, transaction
from django.db.models import F, Q
from django.utils import timezone

from servicegap.core.models import Location
from servicegap.feedback import alerts, signals
from servicegap.feedback.models import PendingResponse, Response, Survey
from servicegap.standards.models import JourneyStep

logger = logging.getLogger(__name__)

BATCH = 200  # responses taken at once
BATCHES_PER_TASK = 50  # then the task hands on to a new one, so that none runs for ever
LEASE = timedelta(minutes=10)  # a batch taken this long ago and still pending is taken again
ATTEMPTS = 5  # follow-ups of one response that failed before it is given up (logged)
SEND_EVERY = 1.0  # seconds: at most one task per server process in this time
BROKER_DOWN_PAUSE = 30.0  # seconds without trying again after a send failed
RETRY_AFTER = 60.0  # seconds: a server process's run that failed is tried again after this
EXIT_BUDGET = 10.0  # seconds a stopping server process waits, and then works, at most

_last_sent = -math.inf


def queued() -> bool:
    """Whether a new response is stored with its pending row, to be followed up in a
    batch (by a worker with a broker, else by this server process), rather than right
    after it is committed."""
    return settings.FEEDBACK_QUEUE_FOLLOW_UPS or _serving


def stored(submission: Any, *, queued: bool) -> None:
    """Called by the intake for each new response (`intake.Submission`) once it is
    stored: make sure its batch runs soon (its pending row is written; its response
    object is never made), or follow it up here once it is committed."""
    if not queued:
        transaction.on_commit(lambda: follow_up([submission.response]))
    elif settings.FEEDBACK_QUEUE_FOLLOW_UPS:
        transaction.on_commit(_send_task)
    else:
        transaction.on_commit(_follow_up_here_soon)


def _send_task() -> None:
    global _last_sent
    now = time.monotonic()
    if now - _last_sent < SEND_EVERY:
        return  # a task sent less than SEND_EVERY ago will find this response too
    _last_sent = now
    from servicegap.feedback.tasks import follow_up_pending

    try:
        follow_up_pending.apply_async(countdown=SEND_EVERY, retry=False)
    except Exception:  # the broker is down: the response is stored, the beat will find it
        _last_sent = now + BROKER_DOWN_PAUSE  # no customer waits on the broker meanwhile
        logger.exception("feedback: could not send the follow-up task; the beat's run will")


# Batches run by a server process (no broker) -----------------------------------------

_serving = False  # this is a worker process of `servicegap serve` (`serve_here`)
_here = threading.Lock()  # guards the four below
_due_at: float | None = None  # when this process's pending responses are due (monotonic)
_due_pid = 0  # the process they were stored by (a forked child starts afresh)
_timer: threading.Timer | None = None  # in case no request comes to run them
_sweep: tuple[float, threading.Timer] | None = None  # (when, timer): look again then
_running_here = threading.Lock()  # one run at a time in a process


def serve_here() -> None:
    """This is a worker process of `servicegap serve` that just started (gunicorn's
    `post_worker_init`): without a broker, follow up new responses here in batches, and
    run what a stopped server left now and once a killed process's lease ran out."""
    global _serving
    if settings.FEEDBACK_QUEUE_FOLLOW_UPS:
        return
    _serving = True
    _follow_up_here_soon()  # no query here: the run finds what is left, if anything
    _look_again_in(LEASE.total_seconds() + SEND_EVERY)


def _follow_up_here_soon() -> None:
    """Have this process follow up its pending responses `SEND_EVERY` seconds from now:
    after the first request it finishes then (`follow_up_if_due`), or from a timer."""
    global _due_at, _due_pid, _timer
    with _here:
        if _due_pid != os.getpid():
            _due_at, _due_pid, _timer = None, os.getpid(), None
        if _due_at is None:
            _due_at = time.monotonic() + SEND_EVERY
        if _timer is None:
            _start_timer(2 * SEND_EVERY)


def _start_timer(delay: float) -> None:
    global _timer
    _timer = _daemon_timer(delay, _on_timer)


def _daemon_timer(delay: float, function: Any) -> threading.Timer:
    """`function` in a thread of its own `delay` seconds from now (gone with the process)."""
    timer = threading.Timer(delay, function)
    timer.daemon = True
    timer.start()
    return timer


def _look_again_in(delay: float) -> None:
    """Plan a run `delay` seconds from now, unless one is planned sooner."""
    global _sweep
    at = time.monotonic() + delay
    with _here:
        if _sweep is not None and _sweep[0] <= at and _sweep[1].is_alive():
            return
        if _sweep is not None:
            _sweep[1].cancel()
        _sweep = (at, _daemon_timer(delay, _follow_up_here_soon))


def follow_up_if_due(**kwargs: Any) -> None:
    """Receiver of `request_finished`: run one batch of pending responses when they are
    due in this process; a backlog is due again at once, for the next request.

    A request thread rather than a thread of its own, so that the batch never competes
    with the requests of its process for the interpreter's lock (which costs twice the
    CPU time); the customer of this request has had the answer already, and one batch
    at a time keeps the wait of the requests queued behind it short."""
    if _due_at is not None and _due_pid == os.getpid() and time.monotonic() >= _due_at:
        _follow_up_here(batches=1, wait=False)


def _on_timer() -> None:
    """Run the pending responses that no request ran a `SEND_EVERY` after they were due
    (the form fell quiet), else look again later."""
    global _timer
    with _here:
        _timer = None
        if _due_at is None or _due_pid != os.getpid():
            return
        late = time.monotonic() - (_due_at + SEND_EVERY)
        if late < 0:
            _start_timer(-late)
            return
    try:
        _follow_up_here()
    finally:
        connections.close_all()  # this thread's own connections


def _follow_up_here(
    batches: int = BATCHES_PER_TASK, *, wait: bool = True, budget: float | None = None
) -> None:
    """Follow up pending responses here and now; never raises.

    Up to `batches` batches at a time, until none is left (for `budget` seconds at
    most), or only once when not `wait` (a request's share, which also gives way to a
    run going on in another thread)."""
    global _due_at
    if not _running_here.acquire(blocking=wait, timeout=-1 if budget is None else budget):
        return  # the run going on (or the next one) takes them
    deadline = math.inf if budget is None else time.monotonic() + budget
    more = left = False
    try:
        with _here:
            # A response stored from here on is due again, since this run may have
            # taken its last batch before that response was committed.
            _due_at = None
        more = True
        while more and time.monotonic() < deadline:
            _done, more = follow_up_pending(batches)
            if not wait:
                break
        # Some are still pending when none is due: ones to try again after their lease
        # (or taken by a process that was killed). Look again then.
        left = not more and PendingResponse.objects.exists()
    except Exception:  # the database is away: look again in a while
        more = False
        logger.exception("feedback: following up pending responses failed; tried again later")
        _look_again_in(RETRY_AFTER)
    finally:
        _running_here.release()
    if more:  # a backlog left for the next request
        with _here:
            if _due_at is None:
                _due_at = time.monotonic()
            if _timer is None:
                _start_timer(2 * SEND_EVERY)
    elif left:
        _look_again_in(LEASE.total_seconds() + SEND_EVERY)


def follow_up_before_exit() -> None:
    """For a server process about to exit (`servicegap serve` calls it from gunicorn's
    `worker_exit`): finish the run in hand and follow up what is due, within
    `EXIT_BUDGET` seconds, rather than leave it pending."""
    if _serving and _due_pid == os.getpid():
        _follow_up_here(budget=EXIT_BUDGET)


def follow_up_pending(batches: int = BATCHES_PER_TASK) -> tuple[int, bool]:
    """Follow up pending responses, up to `batches` full batches: (how many, whether a
    backlog is left).

    It stops at the first batch that is not full: what arrives meanwhile waits for the
    task its server sends within `SEND_EVERY`, so that batches stay large while
    customers keep answering (small ones would cost their fixed queries each). A
    response whose follow-up failed stays pending and is tried again after `LEASE`, at
    most `ATTEMPTS` times.
    """
    done = 0
    for _batch in range(batches):
        responses = take(BATCH)
        if responses:
            again = follow_up(responses)
            finished = [r.pk for r in responses if r.pk not in again]
            PendingResponse.objects.filter(pk__in=finished).delete()
            if again:
                _try_again(again)
            done += len(finished)
        if len(responses) < BATCH:
            return done, False
    return done, True


def _try_again(ids: set[int]) -> None:
    """Leave these taken (so tried again once the lease runs out), or give up on those
    tried `ATTEMPTS` times."""
    PendingResponse.objects.filter(pk__in=ids).update(attempts=F("attempts") + 1)
    given_up = PendingResponse.objects.filter(pk__in=ids, attempts__gte=ATTEMPTS)
    for pk in given_up.values_list("pk", flat=True):
        logger.error("feedback: gave up following up response %s after %s tries", pk, ATTEMPTS)
    given_up.delete()


def take(limit: int) -> list[Response]:
    """Up to `limit` pending responses nobody else is following up, oldest first,
    marked as taken (another worker skips them until the lease runs out)."""
    now = timezone.now()
    with transaction.atomic():
        free = PendingResponse.objects.filter(
            Q(taken_at=None) | Q(taken_at__lt=now - LEASE)
        ).order_by("pk")
        if connection.features.has_select_for_update_skip_locked:
            free = free.select_for_update(skip_locked=True)
        ids = list(free.values_list("pk", flat=True)[:limit])
        if ids:
            PendingResponse.objects.filter(pk__in=ids).update(taken_at=now)
    if not ids:
        return []
    responses = list(
        Response.objects.filter(pk__in=ids)
        .select_related("organization__feedback_settings")
        .order_by("pk")
    )
    # One object per organisation, location, survey and step of the batch, so that what
    # receivers look up on them (the organisation's settings) is read once a batch.
    organizations = {r.organization_id: r.organization for r in responses}
    related = {
        "location": Location.objects.in_bulk({r.location_id for r in responses}),
        "survey": Survey.objects.in_bulk({r.survey_id for r in responses}),
        "step": JourneyStep.objects.in_bulk({r.step_id for r in responses} - {None}),
    }
    for response in responses:
        response.organization = organizations[response.organization_id]
        for name, found in related.items():
            key = getattr(response, f"{name}_id")
            if key is not None:
                setattr(response, name, found[key])
    return responses


def follow_up(responses: list[Response]) -> set[int]:
    """Analyse, alert and tell other apps about new responses (see the module); the ids
    of those to try again: a receiver of `responses_received` could not handle them (it
    returns their ids, or failed on the whole batch), or their alert could not be sent.
    """
    again: set[int] = set()
    results = signals.responses_received.send_robust(sender=Response, responses=responses)
    for receiver, result in results:
        if isinstance(result, Exception):
            logger.error(
                "feedback: %s failed on %d responses",
                getattr(receiver, "__qualname__", receiver),
                len(responses),
                exc_info=result,
            )
            again |= {response.pk for response in responses}
        elif result:
            again |= set(result)
    memo: dict = {}
    mail_down = False
    for response in responses:
        if response.pk in again:
            continue  # alerted and told once its comment is read (it may be spam)
        try:
            if mail_down and alerts.alert_due(response):
                again.add(response.pk)  # tried again with the one that failed
                continue
            alerts.alert_if_needed(response, memo=memo)
        except Exception:  # an SMTP server that is down: tried again later
            logger.exception("feedback: the alert for response %s was not sent", response.pk)
            again.add(response.pk)
            # The batch's other alerts wait for the retry rather than EMAIL_TIMEOUT each.
            mail_down = True
            continue
        # Each receiver on its own: one that fails is logged (by Django) and the others
        # still hear of the response.
        signals.response_received.send_robust(sender=Response, response=response)
    return again
