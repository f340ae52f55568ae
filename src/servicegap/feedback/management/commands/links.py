from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from servicegap.core.models import Organization
from servicegap.feedback.models import SurveyLink


class Command(BaseCommand):
    help = "Print one public feedback URL per open survey link of an organisation."

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
        for link in links.select_related("location"):
            self.stdout.write(link.public_url())
