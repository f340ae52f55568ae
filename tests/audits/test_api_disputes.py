"""Disputes in the API: a manager disputes an answer of a submitted audit
(`POST /audits/answers/{code}/disputes`); the owner or whoever audited decides it
(`POST /audits/disputes/{code}/resolve`); disputes are listed and read as the pages
show them.

Weights of the test card: greet 3, smile 2, rings 4 (critical, at most 3 rings), bill 1.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from servicegap.audits import workflow
from servicegap.audits.models import Audit, AuditEvent, Dispute
from servicegap.core.models import Role
from tests.api.checks import named
from tests.audits.api_calls import api
from tests.audits.conftest import answer_all, start_shop
from tests.audits.factories import AssignmentFactory

MANAGERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}
SMILE_FAILED = {"The guest": "pass", "Staff": "fail", "The phone": "pass", "The bill": "pass"}


def submitted(assignment, shopper, results=SMILE_FAILED, measured=None) -> Audit:
    audit = start_shop(assignment, shopper)
    answer_all(audit, results, measured)
    workflow.submit_audit(audit, by=shopper.user)
    audit.refresh_from_db()
    return audit


@pytest.fixture
def audit(assignment, shopper_sue) -> Audit:
    # passed 3 + 4 + 1 of 3 + 2 + 4 + 1 applicable = 8 / 10
    audit = submitted(assignment, shopper_sue, measured={"The phone": Decimal(2)})
    assert audit.score == Decimal("80.00")
    return audit


@pytest.fixture
def smile(audit):
    return audit.answers.get(behaviour_text="Staff smile.")


@pytest.fixture
def dispute(smile, manager_max) -> Dispute:
    return workflow.dispute_answer(smile, reason="The host smiled, see the video.", by=manager_max)


def raise_on(client, member, answer, reason="The host smiled, see the video."):
    return api(client, member, "post", f"/answers/{answer.code}/disputes", {"reason": reason})


@pytest.mark.parametrize("role", list(Role))
def test_managers_dispute_an_answer_and_others_are_refused(client, role, member_of_role, smile):
    member = member_of_role(role)
    response = raise_on(client, member, smile)
    if role in MANAGERS:
        assert response.status_code == 201, response.content
        dispute = Dispute.objects.get()
        out = response.json()
        assert (out["code"], out["answer"], out["open"], out["outcome"]) == (
            str(dispute.code),
            str(smile.code),
            True,
            None,
        )
        assert (dispute.answer, dispute.raised_by, dispute.reason) == (
            smile,
            member.user,
            "The host smiled, see the video.",
        )
        assert out["answer_result"] == "fail" and out["audit_score"] == 80.0
        event = AuditEvent.objects.get(action="disputed")
        assert (event.answer, event.by) == (smile, member.user)
    elif role == Role.SHOPPER:
        assert response.status_code == 403  # the shopper who audited: not a manager
        assert not Dispute.objects.exists()
    else:
        assert response.status_code == 403
        assert not Dispute.objects.exists()


def test_an_answer_at_a_location_out_of_scope_or_of_another_organisation_is_a_404(
    client, world, template, shopper_sue, manager_max, outsider_otto, owner_olga
):
    elsewhere = AssignmentFactory(
        organization=world.org, location=world.location_b, template=template, shopper=shopper_sue
    )
    answer = submitted(elsewhere, shopper_sue).answers.first()
    assert raise_on(client, manager_max, answer).status_code == 404  # Max: North only
    assert raise_on(client, outsider_otto, answer).status_code == 404
    assert not Dispute.objects.exists()
    assert raise_on(client, owner_olga, answer).status_code == 201


@pytest.mark.parametrize("state", ["draft", "locked", "disputed"])
def test_an_audit_that_cannot_be_disputed_is_a_409(
    client, assignment, shopper_sue, manager_max, owner_olga, state
):
    if state == "draft":
        audit = start_shop(assignment, shopper_sue)
    else:
        audit = submitted(assignment, shopper_sue)
    answer = audit.answers.select_related("audit").get(behaviour_text="Staff smile.")
    if state == "locked":
        workflow.lock_audit(audit, by=owner_olga.user)
    if state == "disputed":
        workflow.dispute_answer(answer, reason="First.", by=owner_olga)
    before = Dispute.objects.count()
    response = raise_on(client, manager_max, answer)
    assert response.status_code == 409, response.content
    assert response.json()["detail"]
    assert Dispute.objects.count() == before


def test_whoever_performed_the_audit_does_not_dispute_it(
    client, world, template, card, manager_max
):
    audit = workflow.start_audit(
        kind="self_assessment", location=world.location_a, template=template, by=manager_max
    )
    answer_all(audit, SMILE_FAILED)
    workflow.submit_audit(audit, by=manager_max.user)
    answer = audit.answers.first()
    assert raise_on(client, manager_max, answer).status_code == 403
    assert not Dispute.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"reason": ""}, "reason"),
        ({"reason": "   "}, "reason"),
        ({"reason": "x" * 2001}, "reason"),
        ({}, "reason"),
        ({"reason": "Fine.", "outcome": "upheld"}, "outcome"),
    ],
)
def test_a_bad_dispute_is_a_422_naming_the_field_and_nothing_is_stored(
    client, manager_max, smile, body, field
):
    response = api(client, manager_max, "post", f"/answers/{smile.code}/disputes", body)
    assert named(response, field), response.content
    assert not Dispute.objects.exists()
    assert not AuditEvent.objects.filter(action="disputed").exists()


# Deciding ---------------------------------------------------------------------------------


def resolve(client, member, dispute, body):
    return api(client, member, "post", f"/disputes/{dispute.code}/resolve", body)


@pytest.mark.parametrize("role", list(Role))
def test_the_owner_and_whoever_audited_decide_and_others_are_refused(
    client, role, member_of_role, dispute, audit
):
    response = resolve(
        client, member_of_role(role), dispute, {"outcome": "changed", "result": "pass"}
    )
    dispute.refresh_from_db()
    audit.refresh_from_db()
    if role in (Role.OWNER, Role.SHOPPER):  # Sue, the shopper, performed the audit
        assert response.status_code == 200, response.content
        # Smile now passes: 3 + 2 + 4 + 1 of 10 = 100.
        assert audit.score == Decimal("100.00")
        out = response.json()
        assert (out["open"], out["outcome"], out["answer_result"], out["audit_score"]) == (
            False,
            "changed",
            "pass",
            100.0,
        )
        assert dispute.outcome == "changed"
    else:
        # Executives and managers see the dispute but may not decide it; the supervisor
        # and staff of Location A too.
        assert response.status_code == 403
        assert dispute.is_open and audit.score == Decimal("80.00")


def test_an_upheld_dispute_keeps_the_answer_and_the_score(client, owner_olga, dispute, audit):
    response = resolve(client, owner_olga, dispute, {"outcome": "upheld", "note": "I was there."})
    assert response.status_code == 200
    assert (response.json()["outcome"], response.json()["resolution"]) == ("upheld", "I was there.")
    audit.refresh_from_db()
    assert audit.score == Decimal("80.00")
    assert audit.answers.get(behaviour_text="Staff smile.").result == "fail"


def test_a_measured_value_decides_the_new_result_and_the_cap_follows(
    client, audit, manager_max, shopper_sue
):
    rings = audit.answers.select_related("audit").get(behaviour_text__startswith="The phone")
    dispute = workflow.dispute_answer(rings, reason="It rang five times.", by=manager_max)
    response = resolve(client, shopper_sue, dispute, {"outcome": "changed", "measured_value": "5"})
    assert response.status_code == 200, response.content
    rings.refresh_from_db()
    audit.refresh_from_db()
    assert (rings.result, rings.measured_value) == ("fail", Decimal(5))
    # passed 3 + 1 of 10 = 40, below the cap of 50 for a failed critical behaviour.
    assert audit.score == Decimal("40.00")
    assert response.json()["audit_score"] == 40.0


def test_a_decided_dispute_is_a_409(client, owner_olga, shopper_sue, dispute):
    assert resolve(client, owner_olga, dispute, {"outcome": "upheld"}).status_code == 200
    again = resolve(client, shopper_sue, dispute, {"outcome": "changed", "result": "pass"})
    assert again.status_code == 409
    dispute.refresh_from_db()
    assert dispute.outcome == "upheld" and dispute.resolved_by == owner_olga.user


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"outcome": "changed"}, "result"),
        ({"outcome": "maybe"}, "outcome"),
        ({"result": "pass"}, "outcome"),
        ({"outcome": "changed", "result": "good"}, "result"),
        ({"outcome": "changed", "measured_value": "2"}, "measured_value"),  # no target
        ({"outcome": "changed", "result": "pass", "measured_value": "-1"}, "measured_value"),
        ({"outcome": "upheld", "note": "x" * 2001}, "note"),
        ({"outcome": "upheld", "by": "me"}, "by"),
    ],
)
def test_a_bad_decision_is_a_422_naming_the_field_and_nothing_changes(
    client, owner_olga, dispute, audit, body, field
):
    response = resolve(client, owner_olga, dispute, body)
    assert named(response, field), response.content
    dispute.refresh_from_db()
    audit.refresh_from_db()
    assert dispute.is_open and audit.score == Decimal("80.00")
    assert audit.answers.get(behaviour_text="Staff smile.").result == "fail"


def test_another_organisations_dispute_is_a_404(client, outsider_otto, shopper_sam, dispute):
    for member in (outsider_otto, shopper_sam):  # Sam shops too, but did not audit this
        assert api(client, member, "get", f"/disputes/{dispute.code}").status_code == 404
        assert resolve(client, member, dispute, {"outcome": "upheld"}).status_code == 404
    dispute.refresh_from_db()
    assert dispute.is_open


# Listing ----------------------------------------------------------------------------------


def codes(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["code"] for item in response.json()["items"]]


def test_disputes_are_listed_for_who_may_see_them(
    client, world, template, dispute, audit, shopper_sue, owner_olga, manager_max, staff_sam
):
    elsewhere = AssignmentFactory(
        organization=world.org, location=world.location_b, template=template, shopper=shopper_sue
    )
    other_answer = submitted(elsewhere, shopper_sue).answers.select_related("audit").first()
    there = workflow.dispute_answer(other_answer, reason="South.", by=owner_olga)
    workflow.resolve_dispute(there, outcome="upheld", by=owner_olga)
    assert codes(api(client, owner_olga, "get", "/disputes")) == [
        str(dispute.code),
        str(there.code),
    ]
    # Max and Sam see Location A only.
    assert codes(api(client, manager_max, "get", "/disputes")) == [str(dispute.code)]
    assert codes(api(client, staff_sam, "get", "/disputes")) == [str(dispute.code)]
    # Filters: open or decided, one audit, those waiting for the caller.
    assert codes(api(client, owner_olga, "get", "/disputes", query={"open": "false"})) == [
        str(there.code)
    ]
    by_audit = api(client, owner_olga, "get", "/disputes", query={"audit": str(audit.code)})
    assert codes(by_audit) == [str(dispute.code)] and by_audit.json()["count"] == 1
    waiting = {"to_resolve": "true"}
    assert codes(api(client, shopper_sue, "get", "/disputes", query=waiting)) == [str(dispute.code)]
    assert codes(api(client, owner_olga, "get", "/disputes", query=waiting)) == [str(dispute.code)]
    assert codes(api(client, manager_max, "get", "/disputes", query=waiting)) == []
    one = api(client, staff_sam, "get", f"/disputes/{dispute.code}").json()
    assert (one["reason"], one["raised_by"], one["behaviour_text"]) == (
        "The host smiled, see the video.",
        "max@example.test",
        "Staff smile.",
    )


def test_an_audit_out_of_scope_in_the_filter_is_a_404(
    client, world, template, shopper_sue, manager_max
):
    elsewhere = AssignmentFactory(
        organization=world.org, location=world.location_b, template=template, shopper=shopper_sue
    )
    audit = submitted(elsewhere, shopper_sue)
    response = api(client, manager_max, "get", "/disputes", query={"audit": str(audit.code)})
    assert response.status_code == 404
