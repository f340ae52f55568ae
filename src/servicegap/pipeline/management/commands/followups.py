"""`servicegap followups [--retry]`: the follow-ups given up after their attempts."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from servicegap.feedback.models import PendingResponse
from servicegap.pipeline import followup


class Command(BaseCommand):
    help = (
        "List the feedback responses whose follow-up (comment analysis, alert, moments "
        "of truth, automatic cases) failed every attempt, with the step and reason; "
        "--retry queues them again."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--retry", action="store_true", help="Queue them again, with fresh attempts."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        given_up = PendingResponse.objects.given_up().order_by("pk")
        for pending in given_up:
            self.stdout.write(
                f"response {pending.response_id}: given up {pending.failed_at:%Y-%m-%d %H:%M} "
                f"UTC after {pending.attempts} tries: {pending.last_error}"
            )
        waiting = PendingResponse.objects.filter(failed_at=None).count()
        self.stdout.write(f"{given_up.count()} given up, {waiting} pending.")
        if options["retry"]:
            self.stdout.write(f"{followup.retry_given_up()} queued again.")
