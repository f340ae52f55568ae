"""The demo's service recovery: budgets, deadlines and cases in every status.

Each story is written out below and told through the same workflow functions the pages
use (`cases`, `budgets`, `escalation`), at fixed times before the demo's today, so the
history reads as it would have happened. Escalations are recorded without e-mail.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal

from servicegap.core.demo import DemoContext
from servicegap.core.models import P, Role
from servicegap.recovery import budgets, cases, escalation
from servicegap.recovery.models import Case, CaseEvent, EmpowermentBudget, RecoverySettings

S = Case.Status
BUDGETS = {
    Role.STAFF: ("40.00", "250.00"),
    Role.SUPERVISOR: ("120.00", "600.00"),
    Role.MANAGER: ("400.00", "3000.00"),
    Role.EXECUTIVE: ("1500.00", "10000.00"),
}


class Story:
    """Helpers to tell one case at times counted from a start."""

    def __init__(self, context: DemoContext, days_ago: int, hour: int = 12) -> None:
        tz = context.organization.tz
        self.start = datetime.combine(context.today - timedelta(days=days_ago), time(hour), tz)

    def at(self, hours: float) -> datetime:
        return self.start + timedelta(hours=hours)


def seed(context: DemoContext) -> list[str]:
    """Deadlines, budgets per role and eight cases covering every status."""
    org = context.organization
    RecoverySettings.objects.create(organization=org)
    for role, (day, month) in BUDGETS.items():
        EmpowermentBudget.objects.create(
            organization=org,
            role=role,
            per_customer_per_day=Decimal(day),
            monthly_cap=Decimal(month),
        )
    made = [story(context) for story in STORIES]
    made += _from_the_save_list(context)
    statuses = sorted({c.status for c in made}, key=S.values.index)
    return [
        f"Recovery: {len(made)} cases ({', '.join(statuses)}), "
        f"{sum(c.escalation_level > 0 for c in made)} escalated, budgets for {len(BUDGETS)} roles"
    ]


def _members(context: DemoContext):
    m = context.members
    return m[Role.OWNER], m[Role.EXECUTIVE], m[Role.MANAGER], m[Role.SUPERVISOR], m[Role.STAFF]


def _location(context: DemoContext, name: str):
    return next(loc for loc in context.locations if loc.name == name)


def _note(case: Case, text: str, by, at: datetime) -> None:
    cases.add_event(case, CaseEvent.Kind.NOTE, text, by=by, at=at)


def call_back_in_twenty_minutes(context: DemoContext) -> Case:
    """A delivery question put off with "call back in 20 minutes": closed, customer kept."""
    owner, _exec, manager, supervisor, staff = _members(context)
    s = Story(context, 40, 19)
    step = context.journey_steps["Phone order"]
    case = cases.open_case(
        organization=context.organization,
        location=_location(context, "Old Town"),
        source=Case.Source.PHONE,
        severity="medium",
        summary="Asked where her delivery was and was told “call back in 20 minutes”",
        description=(
            "The guest rang at 19:05 to ask where her order was (ordered 18:10). The person "
            "on the phone could not see the driver's status and asked her to call back in "
            "20 minutes. She called back; the order arrived at 19:50, cold."
        ),
        by=staff,
        assignee=supervisor,
        now=s.at(0),
    )
    cases.change_status(case, S.ACKNOWLEDGED, by=supervisor, now=s.at(0.5))
    cases.change_status(case, S.INVESTIGATING, by=supervisor, now=s.at(1))
    _note(
        case,
        "The phone screen does not show drivers; staff cannot answer “where is it?”.",
        supervisor,
        s.at(2),
    )
    cases.record_inquiry(
        case,
        what_happened=(
            "Two drivers were off sick and nobody told the front desk, which could not see the "
            "delivery board. The call-back request was the only answer the staff member had."
        ),
        p=P.PROCESS,
        step=step,
        by=supervisor,
    )
    budgets.record_action(
        case,
        kind="apology",
        amount="0",
        by=supervisor,
        note="Called her back within the hour.",
        now=s.at(3),
    )
    budgets.record_action(
        case,
        kind="refund",
        amount="32.00",
        by=supervisor,
        note="The whole order refunded.",
        now=s.at(3.2),
    )
    cases.change_status(case, S.RECOVERED, by=supervisor, now=s.at(3.5))
    cases.record_follow_up(
        case, planned_on=s.at(72).date(), channel="phone", by=supervisor, done=True,
        outcome="retained", satisfaction=4, note="Has ordered twice since.", now=s.at(72),
    )  # fmt: skip
    cases.change_status(
        case, S.CLOSED, by=manager, now=s.at(80), note="Delivery board now shown at the front desk."
    )
    return case


def when_is_the_funeral(context: DemoContext) -> Case:
    """A clerk's insensitive assumption about a regular's flower order: followed up."""
    _owner, _exec, manager, supervisor, staff = _members(context)
    s = Story(context, 12, 11)
    case = cases.open_case(
        organization=context.organization,
        location=_location(context, "Old Town"),
        source=Case.Source.WALK_IN,
        severity="high",
        summary="New clerk asked a regular “when is the funeral?” about her birthday flowers",
        description=(
            "A regular who orders table flowers for her mother's birthday every year was asked "
            "by a new clerk when the funeral was, because she chose white lilies. She left "
            "upset and told the supervisor on her way out."
        ),
        by=supervisor,
        assignee=supervisor,
        now=s.at(0),
    )
    cases.change_status(case, S.ACKNOWLEDGED, by=supervisor, now=s.at(0.2))
    cases.change_status(case, S.INVESTIGATING, by=supervisor, now=s.at(0.5))
    cases.record_inquiry(
        case,
        what_happened=(
            "The clerk was in her first week and had been told that white lilies are for "
            "funerals; nobody had told her to ask what the flowers are for instead."
        ),
        p=P.PEOPLE,
        step=context.journey_steps["Flower and gift orders"],
        by=supervisor,
    )
    budgets.record_action(
        case,
        kind="apology",
        amount="0",
        by=supervisor,
        note="Apologised in person the same day.",
        now=s.at(2),
    )
    action = budgets.record_action(
        case, kind="gift_certificate", amount="150.00", by=supervisor,
        note="Dinner for two on her mother's birthday.", now=s.at(2.5),
    )  # fmt: skip
    budgets.decide(
        action, approve=True, by=manager, note="A guest of twelve years: yes.", now=s.at(4)
    )
    cases.change_status(case, S.RECOVERED, by=supervisor, now=s.at(5))
    cases.record_follow_up(
        case, planned_on=s.at(96).date(), channel="phone", by=supervisor, done=True,
        outcome="retained", satisfaction=5, note="Booked the birthday dinner.", now=s.at(96),
    )  # fmt: skip
    return case


def poor_meal_poor_answer(context: DemoContext) -> Case:
    """A poor meal, then a poor answer from the supervisor on duty: escalated, in inquiry."""
    owner, executive, manager, _supervisor, _staff = _members(context)
    s = Story(context, 4, 20)
    case = cases.open_case(
        organization=context.organization,
        location=_location(context, "Riverside"),
        source=Case.Source.STAFF,
        severity="high",
        summary="Overcooked fish sent back, then the supervisor said “that is how it is cooked”",
        description=(
            "A table of two sent back dry, overcooked sea bass. The supervisor on duty told "
            "them that was how the dish is cooked and offered nothing. One of them wrote to "
            "the restaurant the next morning."
        ),
        by=manager,
        now=s.at(0),
    )
    escalation.escalate_case(
        case, now=s.at(2.5), reason="not acknowledged 0 h 30 min after its deadline", notify=False
    )
    escalation.escalate_case(
        case, now=s.at(5), reason="no answer at the previous level", notify=False
    )
    cases.change_status(case, S.ACKNOWLEDGED, by=owner, now=s.at(14))
    cases.change_status(case, S.INVESTIGATING, by=owner, now=s.at(15))
    _note(
        case,
        "Kitchen says the grill ran hot all evening; the supervisor did not ask the chef.",
        owner,
        s.at(20),
    )
    cases.record_inquiry(
        case,
        what_happened="A grill fault overcooked the fish; the supervisor defended the dish instead of listening.",
        p=P.PRODUCT,
        step=context.journey_steps["Complaint handling"],
        by=owner,
    )
    return case


def wrong_table(context: DemoContext) -> Case:
    """A booking lost at the door: recovered, a staff member's gift waits for approval."""
    _owner, _exec, _manager, _supervisor, staff = _members(context)
    s = Story(context, 2, 13)
    case = cases.open_case(
        organization=context.organization,
        location=_location(context, "Old Town"),
        source=Case.Source.WALK_IN,
        severity="medium",
        summary="Booked table for six given away; the party waited 35 minutes",
        by=staff,
        assignee=staff,
        now=s.at(0),
    )
    cases.change_status(case, S.ACKNOWLEDGED, by=staff, now=s.at(0.1))
    cases.change_status(case, S.INVESTIGATING, by=staff, now=s.at(0.2))
    budgets.record_action(
        case,
        kind="complimentary",
        amount="36.00",
        by=staff,
        note="Drinks for the table.",
        now=s.at(0.5),
    )
    budgets.record_action(
        case, kind="discount", amount="45.00", by=staff, note="15% off the bill.", now=s.at(2)
    )
    cases.change_status(case, S.RECOVERED, by=staff, now=s.at(2.5))
    cases.record_follow_up(
        case, planned_on=s.at(72).date(), channel="email", by=staff, now=s.at(2.6)
    )
    return case


def unanswered_email(context: DemoContext) -> Case:
    """A complaint by e-mail nobody picked up: new, overdue, escalated to the supervisor."""
    _owner, _exec, manager, _supervisor, _staff = _members(context)
    s = Story(context, 1, 9)
    case = cases.open_case(
        organization=context.organization,
        location=_location(context, "Station Square"),
        source=Case.Source.STAFF,
        severity="medium",
        summary="Charged twice for one lunch; nobody answered her e-mail",
        by=manager,
        now=s.at(0),
    )
    escalation.escalate_case(
        case, now=s.at(4.5), reason="not acknowledged 0 h 30 min after its deadline", notify=False
    )
    return case


def cold_coffee(context: DemoContext) -> Case:
    """A small one: acknowledged, low severity."""
    _owner, _exec, _manager, supervisor, staff = _members(context)
    s = Story(context, 0, 8)
    case = cases.open_case(
        organization=context.organization,
        location=_location(context, "Old Town"),
        source=Case.Source.WALK_IN,
        severity="low",
        summary="Takeaway coffee lukewarm, lid not closed",
        by=staff,
        now=s.at(0),
    )
    cases.change_status(case, S.ACKNOWLEDGED, by=supervisor, now=s.at(0.3))
    return case


def refused_refund(context: DemoContext) -> Case:
    """An action above budget that was rejected with a reason; the case is recovered otherwise."""
    _owner, _exec, manager, supervisor, staff = _members(context)
    s = Story(context, 20, 18)
    case = cases.open_case(
        organization=context.organization,
        location=_location(context, "Station Square"),
        source=Case.Source.PHONE,
        severity="low",
        summary="Pizza delivered to the wrong address",
        by=manager,
        now=s.at(0),
    )
    cases.change_status(case, S.ACKNOWLEDGED, by=manager, now=s.at(0.5))
    cases.change_status(case, S.INVESTIGATING, by=manager, now=s.at(0.6))
    action = budgets.record_action(
        case,
        kind="refund",
        amount="450.00",
        by=manager,
        note="Refund the month's orders.",
        now=s.at(1),
    )
    budgets.decide(
        action, approve=False, by=context.members[Role.EXECUTIVE],
        note="A remake and this order refunded are enough.", now=s.at(3),
    )  # fmt: skip
    budgets.record_action(
        case,
        kind="remake",
        amount="24.00",
        by=manager,
        note="Sent again, on the house.",
        now=s.at(3.5),
    )
    cases.record_inquiry(
        case, what_happened="The driver misread the street name.", p=P.PROCESS,
        step=context.journey_steps["Delivery"], by=manager,
    )  # fmt: skip
    cases.change_status(case, S.RECOVERED, by=manager, now=s.at(4))
    cases.change_status(case, S.CLOSED, by=manager, now=s.at(30))
    return case


STORIES = [
    call_back_in_twenty_minutes,
    when_is_the_funeral,
    poor_meal_poor_answer,
    wrong_table,
    unanswered_email,
    cold_coffee,
    refused_refund,
]


def _from_the_save_list(context: DemoContext) -> list[Case]:
    """When the customers demo ran: the most valuable customer at risk gets a case,
    recovered with a gift and a call, and the save-list alert is resolved."""
    from servicegap.customers.models import Alert

    alert = (
        Alert.objects.filter(organization=context.organization)
        .unresolved()
        .filter(customer__home_location__isnull=False)
        .order_by("-value_at_risk", "pk")
        .first()
    )
    if alert is None:
        return []
    owner, _exec, manager, _supervisor, _staff = _members(context)
    s = Story(context, 3, 10)
    from servicegap.customers import moments

    case = cases.open_case(
        organization=context.organization,
        location=alert.customer.home_location,
        source=Case.Source.SAVE_LIST,
        severity="high",
        summary=f"Save {alert.customer}: {alert.get_kind_display().lower()}",
        description=" ".join(str(r.get("text", "")) for r in alert.reasons),
        by=manager,
        customer=alert.customer,
        alert=alert,
        now=s.at(0),
    )
    moments.claim_alert(alert, by=manager)
    cases.change_status(case, S.ACKNOWLEDGED, by=manager, now=s.at(1))
    cases.change_status(case, S.INVESTIGATING, by=manager, now=s.at(2))
    cases.record_inquiry(
        case,
        what_happened="A regular who stopped coming after two slow lunches in a row.",
        p=P.PROCESS,
        step=context.journey_steps["Serving"],
        by=manager,
    )
    budgets.record_action(
        case,
        kind="gift_certificate",
        amount="60.00",
        by=manager,
        note="Lunch for two, with a note from the manager.",
        now=s.at(3),
    )
    cases.change_status(case, S.RECOVERED, by=manager, now=s.at(4))
    cases.record_follow_up(
        case, planned_on=s.at(30).date(), channel="phone", by=manager, done=True,
        outcome="retained", satisfaction=4, now=s.at(30),
    )  # fmt: skip
    cases.change_status(case, S.CLOSED, by=manager, now=s.at(31))
    return [case]
