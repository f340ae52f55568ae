"""`GET /api/v1/customers/invitations`: the survey invitations, as Customers → Invitations."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.customers.models import SurveyInvitation
from tests.customers.factories import SurveyInvitationFactory

READERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}


def get(client, member, query: str = ""):
    _token, secret = tokens.create_token(member, "invitations")
    return client.get(
        f"/api/v1/customers/invitations{query}", HTTP_AUTHORIZATION=f"Bearer {secret}"
    )


@pytest.fixture
def sent(world) -> list[SurveyInvitation]:
    now = timezone.now()
    at_a = SurveyInvitationFactory(
        organization=world.org, location=world.location_a, send_after=now - timedelta(hours=2)
    )
    bounced = SurveyInvitationFactory(
        organization=world.org,
        location=world.location_a,
        send_after=now - timedelta(hours=1),
        status=SurveyInvitation.Status.BOUNCED,
        last_error="mailbox full",
    )
    at_b = SurveyInvitationFactory(
        organization=world.org, location=world.location_b, send_after=now - timedelta(hours=3)
    )
    return [bounced, at_a, at_b]  # latest first


@pytest.mark.parametrize("role", list(Role))
def test_readers_list_the_invitations_of_their_locations(client, role, member_of_role, sent):
    response = get(client, member_of_role(role))
    if role not in READERS:
        assert response.status_code == 403
        return
    assert response.status_code == 200
    body = response.json()
    expected = sent[:2] if role == Role.MANAGER else sent  # the manager: North, Location A
    assert [item["code"] for item in body["items"]] == [str(i.code) for i in expected]
    assert body["count"] == len(expected)
    first = body["items"][0]
    assert first["status"] == "bounced" and first["last_error"] == "mailbox full"
    assert first["email"] == sent[0].email and "token" not in first


def test_filters_by_status_and_location_and_pages(client, owner_olga, world, sent):
    body = get(client, owner_olga, "?status=bounced").json()
    assert [item["code"] for item in body["items"]] == [str(sent[0].code)]
    body = get(client, owner_olga, f"?location={world.location_b.code}").json()
    assert [item["code"] for item in body["items"]] == [str(sent[2].code)]
    body = get(client, owner_olga, "?offset=1&limit=1").json()
    assert body["count"] == 3 and [item["code"] for item in body["items"]] == [str(sent[1].code)]


def test_another_organisations_invitations_are_never_listed(client, owner_olga, outsider_otto):
    foreign = SurveyInvitationFactory(organization=outsider_otto.organization)
    body = get(client, owner_olga).json()
    assert body == {"count": 0, "items": []}
    body = get(client, owner_olga, f"?location={foreign.location.code}").json()
    assert body == {"count": 0, "items": []}


@pytest.mark.parametrize(
    ("query", "field"),
    [("?status=lost", "status"), ("?limit=0", "limit"), ("?location=nope", "location")],
)
def test_bad_filters_are_a_422_naming_the_field(client, owner_olga, query, field):
    response = get(client, owner_olga, query)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][-1] == field
