"""The demo service card of the restaurant group."""

import random
from datetime import date

import pytest
from django.urls import reverse

from servicegap.core import demo as core_demo
from servicegap.core.models import Department, P
from servicegap.standards import demo
from servicegap.standards.card import build_card
from servicegap.standards.models import Behaviour, JourneyStep, Standard
from tests.conftest import client_for
from tests.factories import MembershipFactory, OrganizationFactory


@pytest.fixture
def context(db) -> core_demo.DemoContext:
    org = OrganizationFactory(name="Harbour & Hearth Restaurants", slug="demo")
    context = core_demo.DemoContext(organization=org, rng=random.Random(1), today=date(2026, 6, 1))
    for name in core_demo.DEPARTMENTS:
        context.departments[name] = Department.objects.create(organization=org, name=name)
    demo.seed(context)
    return context


def test_the_demo_card_has_at_least_8_steps_and_30_behaviours(context):
    org = context.organization
    assert JourneyStep.objects.filter(organization=org).count() >= 8
    assert Behaviour.objects.filter(organization=org).count() >= 30


def test_the_demo_card_starts_on_the_phone_and_ends_with_the_farewell(context):
    names = list(JourneyStep.objects.order_by("position").values_list("name", flat=True))
    assert names[0] == "Phone order"
    assert names[-1] == "Farewell"
    assert {"Greeting", "Ordering", "Serving", "Payment", "Delivery", "Complaint handling"} <= set(
        names
    )


def test_the_demo_card_has_the_two_behaviours_the_issue_asks_for(context):
    texts = [b.text.lower() for b in Behaviour.objects.all()]
    assert any(
        "answers on the phone whether we deliver" in t
        and "without asking the caller to call back" in t
        for t in texts
    )
    assert any("never assumes the occasion of a flower or gift order" in t for t in texts)


def test_the_demo_card_covers_the_three_ps_with_weights_critical_and_measured_behaviours(context):
    behaviours = list(Behaviour.objects.select_related("standard"))
    assert {b.p for b in behaviours} == set(P.values)
    assert {b.weight for b in behaviours} == {1, 2, 3, 4, 5}
    assert 2 <= sum(b.is_critical for b in behaviours) <= 6
    measured = [b for b in behaviours if b.is_measured]
    assert len(measured) >= 3
    assert "at most 3 rings" in {b.target_label for b in measured}


def test_every_demo_standard_has_one_of_the_four_departments(context):
    used = set(Standard.objects.values_list("department__name", flat=True))
    assert used == {"Front of house", "Kitchen", "Delivery", "Management"}


def test_the_demo_step_hands_its_steps_and_behaviours_to_the_next_steps(context):
    assert set(context.journey_steps) == set(JourneyStep.objects.values_list("name", flat=True))
    assert all(step.pk for step in context.journey_steps.values())
    assert sorted(b.pk for b in context.behaviours) == sorted(
        Behaviour.objects.values_list("pk", flat=True)
    )
    assert all(b.p in P.values for b in context.behaviours)


def test_the_demo_summary_counts_what_it_made(context, db):
    other = core_demo.DemoContext(
        organization=OrganizationFactory(), rng=random.Random(1), today=date(2026, 6, 1)
    )
    for name in core_demo.DEPARTMENTS:
        other.departments[name] = Department.objects.create(
            organization=other.organization, name=name
        )
    (line,) = demo.seed(other)
    assert line.startswith(f"Service card: {len(other.journey_steps)} journey steps, ")
    assert f"{len(other.behaviours)} behaviours" in line


def test_the_whole_demo_card_is_on_the_card_page(context):
    owner = MembershipFactory(organization=context.organization, role="owner")
    html = client_for(owner).get(reverse("standards:card")).content.decode()
    card = build_card(owner)
    assert card.behaviour_count == len(context.behaviours)
    assert "Never assumes the occasion of a flower or gift order" in html
