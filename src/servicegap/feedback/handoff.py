"""How a stored response reaches the pipeline that follows it up (`servicegap.pipeline`):
its comment analysed, its alert e-mailed, its customer's moments of truth, recovery's
automatic cases. None of it is the customer's wait.

- Where follow-ups are queued (`FEEDBACK_QUEUE_FOLLOW_UPS`: with a broker, and in the
  processes of `servicegap serve`), the statement that stores a response also writes its
  `PendingResponse` row and the request is done. The background process of
  `servicegap serve` (no broker) finds the row within a second; with a broker the
  server sends the pipeline's task after the commit, at most one per `SEND_EVERY`
  seconds per cache, and beat runs it every minute, so that a response whose task was
  lost, or that arrived while the broker was down, is still followed up.
- Anywhere else (the development server, commands, the shell, tests), each response is
  followed up right after its request or transaction commits, as eager Celery would
  run a task.

The feedback app sits below the pipeline, so it names the pipeline's tasks rather than
importing them.
"""

from __future__ import annotations

import logging
from typing import Any

from celery import current_app
from django.conf import settings
from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger(__name__)

FOLLOW_UP_PENDING = "servicegap.pipeline.tasks.follow_up_pending"
FOLLOW_UP_RESPONSE = "servicegap.pipeline.tasks.follow_up_response"
SEND_EVERY = 1  # seconds: at most one task sent in this time (with a broker)
BROKER_DOWN_PAUSE = 30  # seconds without trying again after a send failed
_SENT_KEY = "feedback:follow-up-task-sent"


def queued() -> bool:
    """Whether a new response is stored with its pending row, to be followed up in a
    batch (by a worker, or by the background process of `servicegap serve`), rather
    than right after it is committed."""
    return settings.FEEDBACK_QUEUE_FOLLOW_UPS


def stored(submission: Any, *, queued: bool) -> None:
    """Called by the intake for each new response (`intake.Submission`) once it is
    stored: with a broker, have the pipeline's task sent after the commit; unqueued,
    have the response followed up right after it."""
    if not queued:
        pk = submission.pk
        transaction.on_commit(lambda: run_task(FOLLOW_UP_RESPONSE, pk))
    elif settings.CELERY_BROKER_URL:
        transaction.on_commit(send_follow_up_task)
    # else: the background process of `servicegap serve` takes the pending row.


def run_task(name: str, *args: Any, **options: Any) -> None:
    """Run or send the Celery task registered as `name` (eagerly without a broker)."""
    current_app.signature(name, args=args).apply_async(**options)


def send_follow_up_task() -> None:
    """Send the pipeline's batch task, unless one was sent in the last `SEND_EVERY`
    seconds (that one finds this response too). A broker that is down costs the
    customer nothing: the response is stored, beat's run finds it."""
    if not cache.add(_SENT_KEY, 1, timeout=SEND_EVERY):
        return
    try:
        run_task(FOLLOW_UP_PENDING, countdown=SEND_EVERY, retry=False)
    except Exception:
        cache.set(_SENT_KEY, 1, timeout=BROKER_DOWN_PAUSE)
        logger.exception("feedback: could not send the follow-up task; beat's run will")
