"""Locations, regions, departments and employees in the API: the pages' roles, scopes,
forms and counts (Location A is in North, B in South; the manager looks after North, the
supervisor and staff member after Location A)."""

from __future__ import annotations

import datetime

import pytest

from servicegap.core.models import Department, Employee, Location, Region, Role
from tests.core.organisation_api import call, named
from tests.factories import (
    DepartmentFactory,
    EmployeeFactory,
    LocationFactory,
    RegionFactory,
)

LEADERS = {Role.OWNER, Role.EXECUTIVE}
MANAGERS = LEADERS | {Role.MANAGER}
SUPERVISORS = MANAGERS | {Role.SUPERVISOR}
TEAM = SUPERVISORS | {Role.STAFF}


def allowed(roles):
    return [(role, role in roles) for role in Role]


# Locations ----------------------------------------------------------------------------


@pytest.mark.parametrize(("role", "ok"), allowed(LEADERS))
def test_only_owners_and_executives_add_a_location(client, world, member_of_role, role, ok):
    body = {"name": "Harbour", "region": str(world.south.code), "address": "1 Quay"}
    response = call(client, member_of_role(role), "post", "/locations", body)
    assert response.status_code == (201 if ok else 403)
    assert Location.objects.filter(name="Harbour").exists() == ok
    if ok:
        location = Location.objects.get(name="Harbour")
        assert (location.organization, location.region, location.address) == (
            world.org,
            world.south,
            "1 Quay",
        )
        assert location.is_active
        assert response.json() == {
            "code": str(location.code),
            "name": "Harbour",
            "region": "South",
            "region_code": str(world.south.code),
            "address": "1 Quay",
            "latitude": None,
            "longitude": None,
            "is_active": True,
        }
    else:
        assert "owners and executives" in response.json()["detail"]


def test_a_location_keeps_its_position(client, world, owner_olga):
    body = {"name": "Pier", "latitude": 48.858844, "longitude": 2.294351}
    response = call(client, owner_olga, "post", "/locations", body)
    assert response.status_code == 201
    location = Location.objects.get(name="Pier")
    assert (str(location.latitude), str(location.longitude)) == ("48.858844", "2.294351")
    assert (response.json()["latitude"], response.json()["longitude"]) == (48.858844, 2.294351)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "name"),
        ({"name": ""}, "name"),
        ({"name": "location a"}, "name"),  # taken, whatever its case
        ({"name": "x" * 121}, "name"),
        ({"name": "Line\nbreak"}, None),  # one line: accepted as "Line break"
        ({"name": "Harbour", "latitude": 91}, "latitude"),
        ({"name": "Harbour", "longitude": -181}, "longitude"),
        ({"name": "Harbour", "latitude": 1.1234567}, "latitude"),
        ({"name": "Harbour", "is_active": "maybe"}, "is_active"),
        ({"name": "Harbour", "region": "not-a-code"}, "region"),
        ({"name": "Harbour", "opened": True}, "opened"),
    ],
)
def test_a_location_the_page_would_refuse_is_a_422_and_nothing_is_stored(
    client, world, owner_olga, body, field
):
    before = Location.objects.count()
    response = call(client, owner_olga, "post", "/locations", body)
    if field is None:
        assert response.status_code == 201
        assert response.json()["name"] == "Line break"
        return
    assert named(response, field), response.content
    assert Location.objects.count() == before


def test_a_region_of_another_organisation_is_a_404(client, world, owner_olga, outsider_otto):
    theirs = RegionFactory(organization=outsider_otto.organization)
    body = {"name": "Sneaky", "region": str(theirs.code)}
    assert call(client, owner_olga, "post", "/locations", body).status_code == 404
    assert not Location.objects.filter(name="Sneaky").exists()
    patch = call(
        client,
        owner_olga,
        "patch",
        f"/locations/{world.location_a.code}",
        {"region": str(theirs.code)},
    )
    assert patch.status_code == 404
    world.location_a.refresh_from_db()
    assert world.location_a.region == world.north


@pytest.mark.parametrize("role", [Role.OWNER, Role.EXECUTIVE])
def test_leaders_change_and_close_a_location(client, world, member_of_role, role):
    path = f"/locations/{world.location_a.code}"
    member = member_of_role(role)
    response = call(client, member, "patch", path, {"name": "Location A1", "region": None})
    assert response.status_code == 200
    location = Location.objects.get(pk=world.location_a.pk)
    assert (location.name, location.region, location.address, location.is_active) == (
        "Location A1",
        None,
        world.location_a.address,
        True,
    )
    closed = call(client, member, "patch", path, {"is_active": False})
    assert closed.status_code == 200 and closed.json()["is_active"] is False
    location.refresh_from_db()
    assert not location.is_active and location.name == "Location A1"


@pytest.mark.parametrize("role", [Role.MANAGER, Role.SUPERVISOR, Role.STAFF, Role.SHOPPER])
def test_other_roles_may_not_change_a_location(client, world, member_of_role, role):
    path = f"/locations/{world.location_a.code}"
    response = call(client, member_of_role(role), "patch", path, {"is_active": False})
    assert response.status_code == 403
    world.location_a.refresh_from_db()
    assert world.location_a.is_active


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "Location B"}, "name"),
        ({"name": None}, "name"),
        ({"is_active": None}, "is_active"),
        ({"latitude": 100}, "latitude"),
        ({"code": "00000000-0000-0000-0000-000000000000"}, "code"),
    ],
)
def test_a_change_the_page_would_refuse_is_a_422_and_changes_nothing(
    client, world, owner_olga, body, field
):
    path = f"/locations/{world.location_a.code}"
    response = call(client, owner_olga, "patch", path, body)
    assert named(response, field), response.content
    location = Location.objects.get(pk=world.location_a.pk)
    assert (location.name, location.is_active, location.latitude) == ("Location A", True, None)


def test_another_organisations_location_is_a_404(client, world, owner_olga, outsider_otto):
    theirs = LocationFactory(organization=outsider_otto.organization, name="Theirs")
    assert (
        call(client, owner_olga, "patch", f"/locations/{theirs.code}", {"name": "Mine"}).status_code
        == 404
    )
    assert call(client, owner_olga, "patch", f"/locations/{theirs.code}").status_code == 404
    theirs.refresh_from_db()
    assert theirs.name == "Theirs"


def test_a_change_without_a_body_is_a_422(client, world, owner_olga):
    assert named(
        call(client, owner_olga, "patch", f"/locations/{world.location_a.code}"), "payload"
    )


# Regions and departments --------------------------------------------------------------


@pytest.mark.parametrize(("role", "ok"), allowed(TEAM))
def test_the_team_lists_regions_with_the_locations_they_see(
    client, world, member_of_role, role, ok
):
    LocationFactory(organization=world.org, name="Location C", region=world.north)
    response = call(client, member_of_role(role), "get", "/organisation/regions")
    assert response.status_code == (200 if ok else 403)
    if not ok:
        return
    counts = {region["name"]: region["location_count"] for region in response.json()}
    # North holds A and C, South holds B; the supervisor and staff see Location A only,
    # the manager North's two.
    expected = {
        Role.OWNER: {"North": 2, "South": 1},
        Role.EXECUTIVE: {"North": 2, "South": 1},
        Role.MANAGER: {"North": 2, "South": 0},
        Role.SUPERVISOR: {"North": 1, "South": 0},
        Role.STAFF: {"North": 1, "South": 0},
    }
    assert counts == expected[role]


def test_another_organisations_regions_are_not_listed(client, world, owner_olga, outsider_otto):
    RegionFactory(organization=outsider_otto.organization, name="Elsewhere")
    names = [r["name"] for r in call(client, owner_olga, "get", "/organisation/regions").json()]
    assert names == ["North", "South"]


@pytest.mark.parametrize(("role", "ok"), allowed(LEADERS))
def test_only_leaders_add_and_rename_regions(client, world, member_of_role, role, ok):
    member = member_of_role(role)
    response = call(client, member, "post", "/organisation/regions", {"name": "East"})
    assert response.status_code == (201 if ok else 403)
    assert Region.objects.filter(organization=world.org, name="East").exists() == ok
    if ok:
        east = Region.objects.get(name="East")
        assert response.json() == {"code": str(east.code), "name": "East", "location_count": 0}
    path = f"/organisation/regions/{world.north.code}"
    renamed = call(client, member, "patch", path, {"name": "Upper North"})
    assert renamed.status_code == (200 if ok else 403)
    world.north.refresh_from_db()
    assert world.north.name == ("Upper North" if ok else "North")
    if ok:
        assert renamed.json()["location_count"] == 1


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "name"),
        ({"name": ""}, "name"),
        ({"name": "south"}, "name"),
        ({"name": "x" * 121}, "name"),
    ],
)
def test_a_region_the_page_would_refuse_is_a_422(client, world, owner_olga, body, field):
    before = Region.objects.count()
    assert named(call(client, owner_olga, "post", "/organisation/regions", body), field)
    assert Region.objects.count() == before
    if body:
        path = f"/organisation/regions/{world.north.code}"
        assert named(call(client, owner_olga, "patch", path, body), field)
        world.north.refresh_from_db()
        assert world.north.name == "North"


def test_another_organisations_region_or_department_is_a_404(
    client, world, owner_olga, outsider_otto
):
    region = RegionFactory(organization=outsider_otto.organization, name="Theirs")
    department = DepartmentFactory(organization=outsider_otto.organization, name="Theirs")
    for path in (
        f"/organisation/regions/{region.code}",
        f"/organisation/departments/{department.code}",
    ):
        assert call(client, owner_olga, "patch", path, {"name": "Mine"}).status_code == 404
    region.refresh_from_db()
    department.refresh_from_db()
    assert (region.name, department.name) == ("Theirs", "Theirs")


@pytest.fixture
def kitchen(world):
    """Kitchen: two current employees at Location A, one at B, one former at A."""
    kitchen = DepartmentFactory(organization=world.org, name="Kitchen")
    for location, active in [
        (world.location_a, True),
        (world.location_a, True),
        (world.location_b, True),
        (world.location_a, False),
    ]:
        EmployeeFactory(
            organization=world.org, location=location, department=kitchen, is_active=active
        )
    return kitchen


@pytest.mark.parametrize(("role", "ok"), allowed(TEAM))
def test_the_team_lists_departments_with_their_employees_at_their_locations(
    client, world, kitchen, member_of_role, role, ok
):
    response = call(client, member_of_role(role), "get", "/organisation/departments")
    assert response.status_code == (200 if ok else 403)
    if ok:
        [listed] = response.json()
        # Organisation-wide: 2 at A + 1 at B; the manager (North: A) and the supervisor
        # and staff (A) count A's 2; the former employee never counts.
        expected = 3 if role in LEADERS else 2
        assert listed == {"code": str(kitchen.code), "name": "Kitchen", "employee_count": expected}


@pytest.mark.parametrize(("role", "ok"), allowed(LEADERS))
def test_only_leaders_add_and_rename_departments(client, world, kitchen, member_of_role, role, ok):
    member = member_of_role(role)
    response = call(client, member, "post", "/organisation/departments", {"name": "Bar"})
    assert response.status_code == (201 if ok else 403)
    assert Department.objects.filter(name="Bar").exists() == ok
    renamed = call(
        client, member, "patch", f"/organisation/departments/{kitchen.code}", {"name": "Galley"}
    )
    assert renamed.status_code == (200 if ok else 403)
    kitchen.refresh_from_db()
    assert kitchen.name == ("Galley" if ok else "Kitchen")
    if ok:
        assert renamed.json()["employee_count"] == 3


def test_a_department_name_taken_is_a_422(client, world, owner_olga, kitchen):
    response = call(client, owner_olga, "post", "/organisation/departments", {"name": "KITCHEN"})
    assert named(response, "name")
    assert "already exists" in str(response.json()["detail"])
    assert Department.objects.count() == 1


# Employees ----------------------------------------------------------------------------


@pytest.fixture
def staff_list(world):
    return {
        "ann": EmployeeFactory(organization=world.org, first_name="Ann", location=world.location_a),
        "bob": EmployeeFactory(organization=world.org, first_name="Bob", location=world.location_b),
        "cy": EmployeeFactory(
            organization=world.org, first_name="Cy", location=world.location_a, is_active=False
        ),
    }


def first_names(response) -> list[str]:
    return [employee["first_name"] for employee in response.json()]


@pytest.mark.parametrize(("role", "ok"), allowed(SUPERVISORS))
def test_supervisors_and_up_list_the_employees_of_their_locations(
    client, world, staff_list, member_of_role, role, ok
):
    member = member_of_role(role)
    response = call(client, member, "get", "/organisation/employees")
    assert response.status_code == (200 if ok else 403)
    if not ok:
        return
    wide = role in LEADERS
    assert first_names(response) == (["Ann", "Bob"] if wide else ["Ann"])
    everyone = call(client, member, "get", "/organisation/employees", include_former="true")
    assert first_names(everyone) == (["Ann", "Bob", "Cy"] if wide else ["Ann", "Cy"])
    at_a = call(
        client, member, "get", "/organisation/employees", location=str(world.location_a.code)
    )
    assert first_names(at_a) == ["Ann"]
    at_b = call(
        client, member, "get", "/organisation/employees", location=str(world.location_b.code)
    )
    assert at_b.status_code == (200 if wide else 404)


def test_an_employee_is_answered_as_the_page_shows_it(client, world, owner_olga, staff_sam):
    kitchen = DepartmentFactory(organization=world.org, name="Kitchen")
    employee = EmployeeFactory(
        organization=world.org,
        first_name="Ann",
        last_name="Lee",
        job_title="Chef",
        location=world.location_a,
        department=kitchen,
        user=staff_sam.user,
        started_on=datetime.date(2025, 3, 1),
    )
    [listed] = call(client, owner_olga, "get", "/organisation/employees").json()
    assert listed == {
        "code": str(employee.code),
        "first_name": "Ann",
        "last_name": "Lee",
        "job_title": "Chef",
        "location": {"code": str(world.location_a.code), "name": "Location A"},
        "department": {"code": str(kitchen.code), "name": "Kitchen"},
        "login": "sam@example.test",
        "started_on": "2025-03-01",
        "is_active": True,
    }


@pytest.mark.parametrize(("role", "ok"), allowed(SUPERVISORS))
def test_one_employee_is_read_only_at_the_callers_locations(
    client, world, staff_list, member_of_role, role, ok
):
    member = member_of_role(role)
    ann, bob = staff_list["ann"], staff_list["bob"]
    at_a = call(client, member, "get", f"/organisation/employees/{ann.code}")
    assert at_a.status_code == (200 if ok else 403)
    if ok:
        assert (at_a.json()["code"], at_a.json()["first_name"]) == (str(ann.code), "Ann")
        at_b = call(client, member, "get", f"/organisation/employees/{bob.code}")
        assert at_b.status_code == (200 if role in LEADERS else 404)


def test_another_organisations_location_filter_is_a_404(client, world, owner_olga, outsider_otto):
    theirs = LocationFactory(organization=outsider_otto.organization)
    response = call(client, owner_olga, "get", "/organisation/employees", location=str(theirs.code))
    assert response.status_code == 404


@pytest.mark.parametrize(("role", "ok"), allowed(MANAGERS))
def test_managers_and_up_add_an_employee(client, world, member_of_role, role, ok):
    body = {
        "first_name": "Dee",
        "last_name": "Ray",
        "job_title": "Server",
        "location": str(world.location_a.code),
        "started_on": "2026-01-05",
    }
    response = call(client, member_of_role(role), "post", "/organisation/employees", body)
    assert response.status_code == (201 if ok else 403)
    assert Employee.objects.filter(first_name="Dee").exists() == ok
    if ok:
        employee = Employee.objects.get(first_name="Dee")
        assert (employee.organization, employee.location, employee.started_on) == (
            world.org,
            world.location_a,
            datetime.date(2026, 1, 5),
        )
        assert response.json()["code"] == str(employee.code)


def test_a_manager_adds_employees_only_at_their_locations(client, world, manager_max):
    body = {"first_name": "Dee", "location": str(world.location_b.code)}
    assert call(client, manager_max, "post", "/organisation/employees", body).status_code == 404
    # and must say where: a scoped manager cannot add someone at no location
    assert named(
        call(client, manager_max, "post", "/organisation/employees", {"first_name": "Dee"}),
        "location",
    )
    assert not Employee.objects.exists()


def test_only_leaders_link_a_login(client, world, owner_olga, manager_max, staff_sam):
    body = {
        "first_name": "Sam",
        "location": str(world.location_a.code),
        "login": "sam@example.test",
    }
    refused = call(client, manager_max, "post", "/organisation/employees", body)
    assert refused.status_code == 403 and "login" in refused.json()["detail"]
    assert not Employee.objects.exists()
    linked = call(client, owner_olga, "post", "/organisation/employees", body)
    assert linked.status_code == 201 and linked.json()["login"] == "sam@example.test"
    assert Employee.objects.get().user == staff_sam.user


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "first_name"),
        ({"first_name": ""}, "first_name"),
        ({"first_name": "x" * 81}, "first_name"),
        ({"first_name": "Dee", "login": "nobody@example.test"}, "login"),
        ({"first_name": "Dee", "started_on": "05/01/2026"}, "started_on"),
        ({"first_name": "Dee", "started_on": 0}, "started_on"),
        ({"first_name": "Dee", "salary": 1}, "salary"),
    ],
)
def test_an_employee_the_page_would_refuse_is_a_422_and_nothing_is_stored(
    client, world, owner_olga, shopper_sue, body, field
):
    response = call(client, owner_olga, "post", "/organisation/employees", body)
    assert named(response, field), response.content
    assert not Employee.objects.exists()


def test_a_shoppers_login_cannot_be_linked(client, world, owner_olga, shopper_sue):
    body = {"first_name": "Sue", "login": "sue@example.test"}
    assert named(call(client, owner_olga, "post", "/organisation/employees", body), "login")
    assert not Employee.objects.exists()


def test_a_manager_changes_an_employee_and_records_that_they_left(
    client, world, manager_max, staff_list
):
    ann = staff_list["ann"]
    path = f"/organisation/employees/{ann.code}"
    response = call(client, manager_max, "patch", path, {"job_title": "Head waiter"})
    assert response.status_code == 200
    left = call(client, manager_max, "patch", path, {"is_active": False})
    assert left.status_code == 200 and left.json()["is_active"] is False
    ann.refresh_from_db()
    assert (ann.job_title, ann.is_active, ann.location) == ("Head waiter", False, world.location_a)


def test_a_manager_cannot_reach_or_move_an_employee_outside_their_locations(
    client, world, manager_max, staff_list
):
    bob, ann = staff_list["bob"], staff_list["ann"]
    assert (
        call(
            client, manager_max, "patch", f"/organisation/employees/{bob.code}", {"job_title": "X"}
        ).status_code
        == 404
    )
    moved = call(
        client,
        manager_max,
        "patch",
        f"/organisation/employees/{ann.code}",
        {"location": str(world.location_b.code)},
    )
    assert moved.status_code == 404
    # nor leave them at no location, which would hide them from the manager's own page
    assert named(
        call(
            client, manager_max, "patch", f"/organisation/employees/{ann.code}", {"location": None}
        ),
        "location",
    )
    ann.refresh_from_db()
    bob.refresh_from_db()
    assert (ann.location, bob.job_title) == (world.location_a, "")


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.STAFF, Role.SHOPPER])
def test_other_roles_may_not_change_an_employee(client, world, staff_list, member_of_role, role):
    ann = staff_list["ann"]
    path = f"/organisation/employees/{ann.code}"
    assert (
        call(client, member_of_role(role), "patch", path, {"is_active": False}).status_code == 403
    )
    ann.refresh_from_db()
    assert ann.is_active


def test_another_organisations_employee_is_a_404(client, world, owner_olga, outsider_otto):
    theirs = EmployeeFactory(organization=outsider_otto.organization, first_name="Theirs")
    path = f"/organisation/employees/{theirs.code}"
    assert call(client, owner_olga, "get", path).status_code == 404
    assert call(client, owner_olga, "patch", path, {"first_name": "Mine"}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.first_name == "Theirs"


def test_a_bad_change_to_an_employee_changes_nothing(client, world, owner_olga, staff_list):
    ann = staff_list["ann"]
    path = f"/organisation/employees/{ann.code}"
    for body, field in [
        ({"first_name": None}, "first_name"),
        ({"is_active": None}, "is_active"),
        ({"first_name": "Annie", "login": "nobody@example.test"}, "login"),
    ]:
        assert named(call(client, owner_olga, "patch", path, body), field)
    ann.refresh_from_db()
    assert (ann.first_name, ann.is_active, ann.user) == ("Ann", True, None)
