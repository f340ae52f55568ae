"""Every page a person meets uses servicegap's layout, on a phone too."""

import pytest
from django.core import mail
from django.urls import reverse

from servicegap.core.models import Membership, Role
from tests.conftest import client_for


@pytest.mark.parametrize("url_name", ["account_login", "account_signup", "account_reset_password"])
def test_account_pages_use_our_layout(client, db, url_name):
    page = client.get(reverse(url_name)).content.decode()
    assert "core/servicegap.css" in page
    assert 'name="viewport"' in page


def test_the_404_page_is_ours_and_offers_a_way_back(client, db):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "This page does not exist" in page
    assert reverse("account_login") in page


def test_the_403_page_says_why(world, staff_sam):
    response = client_for(staff_sam).get(reverse("core:member-list"))
    assert response.status_code == 403
    assert "not for your role" in response.content.decode()


def test_the_organisation_area_is_current_on_all_its_pages(world, owner_olga):
    response = client_for(owner_olga).get(reverse("core:member-invite"))
    current = [str(i["area"].label) for i in response.context["nav_items"] if i["current"]]
    assert current == ["Organisation"]


def test_a_duplicate_name_is_reported_on_the_name_field(world, owner_olga):
    response = client_for(owner_olga).post(reverse("core:region-create"), {"name": "NORTH"})
    assert response.status_code == 400
    assert response.context["form"].errors == {"name": ["A region with this name already exists."]}


def test_a_rejected_time_zone_shows_the_one_chosen_before(world, owner_olga):
    response = client_for(owner_olga).post(
        reverse("core:organization-settings"),
        {"name": "Sunny", "time_zone": "Mars/Olympus", "currency": "EUR"},
    )
    assert response.status_code == 400
    assert '<option value="Europe/Paris" selected>' in response.content.decode()


def test_removing_a_member_asks_first(world, owner_olga, staff_sam):
    client = client_for(owner_olga)
    url = reverse("core:member-remove", args=[staff_sam.code])
    page = client.get(url)
    assert page.status_code == 200
    assert "Remove sam@example.test from Sunny Side Cafés?" in page.content.decode()
    assert Membership.objects.filter(pk=staff_sam.pk).exists()


def test_the_invitation_link_uses_the_address_the_owner_used(world, owner_olga):
    client_for(owner_olga).post(
        reverse("core:member-invite"),
        {"email": "nia@example.test", "role": "staff", "all_locations": "on"},
        HTTP_HOST="127.0.0.1:8123",
    )
    assert "http://127.0.0.1:8123/invitations/" in mail.outbox[0].body


def test_the_last_chosen_organisation_is_where_the_next_login_starts(
    world, owner_olga, outsider_otto, client
):
    Membership.objects.create(
        organization=outsider_otto.organization, user=owner_olga.user, role=Role.STAFF
    )
    client.force_login(owner_olga.user)
    client.post(
        reverse("core:organization-switch"),
        {"organization": str(outsider_otto.organization.code)},
    )
    client.logout()
    client.force_login(owner_olga.user)
    home = client.get(reverse("core:home"))
    assert home.context["membership"].organization == outsider_otto.organization


def test_a_signed_in_message_names_the_email_not_a_username(client, owner_olga):
    from django.core.cache import cache

    cache.clear()
    response = client.post(
        reverse("account_login"),
        {"login": "olga@example.test", "password": "correct horse battery staple"},
        follow=True,
    )
    messages = [str(m) for m in response.context["messages"]]
    assert any("olga@example.test" in m for m in messages), messages
