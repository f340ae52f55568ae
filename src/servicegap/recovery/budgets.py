"""Empowerment budgets: what the front line may spend to make it right without asking.

Each role of the chain has an amount per customer per day and a cap per member per
month (`EmpowermentBudget`). An action within both is recorded at once; above either it
waits for someone higher in the chain (`ROLE_RANK`), with the limit stated. Owners sit
at the top: nobody is above them to ask, so their actions are always within budget.
A role without a budget may spend nothing without asking. Money that counts as spent:
actions within budget and approved ones (`RecoveryAction.SPENT`). "Per customer" means
the case's customer when it is known, else the case itself (the complainant).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from servicegap.core.models import Membership, Role
from servicegap.recovery.models import (
    CHAIN,
    ROLE_RANK,
    Case,
    CaseEvent,
    EmpowermentBudget,
    RecoveryAction,
)

if TYPE_CHECKING:
    from servicegap.core.models import Organization

ZERO = Decimal("0")
# ISO 4217 currencies without minor units; every other one is kept to 2 decimals.
ZERO_DECIMAL_CURRENCIES = frozenset(
    {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND",
     "VUV", "XAF", "XOF", "XPF"}
)  # fmt: skip


class BudgetError(Exception):
    """A bad amount, or a decision the member may not take; the message names the field."""


def currency_decimals(currency: str) -> int:
    return 0 if currency in ZERO_DECIMAL_CURRENCIES else 2


def money(amount: Decimal, currency: str) -> str:
    """`amount` with the currency's decimals and its code, e.g. "12.50 EUR"."""
    return f"{amount:.{currency_decimals(currency)}f} {currency}"


def clean_amount(value: object, currency: str) -> Decimal:
    """`value` as a Decimal of the currency, or BudgetError naming `amount`."""
    try:
        amount = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise BudgetError(f"amount: {value!r} is not a number.") from None
    if not amount.is_finite():
        raise BudgetError("amount: give a number.")
    if amount < 0:
        raise BudgetError("amount: cannot be negative.")
    places = currency_decimals(currency)
    if amount.as_tuple().exponent < -places:
        raise BudgetError(f"amount: {currency} takes at most {places} decimals.")
    if amount >= Decimal("1e10"):
        raise BudgetError("amount: too large.")
    return amount


@dataclass(frozen=True)
class Limits:
    per_customer_per_day: Decimal
    monthly_cap: Decimal


def limits_for(organization: Organization, role: str) -> Limits | None:
    """The role's budget; None for owners (no limit); zero for a role without one."""
    if role == Role.OWNER:
        return None
    budget = EmpowermentBudget.objects.filter(organization=organization, role=role).first()
    if budget is None:
        return Limits(ZERO, ZERO)
    return Limits(budget.per_customer_per_day, budget.monthly_cap)


def local_day(organization: Organization, at: datetime) -> date:
    return timezone.localtime(at, organization.tz).date()


def _spent(actions) -> Decimal:
    total = actions.filter(approval__in=RecoveryAction.SPENT).aggregate(s=Sum("amount"))["s"]
    return total or ZERO


def spent_for_customer_today(by: Membership, case: Case, day: date) -> Decimal:
    actions = RecoveryAction.objects.filter(by=by, day=day)
    if case.customer_id is not None:
        actions = actions.filter(case__customer_id=case.customer_id)
    else:
        actions = actions.filter(case=case)
    return _spent(actions)


def spent_this_month(by: Membership, day: date) -> Decimal:
    first = day.replace(day=1)
    return _spent(RecoveryAction.objects.filter(by=by, day__gte=first, day__lte=day))


def over_budget(by: Membership, case: Case, amount: Decimal, day: date) -> str:
    """Why `amount` needs approval (the limit stated), or "" when it is within budget."""
    limits = limits_for(case.organization, by.role)
    if limits is None or amount == 0:
        return ""
    currency = case.organization.currency
    role = Role(by.role).label.lower()
    today = spent_for_customer_today(by, case, day)
    if today + amount > limits.per_customer_per_day:
        return (
            f"Above the {role} budget of {money(limits.per_customer_per_day, currency)} per "
            f"customer per day: {money(today, currency)} already spent on this customer today, "
            f"{money(today + amount, currency)} with this one."
        )
    month = spent_this_month(by, day)
    if month + amount > limits.monthly_cap:
        return (
            f"Above the {role} cap of {money(limits.monthly_cap, currency)} per month: "
            f"{money(month, currency)} already spent this month, "
            f"{money(month + amount, currency)} with this one."
        )
    return ""


def record_action(
    case: Case,
    *,
    kind: str,
    amount: object,
    by: Membership,
    note: str = "",
    now: datetime | None = None,
) -> RecoveryAction:
    """Record what was done for the customer: at once within the spender's budget, else
    waiting for approval by someone higher, with the reason and the limit stated."""
    from servicegap.recovery.cases import CaseError, add_event

    now = now or timezone.now()
    if case.status == Case.Status.CLOSED:
        raise CaseError("The case is closed.")
    if kind not in RecoveryAction.Kind.values:
        raise BudgetError(f"kind: {kind!r} is not a kind of action.")
    if by.organization_id != case.organization_id:
        raise BudgetError("by: not a member of this organisation.")
    value = clean_amount(amount, case.organization.currency)
    day = local_day(case.organization, now)
    with transaction.atomic():
        # One spender's actions are decided one at a time: two at once must not both
        # pass under the budget (the lock waits on PostgreSQL; SQLite writes one by one).
        Membership.objects.select_for_update().filter(pk=by.pk).first()
        reason = over_budget(by, case, value, day)
        action = RecoveryAction.objects.create(
            organization_id=case.organization_id,
            case=case,
            kind=kind,
            amount=value,
            note=note,
            by=by,
            by_role=by.role,
            at=now,
            day=day,
            approval=RecoveryAction.Approval.PENDING
            if reason
            else RecoveryAction.Approval.WITHIN_BUDGET,
            approval_reason=reason,
        )
        text = f"{action.get_kind_display()}"
        if value:
            text += f", {money(value, case.organization.currency)}"
        text += "." if not note else f": {note}"
        if reason:
            text += f" Waiting for approval. {reason}"
        add_event(
            case,
            CaseEvent.Kind.ACTION,
            text,
            by=by,
            at=now,
            data={"action": str(action.code), "approval": action.approval},
        )
    return action


def can_decide(member: Membership, action: RecoveryAction) -> bool:
    """Someone higher in the chain than the spender, who sees the case's location."""
    if member.organization_id != action.organization_id:
        return False
    if ROLE_RANK.get(member.role, -1) <= ROLE_RANK.get(action.by_role, -1):
        return False
    return member.can_see_location(action.case.location)


def decide(
    action: RecoveryAction,
    *,
    approve: bool,
    by: Membership,
    note: str = "",
    now: datetime | None = None,
) -> RecoveryAction:
    from servicegap.recovery.cases import add_event

    now = now or timezone.now()
    if not can_decide(by, action):
        raise BudgetError("Only someone higher in the chain than the spender may decide.")
    if not approve and not note.strip():
        raise BudgetError("note: say why the action is rejected.")
    status = RecoveryAction.Approval.APPROVED if approve else RecoveryAction.Approval.REJECTED
    with transaction.atomic():
        claimed = RecoveryAction.objects.filter(
            pk=action.pk, approval=RecoveryAction.Approval.PENDING
        ).update(approval=status, decided_by=by, decided_at=now, decision_note=note.strip())
        if claimed != 1:
            raise BudgetError("This action is not waiting for approval.")
        action.refresh_from_db()
        verb = "Approved" if approve else "Rejected"
        currency = action.case.organization.currency
        text = f"{verb}: {action.get_kind_display()}, {money(action.amount, currency)}."
        if note.strip():
            text += f" {note.strip()}"
        add_event(
            action.case,
            CaseEvent.Kind.APPROVAL,
            text,
            by=by,
            at=now,
            data={"action": str(action.code), "approval": status},
        )
    return action


def pending_for(member: Membership):
    """Actions waiting for a decision this member may take."""
    lower = [role for role, rank in ROLE_RANK.items() if rank < ROLE_RANK.get(member.role, -1)]
    return (
        RecoveryAction.objects.for_member(member)
        .filter(approval=RecoveryAction.Approval.PENDING, by_role__in=lower)
        .select_related("case", "case__location", "by__user")
        .order_by("at", "pk")
    )


def budget_use(actions, *, since: date, until: date) -> list[dict]:
    """Money spent per member, location and month in [since, until]: one GROUP BY."""
    return list(
        actions.filter(approval__in=RecoveryAction.SPENT, day__gte=since, day__lte=until)
        .annotate(month=TruncMonth("day"))
        .values("month", "by", "by__user__email", "by_role", "case__location__name")
        .annotate(
            spent=Sum("amount"),
            actions=Count("pk"),
            approved=Count("pk", filter=Q(approval=RecoveryAction.Approval.APPROVED)),
        )
        .order_by("-month", "case__location__name", "by__user__email")
    )


def use_of(member: Membership, *, since: date, until: date, location=None) -> list[dict]:
    """The budget-use page's rows: money spent per member, location and month of the
    member's actions in [since, until] (at `location` when given), each with the
    spender's role's monthly cap now (None for a role without a budget: owners)."""
    actions = RecoveryAction.objects.for_member(member)
    if location is not None:
        actions = actions.filter(case__location=location)
    caps = {
        b.role: b.monthly_cap
        for b in EmpowermentBudget.objects.filter(organization_id=member.organization_id)
    }
    return [
        {**row, "cap": caps.get(row["by_role"])}
        for row in budget_use(actions, since=since, until=until)
    ]


def limits_of(organization: Organization) -> list[tuple[str, Decimal, Decimal]]:
    """Each role of the chain with its amount per customer per day and its monthly cap
    (zero for a role without a budget: it may spend nothing without asking)."""
    known = {b.role: b for b in EmpowermentBudget.objects.filter(organization=organization)}
    return [
        (
            str(role),
            known[role].per_customer_per_day if role in known else ZERO,
            known[role].monthly_cap if role in known else ZERO,
        )
        for role in CHAIN
    ]


def save_limits(organization: Organization, amounts: dict[str, Decimal]) -> None:
    """Store each role's two amounts, as `BudgetsForm` cleans them
    (`<role>_per_day`, `<role>_monthly` for every role of the chain), all or nothing."""
    with transaction.atomic():
        for role in CHAIN:
            EmpowermentBudget.objects.update_or_create(
                organization=organization,
                role=role,
                defaults={
                    "per_customer_per_day": amounts[f"{role}_per_day"],
                    "monthly_cap": amounts[f"{role}_monthly"],
                },
            )
