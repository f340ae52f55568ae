"""A customer belongs to the location of most of their visits (DESIGN.md "Behaved")."""

from datetime import timedelta

from django.utils import timezone

from servicegap.customers import scoring
from servicegap.customers.models import Customer
from tests.customers.factories import CustomerFactory, VisitFactory


def test_the_home_location_is_the_one_of_most_visits(world):
    customer = CustomerFactory(organization=world.org, home_location=world.location_a)
    now = timezone.now()
    VisitFactory(organization=world.org, customer=customer, location=world.location_a,
                 visited_at=now - timedelta(days=30))  # fmt: skip
    for days in (20, 10, 5):
        VisitFactory(organization=world.org, customer=customer, location=world.location_b,
                     visited_at=now - timedelta(days=days))  # fmt: skip
    assert scoring.assign_home_locations(world.org) == 1
    customer.refresh_from_db()
    assert customer.home_location == world.location_b


def test_a_tie_goes_to_the_location_visited_last(world):
    customer = CustomerFactory(organization=world.org, home_location=world.location_b)
    now = timezone.now()
    VisitFactory(organization=world.org, customer=customer, location=world.location_b,
                 visited_at=now - timedelta(days=9))  # fmt: skip
    VisitFactory(organization=world.org, customer=customer, location=world.location_a,
                 visited_at=now - timedelta(days=2))  # fmt: skip
    assert scoring.assign_home_locations(world.org) == 1
    assert Customer.objects.get(pk=customer.pk).home_location == world.location_a


def test_a_customer_already_at_home_is_left_alone(world):
    customer = CustomerFactory(organization=world.org, home_location=world.location_a)
    VisitFactory(organization=world.org, customer=customer, location=world.location_a)
    assert scoring.assign_home_locations(world.org) == 0


def test_scoring_assigns_home_locations_first(world):
    customer = CustomerFactory(organization=world.org, home_location=world.location_a)
    for days in (3, 2):
        VisitFactory(organization=world.org, customer=customer, location=world.location_b,
                     visited_at=timezone.now() - timedelta(days=days))  # fmt: skip
    scoring.score_organization(world.org)  # too little data to fit: homes are still set
    assert Customer.objects.get(pk=customer.pk).home_location == world.location_b


def test_another_organisations_customers_are_untouched(world, outsider_otto):
    from tests.factories import LocationFactory

    other = outsider_otto.organization
    here, there = LocationFactory(organization=other), LocationFactory(organization=other)
    customer = CustomerFactory(organization=other, home_location=here)
    VisitFactory(organization=other, customer=customer, location=there)
    assert scoring.assign_home_locations(world.org) == 0
    assert Customer.objects.get(pk=customer.pk).home_location == here
