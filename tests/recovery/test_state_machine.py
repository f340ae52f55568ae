"""The case's status machine, every pair of statuses, and the closing rules."""

from __future__ import annotations

from datetime import timedelta

import pytest

from servicegap.core.models import P
from servicegap.recovery import budgets, cases
from servicegap.recovery.models import Case, CaseEvent, Severity
from tests.recovery.conftest import T0, new_case

S = Case.Status
PATH = [S.NEW, S.ACKNOWLEDGED, S.INVESTIGATING, S.RECOVERED, S.FOLLOWED_UP, S.CLOSED]
# Written out by hand, not read from cases.TRANSITIONS, so that a change there shows.
ALLOWED = {
    (S.NEW, S.ACKNOWLEDGED),
    (S.ACKNOWLEDGED, S.INVESTIGATING),
    (S.INVESTIGATING, S.RECOVERED),
    (S.RECOVERED, S.FOLLOWED_UP),
    (S.RECOVERED, S.CLOSED),
    (S.FOLLOWED_UP, S.CLOSED),
}
PAIRS = [(a, b) for a in S.values for b in S.values]


def walk_to(case, status, by) -> None:
    for nxt in PATH[1 : PATH.index(status) + 1]:
        cases.change_status(case, nxt, by=by)


@pytest.fixture
def complete_case(world, staff_sam, step):
    """A case with everything closing needs: inquiry, an apology, a follow-up done."""
    case = new_case(world, staff_sam)
    cases.record_inquiry(case, what_happened="Driver lost.", p=P.PROCESS, step=step, by=staff_sam)
    budgets.record_action(case, kind="apology", amount="0", by=staff_sam)
    cases.record_follow_up(
        case, planned_on=T0.date(), channel="phone", by=staff_sam, done=True, outcome="retained"
    )
    return case


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
def test_every_transition_is_allowed_or_refused(old, new, complete_case, staff_sam):
    walk_to(complete_case, old, staff_sam)
    events = CaseEvent.objects.filter(case=complete_case).count()
    if (old, new) in ALLOWED:
        event = cases.change_status(complete_case, new, by=staff_sam)
        assert Case.objects.get(pk=complete_case.pk).status == new
        assert event.kind == CaseEvent.Kind.STATUS and event.data == {"from": old, "to": new}
    else:
        with pytest.raises(cases.CaseError, match="cannot become"):
            cases.change_status(complete_case, new, by=staff_sam)
        assert Case.objects.get(pk=complete_case.pk).status == old
        assert CaseEvent.objects.filter(case=complete_case).count() == events


def test_an_unknown_status_is_refused(case, staff_sam):
    with pytest.raises(cases.CaseError, match="not a status"):
        cases.change_status(case, "solved", by=staff_sam)


def test_a_stale_copy_cannot_move_the_case_twice(case, staff_sam):
    stale = Case.objects.get(pk=case.pk)
    cases.change_status(case, S.ACKNOWLEDGED, by=staff_sam)
    with pytest.raises(cases.CaseError, match="changed meanwhile"):
        cases.change_status(stale, S.ACKNOWLEDGED, by=staff_sam)
    assert CaseEvent.objects.filter(case=case, kind=CaseEvent.Kind.STATUS).count() == 1


def test_acknowledging_and_recovering_record_the_time_taken(case, staff_sam):
    cases.change_status(case, S.ACKNOWLEDGED, by=staff_sam, now=T0 + timedelta(minutes=90))
    cases.change_status(case, S.INVESTIGATING, by=staff_sam, now=T0 + timedelta(hours=2))
    cases.change_status(case, S.RECOVERED, by=staff_sam, now=T0 + timedelta(hours=26))
    case.refresh_from_db()
    assert case.seconds_to_acknowledge == 90 * 60
    assert case.seconds_to_resolve == 26 * 3600
    assert case.escalate_at is None


# Closing rules ----------------------------------------------------------------------------


def recovered(world, by, severity=Severity.MEDIUM):
    case = new_case(world, by, severity=severity)
    walk_to(case, S.RECOVERED, by)
    return case


def test_closing_names_every_missing_item(world, staff_sam):
    case = recovered(world, staff_sam)
    with pytest.raises(cases.CaseError) as refused:
        cases.change_status(case, S.CLOSED, by=staff_sam)
    assert refused.value.missing == [
        "what happened",
        "the root cause's P",
        "the root cause's journey step",
        "a recovery action or a reason for none",
        "a follow-up done (medium severity)",
    ]
    assert "what happened" in str(refused.value)
    assert Case.objects.get(pk=case.pk).status == S.RECOVERED


@pytest.mark.parametrize(
    ("left_out", "named"),
    [
        ("what_happened", "what happened"),
        ("p", "the root cause's P"),
        ("step", "the root cause's journey step"),
        ("action", "a recovery action or a reason for none"),
        ("follow_up", "a follow-up done (medium severity)"),
    ],
)
def test_closing_names_the_one_missing_item(left_out, named, world, staff_sam, step):
    case = new_case(world, staff_sam)
    cases.record_inquiry(
        case,
        what_happened="" if left_out == "what_happened" else "The order was late.",
        p="" if left_out == "p" else P.PROCESS,
        step=None if left_out == "step" else step,
        by=staff_sam,
    )
    if left_out != "action":
        budgets.record_action(case, kind="apology", amount="0", by=staff_sam)
    if left_out != "follow_up":
        cases.record_follow_up(
            case, planned_on=T0.date(), channel="phone", by=staff_sam, done=True, outcome="lost"
        )
    walk_to(case, S.RECOVERED, staff_sam)
    with pytest.raises(cases.CaseError) as refused:
        cases.change_status(case, S.CLOSED, by=staff_sam)
    assert refused.value.missing == [named]


def test_a_stated_reason_stands_for_an_action(world, staff_sam, step):
    case = recovered(world, staff_sam, severity=Severity.LOW)
    cases.record_inquiry(
        case,
        what_happened="The guest had the wrong shop.",
        p=P.PROCESS,
        step=step,
        no_action_reason="Nothing of ours went wrong; directions given.",
        by=staff_sam,
    )
    cases.change_status(case, S.CLOSED, by=staff_sam)
    assert Case.objects.get(pk=case.pk).status == S.CLOSED


def test_a_low_severity_case_closes_without_a_follow_up(world, staff_sam, step):
    case = recovered(world, staff_sam, severity=Severity.LOW)
    cases.record_inquiry(case, what_happened="Cold soup.", p=P.PRODUCT, step=step, by=staff_sam)
    budgets.record_action(case, kind="remake", amount="0", by=staff_sam)
    cases.change_status(case, S.CLOSED, by=staff_sam)
    assert Case.objects.get(pk=case.pk).closed_at is not None


@pytest.mark.parametrize("severity", [Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL])
def test_medium_severity_and_above_need_a_follow_up_done(severity, world, staff_sam, step):
    case = recovered(world, staff_sam, severity=severity)
    cases.record_inquiry(case, what_happened="Cold soup.", p=P.PRODUCT, step=step, by=staff_sam)
    budgets.record_action(case, kind="remake", amount="0", by=staff_sam)
    cases.record_follow_up(case, planned_on=T0.date(), channel="phone", by=staff_sam)  # planned
    with pytest.raises(cases.CaseError) as refused:
        cases.change_status(case, S.CLOSED, by=staff_sam)
    assert refused.value.missing == [f"a follow-up done ({severity} severity)"]


def test_an_action_waiting_for_approval_does_not_count(world, staff_sam, step, role_budgets):
    case = recovered(world, staff_sam, severity=Severity.LOW)
    cases.record_inquiry(case, what_happened="Cold soup.", p=P.PRODUCT, step=step, by=staff_sam)
    from servicegap.recovery import budgets as money

    money.record_action(case, kind="refund", amount="80.00", by=staff_sam)  # over 50/day
    with pytest.raises(cases.CaseError) as refused:
        cases.change_status(case, S.CLOSED, by=staff_sam)
    assert refused.value.missing == [
        "a recovery action or a reason for none (an action still waits for approval)"
    ]


def test_a_follow_up_done_moves_a_recovered_case_to_followed_up(world, staff_sam):
    case = recovered(world, staff_sam)
    cases.record_follow_up(
        case, planned_on=T0.date(), channel="visit", by=staff_sam, done=True, outcome="retained"
    )
    assert Case.objects.get(pk=case.pk).status == S.FOLLOWED_UP


def test_followed_up_needs_a_follow_up_done(world, staff_sam):
    case = recovered(world, staff_sam)
    with pytest.raises(cases.CaseError, match="follow-up as done"):
        cases.change_status(case, S.FOLLOWED_UP, by=staff_sam)


def test_a_closed_case_takes_no_inquiry_action_or_follow_up(world, staff_sam, step):
    case = recovered(world, staff_sam, severity=Severity.LOW)
    cases.record_inquiry(
        case, what_happened="x", p=P.PEOPLE, step=step, no_action_reason="y", by=staff_sam
    )
    cases.change_status(case, S.CLOSED, by=staff_sam)
    with pytest.raises(cases.CaseError):
        cases.record_inquiry(case, what_happened="z", p=P.PEOPLE, step=step, by=staff_sam)
    with pytest.raises(cases.CaseError):
        budgets.record_action(case, kind="apology", amount="0", by=staff_sam)
    with pytest.raises(cases.CaseError):
        cases.record_follow_up(case, planned_on=T0.date(), channel="phone", by=staff_sam)


def test_an_outcome_needs_a_follow_up_done(case, staff_sam):
    with pytest.raises(cases.CaseError, match="outcome"):
        cases.record_follow_up(
            case, planned_on=T0.date(), channel="phone", by=staff_sam, outcome="retained"
        )
