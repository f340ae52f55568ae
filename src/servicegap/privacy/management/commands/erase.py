"""`servicegap erase --org SLUG --customer ID`: erase one customer's data for good."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from servicegap.core.models import Organization
from servicegap.customers import erasure as customers_erasure
from servicegap.customers.models import Customer
from servicegap.privacy import erasure
from servicegap.privacy.models import ErasureLog


class Command(BaseCommand):
    help = (
        "Erase one customer's personal data everywhere (visits, scores, alerts, comments, "
        "contact details, case notes, webhook deliveries, uploads, comment models). It "
        "cannot be undone; the erasure log records the counts."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True, help="The organisation's short name (slug).")
        parser.add_argument(
            "--customer",
            required=True,
            metavar="ID",
            help="The customer's id, code, name, e-mail address or phone number, in full.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        organization = Organization.objects.filter(slug=options["org"]).first()
        if organization is None:
            raise CommandError(f"No organisation with the short name {options['org']!r}.")
        found = customers_erasure.find_customers(
            Customer.objects.filter(organization=organization), options["customer"]
        )
        if not found:
            raise CommandError(
                f"No customer of {organization.slug} has the id, code, name, e-mail address "
                "or phone number given."
            )
        if len(found) > 1:
            ids = ", ".join(customer.external_id for customer in found[:10])
            raise CommandError(
                f"{len(found)} customers match ({ids}); give the customer id of one of them."
            )
        try:
            log = erasure.erase_customer(found[0], by=None, via=ErasureLog.Via.COMMAND)
        except erasure.ErasureError as error:
            raise CommandError(str(error)) from error
        rows = ", ".join(f"{kind} {count}" for kind, count in sorted(log.counts.items()) if count)
        self.stdout.write(f"Erased one customer of {organization.slug}: {rows or 'no rows'}.")
