"""`servicegap import visits FILE --org SLUG [--dry-run]`."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from servicegap.core.models import Organization
from servicegap.customers import importer


class Command(BaseCommand):
    help = "Import data from a file. `import visits FILE --org SLUG` imports customers' visits."

    def add_arguments(self, parser: CommandParser) -> None:
        kinds = parser.add_subparsers(dest="kind", required=True, metavar="KIND")
        visits = kinds.add_parser(
            "visits",
            help="Visits from a CSV or XLSX file, all rows or none.",
            description=(
                "Import visits (customer id, date, location, amount; optionally channel, visit "
                "id, name, contact, consent) from a CSV or XLSX file with a header line. Every "
                "bad row is listed with its line, column and reason, and nothing is imported "
                "unless all rows are good (or --skip-bad-rows). Importing a file again adds "
                "nothing twice."
            ),
        )
        visits.add_argument("file", type=Path, help="The CSV or XLSX file.")
        visits.add_argument("--org", required=True, help="The organisation's short name (slug).")
        visits.add_argument("--dry-run", action="store_true", help="Check the file only.")
        visits.add_argument(
            "--skip-bad-rows", action="store_true", help="Import the good rows, skip the bad."
        )
        visits.add_argument(
            "--column",
            action="append",
            default=[],
            metavar="FIELD=HEADER",
            help=f"Read FIELD from the column HEADER; fields: {', '.join(importer.FIELDS)}.",
        )
        visits.add_argument(
            "--month-first",
            action="store_true",
            help="Read 03/04/2024 as 4 March (default: 3 April, day first).",
        )
        visits.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args: Any, **options: Any) -> None:
        organization = Organization.objects.filter(slug=options["org"]).first()
        if organization is None:
            raise CommandError(f"No organisation with the short name {options['org']!r}.")
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        columns = {}
        for item in options["column"]:
            name, sep, header = item.partition("=")
            if not sep:
                raise CommandError(f"--column {item!r}: write FIELD=HEADER, e.g. amount=Total.")
            columns[name.strip()] = header.strip()
        choice = importer.Options(
            columns=columns,
            day_first=not options["month_first"],
            skip_bad_rows=options["skip_bad_rows"],
            dry_run=options["dry_run"],
        )
        bar = None if options["no_progress"] else ProgressBar(self.stderr, path.stat().st_size)
        try:
            report = importer.import_visits(
                path, organization, options=choice, name=path.name, progress=bar
            )
        except importer.ImportCancelled as error:
            raise CommandError(
                f"{path.name}: cancelled on the Imports page; nothing was imported."
            ) from error
        except importer.ImportFileError as error:
            raise CommandError(f"{path.name}: {error}") from error
        finally:
            if bar:
                bar.close()
        for error in report.errors:
            self.stdout.write(f"{path.name}: {error}")
        if report.more_errors:
            self.stdout.write(f"{path.name}: … and {report.more_errors} more bad rows.")
        self.stdout.write(importer.summary(report))
        if report.bad_rows and not report.written:
            raise CommandError(f"{report.bad_rows} bad rows; nothing imported.")


class ProgressBar:
    """A one-line bar on a terminal; a line every 10 seconds elsewhere."""

    def __init__(self, stream, size: int) -> None:
        self.stream = stream
        self.tty = hasattr(sys.stderr, "isatty") and sys.stderr.isatty()
        self.started = self.shown = time.monotonic()
        self.checked = 0

    def __call__(self, phase: str, done: int, total: int) -> None:
        now = time.monotonic()
        if phase in ("checking", "checked"):
            self.checked = done
        if not self.tty and now - self.shown < 10 and phase not in ("checked", "done"):
            return
        self.shown = now
        total = total or self.checked
        if phase in ("checking", "checked"):
            text = f"checking: {done:,} rows"
        else:
            share = done / total if total else 1.0
            filled = int(30 * share)
            text = f"importing [{'#' * filled}{'.' * (30 - filled)}] {done:,}/{total:,}"
        text += f"  {now - self.started:.0f} s"
        self.stream.write(("\r" + text) if self.tty else text, ending="" if self.tty else "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("")
