"""`servicegap report --org SLUG [--since D --until D] [--pdf FILE] [--send [--force]]`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from servicegap.core.models import Organization
from servicegap.gap import digest, forms, report, tasks
from servicegap.standards.pdf import PANGO_HINT, PdfUnavailable


def day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a day; write YYYY-MM-DD") from None


class Command(BaseCommand):
    help = (
        "The executive report of an organisation for a period: as text on the standard "
        "output, as an A4 PDF (--pdf FILE), or sent now as the e-mail digest (--send)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True, help="The organisation's short name (slug).")
        parser.add_argument("--since", type=day, help="First day (YYYY-MM-DD).")
        parser.add_argument(
            "--until",
            type=day,
            help="Last day (YYYY-MM-DD). Default: the digest's latest whole period.",
        )
        parser.add_argument("--pdf", type=Path, metavar="FILE", help="Write the PDF to FILE.")
        parser.add_argument(
            "--send",
            action="store_true",
            help="Send the digest of the period to its recipients now.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="With --send: send again to those who already had this period's digest.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        organization = Organization.objects.filter(slug=options["org"]).first()
        if organization is None:
            raise CommandError(f"No organisation with the short name {options['org']!r}.")
        if options["force"] and not options["send"]:
            raise CommandError("--force: only with --send.")
        since, until = forms.period(organization, options["since"], options["until"])
        try:
            found = report.executive_report(organization, since, until)
        except ValidationError as error:
            field, messages = next(iter(error.message_dict.items()))
            raise CommandError(f"--{field}: {' '.join(messages)}") from None
        if not options["pdf"] and not options["send"]:
            self.stdout.write(report.render_text(found))
        if options["pdf"]:
            self._write_pdf(found, options["pdf"])
        if options["send"]:
            self._send(organization, since, until, force=options["force"])

    def _write_pdf(self, found: report.Report, path: Path) -> None:
        try:
            path.write_bytes(report.render_pdf(found))
        except report.EmptyReport as error:
            raise CommandError(f"{error} No PDF written.") from None
        except PdfUnavailable as error:
            raise CommandError(f"The PDF cannot be made here ({error}). {PANGO_HINT}") from None
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror}") from None
        self.stdout.write(f"PDF written to {path} ({found.since} to {found.until}).")

    def _send(self, organization: Organization, since: date, until: date, *, force: bool) -> None:
        people = digest.recipients(digest.schedule_of(organization))
        if not people:
            raise CommandError("Nobody to send the digest to: the organisation has no owner.")
        outcome = tasks.send_period(organization, since, until, people, force=force)
        for email, what in outcome.items():
            self.stdout.write(f"{email}: {what}")
        if any(what == digest.ALREADY_SENT for what in outcome.values()):
            self.stdout.write("Add --force to send this period again.")
