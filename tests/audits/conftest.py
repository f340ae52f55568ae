"""A small service card and an audit template in the personas' organisation.

Behaviours and their weights, chosen so scores are easy to work out by hand:

    Greeting (people):  greet   weight 3
                        smile   weight 2
    Phone (process):    rings   weight 4, critical, measured: at most 3 rings
    Payment (product):  bill    weight 1
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from servicegap.audits import workflow
from servicegap.audits.models import Assignment, Audit, AuditTemplate, Channel, Kind
from servicegap.core.models import Membership, P
from servicegap.standards.models import Behaviour
from tests.audits.factories import AssignmentFactory, AuditTemplateFactory
from tests.standards.factories import BehaviourFactory, JourneyStepFactory, StandardFactory


@dataclass
class Card:
    greet: Behaviour
    smile: Behaviour
    rings: Behaviour
    bill: Behaviour

    @property
    def all(self) -> list[Behaviour]:
        return [self.greet, self.smile, self.rings, self.bill]


@pytest.fixture
def card(world) -> Card:
    org = world.org
    greeting = JourneyStepFactory(organization=org, name="Greeting", position=0)
    phone = JourneyStepFactory(organization=org, name="Phone", position=1)
    payment = JourneyStepFactory(organization=org, name="Payment", position=2)
    welcome = StandardFactory(organization=org, step=greeting, p=P.PEOPLE, text="We welcome you.")
    answer = StandardFactory(organization=org, step=phone, p=P.PROCESS, text="We answer fast.")
    bill = StandardFactory(organization=org, step=payment, p=P.PRODUCT, text="The bill is right.")
    return Card(
        greet=BehaviourFactory(
            organization=org, standard=welcome, text="The guest is greeted.", weight=3, position=0
        ),
        smile=BehaviourFactory(
            organization=org, standard=welcome, text="Staff smile.", weight=2, position=1
        ),
        rings=BehaviourFactory(
            organization=org,
            standard=answer,
            text="The phone is answered within 3 rings.",
            weight=4,
            is_critical=True,
            target_comparison=Behaviour.Comparison.AT_MOST,
            target_value=Decimal(3),
            target_unit="rings",
        ),
        bill=BehaviourFactory(
            organization=org, standard=bill, text="The bill is correct.", weight=1
        ),
    )


@pytest.fixture
def template(world, card) -> AuditTemplate:
    return AuditTemplateFactory(
        organization=world.org, name="Dinner visit", channel=Channel.VISIT, behaviours=card.all
    )


@pytest.fixture
def assignment(world, template, shopper_sue) -> Assignment:
    return AssignmentFactory(
        organization=world.org, location=world.location_a, template=template, shopper=shopper_sue
    )


@pytest.fixture
def shopper_sam(world) -> Membership:
    """A second mystery shopper, whose assignments Sue must not see."""
    from servicegap.core.models import Role
    from tests.conftest import _member

    return _member(world, "shopper2@example.test", Role.SHOPPER)


def start_shop(assignment: Assignment, shopper: Membership, **kwargs) -> Audit:
    return workflow.start_audit(
        kind=Kind.MYSTERY_SHOP,
        location=assignment.location,
        template=assignment.template,
        by=shopper,
        assignment=assignment,
        **kwargs,
    )


def answer_all(audit: Audit, results: dict[str, str], measured: dict[str, Decimal] | None = None):
    """Answer by behaviour text prefix: {"The guest": "pass", ...}."""
    measured = measured or {}
    for answer in audit.answers.select_related("audit"):
        for prefix, result in results.items():
            if answer.behaviour_text.startswith(prefix):
                workflow.save_answer(answer, result=result, measured_value=measured.get(prefix))
