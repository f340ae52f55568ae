"""Empowerment budgets at, just under and just over each limit; bad amounts; approvals."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from servicegap.recovery import budgets
from servicegap.recovery.models import CaseEvent, EmpowermentBudget, RecoveryAction
from tests.recovery.conftest import T0, new_case

A = RecoveryAction.Approval


@pytest.mark.parametrize(
    ("amount", "expected"),
    [("49.99", A.WITHIN_BUDGET), ("50.00", A.WITHIN_BUDGET), ("50.01", A.PENDING)],
)
def test_the_per_customer_per_day_limit(amount, expected, case, staff_sam, role_budgets):
    action = budgets_record(case, staff_sam, amount)
    assert action.approval == expected
    if expected == A.PENDING:
        assert action.approval_reason == (
            "Above the staff budget of 50.00 EUR per customer per day: 0.00 EUR already spent on "
            f"this customer today, {amount} EUR with this one."
        )


def budgets_record(case, by, amount, now=T0):
    return budgets.record_action(case, kind="refund", amount=amount, by=by, now=now)


def test_the_day_limit_adds_up_the_days_spending(case, staff_sam, role_budgets):
    assert budgets_record(case, staff_sam, "30.00").approval == A.WITHIN_BUDGET
    assert budgets_record(case, staff_sam, "20.00").approval == A.WITHIN_BUDGET  # 50 exactly
    assert budgets_record(case, staff_sam, "0.01").approval == A.PENDING
    # The next day in Paris the day's limit starts again.
    assert budgets_record(case, staff_sam, "50.00", T0 + timedelta(days=1)).approval == (
        A.WITHIN_BUDGET
    )


def test_pending_and_rejected_actions_do_not_use_the_budget(case, staff_sam, role_budgets):
    assert budgets_record(case, staff_sam, "60.00").approval == A.PENDING
    assert budgets_record(case, staff_sam, "50.00").approval == A.WITHIN_BUDGET


def test_another_customer_has_a_budget_of_their_own(world, case, staff_sam, role_budgets):
    budgets_record(case, staff_sam, "50.00")
    other = new_case(world, staff_sam)
    assert budgets_record(other, staff_sam, "50.00").approval == A.WITHIN_BUDGET


@pytest.mark.parametrize(
    ("last", "expected"),
    [("49.99", A.WITHIN_BUDGET), ("50.00", A.WITHIN_BUDGET), ("50.01", A.PENDING)],
)
def test_the_monthly_cap(last, expected, world, staff_sam, role_budgets):
    # 250 spent over five days of March, then `last` on another day: the cap is 300 (the
    # day's limit raised to 100 so that only the cap can refuse).
    EmpowermentBudget.objects.filter(role="staff").update(per_customer_per_day=100)
    for day in range(5):
        case = new_case(world, staff_sam)
        budgets_record(case, staff_sam, "50.00", T0 + timedelta(days=day))
    case = new_case(world, staff_sam)
    action = budgets_record(case, staff_sam, last, T0 + timedelta(days=6))
    assert action.approval == expected
    if expected == A.PENDING:
        assert "cap of 300.00 EUR per month: 250.00 EUR already spent" in action.approval_reason


def test_the_monthly_cap_starts_again_each_month(world, staff_sam, role_budgets):
    for day in range(6):
        budgets_record(new_case(world, staff_sam), staff_sam, "50.00", T0 + timedelta(days=day))
    april = T0 + timedelta(days=30)  # 2 April
    assert budgets_record(new_case(world, staff_sam), staff_sam, "50.00", april).approval == (
        A.WITHIN_BUDGET
    )


def test_a_role_without_a_budget_asks_for_any_money(case, staff_sam):
    assert budgets_record(case, staff_sam, "0.01").approval == A.PENDING
    assert budgets_record(case, staff_sam, "0").approval == A.WITHIN_BUDGET


def test_owners_have_no_limit(case, owner_olga, role_budgets):
    assert budgets_record(case, owner_olga, "5000.00").approval == A.WITHIN_BUDGET


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("-1", "amount: cannot be negative."),
        ("-0.01", "amount: cannot be negative."),
        ("10.005", "amount: EUR takes at most 2 decimals."),
        ("ten", "amount: 'ten' is not a number."),
        ("NaN", "amount: give a number."),
    ],
)
def test_bad_amounts_are_refused_and_nothing_is_stored(
    amount, message, case, staff_sam, role_budgets
):
    with pytest.raises(budgets.BudgetError) as refused:
        budgets_record(case, staff_sam, amount)
    assert str(refused.value) == message
    assert not RecoveryAction.objects.exists()
    assert not CaseEvent.objects.filter(kind=CaseEvent.Kind.ACTION).exists()


def test_a_currency_without_decimals_takes_none(case, staff_sam):
    case.organization.currency = "JPY"
    case.organization.save()
    with pytest.raises(budgets.BudgetError, match="JPY takes at most 0 decimals"):
        budgets_record(case, staff_sam, "100.5")
    assert budgets_record(case, staff_sam, "0").amount == Decimal("0")


def test_the_database_refuses_a_negative_amount(case, staff_sam):
    from django.db import IntegrityError

    with pytest.raises(IntegrityError):
        RecoveryAction.objects.create(
            organization=case.organization,
            case=case,
            kind="refund",
            amount=Decimal("-1"),
            by=staff_sam,
            by_role="staff",
            day=T0.date(),
        )


# Approval ---------------------------------------------------------------------------------


def test_someone_higher_approves_and_the_money_counts(
    case, staff_sam, supervisor_sid, role_budgets
):
    action = budgets_record(case, staff_sam, "80.00")
    assert [a.pk for a in budgets.pending_for(supervisor_sid)] == [action.pk]
    budgets.decide(action, approve=True, by=supervisor_sid, note="A regular; worth it.")
    action.refresh_from_db()
    assert action.approval == A.APPROVED and action.decided_by == supervisor_sid
    assert budgets.spent_for_customer_today(staff_sam, case, T0.date()) == Decimal("80.00")
    event = CaseEvent.objects.filter(kind=CaseEvent.Kind.APPROVAL).get()
    assert event.text.startswith("Approved: Refund, 80.00 EUR.")


def test_a_rejection_needs_a_reason(case, staff_sam, supervisor_sid, role_budgets):
    action = budgets_record(case, staff_sam, "80.00")
    with pytest.raises(budgets.BudgetError, match="note: say why"):
        budgets.decide(action, approve=False, by=supervisor_sid)
    budgets.decide(action, approve=False, by=supervisor_sid, note="A remake will do.")
    assert RecoveryAction.objects.get(pk=action.pk).approval == A.REJECTED


def test_nobody_approves_at_their_own_level_or_below(world, case, staff_sam, role_budgets):
    from servicegap.core.models import Role
    from tests.conftest import _member

    other_staff = _member(world, "sal@example.test", Role.STAFF, locations=[world.location_a])
    action = budgets_record(case, staff_sam, "80.00")
    assert not budgets.can_decide(other_staff, action)
    assert not budgets.can_decide(staff_sam, action)
    with pytest.raises(budgets.BudgetError, match="higher in the chain"):
        budgets.decide(action, approve=True, by=other_staff)


def test_a_supervisors_action_goes_to_a_manager(case, supervisor_sid, manager_max, role_budgets):
    action = budgets_record(case, supervisor_sid, "150.01")
    assert action.approval == A.PENDING
    assert not budgets.can_decide(supervisor_sid, action)
    assert budgets.can_decide(manager_max, action)
    assert list(budgets.pending_for(supervisor_sid)) == []


def test_a_decision_is_taken_once(case, staff_sam, supervisor_sid, manager_max, role_budgets):
    action = budgets_record(case, staff_sam, "80.00")
    budgets.decide(action, approve=True, by=supervisor_sid)
    with pytest.raises(budgets.BudgetError, match="not waiting"):
        budgets.decide(action, approve=False, by=manager_max, note="No.")


def test_budget_use_per_member_location_and_month(world, staff_sam, supervisor_sid, role_budgets):
    case = new_case(world, staff_sam)
    budgets_record(case, staff_sam, "20.00")
    budgets_record(case, staff_sam, "25.50", T0 + timedelta(hours=1))
    pending = budgets_record(case, staff_sam, "90.00", T0 + timedelta(hours=2))
    budgets.decide(pending, approve=True, by=supervisor_sid)
    budgets_record(case, staff_sam, "70.00", T0 + timedelta(days=30))  # April, pending
    rows = budgets.budget_use(
        RecoveryAction.objects.all(), since=T0.date(), until=T0.date() + timedelta(days=40)
    )
    assert [(r["month"].month, r["spent"], r["actions"], r["approved"]) for r in rows] == [
        (3, Decimal("135.50"), 3, 1)
    ]
    assert rows[0]["case__location__name"] == "Location A"
