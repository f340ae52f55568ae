"""The recovery settings page's deadlines per severity and case-opening rules in the API:
`/api/v1/recovery/settings`, read, set (PUT) and changed (PATCH) by owners only, through
the page's `SettingsForm` and `rules.save_rules`, as the page stores them."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.feedback.models import Response
from servicegap.recovery import cases
from servicegap.recovery.models import Case, RecoverySettings, Severity
from tests.api.checks import named
from tests.conftest import client_for
from tests.feedback.factories import ResponseFactory
from tests.recovery.conftest import T0, new_case

DEFAULTS = {
    "low_ack_hours": 24, "low_resolve_hours": 168,
    "medium_ack_hours": 4, "medium_resolve_hours": 72,
    "high_ack_hours": 2, "high_resolve_hours": 48,
    "critical_ack_hours": 1, "critical_resolve_hours": 24,
    "open_for_detractors": False, "open_for_churn_comments": False,
}  # fmt: skip
RULES = {
    "low_ack_hours": 48, "low_resolve_hours": 240,
    "medium_ack_hours": 8, "medium_resolve_hours": 96,
    "high_ack_hours": 3, "high_resolve_hours": 30,
    "critical_ack_hours": 1, "critical_resolve_hours": 12,
    "open_for_detractors": True, "open_for_churn_comments": False,
}  # fmt: skip


def call(client, member, body=None, method="get"):
    _token, secret = tokens.create_token(member, "settings")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    if method == "get":
        return client.get("/api/v1/recovery/settings", **auth)
    send = getattr(client, method)
    return send(
        "/api/v1/recovery/settings", json.dumps(body), content_type="application/json", **auth
    )


def stored(org) -> list[tuple]:
    """Every stored settings row of the organisation (none until first saved)."""
    return list(RecoverySettings.objects.filter(organization=org).values_list(*DEFAULTS))


def stored_rules(org) -> dict:
    rows = RecoverySettings.objects.filter(organization=org).values(*DEFAULTS)
    assert len(rows) == 1
    return dict(rows[0])


def fresh(response: Response) -> Response:
    """The response as a new request reads it: its organisation's instance remembers
    whether it had settings when first asked."""
    return Response.objects.select_related("organization").get(pk=response.pk)


@pytest.fixture
def saved(world):
    """The organisation saved its settings once: the defaults, but low severity 12/100."""
    return RecoverySettings.objects.create(
        organization=world.org, low_ack_hours=12, low_resolve_hours=100
    )


# Who ------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_only_owners_read_set_and_change_the_rules(client, role, member_of_role, world, saved):
    member = member_of_role(role)
    before = stored(world.org)
    read = call(client, member)
    put = call(client, member, RULES, method="put")
    patched = call(client, member, {"open_for_churn_comments": True}, method="patch")
    statuses = (read.status_code, put.status_code, patched.status_code)
    if role == Role.OWNER:
        assert statuses == (200, 200, 200)
        assert stored_rules(world.org) == {**RULES, "open_for_churn_comments": True}
    else:
        assert statuses == (403, 403, 403)
        for answer in (read, put, patched):
            assert answer.json()["detail"] == "Only owners see and change the recovery settings."
        assert stored(world.org) == before


def test_each_organisation_reads_and_sets_its_own(client, world, owner_olga, outsider_otto, saved):
    other = outsider_otto.organization
    assert call(client, outsider_otto).json() == {"saved": False, **DEFAULTS}
    assert call(client, outsider_otto, RULES, method="put").status_code == 200
    assert stored_rules(other) == RULES
    # Olga's organisation keeps its own, and she reads hers
    assert stored_rules(world.org)["low_ack_hours"] == 12
    assert call(client, owner_olga).json()["low_ack_hours"] == 12


# Read -----------------------------------------------------------------------------------


def test_never_saved_the_defaults_are_read_and_nothing_is_stored(client, world, owner_olga):
    body = call(client, owner_olga).json()
    assert body == {"saved": False, **DEFAULTS}
    assert stored(world.org) == []


def test_the_stored_rules_are_read(client, owner_olga, saved):
    body = call(client, owner_olga).json()
    assert body == {**DEFAULTS, "saved": True, "low_ack_hours": 12, "low_resolve_hours": 100}


# Set ------------------------------------------------------------------------------------


def test_setting_the_rules_stores_every_field_and_new_cases_follow_them(
    client, world, owner_olga, staff_sam
):
    opened_before = new_case(world, staff_sam, severity=Severity.HIGH)
    response = call(client, owner_olga, RULES, method="put")
    assert response.status_code == 200
    assert response.json() == {"saved": True, **RULES}
    assert stored_rules(world.org) == RULES
    world.org.refresh_from_db()  # it remembers having had no settings; a request reads afresh
    # high: acknowledge within 3 hours, resolve within 30, counted from the opening
    opened_after = new_case(world, staff_sam, severity=Severity.HIGH)
    assert opened_after.ack_due_at == T0 + timedelta(hours=3)
    assert opened_after.resolve_due_at == T0 + timedelta(hours=30)
    assert opened_after.escalate_at == T0 + timedelta(hours=3)
    # a case opened before keeps the deadlines it was given (the default 2 and 48)
    opened_before.refresh_from_db()
    assert opened_before.ack_due_at == T0 + timedelta(hours=2)
    assert opened_before.resolve_due_at == T0 + timedelta(hours=48)


def test_the_page_shows_what_the_api_set(client, owner_olga):
    assert call(client, owner_olga, RULES, method="put").status_code == 200
    page = client_for(owner_olga).get("/recovery/settings/")
    form = page.context["settings_form"]
    assert {name: form[name].value() for name in DEFAULTS} == RULES


def test_setting_the_rules_twice_keeps_one_row(client, world, owner_olga):
    assert call(client, owner_olga, RULES, method="put").status_code == 200
    again = {**RULES, "medium_ack_hours": 5}
    assert call(client, owner_olga, again, method="put").json()["medium_ack_hours"] == 5
    assert stored(world.org) == [tuple(again.values())]


def test_the_case_opening_rules_decide_whether_a_detractor_opens_a_case(client, world, owner_olga):
    response = ResponseFactory(organization=world.org, link__location=world.location_a, nps=3)
    assert cases.open_case_for_detractor(response) is None  # the default: off
    turned_on = call(client, owner_olga, {"open_for_detractors": True}, method="patch")
    assert turned_on.status_code == 200 and turned_on.json()["open_for_detractors"] is True
    case = cases.open_case_for_detractor(fresh(response))
    assert case is not None and case.response_id == response.pk
    assert Case.objects.filter(response=response).count() == 1
    turned_off = call(client, owner_olga, {"open_for_detractors": False}, method="patch")
    assert turned_off.status_code == 200
    later = ResponseFactory(organization=world.org, link__location=world.location_a, nps=2)
    assert cases.open_case_for_detractor(fresh(later)) is None


def test_the_churn_comment_rule(client, world, owner_olga):
    response = ResponseFactory(organization=world.org, link__location=world.location_a, nps=8)
    assert cases.open_case_for_churn_comment(response) is None
    body = {**DEFAULTS, "open_for_churn_comments": True}
    assert call(client, owner_olga, body, method="put").status_code == 200
    case = cases.open_case_for_churn_comment(fresh(response))
    assert case is not None and case.severity == Severity.HIGH


# Change ---------------------------------------------------------------------------------


def test_changing_some_fields_keeps_the_others(client, world, owner_olga, saved):
    response = call(
        client, owner_olga, {"critical_resolve_hours": 6, "open_for_churn_comments": True},
        method="patch",
    )  # fmt: skip
    expected = {**DEFAULTS, "low_ack_hours": 12, "low_resolve_hours": 100,
                "critical_resolve_hours": 6, "open_for_churn_comments": True}  # fmt: skip
    assert response.status_code == 200
    assert response.json() == {"saved": True, **expected}
    assert stored_rules(world.org) == expected


def test_changing_before_any_save_starts_from_the_defaults(client, world, owner_olga):
    response = call(client, owner_olga, {"medium_ack_hours": 6}, method="patch")
    assert response.status_code == 200
    assert stored_rules(world.org) == {**DEFAULTS, "medium_ack_hours": 6}


def test_changing_nothing_stores_nothing(client, world, owner_olga):
    response = call(client, owner_olga, {}, method="patch")
    assert response.status_code == 200 and response.json() == {"saved": False, **DEFAULTS}
    assert stored(world.org) == []


# Refused --------------------------------------------------------------------------------

BAD = [
    ("low_ack_hours", False),  # a JSON false is not 0
    ("low_ack_hours", True),  # nor is true 1
    ("low_ack_hours", 0),
    ("medium_resolve_hours", -4),
    ("high_resolve_hours", 24 * 90 + 1),
    ("medium_ack_hours", 2.5),
    ("medium_ack_hours", 4.0),
    ("critical_ack_hours", "1"),
    ("critical_resolve_hours", None),
    ("open_for_detractors", 1),
    ("open_for_detractors", "true"),
    ("open_for_churn_comments", None),
]


@pytest.mark.parametrize(("field", "value"), BAD)
def test_a_bad_value_to_set_is_a_422_naming_it_and_nothing_is_stored(
    client, world, owner_olga, saved, field, value
):
    before = stored(world.org)
    response = call(client, owner_olga, {**RULES, field: value}, method="put")
    assert named(response, field), response.json()
    assert stored(world.org) == before


@pytest.mark.parametrize(("field", "value"), BAD)
def test_a_bad_value_to_change_is_a_422_naming_it_and_nothing_is_stored(
    client, world, owner_olga, field, value
):
    body = {field: value, "open_for_churn_comments": True}
    if field == "open_for_churn_comments":
        body = {field: value, "medium_ack_hours": 6}
    response = call(client, owner_olga, body, method="patch")
    assert named(response, field), response.json()
    assert stored(world.org) == []


@pytest.mark.parametrize("field", list(DEFAULTS))
def test_setting_without_a_field_is_a_422_naming_it(client, world, owner_olga, saved, field):
    before = stored(world.org)
    body = {name: value for name, value in RULES.items() if name != field}
    assert named(call(client, owner_olga, body, method="put"), field)
    assert stored(world.org) == before


def test_resolving_due_before_acknowledging_is_refused_as_the_page_refuses_it(
    client, world, owner_olga, saved
):
    before = stored(world.org)
    # high: acknowledge within 10 hours but resolve within 5; the others are fine
    response = call(client, owner_olga, {**RULES, "high_ack_hours": 10, "high_resolve_hours": 5},
                    method="put")  # fmt: skip
    assert named(response, "high_resolve_hours")
    assert [e["msg"] for e in response.json()["detail"]] == [
        "Resolving cannot be due before acknowledging."
    ]
    assert stored(world.org) == before
    # changing one side only is checked against the stored other: low acknowledges
    # within 12 hours (the fixture), so resolving within 11 is refused
    response = call(client, owner_olga, {"low_resolve_hours": 11, "open_for_detractors": True},
                    method="patch")  # fmt: skip
    assert named(response, "low_resolve_hours")
    assert stored(world.org) == before
    # the same hours for both is allowed
    assert call(client, owner_olga, {"low_resolve_hours": 12}, method="patch").status_code == 200
    assert stored_rules(world.org)["low_resolve_hours"] == 12


def test_an_unknown_field_or_no_body_is_a_422(client, world, owner_olga, saved):
    before = stored(world.org)
    assert named(call(client, owner_olga, {**RULES, "open_for_alerts": True}, method="put"),
                 "open_for_alerts")  # fmt: skip
    assert named(call(client, owner_olga, {"open_for_alerts": True}, method="patch"),
                 "open_for_alerts")  # fmt: skip
    for method in ("put", "patch"):
        assert call(client, owner_olga, None, method=method).status_code == 422
    assert stored(world.org) == before
