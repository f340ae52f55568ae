"""The five lenses side by side, for what one member may see, computed by the database.

`compute(membership, scope, groupings)` answers, for each grouping asked (any of
location, p and step; with the previous period of the same length, or per month), every
lens of every group:

- Intended: the service card's standards and behaviours of that P and step;
- Believed and Observed: the weighted pass rate of counted audit answers (self-
  assessments; mystery shops and observations), as `audits.scoring` defines it;
- Experienced: the customers' 0–100 score of the P (or of every P, pooled), and NPS
  where the grouping has no P, spam left out;
- Behaved, per location: the value-weighted share of customers still active, value at
  risk and customers on the save list (a customer belongs to their home location, the
  location of most of their visits, set when customers are scored);
- and from them value distance, perception gap and execution gap, each with its
  interval (see `core.stats`).

One SQL statement per lens whatever the number of groupings, locations, steps and months:
the groupings of a lens are one `UNION ALL` of GROUP BYs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.db.models import (
    Case,
    CharField,
    Count,
    DateField,
    Exists,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast

from servicegap.audits.forms import start_of
from servicegap.audits.models import AuditAnswer, Kind, Result
from servicegap.audits.scoring import MIN_AUDITS
from servicegap.core import stats
from servicegap.core.forms import FIRST_DAY
from servicegap.core.models import Location, Membership, P
from servicegap.core.stats import Estimate, Gap
from servicegap.customers.models import Alert, Customer
from servicegap.feedback.models import MIN_EVIDENCE, Response
from servicegap.feedback.scoring import response_mean
from servicegap.standards.models import JourneyStep, Standard

DIMENSIONS = ("location", "p", "step")
BELIEVED, OBSERVED = "believed", "observed"
CURRENT, PREVIOUS = 1, 0
MIN_CUSTOMERS = 5
MONTHS = 12


# What is asked --------------------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """The period and filters of a request. `locations`: already narrowed to the member's."""

    since: date
    until: date
    locations: tuple[Location, ...]
    p: str | None = None
    step: JourneyStep | None = None
    filtered: bool = False  # True when `locations` is a choice, not all the member sees

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1

    @property
    def previous(self) -> tuple[date, date]:
        """The period of the same length just before this one (from 1900 at the earliest)."""
        room = (self.since - FIRST_DAY).days  # days before `since` that a period may use
        start = self.since - timedelta(days=min(self.days, room))
        return start, self.since - timedelta(days=min(1, room))

    def months(self) -> list[date]:
        """The first days of the 12 months ending with the month of `until`."""
        first = self.until.replace(day=1)
        out = []
        for _ in range(MONTHS):
            out.append(first)
            first = (first - timedelta(days=1)).replace(day=1)
        return out[::-1]


@dataclass(frozen=True)
class Grouping:
    """A GROUP BY: `dims` among DIMENSIONS, per period window or per month."""

    dims: tuple[str, ...] = ()
    windows: bool = False  # the previous period too (key "window": CURRENT or PREVIOUS)
    monthly: bool = False  # per month over the 12 months (key "month")

    def __post_init__(self) -> None:
        unknown = set(self.dims) - set(DIMENSIONS)
        if unknown:
            raise ValueError(f"cannot group by {sorted(unknown)}")


# What is answered -----------------------------------------------------------------------


@dataclass(frozen=True)
class Intended:
    standards: int
    behaviours: int
    texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Behaved:
    customers: int  # scored customers, whom the value figures rest on
    active_share: Estimate  # value-weighted P(alive), 0–100
    value_at_risk: Decimal | None  # None with no scored customer
    on_save_list: int


@dataclass
class Cell:
    """One group's lenses. `key` holds location (id), p, step (id), window or month."""

    key: dict[str, Any]
    believed: Estimate = field(default_factory=stats.missing)
    observed: Estimate = field(default_factory=stats.missing)
    experienced: Estimate = field(default_factory=stats.missing)
    nps: Estimate | None = None
    intended: Intended | None = None
    behaved: Behaved | None = None
    perception_gap: Gap = stats.NO_GAP
    execution_gap: Gap = stats.NO_GAP

    @property
    def value_distance(self) -> Estimate:
        return stats.distance(self.experienced)

    def at(self, name: str) -> Any:
        """A part of the key: "location" (id), "p", "step" (id), "window" or "month"."""
        return self.key.get(name)


# Period bounds ---------------------------------------------------------------------------


def end_of(day: date, tz) -> datetime:
    """The first moment after `day` (a period's bounds include its last day)."""
    return start_of(day, tz, days=1)


# The SQL ---------------------------------------------------------------------------------

# Typed NULLs: PostgreSQL takes a bare NULL for text, which a UNION cannot match to a date.
NULL_INT = Cast(Value(None), IntegerField())
NULL_TEXT = Cast(Value(None), CharField())
NULL_DATE = Cast(Value(None), DateField())


def _group_columns(
    index: int, grouping: Grouping, location: str, step: str, p: Any, month: Any, window: Any
) -> dict[str, Any]:
    """The same columns for every grouping, so that their GROUP BYs make one UNION ALL;
    `g_id` (the grouping's position) tells the rows apart."""
    dims = grouping.dims
    return {
        "g_id": Value(index, output_field=IntegerField()),
        "g_location": F(location) if "location" in dims else NULL_INT,
        "g_p": p if "p" in dims else NULL_TEXT,
        "g_step": F(step) if "step" in dims else NULL_INT,
        "g_month": month if grouping.monthly else NULL_DATE,
        "g_window": window if grouping.windows else Value(CURRENT),
    }


def _union(querysets: list[QuerySet]) -> list[dict]:
    if not querysets:
        return []
    first, *rest = querysets
    return list(first.union(*rest, all=True)) if rest else list(first)


def _time_filter(field_name: str, scope: Scope, grouping: Grouping, tz) -> Q:
    end = end_of(scope.until, tz)
    if grouping.monthly:
        start = start_of(scope.months()[0], tz)
    elif grouping.windows:
        start = start_of(scope.previous[0], tz)
    else:
        start = start_of(scope.since, tz)
    return Q(**{f"{field_name}__gte": start, f"{field_name}__lt": end})


def _window(field_name: str, scope: Scope, tz) -> Case:
    since = start_of(scope.since, tz)
    return Case(
        When(**{f"{field_name}__gte": since}, then=Value(CURRENT)),
        default=Value(PREVIOUS),
        output_field=IntegerField(),
    )


def _month_bucket(field_name: str, scope: Scope, tz) -> Case:
    """The month of a moment in the organisation's time zone, by comparisons only (no
    per-row time-zone arithmetic, which SQLite would do in Python)."""
    whens = [
        When(**{f"{field_name}__gte": start_of(month, tz)}, then=Value(month))
        for month in reversed(scope.months())
    ]
    return Case(*whens, default=NULL_DATE, output_field=DateField())


def _location_filter(scope: Scope, field_name: str = "location_id") -> Q:
    if not scope.filtered:
        return Q()
    return Q(**{f"{field_name}__in": [location.pk for location in scope.locations]})


def audit_rows(membership: Membership, scope: Scope, groupings: Sequence[Grouping]) -> list[dict]:
    """Believed and Observed sums per group of every grouping: one SQL statement."""
    tz = membership.organization.tz
    base = AuditAnswer.objects.for_member(membership).filter(
        _location_filter(scope), is_counted=True, result__in=[Result.PASS, Result.FAIL]
    )
    if scope.p:
        base = base.filter(p=scope.p)
    if scope.step:
        base = base.filter(step=scope.step)
    lens = Case(
        When(kind=Kind.SELF_ASSESSMENT, then=Value(BELIEVED)),
        default=Value(OBSERVED),
        output_field=CharField(),
    )
    querysets = []
    for index, grouping in enumerate(groupings):
        columns = _group_columns(
            index,
            grouping,
            "location_id",
            "step_id",
            F("p"),
            F("performed_month"),
            _window("performed_at", scope, tz),
        )
        qs = (
            base.filter(_time_filter("performed_at", scope, grouping, tz))
            .annotate(**columns, g_lens=lens)
            .values(*columns, "g_lens")
            .annotate(**pass_rate_sums(), answers=Count("pk"))
            .order_by()
        )
        querysets.append(qs)
    return _union(querysets)


def _rating_aggregates() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for p in P.values:
        out[f"{p}_n"] = Count(p)
        out[f"{p}_sum"] = Sum(p)
        out[f"{p}_squares"] = Sum(F(p) * F(p))
    mean = response_mean()
    out["pooled_n"] = Count(mean)
    out["pooled_sum"] = Sum(mean)
    out["pooled_squares"] = Sum(mean * mean)
    out["nps_n"] = Count("nps")
    out["promoters"] = Count("nps", filter=Q(nps__gte=9))
    out["detractors"] = Count("nps", filter=Q(nps__lte=6))
    out["responses"] = Count("pk")
    return out


def response_rows(
    membership: Membership, scope: Scope, groupings: Sequence[Grouping]
) -> list[dict]:
    """Experienced sums (per P: n, Σr, Σr²; NPS counts) per group: one SQL statement.

    P is a column, not a row: a grouping by P reads the P's columns of its group.
    """
    tz = membership.organization.tz
    base = Response.objects.for_member(membership).filter(_location_filter(scope), spam=False)
    if scope.step:
        base = base.filter(step=scope.step)
    querysets = []
    for index, grouping in enumerate(groupings):
        row_grouping = replace(grouping, dims=tuple(d for d in grouping.dims if d != "p"))
        columns = _group_columns(
            index,
            row_grouping,
            "location_id",
            "step_id",
            NULL_TEXT,
            _month_bucket("submitted_at", scope, tz),
            _window("submitted_at", scope, tz),
        )
        qs = (
            base.filter(_time_filter("submitted_at", scope, grouping, tz))
            .annotate(**columns)
            .values(*columns)
            .annotate(**_rating_aggregates())
            .order_by()
        )
        querysets.append(qs)
    return _union(querysets)


def customer_rows(membership: Membership, scope: Scope) -> list[dict]:
    """Behaved sums per home location: one SQL statement. The value figures rest on the
    customers with a score; the save list counts every customer on it."""
    on_list = Alert.objects.on_save_list().filter(customer=OuterRef("pk"))
    value = Cast("score__model_value", FloatField())
    at_risk = Cast("score__value_at_risk", FloatField())
    if_active = value + at_risk
    rows = (
        Customer.objects.for_member(membership)
        .filter(_location_filter(scope, "home_location_id"))
        .annotate(listed=Exists(on_list))
        .values("home_location_id")
        .annotate(
            customers=Count("score"),
            value=Sum(value),
            if_active=Sum(if_active),
            value_squares=Sum(value * value),
            if_active_squares=Sum(if_active * if_active),
            cross=Sum(value * if_active),
            at_risk=Sum("score__value_at_risk"),
            listed_count=Sum(Case(When(listed=True, then=Value(1)), default=Value(0))),
        )
        .order_by()
    )
    return list(rows)


def intended_rows(membership: Membership) -> list[dict]:
    """The card's standards in use, with their behaviours in use: one SQL statement."""
    return list(
        Standard.objects.for_member(membership)
        .on_card()
        .values("pk", "p", "step_id", "text")
        .annotate(behaviours=Count("behaviours", filter=Q(behaviours__is_active=True)))
        .order_by("step__position", "position", "pk")
    )


# From sums to estimates -----------------------------------------------------------------


def pass_rate_sums() -> dict[str, Any]:
    """What a weighted pass rate and its Wilson interval are made of (see `pass_rate`),
    as aggregates over applicable answers."""
    return {
        "passed": Sum(Case(When(result=Result.PASS, then=F("weight")), default=Value(0))),
        "weight_sum": Sum("weight"),
        "weight_squares": Sum(F("weight") * F("weight")),
        "audits": Count("audit", distinct=True),
    }


def pass_rate(row: dict) -> Estimate:
    """A row of `pass_rate_sums` as the weighted pass rate with its interval."""
    return stats.wilson(
        float(row["passed"]),
        float(row["weight_sum"]),
        float(row["weight_squares"]),
        n=row["audits"],
        minimum=MIN_AUDITS,
    )


def _experienced(row: dict, p: str | None) -> Estimate:
    """One P's score, or every P's: each response's mean rating, so n counts responses."""
    prefix = p or "pooled"
    return stats.rating_mean(
        row[f"{prefix}_n"] or 0,
        float(row[f"{prefix}_sum"] or 0),
        float(row[f"{prefix}_squares"] or 0),
        minimum=MIN_EVIDENCE,
    )


def _nps(row: dict) -> Estimate:
    return stats.nps(row["nps_n"], row["promoters"], row["detractors"], minimum=MIN_EVIDENCE)


def _behaved(row: dict) -> Behaved:
    """Behaved of summed customer rows (an empty dict: no scored customers)."""
    n = row.get("customers") or 0
    if not n:
        return Behaved(0, stats.missing(), None, row.get("listed_count") or 0)
    total, if_active = float(row["value"] or 0), float(row["if_active"] or 0)
    if n == 0 or if_active <= 0:
        share = stats.missing(n)
    else:
        ratio = total / if_active
        mean_v = if_active / n
        residual = (
            float(row["value_squares"] or 0)
            - 2 * ratio * float(row["cross"] or 0)
            + ratio * ratio * float(row["if_active_squares"] or 0)
        )
        se = (residual / (n - 1)) ** 0.5 / (mean_v * n**0.5) if n > 1 and residual > 0 else 0.0
        half = stats.Z * se
        share = Estimate(
            100 * ratio,
            100 * max(0.0, ratio - half),
            100 * min(1.0, ratio + half),
            n,
            n < MIN_CUSTOMERS,
        )
    return Behaved(
        customers=n,
        active_share=share,
        value_at_risk=Decimal(row["at_risk"] or 0).quantize(Decimal("0.01")),
        on_save_list=row["listed_count"] or 0,
    )


def _intended(rows: list[dict], p: str | None, step: int | None) -> Intended:
    chosen = [
        row
        for row in rows
        if (p is None or row["p"] == p) and (step is None or row["step_id"] == step)
    ]
    return Intended(
        standards=len(chosen),
        behaviours=sum(row["behaviours"] for row in chosen),
        texts=tuple(row["text"] for row in chosen),
    )


def compute(
    membership: Membership, scope: Scope, groupings: Iterable[Grouping]
) -> dict[Grouping, list[Cell]]:
    """Every lens of every group of every grouping asked; gaps not yet marked real
    (`mark_real` does that over everything a page shows).

    Four SQL statements (audits, responses, customers, the card) whatever is asked.
    """
    groupings = list(dict.fromkeys(groupings))
    audits = _by_grouping(audit_rows(membership, scope, groupings))
    responses = _by_grouping(response_rows(membership, scope, groupings))
    customers = {row["home_location_id"]: row for row in customer_rows(membership, scope)}
    card = intended_rows(membership)
    return {
        grouping: _cells(
            grouping, scope, audits.get(index, []), responses.get(index, []), customers, card
        )
        for index, grouping in enumerate(groupings)
    }


def _by_grouping(rows: list[dict]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = defaultdict(list)
    for row in rows:
        out[row["g_id"]].append(row)
    return out


def _cell_keys(grouping: Grouping, scope: Scope, card: list[dict]) -> list[tuple]:
    """Every cell the grouping has, with or without evidence: (location, p, step, window,
    month). Cells without evidence are shown as such, never dropped."""
    locations = [loc.pk for loc in scope.locations] if "location" in grouping.dims else [None]
    ps = ([scope.p] if scope.p else list(P.values)) if "p" in grouping.dims else [None]
    if "step" in grouping.dims:
        steps = [scope.step.pk] if scope.step else list(dict.fromkeys(r["step_id"] for r in card))
    else:
        steps = [None]
    if grouping.monthly:
        periods = [(CURRENT, month) for month in scope.months()]
    elif grouping.windows:
        periods = [(PREVIOUS, None), (CURRENT, None)]
    else:
        periods = [(CURRENT, None)]
    return [
        (location, p, step, window, month)
        for location in locations
        for p in ps
        for step in steps
        for window, month in periods
    ]


def _cells(
    grouping: Grouping,
    scope: Scope,
    audit_rows: list[dict],
    response_rows: list[dict],
    customers: dict[int, dict],
    card: list[dict],
) -> list[Cell]:
    has_p = "p" in grouping.dims
    keys = _cell_keys(grouping, scope, card)
    lenses: dict[tuple, dict[str, Estimate]] = defaultdict(dict)
    for row in audit_rows:
        key = (row["g_location"], row["g_p"], row["g_step"], row["g_window"], row["g_month"])
        lenses[key][row["g_lens"]] = pass_rate(row)
    ps = ([scope.p] if scope.p else list(P.values)) if has_p else [None]
    for row in response_rows:
        for p in ps:
            key = (row["g_location"], p, row["g_step"], row["g_window"], row["g_month"])
            lenses[key]["experienced"] = _experienced(row, p or scope.p)
            if not has_p:
                lenses[key]["nps"] = _nps(row)
    known = set(keys)
    # Steps that have evidence but are no longer on the card (retired), and responses
    # that named no step, still count where the grouping is by step: shown, not dropped.
    extra_steps = sorted(
        (key for key in lenses if key not in known),
        key=lambda k: tuple((v is None, v) for v in k),
    )
    cells = []
    intended_of: dict[tuple, Intended] = {}  # one per (P, step), shared by its cells
    for key in keys + extra_steps:
        location, p, step, window, month = key
        found = lenses.get(key, {})
        cell = Cell(
            key={"location": location, "p": p, "step": step, "window": window, "month": month},
            believed=found.get(BELIEVED, stats.missing()),
            observed=found.get(OBSERVED, stats.missing()),
            experienced=found.get("experienced", stats.missing()),
            nps=found.get("nps") if not has_p else None,
        )
        if "step" in grouping.dims or has_p:
            chosen_step = step if step is not None else (scope.step.pk if scope.step else None)
            wanted = (p or scope.p, chosen_step)
            if wanted not in intended_of:
                intended_of[wanted] = _intended(card, *wanted)
            cell.intended = intended_of[wanted]
        if grouping.dims == ("location",):
            cell.behaved = _behaved(customers.get(location) or {})
        elif not grouping.dims:
            cell.behaved = _behaved(_summed(customers.values()))
        cell.perception_gap = stats.difference(cell.believed, cell.experienced)
        cell.execution_gap = stats.difference(cell.believed, cell.observed)
        cells.append(cell)
    return cells


CUSTOMER_SUMS = (
    "customers", "value", "if_active", "value_squares", "if_active_squares", "cross",
    "at_risk", "listed_count",
)  # fmt: skip


def _summed(rows: Iterable[dict]) -> dict:
    """The organisation's Behaved sums: its locations' sums added up (exact: each
    customer has one home location)."""
    rows = list(rows)
    return {name: sum((row[name] or 0 for row in rows), 0) for name in CUSTOMER_SUMS}


def mark_real(cells: Sequence[Cell]) -> int:
    """Mark each cell's two gaps real or not, by Benjamini–Hochberg over all of them (the
    cells a caller shows); return how many were tested."""
    gaps = [gap for cell in cells for gap in (cell.perception_gap, cell.execution_gap)]
    marked = stats.mark_real(gaps)
    for index, cell in enumerate(cells):
        cell.perception_gap, cell.execution_gap = marked[2 * index], marked[2 * index + 1]
    return sum(1 for gap in marked if gap.testable)
