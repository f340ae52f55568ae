"""Six months of demo audits for Harbour & Hearth Restaurants.

Mystery shops (by the shopper), observations (supervisors' spot checks) and
self-assessments (managers and staff) at every location. A behaviour passes with the
probability `SERVICE_QUALITY[location][p]`, nudged per behaviour and drifting over the
months (Station Square is getting better, Harbour Front worse), so each location has
its own trend and its own most-failed behaviours. Self-assessments pass more often, by
`SELF_ASSESSMENT_OPTIMISM`: the team believes it serves better than outsiders see.
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
from servicegap.core.demo import SELF_ASSESSMENT_OPTIMISM, SERVICE_QUALITY, DemoContext
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
# Audits per location per month, by kind.
PER_MONTH = {Kind.MYSTERY_SHOP: 2.5, Kind.OBSERVATION: 3, Kind.SELF_ASSESSMENT: 2}
# Which template each kind uses, with weights.
TEMPLATE_MIX = {
    Kind.MYSTERY_SHOP: {
        "Dinner visit": 6,
        "Phone order": 2,
        "Delivery order": 1,
        "Online gift order": 1,
    },
    Kind.OBSERVATION: {"Dinner visit": 4, "Phone order": 1},
    Kind.SELF_ASSESSMENT: {"Dinner visit": 3, "Phone order": 1, "Delivery order": 1},
}
# Change of every pass probability per month, relative to the middle of the period.
DRIFT = {"Station Square": 0.035, "Harbour Front": -0.025}
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
    for location in context.locations:
        for kind, per_month in PER_MONTH.items():
            for when in _dates(context, rng, per_month):
                template = templates[_pick(rng, TEMPLATE_MIX[kind])]
                plan = _plan(context, location, kind, template, when, difficulty)
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
            organization=context.organization, name=name, channel=channel
        )
        template.behaviours.set(chosen)
        made[name] = template
        _CHOSEN[template.pk] = chosen
    return made


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _dates(context: DemoContext, rng: random.Random, per_month: float) -> list[datetime]:
    """Moments spread over the last six months, at opening hours, in the org's time zone."""
    tz = context.organization.tz
    days = MONTHS * 30
    count = round(per_month * MONTHS)
    moments = []
    for index in range(count):
        # One in each slot, jittered, so every month has some.
        start = days * index / count
        offset = int(start + rng.uniform(0, days / count))
        day = context.today - timedelta(days=days - offset)
        if day >= context.today:
            day = context.today - timedelta(days=1)
        hour = rng.choice([11, 12, 12, 13, 18, 19, 19, 20, 21])
        moments.append(datetime.combine(day, time(hour, rng.randrange(0, 60, 5)), tzinfo=tz))
    return moments


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


def _chance(context, location, p, kind, when: datetime, behaviour, difficulty) -> float:
    base = SERVICE_QUALITY.get(location.name, {}).get(p, 0.8)
    months_from_middle = ((context.today - when.date()).days / -30) + MONTHS / 2
    chance = base + difficulty[behaviour.pk] + DRIFT.get(location.name, 0) * months_from_middle
    if kind == Kind.SELF_ASSESSMENT:
        chance += SELF_ASSESSMENT_OPTIMISM
    if behaviour.is_critical:
        chance = 1 - (1 - chance) * CRITICAL_CARE
    return min(max(chance, 0.05), 0.99)


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
        submitted_at=when + duration + timedelta(minutes=rng.randint(5, 240)),
    )
    if kind == Kind.MYSTERY_SHOP and template.channel == Channel.VISIT:
        _checkin(rng, audit, location)
    answers = []
    for position, behaviour in enumerate(_CHOSEN[template.pk]):
        answer = workflow.snapshot_answer(audit, behaviour, position)
        answer.is_counted = True
        answer.answered_at = audit.ended_at
        if not behaviour.is_critical and rng.random() < NOT_APPLICABLE:
            answer.result = Result.NA
        else:
            chance = _chance(
                context, location, behaviour.standard.p, kind, when, behaviour, difficulty
            )
            passed = rng.random() < chance
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
    Dispute.objects.create(
        organization=context.organization,
        answer=answer,
        reason="I was on the floor that evening and saw this done; please check your notes.",
        raised_by=manager.user,
        raised_at=plan.audit.submitted_at + timedelta(days=1),
    )
    AuditEvent.objects.create(
        organization=context.organization,
        audit=plan.audit,
        answer=answer,
        action=AuditEvent.Action.DISPUTED,
        detail="I was on the floor that evening and saw this done; please check your notes.",
        by=manager.user,
        at=plan.audit.submitted_at + timedelta(days=1),
    )
    return 1
