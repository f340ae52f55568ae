from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from servicegap.core.models import Organization
from servicegap.customers import scoring
from servicegap.customers.models import Alert, ScoreRun


class Command(BaseCommand):
    help = (
        "Fit BG/NBD and Gamma-Gamma to an organisation's visits and score every customer: "
        "P(alive), expected visits, value and value at risk; open the save list's alerts."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True, help="The organisation's short name (slug).")

    def handle(self, *args: Any, **options: Any) -> None:
        organization = Organization.objects.filter(slug=options["org"]).first()
        if organization is None:
            raise CommandError(f"No organisation with the short name {options['org']!r}.")
        run = scoring.score_organization(organization)
        if run.status == ScoreRun.Status.TOO_LITTLE_DATA:
            raise CommandError(f"Not scored: {run.message}")
        bgnbd, gamma = run.parameters["bgnbd"], run.parameters["gamma_gamma"]
        self.stdout.write(f"Scored {run.customers} customers ({run.repeat_customers} repeat).")
        self.stdout.write(
            "BG/NBD (days): r={r:.4g} alpha={alpha:.4g} a={a:.4g} b={b:.4g}".format(**bgnbd)
        )
        self.stdout.write("Gamma-Gamma: p={p:.4g} q={q:.4g} v={v:.4g}".format(**gamma))
        on_list = Alert.objects.filter(organization=organization).on_save_list().count()
        self.stdout.write(f"Save list: {on_list} customers.")
