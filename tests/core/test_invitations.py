"""An owner invites members by an e-mailed link; the link works once, for a while."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from servicegap.core import organizations
from servicegap.core.models import Invitation, Membership, Role
from tests.conftest import client_for
from tests.factories import InvitationFactory

NEW_PASSWORD = "a long and fresh passphrase"


def invite(client, **data):
    payload = {"email": "nia@example.test", "role": "manager", "all_locations": "on", **data}
    return client.post(reverse("core:member-invite"), payload)


def link_in(message) -> str:
    return re.search(r"https?://[^/\s]+(/invitations/\S+/)", message.body).group(1)


def test_an_owner_invites_a_member_by_email(world, owner_olga):
    response = invite(client_for(owner_olga), all_locations="", locations=[world.location_b.code])
    assert response.status_code == 302
    invitation = Invitation.objects.get(email="nia@example.test")
    assert (invitation.role, invitation.invited_by) == (Role.MANAGER, owner_olga.user)
    assert [m.to for m in mail.outbox] == [["nia@example.test"]]
    assert "Sunny Side Cafés" in mail.outbox[0].subject
    assert link_in(mail.outbox[0]) == invitation.get_absolute_url()


@pytest.mark.parametrize("role", [r for r in Role if r != Role.OWNER])
def test_only_owners_invite(role, world, member_of_role):
    response = invite(client_for(member_of_role(role)))
    assert response.status_code == 403
    assert not Invitation.objects.exists()


def test_inviting_an_existing_member_is_a_clear_error(world, owner_olga, staff_sam):
    response = invite(client_for(owner_olga), email="SAM@example.test")
    assert response.status_code == 400
    assert response.context["form"].errors["email"] == ["sam@example.test is already a member."]
    assert not Invitation.objects.exists()


def test_inviting_twice_is_a_clear_error(world, owner_olga):
    client = client_for(owner_olga)
    invite(client)
    response = invite(client, email="Nia@Example.test")
    assert response.status_code == 400
    assert "already has a pending invitation" in response.context["form"].errors["email"][0]
    assert Invitation.objects.count() == 1


def test_an_unknown_role_is_a_clear_error(world, owner_olga):
    response = invite(client_for(owner_olga), role="overlord")
    assert response.status_code == 400
    assert "overlord is not one of the available choices" in str(
        response.context["form"].errors["role"]
    )
    assert not Invitation.objects.exists()


def test_an_owner_cannot_be_limited_to_locations(world, owner_olga):
    response = invite(
        client_for(owner_olga), role="owner", all_locations="", locations=[world.location_a.code]
    )
    assert response.status_code == 400
    assert "role" in response.context["form"].errors


def test_a_foreign_location_cannot_be_given(world, owner_olga, outsider_otto):
    from tests.factories import LocationFactory

    foreign = LocationFactory(organization=outsider_otto.organization)
    response = invite(client_for(owner_olga), all_locations="", locations=[foreign.code])
    assert response.status_code == 400
    assert "locations" in response.context["form"].errors


def test_a_new_person_accepts_by_choosing_a_password(client, world, owner_olga):
    invitation = InvitationFactory(organization=world.org, email="nia@example.test", role="manager")
    invitation.regions.set([world.south])
    url = invitation.get_absolute_url()
    assert "Join Sunny Side Cafés" in client.get(url).content.decode()
    response = client.post(url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    membership = Membership.objects.get(user__email="nia@example.test")
    assert membership.role == Role.MANAGER
    assert list(membership.regions.all()) == [world.south]
    assert client.get(reverse("core:home")).status_code == 200
    # and the new login works with the e-mail address
    client.logout()
    login = client.post(
        reverse("account_login"), {"login": "nia@example.test", "password": NEW_PASSWORD}
    )
    assert login.status_code == 302


def test_a_weak_password_is_refused_and_nothing_is_stored(client, world):
    invitation = InvitationFactory(organization=world.org, email="nia@example.test")
    response = client.post(
        invitation.get_absolute_url(), {"password1": "password", "password2": "password"}
    )
    assert response.status_code == 400
    assert "password1" in response.context["form"].errors
    assert not Membership.objects.filter(user__email="nia@example.test").exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_an_existing_user_logs_in_then_accepts(client, world, outsider_otto):
    invitation = InvitationFactory(
        organization=world.org, email="otto@example.test", role="supervisor"
    )
    page = client.get(invitation.get_absolute_url()).content.decode()
    assert "Log in to accept" in page
    client.force_login(outsider_otto.user)
    response = client.post(invitation.get_absolute_url())
    assert response.status_code == 302
    assert Membership.objects.filter(
        user=outsider_otto.user, organization=world.org, role="supervisor"
    ).exists()
    # and the new organisation is the current one
    assert client.get(reverse("core:home")).context["membership"].organization == world.org


def test_the_wrong_login_cannot_accept(world, staff_sam):
    invitation = InvitationFactory(organization=world.org, email="nia@example.test")
    response = client_for(staff_sam).post(invitation.get_absolute_url())
    assert response.status_code == 403
    assert "was sent to nia@example.test" in response.content.decode()
    assert not Membership.objects.filter(user__email="nia@example.test").exists()


def test_an_expired_link_says_so(client, world):
    invitation = InvitationFactory(organization=world.org, email="nia@example.test")
    with time_machine.travel(timezone.now() + timedelta(days=8)):
        response = client.post(
            invitation.get_absolute_url(), {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
        )
    assert response.status_code == 410
    assert "This invitation expired on" in response.content.decode()
    assert not Membership.objects.filter(user__email="nia@example.test").exists()


def test_a_link_works_once(client, world):
    invitation = InvitationFactory(organization=world.org, email="nia@example.test")
    url = invitation.get_absolute_url()
    client.post(url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    client.logout()
    response = client.get(url)
    assert response.status_code == 410
    assert "already been accepted" in response.content.decode()


def test_an_unknown_token_is_404(client, db):
    assert client.get(reverse("core:invitation-accept", args=["no-such-token"])).status_code == 404


def test_a_withdrawn_invitation_cannot_be_used(client, world, owner_olga):
    invitation = InvitationFactory(organization=world.org, email="nia@example.test")
    response = client_for(owner_olga).post(
        reverse("core:invitation-revoke", args=[invitation.code])
    )
    assert response.status_code == 302
    page = client.get(invitation.get_absolute_url())
    assert page.status_code == 410
    assert "withdrawn" in page.content.decode()


def test_stale_invitations_are_purged_after_a_month(world):
    old = InvitationFactory(organization=world.org, email="old@example.test")
    InvitationFactory(organization=world.org, email="recent@example.test")
    Invitation.objects.filter(pk=old.pk).update(expires_at=timezone.now() - timedelta(days=31))
    assert organizations.purge_stale_invitations() == 1
    assert list(Invitation.objects.values_list("email", flat=True)) == ["recent@example.test"]


def test_the_purge_runs_as_a_celery_task(world):
    from servicegap.core.tasks import purge_stale_invitations

    old = InvitationFactory(organization=world.org)
    Invitation.objects.filter(pk=old.pk).update(expires_at=timezone.now() - timedelta(days=40))
    assert purge_stale_invitations.delay().get() == 1


def test_an_owner_changes_a_members_role_and_scope(world, owner_olga, staff_sam):
    url = reverse("core:member-edit", args=[staff_sam.code])
    response = client_for(owner_olga).post(
        url, {"role": "supervisor", "locations": [world.location_b.code]}
    )
    assert response.status_code == 302
    staff_sam.refresh_from_db()
    assert staff_sam.role == Role.SUPERVISOR
    assert list(staff_sam.locations.all()) == [world.location_b]


def test_the_last_owner_cannot_step_down_or_be_removed(world, owner_olga):
    client = client_for(owner_olga)
    # The page hides these for one's own row, but the requests must be refused too.
    response = client.post(reverse("core:member-edit", args=[owner_olga.code]), {"role": "staff"})
    assert response.status_code == 400
    client.post(reverse("core:member-remove", args=[owner_olga.code]))
    owner_olga.refresh_from_db()
    assert owner_olga.role == Role.OWNER


def test_an_owner_removes_a_member(world, owner_olga, staff_sam):
    client_for(owner_olga).post(reverse("core:member-remove", args=[staff_sam.code]))
    assert not Membership.objects.filter(pk=staff_sam.pk).exists()


def test_the_members_page_lists_members_and_invitations(world, owner_olga, staff_sam):
    InvitationFactory(organization=world.org, email="pending@example.test")
    page = client_for(owner_olga).get(reverse("core:member-list")).content.decode()
    assert "sam@example.test" in page
    assert "pending@example.test" in page


def test_switching_organisations(world, owner_olga, outsider_otto):
    Membership.objects.create(
        organization=outsider_otto.organization, user=owner_olga.user, role=Role.STAFF
    )
    client = client_for(owner_olga)
    home = client.get(reverse("core:home"))
    assert home.context["membership"].organization == world.org
    assert "Otto&#x27;s Other Organisation" in home.content.decode()  # in the switcher
    response = client.post(
        reverse("core:organization-switch"),
        {"organization": str(outsider_otto.organization.code)},
    )
    assert response.status_code == 302
    assert client.get(reverse("core:home")).context["membership"].organization == (
        outsider_otto.organization
    )


def test_switching_into_an_organisation_one_does_not_belong_to_is_404(
    world, owner_olga, outsider_otto
):
    response = client_for(owner_olga).post(
        reverse("core:organization-switch"),
        {"organization": str(outsider_otto.organization.code)},
    )
    assert response.status_code == 404
    assert response.wsgi_request.session.get("servicegap_organization") is None
