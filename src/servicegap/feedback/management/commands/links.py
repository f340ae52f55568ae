from __future__ import annotations

import os
import sys
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from servicegap.core.models import Organization
from servicegap.feedback import qr
from servicegap.feedback.models import SurveyLink


class Command(BaseCommand):
    help = (
        "Print one public feedback URL per open survey link of an organisation, after "
        "where it is used (location, channel, table) and a tab."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True, help="The organisation's short name (slug).")
        parser.add_argument(
            "--all", action="store_true", help="Include closed links (which customers cannot use)."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        organization = Organization.objects.filter(slug=options["org"]).first()
        if organization is None:
            raise CommandError(f"No organisation with the short name {options['org']!r}.")
        links = SurveyLink.objects.filter(organization=organization)
        if not options["all"]:
            links = links.open()
        links = sorted(links.select_related("location"), key=SurveyLink.sort_key)
        if qr.is_loopback(settings.SITE_URL):
            self.stderr.write(qr.LOOPBACK_HINT.format(url=settings.SITE_URL))
        try:
            for link in links:
                self.stdout.write(f"{where(link)}\t{link.public_url()}")
            self.stdout.flush()
        except BrokenPipeError:
            # The reader (e.g. `head`) has had enough: stop quietly, as Unix tools do.
            if getattr(self.stdout, "_out", None) is sys.stdout:
                _silence_stdout()


def where(link: SurveyLink) -> str:
    """ "Old Town · QR code on a table · table 7": where the link is used."""
    parts = [link.location.name, str(link.get_channel_display())]
    if link.table:
        parts.append(f"table {link.table}")
    return " · ".join(parts)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's flush at exit cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)
