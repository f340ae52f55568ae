"""A small organisation whose lenses are computed by hand in the tests.

Period: 1 September to 30 November 2026 (the previous period of the same length, 91
days: 2 June to 31 August). Journey steps "Greeting" (a People standard, one behaviour
of weight 2) and "Bill" (a Process standard, behaviours of weight 1 and 3).

Location A (North region):
- 5 self-assessments in October: both Bill behaviours passed → Believed 100.
- 5 mystery shops in October: weight 1 passed in all; weight 3 passed in 2 of 5 →
  Observed 11/20 = 55. One more in July (previous period), everything passed.
- 5 responses in October naming the Bill step, Process rated 1, 2, 2, 3, 2 → 25;
  NPS answers 10, 9, 3, 5, 8 → 2 promoters, 2 detractors, NPS 0.
Location B (South region): 2 self-assessments (too few), 2 responses (too few).
Customers of A: three scored (model value 60, 20, 90; value at risk 40, 80, 10), one of
them on the save list.
Another organisation has the same kind of data, which must never be counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from servicegap.audits.models import Kind, Result
from servicegap.core.models import P
from tests.audits.factories import AuditAnswerFactory, AuditFactory
from tests.customers.factories import AlertFactory, CustomerFactory, CustomerScoreFactory
from tests.factories import LocationFactory, OrganizationFactory
from tests.feedback.factories import ResponseFactory, SurveyLinkFactory
from tests.standards.factories import BehaviourFactory, JourneyStepFactory, StandardFactory

SINCE, UNTIL = date(2026, 9, 1), date(2026, 11, 30)


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@dataclass
class GapWorld:
    greeting: object
    bill: object
    light: object  # Bill, weight 1
    heavy: object  # Bill, weight 3
    welcome: object  # Greeting, weight 2


def audit(org, location, kind, day, answers):
    """An audit of `kind` with (behaviour, result) answers, counted in scores."""
    made = AuditFactory(
        organization=org,
        location=location,
        kind=kind,
        performed_at=at(day),
        status="submitted",
    )
    for behaviour, result in answers:
        AuditAnswerFactory(
            organization=org, audit=made, behaviour=behaviour, result=result, is_counted=True
        )
    return made


def card(org) -> GapWorld:
    greeting = JourneyStepFactory(organization=org, name="Greeting", position=1)
    bill = JourneyStepFactory(organization=org, name="Bill", position=2)
    welcome_std = StandardFactory(organization=org, step=greeting, p=P.PEOPLE)
    bill_std = StandardFactory(
        organization=org, step=bill, p=P.PROCESS, text="The bill comes within 5 minutes."
    )
    return GapWorld(
        greeting=greeting,
        bill=bill,
        light=BehaviourFactory(organization=org, standard=bill_std, weight=1),
        heavy=BehaviourFactory(organization=org, standard=bill_std, weight=3),
        welcome=BehaviourFactory(organization=org, standard=welcome_std, weight=2),
    )


def fill(org, location_a, location_b) -> GapWorld:
    world = card(org)
    for i in range(5):
        audit(
            org,
            location_a,
            Kind.SELF_ASSESSMENT,
            date(2026, 10, 10 + i),
            [(world.light, Result.PASS), (world.heavy, Result.PASS)],
        )
        heavy = Result.PASS if i < 2 else Result.FAIL
        audit(
            org,
            location_a,
            Kind.MYSTERY_SHOP,
            date(2026, 10, 15 + i),
            [(world.light, Result.PASS), (world.heavy, heavy)],
        )
    audit(
        org,
        location_a,
        Kind.MYSTERY_SHOP,
        date(2026, 7, 15),
        [(world.light, Result.PASS), (world.heavy, Result.PASS)],
    )
    for i in range(2):
        audit(
            org,
            location_b,
            Kind.SELF_ASSESSMENT,
            date(2026, 10, 1 + i),
            [(world.light, Result.PASS), (world.heavy, Result.PASS)],
        )
    link_a = SurveyLinkFactory(organization=org, location=location_a)
    for i, (rating, nps) in enumerate(zip([1, 2, 2, 3, 2], [10, 9, 3, 5, 8], strict=True)):
        ResponseFactory(
            organization=org,
            link=link_a,
            step=world.bill,
            process=rating,
            nps=nps,
            submitted_at=at(date(2026, 10, 20 + i)),
        )
    # Spam never counts.
    ResponseFactory(
        organization=org, link=link_a, step=world.bill, process=5, spam=True,
        submitted_at=at(date(2026, 10, 25)),
    )  # fmt: skip
    link_b = SurveyLinkFactory(organization=org, location=location_b)
    for rating in (5, 5):
        ResponseFactory(
            organization=org,
            link=link_b,
            step=world.bill,
            process=rating,
            submitted_at=at(date(2026, 10, 3)),
        )
    for model_value, at_risk in ((60, 40), (20, 80), (90, 10)):
        customer = CustomerFactory(organization=org, home_location=location_a)
        CustomerScoreFactory(
            organization=org,
            customer=customer,
            model_value=Decimal(model_value),
            value_at_risk=Decimal(at_risk),
        )
        if model_value == 20:
            AlertFactory(organization=org, customer=customer)
    return world


@pytest.fixture
def gap_world(world) -> GapWorld:
    return fill(world.org, world.location_a, world.location_b)


@pytest.fixture
def other_org_data(db):
    """Another organisation, with everything the first has and more."""
    org = OrganizationFactory(name="Elsewhere", slug="elsewhere")
    a = LocationFactory(organization=org, name="Elsewhere A")
    b = LocationFactory(organization=org, name="Elsewhere B")
    fill(org, a, b)
    for _ in range(5):
        audit(org, a, Kind.SELF_ASSESSMENT, date(2026, 10, 2), [])
    return org


@pytest.fixture
def report_world(world, gap_world, owner_olga, executive_erin, manager_max):
    """The fixture above with recovery cases and a saved customer (tests/gap/reporting.py),
    an owner, an executive and the North's manager: for the executive report."""
    from tests.gap import reporting

    reporting.fill(world, owner_olga)
    return world
