"""Six months of demo audits for Harbour & Hearth Restaurants.

Mystery shops (by the shopper), observations (supervisors' spot checks) and
self-assessments (managers and staff) at every location. A behaviour passes with the
story's chance (`core.demo.chance`: the location, P, step and day, through the eyes of
an outsider or of the team itself), nudged per behaviour, so each location has its own
trend and its own most-failed behaviours. Self-assessments pass more often: the team
believes it serves better than outsiders see.

Each 90-day half of the six months gets the same number of audits of each kind and the
same mix of templates, and the answers of one audit are drawn with stratified random
numbers, so the story's numbers show through the noise of a small demo: every default
period has enough audits, and Riverside's month-by-month rise is visible. Harbour Front
audits its flower and gift orders only since that service started.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from servicegap.audits import scoring, workflow
from servicegap.audits.models import (
    Assignment,
    Audit,
    AuditAnswer,
    AuditEvent,
    AuditTemplate,
    Channel,
    Dispute,
    Kind,
    Result,
    month_of,
)
from servicegap.core.demo import (
    BELIEVED,
    HALF,
    NEW_SERVICE,
    OBSERVED,
    WEAK_SPOT,
    DemoContext,
    chance,
)
from servicegap.core.models import Location, Role
from servicegap.standards.models import Behaviour

MONTHS = 6
# Template name, channel, journey steps it checks (by name).
TEMPLATES = [
    (
        "Dinner visit",
        Channel.VISIT,
        ["Greeting", "Seating", "Ordering", "Serving", "Payment", "Complaint handling", "Farewell"],
    ),
    ("Phone order", Channel.PHONE, ["Phone order", "Flower and gift orders"]),
    ("Delivery order", Channel.DELIVERY, ["Phone order", "Delivery", "Payment"]),
    ("Online gift order", Channel.ONLINE, ["Flower and gift orders", "Payment", "Delivery"]),
]
# Audits per location in each 90-day half of the six months, by kind and template.
HALF_MIX = {
    Kind.MYSTERY_SHOP: {
        "Dinner visit": 5,
        "Phone order": 2,
        "Delivery order": 1,
        "Online gift order": 1,
    },
    Kind.OBSERVATION: {"Dinner visit": 6, "Phone order": 2, "Delivery order": 1},
    Kind.SELF_ASSESSMENT: {"Dinner visit": 6, "Phone order": 1, "Delivery order": 2},
}
# The template used instead of one that checks a service its location did not offer yet.
INSTEAD = "Delivery order"
# The first audits of the new service, by kind: days before today.
NEW_SERVICE_AUDITS = [(Kind.SELF_ASSESSMENT, 30), (Kind.MYSTERY_SHOP, 16)]
NEW_SERVICE_TEMPLATE = "Online gift order"
NOT_APPLICABLE = 0.05
# Teams know which behaviours are critical: those fail this much less often.
CRITICAL_CARE = 0.35
# The behaviours of each demo template, in order, without asking the database again.
_CHOSEN: dict[int, list[Behaviour]] = {}


@dataclass
class _Plan:
    audit: Audit
    answers: list[AuditAnswer]


def seed(context: DemoContext) -> list[str]:
    """Templates, six months of audits of all three kinds, open assignments, a dispute."""
    if not context.behaviours:
        return ["Audits: no behaviours on the service card, nothing to audit"]
    rng = context.rng
    templates = _templates(context)
    difficulty = {b.pk: rng.uniform(-0.08, 0.08) for b in context.behaviours}
    plans: list[_Plan] = []
    assignments: list[Assignment] = []
    for location, kind, template, when in _schedule(context, rng):
        plan = _plan(context, location, kind, templates[template], when, difficulty)
        if kind == Kind.MYSTERY_SHOP:
            assignment = _assignment_for(context, plan.audit, when.date())
            assignments.append(assignment)
            plan.audit.assignment = assignment
        plans.append(plan)
    Assignment.objects.bulk_create(assignments)
    for plan in plans:
        if plan.audit.assignment is not None:
            plan.audit.assignment_id = plan.audit.assignment.pk
    Audit.objects.bulk_create([plan.audit for plan in plans])
    answers = [answer for plan in plans for answer in plan.answers]
    for plan in plans:
        for answer in plan.answers:
            answer.audit_id = plan.audit.pk
    AuditAnswer.objects.bulk_create(answers, batch_size=1000)
    AuditEvent.objects.bulk_create(_events(plans), batch_size=1000)
    open_count = _open_assignments(context, templates)
    _in_progress(context, templates)
    disputed = _dispute(context, plans)
    counts = {kind: sum(1 for p in plans if p.audit.kind == kind) for kind in Kind}
    return [
        f"Audits: {len(templates)} templates; over {MONTHS} months "
        f"{counts[Kind.MYSTERY_SHOP]} mystery shops, {counts[Kind.OBSERVATION]} observations, "
        f"{counts[Kind.SELF_ASSESSMENT]} self-assessments ({len(answers)} answers)",
        f"Audits: {open_count} open mystery-shop assignments for {_login(context, Role.SHOPPER)}, "
        f"{disputed} disputed answer waiting for the owner or the shopper",
    ]


def _login(context: DemoContext, role: str) -> str:
    return context.members[role].user.email


def _templates(context: DemoContext) -> dict[str, AuditTemplate]:
    by_step: dict[str, list[Behaviour]] = {}
    for behaviour in context.behaviours:
        by_step.setdefault(behaviour.standard.step.name, []).append(behaviour)
    made = {}
    for name, channel, steps in TEMPLATES:
        chosen = [b for step in steps for b in by_step.get(step, [])] or list(context.behaviours)
        template = AuditTemplate.objects.create(
            organization=context.organization,
            name=name,
            channel=channel,
            # a dinner visit takes half an hour; a call or an order a few minutes
            min_visit_minutes=30 if channel == Channel.VISIT else 5,
        )
        template.behaviours.set(chosen)
        made[name] = template
        _CHOSEN[template.pk] = chosen
    return made


def _schedule(context: DemoContext, rng: random.Random):
    """(location, kind, template name, moment) of every demo audit, oldest half first."""
    offered = {name: steps for name, _channel, steps in TEMPLATES}
    for location in context.locations:
        for kind, mix in HALF_MIX.items():
            for half in (1, 0):  # the half 90–179 days ago, then the last 90 days
                deck = [name for name, count in mix.items() for _ in range(count)]
                rng.shuffle(deck)
                days_ago = _days_ago(rng, half, len(deck))
                for name, ago in zip(deck, days_ago, strict=True):
                    if location.name == NEW_SERVICE[0] and NEW_SERVICE[2] in offered[name]:
                        name = INSTEAD
                    yield location, kind, name, _moment(context, rng, ago)
        if location.name == NEW_SERVICE[0]:
            for kind, ago in NEW_SERVICE_AUDITS:
                yield location, kind, NEW_SERVICE_TEMPLATE, _moment(context, rng, ago)


def _days_ago(rng: random.Random, half: int, count: int) -> list[int]:
    """`count` days of one 90-day half (0: the last 90 days, today excluded; 1: the 90
    before), one in each of `count` equal slots, jittered, so every month has some."""
    days = []
    for index in range(count):
        offset = int(HALF * index / count + rng.uniform(0, HALF / count))
        days.append(max(1, HALF * (half + 1) - 1 - offset))
    return days


def _moment(context: DemoContext, rng: random.Random, days_ago: int) -> datetime:
    """A moment at opening hours `days_ago` days before today, in the org's time zone."""
    day = context.today - timedelta(days=days_ago)
    hour = rng.choice([11, 12, 12, 13, 18, 19, 19, 20, 21])
    return datetime.combine(
        day, time(hour, rng.randrange(0, 60, 5)), tzinfo=context.organization.tz
    )


def _performer(context: DemoContext, location: Location, kind: str, rng: random.Random):
    """Who does it: the shopper, or someone of the location's team who can see it."""
    members = context.members
    if kind == Kind.MYSTERY_SHOP:
        return members[Role.SHOPPER].user
    in_centre = location.region_id in _manager_regions(context)
    is_first = location.pk == context.locations[0].pk
    if kind == Kind.OBSERVATION:
        if is_first:
            return members[Role.SUPERVISOR].user
        return members[Role.MANAGER if in_centre else Role.EXECUTIVE].user
    if is_first:
        return members[rng.choice([Role.STAFF, Role.MANAGER])].user
    return members[Role.MANAGER if in_centre else Role.EXECUTIVE].user


def _manager_regions(context: DemoContext) -> set[int]:
    member = context.members[Role.MANAGER]
    if not hasattr(member, "_demo_regions"):
        member._demo_regions = set(member.regions.values_list("pk", flat=True))
    return member._demo_regions


def _chance(context, location, kind, when: datetime, behaviour, difficulty) -> float:
    lens = BELIEVED if kind == Kind.SELF_ASSESSMENT else OBSERVED
    standard = behaviour.standard
    day = when.astimezone(context.organization.tz).date()
    cell = (location.name, standard.p, standard.step.name)
    value = chance(lens, *cell, day, context.today)
    if lens == BELIEVED and cell in (WEAK_SPOT, NEW_SERVICE):
        return value  # a blind spot: the team ticks it whatever happens
    # A team sees its hardest behaviours less clearly than an outsider does.
    value += difficulty[behaviour.pk] * (0.5 if lens == BELIEVED else 1)
    # Teams take care of critical behaviours, except where the story's weak spot is.
    if behaviour.is_critical and cell != WEAK_SPOT:
        value = 1 - (1 - value) * CRITICAL_CARE
    return min(max(value, 0.05), 0.99)


def _measure(rng: random.Random, behaviour: Behaviour, passed: bool) -> Decimal:
    """A measured value on the right side of the target, e.g. 2 rings for "at most 3"."""
    target = float(behaviour.target_value)
    at_most = behaviour.target_comparison == Behaviour.Comparison.AT_MOST
    low, high = (target * 0.3, target) if at_most == passed else (target * 1.05, target * 2.5)
    if not at_most and not passed:
        low, high = target * 0.3, target * 0.95
    value = Decimal(str(round(rng.uniform(low, high), 0 if target >= 3 else 1)))
    wanted = Result.PASS if passed else Result.FAIL
    comparison, target_value = behaviour.target_comparison, behaviour.target_value
    if scoring.result_for_measure(comparison, target_value, value) != wanted:
        step = Decimal(1) if (at_most != passed) else Decimal(-1)
        value = target_value if passed else target_value + step
    return max(value, Decimal(0))


def _plan(context, location, kind, template, when: datetime, difficulty) -> _Plan:
    rng = context.rng
    performer = _performer(context, location, kind, rng)
    duration = timedelta(
        minutes=rng.randint(25, 95) if template.channel == Channel.VISIT else rng.randint(4, 20)
    )
    submitted = when + duration + timedelta(minutes=rng.randint(5, 240))
    audit = Audit(
        organization=context.organization,
        kind=kind,
        location=location,
        template=template,
        channel=template.channel,
        performed_by=performer,
        performed_at=when,
        performed_month=month_of(when, context.organization.tz),
        status=Audit.Status.SUBMITTED,
        started_at=when,
        ended_at=when + duration,
        submitted_at=max(when + duration, min(submitted, context.now())),
    )
    if kind == Kind.MYSTERY_SHOP and template.channel == Channel.VISIT:
        _checkin(rng, audit, location)
    answers = []
    chosen = _CHOSEN[template.pk]
    # Stratified: one random number in each of len(chosen) equal slices of [0, 1), in a
    # random order, so an audit's passes stay close to the sum of its chances.
    slices = list(range(len(chosen)))
    rng.shuffle(slices)
    for position, behaviour in enumerate(chosen):
        answer = workflow.snapshot_answer(audit, behaviour, position)
        answer.is_counted = True
        answer.answered_at = audit.ended_at
        draw = (slices[position] + rng.random()) / len(chosen)
        if not behaviour.is_critical and rng.random() < NOT_APPLICABLE:
            answer.result = Result.NA
        else:
            passed = draw < _chance(context, location, kind, when, behaviour, difficulty)
            answer.result = Result.PASS if passed else Result.FAIL
            if behaviour.is_measured:
                answer.measured_value = _measure(rng, behaviour, passed)
        answers.append(answer)
    scoring.apply_score(audit, scoring.score_answers(answers))
    return _Plan(audit, answers)


def _checkin(rng: random.Random, audit: Audit, location: Location) -> None:
    if location.latitude is None or rng.random() < 0.15:  # some shoppers decline
        return
    far = rng.random() < 0.04
    metres = rng.uniform(1500, 3000) if far else rng.uniform(5, 120)
    bearing_lat, bearing_lon = rng.uniform(-1, 1), rng.uniform(-1, 1)
    norm = max((bearing_lat**2 + bearing_lon**2) ** 0.5, 0.01)
    degrees = metres / 111_320
    audit.checkin_latitude = (
        location.latitude + Decimal(str(round(degrees * bearing_lat / norm, 6)))
    ).quantize(Decimal("0.000001"))
    audit.checkin_longitude = (
        location.longitude + Decimal(str(round(degrees * 1.5 * bearing_lon / norm, 6)))
    ).quantize(Decimal("0.000001"))
    audit.checkin_accuracy_m = rng.randint(8, 45)
    audit.checkin_distance_m = round(
        workflow.haversine_m(
            float(audit.checkin_latitude),
            float(audit.checkin_longitude),
            float(location.latitude),
            float(location.longitude),
        )
    )


def _assignment_for(context: DemoContext, audit: Audit, day: date) -> Assignment:
    return Assignment(
        organization=context.organization,
        location=audit.location,
        template=audit.template,
        shopper=context.members[Role.SHOPPER],
        window_start=day - timedelta(days=context.rng.randint(2, 7)),
        window_end=day + timedelta(days=context.rng.randint(1, 7)),
        created_by=context.members[Role.OWNER].user,
    )


def _events(plans: list[_Plan]) -> list[AuditEvent]:
    events = []
    for plan in plans:
        audit = plan.audit
        base = {
            "organization_id": audit.organization_id,
            "audit_id": audit.pk,
            "by": audit.performed_by,
        }
        events.append(AuditEvent(action=AuditEvent.Action.STARTED, at=audit.started_at, **base))
        if audit.checkin_distance_m is not None:
            events.append(
                AuditEvent(
                    action=AuditEvent.Action.CHECKED_IN,
                    at=audit.started_at,
                    detail=f"{audit.checkin_distance_m} m from the location",
                    **base,
                )
            )
        events.append(AuditEvent(action=AuditEvent.Action.ENDED, at=audit.ended_at, **base))
        events.append(
            AuditEvent(
                action=AuditEvent.Action.SUBMITTED,
                at=audit.submitted_at,
                detail="—" if audit.score is None else str(audit.score),
                **base,
            )
        )
    return events


def _open_assignments(context: DemoContext, templates: dict[str, AuditTemplate]) -> int:
    today = context.today
    shopper = context.members[Role.SHOPPER]
    windows = [(0, 10, "Dinner visit"), (2, 16, "Phone order"), (-3, 4, "Delivery order")]
    made = []
    for location, (start, end, name) in zip(context.locations, windows, strict=False):
        made.append(
            Assignment(
                organization=context.organization,
                location=location,
                template=templates[name],
                shopper=shopper,
                window_start=today + timedelta(days=start),
                window_end=today + timedelta(days=end),
                instructions=(
                    "Ask whether we deliver to your street tonight, and when."
                    if name != "Dinner visit"
                    else "Book for two; mention you are celebrating, without saying what."
                ),
                created_by=context.members[Role.MANAGER].user,
            )
        )
    Assignment.objects.bulk_create(made)
    return len(made)


def _in_progress(context: DemoContext, templates: dict[str, AuditTemplate]) -> None:
    """A staff self-assessment left as a draft, half filled in."""
    staff = context.members[Role.STAFF]
    audit = workflow.start_audit(
        kind=Kind.SELF_ASSESSMENT,
        location=context.locations[0],
        template=templates["Dinner visit"],
        by=staff,
    )
    first = list(audit.answers.order_by("position")[:5])
    for answer in first:
        answer.result = Result.PASS
    AuditAnswer.objects.bulk_update(first, ["result"])


def _dispute(context: DemoContext, plans: list[_Plan]) -> int:
    """The manager disputes a failed answer of the latest mystery shop in their region."""
    manager = context.members[Role.MANAGER]
    candidates = [
        p
        for p in plans
        if p.audit.kind == Kind.MYSTERY_SHOP
        and p.audit.location.region_id in _manager_regions(context)
        and any(a.result == Result.FAIL for a in p.answers)
    ]
    if not candidates:
        return 0
    plan = max(candidates, key=lambda p: p.audit.performed_at)
    answer = next(a for a in plan.answers if a.result == Result.FAIL)
    # The next day, or now when that is sooner.
    submitted = plan.audit.submitted_at
    raised_at = max(submitted, min(submitted + timedelta(days=1), context.now()))
    Dispute.objects.create(
        organization=context.organization,
        answer=answer,
        reason="I was on the floor that evening and saw this done; please check your notes.",
        raised_by=manager.user,
        raised_at=raised_at,
    )
    AuditEvent.objects.create(
        organization=context.organization,
        audit=plan.audit,
        answer=answer,
        action=AuditEvent.Action.DISPUTED,
        detail="I was on the floor that evening and saw this done; please check your notes.",
        by=manager.user,
        at=raised_at,
    )
    return 1
