"""Recovery fixtures: journey steps, budgets per role, a case at Location A."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from servicegap.core.models import P, Role
from servicegap.recovery import cases
from servicegap.recovery.models import Case, EmpowermentBudget, Severity
from tests.standards.factories import JourneyStepFactory

# A Monday, 10:00 in Paris (the world's organisation is in Europe/Paris).
T0 = datetime(2025, 3, 3, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))


@pytest.fixture
def step(world):
    return JourneyStepFactory(organization=world.org, name="Ordering")


@pytest.fixture
def role_budgets(world):
    """Staff 50/day and 300/month, supervisors 150 and 1000, managers 500 and 5000."""
    for role, day, month in (
        (Role.STAFF, "50.00", "300.00"),
        (Role.SUPERVISOR, "150.00", "1000.00"),
        (Role.MANAGER, "500.00", "5000.00"),
    ):
        EmpowermentBudget.objects.create(
            organization=world.org,
            role=role,
            per_customer_per_day=Decimal(day),
            monthly_cap=Decimal(month),
        )


def new_case(world, by=None, *, severity=Severity.MEDIUM, location=None, now=T0, **extra) -> Case:
    return cases.open_case(
        organization=world.org,
        location=location or world.location_a,
        source=Case.Source.PHONE,
        summary="Delivery question answered with “call back in 20 minutes”",
        severity=severity,
        by=by,
        now=now,
        **extra,
    )


@pytest.fixture
def case(world, staff_sam):
    return new_case(world, staff_sam)


def ready_to_close(case: Case, by, step, *, follow_up: bool = True) -> None:
    """A full inquiry, an apology, and (if asked) a follow-up done."""
    from servicegap.recovery import budgets

    cases.record_inquiry(case, what_happened="The driver was lost.", p=P.PROCESS, step=step, by=by)
    budgets.record_action(case, kind="apology", amount="0", by=by)
    if follow_up:
        cases.record_follow_up(
            case, planned_on=T0.date(), channel="phone", by=by, done=True, outcome="retained"
        )
