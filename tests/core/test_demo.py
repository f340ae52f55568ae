"""`servicegap demo`: a restaurant group with a login per role, the same for the same seed."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse

from servicegap.core import demo
from servicegap.core.models import Department, Employee, Location, Membership, Organization, Role


@pytest.fixture(autouse=True)
def core_demo_only(settings, request):
    """The core part of the demo, unless a test asks for the whole of it."""
    if "whole_demo" not in request.keywords:
        settings.SERVICEGAP_DEMO_STEPS = ["servicegap.core.demo.seed_organization"]


def employee_names() -> list[str]:
    return [str(e) for e in Employee.objects.order_by("location__name", "pk")]


def test_the_demo_is_a_restaurant_group_with_a_member_for_every_role(db):
    demo.seed(1)
    organization = Organization.objects.get(slug="demo")
    assert Location.objects.filter(organization=organization).count() >= 4
    assert set(Department.objects.values_list("name", flat=True)) >= {
        "Front of house",
        "Kitchen",
        "Delivery",
        "Management",
    }
    assert Employee.objects.filter(organization=organization).count() >= 30
    roles = Membership.objects.filter(organization=organization).values_list("user__email", "role")
    assert set(roles) == {(f"{role}@demo.test", role) for role in Role.values}


def test_the_same_seed_gives_the_same_demo(db):
    demo.seed(7)
    first = employee_names()
    demo.seed(7)
    assert employee_names() == first
    assert Organization.objects.filter(slug="demo").count() == 1
    demo.seed(8)
    assert employee_names() != first


@pytest.mark.parametrize("role", Role.values)
def test_each_demo_login_reaches_its_home_page(role, client, db):
    demo.seed(1)
    cache.clear()
    response = client.post(
        reverse("account_login"), {"login": f"{role}@demo.test", "password": demo.PASSWORD}
    )
    assert response.status_code == 302
    home = client.get(response["Location"])
    assert home.status_code == 200
    assert home.context["membership"].role == role


def test_the_demo_manager_and_staff_are_scoped(db):
    demo.seed(1)
    manager = Membership.objects.get(user__email="manager@demo.test")
    staff = Membership.objects.get(user__email="staff@demo.test")
    assert manager.visible_locations().count() == 2
    assert staff.visible_locations().count() == 1
    assert Employee.objects.get(user=staff.user).location == staff.visible_locations().get()


@pytest.mark.whole_demo
def test_the_demo_command_seeds_and_prints_the_logins(db, capsys, settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    call_command("demo", "--no-serve", "--seed", "2")
    out = capsys.readouterr().out
    assert "owner@demo.test" in out
    assert "shopper@demo.test" in out
    assert demo.PASSWORD in out
    assert Organization.objects.filter(slug="demo").exists()


def test_the_demo_never_touches_a_real_organisation_named_demo(db):
    from servicegap.core.organizations import create_organization
    from tests.factories import OrganizationFactory, UserFactory

    OrganizationFactory(slug="demo", name="A real business")
    with pytest.raises(demo.DemoError, match="is not the demo"):
        demo.seed(1)
    assert Organization.objects.get(slug="demo").name == "A real business"
    membership = create_organization(owner=UserFactory(), name="Demo")
    assert membership.organization.slug == "demo-2"
