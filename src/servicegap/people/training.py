"""Training tied to failures: propose the scenarios that cover what fails at a location,
assign them to its staff in one click, and later show the effect.

A behaviour fails *repeatedly* at a location when it failed in at least
`REPEATED_FAILURES` audits and in at least a third of the audits it applied to over the
period (the audits' "what fails most"). A real gap on the value-distance page proposes
training for its step and P. The scenarios proposed are those whose rubric covers the
behaviour; failing those, those of its journey step; failing those, those of its P.

The effect is the behaviour's (else the step's, else the P's) observed pass rate at the
location before and after the training started, against the other locations over the
same windows: a difference in differences (`effects`).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from servicegap.core.models import Location, Membership, P
from servicegap.people import effects
from servicegap.people.models import Scenario, TrainingProposal
from servicegap.people.scenarios import PeopleError, assign_scenario, same_org
from servicegap.standards.models import Behaviour, JourneyStep

REPEATED_FAILURES = 3
FAILURE_PERIOD_DAYS = 90
DUE_IN_DAYS = 14


def failing_behaviours(
    member: Membership, location: Location, now: datetime | None = None
) -> list[dict]:
    """The behaviours that fail repeatedly at `location` over the last 90 days."""
    from servicegap.audits.models import AuditAnswer

    now = now or timezone.now()
    rows = (
        AuditAnswer.objects.for_member(member)
        .filter(location=location, performed_at__gte=now - timedelta(days=FAILURE_PERIOD_DAYS))
        .failure_rates()
    )
    return [r for r in rows if r["failed"] >= REPEATED_FAILURES and 3 * r["failed"] >= r["audits"]]


def covering_scenarios(
    organization_id: int,
    *,
    behaviour: Behaviour | None = None,
    step: JourneyStep | None = None,
    p: str = "",
) -> QuerySet[Scenario]:
    """Active scenarios with a rubric, covering the behaviour, else the step, else the P."""
    scenarios = Scenario.objects.filter(
        organization_id=organization_id, is_active=True, points__is_active=True
    ).distinct()
    if behaviour is not None:
        found = scenarios.filter(points__behaviour=behaviour, points__is_active=True)
        if found.exists():
            return found
        step = step or behaviour.standard.step
        p = p or behaviour.standard.p
    if step is not None:
        found = scenarios.filter(
            Q(step=step) | Q(points__behaviour__standard__step=step, points__is_active=True)
        )
        if found.exists():
            return found
    if p:
        return scenarios.filter(p=p)
    return scenarios.none()


def propose_training(
    *,
    by: Membership,
    location: Location,
    source: str,
    behaviour: Behaviour | None = None,
    step: JourneyStep | None = None,
    p: str = "",
) -> TrainingProposal:
    """A proposal of the covering scenarios to the location's staff."""
    same_org(by.organization_id, location=location, behaviour=behaviour, step=step)
    if not by.can_see_location(location):
        raise PeopleError("location", "you do not look after this location.")
    if source not in TrainingProposal.Source.values:
        raise PeopleError("source", "unknown source.")
    if p and p not in P.values:
        raise PeopleError("p", "choose people, process or product.")
    if behaviour is None and step is None and not p:
        raise PeopleError("behaviour", "name the behaviour, step or P that fails.")
    scenarios = list(covering_scenarios(by.organization_id, behaviour=behaviour, step=step, p=p))
    what = (
        behaviour.text
        if behaviour
        else " / ".join(x for x in (str(step) if step else "", str(P(p).label) if p else "") if x)
    )
    if not scenarios:
        raise PeopleError("scenarios", f"no scenario's rubric covers {what[:80]}; write one first.")
    with transaction.atomic():
        proposal = TrainingProposal.objects.create(
            organization_id=by.organization_id,
            location=location,
            source=source,
            behaviour=behaviour,
            step=step if behaviour is None else behaviour.standard.step,
            p=p if behaviour is None else behaviour.standard.p,
            reason=f"{TrainingProposal.Source(source).label}: {what}"[:300],
            proposed_by=by.user,
        )
        proposal.scenarios.set(scenarios)
    return proposal


def start_training(
    proposal: TrainingProposal,
    *,
    by: Membership,
    due_on: date | None = None,
    today: date | None = None,
) -> list:
    """One click: every proposed scenario assigned to the location's staff. Once only."""
    today = today or timezone.localdate()
    due_on = due_on or today + timedelta(days=DUE_IN_DAYS)
    with transaction.atomic():
        claimed = TrainingProposal.objects.filter(pk=proposal.pk, trained_on=None).update(
            trained_on=today
        )
        if claimed != 1:
            raise PeopleError("training", "this training was already started.")
        assignments = [
            assign_scenario(
                scenario,
                location=proposal.location,
                due_on=due_on,
                by=by,
                training=proposal,
                today=today,
            )
            for scenario in proposal.scenarios.all()
        ]
    proposal.trained_on = today
    return assignments


def training_effect(proposal: TrainingProposal, now: datetime | None = None) -> effects.Effect:
    """The observed pass rate of what failed, here against the other locations, before
    and after the training started."""
    from servicegap.audits.models import AuditAnswer

    if proposal.trained_on is None:
        raise PeopleError("training", "the training has not started.")
    now = now or timezone.now()
    answers = AuditAnswer.objects.filter(organization_id=proposal.organization_id)
    if proposal.behaviour_id:
        answers = answers.filter(behaviour_id=proposal.behaviour_id)
    else:
        if proposal.step_id:
            answers = answers.filter(step_id=proposal.step_id)
        if proposal.p:
            answers = answers.filter(p=proposal.p)
    here = answers.filter(location_id=proposal.location_id)
    others = answers.exclude(location_id=proposal.location_id)
    tz = proposal.organization.tz
    return effects.measure(effects.pass_rate, here, others, proposal.trained_on, now, tz)
