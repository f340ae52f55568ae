"""The background process of `servicegap serve` without a broker: what Celery workers
and beat do with one, in one process beside gunicorn (`servicegap background`).

It loops: run the scheduled tasks of `CELERY_BEAT_SCHEDULE` that are due (overdue-case
escalation, nightly scoring and retraining, digests, clean-ups), then take one batch of
pending feedback responses and follow it up (`followup`); it sleeps `POLL` seconds
when there was nothing to do. Each scheduled run is claimed with a conditional UPDATE
(`claim`), so two servers on one database never run one twice; each batch is taken
under this process's run id (`followup.take`, `followup.running`), so a killed
process's batch is taken again once its heartbeat is silent, within a minute. Asked to stop (SIGTERM, SIGINT), it finishes the batch or task in hand and exits.

Web workers keep no timers or module globals for any of this: they only store.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
from datetime import datetime, timedelta
from typing import Any

from celery import current_app
from django.conf import settings
from django.db import IntegrityError, close_old_connections
from django.db.models import F
from django.utils import timezone

from servicegap.pipeline import followup
from servicegap.pipeline.models import ScheduledTask

logger = logging.getLogger(__name__)

POLL = 1.0  # seconds between looks when there is nothing to do
# Done by the loop itself, every turn: not run again from the schedule.
FOLLOW_UP_TASK = "servicegap.pipeline.tasks.follow_up_pending"


def alongside_server() -> list[str] | None:
    """`SERVICEGAP_SERVE_ALONGSIDE` entry, called by `servicegap serve` before gunicorn
    forks its workers: without a broker, the workers only store new responses (with
    their pending rows) and this process's command line is started beside them; with
    one, Celery workers and beat do the work (None)."""
    if settings.CELERY_BROKER_URL:
        return None
    settings.FEEDBACK_QUEUE_FOLLOW_UPS = True  # for the workers about to be forked
    return [sys.executable, "-m", "servicegap", "background"]


def run(stop: threading.Event, *, poll: float = POLL) -> None:
    """Loop until `stop` is set; the batch or task in hand is finished first. The loop
    is one runner (`followup.running`): while it beats, nobody else takes its batch; once
    it is killed, another takes the batch within `PIPELINE_SILENT_SECONDS`."""
    load_tasks()
    with followup.running() as runner:
        while not stop.is_set():
            close_old_connections()  # a connection past its age, or broken, is made anew
            busy = turn(runner=runner)
            if not busy:
                stop.wait(poll)


def load_tasks() -> None:
    """Register every app's Celery tasks in this process, for the schedule to find."""
    current_app.loader.import_default_modules()


def turn(now: datetime | None = None, *, runner: str = "") -> bool:
    """One turn of the loop: the due scheduled tasks, then one batch of pending
    responses, taken under `runner`; whether there is more to do at once (a full
    batch). Never raises: a database that is away is logged and looked at again next
    turn."""
    try:
        run_due_tasks(now or timezone.now())
        _done, more = followup.follow_up_pending(batches=1, runner=runner)
    except Exception:
        logger.exception("background: this turn failed; tried again in a moment")
        return False
    return more


def run_due_tasks(now: datetime) -> list[str]:
    """Run each scheduled task that is due and that this process claimed; their names."""
    ran = []
    for name, entry in settings.CELERY_BEAT_SCHEDULE.items():
        if entry["task"] == FOLLOW_UP_TASK:
            continue
        row = scheduled(name, entry, now)
        if row.due_at <= now and claim(row, next_due(entry, now)):
            run_task(row, entry)
            ran.append(name)
    return ran


def scheduled(name: str, entry: dict[str, Any], now: datetime) -> ScheduledTask:
    """The task's row; a new one is first due one interval from now, as beat would."""
    row = ScheduledTask.objects.filter(name=name).first()
    if row is not None:
        return row
    try:
        return ScheduledTask.objects.create(
            name=name, task=entry["task"], due_at=next_due(entry, now)
        )
    except IntegrityError:  # made by another server a moment ago
        return ScheduledTask.objects.get(name=name)


def next_due(entry: dict[str, Any], now: datetime) -> datetime:
    """When the entry is due next after a run starting `now`: its interval in seconds
    or a timedelta, or any Celery schedule (crontab) through its own estimate."""
    schedule = entry["schedule"]
    if isinstance(schedule, int | float):
        return now + timedelta(seconds=schedule)
    if isinstance(schedule, timedelta):
        return now + schedule
    return now + schedule.remaining_estimate(now)


def claim(row: ScheduledTask, due_next: datetime) -> bool:
    """Move the task's due time on, only if nobody else did since it was read: the
    process whose UPDATE matched runs it, any other leaves it."""
    claimed = ScheduledTask.objects.filter(pk=row.pk, due_at=row.due_at).update(
        due_at=due_next, last_started_at=timezone.now()
    )
    return claimed == 1


def run_task(row: ScheduledTask, entry: dict[str, Any]) -> None:
    """Run the claimed task here and record how it went; a failure is logged and kept
    on the row (`last_error`), never raised: the next due time is already set."""
    error = ""
    try:
        task = current_app.tasks[entry["task"]]
        task(*entry.get("args", ()), **entry.get("kwargs", {}))
    except Exception as exc:
        logger.exception("background: the scheduled task %s failed", row.name)
        error = repr(exc)[:2000]
    ScheduledTask.objects.filter(pk=row.pk).update(
        runs=F("runs") + 1, last_finished_at=timezone.now(), last_error=error
    )


def stop_on_signals(stop: threading.Event) -> None:
    """SIGTERM and SIGINT set `stop`: the loop ends after the batch or task in hand."""

    def handler(signum: int, frame: Any) -> None:
        logger.info("background: stopping after the work in hand")
        stop.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
