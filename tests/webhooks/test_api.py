"""Webhooks in the API: owners read their endpoints and deliveries; nobody sees a secret."""

from __future__ import annotations

import pytest

from servicegap.core import tokens
from servicegap.core.models import Role
from tests.webhooks.factories import DeliveryFactory, WebhookFactory


def get(client, member, path: str):
    _token, secret = tokens.create_token(member, "hooks")
    return client.get(f"/api/v1/webhooks{path}", HTTP_AUTHORIZATION=f"Bearer {secret}")


@pytest.fixture
def hook(world):
    webhook = WebhookFactory(organization=world.org, url="https://hooks.example.org/in")
    DeliveryFactory(organization=world.org, webhook=webhook, status="failed", attempts=3)
    DeliveryFactory(organization=world.org, webhook=webhook, status="delivered", attempts=1)
    return webhook


def test_an_owner_lists_the_endpoints_without_their_secret(client, owner_olga, hook):
    response = get(client, owner_olga, "")
    assert response.status_code == 200
    [listed] = response.json()
    assert listed["code"] == str(hook.code)
    assert listed["url"] == "https://hooks.example.org/in"
    assert hook.secret not in response.content.decode()


def test_an_owner_reads_an_endpoints_deliveries_newest_first(client, owner_olga, hook):
    response = get(client, owner_olga, f"/{hook.code}")
    assert response.status_code == 200
    body = response.json()
    assert [d["status"] for d in body["deliveries"]] == ["delivered", "failed"]
    assert [d["attempts"] for d in body["deliveries"]] == [1, 3]
    assert hook.secret not in response.content.decode()


@pytest.mark.parametrize("role", [r for r in Role if r != Role.OWNER])
def test_other_roles_are_refused(client, role, member_of_role, hook):
    member = member_of_role(role)
    assert get(client, member, "").status_code == 403
    assert get(client, member, f"/{hook.code}").status_code == 403


def test_another_organisations_endpoint_is_a_404(client, owner_olga, outsider_otto, hook):
    foreign = WebhookFactory(organization=outsider_otto.organization)
    assert get(client, owner_olga, f"/{foreign.code}").status_code == 404
    assert [w["code"] for w in get(client, owner_olga, "").json()] == [str(hook.code)]
