"""What follows a stored response: its comment analysed, an alert e-mailed to the
location's managers, other apps told. None of it is the customer's wait.

Without a broker (the embedded default) the process that stored a response follows it
up as soon as it is committed, as eager Celery would run a task. With a broker, the
statement that stores the response also writes its `PendingResponse` row, and the
server process sends `follow_up_pending` at most once every `SEND_EVERY` seconds, with
that long a countdown, so a busy form costs one task a second per process, not one per
response. The worker takes pending responses a batch at a time and deletes each row
once its response is followed up; a batch whose worker died is taken again after
`LEASE`, and the beat schedule runs the task every minute, so a response whose task was
lost is still followed up within minutes.

In order, for each batch: receivers of `signals.responses_received` (comment analysis,
which may flag spam), then each response's alert, then `signals.response_received`
for each response. Each step may run twice for a response after a crash, never not at
all: the receivers are idempotent (one analysis, one alert claim, one open case per
response).
"""

from __future__ import annotations

import logging
import math
import time
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from servicegap.core.models import Location
from servicegap.feedback import alerts, signals
from servicegap.feedback.models import PendingResponse, Response, Survey
from servicegap.standards.models import JourneyStep

logger = logging.getLogger(__name__)

BATCH = 200  # responses taken at once
BATCHES_PER_TASK = 50  # then the task hands on to a new one, so that none runs for ever
LEASE = timedelta(minutes=2)  # a batch taken this long ago and still pending is taken again
SEND_EVERY = 1.0  # seconds: at most one task per server process in this time

_last_sent = -math.inf


def queued() -> bool:
    """Whether new responses wait for a worker (FEEDBACK_QUEUE_FOLLOW_UPS: a broker is
    configured)."""
    return settings.FEEDBACK_QUEUE_FOLLOW_UPS


def stored(response: Response | None, *, queued: bool) -> None:
    """Called by the intake for each new response: follow it up once it is committed
    (no broker), or make sure a worker will soon (its pending row is written)."""
    if queued:
        transaction.on_commit(_send_task)
    else:
        transaction.on_commit(lambda: follow_up([response]))


def _send_task() -> None:
    global _last_sent
    now = time.monotonic()
    if now - _last_sent < SEND_EVERY:
        return  # a task sent less than SEND_EVERY ago will find this response too
    _last_sent = now
    from servicegap.feedback.tasks import follow_up_pending

    try:
        follow_up_pending.apply_async(countdown=SEND_EVERY)
    except Exception:  # the broker is down: the response is stored, the beat will find it
        _last_sent = -math.inf
        logger.exception("feedback: could not send the follow-up task; the next run will")


def follow_up_pending(batches: int = BATCHES_PER_TASK) -> tuple[int, bool]:
    """Follow up pending responses, up to `batches` full batches: (how many, whether a
    backlog is left).

    It stops at the first batch that is not full: what arrives meanwhile waits for the
    task its server sends within `SEND_EVERY`, so that batches stay large while
    customers keep answering (small ones would cost their fixed queries each).
    """
    done = 0
    for _batch in range(batches):
        responses = take(BATCH)
        if responses:
            follow_up(responses)
            PendingResponse.objects.filter(pk__in=[r.pk for r in responses]).delete()
            done += len(responses)
        if len(responses) < BATCH:
            return done, False
    return done, True


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


def follow_up(responses: list[Response]) -> None:
    """Analyse, alert and tell other apps about new responses (see the module)."""
    signals.responses_received.send(sender=Response, responses=responses)
    memo: dict = {}
    for response in responses:
        try:
            alerts.alert_if_needed(response, memo=memo)
        except Exception:  # an SMTP server that is down: the next alert may go through
            logger.exception("feedback: the alert for response %s was not sent", response.pk)
        # Each receiver on its own: one that fails is logged (by Django) and the others
        # still hear of the response.
        signals.response_received.send_robust(sender=Response, response=response)
