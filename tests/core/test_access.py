"""Querysets start from the membership; scoped roles see only their locations."""

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from servicegap.core import access
from servicegap.core.models import Employee, Location, Role
from tests.factories import EmployeeFactory, LocationFactory


def names(queryset) -> set[str]:
    return {str(obj) for obj in queryset}


@pytest.mark.parametrize("role", [Role.OWNER, Role.EXECUTIVE])
def test_leaders_see_every_location_of_their_organisation(role, world, member_of_role):
    membership = member_of_role(role)
    assert names(Location.objects.for_member(membership)) == {"Location A", "Location B"}


def test_a_manager_of_a_region_sees_its_locations(world, manager_max):
    LocationFactory(organization=world.org, name="Location C", region=world.north)
    assert names(Location.objects.for_member(manager_max)) == {"Location A", "Location C"}


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.STAFF])
def test_a_member_scoped_to_a_location_sees_only_it(role, world, member_of_role):
    assert names(Location.objects.for_member(member_of_role(role))) == {"Location A"}


def test_a_manager_given_every_location_sees_every_location(world):
    from tests.conftest import _member

    membership = _member(world, "mia@example.test", Role.MANAGER)
    membership.all_locations = True
    membership.save()
    assert names(Location.objects.for_member(membership)) == {"Location A", "Location B"}


@pytest.mark.parametrize("role", [Role.MANAGER, Role.SUPERVISOR, Role.STAFF])
def test_a_member_with_no_scope_sees_no_location(role, world):
    from tests.conftest import _member

    membership = _member(world, "nobody@example.test", role)
    assert names(Location.objects.for_member(membership)) == set()


def test_losing_the_last_scoped_location_never_widens_the_scope(world, supervisor_sid):
    supervisor_sid.locations.clear()
    fresh = type(supervisor_sid).objects.get(pk=supervisor_sid.pk)
    assert names(Location.objects.for_member(fresh)) == set()


def test_a_shopper_sees_no_location_directly(world, shopper_sue):
    assert names(Location.objects.for_member(shopper_sue)) == set()


def test_nobody_sees_another_organisations_locations(world, owner_olga, outsider_otto):
    LocationFactory(organization=outsider_otto.organization, name="Elsewhere")
    assert "Elsewhere" not in names(Location.objects.for_member(owner_olga))
    assert names(Location.objects.for_member(outsider_otto)) == {"Elsewhere"}


def test_no_membership_sees_nothing(world):
    assert not Location.objects.for_member(None).exists()


def test_location_owned_rows_follow_the_location_scope(world, supervisor_sid, owner_olga):
    EmployeeFactory(organization=world.org, first_name="Ana", location=world.location_a)
    EmployeeFactory(organization=world.org, first_name="Ben", location=world.location_b)
    assert {e.first_name for e in Employee.objects.for_member(supervisor_sid)} == {"Ana"}
    assert {e.first_name for e in Employee.objects.for_member(owner_olga)} == {"Ana", "Ben"}


def test_get_for_member_gives_404_for_a_foreign_object(world, owner_olga, outsider_otto):
    foreign = LocationFactory(organization=outsider_otto.organization)
    with pytest.raises(Http404):
        access.get_for_member(Location, owner_olga, code=foreign.code)


def test_get_for_member_gives_404_outside_the_scope(world, supervisor_sid):
    with pytest.raises(Http404):
        access.get_for_member(Location, supervisor_sid, code=world.location_b.code)


def test_require_role_refuses_other_roles(world, staff_sam):
    with pytest.raises(PermissionDenied):
        access.require_role(staff_sam, access.LEADERS)
    assert access.require_role(staff_sam, access.TEAM) is staff_sam
