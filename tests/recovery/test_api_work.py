"""The case page's other forms in the API: assign, inquiry, follow-ups, approvals.

`/api/v1/recovery/cases/{code}/assignee`, `…/inquiry`, `…/follow-ups`,
`/api/v1/recovery/follow-ups/{code}/done`, `/api/v1/recovery/approvals` and
`/api/v1/recovery/actions/{code}/decision`: the same roles, scope and rules as the pages.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.recovery import budgets, cases
from servicegap.recovery.models import Case, CaseEvent, FollowUp, RecoveryAction
from tests.api.checks import named
from tests.conftest import _member
from tests.recovery.conftest import T0, new_case
from tests.recovery.factories import CaseFactory, FollowUpFactory, RecoveryActionFactory
from tests.standards.factories import JourneyStepFactory

TEAM = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR, Role.STAFF}
SUPERVISORS = TEAM - {Role.STAFF}


def call(client, member, path, body=None, method="post"):
    _token, secret = tokens.create_token(member, "work")
    send = getattr(client, method)
    extra = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    if method == "get":
        return send(f"/api/v1/recovery{path}", body or {}, **extra)
    return send(
        f"/api/v1/recovery{path}", json.dumps(body), content_type="application/json", **extra
    )


def events(case, kind) -> int:
    return CaseEvent.objects.filter(case=case, kind=kind).count()


# Assigning ------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_supervisors_and_up_assign_and_others_are_refused(
    client, role, member_of_role, case, staff_sam
):
    response = call(
        client,
        member_of_role(role),
        f"/cases/{case.code}/assignee",
        {"assignee": str(staff_sam.code)},
    )
    case.refresh_from_db()
    if role in SUPERVISORS:
        assert response.status_code == 200
        assert response.json()["assignee"] == str(staff_sam.code)
        assert response.json()["assignee_email"] == "sam@example.test"
        assert case.assignee == staff_sam
        event = CaseEvent.objects.get(case=case, kind=CaseEvent.Kind.ASSIGNMENT)
        assert event.text == "Assigned to sam@example.test."
    else:
        assert response.status_code == 403
        assert case.assignee is None and events(case, CaseEvent.Kind.ASSIGNMENT) == 0


def test_assigning_to_nobody_clears_the_assignee(client, supervisor_sid, case, staff_sam):
    cases.assign_case(case, staff_sam, by=supervisor_sid)
    response = call(client, supervisor_sid, f"/cases/{case.code}/assignee", {"assignee": None})
    assert response.status_code == 200 and response.json()["assignee"] is None
    case.refresh_from_db()
    assert case.assignee is None
    assert CaseEvent.objects.filter(text="Assigned to nobody.").count() == 1


@pytest.mark.parametrize("who", ["elsewhere", "shopper", "outsider", "unknown"])
def test_an_assignee_who_does_not_work_at_the_location_is_a_422(
    client, who, world, owner_olga, shopper_sue, outsider_otto, case
):
    assignee = {
        "elsewhere": lambda: (
            _member(world, "bo@example.test", Role.STAFF, locations=[world.location_b]).code
        ),
        "shopper": lambda: shopper_sue.code,
        "outsider": lambda: outsider_otto.code,
        "unknown": lambda: "00000000-0000-4000-8000-000000000000",
    }[who]()
    response = call(client, owner_olga, f"/cases/{case.code}/assignee", {"assignee": str(assignee)})
    assert named(response, "assignee")
    case.refresh_from_db()
    assert case.assignee is None and events(case, CaseEvent.Kind.ASSIGNMENT) == 0


@pytest.mark.parametrize("body", [{}, {"assignee": "sam"}, {"assignee": None, "by": "x"}])
def test_assign_bad_input_is_a_422(client, supervisor_sid, case, body):
    response = call(client, supervisor_sid, f"/cases/{case.code}/assignee", body)
    assert response.status_code == 422
    assert events(case, CaseEvent.Kind.ASSIGNMENT) == 0


# The inquiry ----------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_the_team_records_the_inquiry(client, role, member_of_role, case, step):
    body = {
        "what_happened": "  The driver was lost. ",
        "p": "process",
        "step": str(step.code),
        "no_action_reason": "",
    }
    response = call(client, member_of_role(role), f"/cases/{case.code}/inquiry", body)
    case.refresh_from_db()
    if role in TEAM:
        assert response.status_code == 200
        out = response.json()
        assert (out["what_happened"], out["p"], out["step"]) == (
            "The driver was lost.",
            "process",
            str(step.code),
        )
        assert (case.what_happened, case.p, case.step) == ("The driver was lost.", "process", step)
        event = CaseEvent.objects.get(case=case, kind=CaseEvent.Kind.INQUIRY)
        assert event.text == "Inquiry: The driver was lost. Root cause: Process / Ordering."
    else:
        assert response.status_code == 403
        assert case.what_happened == "" and events(case, CaseEvent.Kind.INQUIRY) == 0


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"p": "luck"}, "p"),
        ({"step": "00000000-0000-4000-8000-000000000000"}, "step"),
        ({"what_happened": "x" * 5001}, "what_happened"),
        ({"no_action_reason": "x" * 2001}, "no_action_reason"),
        ({"cause": "x"}, "cause"),
    ],
)
def test_inquiry_bad_input_is_a_422_naming_the_field(client, staff_sam, case, body, field):
    response = call(client, staff_sam, f"/cases/{case.code}/inquiry", body)
    assert named(response, field)
    case.refresh_from_db()
    assert case.what_happened == "" and events(case, CaseEvent.Kind.INQUIRY) == 0


def test_another_organisations_step_or_an_inactive_one_is_refused(
    client, staff_sam, outsider_otto, world, case
):
    foreign = JourneyStepFactory(organization=outsider_otto.organization)
    retired = JourneyStepFactory(organization=world.org, is_active=False)
    for step in (foreign, retired):
        response = call(client, staff_sam, f"/cases/{case.code}/inquiry", {"step": str(step.code)})
        assert named(response, "step")
    case.refresh_from_db()
    assert case.step is None


def test_the_inquiry_of_a_closed_case_is_a_409(client, staff_sam, case):
    Case.objects.filter(pk=case.pk).update(status=Case.Status.CLOSED)
    response = call(client, staff_sam, f"/cases/{case.code}/inquiry", {"what_happened": "Late."})
    assert response.status_code == 409
    assert response.json()["detail"] == "The case is closed; add a note instead."
    case.refresh_from_db()
    assert case.what_happened == ""


# Follow-ups -----------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_the_team_plans_a_follow_up(client, role, member_of_role, case):
    body = {"planned_on": "2025-03-05", "channel": "phone", "note": "Ask about the refund."}
    response = call(client, member_of_role(role), f"/cases/{case.code}/follow-ups", body)
    if role in TEAM:
        assert response.status_code == 201
        follow_up = FollowUp.objects.get(case=case)
        assert response.json()["code"] == str(follow_up.code)
        assert str(follow_up.planned_on) == "2025-03-05" and follow_up.done_at is None
        assert CaseEvent.objects.get(case=case, kind=CaseEvent.Kind.FOLLOW_UP).text == (
            "Follow-up planned for 5 Mar 2025 (phone call). Ask about the refund."
        )
        listed = call(client, member_of_role(role), f"/cases/{case.code}/follow-ups", method="get")
        assert [f["code"] for f in listed.json()] == [str(follow_up.code)]
    else:
        assert response.status_code == 403
        assert not FollowUp.objects.exists()


def test_a_follow_up_done_of_a_recovered_case_moves_it_to_followed_up(client, staff_sam, case):
    Case.objects.filter(pk=case.pk).update(status=Case.Status.RECOVERED)
    body = {
        "planned_on": "2025-03-05",
        "channel": "visit",
        "done": True,
        "outcome": "retained",
        "satisfaction": 4,
    }
    response = call(client, staff_sam, f"/cases/{case.code}/follow-ups", body)
    assert response.status_code == 201
    out = response.json()
    assert (out["done"], out["outcome"], out["satisfaction"]) == (True, "retained", 4)
    assert out["done_by"] == "sam@example.test"
    case.refresh_from_db()
    assert case.status == Case.Status.FOLLOWED_UP


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"channel": "phone"}, "planned_on"),
        ({"planned_on": "5/3/2025", "channel": "phone"}, "planned_on"),
        ({"planned_on": "2025-03-05", "channel": "pigeon"}, "channel"),
        ({"planned_on": "2025-03-05", "channel": "phone", "satisfaction": 6}, "satisfaction"),
        ({"planned_on": "2025-03-05", "channel": "phone", "outcome": "lost"}, "outcome"),
        ({"planned_on": "2025-03-05", "channel": "phone", "satisfaction": 3}, "satisfaction"),
        ({"planned_on": "2025-03-05", "channel": "phone", "note": "x" * 501}, "note"),
    ],
)
def test_follow_up_bad_input_is_a_422_naming_the_field(client, staff_sam, case, body, field):
    response = call(client, staff_sam, f"/cases/{case.code}/follow-ups", body)
    assert named(response, field)
    assert not FollowUp.objects.exists() and events(case, CaseEvent.Kind.FOLLOW_UP) == 0


def test_a_follow_up_of_a_closed_case_is_a_409(client, staff_sam, case):
    Case.objects.filter(pk=case.pk).update(status=Case.Status.CLOSED)
    body = {"planned_on": "2025-03-05", "channel": "phone"}
    response = call(client, staff_sam, f"/cases/{case.code}/follow-ups", body)
    assert response.status_code == 409
    assert not FollowUp.objects.exists()


@pytest.mark.parametrize("role", list(Role))
def test_the_team_completes_a_planned_follow_up(client, role, member_of_role, case, staff_sam):
    follow_up = cases.record_follow_up(case, planned_on=T0.date(), channel="phone", by=staff_sam)
    body = {"outcome": "lost", "satisfaction": 2, "note": "Moved away."}
    response = call(client, member_of_role(role), f"/follow-ups/{follow_up.code}/done", body)
    follow_up.refresh_from_db()
    if role in TEAM:
        assert response.status_code == 200
        assert response.json()["done"] is True
        assert (follow_up.outcome, follow_up.satisfaction, follow_up.note) == (
            "lost",
            2,
            "Moved away.",
        )
        assert follow_up.done_by == member_of_role(role)
        assert events(case, CaseEvent.Kind.FOLLOW_UP) == 2
    else:
        assert response.status_code == 403
        assert follow_up.done_at is None and events(case, CaseEvent.Kind.FOLLOW_UP) == 1


def test_completing_twice_is_a_409(client, staff_sam, case):
    follow_up = cases.record_follow_up(case, planned_on=T0.date(), channel="phone", by=staff_sam)
    assert (
        call(
            client, staff_sam, f"/follow-ups/{follow_up.code}/done", {"outcome": "retained"}
        ).status_code
        == 200
    )
    again = call(client, staff_sam, f"/follow-ups/{follow_up.code}/done", {"outcome": "lost"})
    assert again.status_code == 409
    assert again.json()["detail"] == "This follow-up is already recorded as done."
    follow_up.refresh_from_db()
    assert follow_up.outcome == "retained"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "outcome"),
        ({"outcome": "maybe"}, "outcome"),
        ({"outcome": "lost", "satisfaction": 0}, "satisfaction"),
    ],
)
def test_complete_bad_input_is_a_422(client, staff_sam, case, body, field):
    follow_up = cases.record_follow_up(case, planned_on=T0.date(), channel="phone", by=staff_sam)
    response = call(client, staff_sam, f"/follow-ups/{follow_up.code}/done", body)
    assert named(response, field)
    follow_up.refresh_from_db()
    assert follow_up.done_at is None


@pytest.mark.parametrize("role", [Role.MANAGER, Role.SUPERVISOR, Role.STAFF])
def test_follow_ups_outside_the_members_locations_are_a_404(client, role, member_of_role, world):
    elsewhere = new_case(world, location=world.location_b)
    follow_up = FollowUpFactory(organization=world.org, case=elsewhere)
    member = member_of_role(role)
    body = {"planned_on": "2025-03-05", "channel": "phone"}
    assert call(client, member, f"/cases/{elsewhere.code}/follow-ups", body).status_code == 404
    done = call(client, member, f"/follow-ups/{follow_up.code}/done", {"outcome": "lost"})
    assert done.status_code == 404
    follow_up.refresh_from_db()
    assert follow_up.done_at is None and FollowUp.objects.count() == 1


def test_another_organisations_case_and_follow_up_are_a_404(client, owner_olga, outsider_otto):
    foreign = CaseFactory(organization=outsider_otto.organization)
    follow_up = FollowUpFactory(organization=outsider_otto.organization, case=foreign)
    assign = {"assignee": str(owner_olga.code)}
    for path, body in (
        (f"/cases/{foreign.code}/assignee", assign),
        (f"/cases/{foreign.code}/inquiry", {"what_happened": "x"}),
        (f"/cases/{foreign.code}/follow-ups", {"planned_on": "2025-03-05", "channel": "phone"}),
        (f"/follow-ups/{follow_up.code}/done", {"outcome": "lost"}),
    ):
        assert call(client, owner_olga, path, body).status_code == 404, path
    assert (
        call(client, owner_olga, f"/cases/{foreign.code}/follow-ups", method="get").status_code
        == 404
    )
    foreign.refresh_from_db()
    follow_up.refresh_from_db()
    assert foreign.assignee is None and foreign.what_happened == "" and follow_up.done_at is None
    assert FollowUp.objects.count() == 1


# Approvals ------------------------------------------------------------------------------


@pytest.fixture
def pending(case, staff_sam, role_budgets) -> RecoveryAction:
    """A 80.00 refund by staff, above their 50.00 a customer a day."""
    action = budgets.record_action(case, kind="refund", amount="80.00", by=staff_sam)
    assert action.approval == RecoveryAction.Approval.PENDING
    return action


@pytest.mark.parametrize("role", list(Role))
def test_the_approvals_list_as_the_page(client, role, member_of_role, pending):
    response = call(client, member_of_role(role), "/approvals", method="get")
    if role in SUPERVISORS:
        assert response.status_code == 200
        page = response.json()
        assert page["count"] == 1
        item = page["items"][0]
        assert (item["code"], item["case"], item["by"], item["by_role"]) == (
            str(pending.code),
            str(pending.case.code),
            "sam@example.test",
            "staff",
        )
        assert Decimal(str(item["amount"])) == Decimal("80.00")
    else:
        assert response.status_code == 403


def test_the_approvals_list_holds_only_what_the_member_may_decide(
    client, world, supervisor_sid, manager_max, role_budgets
):
    here = new_case(world)
    there = new_case(world, location=world.location_b)
    RecoveryActionFactory(organization=world.org, case=here, by=supervisor_sid)
    RecoveryActionFactory(
        organization=world.org,
        case=there,
        by=_member(world, "bo@example.test", Role.STAFF, locations=[world.location_b]),
    )
    # The supervisor may not decide a supervisor's action; the manager sees North only.
    assert call(client, supervisor_sid, "/approvals", method="get").json()["count"] == 0
    assert call(client, manager_max, "/approvals", method="get").json()["count"] == 1
    paged = call(client, manager_max, "/approvals", {"offset": 1}, method="get").json()
    assert paged == {"count": 1, "items": []}


@pytest.mark.parametrize("role", list(Role))
def test_someone_higher_approves(client, role, member_of_role, pending):
    response = call(
        client, member_of_role(role), f"/actions/{pending.code}/decision", {"decision": "approve"}
    )
    pending.refresh_from_db()
    if role in SUPERVISORS:
        assert response.status_code == 200
        assert response.json()["approval"] == "approved"
        assert pending.approval == "approved" and pending.decided_by == member_of_role(role)
        assert CaseEvent.objects.get(kind=CaseEvent.Kind.APPROVAL).text.startswith(
            "Approved: Refund, "
        )
    else:
        assert response.status_code == 403
        assert pending.approval == "pending" and events(pending.case, "approval") == 0


def test_rejecting_needs_a_note_and_then_is_stored(client, supervisor_sid, pending):
    path = f"/actions/{pending.code}/decision"
    response = call(client, supervisor_sid, path, {"decision": "reject"})
    assert named(response, "note")
    pending.refresh_from_db()
    assert pending.approval == "pending"
    response = call(client, supervisor_sid, path, {"decision": "reject", "note": "Too much."})
    assert response.status_code == 200 and response.json()["approval"] == "rejected"
    pending.refresh_from_db()
    assert (pending.approval, pending.decision_note) == ("rejected", "Too much.")


def test_a_decided_action_is_a_409(client, supervisor_sid, manager_max, pending):
    path = f"/actions/{pending.code}/decision"
    assert call(client, supervisor_sid, path, {"decision": "approve"}).status_code == 200
    again = call(client, manager_max, path, {"decision": "reject", "note": "No."})
    assert again.status_code == 409
    assert again.json()["detail"] == "This action is not waiting for approval."
    pending.refresh_from_db()
    assert pending.approval == "approved" and pending.decided_by == supervisor_sid


def test_the_spenders_peer_may_not_decide(client, world, supervisor_sid, case, role_budgets):
    peer = _member(world, "pia@example.test", Role.SUPERVISOR, locations=[world.location_a])
    action = RecoveryActionFactory(organization=world.org, case=case, by=peer)
    response = call(
        client, supervisor_sid, f"/actions/{action.code}/decision", {"decision": "approve"}
    )
    assert response.status_code == 403
    action.refresh_from_db()
    assert action.approval == "pending"


@pytest.mark.parametrize("body", [{}, {"decision": "maybe"}, {"decision": "approve", "x": 1}])
def test_decision_bad_input_is_a_422(client, supervisor_sid, pending, body):
    response = call(client, supervisor_sid, f"/actions/{pending.code}/decision", body)
    assert response.status_code == 422
    pending.refresh_from_db()
    assert pending.approval == "pending"


def test_actions_elsewhere_or_of_another_organisation_are_a_404(
    client, world, manager_max, owner_olga, outsider_otto
):
    there = new_case(world, location=world.location_b, now=T0)
    action = RecoveryActionFactory(organization=world.org, case=there)
    foreign = RecoveryActionFactory(organization=outsider_otto.organization)
    body = {"decision": "approve"}
    assert call(client, manager_max, f"/actions/{action.code}/decision", body).status_code == 404
    assert call(client, owner_olga, f"/actions/{foreign.code}/decision", body).status_code == 404
    for one in (action, foreign):
        one.refresh_from_db()
        assert one.approval == "pending"
