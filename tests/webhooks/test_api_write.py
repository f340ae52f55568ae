"""Adding, changing and removing webhook endpoints in the API: owners only, the page's
checks (a public http(s) URL, not registered yet, at least one kind of event), the
signing secret shown once, in the answer that registers the endpoint."""

from __future__ import annotations

import json

import pytest

from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.webhooks.models import Delivery, Webhook
from tests.api.checks import named
from tests.webhooks.factories import DeliveryFactory, WebhookFactory

PUBLIC = "https://93.184.215.14/servicegap"  # a public address, written as one: no lookup
OTHERS = [Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR, Role.STAFF, Role.SHOPPER]


def call(client, member, method: str, path: str = "", body=None):
    _token, secret = tokens.create_token(member, "hooks")
    send = getattr(client, method)
    extra = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    if body is None:
        return send(f"/api/v1/webhooks{path}", **extra)
    return send(
        f"/api/v1/webhooks{path}", json.dumps(body), content_type="application/json", **extra
    )


@pytest.fixture
def hook(world):
    return WebhookFactory(organization=world.org, url="https://93.184.215.14/in")


# Adding ---------------------------------------------------------------------------------


def test_an_owner_registers_an_endpoint_and_sees_its_secret_once(client, world, owner_olga):
    response = call(client, owner_olga, "post", body={"url": PUBLIC, "on_case_events": True})
    assert response.status_code == 201
    webhook = Webhook.objects.get()
    body = response.json()
    assert body["code"] == str(webhook.code) and body["url"] == PUBLIC
    assert body["secret"] == webhook.secret and webhook.secret.startswith("whsec_")
    assert (webhook.on_responses, webhook.on_alerts, webhook.on_case_events) == (True, True, True)
    assert (webhook.organization, webhook.created_by) == (world.org, owner_olga.user)
    # Never again: neither the list nor the endpoint's own answer holds it.
    for path in ("", f"/{webhook.code}"):
        assert webhook.secret not in call(client, owner_olga, "get", path).content.decode()


@pytest.mark.parametrize("role", OTHERS)
def test_only_owners_add_change_or_remove(client, role, member_of_role, hook):
    member = member_of_role(role)
    assert call(client, member, "post", body={"url": PUBLIC}).status_code == 403
    changed = call(client, member, "patch", f"/{hook.code}", {"on_alerts": False})
    assert changed.status_code == 403
    assert call(client, member, "delete", f"/{hook.code}").status_code == 403
    assert list(Webhook.objects.values_list("url", "on_alerts")) == [(hook.url, True)]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/hook",
        "http://10.1.2.3/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook",
        "http://0.0.0.0/hook",
    ],
)
def test_a_private_loopback_or_link_local_url_is_refused(client, world, owner_olga, url):
    response = call(client, owner_olga, "post", body={"url": url})
    assert named(response, "url")
    assert "private, loopback or link-local" in json.dumps(response.json()["detail"])
    assert not Webhook.objects.exists()


def test_the_operator_may_allow_private_addresses(client, world, owner_olga, settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = True
    response = call(client, owner_olga, "post", body={"url": "http://10.1.2.3/hook"})
    assert response.status_code == 201
    assert Webhook.objects.get().url == "http://10.1.2.3/hook"


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"url": "ftp://example.org/x"}, "url", "http://"),
        ({"url": "not a url"}, "url", "URL"),
        ({"url": ""}, "url", ""),
        ({}, "url", ""),
        ({"url": PUBLIC, "on_responses": False, "on_alerts": False}, "payload", "at least one"),
        ({"url": PUBLIC, "on_alerts": "sometimes"}, "on_alerts", ""),
        ({"url": PUBLIC, "secret": "whsec_mine"}, "secret", ""),
        ({"url": "https://93.184.215.14/" + "x" * 500}, "url", ""),
    ],
)
def test_bad_input_is_a_422_naming_the_field(client, world, owner_olga, body, field, message):
    response = call(client, owner_olga, "post", body=body)
    assert named(response, field)
    assert message in json.dumps(response.json()["detail"])
    assert not Webhook.objects.exists()


def test_a_url_already_registered_is_a_422(client, owner_olga, hook):
    response = call(client, owner_olga, "post", body={"url": hook.url})
    assert named(response, "url")
    assert "already registered" in json.dumps(response.json()["detail"])
    assert Webhook.objects.count() == 1


def test_another_organisation_may_register_the_same_url(client, owner_olga, outsider_otto, hook):
    response = call(client, outsider_otto, "post", body={"url": hook.url})
    assert response.status_code == 201
    assert Webhook.objects.filter(url=hook.url).count() == 2


# Changing -------------------------------------------------------------------------------


def test_an_owner_changes_only_the_fields_given(client, owner_olga, hook):
    secret = hook.secret
    response = call(
        client, owner_olga, "patch", f"/{hook.code}", {"on_alerts": False, "on_case_events": True}
    )
    assert response.status_code == 200
    assert (response.json()["on_alerts"], response.json()["on_case_events"]) == (False, True)
    assert secret not in response.content.decode()
    hook.refresh_from_db()
    assert (hook.url, hook.on_responses, hook.on_alerts, hook.on_case_events) == (
        "https://93.184.215.14/in",
        True,
        False,
        True,
    )
    assert hook.secret == secret
    moved = call(client, owner_olga, "patch", f"/{hook.code}", {"url": PUBLIC})
    assert moved.status_code == 200
    hook.refresh_from_db()
    assert hook.url == PUBLIC and hook.on_case_events is True


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "http://192.168.0.7/hook"}, "url"),
        ({"url": "https://93.184.215.14/taken"}, "url"),
        ({"on_responses": False, "on_alerts": False}, "payload"),
        ({"is_active": False}, "is_active"),
        ({"on_alerts": []}, "on_alerts"),
    ],
)
def test_a_change_the_page_would_refuse_is_a_422_and_changes_nothing(
    client, world, owner_olga, hook, body, field
):
    WebhookFactory(organization=world.org, url="https://93.184.215.14/taken")
    response = call(client, owner_olga, "patch", f"/{hook.code}", body)
    assert named(response, field)
    hook.refresh_from_db()
    assert (hook.url, hook.on_responses, hook.on_alerts, hook.is_active) == (
        "https://93.184.215.14/in",
        True,
        True,
        True,
    )


def test_keeping_its_own_url_is_not_a_conflict(client, owner_olga, hook):
    response = call(client, owner_olga, "patch", f"/{hook.code}", {"url": hook.url})
    assert response.status_code == 200


# Removing -------------------------------------------------------------------------------


def test_an_owner_removes_an_endpoint_and_its_deliveries(client, world, owner_olga, hook):
    DeliveryFactory(organization=world.org, webhook=hook)
    kept = DeliveryFactory(organization=world.org)
    response = call(client, owner_olga, "delete", f"/{hook.code}")
    assert response.status_code == 204
    assert not Webhook.objects.filter(pk=hook.pk).exists()
    assert list(Delivery.objects.all()) == [kept]
    assert call(client, owner_olga, "delete", f"/{hook.code}").status_code == 404


def test_another_organisations_endpoint_is_a_404(client, owner_olga, outsider_otto):
    theirs = WebhookFactory(organization=outsider_otto.organization)
    assert (
        call(client, owner_olga, "patch", f"/{theirs.code}", {"on_alerts": False}).status_code
        == 404
    )
    assert call(client, owner_olga, "patch", f"/{theirs.code}").status_code == 404
    assert call(client, owner_olga, "delete", f"/{theirs.code}").status_code == 404
    theirs.refresh_from_db()
    assert theirs.on_alerts is True


def test_the_schema_documents_the_writes(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"201", "401", "403", "422"} <= set(paths["/api/v1/webhooks"]["post"]["responses"])
    one = paths["/api/v1/webhooks/{webhook_code}"]
    assert {"200", "403", "404", "422"} <= set(one["patch"]["responses"])
    assert {"204", "403", "404"} <= set(one["delete"]["responses"])
