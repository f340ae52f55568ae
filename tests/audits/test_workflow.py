"""The audit workflow as plain functions: start, answer, submit, dispute, resolve, lock.

Weights of the test card: greet 3, smile 2, rings 4 (critical, at most 3 rings), bill 1.
"""

from decimal import Decimal

import pytest

from servicegap.audits import workflow
from servicegap.audits.models import Audit, AuditEvent, Dispute, Kind, Result
from servicegap.standards import editing
from tests.audits.conftest import answer_all, start_shop

ALL_PASS = {"The guest": "pass", "Staff": "pass", "The phone": "pass", "The bill": "pass"}


def test_starting_an_audit_snapshots_every_behaviour_of_the_template(assignment, shopper_sue):
    audit = start_shop(assignment, shopper_sue)
    answers = list(audit.answers.order_by("position"))
    assert [a.behaviour_text for a in answers] == [
        "The guest is greeted.",
        "Staff smile.",
        "The phone is answered within 3 rings.",
        "The bill is correct.",
    ]
    rings = answers[2]
    assert (rings.weight, rings.is_critical, rings.p, rings.step_name) == (
        4,
        True,
        "process",
        "Phone",
    )
    assert rings.target_label == "at most 3 rings"
    assert {a.result for a in answers} == {""}
    assert audit.status == Audit.Status.DRAFT
    assert audit.started_at is not None


def test_starting_an_assignment_again_resumes_the_same_audit(assignment, shopper_sue):
    first = start_shop(assignment, shopper_sue)
    assert start_shop(assignment, shopper_sue) == first
    assert Audit.objects.count() == 1


def test_a_shopper_cannot_start_another_shoppers_assignment(assignment, shopper_sam):
    with pytest.raises(workflow.AuditError):
        start_shop(assignment, shopper_sam)


def test_retired_behaviours_are_left_out_of_new_audits(assignment, shopper_sue, card):
    card.bill.is_active = False
    card.bill.save()
    audit = start_shop(assignment, shopper_sue)
    assert audit.answers.count() == 3


def test_a_measured_value_decides_pass_or_fail(assignment, shopper_sue):
    audit = start_shop(assignment, shopper_sue)
    rings = audit.answers.get(behaviour_text__startswith="The phone")
    workflow.save_answer(rings, result=Result.PASS, measured_value=Decimal(5))
    assert rings.result == Result.FAIL
    workflow.save_answer(rings, result=Result.FAIL, measured_value=Decimal(3))
    assert rings.result == Result.PASS


def test_submitting_with_answers_missing_lists_them_and_keeps_the_draft(assignment, shopper_sue):
    audit = start_shop(assignment, shopper_sue)
    answer_all(audit, {"The guest": "pass", "The bill": "na"})
    with pytest.raises(workflow.MissingAnswers) as raised:
        workflow.submit_audit(audit, by=shopper_sue.user)
    assert [a.behaviour_text for a in raised.value.answers] == [
        "Staff smile.",
        "The phone is answered within 3 rings.",
    ]
    audit.refresh_from_db()
    assert audit.status == Audit.Status.DRAFT
    assert audit.score is None


def test_submitting_stores_the_score_and_its_evidence(assignment, shopper_sue):
    audit = start_shop(assignment, shopper_sue)
    # smile fails, bill n.a.: passed 3 + 4 = 7 of applicable 3 + 2 + 4 = 9 → 77.78
    answer_all(audit, {**ALL_PASS, "Staff": "fail", "The bill": "na"})
    workflow.submit_audit(audit, by=shopper_sue.user)
    audit.refresh_from_db()
    assert audit.score == Decimal("77.78")
    assert (audit.passed_count, audit.failed_count, audit.na_count) == (2, 1, 1)
    assert (audit.passed_weight, audit.applicable_weight) == (7, 9)
    assert not audit.is_capped
    assert audit.status == Audit.Status.SUBMITTED
    assert audit.ended_at is not None
    assert set(audit.answers.values_list("is_counted", flat=True)) == {True}


def test_a_failed_critical_behaviour_caps_the_stored_score(assignment, shopper_sue):
    audit = start_shop(assignment, shopper_sue)
    # 5 rings: fails; passed 3 + 2 + 1 = 6 of 10 → 60, capped to 50
    answer_all(audit, ALL_PASS, measured={"The phone": Decimal(5)})
    workflow.submit_audit(audit, by=shopper_sue.user)
    audit.refresh_from_db()
    assert audit.score == Decimal(50)
    assert audit.is_capped


def test_a_submitted_audit_is_read_only(assignment, shopper_sue):
    audit = start_shop(assignment, shopper_sue)
    answer_all(audit, ALL_PASS)
    workflow.submit_audit(audit, by=shopper_sue.user)
    answer = audit.answers.select_related("audit").first()
    with pytest.raises(workflow.AuditClosed):
        workflow.save_answer(answer, result=Result.FAIL)
    with pytest.raises(workflow.AuditClosed):
        workflow.submit_audit(audit, by=shopper_sue.user)
    answer.refresh_from_db()
    assert answer.result == Result.PASS


def _submitted(assignment, shopper, results):
    audit = start_shop(assignment, shopper)
    answer_all(audit, results)
    workflow.submit_audit(audit, by=shopper.user)
    audit.refresh_from_db()
    return audit


def test_a_changed_dispute_re_scores_the_audit(assignment, shopper_sue, manager_max):
    audit = _submitted(assignment, shopper_sue, {**ALL_PASS, "Staff": "fail"})
    assert audit.score == Decimal("80.00")
    smile = audit.answers.get(behaviour_text="Staff smile.")
    dispute = workflow.dispute_answer(smile, reason="The host smiled, see CCTV.", by=manager_max)
    workflow.resolve_dispute(
        dispute, outcome=Dispute.Outcome.CHANGED, result="pass", by=shopper_sue
    )
    audit.refresh_from_db()
    assert audit.score == Decimal("100.00")
    actions = list(audit.events.values_list("action", flat=True))
    assert actions[-3:] == ["disputed", "changed", "rescored"]
    assert audit.events.get(action="rescored").detail == "80.00 → 100.00"


def test_an_upheld_dispute_keeps_the_answer_and_the_score(
    assignment, shopper_sue, manager_max, owner_olga
):
    audit = _submitted(assignment, shopper_sue, {**ALL_PASS, "Staff": "fail"})
    smile = audit.answers.get(behaviour_text="Staff smile.")
    dispute = workflow.dispute_answer(smile, reason="Surely not.", by=manager_max)
    workflow.resolve_dispute(
        dispute, outcome=Dispute.Outcome.UPHELD, note="I was there.", by=owner_olga
    )
    audit.refresh_from_db()
    smile.refresh_from_db()
    assert (smile.result, audit.score) == (Result.FAIL, Decimal("80.00"))
    dispute.refresh_from_db()
    assert (dispute.outcome, dispute.resolved_by) == ("upheld", owner_olga.user)


def test_a_manager_cannot_resolve_their_own_dispute(assignment, shopper_sue, manager_max):
    audit = _submitted(assignment, shopper_sue, ALL_PASS)
    dispute = workflow.dispute_answer(audit.answers.first(), reason="No.", by=manager_max)
    with pytest.raises(workflow.AuditError):
        workflow.resolve_dispute(dispute, outcome="upheld", by=manager_max)


def test_an_answer_can_have_only_one_open_dispute(assignment, shopper_sue, manager_max):
    audit = _submitted(assignment, shopper_sue, ALL_PASS)
    answer = audit.answers.first()
    workflow.dispute_answer(answer, reason="No.", by=manager_max)
    with pytest.raises(workflow.AuditError, match="already disputed"):
        workflow.dispute_answer(answer, reason="Again.", by=manager_max)


def test_a_draft_cannot_be_disputed(assignment, shopper_sue, manager_max):
    audit = start_shop(assignment, shopper_sue)
    with pytest.raises(workflow.AuditError):
        workflow.dispute_answer(audit.answers.first(), reason="No.", by=manager_max)


def test_locking_waits_for_open_disputes(assignment, shopper_sue, manager_max):
    audit = _submitted(assignment, shopper_sue, ALL_PASS)
    dispute = workflow.dispute_answer(audit.answers.first(), reason="No.", by=manager_max)
    with pytest.raises(workflow.AuditError, match="open disputes"):
        workflow.lock_audit(audit, by=manager_max.user)
    workflow.resolve_dispute(dispute, outcome="upheld", by=shopper_sue)
    workflow.lock_audit(audit, by=manager_max.user)
    audit.refresh_from_db()
    assert audit.status == Audit.Status.LOCKED
    with pytest.raises(workflow.AuditError):
        workflow.dispute_answer(audit.answers.first(), reason="Later.", by=manager_max)


def test_audit_events_are_append_only(assignment, shopper_sue):
    audit = start_shop(assignment, shopper_sue)
    event = audit.events.get()
    event.detail = "rewritten"
    with pytest.raises(ValueError, match="append-only"):
        event.save()
    with pytest.raises(ValueError, match="append-only"):
        event.delete()
    assert AuditEvent.objects.get().detail == ""


def test_the_distance_between_two_known_places():
    # Paris (48.8566, 2.3522) to London (51.5074, -0.1278): about 343.5 km
    assert workflow.haversine_m(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(
        343_500, rel=0.003
    )


def test_check_in_records_the_distance_from_the_location(world, assignment, shopper_sue):
    world.location_a.latitude, world.location_a.longitude = Decimal("48.8566"), Decimal("2.3522")
    world.location_a.save()
    # 0.001° of latitude is about 111 m
    checkin = workflow.Checkin(Decimal("48.8576"), Decimal("2.3522"), 12)
    audit = start_shop(assignment, shopper_sue, checkin=checkin)
    assert audit.checkin_distance_m == 111
    assert audit.checkin_accuracy_m == 12
    assert audit.events.filter(action="checked_in").exists()


def test_check_in_without_location_coordinates_keeps_the_position_only(assignment, shopper_sue):
    checkin = workflow.Checkin(Decimal("48.8576"), Decimal("2.3522"))
    audit = start_shop(assignment, shopper_sue, checkin=checkin)
    assert audit.checkin_latitude == Decimal("48.8576")
    assert audit.checkin_distance_m is None


def test_old_audits_keep_their_meaning_after_a_behaviour_is_edited(assignment, shopper_sue, card):
    audit = _submitted(assignment, shopper_sue, {**ALL_PASS, "Staff": "fail"})
    assert audit.score == Decimal("80.00")

    card.smile.text = "Staff smile and make eye contact."
    card.smile.weight = 5
    card.smile.is_critical = True
    assert editing.save_behaviour(card.smile)
    assert card.smile.version == 2
    workflow.rescore_audit(audit, by=None)

    audit.refresh_from_db()
    smile = audit.answers.get(behaviour=card.smile)
    assert audit.score == Decimal("80.00")
    assert not audit.is_capped
    assert (smile.behaviour_text, smile.weight, smile.is_critical, smile.behaviour_version) == (
        "Staff smile.",
        2,
        False,
        1,
    )
    assert not audit.events.filter(action="rescored").exists()


def test_a_new_audit_uses_the_edited_behaviour(
    assignment, shopper_sue, card, world, template, staff_sam
):
    card.smile.text = "Staff smile and make eye contact."
    editing.save_behaviour(card.smile)
    audit = workflow.start_audit(
        kind=Kind.SELF_ASSESSMENT, location=world.location_a, template=template, by=staff_sam
    )
    smile = audit.answers.get(behaviour=card.smile)
    assert (smile.behaviour_text, smile.behaviour_version) == (
        "Staff smile and make eye contact.",
        2,
    )


@pytest.mark.parametrize(
    ("role_fixture", "kind", "allowed"),
    [
        ("staff_sam", Kind.SELF_ASSESSMENT, True),
        ("manager_max", Kind.SELF_ASSESSMENT, True),
        ("supervisor_sid", Kind.OBSERVATION, True),
        ("staff_sam", Kind.OBSERVATION, False),
        ("shopper_sue", Kind.SELF_ASSESSMENT, False),
        ("manager_max", Kind.MYSTERY_SHOP, False),
    ],
)
def test_each_role_starts_only_its_kinds_of_audit(
    request, world, template, role_fixture, kind, allowed
):
    member = request.getfixturevalue(role_fixture)

    def start():
        return workflow.start_audit(
            kind=kind, location=world.location_a, template=template, by=member
        )

    if allowed:
        assert start().kind == kind
    else:
        with pytest.raises(workflow.AuditError):
            start()
