"""`/api/v1/customers/invitations/rates` and `…/settings`: what Customers → Invitations
shows (response rates with their intervals, who answers, what bounced) and the rules and
texts its settings page edits (owners only, through the page's form)."""

from __future__ import annotations

import math
from datetime import time, timedelta

import pytest
from django.utils import timezone

from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.customers.models import InvitationSettings, SurveyInvitation, Visit
from tests.customers.factories import (
    InvitationSettingsFactory,
    SurveyInvitationFactory,
    VisitFactory,
)
from tests.feedback.factories import ResponseFactory

READERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}


def call(client, member, method: str, path: str, **kwargs):
    _token, secret = tokens.create_token(member, "invitations")
    return getattr(client, method)(
        f"/api/v1/customers/invitations{path}", HTTP_AUTHORIZATION=f"Bearer {secret}", **kwargs
    )


def patch(client, member, body):
    return call(client, member, "patch", "/settings", data=body, content_type="application/json")


def wilson(passed: int, n: int) -> tuple[float, float]:
    """Wilson's 95% interval, in percent, written out."""
    z = 1.959963984540054
    p = passed / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return 100 * (centre - half), 100 * (centre + half)


# Rates ----------------------------------------------------------------------------------


@pytest.fixture
def sent(world):
    """At Location A 10 sent (7 opened, 5 answered by customers who came 3 times each),
    one bounced and one waiting; at Location B 2 sent, none answered."""
    org, here = world.org, world.location_a
    at_a = []
    for n in range(10):
        invitation = SurveyInvitationFactory(
            organization=org, location=here, opened_at=timezone.now() if n < 7 else None
        )
        if n < 5:
            invitation.response = ResponseFactory(organization=org, link=invitation.link)
            invitation.save()
            for days in (5, 8):  # two more visits each
                VisitFactory(
                    organization=org, customer=invitation.customer, location=here,
                    visited_at=timezone.now() - timedelta(days=days),
                )  # fmt: skip
        at_a.append(invitation)
    bounced = SurveyInvitationFactory(
        organization=org, location=here, status=SurveyInvitation.Status.BOUNCED,
        sent_at=None, last_error="mailbox unknown",
    )  # fmt: skip
    SurveyInvitationFactory(
        organization=org, location=here, status=SurveyInvitation.Status.SCHEDULED, sent_at=None
    )
    at_b = [SurveyInvitationFactory(organization=org, location=world.location_b) for _ in "ab"]
    return {"a": at_a, "b": at_b, "bounced": bounced}


@pytest.mark.parametrize("role", list(Role))
def test_readers_get_the_rates_of_their_locations(client, role, member_of_role, sent, world):
    response = call(client, member_of_role(role), "get", "/rates")
    if role not in READERS:
        assert response.status_code == 403
        return
    assert response.status_code == 200
    body = response.json()
    month = timezone.localtime(timezone.now() - timedelta(hours=1), world.org.tz).date()
    rows = {row["location"]: row for row in body["rows"]}
    assert set(rows) == ({"Location A"} if role == Role.MANAGER else {"Location A", "Location B"})
    a = rows["Location A"]
    assert (a["sent"], a["opened"], a["responded"]) == (10, 7, 5)
    assert a["month"] == month.replace(day=1).isoformat() and a["channel"] == "in_store"
    assert a["location_code"] == str(world.location_a.code)
    low, high = wilson(5, 10)  # about 23.7 to 76.3
    assert a["rate"]["value"] == pytest.approx(50.0)
    assert a["rate"]["low"] == pytest.approx(low) and a["rate"]["high"] == pytest.approx(high)
    assert round(low, 1) == 23.7 and a["rate"]["too_few"] is False and a["rate"]["n"] == 10
    if role != Role.MANAGER:
        b = rows["Location B"]
        assert (b["sent"], b["responded"], b["rate"]["too_few"]) == (2, 0, True)
    assert body["scheduled"] == 1 and body["minimum"] == 5
    assert [p["code"] for p in body["problems"]] == [str(sent["bounced"].code)]
    assert body["problems"][0]["last_error"] == "mailbox unknown"
    assert body["rules"].startswith("Customers are not invited")  # no settings: off


def test_who_answers_is_compared_with_who_was_invited(client, manager_max, sent):
    comparison = call(client, manager_max, "get", "/rates").json()["comparison"]
    # Invited: 10 customers, 5 with 1 visit and 5 with 3, all of 25.00: 2.0 visits each.
    assert comparison["invited"] == {
        "customers": 10, "visits_per_customer": 2.0, "spend_per_visit": "25.00"
    }  # fmt: skip
    assert comparison["responders"] == {
        "customers": 5, "visits_per_customer": 3.0, "spend_per_visit": "25.00"
    }  # fmt: skip
    # 3.0 against 2.0 is more than a fifth apart: noted; the spend is not.
    assert len(comparison["notes"]) == 1
    assert (
        "came 3.0 times since" in comparison["notes"][0]
        and "against 2.0" in (comparison["notes"][0])
    )


def test_another_organisations_invitations_are_not_counted(client, owner_olga, outsider_otto):
    SurveyInvitationFactory(organization=outsider_otto.organization)
    body = call(client, owner_olga, "get", "/rates").json()
    assert body["rows"] == [] and body["problems"] == [] and body["scheduled"] == 0
    assert body["comparison"]["invited"]["customers"] == 0


# Settings -------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_only_owners_read_the_settings(client, role, member_of_role):
    response = call(client, member_of_role(role), "get", "/settings")
    if role != Role.OWNER:
        assert response.status_code == 403 and "owners" in response.json()["detail"]
        return
    assert response.json() == {
        "enabled": False, "delay_minutes": 120, "send_from": "09:00", "send_until": "20:00",
        "every_days": 30, "valid_days": 7, "late_hours": 48, "texts": {},
        "rules": "Customers are not invited to surveys after their visits (turned off).",
    }  # fmt: skip


@pytest.mark.parametrize("role", [r for r in Role if r != Role.OWNER])
def test_only_owners_change_them(client, role, member_of_role):
    response = patch(client, member_of_role(role), {"enabled": True})
    assert response.status_code == 403 and not InvitationSettings.objects.exists()


def test_an_owner_changes_the_rules_and_texts_as_the_page_saves_them(client, owner_olga, world):
    body = patch(
        client, owner_olga,
        {"enabled": True, "delay_minutes": 90, "send_from": "08:30", "every_days": 7,
         "texts": {"fr": {"subject": "Votre visite à {location}"}}},
    ).json()  # fmt: skip
    rules = InvitationSettings.objects.get(organization=world.org)
    assert rules.enabled and rules.delay_minutes == 90 and rules.send_from == time(8, 30)
    assert rules.texts == {"fr": {"subject": "Votre visite à {location}", "message": ""}}
    assert body["rules"] == (
        "A customer is asked at most once a week, 1 h 30 min after a visit, between 08:30 "
        "and 20:00; the link works for 7 days. Visits more than 48 hours past that delay "
        "are not invited."
    )
    # Only what is given changes; a text given blank is the default again.
    body = patch(
        client, owner_olga, {"valid_days": 3, "texts": {"fr": {"subject": ""}}}
    ).json()  # fmt: skip
    rules.refresh_from_db()
    assert (rules.enabled, rules.delay_minutes, rules.valid_days, rules.every_days) == (
        True, 90, 3, 7,
    )  # fmt: skip
    assert rules.texts == {} and body["texts"] == {}
    patch(client, owner_olga, {"enabled": False})
    rules.refresh_from_db()
    assert rules.enabled is False and rules.delay_minutes == 90
    assert InvitationSettings.objects.count() == 1


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"send_from": "21:00"}, "send_until"),  # not before must come before not after
        ({"every_days": 0}, "every_days"),
        ({"valid_days": 91}, "valid_days"),
        ({"delay_minutes": 7 * 24 * 60 + 1}, "delay_minutes"),
        ({"delay_minutes": -1}, "delay_minutes"),
        ({"late_hours": 721}, "late_hours"),
        ({"send_from": "9am"}, "send_from"),
        ({"send_until": "25:00"}, "send_until"),
        ({"texts": {"de": {"subject": "Hallo"}}}, "de"),
        ({"texts": {"en": {"subject": "x" * 201}}}, "subject"),
        ({"texts": {"en": {"colour": "red"}}}, "colour"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_settings_are_a_422_naming_the_field_and_nothing_is_stored(
    client, owner_olga, world, body, field
):
    InvitationSettingsFactory(organization=world.org, enabled=True, every_days=14)
    before = list(InvitationSettings.objects.values())
    response = patch(client, owner_olga, body)
    assert response.status_code == 422
    assert field in [str(part) for e in response.json()["detail"] for part in e["loc"]]
    assert list(InvitationSettings.objects.values()) == before


def test_a_missing_body_is_a_422(client, owner_olga):
    response = call(client, owner_olga, "patch", "/settings")
    assert response.status_code == 422 and not InvitationSettings.objects.exists()


def test_another_organisations_settings_are_neither_read_nor_changed(
    client, owner_olga, outsider_otto
):
    theirs = InvitationSettingsFactory(organization=outsider_otto.organization, every_days=3)
    assert call(client, owner_olga, "get", "/settings").json()["every_days"] == 30
    patch(client, owner_olga, {"every_days": 5})
    theirs.refresh_from_db()
    assert theirs.every_days == 3
    assert Visit.objects.count() == 0  # nothing else was touched
