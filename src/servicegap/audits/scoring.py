"""Audit scores, exactly as DESIGN.md defines them.

    score = 100 × Σ weight(passed) / Σ weight(applicable)

Answers "not applicable" (and unanswered ones) are left out of both sums. A failed
*critical* behaviour caps the audit's score at 50, and is listed first among the
failures. An audit with nothing applicable has no score (None): neither 0 nor 100.

Sub-scores per P and per journey step use the same formula over that P's or step's
answers; the cap is a rule about a whole audit, so sub-scores are not capped.

Many audits together (per location, P, step and period) are scored in SQL by
`lens_rows`, which pools their weights the same way: it gives the same number as
`score_answers` over the same answers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Protocol

from django.db.models import Count, F, Q, QuerySet, Sum
from django.db.models.functions import Coalesce, Trunc

from servicegap.audits.models import Audit, Result
from servicegap.standards.models import Behaviour

HUNDRED = Decimal(100)
CAP = Decimal(50)
CENT = Decimal("0.01")
# A number resting on fewer audits than this is marked "too few".
MIN_AUDITS = 5


class ScoredAnswer(Protocol):
    result: str
    weight: int
    is_critical: bool
    p: str
    step_id: int


def ratio(passed_weight: int, applicable_weight: int) -> Decimal | None:
    """100 × passed / applicable, to two decimals; None when nothing applied."""
    if not applicable_weight:
        return None
    value = HUNDRED * Decimal(passed_weight) / Decimal(applicable_weight)
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class SubScore:
    """A score with its evidence: the weights it is made of and how many answers."""

    passed_weight: int = 0
    applicable_weight: int = 0
    answers: int = 0

    @property
    def score(self) -> Decimal | None:
        return ratio(self.passed_weight, self.applicable_weight)

    def add(self, weight: int, passed: bool) -> SubScore:
        return SubScore(
            self.passed_weight + (weight if passed else 0),
            self.applicable_weight + weight,
            self.answers + 1,
        )


@dataclass(frozen=True)
class AuditScore:
    """An audit's score, why it is what it is, and its parts per P and per step."""

    score: Decimal | None
    uncapped: Decimal | None
    is_capped: bool
    passed_weight: int
    applicable_weight: int
    passed: int
    failed: int
    na: int
    unanswered: int
    # Failed answers, critical ones first (they explain a cap).
    failures: list[Any] = field(default_factory=list)
    critical_failures: list[Any] = field(default_factory=list)
    by_p: dict[str, SubScore] = field(default_factory=dict)
    by_step: dict[int, SubScore] = field(default_factory=dict)


def score_answers(answers: Iterable[ScoredAnswer]) -> AuditScore:
    """Score one audit's answers (or any set of answers, pooled)."""
    total = SubScore()
    by_p: dict[str, SubScore] = defaultdict(SubScore)
    by_step: dict[int, SubScore] = defaultdict(SubScore)
    counts = {Result.PASS: 0, Result.FAIL: 0, Result.NA: 0, "": 0}
    failures: list[Any] = []
    for answer in answers:
        counts[answer.result] += 1
        if answer.result not in (Result.PASS, Result.FAIL):
            continue
        passed = answer.result == Result.PASS
        total = total.add(answer.weight, passed)
        by_p[answer.p] = by_p[answer.p].add(answer.weight, passed)
        by_step[answer.step_id] = by_step[answer.step_id].add(answer.weight, passed)
        if not passed:
            failures.append(answer)
    critical = [a for a in failures if a.is_critical]
    uncapped = total.score
    score = min(uncapped, CAP) if critical and uncapped is not None else uncapped
    return AuditScore(
        score=score,
        uncapped=uncapped,
        is_capped=score != uncapped,
        passed_weight=total.passed_weight,
        applicable_weight=total.applicable_weight,
        passed=counts[Result.PASS],
        failed=counts[Result.FAIL],
        na=counts[Result.NA],
        unanswered=counts[""],
        failures=critical + [a for a in failures if not a.is_critical],
        critical_failures=critical,
        by_p=dict(by_p),
        by_step=dict(by_step),
    )


def apply_score(audit: Audit, result: AuditScore) -> list[str]:
    """Copy a score and its evidence onto the audit; return the fields to save."""
    audit.score = result.score
    audit.is_capped = result.is_capped
    audit.passed_count = result.passed
    audit.failed_count = result.failed
    audit.na_count = result.na
    audit.passed_weight = result.passed_weight
    audit.applicable_weight = result.applicable_weight
    return [
        "score",
        "is_capped",
        "passed_count",
        "failed_count",
        "na_count",
        "passed_weight",
        "applicable_weight",
    ]


def result_for_measure(comparison: str, target: Decimal, value: Decimal) -> str:
    """Pass when a measured value meets its target, e.g. 2 rings for "at most 3"."""
    if comparison == Behaviour.Comparison.AT_MOST:
        return Result.PASS if value <= target else Result.FAIL
    return Result.PASS if value >= target else Result.FAIL


# Many audits at once, in SQL -----------------------------------------------------------

LENS_FIELDS = frozenset({"location", "p", "step", "kind", "behaviour", "audit"})
PERIODS = frozenset({"day", "week", "month", "quarter", "year"})
APPLICABLE = Q(result__in=[Result.PASS, Result.FAIL])


@dataclass(frozen=True)
class LensRow:
    """One group's score (pooled weights) and the evidence it rests on."""

    key: dict[str, Any]
    passed_weight: int
    applicable_weight: int
    audits: int
    answers: int

    @property
    def score(self) -> Decimal | None:
        return ratio(self.passed_weight, self.applicable_weight)

    @property
    def too_few(self) -> bool:
        return self.audits < MIN_AUDITS

    def __getitem__(self, name: str) -> Any:
        return self.key[name]


def lens_rows(
    answers: QuerySet,
    *,
    by: Sequence[str] = ("location", "p", "step"),
    period: str | None = None,
    tz=None,
) -> list[LensRow]:
    """Score counted answers per group in one SQL aggregation.

    `by` names the grouping (any of location, p, step, kind, behaviour, audit; ids for
    foreign keys), `period` adds a `period` key: the month (the first day, a date, from the
    stored `performed_month`) or the start of the day/week/quarter/year in the time zone
    `tz`. Each row says how many audits and applicable answers its
    score rests on; only audits where something applied count.
    """
    unknown = set(by) - LENS_FIELDS
    if unknown:
        raise ValueError(f"cannot group answers by {sorted(unknown)}")
    fields = list(by)
    qs = answers.filter(is_counted=True)
    if period == "month":
        # Stored per answer, so the commonest grouping is a plain column (no per-row
        # time-zone arithmetic, which SQLite would do in Python).
        qs = qs.annotate(period=F("performed_month"))
        fields.append("period")
    elif period is not None:
        if period not in PERIODS:
            raise ValueError(f"unknown period {period!r}")
        qs = qs.annotate(period=Trunc("performed_at", period, tzinfo=tz))
        fields.append("period")
    rows = (
        qs.values(*fields)
        .annotate(
            passed_weight=Coalesce(Sum("weight", filter=Q(result=Result.PASS)), 0),
            applicable_weight=Coalesce(Sum("weight", filter=APPLICABLE), 0),
            audits=Count("audit", distinct=True, filter=APPLICABLE),
            answers=Count("pk", filter=APPLICABLE),
        )
        .order_by(*fields)
    )
    return [
        LensRow(
            key={name: row[name] for name in fields},
            passed_weight=row["passed_weight"],
            applicable_weight=row["applicable_weight"],
            audits=row["audits"],
            answers=row["answers"],
        )
        for row in rows
    ]
