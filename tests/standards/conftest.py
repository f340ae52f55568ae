"""A small service card in the personas' organisation, with retired items at every level."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from servicegap.core.models import Department, P
from servicegap.standards.models import Behaviour, JourneyStep, Standard
from tests.factories import DepartmentFactory
from tests.standards.factories import BehaviourFactory, JourneyStepFactory, StandardFactory


@dataclass
class Card:
    front: Department
    kitchen: Department
    greeting: JourneyStep
    payment: JourneyStep
    old_step: JourneyStep
    welcome: Standard
    bill: Standard
    old_standard: Standard
    greet_fast: Behaviour
    smile: Behaviour
    old_behaviour: Behaviour
    bill_right: Behaviour
    hidden_under_retired: Behaviour


@pytest.fixture
def card(world) -> Card:
    org = world.org
    front = DepartmentFactory(organization=org, name="Front of house")
    kitchen = DepartmentFactory(organization=org, name="Kitchen")
    greeting = JourneyStepFactory(organization=org, name="Greeting", position=0)
    payment = JourneyStepFactory(organization=org, name="Payment", position=1)
    old_step = JourneyStepFactory(organization=org, name="Old step", position=2, is_active=False)
    welcome = StandardFactory(
        organization=org,
        step=greeting,
        p=P.PEOPLE,
        text="We welcome you at once.",
        department=front,
        position=0,
    )
    old_standard = StandardFactory(
        organization=org,
        step=greeting,
        p=P.PRODUCT,
        text="A retired standard.",
        department=front,
        position=1,
        is_active=False,
    )
    bill = StandardFactory(
        organization=org,
        step=payment,
        p=P.PROCESS,
        text="Your bill is right.",
        department=kitchen,
        position=0,
    )
    under_old_step = StandardFactory(
        organization=org, step=old_step, p=P.PEOPLE, text="Under a retired step.", position=0
    )
    return Card(
        front=front,
        kitchen=kitchen,
        greeting=greeting,
        payment=payment,
        old_step=old_step,
        welcome=welcome,
        bill=bill,
        old_standard=old_standard,
        greet_fast=BehaviourFactory(
            organization=org,
            standard=welcome,
            text="Greeted within 30 seconds.",
            weight=3,
            target_comparison="at_most",
            target_value=Decimal("30"),
            target_unit="seconds",
            position=0,
        ),
        smile=BehaviourFactory(
            organization=org, standard=welcome, text="Staff smile.", weight=2, position=1
        ),
        old_behaviour=BehaviourFactory(
            organization=org,
            standard=welcome,
            text="A retired behaviour.",
            position=2,
            is_active=False,
        ),
        bill_right=BehaviourFactory(
            organization=org,
            standard=bill,
            text="The bill is correct.",
            weight=5,
            is_critical=True,
            position=0,
        ),
        hidden_under_retired=BehaviourFactory(
            organization=org,
            standard=under_old_step,
            text="Hidden under a retired step.",
            position=0,
        ),
    )
