"""Personas, one per role, in one organisation with two regions; and an outsider.

Location A is in the North region and Location B in the South. The manager looks after
the North region, the supervisor and staff member after Location A only.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from servicegap.core.models import Membership, Organization, Role
from tests.factories import (
    LocationFactory,
    MembershipFactory,
    OrganizationFactory,
    RegionFactory,
    UserFactory,
)

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _default_language_after_each_test():
    """Each test starts in the default language. A request through LocaleMiddleware or a
    member's own language activates theirs for the thread, as Django does, and the test
    client's requests run in the test's thread: without this, a test that asked in French
    leaves French for whichever test the worker runs next."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@dataclass
class World:
    org: Organization
    north: object
    south: object
    location_a: object
    location_b: object


@pytest.fixture
def world(db) -> World:
    org = OrganizationFactory(name="Sunny Side Cafés", slug="sunny")
    north = RegionFactory(organization=org, name="North")
    south = RegionFactory(organization=org, name="South")
    return World(
        org=org,
        north=north,
        south=south,
        location_a=LocationFactory(organization=org, name="Location A", region=north),
        location_b=LocationFactory(organization=org, name="Location B", region=south),
    )


def _member(world: World, email: str, role: Role, **scope) -> Membership:
    user = UserFactory(username=email, email=email)
    membership = MembershipFactory(organization=world.org, user=user, role=role)
    if "regions" in scope:
        membership.regions.set(scope["regions"])
    if "locations" in scope:
        membership.locations.set(scope["locations"])
    return membership


@pytest.fixture
def owner_olga(world) -> Membership:
    return _member(world, "olga@example.test", Role.OWNER)


@pytest.fixture
def executive_erin(world) -> Membership:
    return _member(world, "erin@example.test", Role.EXECUTIVE)


@pytest.fixture
def manager_max(world) -> Membership:
    return _member(world, "max@example.test", Role.MANAGER, regions=[world.north])


@pytest.fixture
def supervisor_sid(world) -> Membership:
    return _member(world, "sid@example.test", Role.SUPERVISOR, locations=[world.location_a])


@pytest.fixture
def staff_sam(world) -> Membership:
    return _member(world, "sam@example.test", Role.STAFF, locations=[world.location_a])


@pytest.fixture
def shopper_sue(world) -> Membership:
    return _member(world, "sue@example.test", Role.SHOPPER)


@pytest.fixture
def outsider_otto(db) -> Membership:
    """The owner of another organisation, whose data nobody above may see."""
    org = OrganizationFactory(name="Otto's Other Organisation", slug="otto")
    user = UserFactory(username="otto@example.test", email="otto@example.test")
    return MembershipFactory(organization=org, user=user, role=Role.OWNER)


ROLE_FIXTURES = {
    Role.OWNER: "owner_olga",
    Role.EXECUTIVE: "executive_erin",
    Role.MANAGER: "manager_max",
    Role.SUPERVISOR: "supervisor_sid",
    Role.STAFF: "staff_sam",
    Role.SHOPPER: "shopper_sue",
}


@pytest.fixture
def member_of_role(request):
    """Return a function that gives the persona of a role, created on demand."""

    def get(role: Role) -> Membership:
        return request.getfixturevalue(ROLE_FIXTURES[Role(role)])

    return get


def client_for(membership: Membership) -> Client:
    client = Client()
    client.force_login(membership.user)
    return client
