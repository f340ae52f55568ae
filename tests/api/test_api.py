"""The JSON API: token auth per organisation, scoped like the pages, with a schema."""

import pytest
from django.test import Client
from django.urls import reverse

from servicegap.core import tokens
from servicegap.core.models import ApiToken
from tests.conftest import client_for
from tests.factories import LocationFactory


def bearer(secret: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def test_the_schema_lists_the_paths_clients_rely_on(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/me" in paths
    assert "/api/v1/locations" in paths
    assert "/api/v1/locations/{location_code}" in paths


def test_no_docs_page_loads_scripts_from_elsewhere(client):
    assert client.get("/api/v1/docs").status_code == 404


def test_a_token_acts_as_its_member(client, world, owner_olga):
    _token, secret = tokens.create_token(owner_olga, "POS export")
    response = client.get("/api/v1/me", **bearer(secret))
    assert response.status_code == 200
    assert response.json()["organization_slug"] == "sunny"
    assert response.json()["role"] == "owner"
    assert ApiToken.objects.get().last_used_at is not None


def test_only_the_digest_of_a_token_is_stored(world, owner_olga):
    token, secret = tokens.create_token(owner_olga, "POS export")
    assert secret not in {token.digest, token.prefix}
    assert len(token.digest) == 64


@pytest.mark.parametrize("secret", ["", "sg_wrong", "not-even-prefixed"])
def test_a_wrong_token_is_401(client, world, secret):
    assert client.get("/api/v1/me", **bearer(secret)).status_code == 401


def test_a_revoked_token_is_401(client, world, owner_olga):
    token, secret = tokens.create_token(owner_olga, "old")
    tokens.revoke_token(token)
    assert client.get("/api/v1/me", **bearer(secret)).status_code == 401


def test_a_token_sees_only_its_organisations_locations(client, world, owner_olga, outsider_otto):
    foreign = LocationFactory(organization=outsider_otto.organization, name="Elsewhere")
    _token, secret = tokens.create_token(owner_olga, "t")
    names = [loc["name"] for loc in client.get("/api/v1/locations", **bearer(secret)).json()]
    assert names == ["Location A", "Location B"]
    response = client.get(f"/api/v1/locations/{foreign.code}", **bearer(secret))
    assert response.status_code == 404


def test_a_scoped_members_token_keeps_the_scope(client, world, supervisor_sid):
    _token, secret = tokens.create_token(supervisor_sid, "t")
    names = [loc["name"] for loc in client.get("/api/v1/locations", **bearer(secret)).json()]
    assert names == ["Location A"]
    outside = client.get(f"/api/v1/locations/{world.location_b.code}", **bearer(secret))
    assert outside.status_code == 404


def test_a_token_stops_working_when_its_member_leaves(client, world, staff_sam):
    _token, secret = tokens.create_token(staff_sam, "t")
    staff_sam.delete()
    assert client.get("/api/v1/me", **bearer(secret)).status_code == 401


def test_a_logged_in_member_can_use_the_api_from_the_browser(world, manager_max):
    response = client_for(manager_max).get("/api/v1/locations")
    assert [loc["name"] for loc in response.json()] == ["Location A"]


def test_owners_make_and_revoke_tokens_on_a_page(world, owner_olga):
    client = client_for(owner_olga)
    response = client.post(reverse("core:token-list"), {"name": "Till export"})
    assert response.status_code == 200
    secret = response.context["secret"]
    assert secret.startswith("sg_")
    assert client.get("/api/v1/me", **bearer(secret)).status_code == 200
    token = ApiToken.objects.get()
    client.post(reverse("core:token-revoke", args=[token.code]))
    assert Client().get("/api/v1/me", **bearer(secret)).status_code == 401


@pytest.mark.parametrize("role", ["executive", "manager", "supervisor", "staff", "shopper"])
def test_only_owners_manage_tokens(role, world, member_of_role):
    response = client_for(member_of_role(role)).post(reverse("core:token-list"), {"name": "x"})
    assert response.status_code == 403
    assert not ApiToken.objects.exists()


def test_a_token_name_is_required(world, owner_olga):
    response = client_for(owner_olga).post(reverse("core:token-list"), {"name": ""})
    assert response.status_code == 400
    assert "name" in response.context["form"].errors
