"""Customer value: the per-customer summary, the BG/NBD and Gamma-Gamma fit, the scores.

`customer_summaries()` is ONE GROUP BY over visits (joined to the customer for the day
of the first visit), on SQLite and PostgreSQL alike: per customer, the first and last
visit, the number of distinct days with a visit, and the spend on days after the first.
Days are the organisation's local days; every period is a day.

- frequency = distinct visit days − 1 (repeat visits, a day counted once)
- recency = days from the first to the last visit day; age T = days from the first to today
- mean spend = spend on repeat days ÷ frequency (0 without repeat visits)

`score_organization()` first gives every customer the home location of most of their
visits (`assign_home_locations`, so that each location answers for its own customers on
the save list and in the value-distance page), then fits both models on those numbers (see `servicegap.customers.btyd`)
and stores, per customer, P(alive), expected visits in 90 and 365 days, expected spend per
visit, the model value over a year (discounted) and the value at risk, as DESIGN.md
defines it: value if still active × (1 − P(alive)). Too little data stores a `ScoreRun`
that says so, and no numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import numpy as np
from django.db import transaction
from django.db.models import Count, Max, Min, Sum
from django.db.models.functions import TruncDate
from django.db.models.lookups import GreaterThan
from django.utils import timezone

from servicegap.core.models import Organization
from servicegap.customers.models import (
    MIN_REPEAT_CUSTOMERS,
    MODEL_VERSION,
    Customer,
    CustomerScore,
    CustomerSettings,
    ScoreRun,
    Visit,
)

HORIZON_DAYS = 365
VALUE_STEP_DAYS = 7  # the value sums expected spend week by week, discounted per week
WRITE_BATCH = 5000
SCORE_FIELDS = [
    "run", "frequency", "recency_days", "age_days", "mean_spend", "p_alive",
    "expected_visits_90", "expected_visits_365", "expected_spend", "model_value",
    "value_at_risk", "model_version", "scored_at",
]  # fmt: skip


@dataclass
class Summary:
    """Arrays, one entry per customer who has visits, in customer id order."""

    customer_ids: np.ndarray
    frequency: np.ndarray
    recency: np.ndarray
    T: np.ndarray  # noqa: N815 - the models' own name for a customer's age
    monetary: np.ndarray
    last_visit: list[datetime]

    def __len__(self) -> int:
        return len(self.customer_ids)

    @property
    def repeat_customers(self) -> int:
        return int((self.frequency > 0).sum())


def summary_queryset(organization: Organization):
    """The one GROUP BY: per customer, first and last visit, visit days, repeat spend."""
    tz = organization.tz
    day = TruncDate("visited_at", tzinfo=tz)
    first_day = TruncDate("customer__first_seen", tzinfo=tz)
    return (
        Visit.objects.filter(organization=organization)
        .values("customer_id")
        .annotate(
            first=Min("visited_at"),
            last=Max("visited_at"),
            days=Count(day, distinct=True),
            repeat_spend=Sum("amount", filter=GreaterThan(day, first_day)),
        )
        .order_by("customer_id")
    )


def customer_summaries(organization: Organization, *, today: date | None = None) -> Summary:
    """The summary of every customer with a visit, as arrays for the fit."""
    tz = organization.tz
    today = today or timezone.now().astimezone(tz).date()
    ids, frequency, recency, age, monetary, last = [], [], [], [], [], []
    for row in summary_queryset(organization).iterator(chunk_size=WRITE_BATCH):
        first_day = row["first"].astimezone(tz).date()
        last_day = row["last"].astimezone(tz).date()
        repeat = row["days"] - 1
        ids.append(row["customer_id"])
        frequency.append(repeat)
        recency.append((last_day - first_day).days)
        age.append(max((today - first_day).days, (last_day - first_day).days))
        spend = row["repeat_spend"] or Decimal(0)
        monetary.append(float(spend) / repeat if repeat else 0.0)
        last.append(row["last"])
    return Summary(
        customer_ids=np.asarray(ids, dtype=np.int64),
        frequency=np.asarray(frequency, dtype=float),
        recency=np.asarray(recency, dtype=float),
        T=np.asarray(age, dtype=float),
        monetary=np.asarray(monetary, dtype=float),
        last_visit=last,
    )


@dataclass
class Numbers:
    p_alive: np.ndarray
    expected_90: np.ndarray
    expected_365: np.ndarray
    expected_spend: np.ndarray
    value: np.ndarray
    value_at_risk: np.ndarray
    parameters: dict


def weekly_rate(annual_discount_rate: float) -> float:
    """The discount rate per `VALUE_STEP_DAYS` equivalent to a yearly rate."""
    return (1 + annual_discount_rate) ** (VALUE_STEP_DAYS / 365) - 1


def fit_and_predict(summary: Summary, *, annual_discount_rate: float = 0.1) -> Numbers:
    """Fit BG/NBD and Gamma-Gamma; every number per customer. Raises btyd.FitError."""
    from servicegap.customers import btyd

    f, r, t, m = summary.frequency, summary.recency, summary.T, summary.monetary
    if summary.repeat_customers < MIN_REPEAT_CUSTOMERS:
        raise btyd.FitError(
            f"Only {summary.repeat_customers} customers came back more than once; the model "
            f"needs at least {MIN_REPEAT_CUSTOMERS} to say anything about the others."
        )
    bgnbd = btyd.fit_bgnbd(f, r, t)
    repeat = (f > 0) & (m > 0)
    gamma = btyd.fit_gamma_gamma(f[repeat], m[repeat])
    alive = np.clip(btyd.p_alive(bgnbd, f, r, t), 0.0, 1.0)
    spend = btyd.expected_spend(gamma, f, m)
    value = btyd.customer_value(
        bgnbd,
        gamma,
        f,
        r,
        t,
        m,
        horizon=HORIZON_DAYS,
        discount_rate_per_period=weekly_rate(annual_discount_rate),
        step=VALUE_STEP_DAYS,
    )
    # A dead customer makes no visits, so value = P(alive) × value if still active.
    if_active = np.where(alive > 1e-9, value / np.maximum(alive, 1e-9), 0.0)
    parameters = {
        "bgnbd": {name: float(getattr(bgnbd, name)) for name in ("r", "alpha", "a", "b")},
        "gamma_gamma": {name: float(getattr(gamma, name)) for name in ("p", "q", "v")},
        "log_likelihood": float(getattr(bgnbd, "log_likelihood", float("nan"))),
        "horizon_days": HORIZON_DAYS,
        "annual_discount_rate": annual_discount_rate,
    }
    return Numbers(
        p_alive=alive,
        expected_90=btyd.expected_visits(bgnbd, 90, f, r, t),
        expected_365=btyd.expected_visits(bgnbd, 365, f, r, t),
        expected_spend=spend,
        value=value,
        value_at_risk=if_active * (1 - alive),
        parameters=parameters,
    )


def _money(value: float) -> Decimal:
    if not np.isfinite(value):
        return Decimal("0.00")
    return Decimal(f"{value:.2f}")


def score_organization(organization: Organization, *, now: datetime | None = None) -> ScoreRun:
    """Fit, store every customer's score, raise drifting alerts; return the run."""
    from servicegap.customers import btyd, moments

    now = now or timezone.now()
    assign_home_locations(organization)
    summary = customer_summaries(organization, today=now.astimezone(organization.tz).date())
    rules = CustomerSettings.for_organization(organization)
    run = ScoreRun(
        organization=organization,
        customers=len(summary),
        repeat_customers=summary.repeat_customers,
        scored_at=now,
    )
    try:
        numbers = fit_and_predict(summary, annual_discount_rate=float(rules.annual_discount_rate))
    except btyd.FitError as error:
        run.status = ScoreRun.Status.TOO_LITTLE_DATA
        run.message = str(error)
        run.save()
        return run
    run.status = ScoreRun.Status.DONE
    run.parameters = numbers.parameters
    run.message = (
        f"{len(summary)} customers, {summary.repeat_customers} of them came back at least once."
    )
    with transaction.atomic():
        run.save()
        _store_scores(organization, run, summary, numbers, now)
        moments.raise_drifting_alerts(organization, summary, numbers, rules, now=now)
    return run


def assign_home_locations(organization: Organization) -> int:
    """Make each customer's home location the location of most of their visits (a tie
    goes to the location visited last); return how many customers moved. One GROUP BY
    over visits, then one UPDATE per location that gains customers."""
    rows = (
        Visit.objects.filter(organization=organization)
        .values("customer_id", "location_id")
        .annotate(visits=Count("pk"), last=Max("visited_at"))
        .order_by()
    )
    best: dict[int, tuple[int, datetime, int]] = {}
    for row in rows.iterator(chunk_size=WRITE_BATCH):
        candidate = (row["visits"], row["last"], row["location_id"])
        current = best.get(row["customer_id"])
        if current is None or candidate[:2] > current[:2]:
            best[row["customer_id"]] = candidate
    homes = Customer.objects.filter(organization=organization).values_list("pk", "home_location_id")
    moves: dict[int, list[int]] = {}
    for pk, home in homes.iterator(chunk_size=WRITE_BATCH):
        found = best.get(pk)
        if found is not None and found[2] != home:
            moves.setdefault(found[2], []).append(pk)
    for location_id, ids in moves.items():
        for start in range(0, len(ids), WRITE_BATCH):
            Customer.objects.filter(pk__in=ids[start : start + WRITE_BATCH]).update(
                home_location_id=location_id
            )
    return sum(len(ids) for ids in moves.values())


def _store_scores(organization, run, summary: Summary, numbers: Numbers, now) -> None:
    batch: list[CustomerScore] = []
    for index, customer_id in enumerate(summary.customer_ids.tolist()):
        batch.append(
            CustomerScore(
                organization=organization,
                customer_id=customer_id,
                run=run,
                frequency=int(summary.frequency[index]),
                recency_days=int(summary.recency[index]),
                age_days=int(summary.T[index]),
                mean_spend=_money(summary.monetary[index]),
                p_alive=float(numbers.p_alive[index]),
                expected_visits_90=float(numbers.expected_90[index]),
                expected_visits_365=float(numbers.expected_365[index]),
                expected_spend=_money(numbers.expected_spend[index]),
                model_value=_money(numbers.value[index]),
                value_at_risk=_money(numbers.value_at_risk[index]),
                model_version=MODEL_VERSION,
                scored_at=now,
            )
        )
        if len(batch) >= WRITE_BATCH:
            _upsert(batch)
            batch = []
    _upsert(batch)


def _upsert(batch: list[CustomerScore]) -> None:
    if batch:
        CustomerScore.objects.bulk_create(
            batch,
            batch_size=WRITE_BATCH,
            update_conflicts=True,
            unique_fields=["customer"],
            update_fields=SCORE_FIELDS,
        )


def latest_run(organization: Organization) -> ScoreRun | None:
    return ScoreRun.objects.filter(organization=organization).order_by("-scored_at", "-pk").first()


# One customer, in words ---------------------------------------------------------------


def score_reasons(score: CustomerScore, currency: str, days_since_last: int | None) -> list[str]:
    """Why the model says what it says about this customer, in plain words.
    `days_since_last` is the count the save list shows (from today, not from the
    scoring), so that the two pages agree; None when no visit is visible."""
    if score.frequency == 0:
        return [
            f"One visit day so far, {score.age_days} days before the last scoring: little "
            "is known about them yet, so the chance they are still a customer stays high "
            "and their value follows the average."
        ]
    pace = score.recency_days / score.frequency
    reasons = [
        f"{score.frequency + 1} visit days over {score.recency_days:,} days: about one visit "
        f"every {pace:.0f} days."
    ]
    if days_since_last is not None and days_since_last > 2 * pace:
        reasons.append(
            f"No visit for {days_since_last:,} days, more than twice their usual gap: that "
            "is why the chance they are still a customer is low."
        )
    elif days_since_last is not None:
        reasons.append(f"Last visit {days_since_last:,} days ago, within their usual rhythm.")
    reasons.append(
        f"Spends {score.mean_spend:,.2f} {currency} per repeat visit; the estimate uses "
        f"{score.expected_spend:,.2f} {currency}, pulled towards the average of all customers."
    )
    return reasons


def calculator_defaults(score: Any, years: tuple[Decimal, Decimal]) -> dict[str, Decimal]:
    """The simple value calculator's starting values: the customer's own mean spend and
    visits a week since their first visit when the score has them, else 30.00 once a
    week; `years` the range the page offers."""
    defaults = {"spend": Decimal("30.00"), "per_week": Decimal("1"),
                "years_from": years[0], "years_to": years[1]}  # fmt: skip
    if score is not None and score.frequency and score.recency_days:
        defaults["spend"] = score.mean_spend
        weeks = Decimal(score.recency_days) / 7
        defaults["per_week"] = (Decimal(score.frequency) / weeks).quantize(Decimal("0.001"))
    return defaults


def simple_value(spend: Decimal, visits_per_week: Decimal, years: Decimal) -> Decimal:
    """DESIGN.md's value an owner checks by hand: spend × visits a week × 52 × years."""
    from servicegap.customers.btyd import value

    return value.simple_value(spend, visits_per_week, years)
