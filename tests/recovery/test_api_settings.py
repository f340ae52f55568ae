"""The budgets and the escalation ladders in the API: `/api/v1/recovery/budgets` and
`/api/v1/recovery/ladders[/{location}]`, read and replaced as the owners' pages do."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from django.db.models import F

from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.recovery import budgets, ladders
from servicegap.recovery.models import EmpowermentBudget, LadderStep, RecoveryAction
from tests.api.checks import named
from tests.conftest import _member
from tests.factories import LocationFactory
from tests.recovery.conftest import new_case

MANAGERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}
LIMITS = {
    "staff_per_day": "20", "staff_monthly": "200",
    "supervisor_per_day": "100", "supervisor_monthly": "800",
    "manager_per_day": "400.50", "manager_monthly": "4000",
    "executive_per_day": "1000", "executive_monthly": "10000",
}  # fmt: skip


def call(client, member, path, body=None, method="get"):
    _token, secret = tokens.create_token(member, "settings")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    if method == "get":
        return client.get(f"/api/v1/recovery{path}", **auth)
    return client.put(
        f"/api/v1/recovery{path}", json.dumps(body), content_type="application/json", **auth
    )


def stored_limits(org) -> list[tuple]:
    rows = EmpowermentBudget.objects.filter(organization=org).order_by("role")
    return [(b.role, b.per_customer_per_day, b.monthly_cap) for b in rows]


# Budgets --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_only_owners_read_and_set_the_budgets(client, role, member_of_role, role_budgets, world):
    before = stored_limits(world.org)
    member = member_of_role(role)
    read = call(client, member, "/budgets")
    written = call(client, member, "/budgets", LIMITS, method="put")
    if role == Role.OWNER:
        assert (read.status_code, written.status_code) == (200, 200)
    else:
        assert (read.status_code, written.status_code) == (403, 403)
        assert "Only owners" in written.json()["detail"]
        assert stored_limits(world.org) == before


def test_the_budgets_as_the_settings_page_holds_them(client, owner_olga, role_budgets):
    body = call(client, owner_olga, "/budgets").json()
    assert body["currency"] == "EUR"
    got = [(x["role"], Decimal(x["per_customer_per_day"]), Decimal(x["monthly_cap"]))
           for x in body["limits"]]  # fmt: skip
    # the fixture's budgets; executives have none: zero, they ask for everything
    assert got == [
        ("staff", Decimal("50"), Decimal("300")),
        ("supervisor", Decimal("150"), Decimal("1000")),
        ("manager", Decimal("500"), Decimal("5000")),
        ("executive", Decimal("0"), Decimal("0")),
    ]


def test_setting_the_budgets_stores_them_and_the_next_action_follows_them(
    client, world, owner_olga, staff_sam, role_budgets
):
    response = call(client, owner_olga, "/budgets", LIMITS, method="put")
    assert response.status_code == 200
    limits = {x["role"]: x for x in response.json()["limits"]}
    assert Decimal(limits["manager"]["per_customer_per_day"]) == Decimal("400.50")
    assert stored_limits(world.org) == sorted([
        ("staff", Decimal("20"), Decimal("200")),
        ("supervisor", Decimal("100"), Decimal("800")),
        ("manager", Decimal("400.50"), Decimal("4000")),
        ("executive", Decimal("1000"), Decimal("10000")),
    ])  # fmt: skip
    # 30 was within staff's old 50 a day; above the new 20 it waits for approval
    action = budgets.record_action(new_case(world, staff_sam), kind="refund", amount="30",
                                   by=staff_sam)  # fmt: skip
    assert action.approval == RecoveryAction.Approval.PENDING
    assert "20.00 EUR per customer per day" in action.approval_reason


@pytest.mark.parametrize(
    ("field", "value"),
    [("staff_per_day", "1.234"), ("manager_monthly", "-1"), ("executive_per_day", "10000000000"),
     ("supervisor_monthly", "lots"), ("staff_monthly", None)],
)  # fmt: skip
def test_a_bad_amount_is_a_422_naming_it_and_nothing_is_stored(
    client, world, owner_olga, role_budgets, field, value
):
    before = stored_limits(world.org)
    body = {**LIMITS, field: value}
    if value is None:
        del body[field]
    response = call(client, owner_olga, "/budgets", body, method="put")
    assert named(response, field), response.json()
    assert stored_limits(world.org) == before


def test_an_unknown_field_or_no_body_is_a_422(client, world, owner_olga, role_budgets):
    before = stored_limits(world.org)
    assert named(call(client, owner_olga, "/budgets", {**LIMITS, "owner_per_day": "1"},
                      method="put"), "owner_per_day")  # fmt: skip
    assert call(client, owner_olga, "/budgets", None, method="put").status_code == 422
    assert stored_limits(world.org) == before


# Ladders --------------------------------------------------------------------------------


@pytest.fixture
def people(world, supervisor_sid, manager_max, executive_erin):
    """A supervisor at Location B, and a night manager who sees Location A."""
    ben = _member(world, "ben@example.test", Role.SUPERVISOR, locations=[world.location_b])
    nina = _member(world, "nina@example.test", Role.MANAGER, locations=[world.location_a])
    return {"sid": supervisor_sid, "ben": ben, "nina": nina, "max": manager_max,
            "erin": executive_erin}  # fmt: skip


def steps(org) -> list[tuple]:
    # The default ladder (no location) first on every database: PostgreSQL sorts NULL last.
    found = LadderStep.objects.filter(organization=org).order_by(
        F("location_id").asc(nulls_first=True), "level"
    )
    return [
        (s.location_id, s.level, s.hold_hours, sorted(m.user.email for m in s.members.all()))
        for s in found
    ]


@pytest.mark.parametrize("role", list(Role))
def test_managers_and_up_read_ladders_and_only_owners_replace_them(
    client, role, member_of_role, world, people
):
    member = member_of_role(role)
    body = {"level_1_members": [str(people["sid"].code)], "level_1_hours": 3}
    read = call(client, member, "/ladders")
    at_a = call(client, member, f"/ladders/{world.location_a.code}")
    written = call(client, member, "/ladders", body, method="put")
    written_a = call(client, member, f"/ladders/{world.location_a.code}", body, method="put")
    expected_read = 200 if role in MANAGERS else 403
    assert (read.status_code, at_a.status_code) == (expected_read, expected_read)
    if role == Role.OWNER:
        assert (written.status_code, written_a.status_code) == (200, 200)
    else:
        assert (written.status_code, written_a.status_code) == (403, 403)
        assert steps(world.org) == []


def test_the_default_ladder_falls_back_to_the_roles(client, manager_max, world):
    body = call(client, manager_max, "/ladders").json()
    assert (body["location"], body["can_edit"]) == (None, False)
    assert [(r["level"], r["role"], r["members"], r["hold_hours"], r["source"])
            for r in body["rungs"]] == [
        (1, "supervisor", [], None, "role"),
        (2, "manager", [], None, "role"),
        (3, "executive", [], None, "role"),
    ]  # fmt: skip


def test_the_owner_replaces_the_default_and_a_location_s_own(client, owner_olga, world, people):
    sid, nina, erin = people["sid"], people["nina"], people["erin"]
    response = call(client, owner_olga, "/ladders", {
        "level_1_members": [str(sid.code)], "level_1_hours": 3,
        "level_3_members": [str(erin.code)],
    }, method="put")  # fmt: skip
    assert response.status_code == 200
    rungs = response.json()["rungs"]
    assert rungs[0]["members"] == [
        {"code": str(sid.code), "email": "sid@example.test", "role": "supervisor"}
    ]
    assert [(r["hold_hours"], r["source"]) for r in rungs] == [
        (3, "default"), (None, "role"), (24, "default"),  # no hours given: 24, as the page
    ]  # fmt: skip
    a = world.location_a
    own = call(client, owner_olga, f"/ladders/{a.code}",
               {"level_1_members": [str(nina.code)], "level_1_hours": 2}, method="put")  # fmt: skip
    assert own.status_code == 200
    assert (own.json()["location"], own.json()["location_name"]) == (str(a.code), "Location A")
    assert [(r["members"][0]["email"] if r["members"] else None, r["source"])
            for r in own.json()["rungs"]] == [
        ("nina@example.test", "location"), (None, "role"), ("erin@example.test", "default"),
    ]  # fmt: skip
    assert steps(world.org) == [
        (None, 1, 3, ["sid@example.test"]),
        (None, 3, 24, ["erin@example.test"]),
        (a.pk, 1, 2, ["nina@example.test"]),
    ]
    # the service reads what the API stored: Location A's level 1 is Nina's
    assert ladders.rung_for(world.org, a, 1).members == (nina,)
    # Replacing with nobody removes the location's own rungs: the default applies again
    cleared = call(client, owner_olga, f"/ladders/{a.code}", {}, method="put")
    assert cleared.json()["rungs"][0]["source"] == "default"
    assert len(steps(world.org)) == 2


def test_a_member_who_cannot_see_the_location_is_a_422_naming_the_level(
    client, owner_olga, world, people
):
    ladders.save_ladder(world.org, world.location_a, {1: ([people["nina"]], 2)})
    before = steps(world.org)
    response = call(client, owner_olga, f"/ladders/{world.location_a.code}",
                    {"level_2_members": [str(people["ben"].code)]}, method="put")  # fmt: skip
    assert named(response, "level_2_members")
    assert "ben@example.test cannot see Location A" in json.dumps(response.json())
    assert steps(world.org) == before


def test_a_shopper_another_organisation_s_member_or_bad_hours_are_refused(
    client, owner_olga, shopper_sue, outsider_otto, world, people
):
    def put(body):
        return call(client, owner_olga, "/ladders", body, method="put")

    assert named(put({"level_1_members": [str(shopper_sue.code)]}), "level_1_members")
    assert named(put({"level_2_members": [str(outsider_otto.code)]}), "level_2_members")
    sid = str(people["sid"].code)
    assert named(put({"level_1_members": [sid], "level_1_hours": 0}), "level_1_hours")
    assert named(put({"level_1_members": [sid], "level_1_hours": True}), "level_1_hours")
    assert named(put({"level_3_members": [sid], "level_3_hours": 24 * 90 + 1}), "level_3_hours")
    assert named(put({"level_4_members": [sid]}), "level_4_members")
    assert steps(world.org) == []


def test_another_organisation_s_location_or_one_outside_the_scope_is_a_404(
    client, owner_olga, manager_max, outsider_otto, world, people
):
    foreign = LocationFactory(organization=outsider_otto.organization)
    assert call(client, owner_olga, f"/ladders/{foreign.code}").status_code == 404
    body = {"level_1_members": [str(people["sid"].code)]}
    put = call(client, owner_olga, f"/ladders/{foreign.code}", body, method="put")
    assert put.status_code == 404
    # the North's manager does not look after Location B
    assert call(client, manager_max, f"/ladders/{world.location_b.code}").status_code == 404
    assert call(client, manager_max, f"/ladders/{world.location_a.code}").status_code == 200
    assert steps(world.org) == []
