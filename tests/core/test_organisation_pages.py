"""Locations, regions, departments and employees: who may do what, and bad input."""

import pytest
from django.urls import reverse

from servicegap.core.models import Department, Employee, Location, Region, Role
from tests.conftest import client_for
from tests.factories import EmployeeFactory, RegionFactory

ALL_ROLES = list(Role)


def allowed(roles):
    return [(role, role in roles) for role in ALL_ROLES]


LEADERS = {Role.OWNER, Role.EXECUTIVE}
TEAM = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR, Role.STAFF}


@pytest.mark.parametrize(("role", "ok"), allowed(TEAM))
def test_location_list_is_for_the_team(role, ok, world, member_of_role):
    response = client_for(member_of_role(role)).get(reverse("core:location-list"))
    assert response.status_code == (200 if ok else 403)


@pytest.mark.parametrize(("role", "ok"), allowed(LEADERS))
def test_only_leaders_add_locations(role, ok, world, member_of_role):
    response = client_for(member_of_role(role)).post(
        reverse("core:location-create"), {"name": "New Place", "is_active": "on"}
    )
    assert response.status_code == (302 if ok else 403)
    assert Location.objects.filter(name="New Place").exists() == ok


def test_a_location_is_created_in_the_members_organisation(world, owner_olga, outsider_otto):
    client_for(outsider_otto).post(reverse("core:location-create"), {"name": "Otto's"})
    assert Location.objects.get(name="Otto's").organization == outsider_otto.organization


def test_a_duplicate_location_name_is_refused_whatever_its_case(world, owner_olga):
    response = client_for(owner_olga).post(reverse("core:location-create"), {"name": "location a"})
    assert response.status_code == 400
    assert "A location with this name already exists." in response.content.decode()
    assert Location.objects.filter(organization=world.org).count() == 2


def test_the_same_location_name_is_fine_in_another_organisation(world, outsider_otto):
    response = client_for(outsider_otto).post(
        reverse("core:location-create"), {"name": "Location A"}
    )
    assert response.status_code == 302


def test_a_region_of_another_organisation_cannot_be_chosen(world, owner_olga, outsider_otto):
    foreign_region = RegionFactory(organization=outsider_otto.organization)
    response = client_for(owner_olga).post(
        reverse("core:location-create"), {"name": "Sneaky", "region": foreign_region.code}
    )
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not Location.objects.filter(name="Sneaky").exists()


def test_a_latitude_out_of_range_is_refused(world, owner_olga):
    response = client_for(owner_olga).post(
        reverse("core:location-create"), {"name": "North Pole+", "latitude": "91"}
    )
    assert response.status_code == 400
    assert not Location.objects.filter(name="North Pole+").exists()


def test_editing_a_location_keeps_its_organisation(world, executive_erin):
    url = reverse("core:location-edit", args=[world.location_a.code])
    response = client_for(executive_erin).post(url, {"name": "Location A (renamed)"})
    assert response.status_code == 302
    world.location_a.refresh_from_db()
    assert world.location_a.name == "Location A (renamed)"
    assert world.location_a.organization == world.org


def test_a_supervisor_cannot_open_a_location_outside_their_scope(world, supervisor_sid):
    client = client_for(supervisor_sid)
    assert client.get(world.location_a.get_absolute_url()).status_code == 200
    assert client.get(world.location_b.get_absolute_url()).status_code == 404


def test_the_location_list_shows_only_the_scope(world, supervisor_sid):
    page = client_for(supervisor_sid).get(reverse("core:location-list")).content.decode()
    assert "Location A" in page
    assert "Location B" not in page


@pytest.mark.parametrize(("role", "ok"), allowed(LEADERS))
def test_only_leaders_add_regions_and_departments(role, ok, world, member_of_role):
    client = client_for(member_of_role(role))
    client.post(reverse("core:region-create"), {"name": "East"})
    client.post(reverse("core:department-create"), {"name": "Bakery"})
    assert Region.objects.filter(name="East").exists() == ok
    assert Department.objects.filter(name="Bakery").exists() == ok


def test_an_empty_department_name_is_an_error_naming_the_field(world, owner_olga):
    response = client_for(owner_olga).post(reverse("core:department-create"), {"name": ""})
    assert response.status_code == 400
    assert response.context["form"].errors == {"name": ["This field is required."]}


@pytest.mark.parametrize(
    ("role", "ok"), allowed({Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR})
)
def test_the_employee_list_is_for_supervisors_and_up(role, ok, world, member_of_role):
    response = client_for(member_of_role(role)).get(reverse("core:employee-list"))
    assert response.status_code == (200 if ok else 403)


def test_a_manager_adds_an_employee_only_at_their_locations(world, manager_max):
    client = client_for(manager_max)
    url = reverse("core:employee-create")
    ok = client.post(url, {"first_name": "Noor", "location": world.location_a.code})
    assert ok.status_code == 302
    refused = client.post(url, {"first_name": "Pia", "location": world.location_b.code})
    assert refused.status_code == 400
    assert "location" in refused.context["form"].errors
    assert not Employee.objects.filter(first_name="Pia").exists()


def test_a_scoped_manager_must_give_a_location(world, manager_max):
    response = client_for(manager_max).post(reverse("core:employee-create"), {"first_name": "Ola"})
    assert response.status_code == 400
    assert "location" in response.context["form"].errors


def test_an_employee_can_be_linked_only_to_a_members_login(world, owner_olga, outsider_otto):
    url = reverse("core:employee-create")
    response = client_for(owner_olga).post(
        url, {"first_name": "Zed", "user": outsider_otto.user.pk}
    )
    assert response.status_code == 400
    assert "user" in response.context["form"].errors


def test_former_employees_are_hidden_unless_asked_for(world, owner_olga):
    EmployeeFactory(organization=world.org, first_name="Gone", is_active=False)
    client = client_for(owner_olga)
    assert "Gone" not in client.get(reverse("core:employee-list")).content.decode()
    shown = client.get(reverse("core:employee-list") + "?show=all").content.decode()
    assert "Gone" in shown


def test_an_employee_list_filtered_by_a_foreign_location_is_404(world, owner_olga, outsider_otto):
    from tests.factories import LocationFactory

    foreign = LocationFactory(organization=outsider_otto.organization)
    response = client_for(owner_olga).get(
        reverse("core:employee-list") + f"?location={foreign.code}"
    )
    assert response.status_code == 404


def test_customer_typed_text_is_escaped(world, owner_olga):
    client = client_for(owner_olga)
    client.post(reverse("core:location-create"), {"name": "<script>alert(1)</script>"})
    page = client.get(reverse("core:location-list")).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_location_list_uses_a_fixed_number_of_queries(
    world, owner_olga, django_assert_max_num_queries
):
    from tests.factories import LocationFactory

    for n in range(20):
        LocationFactory(organization=world.org, region=world.north, name=f"Extra {n}")
    client = client_for(owner_olga)
    with django_assert_max_num_queries(12):
        client.get(reverse("core:location-list"))


@pytest.mark.parametrize("role", ALL_ROLES)
def test_every_role_reaches_its_home_page(role, world, member_of_role):
    response = client_for(member_of_role(role)).get(reverse("core:home"))
    assert response.status_code == 200
    assert "Sunny Side Cafés" in response.content.decode()


def test_a_shoppers_navigation_holds_only_home_and_audits(world, shopper_sue):
    response = client_for(shopper_sue).get(reverse("core:home"))
    labels = [str(item["area"].label) for item in response.context["nav_items"]]
    assert labels == ["Home", "Audits"]


def test_an_area_not_built_yet_says_so(world, owner_olga):
    response = client_for(owner_olga).get(reverse("core:coming-soon", args=["recovery"]))
    assert response.status_code == 200
    assert "coming soon" in response.content.decode()


def test_a_role_cannot_open_the_coming_soon_page_of_an_area_it_may_not_use(world, shopper_sue):
    response = client_for(shopper_sue).get(reverse("core:coming-soon", args=["customers"]))
    assert response.status_code == 403


def test_an_unknown_area_is_404(world, owner_olga):
    response = client_for(owner_olga).get(reverse("core:coming-soon", args=["nowhere"]))
    assert response.status_code == 404


def test_organisation_settings_are_for_owners(world, owner_olga, executive_erin):
    url = reverse("core:organization-settings")
    assert client_for(executive_erin).get(url).status_code == 403
    response = client_for(owner_olga).post(
        url, {"name": "Sunny", "time_zone": "Mars/Olympus", "currency": "eur"}
    )
    assert response.status_code == 400
    assert "time_zone" in response.context["form"].errors
    world.org.refresh_from_db()
    assert world.org.time_zone == "Europe/Paris"
    ok = client_for(owner_olga).post(
        url, {"name": "Sunny", "time_zone": "America/Toronto", "currency": "cad"}
    )
    assert ok.status_code == 302
    world.org.refresh_from_db()
    assert (world.org.time_zone, world.org.currency) == ("America/Toronto", "CAD")


def test_names_pasted_with_tabs_or_line_breaks_are_saved_on_one_line(world, owner_olga):
    client = client_for(owner_olga)
    client.post(f"/organization/regions/{world.north.code}/", {"name": "North\t\tcoast\r\n"})
    world.north.refresh_from_db()
    assert world.north.name == "North coast"


def test_names_saved_before_the_rule_are_put_on_one_line(world):
    from importlib import import_module

    from django.apps import apps

    Location.objects.filter(pk=world.location_a.pk).update(name="Café\tNord\x07")
    migration = import_module(
        "servicegap.core.migrations.0007_alter_location_name_alter_region_name"
    )
    migration.names_on_one_line(apps, None)
    world.location_a.refresh_from_db()
    assert world.location_a.name == "Café Nord"
    world.location_a.full_clean()
