"""The service card page: who sees it, what it shows per organisation, location and
department, and that it costs the same few queries however big the card is."""

import pytest
from django.urls import reverse

from servicegap.core.models import Role
from tests.conftest import client_for
from tests.factories import DepartmentFactory, LocationFactory
from tests.standards.factories import BehaviourFactory, JourneyStepFactory, StandardFactory

TEAM = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR, Role.STAFF}
LEADERS = {Role.OWNER, Role.EXECUTIVE}


def page(client, name, *args):
    response = client.get(reverse(name, args=args))
    return response, response.content.decode()


def test_the_card_is_the_index_page_of_the_app():
    assert reverse("standards:card") == "/standards/"


@pytest.mark.parametrize("role", list(Role))
def test_the_card_is_for_the_team_not_shoppers(role, card, member_of_role):
    response, _ = page(client_for(member_of_role(role)), "standards:card")
    assert response.status_code == (200 if role in TEAM else 403)


@pytest.mark.parametrize("role", list(Role))
def test_a_department_card_is_for_the_team(role, card, member_of_role):
    response, _ = page(
        client_for(member_of_role(role)), "standards:department-card", card.front.code
    )
    assert response.status_code == (200 if role in TEAM else 403)


@pytest.mark.parametrize("role", list(Role))
def test_a_location_card_is_for_those_who_see_the_location(role, world, card, member_of_role):
    client = client_for(member_of_role(role))
    response_a, _ = page(client, "standards:location-card", world.location_a.code)
    response_b, _ = page(client, "standards:location-card", world.location_b.code)
    assert response_a.status_code == (200 if role in TEAM else 403)
    # The manager looks after the North region, the supervisor and staff after A only.
    sees_b = role in {Role.OWNER, Role.EXECUTIVE}
    assert response_b.status_code == (200 if sees_b else 403 if role == Role.SHOPPER else 404)


def test_anonymous_visitors_are_sent_to_log_in(client, card):
    response = client.get(reverse("standards:card"))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_card_shows_both_columns_grouped_by_step_in_order(card, staff_sam):
    _, html = page(client_for(staff_sam), "standards:card")
    assert "How we serve you" in html and "How you will know" in html
    order = [
        "Greeting",
        "We welcome you at once.",
        "Greeted within 30 seconds.",
        "Staff smile.",
        "Payment",
        "Your bill is right.",
        "The bill is correct.",
    ]
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)


def test_each_standard_is_marked_with_its_p(card, staff_sam):
    _, html = page(client_for(staff_sam), "standards:card")
    assert 'class="p-mark p-people"' in html
    assert 'class="p-mark p-process"' in html


def test_a_measured_target_and_a_critical_flag_show_on_the_card(card, staff_sam):
    _, html = page(client_for(staff_sam), "standards:card")
    assert "(at most 30 seconds)" in html
    assert "critical" in html


def test_retired_items_and_everything_under_them_stay_off_the_card(card, staff_sam):
    StandardFactory(
        organization=card.greeting.organization,
        step=card.greeting,
        is_active=False,
        text="Retired standard with a behaviour.",
    )
    BehaviourFactory(
        organization=card.greeting.organization,
        standard=card.old_standard,
        text="Under a retired standard.",
    )
    _, html = page(client_for(staff_sam), "standards:card")
    for hidden in (
        "Old step",
        "A retired standard.",
        "A retired behaviour.",
        "Hidden under a retired step.",
        "Under a retired standard.",
        "Retired standard with a behaviour.",
    ):
        assert hidden not in html


def test_a_location_card_has_the_same_standards_titled_for_the_location(world, card, staff_sam):
    _, org_html = page(client_for(staff_sam), "standards:card")
    _, html = page(client_for(staff_sam), "standards:location-card", world.location_a.code)
    assert '<h2 id="card-title">Location A</h2>' in html
    assert world.org.name in html
    for text in ("We welcome you at once.", "Your bill is right.", "The bill is correct."):
        assert text in html and text in org_html


def test_a_department_card_holds_only_the_standards_it_is_responsible_for(card, staff_sam):
    _, html = page(client_for(staff_sam), "standards:department-card", card.kitchen.code)
    assert "Your bill is right." in html
    assert "The bill is correct." in html
    assert "We welcome you at once." not in html
    assert "Greeting" not in html.split('id="card-title"')[1]


def test_a_department_without_standards_gets_an_empty_card_that_says_so(card, staff_sam):
    other = DepartmentFactory(organization=card.front.organization, name="Delivery")
    _, html = page(client_for(staff_sam), "standards:department-card", other.code)
    assert "No standards on the card name this department as responsible." in html


def test_an_empty_card_says_so(world, staff_sam):
    _, html = page(client_for(staff_sam), "standards:card")
    assert "The card has no standards yet." in html


def test_the_card_links_to_the_locations_the_member_sees_only(world, card, staff_sam):
    _, html = page(client_for(staff_sam), "standards:card")
    assert reverse("standards:location-card", args=[world.location_a.code]) in html
    assert reverse("standards:location-card", args=[world.location_b.code]) not in html


@pytest.mark.parametrize("role", sorted(TEAM))
def test_only_leaders_see_the_edit_link(role, card, member_of_role):
    _, html = page(client_for(member_of_role(role)), "standards:card")
    assert (reverse("standards:editor") in html) == (role in LEADERS)


def test_text_typed_by_members_is_escaped_on_the_card(card, staff_sam):
    card.welcome.text = "<script>alert(1)</script>"
    card.welcome.save()
    _, html = page(client_for(staff_sam), "standards:card")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_card_page_has_print_css_and_a_pdf_link(card, staff_sam):
    _, html = page(client_for(staff_sam), "standards:card")
    assert "standards/card.css" in html
    assert reverse("standards:card-pdf") in html


def _grow(org, steps: int, standards: int, behaviours: int) -> None:
    department = DepartmentFactory(organization=org)
    for _ in range(steps):
        step = JourneyStepFactory(organization=org)
        for _ in range(standards):
            standard = StandardFactory(organization=org, step=step, department=department)
            BehaviourFactory.create_batch(behaviours, organization=org, standard=standard)


def _count_queries(client, url, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(limit):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("name", ["standards:card", "standards:location-card"])
def test_the_card_page_reads_a_big_card_in_a_fixed_number_of_queries(
    name, world, owner_olga, django_assert_max_num_queries
):
    for _ in range(3):
        LocationFactory(organization=world.org)
    _grow(world.org, steps=10, standards=4, behaviours=5)
    args = [world.location_a.code] if name == "standards:location-card" else []
    _count_queries(
        client_for(owner_olga), reverse(name, args=args), django_assert_max_num_queries, 10
    )
