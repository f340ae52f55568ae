"""Edge cases: scope, leaks through counts and choices, races and failures of mail."""

import socket
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from servicegap import settings as sg_settings
from servicegap.core import organizations, tokens
from servicegap.core.models import Invitation, Membership, Organization, Role
from tests.conftest import client_for
from tests.factories import EmployeeFactory, InvitationFactory, LocationFactory, UserFactory


def test_a_scoped_manager_cannot_see_or_link_logins(world, manager_max, shopper_sue):
    page = client_for(manager_max).get(reverse("core:employee-create"))
    assert "sue@example.test" not in page.content.decode()
    assert "user" not in page.context["form"].fields


def test_leaders_may_link_logins_but_never_a_shoppers(world, owner_olga, shopper_sue, staff_sam):
    form = client_for(owner_olga).get(reverse("core:employee-create")).context["form"]
    emails = {user.email for user in form.fields["user"].queryset}
    assert "sam@example.test" in emails
    assert "sue@example.test" not in emails


def test_counts_on_region_and_department_pages_stay_in_scope(world, staff_sam):
    EmployeeFactory(organization=world.org, location=world.location_b)
    client = client_for(staff_sam)
    regions = {
        r.name: r.location_count for r in client.get(reverse("core:region-list")).context["regions"]
    }
    assert regions == {"North": 1, "South": 0}
    departments = client.get(reverse("core:department-list")).context["departments"]
    assert all(d.employee_count == 0 for d in departments)


def test_a_deactivated_users_token_stops_working(world, owner_olga):
    _token, secret = tokens.create_token(owner_olga, "t")
    owner_olga.user.is_active = False
    owner_olga.user.save()
    assert Client().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {secret}").status_code == 401


def test_an_invitation_withdrawn_while_being_accepted_is_not_accepted(world):
    invitation = InvitationFactory(organization=world.org, email="nia@example.test")
    stale = Invitation.objects.get(pk=invitation.pk)  # loaded before the withdrawal
    organizations.revoke_invitation(invitation)
    with pytest.raises(organizations.InvitationError):
        organizations.accept_invitation(stale, UserFactory(email="nia@example.test"))
    assert not Membership.objects.filter(user__email="nia@example.test").exists()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_invitation_whose_mail_fails_is_kept_and_can_be_sent_again(world, owner_olga, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = (
        "127.0.0.1",
        closed_port(),
        False,
    )
    client = client_for(owner_olga)
    response = client.post(
        reverse("core:member-invite"),
        {"email": "nia@example.test", "role": "staff", "all_locations": "on"},
        follow=True,
    )
    assert response.status_code == 200
    assert any("could not be sent" in str(m) for m in response.context["messages"])
    invitation = Invitation.objects.get(email="nia@example.test")
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    client.post(reverse("core:invitation-resend", args=[invitation.code]))
    assert [m.to for m in mail.outbox] == [["nia@example.test"]]


def test_an_organisation_name_with_a_line_break_is_refused(world, owner_olga):
    response = client_for(owner_olga).post(
        reverse("core:organization-settings"),
        {"name": "Sunny\nSide", "time_zone": "UTC", "currency": "EUR"},
    )
    assert response.status_code == 400
    assert "name" in response.context["form"].errors


def test_sign_up_with_a_bad_currency_stores_no_login(client, db):
    cache.clear()
    response = client.post(
        reverse("account_signup"),
        {
            "email": "new@example.test",
            "password1": "plenty of words here",
            "password2": "plenty of words here",
            "organization_name": "Corner Bakery",
            "time_zone": "UTC",
            "currency": "éur",
        },
    )
    assert response.status_code == 200
    assert "currency" in response.context["form"].errors
    assert not Organization.objects.exists()
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(email="new@example.test").exists()


def test_accepting_when_a_login_with_that_name_exists_asks_to_log_in(client, world):
    UserFactory(username="nia@example.test", email="other@example.test")
    invitation = InvitationFactory(organization=world.org, email="nia@example.test")
    page = client.get(invitation.get_absolute_url()).content.decode()
    assert "Log in to accept" in page


def test_an_invitation_keeps_an_explicit_every_location_scope(client, world):
    invitation = InvitationFactory(
        organization=world.org, email="nia@example.test", role="manager", all_locations=True
    )
    password = "a long and fresh passphrase"
    client.post(invitation.get_absolute_url(), {"password1": password, "password2": password})
    membership = Membership.objects.get(user__email="nia@example.test")
    assert membership.visible_locations().count() == 2


def test_a_scopable_role_needs_an_explicit_scope(world, owner_olga):
    response = client_for(owner_olga).post(
        reverse("core:member-invite"), {"email": "nia@example.test", "role": "staff"}
    )
    assert response.status_code == 400
    assert "all_locations" in response.context["form"].errors
    assert not Invitation.objects.exists()


def test_a_huge_number_in_a_choice_is_a_form_error_not_a_crash(world, owner_olga):
    response = client_for(owner_olga).post(
        reverse("core:member-invite"),
        {"email": "nia@example.test", "role": "staff", "locations": ["99999999999999999999999"]},
    )
    assert response.status_code == 400


def test_an_invitation_lifetime_out_of_range_stops_start_up(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    monkeypatch.setenv("SG_DAYS", "-5")
    with pytest.raises(ImproperlyConfigured, match="SG_DAYS: expected a number from 1 to 90"):
        sg_settings.env_int("SG_DAYS", 7, low=1, high=90)


def test_an_unknown_log_level_stops_start_up(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    monkeypatch.setenv("SG_LEVEL", "loud")
    with pytest.raises(ImproperlyConfigured, match="SG_LEVEL: expected one of"):
        sg_settings.env_choice("SG_LEVEL", "INFO", {"INFO", "DEBUG"})


def test_processes_starting_together_share_one_secret_key(tmp_path):
    with ProcessPoolExecutor(max_workers=8) as pool:
        keys = set(pool.map(sg_settings.secret_key, [tmp_path] * 32))
    assert len(keys) == 1
    assert len(keys.pop()) >= 50
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]


def test_expired_invitations_say_when_in_the_local_date_format(client, world):
    invitation = InvitationFactory(organization=world.org)
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - timedelta(days=1)
    )
    page = client.get(invitation.get_absolute_url()).content.decode()
    assert "This invitation expired on" in page


def test_locations_of_another_organisation_never_count(world, owner_olga, outsider_otto):
    LocationFactory(organization=outsider_otto.organization, region=None)
    regions = client_for(owner_olga).get(reverse("core:region-list")).context["regions"]
    assert sum(r.location_count for r in regions) == 2


def test_roles_are_listed_in_the_role_field(world, owner_olga):
    form = client_for(owner_olga).get(reverse("core:member-invite")).context["form"]
    assert [value for value, _label in form.fields["role"].choices if value] == list(Role.values)
