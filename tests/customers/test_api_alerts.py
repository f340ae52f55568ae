"""Claim, snooze and resolve a save-list alert in the API, as on the save list."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.customers.models import Alert
from tests.customers.factories import AlertFactory

READERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}


def act(client, member, alert, what: str, body=None):
    _token, secret = tokens.create_token(member, "alerts")
    extra = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    path = f"/api/v1/customers/alerts/{alert.code}/{what}"
    if body is None:
        return client.post(path, **extra)
    data = "" if body == "" else json.dumps(body)  # "": an empty body
    return client.post(path, data, content_type="application/json", **extra)


@pytest.fixture
def alert(world) -> Alert:
    return AlertFactory(organization=world.org, customer__home_location=world.location_a)


def unchanged(alert: Alert) -> bool:
    alert.refresh_from_db()
    return (
        alert.status == Alert.Status.OPEN
        and alert.claimed_by_id is None
        and alert.snoozed_until is None
        and alert.resolved_at is None
    )


@pytest.mark.parametrize("role", list(Role))
def test_readers_claim_an_alert_and_others_are_refused(client, role, member_of_role, alert):
    member = member_of_role(role)
    response = act(client, member, alert, "claim")
    if role not in READERS:
        assert response.status_code == 403 and unchanged(alert)
        return
    assert response.status_code == 200
    alert.refresh_from_db()
    assert alert.status == Alert.Status.CLAIMED and alert.claimed_by == member.user
    assert response.json()["status"] == "claimed"
    assert response.json()["claimed_by"] == member.user.email


@pytest.mark.parametrize("role", list(Role))
def test_readers_snooze_an_alert_for_the_pages_days(client, role, member_of_role, alert):
    before = timezone.now()
    response = act(client, member_of_role(role), alert, "snooze", {"days": 7})
    if role not in READERS:
        assert response.status_code == 403 and unchanged(alert)
        return
    assert response.status_code == 200
    alert.refresh_from_db()
    assert alert.status == Alert.Status.SNOOZED
    assert before + timedelta(days=7) <= alert.snoozed_until <= timezone.now() + timedelta(days=7)
    assert response.json()["status"] == "snoozed"


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("outcome", ["saved", "lost"])
def test_readers_resolve_an_alert(client, role, outcome, member_of_role, alert):
    member = member_of_role(role)
    response = act(client, member, alert, "resolve", {"outcome": outcome})
    if role not in READERS:
        assert response.status_code == 403 and unchanged(alert)
        return
    assert response.status_code == 200
    alert.refresh_from_db()
    assert alert.status == outcome and alert.resolved_at is not None
    assert alert.claimed_by == member.user  # no one had claimed it: the one who resolved it
    assert response.json()["status"] == outcome


def test_resolving_keeps_whoever_claimed_it(client, owner_olga, manager_max, alert):
    assert act(client, manager_max, alert, "claim").status_code == 200
    assert act(client, owner_olga, alert, "resolve", {"outcome": "saved"}).status_code == 200
    alert.refresh_from_db()
    assert alert.claimed_by == manager_max.user and alert.status == Alert.Status.SAVED


@pytest.mark.parametrize(
    ("what", "body"), [("claim", None), ("snooze", {"days": 1}), ("resolve", {"outcome": "lost"})]
)
def test_a_resolved_alert_is_a_409_and_stays_as_it_was(client, owner_olga, alert, what, body):
    assert act(client, owner_olga, alert, "resolve", {"outcome": "saved"}).status_code == 200
    alert.refresh_from_db()
    resolved_at = alert.resolved_at
    response = act(client, owner_olga, alert, what, body)
    assert response.status_code == 409
    assert response.json()["detail"] == "This alert is already resolved."
    alert.refresh_from_db()
    assert alert.status == Alert.Status.SAVED and alert.resolved_at == resolved_at
    assert alert.snoozed_until is None


@pytest.mark.parametrize(
    ("what", "body"), [("claim", None), ("snooze", {"days": 1}), ("resolve", {"outcome": "lost"})]
)
def test_an_alert_elsewhere_is_a_404(
    client, manager_max, owner_olga, outsider_otto, world, what, body
):
    at_b = AlertFactory(organization=world.org, customer__home_location=world.location_b)
    assert act(client, manager_max, at_b, what, body).status_code == 404  # North only
    foreign = AlertFactory(organization=outsider_otto.organization)
    assert act(client, owner_olga, foreign, what, body).status_code == 404
    assert unchanged(at_b) and unchanged(foreign)


@pytest.mark.parametrize(
    ("what", "body", "field"),
    [
        ("snooze", {"days": 3}, "days"),
        ("snooze", {"days": "7"}, "days"),
        ("snooze", {}, "days"),
        ("snooze", "", "days"),
        ("resolve", {"outcome": "maybe"}, "outcome"),
        ("resolve", {}, "outcome"),
        ("resolve", "", "outcome"),
        ("resolve", {"outcome": "saved", "note": "x"}, "note"),
    ],
)
def test_bad_input_is_a_422_naming_the_field_with_nothing_stored(
    client, owner_olga, alert, what, body, field
):
    response = act(client, owner_olga, alert, what, body)
    assert response.status_code == 422
    assert field in json.dumps(response.json()["detail"])
    assert unchanged(alert)


def test_a_missing_body_for_another_organisations_alert_is_still_a_404(
    client, owner_olga, outsider_otto
):
    foreign = AlertFactory(organization=outsider_otto.organization)
    assert act(client, owner_olga, foreign, "snooze", "").status_code == 404
