"""The rest of the case page in the API: cases from a response or an alert, corrections,
the top's acknowledgement and the case's actions.

`/api/v1/recovery/cases/from-response/{code}`, `…/cases/from-alert/{code}`,
`…/cases/{code}/corrections`, `…/cases/{code}/top-acknowledgement` and
`GET …/cases/{code}/actions`: the same roles, scope and rules as the pages.
"""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.customers.models import Alert
from servicegap.recovery import budgets, cases
from servicegap.recovery.models import Case, CaseEvent, RecoveryAction
from tests.api.checks import named
from tests.conftest import client_for
from tests.customers.factories import AlertFactory, CustomerFactory
from tests.feedback.factories import ResponseFactory, SurveyLinkFactory
from tests.recovery.conftest import new_case
from tests.recovery.factories import CaseEventFactory, CaseFactory, RecoveryActionFactory

TEAM = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR, Role.STAFF}
MANAGERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}
LEADERS = {Role.OWNER, Role.EXECUTIVE}
NOBODY = "00000000-0000-4000-8000-000000000000"


def call(client, member, path, body=None, method="post"):
    _token, secret = tokens.create_token(member, "case page")
    extra = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    if method == "get":
        return client.get(f"/api/v1/recovery{path}", **extra)
    if body is None:  # no body at all
        return client.generic("POST", f"/api/v1/recovery{path}", b"", **extra)
    return client.post(
        f"/api/v1/recovery{path}", json.dumps(body), content_type="application/json", **extra
    )


# A case from a feedback response --------------------------------------------------------


def feedback(world, location=None, **extra):
    link = SurveyLinkFactory(organization=world.org, location=location or world.location_a)
    return ResponseFactory(
        organization=world.org,
        link=link,
        nps=3,
        comment="Cold chips, rude server.",
        submitted_at=datetime(2025, 3, 3, 23, 30, tzinfo=ZoneInfo("UTC")),  # 4 Mar in Paris
        **extra,
    )


@pytest.mark.parametrize("role", list(Role))
def test_managers_open_the_case_of_a_response_and_then_find_it(client, role, member_of_role, world):
    response = feedback(world)
    member = member_of_role(role)
    first = call(client, member, f"/cases/from-response/{response.code}")
    if role not in MANAGERS:
        assert first.status_code == 403
        assert not Case.objects.exists()
        return
    assert first.status_code == 201
    case = Case.objects.get()
    out = first.json()
    assert (out["code"], out["response"], out["location"], out["source"], out["status"]) == (
        str(case.code),
        str(response.code),
        str(world.location_a.code),
        "feedback",
        "new",
    )
    assert out["summary"] == "Feedback from 4 Mar 2025: 3/10 would recommend"
    assert case.response == response and case.description == "Cold chips, rude server."
    assert case.opened_by == member.user
    again = call(client, member, f"/cases/from-response/{response.code}")
    assert again.status_code == 200
    assert again.json()["code"] == str(case.code)
    assert Case.objects.count() == 1


def test_a_closed_case_of_the_response_is_not_found_again(client, world, owner_olga):
    response = feedback(world)
    closed = cases.open_case_for_response(response, by=owner_olga)
    Case.objects.filter(pk=closed.pk).update(status=Case.Status.CLOSED)
    answer = call(client, owner_olga, f"/cases/from-response/{response.code}")
    assert answer.status_code == 201
    assert answer.json()["code"] != str(closed.code)
    assert Case.objects.filter(response=response).count() == 2


def test_a_response_elsewhere_or_of_another_organisation_is_a_404(
    client, world, manager_max, owner_olga, outsider_otto
):
    south = feedback(world, location=world.location_b)
    foreign = ResponseFactory(organization=outsider_otto.organization)
    assert call(client, manager_max, f"/cases/from-response/{south.code}").status_code == 404
    assert call(client, owner_olga, f"/cases/from-response/{foreign.code}").status_code == 404
    assert call(client, owner_olga, f"/cases/from-response/{NOBODY}").status_code == 404
    assert not Case.objects.exists()


# A case from a save-list alert ----------------------------------------------------------


def save_list_alert(world, home):
    customer = CustomerFactory(organization=world.org, external_id="C-ADA", home_location=home)
    return AlertFactory(organization=world.org, customer=customer, value_at_risk=Decimal("640"))


@pytest.mark.parametrize("role", list(Role))
def test_managers_open_the_case_of_an_alert_and_then_find_it(client, role, member_of_role, world):
    alert = save_list_alert(world, world.location_a)
    member = member_of_role(role)
    first = call(client, member, f"/cases/from-alert/{alert.code}")
    alert.refresh_from_db()
    if role not in MANAGERS:
        assert first.status_code == 403
        assert not Case.objects.exists() and alert.status == Alert.Status.OPEN
        return
    assert first.status_code == 201
    case = Case.objects.get()
    out = first.json()
    assert (out["code"], out["customer"], out["location"], out["source"], out["severity"]) == (
        str(case.code),
        str(alert.customer.code),
        str(world.location_a.code),
        "save_list",
        "high",  # 640 at risk
    )
    assert out["summary"] == "Save C-ADA: drifting away"
    assert case.alert == alert
    assert alert.status == Alert.Status.CLAIMED and alert.claimed_by == member.user
    again = call(client, member, f"/cases/from-alert/{alert.code}")
    assert again.status_code == 200 and again.json()["code"] == str(case.code)
    assert Case.objects.count() == 1


def test_an_alert_resolved_meanwhile_still_gets_its_case_and_stays_resolved(world, owner_olga):
    """Someone resolves the alert between the save list's read and the case opening:
    the case is opened, the alert is not claimed back (it was a server error)."""
    from servicegap.customers import moments
    from servicegap.recovery import cases

    alert = save_list_alert(world, world.location_a)
    seen = Alert.objects.get(pk=alert.pk)  # as read before the other member acted
    moments.resolve_alert(alert, saved=True, by=owner_olga)
    case, opened = cases.find_or_open_case_for_alert(seen, by=owner_olga)
    assert opened and case.alert_id == alert.pk
    alert.refresh_from_db()
    assert alert.status == Alert.Status.SAVED


def test_an_alert_of_a_customer_with_no_home_location_is_a_409(client, world, owner_olga):
    alert = save_list_alert(world, None)
    answer = call(client, owner_olga, f"/cases/from-alert/{alert.code}")
    assert answer.status_code == 409
    assert answer.json()["detail"] == "The customer has no home location to open a case at."
    alert.refresh_from_db()
    assert not Case.objects.exists() and alert.status == Alert.Status.OPEN


def test_the_save_list_button_says_why_when_no_home_location(world, owner_olga):
    alert = save_list_alert(world, None)
    page = client_for(owner_olga).post(f"/recovery/cases/from-alert/{alert.code}/", follow=True)
    assert page.status_code == 200
    assert page.redirect_chain[0][0] == "/customers/"
    assert "The customer has no home location to open a case at." in page.content.decode()
    assert not Case.objects.exists()


def test_an_alert_elsewhere_or_of_another_organisation_is_a_404(
    client, world, manager_max, owner_olga, outsider_otto
):
    south = save_list_alert(world, world.location_b)
    foreign = AlertFactory(organization=outsider_otto.organization)
    assert call(client, manager_max, f"/cases/from-alert/{south.code}").status_code == 404
    assert call(client, owner_olga, f"/cases/from-alert/{foreign.code}").status_code == 404
    assert not Case.objects.exists()
    south.refresh_from_db()
    foreign.refresh_from_db()
    assert south.status == foreign.status == Alert.Status.OPEN


# Correcting an entry of the history -----------------------------------------------------


@pytest.fixture
def note(case, staff_sam):
    return cases.add_note(case, "Called back at 9.", by=staff_sam)


def corrections(case) -> int:
    return CaseEvent.objects.filter(case=case, kind=CaseEvent.Kind.CORRECTION).count()


@pytest.mark.parametrize("role", list(Role))
def test_the_team_corrects_an_entry(client, role, member_of_role, case, note):
    member = member_of_role(role)
    body = {"event": str(note.code), "text": "  At 8, not 9. "}
    response = call(client, member, f"/cases/{case.code}/corrections", body)
    if role not in TEAM:
        assert response.status_code == 403
        assert corrections(case) == 0
        return
    assert response.status_code == 201
    correction = CaseEvent.objects.get(case=case, kind=CaseEvent.Kind.CORRECTION)
    assert response.json() == {
        "code": str(correction.code),
        "kind": "correction",
        "text": "At 8, not 9.",
        "at": response.json()["at"],
        "by": member.user.email,
        "corrects": str(note.code),
    }
    assert (correction.text, correction.corrects, correction.by) == (
        "At 8, not 9.",
        note,
        member.user,
    )
    note.refresh_from_db()
    assert note.text == "Called back at 9."  # the entry stays
    history = call(client, member, f"/cases/{case.code}/events", method="get").json()
    assert [e["kind"] for e in history] == ["opened", "note", "correction"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": "At 8."}, "event"),
        ({"event": "the note", "text": "At 8."}, "event"),
        ({"event": NOBODY, "text": "At 8."}, "event"),
        ({"event": "NOTE", "text": ""}, "text"),
        ({"event": "NOTE", "text": "   "}, "text"),
        ({"event": "NOTE"}, "text"),
        ({"event": "NOTE", "text": "x" * 5001}, "text"),
        ({"event": "NOTE", "text": "At\x008."}, "text"),
        ({"event": "NOTE", "text": "At 8.", "by": "x"}, "by"),
    ],
)
def test_correction_bad_input_is_a_422_naming_the_field(client, staff_sam, case, note, body, field):
    if body.get("event") == "NOTE":
        body = {**body, "event": str(note.code)}
    response = call(client, staff_sam, f"/cases/{case.code}/corrections", body)
    assert named(response, field), response.json()
    assert corrections(case) == 0


def test_an_entry_of_another_case_or_organisation_is_a_422_naming_event(
    client, world, staff_sam, outsider_otto, case
):
    other = new_case(world, staff_sam)
    elsewhere = cases.add_note(other, "Another case's note.", by=staff_sam)
    foreign = CaseEventFactory(organization=outsider_otto.organization)
    for event in (elsewhere, foreign):
        body = {"event": str(event.code), "text": "At 8."}
        response = call(client, staff_sam, f"/cases/{case.code}/corrections", body)
        assert named(response, "event")
        assert response.json()["detail"][0]["msg"] == "choose an entry of this case."
    assert not CaseEvent.objects.filter(kind=CaseEvent.Kind.CORRECTION).exists()


def test_the_page_refuses_an_entry_of_another_case(world, staff_sam, case):
    other = new_case(world, staff_sam)
    elsewhere = cases.add_note(other, "Another case's note.", by=staff_sam)
    page = client_for(staff_sam).post(
        case.get_absolute_url() + "correct/", {"event": elsewhere.code, "text": "At 8."}
    )
    assert page.status_code == 400
    assert "event: choose an entry of this case." in page.content.decode()
    assert not CaseEvent.objects.filter(kind=CaseEvent.Kind.CORRECTION).exists()


def test_correcting_elsewhere_or_in_another_organisation_is_a_404(
    client, world, staff_sam, owner_olga, outsider_otto
):
    south = new_case(world, location=world.location_b)
    south_note = cases.add_note(south, "South note.", by=owner_olga)
    foreign = CaseEventFactory(organization=outsider_otto.organization)
    for member, event in ((staff_sam, south_note), (owner_olga, foreign)):
        body = {"event": str(event.code), "text": "At 8."}
        response = call(client, member, f"/cases/{event.case.code}/corrections", body)
        assert response.status_code == 404
    assert not CaseEvent.objects.filter(kind=CaseEvent.Kind.CORRECTION).exists()


# The top's acknowledgement ---------------------------------------------------------------


@pytest.fixture
def top_case(case):
    Case.objects.filter(pk=case.pk).update(to_the_top=True)
    case.refresh_from_db()
    return case


def top_acks(case) -> int:
    return CaseEvent.objects.filter(case=case, kind=CaseEvent.Kind.TOP_ACK).count()


@pytest.mark.parametrize("role", list(Role))
def test_owners_and_executives_acknowledge_a_case_written_to_the_top(
    client, role, member_of_role, top_case
):
    member = member_of_role(role)
    path = f"/cases/{top_case.code}/top-acknowledgement"
    response = call(client, member, path, {"note": " I will call her myself. "})
    top_case.refresh_from_db()
    if role not in LEADERS:
        assert response.status_code == 403
        assert top_case.top_acknowledged_at is None and top_acks(top_case) == 0
        return
    assert response.status_code == 200
    assert response.json()["top_acknowledged_at"] is not None
    assert top_case.top_acknowledged_by == member
    event = CaseEvent.objects.get(case=top_case, kind=CaseEvent.Kind.TOP_ACK)
    assert event.text == (
        f"Acknowledged by the top ({role.label.lower()} {member.user.email})."
        " I will call her myself."
    )


def test_the_note_is_optional_and_so_is_the_body(client, world, owner_olga, top_case):
    response = call(client, owner_olga, f"/cases/{top_case.code}/top-acknowledgement")
    assert response.status_code == 200
    event = CaseEvent.objects.get(case=top_case, kind=CaseEvent.Kind.TOP_ACK)
    assert event.text == "Acknowledged by the top (owner olga@example.test)."
    other = new_case(world)
    Case.objects.filter(pk=other.pk).update(to_the_top=True)
    response = call(client, owner_olga, f"/cases/{other.code}/top-acknowledgement", {})
    assert response.status_code == 200 and top_acks(other) == 1


def test_acknowledging_twice_or_a_case_not_written_to_the_top_is_a_409(
    client, owner_olga, executive_erin, world, top_case
):
    path = f"/cases/{top_case.code}/top-acknowledgement"
    assert call(client, owner_olga, path, {}).status_code == 200
    again = call(client, executive_erin, path, {"note": "Me too."})
    assert again.status_code == 409
    assert again.json()["detail"] == "This case is already acknowledged by the top."
    top_case.refresh_from_db()
    assert top_case.top_acknowledged_by == owner_olga and top_acks(top_case) == 1
    plain = new_case(world)
    response = call(client, owner_olga, f"/cases/{plain.code}/top-acknowledgement", {})
    assert response.status_code == 409
    assert response.json()["detail"] == "This case was not written to the top."
    plain.refresh_from_db()
    assert plain.top_acknowledged_at is None and top_acks(plain) == 0


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"note": "x" * 5001}, "note"),
        ({"note": "Call\x00her."}, "note"),
        ({"note": 5}, "note"),
        ({"text": "Call her."}, "text"),
    ],
)
def test_top_acknowledgement_bad_input_is_a_422(client, owner_olga, top_case, body, field):
    response = call(client, owner_olga, f"/cases/{top_case.code}/top-acknowledgement", body)
    assert named(response, field), response.json()
    top_case.refresh_from_db()
    assert top_case.top_acknowledged_at is None and top_acks(top_case) == 0


def test_another_organisations_case_is_a_404_to_acknowledge(client, owner_olga, outsider_otto):
    foreign = CaseFactory(organization=outsider_otto.organization, to_the_top=True)
    response = call(client, owner_olga, f"/cases/{foreign.code}/top-acknowledgement", {})
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.top_acknowledged_at is None


# The case's actions ---------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_the_team_reads_the_cases_actions(
    client, role, member_of_role, case, staff_sam, supervisor_sid, role_budgets
):
    apology = budgets.record_action(case, kind="apology", amount="0", by=supervisor_sid)
    refund = budgets.record_action(
        case, kind="refund", amount="80.00", note="The whole bill.", by=staff_sam
    )
    response = call(client, member_of_role(role), f"/cases/{case.code}/actions", method="get")
    if role not in TEAM:
        assert response.status_code == 403
        return
    assert response.status_code == 200
    out = response.json()
    assert [(a["code"], a["kind"], Decimal(str(a["amount"]))) for a in out] == [
        (str(apology.code), "apology", Decimal("0")),
        (str(refund.code), "refund", Decimal("80.00")),
    ]
    first, second = out
    assert (first["approval"], first["by"], first["by_role"], first["can_decide"]) == (
        "within_budget",
        "sid@example.test",
        "supervisor",
        False,
    )
    assert (second["approval"], second["by"], second["by_role"], second["note"]) == (
        "pending",
        "sam@example.test",
        "staff",
        "The whole bill.",
    )
    assert second["approval_reason"] == refund.approval_reason != ""
    assert second["decided_by"] is None and second["decided_at"] is None
    # Only someone higher in the chain than the staff spender may decide.
    assert second["can_decide"] is (role != Role.STAFF)


def test_a_decided_action_says_who_decided_and_why(
    client, case, staff_sam, manager_max, role_budgets
):
    refund = budgets.record_action(case, kind="refund", amount="80.00", by=staff_sam)
    budgets.decide(refund, approve=False, by=manager_max, note="Too much.")
    (out,) = call(client, staff_sam, f"/cases/{case.code}/actions", method="get").json()
    assert (out["approval"], out["decided_by"], out["decision_note"], out["can_decide"]) == (
        "rejected",
        "max@example.test",
        "Too much.",
        False,
    )
    assert out["decided_at"] is not None


def test_actions_of_a_case_elsewhere_or_of_another_organisation_are_a_404(
    client, world, staff_sam, owner_olga, outsider_otto
):
    south = new_case(world, location=world.location_b)
    RecoveryActionFactory(organization=world.org, case=south)
    foreign = RecoveryActionFactory(organization=outsider_otto.organization)
    response = call(client, staff_sam, f"/cases/{south.code}/actions", method="get")
    assert response.status_code == 404
    response = call(client, owner_olga, f"/cases/{foreign.case.code}/actions", method="get")
    assert response.status_code == 404
    assert RecoveryAction.objects.count() == 2
