"""Logins behind a reverse proxy, the one client-address helper, and a sign-up that does
not reveal which addresses have accounts."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import RequestFactory, override_settings
from django.urls import reverse

from servicegap.core.models import Membership, Organization, Role
from servicegap.core.network import client_address
from tests.conftest import PASSWORD

PROXY = "10.0.0.2"


@pytest.fixture(autouse=True)
def _fresh_rate_limits(db):
    cache.clear()


def login(client, email, password, address):
    return client.post(
        reverse("account_login"),
        {"login": email, "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=address,
    )


def request_from(remote, forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


@override_settings(SERVICEGAP_TRUSTED_PROXIES=0)
def test_without_a_proxy_the_forwarded_header_is_ignored():
    assert client_address(request_from("192.0.2.1", "198.51.100.9")) == "192.0.2.1"


@override_settings(SERVICEGAP_TRUSTED_PROXIES=1)
def test_behind_one_proxy_the_last_hop_is_the_client():
    # The client forged the first hop; only the last, appended by the proxy, is trusted.
    assert client_address(request_from(PROXY, "6.6.6.6, 198.51.100.9")) == "198.51.100.9"


@override_settings(SERVICEGAP_TRUSTED_PROXIES=2)
def test_behind_two_proxies_the_second_hop_from_the_right_is_the_client():
    forwarded = "6.6.6.6, 198.51.100.9, 10.0.0.7"
    assert client_address(request_from(PROXY, forwarded)) == "198.51.100.9"


@override_settings(SERVICEGAP_TRUSTED_PROXIES=1)
def test_a_hop_that_is_no_address_falls_back_to_the_connection():
    assert client_address(request_from(PROXY, "not-an-address")) == PROXY
    assert client_address(request_from(PROXY)) == PROXY


@override_settings(SERVICEGAP_TRUSTED_PROXIES=1)
def test_a_flood_from_one_address_does_not_lock_the_member_out_elsewhere(client, owner_olga):
    for _ in range(12):
        response = login(client, "olga@example.test", "wrong", "203.0.113.5")
        assert client.get(reverse("core:home")).status_code == 302
    assert "Too many failed login attempts" in response.content.decode()

    response = login(client, "olga@example.test", PASSWORD, "198.51.100.7")
    assert response.status_code == 302
    assert client.get(reverse("core:home")).status_code == 200


@override_settings(SERVICEGAP_TRUSTED_PROXIES=1)
def test_the_flooding_address_stays_limited_even_with_the_right_password(
    client, owner_olga, manager_max
):
    for _ in range(12):
        login(client, "olga@example.test", "wrong", "203.0.113.5")
    response = login(client, "olga@example.test", PASSWORD, "203.0.113.5")
    assert "Too many failed login attempts" in response.content.decode()
    # Its limit per address covers every account, not only the flooded one.
    response = login(client, manager_max.user.email, PASSWORD, "203.0.113.5")
    assert "Too many failed login attempts" in response.content.decode()
    assert client.get(reverse("core:home")).status_code == 302


@override_settings(SERVICEGAP_TRUSTED_PROXIES=1)
def test_other_members_log_in_during_a_flood_through_the_same_proxy(client, owner_olga, staff_sam):
    for number in range(12):
        login(client, f"nobody{number}@example.test", "wrong", "203.0.113.5")
    response = login(client, staff_sam.user.email, PASSWORD, "198.51.100.8")
    assert response.status_code == 302


SIGNUP = {
    "password1": "plenty of words here",
    "password2": "plenty of words here",
    "organization_name": "Corner Bakery",
    "time_zone": "UTC",
    "currency": "EUR",
}


def test_sign_up_with_an_address_in_use_answers_as_a_new_one_would(client, owner_olga):
    taken = client.post(reverse("account_signup"), {**SIGNUP, "email": "olga@example.test"})
    taken_mail = [message.to for message in mail.outbox]
    mail.outbox.clear()
    cache.clear()
    fresh = client.post(reverse("account_signup"), {**SIGNUP, "email": "new@example.test"})

    assert taken.status_code == fresh.status_code == 302
    assert taken["Location"] == fresh["Location"] == reverse("account_email_verification_sent")
    assert taken_mail == [["olga@example.test"]]
    assert [message.to for message in mail.outbox] == [["new@example.test"]]
    page = client.get(taken["Location"]).content.decode()
    assert "already" not in page.lower()


def test_sign_up_with_an_address_in_use_creates_nothing(client, owner_olga):
    client.post(reverse("account_signup"), {**SIGNUP, "email": "OLGA@example.test"})
    assert get_user_model().objects.filter(email__iexact="olga@example.test").count() == 1
    assert not Organization.objects.filter(name="Corner Bakery").exists()
    assert "already" in mail.outbox[0].body.lower()
    assert "/accounts/password/reset/" in mail.outbox[0].body


def test_a_new_account_is_logged_in_once_its_address_is_confirmed(client, db):
    response = client.post(reverse("account_signup"), {**SIGNUP, "email": "new@example.test"})
    assert client.get(reverse("core:home")).status_code == 302  # not yet
    membership = Membership.objects.get(user__email="new@example.test")
    assert (membership.organization.name, membership.role) == ("Corner Bakery", Role.OWNER)

    link = re.search(r"http://testserver(\S+)", mail.outbox[0].body).group(1)
    response = client.post(link)
    assert response.status_code == 302
    assert client.get(reverse("core:home")).status_code == 200
