"""`servicegap background`: the follow-ups and scheduled tasks without a broker.

`servicegap serve` starts it beside gunicorn and stops it with the server; run it on
its own only where no server does (`--once` runs one turn and exits).
"""

from __future__ import annotations

import threading
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from servicegap.pipeline import background, followup


class Command(BaseCommand):
    help = (
        "Follow up new feedback responses in batches and run the scheduled tasks of "
        "CELERY_BEAT_SCHEDULE on time, as Celery workers and beat would with a broker. "
        "SIGTERM or Ctrl-C stops it after the work in hand."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--once", action="store_true", help="One turn, then exit.")
        parser.add_argument(
            "--poll", type=float, default=background.POLL, help="Seconds between looks."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["once"]:
            background.load_tasks()
            with followup.running() as runner:
                background.turn(runner=runner)
            return
        stop = threading.Event()
        background.stop_on_signals(stop)
        self.stdout.write("background: following up responses and running the schedule")
        self.stdout.flush()
        background.run(stop, poll=options["poll"])
        self.stdout.write("background: stopped")
