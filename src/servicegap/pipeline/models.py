"""The pipeline's one table: when each scheduled task is due, for the background
process of `servicegap serve` (no broker) to run it on time, once across servers."""

from __future__ import annotations

from django.db import models


class ScheduledTask(models.Model):
    """One entry of `CELERY_BEAT_SCHEDULE` (its key is `name`), as run without a broker.

    A process runs the task only after moving `due_at` on with a conditional UPDATE
    (`due_at=<the value it read>`), so that of two servers on one database exactly one
    runs each due time (`background.claim`).
    """

    name = models.CharField(max_length=200, unique=True)
    task = models.CharField(max_length=200)
    due_at = models.DateTimeField()
    runs = models.PositiveIntegerField(default=0)
    last_started_at = models.DateTimeField(null=True, blank=True)
    last_finished_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True, default="")

    def __str__(self) -> str:
        return f"{self.name} (due {self.due_at:%Y-%m-%d %H:%M} UTC)"


class Runner(models.Model):
    """A process that follows up pending responses (the background process of `servicegap
    serve`, a Celery task), alive while its heartbeat is fresh.

    Each pending response a runner takes records its `run` (`PendingResponse.taken_by`);
    a thread of the runner moves `beat_at` on every `PIPELINE_HEARTBEAT_SECONDS` while it
    works. Once it has been silent for `PIPELINE_SILENT_SECONDS` (killed, its machine gone), any
    other runner takes its responses again: within a minute of a crash, not after the
    ten-minute lease, which stays the last resort for a runner alive but hung. The row is
    removed when the runner stops; rows of runners that died are removed a day later.
    """

    run = models.CharField(max_length=32, unique=True)  # a fresh id for each run
    host = models.CharField(max_length=255, blank=True, default="")
    pid = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField()
    beat_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"runner {self.run} (pid {self.pid} on {self.host or '?'})"
