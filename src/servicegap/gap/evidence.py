"""The service card with its evidence: which promise do customers feel is broken?

Each behaviour gets its Observed pass rate (mystery shops and observations, with n and a
Wilson interval); each standard the Experienced score of its P at its journey step, and
the Believed score of the same P and step. Three card queries, one answers query, and
the lenses' statements for the (P, step) cells.
"""

from __future__ import annotations

from dataclasses import dataclass

from servicegap.audits.models import OBSERVED_KINDS, AuditAnswer, Result
from servicegap.core import stats
from servicegap.core.models import Membership
from servicegap.gap import lenses
from servicegap.gap.lenses import Cell, Grouping, Scope
from servicegap.standards.card import ServiceCard, build_card

BY_P_AND_STEP = Grouping(("p", "step"))


@dataclass
class CardEvidence:
    card: ServiceCard
    cells: dict[tuple[str, int], Cell]
    scope: Scope


def behaviour_rates(membership: Membership, scope: Scope) -> dict[int, stats.Estimate]:
    """Observed pass rate of each behaviour in the scope: one GROUP BY."""
    tz = membership.organization.tz
    answers = AuditAnswer.objects.for_member(membership).filter(
        is_counted=True,
        kind__in=OBSERVED_KINDS,
        result__in=[Result.PASS, Result.FAIL],
        performed_at__gte=lenses.start_of(scope.since, tz),
        performed_at__lt=lenses.end_of(scope.until, tz),
    )
    if scope.filtered:
        answers = answers.filter(location__in=[location.pk for location in scope.locations])
    if scope.p:
        answers = answers.filter(p=scope.p)
    if scope.step:
        answers = answers.filter(step=scope.step)
    rows = answers.values("behaviour_id").annotate(**lenses.pass_rate_sums()).order_by()
    return {row["behaviour_id"]: lenses.pass_rate(row) for row in rows}


def card_with_evidence(membership: Membership, scope: Scope) -> CardEvidence:
    """The card, each behaviour with `.observed`, each standard with `.cell` (its P and
    step's lenses), gaps marked real over everything the page shows."""
    card = build_card(membership)
    # A P or step filter narrows the card to what it asks about.
    for step in card.steps:
        step.card_standards = [
            standard
            for standard in step.card_standards
            if (not scope.p or standard.p == scope.p) and (not scope.step or step == scope.step)
        ]
    card.steps = [step for step in card.steps if step.card_standards]
    rates = behaviour_rates(membership, scope)
    found = lenses.compute(membership, scope, [BY_P_AND_STEP])[BY_P_AND_STEP]
    cells = {(cell.at("p"), cell.at("step")): cell for cell in found}
    lenses.mark_real(found)
    for step in card.steps:
        for standard in step.card_standards:
            standard.cell = cells.get((standard.p, step.pk))
            for behaviour in standard.card_behaviours:
                behaviour.observed = rates.get(behaviour.pk, stats.missing())
    return CardEvidence(card=card, cells=cells, scope=scope)
