"""`servicegap textlens retrain --org SLUG` and `servicegap textlens reanalyse --org SLUG`.

A pipeline command: re-analysis is followed by the steps after it (moments of truth,
automatic cases) for comments with a new churn signal.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from servicegap.core.models import Organization
from servicegap.feedback.models import Response
from servicegap.pipeline import followup
from servicegap.textlens import retraining


class Command(BaseCommand):
    help = (
        "Comment analysis: `retrain` fits an organisation's model on the base examples and "
        "its managers' corrections; `reanalyse` analyses every comment again with the "
        "current model."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        for name, text in (
            ("retrain", "Train the organisation's model on its corrections and use it."),
            ("reanalyse", "Analyse every comment again with the organisation's current model."),
        ):
            sub = commands.add_parser(name, help=text, description=text)
            sub.add_argument("--org", required=True, help="The organisation's short name (slug).")

    def handle(self, *args: Any, **options: Any) -> None:
        organization = Organization.objects.filter(slug=options["org"]).first()
        if organization is None:
            raise CommandError(f"No organisation with the short name {options['org']!r}.")
        if options["action"] == "retrain":
            self.retrain(organization)
        else:
            self.reanalyse(organization)

    def retrain(self, organization: Organization) -> None:
        self.stdout.write(f"Training a model for {organization.slug}...")
        started = time.monotonic()
        try:
            row = retraining.retrain(organization)
        except retraining.RetrainError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Model {row.label} (version {row.version}) trained on {row.base_examples} base "
                f"examples and {row.corrections} corrected comments in "
                f"{time.monotonic() - started:.1f} s; saved as {row.path} and now in use."
            )
        )
        self.stdout.write(
            f"Run `servicegap textlens reanalyse --org {organization.slug}` to apply it to "
            "the comments already analysed."
        )

    def reanalyse(self, organization: Organization) -> None:
        comments = Response.objects.filter(organization=organization).exclude(comment="")
        total = comments.count()
        if total == 0:
            raise CommandError(f"{organization.slug} has no comments to analyse.")
        self.stdout.write(f"Analysing {total} comments of {organization.slug}...")
        started = time.monotonic()

        def progress(done: int, of: int) -> None:
            self.stdout.write(f"  {done}/{of}")

        result = followup.reanalyse(organization, progress=progress)
        self.stdout.write(
            self.style.SUCCESS(
                f"{result.analysed} comments analysed with model {result.model_version or '—'} "
                f"in {time.monotonic() - started:.1f} s ({result.created} for the first time, "
                f"{result.flagged_spam} newly flagged as spam)."
            )
        )
