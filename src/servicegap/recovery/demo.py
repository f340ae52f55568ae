"""The demo's service recovery: budgets, deadlines and cases in every status.

A few stories are written out below; about forty more cases follow the demo's story
(`THEMES`): most of them about Station Square's bill, then Harbour Front's curt staff,
Riverside's kitchen (mostly months ago: it is getting better) and Harbour Front's new
flower orders, so that recovery outcomes rest on real counts and the root causes match
the worst cells of the value-distance dashboard. Where the feedback demo ran, a case
answers a real unhappy response of that location and step.

Every case is told through the same workflow functions the pages use (`cases`,
`budgets`, `escalation`), at times before the demo's present (`DemoContext.now`), each
step after the one before, so a history reads as it would have happened: a case whose
next step would fall after the present stays where it is. Escalations are recorded
without e-mail.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal

from servicegap.core.demo import NEW_SERVICE_DAYS, DemoContext
from servicegap.core.models import Location, Membership, P, Role
from servicegap.recovery import budgets, cases, escalation
from servicegap.recovery.models import (
    Case,
    CaseEvent,
    EmpowermentBudget,
    FollowUp,
    RecoverySettings,
)

S = Case.Status
BUDGETS = {
    Role.STAFF: ("40.00", "250.00"),
    Role.SUPERVISOR: ("120.00", "600.00"),
    Role.MANAGER: ("400.00", "3000.00"),
    Role.EXECUTIVE: ("1500.00", "10000.00"),
}


class Story:
    """Helpers to tell one case at times counted from a start; a story that would last
    past the demo's present (`span` hours) starts earlier."""

    def __init__(
        self, context: DemoContext, days_ago: int, hour: int = 12, span: float = 0
    ) -> None:
        tz = context.organization.tz
        start = datetime.combine(context.today - timedelta(days=days_ago), time(hour), tz)
        self.start = min(start, context.now() - timedelta(hours=span))

    def at(self, hours: float) -> datetime:
        return self.start + timedelta(hours=hours)


def seed(context: DemoContext) -> list[str]:
    """Deadlines, budgets per role, the written stories (every status) and the cases of
    the story's themes."""
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
    made += _themed_cases(context)
    made += _written_to_the_top(context)
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
        now=s.at(2.5),
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
        now=s.at(1),
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
        now=s.at(22),
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
    s = Story(context, 0, 8, span=1)
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
        step=context.journey_steps["Delivery"], by=manager, now=s.at(3.8),
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
        now=s.at(2.5),
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


# Cases of the story's themes ------------------------------------------------------------


@dataclass(frozen=True)
class Theme:
    """Cases of one root cause: where, which P and steps, how many, and what they say."""

    location: str
    p: str
    steps: tuple[str, ...]
    count: int
    # Days before today the cases were opened in: (from, to), and the share in each range.
    periods: tuple[tuple[int, int, float], ...]
    summaries: tuple[str, ...]
    causes: tuple[str, ...]
    actions: tuple[tuple[str, str, str], ...]  # kind, amount, note
    severity: str = "medium"


THEMES = [
    Theme(
        "Station Square", P.PROCESS, ("Payment",), 13, ((1, 178, 1.0),),
        summaries=(
            "Waited over twenty minutes for the bill after asking twice",
            "Bill had two glasses of wine the table never ordered",
            "Card machine down at the end of lunch; guests had to find cash",
            "Charged for a second main course that was sent back",
            "Group bill split wrongly; two guests paid for the same dishes",
        ),
        causes=(
            "One card machine for the whole floor, and it is kept at the bar.",
            "Tabs are opened per table number and two tables shared a number that evening.",
            "Nobody checks the bill against the order before it goes to the table.",
            "The lunch rush leaves one server for twelve tables at bill time.",
        ),
        actions=(
            ("discount", "15.00", "Took the wrong items off and 10% off the rest."),
            ("refund", "18.50", "Refunded the items charged in error."),
            ("complimentary", "9.00", "Coffees on the house while the bill was put right."),
        ),
    ),
    Theme(
        "Station Square", P.PROCESS, ("Serving", "Ordering"), 4, ((1, 178, 1.0),),
        summaries=(
            "Mains came forty minutes after ordering, at a business lunch",
            "Order taken a quarter of an hour after sitting down",
        ),
        causes=(
            "Two cooks on the line instead of three; tickets piled up.",
            "Sections were not assigned at the start of the shift.",
        ),
        actions=(("complimentary", "12.00", "Desserts on the house."),),
    ),
    Theme(
        "Harbour Front", P.PEOPLE, ("Greeting", "Serving", "Seating"), 8, ((1, 178, 1.0),),
        summaries=(
            "Guests stood at the door for five minutes; nobody looked up",
            "Server snapped at a guest who asked about allergens",
            "Staff chatted at the bar while a table waited to order",
            "Family asked to move tables in an offhand way",
        ),
        causes=(
            "The host stand is empty on weekday evenings.",
            "A new server had not been shown how to answer allergen questions.",
            "No one on the floor is responsible for watching the door.",
        ),
        actions=(
            ("apology", "0", "The manager apologised in person."),
            ("complimentary", "14.00", "A round of drinks on the house."),
        ),
    ),
    Theme(
        "Riverside", P.PRODUCT, ("Serving",), 8, ((95, 178, 0.75), (5, 94, 0.25)),
        summaries=(
            "Fish overcooked and sent back twice",
            "Soup served lukewarm",
            "Steak well done when rare was asked for",
        ),
        causes=(
            "The grill's thermostat was faulty; the kitchen worked around it.",
            "Dishes waited at the pass with no heat lamp.",
            "No one tasted the dishes before they left the kitchen.",
        ),
        actions=(
            ("remake", "22.00", "Cooked again, and not charged."),
            ("refund", "19.00", "The dish taken off the bill."),
        ),
    ),
    Theme(
        "Old Town", P.PROCESS, ("Seating", "Ordering"), 3, ((1, 178, 1.0),),
        summaries=("Booked table not ready; the party waited at the bar",),
        causes=("The booking book and the floor plan did not agree.",),
        actions=(("complimentary", "16.00", "Drinks while they waited."),),
        severity="low",
    ),
    Theme(
        "Harbour Front", P.PRODUCT, ("Flower and gift orders",), 2,
        ((2, NEW_SERVICE_DAYS - 2, 1.0),),
        summaries=("Gift hamper arrived with wilted flowers and items missing",),
        causes=("The new gift orders were packed the evening before, without a checklist.",),
        actions=(("remake", "35.00", "A new hamper delivered the next morning."),),
        severity="high",
    ),
]  # fmt: skip
# How customers were reached when no feedback response fits a case.
SOURCES = (Case.Source.PHONE, Case.Source.WALK_IN, Case.Source.STAFF)
# Follow-up outcomes and their shares; the rest are unknown.
OUTCOMES = [(FollowUp.Outcome.RETAINED, 0.7), (FollowUp.Outcome.LOST, 0.15)]


@dataclass
class _Cast:
    """Who opens and handles the cases of one location."""

    opener: Membership
    handler: Membership


def _cast(context: DemoContext, location: Location) -> _Cast:
    m = context.members
    if location.pk == context.locations[0].pk:
        return _Cast(opener=m[Role.STAFF], handler=m[Role.SUPERVISOR])
    manager = m[Role.MANAGER]
    if manager.regions.filter(pk=location.region_id).exists():
        return _Cast(opener=manager, handler=manager)
    return _Cast(opener=m[Role.EXECUTIVE], handler=m[Role.EXECUTIVE])


def _themed_cases(context: DemoContext) -> list[Case]:
    """The cases of every theme, each answering an unhappy response where one fits."""
    rng = context.rng
    responses = _unhappy_responses(context)
    used: set[int] = set()
    made = []
    for theme in THEMES:
        location = next((x for x in context.locations if x.name == theme.location), None)
        if location is None:
            continue
        cast = _cast(context, location)
        for index, days_ago in enumerate(_days(rng, theme)):
            step = context.journey_steps[theme.steps[index % len(theme.steps)]]
            response = _matching(responses, used, location, theme.p, step, days_ago, context)
            made.append(_tell(context, rng, theme, index, location, step, cast, response, days_ago))
    return made


def _days(rng: random.Random, theme: Theme) -> list[int]:
    """Days before today the theme's cases were opened, oldest first."""
    days = []
    for first, last, share in theme.periods:
        count = round(theme.count * share)
        days += [rng.randint(first, last) for _ in range(count)]
    return sorted(days, reverse=True)


def _written_to_the_top(context: DemoContext) -> list[Case]:
    """The most recent unhappy customer with a contact (older than 20 hours) asked for the
    owner to hear of it: a case at the top of the ladder, waiting for the owner's
    acknowledgement."""
    from servicegap.feedback.models import Response

    taken = Case.objects.filter(organization=context.organization).exclude(response=None)
    response = (
        Response.objects.filter(organization=context.organization, spam=False, nps__lte=4)
        .filter(contact_consent=True)
        .exclude(comment="")
        .exclude(pk__in=taken.values("response_id"))
        .filter(submitted_at__lt=context.now() - timedelta(hours=20))
        .order_by("-submitted_at", "-pk")
        .first()
    )
    if response is None:
        return []
    Response.objects.filter(pk=response.pk).update(to_the_top=True)
    response.to_the_top = True
    case = cases.open_case_to_the_top(response, now=response.submitted_at + timedelta(minutes=5))
    return [case] if case is not None else []


def _unhappy_responses(context: DemoContext) -> list:
    from servicegap.feedback.models import Response

    return list(
        Response.objects.filter(organization=context.organization, spam=False, nps__lte=6)
        .exclude(comment="")
        .order_by("submitted_at", "pk")
    )


def _matching(responses, used, location, p, step, days_ago: int, context: DemoContext):
    """An unused unhappy response of that location and step (or P), near that day."""
    day = context.today - timedelta(days=days_ago)
    tz = context.organization.tz
    best = None
    for response in responses:
        if response.pk in used or response.location_id != location.pk:
            continue
        rating = getattr(response, p)
        if response.step_id not in (step.pk, None) or rating is None or rating > 2:
            continue
        distance = abs((response.submitted_at.astimezone(tz).date() - day).days)
        if distance <= 6 and (best is None or distance < best[0]):
            best = (distance, response)
    if best is None:
        return None
    used.add(best[1].pk)
    return best[1]


def _tell(context, rng, theme: Theme, index: int, location, step, cast: _Cast, response, days_ago):
    """Open one case and take it as far as the demo's present allows."""
    now = context.now()
    if response is not None:
        opened = response.submitted_at + timedelta(hours=rng.uniform(1, 20))
    else:
        day = context.today - timedelta(days=days_ago)
        opened = datetime.combine(day, time(rng.randint(12, 21), rng.randrange(0, 60, 5)))
        opened = opened.replace(tzinfo=context.organization.tz)
    opened = min(opened, now - timedelta(minutes=30))
    summary = theme.summaries[index % len(theme.summaries)]
    if response is not None:  # as a case opened from the response's page would say
        sent = response.submitted_at.astimezone(context.organization.tz)
        summary = f"Feedback from {sent.day} {sent:%b %Y}: {response.nps}/10 would recommend"
    case = cases.open_case(
        organization=context.organization,
        location=location,
        source=Case.Source.FEEDBACK if response else rng.choice(list(SOURCES)),
        severity=theme.severity,
        summary=summary,
        description=response.comment if response else "",
        by=cast.opener,
        customer=response.customer if response else None,
        response=response,
        assignee=cast.handler,
        now=opened,
    )
    _go_on(context, rng, case, theme, index, step, cast.handler, opened, now)
    return case


def _go_on(context, rng, case: Case, theme: Theme, index, step, by, at: datetime, now) -> None:
    """The case's next steps, each after the last, while they fall before `now`."""
    ack_after = rng.choice([0.2, 0.5, 1, 2, 3, 6])
    if at + timedelta(hours=ack_after) > case.ack_due_at and case.ack_due_at < now:
        escalation.escalate_case(
            case, now=case.ack_due_at, reason="not acknowledged in time", notify=False
        )
    steps = [
        (ack_after, lambda t: cases.change_status(case, S.ACKNOWLEDGED, by=by, now=t)),
        (rng.uniform(0.3, 3), lambda t: cases.change_status(case, S.INVESTIGATING, by=by, now=t)),
        (rng.uniform(1, 30), lambda t: _inquire(case, theme, index, step, by, t)),
        (rng.uniform(0.2, 2), lambda t: _act(case, theme, index, by, t)),
        (rng.uniform(0.1, 1), lambda t: cases.change_status(case, S.RECOVERED, by=by, now=t)),
    ]
    if case.severity != "low":
        steps.append((rng.uniform(48, 160), lambda t: _follow_up(rng, case, by, t)))
    if rng.random() < 0.85:  # a few are left open, waiting for someone to close them
        steps.append((rng.uniform(2, 72), lambda t: _close(case, by, t)))
    for hours, do in steps:
        if at + timedelta(hours=hours) > now:
            if case.status == S.RECOVERED and case.severity != "low":
                cases.record_follow_up(
                    case, planned_on=(at + timedelta(days=3)).date(), channel="phone",
                    by=by, now=at,
                )  # fmt: skip
            return
        at += timedelta(hours=hours)
        do(at)


def _inquire(case: Case, theme: Theme, index: int, step, by, at: datetime) -> None:
    cause = theme.causes[index % len(theme.causes)]
    cases.record_inquiry(case, what_happened=cause, p=theme.p, step=step, by=by, now=at)


def _act(case: Case, theme: Theme, index: int, by, at: datetime) -> None:
    kind, amount, note = theme.actions[index % len(theme.actions)]
    budgets.record_action(case, kind=kind, amount=amount, by=by, note=note, now=at)


def _follow_up(rng: random.Random, case: Case, by, at: datetime) -> None:
    roll, outcome = rng.random(), FollowUp.Outcome.UNKNOWN
    for choice, share in OUTCOMES:
        if roll < share:
            outcome = choice
            break
        roll -= share
    satisfaction = {FollowUp.Outcome.RETAINED: rng.choice([4, 4, 5, 3])}.get(outcome)
    if outcome == FollowUp.Outcome.LOST:
        satisfaction = rng.choice([1, 2])
    cases.record_follow_up(
        case, planned_on=at.date(), channel=rng.choice(["phone", "email"]), by=by, done=True,
        outcome=outcome, satisfaction=satisfaction, now=at,
    )  # fmt: skip


def _close(case: Case, by, at: datetime) -> None:
    if not cases.missing_for_close(case):
        cases.change_status(case, S.CLOSED, by=by, now=at)
