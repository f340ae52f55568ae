"""An audit's history in the API (`history` of `GET /audits/{code}`, as the audit page's
History), and a mystery shopper's own assignments (`GET /audits/assignments`, as their
audits page lists them).

Weights of the test card: greet 3, smile 2, rings 4 (critical, at most 3 rings), bill 1.
Location A stands at 51.500000, -0.120000; a check-in 0.001° north of it is 111 m away
(see test_api_visits.py).
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from servicegap.audits import workflow
from servicegap.audits.models import Audit
from servicegap.core.models import Role
from tests.api.checks import named
from tests.audits.api_calls import api
from tests.audits.conftest import answer_all, start_shop
from tests.audits.factories import AssignmentFactory, AuditFactory

SMILE_FAILED = {"The guest": "pass", "Staff": "fail", "The phone": "pass", "The bill": "pass"}
HERE = {"latitude": 51.501, "longitude": -0.12, "accuracy": 15}


# History ----------------------------------------------------------------------------------


@pytest.fixture
def reviewed(client, world, assignment, shopper_sue, manager_max, owner_olga) -> Audit:
    """A mystery shop taken through every step in the API: check-in, end of the visit,
    submit, a manager's dispute, the shopper's change, the owner's lock."""
    location = world.location_a
    location.latitude, location.longitude = Decimal("51.500000"), Decimal("-0.120000")
    location.save(update_fields=["latitude", "longitude"])
    audit = start_shop(assignment, shopper_sue)
    answer_all(audit, SMILE_FAILED, {"The phone": Decimal(2)})
    assert api(client, shopper_sue, "post", f"/{audit.code}/checkin", HERE).status_code == 200
    assert api(client, shopper_sue, "post", f"/{audit.code}/end").status_code == 200
    assert api(client, shopper_sue, "post", f"/{audit.code}/submit").status_code == 200
    smile = audit.answers.get(behaviour_text="Staff smile.")
    reason = {"reason": "The host smiled, see the video."}
    raised = api(client, manager_max, "post", f"/answers/{smile.code}/disputes", reason)
    assert raised.status_code == 201
    change = {"outcome": "changed", "result": "pass", "note": "Right, I missed it."}
    path = f"/disputes/{raised.json()['code']}/resolve"
    assert api(client, shopper_sue, "post", path, change).status_code == 200
    assert api(client, owner_olga, "post", f"/{audit.code}/lock").status_code == 200
    return audit


def _rows(response) -> list[tuple]:
    return [
        (e["action"], e["action_text"], e["by"], e["answer"], e["behaviour_text"], e["detail"])
        for e in response.json()["history"]
    ]


@pytest.mark.parametrize("role", list(Role))
def test_the_history_says_who_did_what_and_when_to_whoever_sees_the_audit(
    client, role, member_of_role, reviewed
):
    # Every role sees this audit: the shopper made it, the others look after Location A
    # (the team sees a mystery shop once it is submitted).
    response = api(client, member_of_role(role), "get", f"/{reviewed.code}")
    assert response.status_code == 200
    smile = str(reviewed.answers.get(behaviour_text="Staff smile.").code)
    sue, max_, olga = "sue@example.test", "max@example.test", "olga@example.test"
    assert _rows(response) == [
        ("started", "started the audit", sue, None, None, ""),
        ("checked_in", "checked in", sue, None, None, "111 m from the location"),
        ("ended", "ended the visit", sue, None, None, ""),
        ("submitted", "submitted", sue, None, None, "80.00"),
        (
            "disputed",
            "disputed an answer",
            max_,
            smile,
            "Staff smile.",
            "The host smiled, see the video.",
        ),
        (
            "changed",
            "changed a disputed answer",
            sue,
            smile,
            "Staff smile.",
            "Fail → Pass: Right, I missed it.",
        ),
        ("rescored", "re-scored", sue, None, None, "80.00 → 100.00"),
        ("locked", "locked", olga, None, None, ""),
    ]
    history = response.json()["history"]
    assert [e["at"] for e in history] == sorted(e["at"] for e in history)
    assert len({e["code"] for e in history}) == 8


def test_a_draft_has_its_start_only_and_a_new_audit_answers_with_it(client, world, staff_sam):
    audit = AuditFactory(organization=world.org, location=world.location_a)
    assert api(client, staff_sam, "get", f"/{audit.code}").json()["history"] == []
    template = audit.template
    body = {"kind": "self_assessment", "location": str(world.location_a.code)}
    made = api(client, staff_sam, "post", "", {**body, "template": str(template.code)})
    assert made.status_code == 201, made.content
    (event,) = made.json()["history"]
    assert (event["action"], event["by"], event["detail"]) == (
        "started",
        "sam@example.test",
        "",
    )


def test_another_shopper_or_organisation_gets_a_404_and_no_history(
    client, reviewed, shopper_sam, outsider_otto
):
    for member in (shopper_sam, outsider_otto):
        response = api(client, member, "get", f"/{reviewed.code}")
        assert response.status_code == 404 and "history" not in response.json()


# A shopper's own assignments ----------------------------------------------------------


@pytest.fixture
def shops(world, template, assignment, shopper_sue, shopper_sam) -> dict[str, object]:
    """Sue's: one to do (`assignment`), one started (a draft: still to do), one carried
    out, one cancelled; Sam's one, and one of another organisation's."""
    today = timezone.localdate()

    def mine(**kwargs):
        return AssignmentFactory(
            organization=world.org,
            location=world.location_b,
            template=template,
            shopper=shopper_sue,
            **kwargs,
        )

    started = mine(window_start=today + timedelta(days=1))
    start_shop(started, shopper_sue)
    done = mine(window_start=today + timedelta(days=2))
    audit = start_shop(done, shopper_sue)
    answer_all(audit, SMILE_FAILED, {"The phone": Decimal(2)})
    workflow.submit_audit(audit, by=shopper_sue.user)
    cancelled = mine(window_start=today + timedelta(days=3))
    assert workflow.cancel_assignment(cancelled)
    sams = AssignmentFactory(
        organization=world.org, location=world.location_a, template=template, shopper=shopper_sam
    )
    return {
        "to_do": assignment,
        "started": started,
        "done": done,
        "cancelled": cancelled,
        "sams": sams,
    }


def _codes(response) -> list[str]:
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["count"] == len(body["items"])
    return [item["code"] for item in body["items"]]


def test_a_shopper_lists_exactly_their_own_assignments_latest_first(
    client, shopper_sue, shops, outsider_otto
):
    AssignmentFactory(organization=outsider_otto.organization)
    codes = _codes(api(client, shopper_sue, "get", "/assignments"))
    expected = [shops[name].code for name in ("cancelled", "done", "started", "to_do")]
    assert codes == [str(code) for code in expected]
    items = {i["code"]: i for i in api(client, shopper_sue, "get", "/assignments").json()["items"]}
    started = items[str(shops["started"].code)]
    assert started["audit"] == str(shops["started"].audit.code) and not started["cancelled"]
    assert items[str(shops["cancelled"].code)]["cancelled"] is True
    assert all(item["shopper_email"] == "sue@example.test" for item in items.values())


def test_open_gives_the_to_do_list_of_the_shoppers_audits_page(
    client, shopper_sue, shopper_sam, shops
):
    to_do = _codes(api(client, shopper_sue, "get", "/assignments", query={"open": "true"}))
    assert to_do == [str(shops["started"].code), str(shops["to_do"].code)]
    rest = _codes(api(client, shopper_sue, "get", "/assignments", query={"open": "false"}))
    assert rest == [str(shops["cancelled"].code), str(shops["done"].code)]
    assert _codes(api(client, shopper_sam, "get", "/assignments", query={"open": "true"})) == [
        str(shops["sams"].code)
    ]


def test_the_to_do_list_is_what_the_shoppers_page_shows(client, shopper_sue, shops):
    from tests.conftest import client_for

    page = client_for(shopper_sue).get("/audits/").content.decode()
    shown = {name for name, a in shops.items() if a.get_absolute_url() in page}
    assert shown == {"to_do", "started"}
    to_do = _codes(api(client, shopper_sue, "get", "/assignments", query={"open": "true"}))
    assert set(to_do) == {str(shops[name].code) for name in shown}


def test_managers_filter_their_locations_assignments_by_open(client, manager_max, shops):
    # The manager looks after the North region: Location A only (Sue's first and Sam's).
    to_do = _codes(api(client, manager_max, "get", "/assignments", query={"open": "true"}))
    assert set(to_do) == {str(shops["to_do"].code), str(shops["sams"].code)}
    done = _codes(api(client, manager_max, "get", "/assignments", query={"open": "false"}))
    assert done == []


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.STAFF])
def test_the_team_is_not_told_of_mystery_shops(client, role, member_of_role, shops):
    response = api(client, member_of_role(role), "get", "/assignments")
    assert response.status_code == 403 and "items" not in response.json()


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_a_bad_open_filter_is_a_422_naming_it(client, shopper_sue, shops, value):
    response = api(client, shopper_sue, "get", "/assignments", query={"open": value})
    assert named(response, "open")
