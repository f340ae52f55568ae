"""Login by e-mail, throttling, password reset, sign-up with a new organisation."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from servicegap.core.models import Membership, Organization, Role
from tests.conftest import PASSWORD


@pytest.fixture(autouse=True)
def _fresh_rate_limits(db):
    cache.clear()


def test_a_member_logs_in_with_their_email(client, owner_olga):
    response = client.post(
        reverse("account_login"), {"login": "olga@example.test", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get(reverse("core:home")).status_code == 200


def test_a_wrong_password_is_refused(client, owner_olga):
    response = client.post(
        reverse("account_login"), {"login": "olga@example.test", "password": "wrong"}
    )
    assert response.status_code == 200
    assert "not correct" in response.content.decode()
    assert client.get(reverse("core:home")).status_code == 302


def test_repeated_failed_logins_are_throttled(client, owner_olga):
    for _ in range(5):
        client.post(reverse("account_login"), {"login": "olga@example.test", "password": "x"})
    response = client.post(
        reverse("account_login"), {"login": "olga@example.test", "password": PASSWORD}
    )
    assert "Too many failed login attempts" in response.content.decode()
    assert client.get(reverse("core:home")).status_code == 302


def test_logout_needs_a_post(client, owner_olga):
    client.force_login(owner_olga.user)
    client.get(reverse("account_logout"))
    assert client.get(reverse("core:home")).status_code == 200
    client.post(reverse("account_logout"))
    assert client.get(reverse("core:home")).status_code == 302


def test_password_reset_sends_a_working_link(client, owner_olga):
    client.post(reverse("account_reset_password"), {"email": "olga@example.test"})
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(\S+)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    response = client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link,
        {"password1": "a brand new passphrase", "password2": "a brand new passphrase"},
    )
    assert response.status_code == 302
    owner_olga.user.refresh_from_db()
    assert owner_olga.user.check_password("a brand new passphrase")


def test_signing_up_creates_an_organisation_with_the_user_as_owner(client, db):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "new@example.test",
            "password1": "plenty of words here",
            "password2": "plenty of words here",
            "organization_name": "Corner Bakery",
            "time_zone": "Europe/Madrid",
            "currency": "eur",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    organization = Organization.objects.get(name="Corner Bakery")
    assert (organization.slug, organization.time_zone, organization.currency) == (
        "corner-bakery",
        "Europe/Madrid",
        "EUR",
    )
    membership = Membership.objects.get(organization=organization)
    assert (membership.user.email, membership.role) == ("new@example.test", Role.OWNER)


def test_sign_up_without_a_business_name_stores_nothing(client, db):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "new@example.test",
            "password1": "plenty of words here",
            "password2": "plenty of words here",
            "organization_name": "",
            "time_zone": "UTC",
            "currency": "EUR",
        },
    )
    assert response.status_code == 200
    assert "organization_name" in response.context["form"].errors
    assert not Organization.objects.exists()


def test_a_second_organisation_with_the_same_name_gets_its_own_slug(client, world, owner_olga):
    client.force_login(owner_olga.user)
    response = client.post(
        reverse("core:organization-create"),
        {"name": "Sunny Side Cafés", "time_zone": "UTC", "currency": "USD"},
    )
    assert response.status_code == 302
    assert set(Organization.objects.values_list("slug", flat=True)) == {
        "sunny",
        "sunny-side-cafes",
    }


def test_a_logged_in_user_without_an_organisation_is_asked_to_create_one(client, db):
    from tests.factories import UserFactory

    client.force_login(UserFactory())
    response = client.get(reverse("core:home"))
    assert response["Location"] == reverse("core:organization-create")
