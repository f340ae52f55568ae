"""Members, invitations, API tokens and settings in the API: owners only, the pages' forms
and rules (never the last owner), the invitation e-mail, and no secret shown twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from servicegap.core import organizations, tokens
from servicegap.core.models import ApiToken, Invitation, Membership, Organization, Role
from tests.core.organisation_api import call, named, secret_for
from tests.factories import (
    InvitationFactory,
    LocationFactory,
    MembershipFactory,
    RegionFactory,
    UserFactory,
)

OTHERS = [Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR, Role.STAFF, Role.SHOPPER]


# Members ------------------------------------------------------------------------------


def test_an_owner_lists_the_members_with_their_roles_and_locations(
    client, world, owner_olga, manager_max, staff_sam, outsider_otto
):
    response = call(client, owner_olga, "get", "/organisation/members")
    assert response.status_code == 200
    members = {member["email"]: member for member in response.json()}
    assert set(members) == {"olga@example.test", "max@example.test", "sam@example.test"}
    assert members["max@example.test"] == {
        "code": str(manager_max.code),
        "email": "max@example.test",
        "role": "manager",
        "all_locations": False,
        "regions": [{"code": str(world.north.code), "name": "North"}],
        "locations": [],
        "is_you": False,
    }
    assert members["sam@example.test"]["locations"] == [
        {"code": str(world.location_a.code), "name": "Location A"}
    ]
    assert members["olga@example.test"]["is_you"] is True
    # as the page orders them: by role, then e-mail
    assert [m["role"] for m in response.json()] == ["manager", "owner", "staff"]


@pytest.mark.parametrize("role", OTHERS)
def test_only_owners_manage_members(client, world, owner_olga, staff_sam, member_of_role, role):
    member = member_of_role(role)
    path = f"/organisation/members/{staff_sam.code}"
    assert call(client, member, "get", "/organisation/members").status_code == 403
    assert call(client, member, "patch", path, {"role": "supervisor"}).status_code == 403
    assert call(client, member, "delete", path).status_code == 403
    staff_sam.refresh_from_db()
    assert staff_sam.role == Role.STAFF


def test_an_owner_changes_a_members_role_and_locations(client, world, owner_olga, staff_sam):
    path = f"/organisation/members/{staff_sam.code}"
    body = {"role": "manager", "regions": [str(world.south.code)], "locations": []}
    response = call(client, owner_olga, "patch", path, body)
    assert response.status_code == 200
    assert response.json()["regions"] == [{"code": str(world.south.code), "name": "South"}]
    staff_sam.refresh_from_db()
    assert staff_sam.role == Role.MANAGER
    assert list(staff_sam.regions.all()) == [world.south]
    assert not staff_sam.locations.exists()
    # now they see Location B only
    assert list(staff_sam.visible_locations()) == [world.location_b]
    widened = call(client, owner_olga, "patch", path, {"all_locations": True, "regions": []})
    assert widened.status_code == 200
    staff_sam.refresh_from_db()
    assert staff_sam.all_locations and not staff_sam.regions.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"role": "owner"}, "role"),  # an owner sees everything: leave locations empty
        ({"role": "king"}, "role"),
        ({"locations": []}, "all_locations"),  # staff must see something
        ({"all_locations": True}, "all_locations"),  # not both
        ({"role": None}, "role"),
        ({"email": "new@example.test"}, "email"),
    ],
)
def test_a_change_the_page_would_refuse_is_a_422_and_changes_nothing(
    client, world, owner_olga, staff_sam, body, field
):
    response = call(client, owner_olga, "patch", f"/organisation/members/{staff_sam.code}", body)
    assert named(response, field), response.content
    staff_sam.refresh_from_db()
    assert (staff_sam.role, staff_sam.all_locations) == (Role.STAFF, False)
    assert list(staff_sam.locations.all()) == [world.location_a]


def test_a_location_or_member_of_another_organisation_is_a_404(
    client, world, owner_olga, staff_sam, outsider_otto
):
    theirs = LocationFactory(organization=outsider_otto.organization)
    path = f"/organisation/members/{staff_sam.code}"
    assert (
        call(client, owner_olga, "patch", path, {"locations": [str(theirs.code)]}).status_code
        == 404
    )
    assert list(staff_sam.locations.all()) == [world.location_a]
    other = f"/organisation/members/{outsider_otto.code}"
    assert call(client, owner_olga, "patch", other, {"role": "staff"}).status_code == 404
    assert call(client, owner_olga, "delete", other).status_code == 404
    outsider_otto.refresh_from_db()
    assert outsider_otto.role == Role.OWNER


def test_the_last_owner_cannot_be_demoted_or_removed(client, world, owner_olga):
    path = f"/organisation/members/{owner_olga.code}"
    demoted = call(client, owner_olga, "patch", path, {"role": "executive"})
    assert demoted.status_code == 409
    assert "at least one owner" in demoted.json()["detail"]
    removed = call(client, owner_olga, "delete", path)
    assert removed.status_code == 409
    assert removed.json()["detail"] == "The last owner cannot be removed."
    owner_olga.refresh_from_db()
    assert owner_olga.role == Role.OWNER


def test_with_another_owner_an_owner_may_step_down(client, world, owner_olga):
    other = MembershipFactory(organization=world.org, role=Role.OWNER)
    response = call(
        client,
        owner_olga,
        "patch",
        f"/organisation/members/{owner_olga.code}",
        {"role": "executive"},
    )
    assert response.status_code == 200
    owner_olga.refresh_from_db()
    assert owner_olga.role == Role.EXECUTIVE
    # …after which the other one is the last owner
    last = call(client, other, "delete", f"/organisation/members/{other.code}")
    assert last.status_code == 409


def test_an_owner_removes_a_member_whose_login_stays(client, world, owner_olga, staff_sam):
    secret = secret_for(staff_sam)
    response = call(client, owner_olga, "delete", f"/organisation/members/{staff_sam.code}")
    assert response.status_code == 204
    assert not Membership.objects.filter(pk=staff_sam.pk).exists()
    assert UserFactory._meta.model.objects.filter(email="sam@example.test").exists()
    # their token acted as that membership: it no longer works
    assert client.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {secret}").status_code == 401
    assert (
        call(client, owner_olga, "delete", f"/organisation/members/{staff_sam.code}").status_code
        == 404
    )


# Invitations --------------------------------------------------------------------------


def test_an_owner_invites_someone_who_gets_the_pages_email(client, world, owner_olga, mailoutbox):
    body = {
        "email": "New.Person@Example.test",
        "role": "supervisor",
        "locations": [str(world.location_a.code)],
    }
    response = call(client, owner_olga, "post", "/organisation/invitations", body)
    assert response.status_code == 201
    invitation = Invitation.objects.get()
    assert (invitation.organization, invitation.email, invitation.role, invitation.invited_by) == (
        world.org,
        "new.person@example.test",
        Role.SUPERVISOR,
        owner_olga.user,
    )
    assert list(invitation.locations.all()) == [world.location_a]
    answer = response.json()
    assert answer == {
        "code": str(invitation.code),
        "email": "new.person@example.test",
        "role": "supervisor",
        "status": "waiting",
        "expires_at": answer["expires_at"],
        "sent": True,
        "mail_error": None,
    }
    assert answer["expires_at"].startswith(invitation.expires_at.date().isoformat())
    [mail] = mailoutbox
    assert mail.to == ["new.person@example.test"]
    assert "Sunny Side Cafés" in mail.subject
    assert f"/invitations/{invitation.token}/" in mail.body
    # the link is for the invited person only: never in the API's answers
    assert invitation.token not in response.content.decode()
    listed = call(client, owner_olga, "get", "/organisation/invitations")
    assert invitation.token not in listed.content.decode()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"email": "olga@example.test", "role": "staff", "all_locations": True}, "email"),
        ({"email": "not an address", "role": "staff", "all_locations": True}, "email"),
        ({"email": "pending@example.test", "role": "staff", "all_locations": True}, "email"),
        ({"email": "a@example.test", "role": "emperor"}, "role"),
        ({"email": "a@example.test", "role": "staff"}, "all_locations"),
        ({"email": "a@example.test", "role": "executive", "regions": ["REGION"]}, "role"),
        ({"email": "a@example.test"}, "role"),
        ({"role": "staff"}, "email"),
        ({"email": "a@example.test", "role": "staff", "token": "mine"}, "token"),
    ],
)
def test_an_invitation_the_page_would_refuse_is_a_422_nothing_stored_nor_sent(
    client, world, owner_olga, mailoutbox, body, field
):
    InvitationFactory(organization=world.org, email="pending@example.test")
    body = {
        name: [str(world.north.code)] if value == ["REGION"] else value
        for name, value in body.items()
    }
    response = call(client, owner_olga, "post", "/organisation/invitations", body)
    assert named(response, field), response.content
    assert Invitation.objects.count() == 1
    assert mailoutbox == []


def test_a_region_of_another_organisation_is_a_404(
    client, world, owner_olga, outsider_otto, mailoutbox
):
    theirs = RegionFactory(organization=outsider_otto.organization)
    body = {"email": "a@example.test", "role": "manager", "regions": [str(theirs.code)]}
    assert call(client, owner_olga, "post", "/organisation/invitations", body).status_code == 404
    assert not Invitation.objects.exists() and mailoutbox == []


def test_a_mail_server_that_refuses_keeps_the_invitation_and_says_so(
    client, world, owner_olga, monkeypatch, mailoutbox
):
    def refuse(*args, **kwargs):
        raise OSError("connection refused")

    monkeypatch.setattr(organizations, "send_invitation", refuse)
    body = {"email": "a@example.test", "role": "executive"}
    response = call(client, owner_olga, "post", "/organisation/invitations", body)
    assert response.status_code == 201
    assert (response.json()["sent"], response.json()["mail_error"]) == (False, "connection refused")
    assert Invitation.objects.get().email == "a@example.test"


@pytest.mark.parametrize("role", OTHERS)
def test_only_owners_invite_list_resend_or_revoke(client, world, member_of_role, role, mailoutbox):
    invitation = InvitationFactory(organization=world.org)
    member = member_of_role(role)
    body = {"email": "a@example.test", "role": "executive"}
    assert call(client, member, "post", "/organisation/invitations", body).status_code == 403
    assert call(client, member, "get", "/organisation/invitations").status_code == 403
    for action in ("resend", "revoke"):
        path = f"/organisation/invitations/{invitation.code}/{action}"
        assert call(client, member, "post", path).status_code == 403
    assert Invitation.objects.count() == 1 and mailoutbox == []
    invitation.refresh_from_db()
    assert invitation.revoked_at is None


def test_the_list_shows_what_became_of_each_invitation(client, world, owner_olga):
    now = timezone.now()
    waiting = InvitationFactory(organization=world.org, email="w@example.test")
    InvitationFactory(
        organization=world.org, email="e@example.test", expires_at=now - timedelta(days=1)
    )
    InvitationFactory(organization=world.org, email="r@example.test", revoked_at=now)
    InvitationFactory(organization=world.org, email="a@example.test", accepted_at=now)
    response = call(client, owner_olga, "get", "/organisation/invitations")
    statuses = {i["email"]: i["status"] for i in response.json()}
    assert statuses == {
        "w@example.test": "waiting",
        "e@example.test": "expired",
        "r@example.test": "withdrawn",
    }
    assert waiting.token not in response.content.decode()


def test_an_owner_sends_a_waiting_invitation_again(client, world, owner_olga, mailoutbox):
    invitation = InvitationFactory(
        organization=world.org, email="w@example.test", invited_by=owner_olga.user
    )
    response = call(
        client, owner_olga, "post", f"/organisation/invitations/{invitation.code}/resend"
    )
    assert response.status_code == 200 and response.json()["sent"] is True
    [mail] = mailoutbox
    assert mail.to == ["w@example.test"] and invitation.token in mail.body
    assert invitation.token not in response.content.decode()


def test_an_owner_withdraws_an_invitation_once(client, world, owner_olga, mailoutbox):
    invitation = InvitationFactory(organization=world.org)
    path = f"/organisation/invitations/{invitation.code}"
    response = call(client, owner_olga, "post", f"{path}/revoke")
    assert response.status_code == 200 and response.json()["status"] == "withdrawn"
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None
    again = call(client, owner_olga, "post", f"{path}/revoke")
    assert again.status_code == 409 and "already" in again.json()["detail"]
    resent = call(client, owner_olga, "post", f"{path}/resend")
    assert resent.status_code == 409
    assert mailoutbox == []


def test_another_organisations_invitation_is_a_404(client, world, owner_olga, outsider_otto):
    theirs = InvitationFactory(organization=outsider_otto.organization)
    for action in ("resend", "revoke"):
        path = f"/organisation/invitations/{theirs.code}/{action}"
        assert call(client, owner_olga, "post", path).status_code == 404
    theirs.refresh_from_db()
    assert theirs.revoked_at is None
    assert call(client, owner_olga, "get", "/organisation/invitations").json() == []


# API tokens ---------------------------------------------------------------------------


def test_an_owner_makes_a_token_shown_once_that_works(client, world, owner_olga):
    response = call(client, owner_olga, "post", "/organisation/tokens", {"name": "POS export"})
    assert response.status_code == 201
    body = response.json()
    secret = body["token"]
    token = ApiToken.objects.get(name="POS export")
    assert secret.startswith("sg_") and token.digest == tokens.digest(secret)
    assert (token.membership, body["prefix"], body["acts_as"]) == (
        owner_olga,
        secret[:10],
        "olga@example.test",
    )
    me = client.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert me.status_code == 200 and me.json()["email"] == "olga@example.test"
    listed = call(client, owner_olga, "get", "/organisation/tokens")
    assert secret not in listed.content.decode() and token.digest not in listed.content.decode()
    names = {t["name"]: t for t in listed.json()}
    assert set(names) == {"POS export", "tests"}  # "tests": the token these calls use
    assert names["POS export"]["revoked_at"] is None
    assert set(names["POS export"]) == {
        "code",
        "name",
        "prefix",
        "acts_as",
        "created_at",
        "last_used_at",
        "revoked_at",
    }


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "name"),
        ({"name": ""}, "name"),
        ({"name": "x" * 81}, "name"),
        ({"name": "a", "membership": "x"}, "membership"),
    ],
)
def test_a_token_the_page_would_refuse_is_a_422_and_none_is_made(
    client, world, owner_olga, body, field
):
    secret_for(owner_olga)  # the caller's own token, made before counting
    before = ApiToken.objects.count()
    assert named(call(client, owner_olga, "post", "/organisation/tokens", body), field)
    assert ApiToken.objects.count() == before


def test_an_owner_revokes_a_token_which_stops_working(client, world, owner_olga, staff_sam):
    token, secret = tokens.create_token(staff_sam, "till")
    path = f"/organisation/tokens/{token.code}/revoke"
    response = call(client, owner_olga, "post", path)
    assert response.status_code == 200 and response.json()["revoked_at"] is not None
    assert client.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {secret}").status_code == 401
    assert call(client, owner_olga, "post", path).status_code == 409


@pytest.mark.parametrize("role", OTHERS)
def test_only_owners_list_make_or_revoke_tokens(client, world, owner_olga, member_of_role, role):
    token, _secret = tokens.create_token(owner_olga, "till")
    member = member_of_role(role)
    secret_for(member)  # the caller's own token, made before counting
    before = ApiToken.objects.count()
    assert call(client, member, "get", "/organisation/tokens").status_code == 403
    assert call(client, member, "post", "/organisation/tokens", {"name": "mine"}).status_code == 403
    path = f"/organisation/tokens/{token.code}/revoke"
    assert call(client, member, "post", path).status_code == 403
    assert ApiToken.objects.count() == before
    token.refresh_from_db()
    assert token.revoked_at is None


def test_another_organisations_token_is_a_404(client, world, owner_olga, outsider_otto):
    theirs, secret = tokens.create_token(outsider_otto, "theirs")
    path = f"/organisation/tokens/{theirs.code}/revoke"
    assert call(client, owner_olga, "post", path).status_code == 404
    theirs.refresh_from_db()
    assert theirs.revoked_at is None
    names = [t["name"] for t in call(client, owner_olga, "get", "/organisation/tokens").json()]
    assert "theirs" not in names


# Settings -----------------------------------------------------------------------------


def test_an_owner_reads_and_changes_the_settings(client, world, owner_olga):
    response = call(client, owner_olga, "get", "/organisation/settings")
    assert response.json() == {
        "name": "Sunny Side Cafés",
        "slug": "sunny",
        "time_zone": "Europe/Paris",
        "currency": "EUR",
        "language": "en",
    }
    body = {
        "name": "Sunny Side",
        "time_zone": "America/Toronto",
        "currency": " cad ",
        "language": "fr",
    }
    changed = call(client, owner_olga, "patch", "/organisation/settings", body)
    assert changed.status_code == 200
    org = Organization.objects.get(pk=world.org.pk)
    assert (org.name, org.time_zone, org.currency, org.language, org.slug) == (
        "Sunny Side",
        "America/Toronto",
        "CAD",
        "fr",
        "sunny",
    )
    assert changed.json()["currency"] == "CAD"
    only_currency = call(client, owner_olga, "patch", "/organisation/settings", {"currency": "GBP"})
    assert only_currency.status_code == 200
    org.refresh_from_db()
    assert (org.name, org.currency) == ("Sunny Side", "GBP")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"currency": "E1R"}, "currency"),
        ({"currency": "EURO"}, "currency"),
        ({"language": "de"}, "language"),
        ({"name": ""}, "name"),
        ({"name": None}, "name"),
        ({"name": "Tab\there"}, "name"),
        ({"slug": "mine"}, "slug"),
    ],
)
def test_settings_the_page_would_refuse_are_a_422_and_change_nothing(
    client, world, owner_olga, body, field
):
    response = call(
        client, owner_olga, "patch", "/organisation/settings", {"name": "Changed", **body}
    )
    assert named(response, field), response.content
    org = Organization.objects.get(pk=world.org.pk)
    assert (org.name, org.time_zone, org.currency, org.language) == (
        "Sunny Side Cafés",
        "Europe/Paris",
        "EUR",
        "en",
    )


@pytest.mark.parametrize("role", OTHERS)
def test_only_owners_see_or_change_the_settings(client, world, member_of_role, role):
    member = member_of_role(role)
    assert call(client, member, "get", "/organisation/settings").status_code == 403
    assert (
        call(client, member, "patch", "/organisation/settings", {"name": "Mine"}).status_code == 403
    )
    assert Organization.objects.get(pk=world.org.pk).name == "Sunny Side Cafés"


def test_each_owner_changes_only_their_own_organisation(client, world, owner_olga, outsider_otto):
    call(client, outsider_otto, "patch", "/organisation/settings", {"name": "Otto's New Name"})
    assert Organization.objects.get(pk=world.org.pk).name == "Sunny Side Cafés"
    assert Organization.objects.get(pk=outsider_otto.organization_id).name == "Otto's New Name"
