"""The hand-computed gap fixture plus recovery and the save list, for the report tests.

On top of tests/gap/conftest.py (period 1 September to 30 November 2026):
- Location A (Max's, North): a phone case opened 5 October at 10:00 UTC, acknowledged
  3 hours later; a save-list case for a customer whose alert ended "saved" (value at
  risk 150) on 28 October, with 25 spent on a gesture.
- Location B (no manager): a case opened 6 October, never acknowledged.
All three are open and, today, overdue.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from servicegap.customers.models import Alert
from servicegap.recovery import budgets, cases
from servicegap.recovery.models import Case
from tests.customers.factories import AlertFactory, CustomerFactory
from tests.gap.conftest import at


def fill(world, owner) -> None:
    acknowledged = cases.open_case(
        organization=world.org, location=world.location_a, source=Case.Source.PHONE,
        summary="The bill took 25 minutes", by=owner, now=at(date(2026, 10, 5), 10),
    )  # fmt: skip
    cases.change_status(
        acknowledged, Case.Status.ACKNOWLEDGED, by=owner,
        now=acknowledged.opened_at + timedelta(hours=3),
    )  # fmt: skip
    customer = CustomerFactory(organization=world.org, home_location=world.location_a)
    alert = AlertFactory(organization=world.org, customer=customer, value_at_risk=Decimal(150))
    saved = cases.open_case(
        organization=world.org, location=world.location_a, source=Case.Source.SAVE_LIST,
        summary="Save a regular", by=owner, customer=customer, alert=alert,
        now=at(date(2026, 10, 20)),
    )  # fmt: skip
    budgets.record_action(
        saved, kind="complimentary", amount="25", by=owner, now=at(date(2026, 10, 21))
    )
    Alert.objects.filter(pk=alert.pk).update(
        status=Alert.Status.SAVED, resolved_at=at(date(2026, 10, 28))
    )
    cases.open_case(
        organization=world.org, location=world.location_b, source=Case.Source.WALK_IN,
        summary="Cold soup", by=owner, now=at(date(2026, 10, 6)),
    )  # fmt: skip
