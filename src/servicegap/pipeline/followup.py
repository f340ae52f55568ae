"""What follows a stored feedback response, step by step, in this order:

1. the comment analysis (`textlens`), which may flag the response as spam;
2. the alert e-mailed to the location's managers (`feedback.alerts`), never for spam;
3. the customer's moments of truth (`customers.moments`): the response linked to a
   known customer, a detractor, low ratings or a churn phrase noted on their alert;
4. recovery's automatic cases (`recovery.cases`): first the case of a customer who wrote
   to the top (asked for the owner to hear of it: always, assigned to the top of the
   location's escalation ladder), then those the organisation asks for;
5. the organisation's webhooks (`webhooks.delivery`): the response, and its alert if
   one was sent, queued for each URL that asked for them (sent in the background).

`follow_up()` calls the five steps for a batch. Each step is a plain function of its
app, called per response (the analysis per batch), and each is idempotent (one
analysis, one alert claim, one moment per response and kind, one open case), so a
response may go through a step twice after a crash, never not at all. A step that
fails for a response stops that response's later steps, not the batch: the response
keeps its `PendingResponse` row with the step and reason, is tried again once the
lease (`LEASE`) runs out, and after `ATTEMPTS` failures is given up and listed for an
operator (`servicegap followups`, the admin's pending responses).

After a crash: each runner (`running()`) has a `Runner` row whose heartbeat a thread
renews every 10 s while it works, and marks the responses it takes with its run id. A
runner silent for 40 s is dead (settings `PIPELINE_HEARTBEAT_SECONDS`,
`PIPELINE_SILENT_SECONDS`): the next `take()` anywhere (the background
process started again, another server, a Celery worker) takes its batch again, within
a minute of the crash. `LEASE` stays the last resort for a runner that is alive but
hung, and the wait before a failed response is tried again.

Who runs the batches: the background process of `servicegap serve` without a broker
(`pipeline.background`), Celery workers with one (`tasks.follow_up_pending`), and,
anywhere else without a broker, the request that stored the response right after its
commit (`follow_up_new`). Re-analysis after a retrain calls the same moments and cases
steps for the comments whose churn signal is new (`reanalyse`).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from servicegap.core.models import Location, Organization
from servicegap.customers import moments
from servicegap.feedback import alerts
from servicegap.feedback.models import PendingResponse, Response, Survey
from servicegap.pipeline.models import Runner
from servicegap.recovery import cases
from servicegap.standards.models import JourneyStep
from servicegap.textlens import retraining
from servicegap.textlens.models import CommentAnalysis
from servicegap.webhooks import delivery

logger = logging.getLogger(__name__)

BATCH = 200  # responses taken at once
BATCHES_PER_TASK = 50  # then a task hands on to a new one, so that none runs for ever
LEASE = timedelta(minutes=10)  # a batch taken this long ago and still pending is taken again
# How often a runner at work says it is alive, and how long one is silent before it is
# taken for dead and its batch is free: settings PIPELINE_HEARTBEAT_SECONDS (10) and
# PIPELINE_SILENT_SECONDS (40).
FORGOTTEN = timedelta(days=1)  # the row of a runner silent this long is removed
ATTEMPTS = 5  # failed follow-ups of one response before it is given up (for an operator)

Failures = dict[int, str]  # response id -> "step: reason"


# The steps, in order ---------------------------------------------------------------------


def follow_up(responses: Sequence[Response]) -> Failures:
    """Run the five steps for `responses`, in order; the responses that failed a step
    (each with the step and reason), which skip the steps after it."""
    failed = analyse_comments(responses)
    failed |= send_alerts(_without(responses, failed))
    churned = churn_signals(_without(responses, failed))
    failed |= raise_moments(_without(responses, failed), churned)
    failed |= open_cases(_without(responses, failed), churned)
    failed |= notify_webhooks(_without(responses, failed))
    return failed


def analyse_comments(responses: Sequence[Response]) -> Failures:
    """Step 1: analyse and store the comments; a spam comment flags its response."""
    return retraining.analyse_new_responses(responses)


def send_alerts(responses: Sequence[Response]) -> Failures:
    """Step 2: e-mail each response the organisation's rule asks an alert for. Once a
    send fails (the mail server is down), the batch's other due alerts wait for the
    retry instead of each waiting for `EMAIL_TIMEOUT`."""
    failed: Failures = {}
    memo: dict = {}
    mail_down = ""
    for response in responses:
        if mail_down and alerts.alert_due(response):
            failed[response.pk] = mail_down
            continue
        try:
            alerts.alert_if_needed(response, memo=memo)
        except Exception as error:
            logger.exception("pipeline: the alert for response %s was not sent", response.pk)
            failed[response.pk] = mail_down = f"alert: {error!r}"
    return failed


def churn_signals(responses: Sequence[Response]) -> dict[int, list[str]]:
    """{response id: churn phrases} of the responses whose analysed comment, not spam,
    says the customer may not come back (one query)."""
    ids = [r.pk for r in responses if r.comment.strip() and not r.spam]
    if not ids:
        return {}
    found = CommentAnalysis.objects.filter(response_id__in=ids, churn_signal=True, spam=False)
    return dict(found.values_list("response_id", "reasons"))


def raise_moments(
    responses: Sequence[Response], churned: dict[int, list[str]], *, new: bool = True
) -> Failures:
    """Step 3: the customers app's moments of truth: for a `new` response its customer
    linked and its bad moments noted; for each response in `churned`, the churn phrase."""

    def note(response: Response) -> None:
        if new:
            moments.note_response(response)
        if response.pk in churned:
            moments.note_churn_comment(response, churned[response.pk])

    return _each(responses, "moments of truth", note)


def open_cases(
    responses: Sequence[Response], churned: dict[int, list[str]], *, new: bool = True
) -> Failures:
    """Step 4: recovery's automatic cases: for a `new` response that wrote to the top (its
    case at the top of the ladder, whatever the organisation's rules); where the
    organisation asks for them, for a `new` detractor response and for each response in
    `churned` (these find the case written to the top open and keep it)."""

    def open_for(response: Response) -> None:
        if new:
            cases.open_case_to_the_top(response)
            cases.open_case_for_detractor(response)
        if response.pk in churned:
            cases.open_case_for_churn_comment(response)

    return _each(responses, "automatic cases", open_for)


def notify_webhooks(responses: Sequence[Response]) -> Failures:
    """Step 5: queue each response (and its alert) for the organisation's webhooks;
    queued once however often the step runs. The organisations' webhooks are read once
    for the batch (most have none: then their responses cost no query)."""
    active = delivery.active_webhooks(response.organization_id for response in responses)

    def notify(response: Response) -> None:
        delivery.queue_responses([response], active=active)

    return _each(responses, "webhooks", notify)


def _each(
    responses: Sequence[Response], step: str, function: Callable[[Response], Any]
) -> Failures:
    """`function` for each response; {id: "step: reason"} of those it raised for."""
    failed: Failures = {}
    for response in responses:
        try:
            function(response)
        except Exception as error:
            logger.exception("pipeline: %s failed for response %s", step, response.pk)
            failed[response.pk] = f"{step}: {error!r}"
    return failed


def _without(responses: Sequence[Response], failed: Failures) -> list[Response]:
    return [r for r in responses if r.pk not in failed]


# Pending responses: batches, the lease, retries ---------------------------------------


def follow_up_pending(batches: int = BATCHES_PER_TASK, *, runner: str = "") -> tuple[int, bool]:
    """Follow up pending responses, up to `batches` full batches: (how many were
    finished, whether a backlog is left). `runner`: the run id of `running()` the
    batches are taken under (see `take`).

    It stops at the first batch that is not full, so that batches stay large while
    customers keep answering. A response that failed stays pending (see `finish`).
    """
    done = 0
    for _batch in range(batches):
        responses = take(BATCH, runner=runner)
        if responses:
            failed = follow_up(responses)
            done += finish(responses, failed)
        if len(responses) < BATCH:
            return done, False
    return done, True


def finish(responses: Sequence[Response], failed: Failures) -> int:
    """Delete the pending rows of the responses followed up; record each failure (tried
    again after the lease, given up after `ATTEMPTS`). How many were finished."""
    finished = [r.pk for r in responses if r.pk not in failed]
    PendingResponse.objects.filter(pk__in=finished).delete()
    for pk, why in failed.items():
        record_failure(pk, why)
    return len(finished)


def record_failure(response_id: int, why: str) -> bool:
    """Count a failed follow-up of the response and keep the reason; whether it is now
    given up (listed for an operator, no longer taken). It waits for the lease before
    its next try, whatever becomes of the runner that took it (`taken_by` cleared)."""
    PendingResponse.objects.filter(pk=response_id).update(
        attempts=F("attempts") + 1, last_error=why[:2000], taken_by=""
    )
    given_up = PendingResponse.objects.filter(
        pk=response_id, attempts__gte=ATTEMPTS, failed_at=None
    ).update(failed_at=timezone.now())
    if given_up:
        logger.error(
            "pipeline: gave up following up response %s after %s tries: %s",
            response_id,
            ATTEMPTS,
            why,
        )
    return bool(given_up)


def take(limit: int, *, runner: str = "") -> list[Response]:
    """Up to `limit` pending responses nobody else is following up, oldest first,
    marked as taken by `runner` (a run id of `running()`, or none). Another taker skips
    them while `runner` beats, and in any case until the lease runs out. Given-up
    responses are left for an operator.

    The rows are claimed by a conditional UPDATE (only those still free), so that of two
    takers that read the same rows each row goes to one."""
    now = timezone.now()
    with transaction.atomic():
        free = PendingResponse.objects.filter(is_free(now), failed_at=None).order_by("pk")
        if connection.features.has_select_for_update_skip_locked:
            free = free.select_for_update(skip_locked=True)
        ids = list(free.values_list("pk", flat=True)[:limit])
        if ids:
            PendingResponse.objects.filter(is_free(now), pk__in=ids).update(
                taken_at=now, taken_by=runner
            )
            mine = PendingResponse.objects.filter(pk__in=ids, taken_at=now, taken_by=runner)
            ids = list(mine.order_by("pk").values_list("pk", flat=True))
    return load(ids)


def is_free(now: datetime) -> Q:
    """Pending rows nobody follows up at `now`: never taken, taken longer ago than the
    lease, or taken by a runner that is silent (or gone)."""
    silent = timedelta(seconds=settings.PIPELINE_SILENT_SECONDS)
    alive = Runner.objects.filter(beat_at__gte=now - silent).values("run")
    orphaned = ~Q(taken_by="") & ~Q(taken_by__in=alive)
    return Q(taken_at=None) | Q(taken_at__lt=now - LEASE) | orphaned


# Runners and their heartbeat -------------------------------------------------------------


@contextmanager
def running(*, every: float | None = None) -> Iterator[str]:
    """This process as a runner for the block: a `Runner` row whose heartbeat a thread
    renews every `every` seconds (`PIPELINE_HEARTBEAT_SECONDS`); yields the run id to
    take batches under. The row goes at the end (a clean stop leaves nothing taken);
    runners forgotten long ago go too."""
    every = every or settings.PIPELINE_HEARTBEAT_SECONDS
    run = uuid.uuid4().hex
    now = timezone.now()
    beat(run, now)
    Runner.objects.filter(beat_at__lt=now - FORGOTTEN).delete()
    stop = threading.Event()
    heart = threading.Thread(
        target=_keep_beating, args=(run, stop, every), name="pipeline-heartbeat", daemon=True
    )
    heart.start()
    try:
        yield run
    finally:
        stop.set()
        heart.join()
        Runner.objects.filter(run=run).delete()


def beat(run: str, now: datetime | None = None) -> None:
    """Say that the runner `run` is alive at `now`: its row, made if it is not there
    (new, or removed while the runner was silent for `FORGOTTEN`)."""
    now = now or timezone.now()
    if not Runner.objects.filter(run=run).update(beat_at=now):
        Runner.objects.create(
            run=run, host=socket.gethostname()[:255], pid=os.getpid(), started_at=now, beat_at=now
        )


def _keep_beating(run: str, stop: threading.Event, every: float) -> None:
    """The heartbeat thread: `beat` until `stop`; a database away is logged and tried
    again at the next beat (once it is silent too long, its batch may be taken again: the
    steps are idempotent, so a response then goes through a step twice, never none)."""
    try:
        while not stop.wait(every):
            try:
                beat(run)
            except DatabaseError:
                logger.warning("pipeline: runner %s could not beat; trying again", run)
    finally:
        connection.close()


def load(ids: Sequence[int]) -> list[Response]:
    """The responses with these ids, oldest first, with one object per organisation,
    location, survey and step of the batch (so that what the steps look up on them,
    the organisation's settings, is read once a batch)."""
    if not ids:
        return []
    responses = list(
        Response.objects.filter(pk__in=ids)
        .select_related("organization__feedback_settings")
        .order_by("pk")
    )
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


def follow_up_new(ids: Sequence[int]) -> Failures:
    """Follow up responses just stored without a pending row (no broker, outside
    `servicegap serve`). Those that fail get a pending row with the reason, taken
    again after the lease like any other."""
    failed = follow_up(load(ids))
    if failed:
        now = timezone.now()
        PendingResponse.objects.bulk_create(
            [PendingResponse(response_id=pk, taken_at=now) for pk in failed],
            ignore_conflicts=True,
        )
        for pk, why in failed.items():
            record_failure(pk, why)
    return failed


def retry_given_up() -> int:
    """Put the given-up follow-ups back in the queue, with fresh attempts (an operator
    fixed what failed); how many."""
    return PendingResponse.objects.given_up().update(failed_at=None, taken_at=None, attempts=0)


# Re-analysis ---------------------------------------------------------------------------


def reanalyse(
    organization: Organization,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> retraining.BulkResult:
    """Analyse every comment of the organisation again with its current model, then run
    the steps after the analysis for what is news (`follow_up_analysis`)."""
    result = retraining.analyse_responses(organization, progress=progress)
    follow_up_analysis(result.news)
    return result


def follow_up_analysis(responses: Sequence[Response]) -> Failures:
    """The moments and cases steps for comments analysed again: only a churn signal
    that is news counts (the rest of an old response was followed up when it came).
    Failures are logged and returned."""
    churned = churn_signals(responses)
    news = [r for r in responses if r.pk in churned]
    failed = raise_moments(news, churned, new=False)
    failed |= open_cases(_without(news, failed), churned, new=False)
    return failed
