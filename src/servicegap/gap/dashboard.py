"""The value-distance page: the lenses laid out for an owner, in numbers and in words.

`build(membership, scope, metric)` computes every lens once (`lenses.compute`: four SQL
statements) and then, in Python, the headline, the heat map, the axes per location, the
monthly trends, the largest gaps and the ranking. Every gap on the page, and every change
against the previous period, is one test in a single Benjamini–Hochberg family, so a gap
called real here is real among everything the page shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from servicegap.audits.models import OBSERVED_KINDS, AuditAnswer, Result
from servicegap.core import stats
from servicegap.core.models import Location, Membership, P
from servicegap.core.stats import Estimate, Gap
from servicegap.gap import charts, lenses
from servicegap.gap.lenses import CURRENT, PREVIOUS, Cell, Grouping, Scope
from servicegap.recovery.models import Case
from servicegap.standards.models import JourneyStep
from servicegap.textlens.models import TOPICS, CommentAnalysis, negative_about

FINE = Grouping(("location", "p", "step"))
HEAT = Grouping(("location", "step"))
AXES = Grouping(("location", "p"))
LOCATIONS = Grouping(("location",), windows=True)
WHOLE = Grouping((), windows=True)
MONTHS = Grouping((), monthly=True)
GROUPINGS = (FINE, HEAT, AXES, LOCATIONS, WHOLE, MONTHS)
LARGEST = 10

LENS_LABELS = {
    "believed": gettext_lazy("We believe"),
    "observed": gettext_lazy("Shoppers and supervisors see"),
    "experienced": gettext_lazy("Customers say"),
}


def whole_number(value: float) -> int:
    """Rounded half up, as the templates' floatformat rounds (Python's round() would
    make 46.5 into 46 in a sentence beside a 47)."""
    return int(Decimal(repr(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


class Family:
    """Every test the page shows, decided together by Benjamini–Hochberg."""

    def __init__(self) -> None:
        self.items: list[tuple[Gap, Callable[[Gap], None]]] = []

    def add(self, gap: Gap, setter: Callable[[Gap], None]) -> None:
        self.items.append((gap, setter))

    def decide(self) -> int:
        """Mark each gap real or not; return how many tests the family held."""
        marked = stats.mark_real([gap for gap, _setter in self.items])
        for (_gap, setter), gap in zip(self.items, marked, strict=True):
            setter(gap)
        return sum(1 for gap in marked if gap.testable)


def _add_cell(family: Family, cell: Cell) -> None:
    family.add(cell.perception_gap, lambda gap: setattr(cell, "perception_gap", gap))
    family.add(cell.execution_gap, lambda gap: setattr(cell, "execution_gap", gap))


@dataclass
class Change:
    """A lens now against the previous period (now − before)."""

    label: str
    now: Estimate
    before: Estimate
    gap: Gap


def _change(family: Family, label: str, now: Estimate, before: Estimate) -> Change:
    change = Change(label, now, before, stats.difference(now, before))
    family.add(change.gap, lambda gap: setattr(change, "gap", gap))
    return change


@dataclass
class HeatCell:
    step: JourneyStep
    cell: Cell
    metric: str

    @property
    def figure(self) -> Estimate | Gap:
        if self.metric == "perception":
            return self.cell.perception_gap
        if self.metric == "execution":
            return self.cell.execution_gap
        return self.cell.value_distance

    @property
    def n_text(self) -> str:
        """What the figure rests on, in its own units."""
        figure = self.figure
        if self.metric == "distance":
            return _("%(n)s answers") % {"n": figure.n}
        other = _("answers") if self.metric == "perception" else _("audits")
        return _("%(a)s audits · %(b)s %(other)s") % {
            "a": figure.n[0], "b": figure.n[1], "other": other,
        }  # fmt: skip

    @property
    def too_few(self) -> bool:
        return self.figure.value is not None and self.figure.too_few

    @property
    def level(self) -> int:
        """0 (close to the promise) to 4 (far from it): the colour, also given in words."""
        value = self.figure.value
        if value is None or self.too_few:
            return -1
        if self.metric != "distance" and not self.figure.real:
            return -2  # a gap that could be chance is not coloured
        bounds = (20, 35, 50, 65) if self.metric == "distance" else (0, 10, 20, 30)
        return sum(value >= bound for bound in bounds)


@dataclass
class LocationRow:
    location: Location
    cell: Cell
    before: Cell
    shrunk: float | None = None
    shrink_weight: float | None = None
    rank: int | None = None
    axes: charts.Axes | None = None
    changes: list[Change] = field(default_factory=list)
    heat: list[HeatCell] = field(default_factory=list)


@dataclass
class LargeGap:
    cell: Cell
    kind: str  # "perception" or "execution"
    gap: Gap
    location: Location
    step: JourneyStep
    failures: list[dict] = field(default_factory=list)
    cases: int = 0
    # Comments (spam left out) about the cell's P at its location in the period, and how
    # many of them are negative about that P (its own feeling, read clause by clause).
    comments: int = 0
    negative_comments: int = 0

    links: dict[str, str] = field(default_factory=dict)
    also: list[str] = field(default_factory=list)  # the cell's other real gap, if any

    @property
    def other(self) -> Estimate:
        return self.cell.experienced if self.kind == "perception" else self.cell.observed

    @property
    def words(self) -> str:
        """ "Old Town · Serving · Process: we believe 94, customers say 58" (and what
        shoppers see, when that gap is real too)."""
        where = f"{self.location.name} · {self.step.name} · {P(self.cell.at('p')).label}"
        parts = [_("we believe %(v)s") % {"v": whole_number(self.cell.believed.value)}]
        kinds = [self.kind, *self.also]
        if "execution" in kinds:
            parts.append(_("shoppers see %(v)s") % {"v": whole_number(self.cell.observed.value)})
        if "perception" in kinds:
            parts.append(
                _("customers say %(v)s") % {"v": whole_number(self.cell.experienced.value)}
            )
        return f"{where}: {', '.join(parts)}"

    @property
    def negative_share(self) -> int | None:
        """The share of the comments about the P that are negative about it, in percent."""
        if not self.comments:
            return None
        return whole_number(100 * self.negative_comments / self.comments)

    @property
    def comment_words(self) -> str:
        """ "3 of 4 comments about Process at this location are negative about it (75%)"."""
        p = P(self.cell.at("p")).label
        if not self.comments:
            return _("No comment about %(p)s at this location in this period.") % {"p": p}
        return ngettext(
            "%(negative)s of %(counter)s comment about %(p)s at this location is negative "
            "about it (%(share)s%%).",
            "%(negative)s of %(counter)s comments about %(p)s at this location are negative "
            "about it (%(share)s%%).",
            self.comments,
        ) % {
            "negative": self.negative_comments,
            "counter": self.comments,
            "p": p,
            "share": self.negative_share,
        }


@dataclass
class Dashboard:
    scope: Scope
    metric: str
    whole: Cell
    whole_before: Cell
    changes: list[Change]
    rows: list[LocationRow]
    steps: list[JourneyStep]
    trend: charts.TrendChart | None
    trend_table: list[dict]
    largest: list[LargeGap]
    tests: int
    too_few_largest: list[LargeGap]
    no_differences: bool = False

    @property
    def ranked(self) -> list[LocationRow]:
        return sorted((row for row in self.rows if row.rank is not None), key=lambda row: row.rank)

    @property
    def unranked(self) -> list[LocationRow]:
        return [row for row in self.rows if row.rank is None]

    @property
    def has_evidence(self) -> bool:
        w = self.whole
        return any(e.value is not None for e in (w.believed, w.observed, w.experienced))


def build(membership: Membership, scope: Scope, metric: str = "distance") -> Dashboard:
    """The whole page. Its false-discovery family is every comparison it makes: the
    headline's two gaps and three changes, each location's two changes, every location ×
    P × step cell's two gaps (the largest real ones are listed), and the heat map's gaps
    when it is coloured by a gap."""
    found = lenses.compute(membership, scope, GROUPINGS)
    family = Family()
    steps = _steps(membership, scope)
    step_of = {step.pk: step for step in steps}
    whole, whole_before, changes = _headline(family, found)
    rows = _location_rows(family, scope, found, steps, metric)
    for cell in found[FINE]:
        _add_cell(family, cell)
    tests = family.decide()
    no_differences = _rank(rows)
    largest, too_few = _largest(membership, scope, found[FINE], rows, step_of)
    trend, trend_table = _trend(scope, found[MONTHS])
    return Dashboard(
        scope=scope,
        metric=metric,
        whole=whole,
        whole_before=whole_before,
        changes=changes,
        rows=rows,
        steps=steps,
        trend=trend,
        trend_table=trend_table,
        largest=largest,
        tests=tests,
        too_few_largest=too_few,
        no_differences=no_differences,
    )


def summary(membership: Membership, scope: Scope) -> Dashboard:
    """The headline and the largest gaps only (for Today): two of the page's groupings,
    their own false-discovery family."""
    found = lenses.compute(membership, scope, (FINE, WHOLE))
    family = Family()
    steps = _steps(membership, scope)
    whole, whole_before, changes = _headline(family, found)
    for cell in found[FINE]:
        _add_cell(family, cell)
    tests = family.decide()
    rows = [LocationRow(location, Cell({}), Cell({})) for location in scope.locations]
    largest, too_few = _largest(
        membership, scope, found[FINE], rows, {step.pk: step for step in steps}
    )
    return Dashboard(
        scope=scope, metric="distance", whole=whole, whole_before=whole_before,
        changes=changes, rows=[], steps=steps, trend=None, trend_table=[], largest=largest,
        tests=tests, too_few_largest=too_few,
    )  # fmt: skip


def _steps(membership: Membership, scope: Scope) -> list[JourneyStep]:
    """The heat map's columns: the steps in use (or the one filtered on)."""
    if scope.step is not None:
        return [scope.step]
    return list(
        JourneyStep.objects.for_member(membership).filter(is_active=True).order_by("position", "pk")
    )


def _headline(family: Family, found: dict) -> tuple[Cell, Cell, list[Change]]:
    whole = _window(found[WHOLE], CURRENT)[None]
    whole_before = _window(found[WHOLE], PREVIOUS)[None]
    _add_cell(family, whole)
    changes = [
        _change(family, LENS_LABELS[key], getattr(whole, key), getattr(whole_before, key))
        for key in LENS_LABELS
    ]
    return whole, whole_before, changes


def _window(cells: list[Cell], window: int) -> dict[Any, Cell]:
    return {cell.at("location"): cell for cell in cells if cell.at("window") == window}


def _location_rows(
    family: Family, scope: Scope, found: dict, steps: list[JourneyStep], metric: str
) -> list[LocationRow]:
    now, before = _window(found[LOCATIONS], CURRENT), _window(found[LOCATIONS], PREVIOUS)
    axes: dict[int, list[Cell]] = {}
    for cell in found[AXES]:
        axes.setdefault(cell.at("location"), []).append(cell)
    heat = {(cell.at("location"), cell.at("step")): cell for cell in found[HEAT]}
    rows = []
    for location in scope.locations:
        cell = now[location.pk]
        row = LocationRow(location, cell, before[location.pk])
        # One cell per column, in the columns' order, "no data" where nothing was measured.
        for step in steps:
            found_cell = heat.get((location.pk, step.pk)) or Cell({"location": location.pk})
            row.heat.append(HeatCell(step, found_cell, metric))
            if metric != "distance":
                _add_cell(family, found_cell)
        row.changes = [
            _change(family, LENS_LABELS[key], getattr(cell, key), getattr(row.before, key))
            for key in ("observed", "experienced")
        ]
        row.axes = charts.axis_rows(
            [
                (
                    P(axis.at("p")).label,
                    {key: (label, getattr(axis, key)) for key, label in LENS_LABELS.items()},
                )
                for axis in axes.get(location.pk, [])
            ]
        )
        rows.append(row)
    return rows


def _rank(rows: list[LocationRow]) -> bool:
    """Rank by value distance shrunk towards the mean in proportion to the evidence:
    each location's standard error is the organisation's pooled spread of answers over
    the square root of its own n, so a location whose few answers happen to agree is not
    taken as certain. Locations under the evidence bar are not ranked. Returns True when
    the locations do not differ beyond chance (then none is ranked)."""
    usable = [row for row in rows if row.cell.experienced.usable]
    if not usable:
        return False
    pooled = _pooled_variance([row.cell.experienced for row in usable])
    distances = [row.cell.value_distance.value for row in usable]
    ses = [(pooled / row.cell.experienced.n) ** 0.5 for row in usable]
    shrunk, _mean, tau2 = stats.shrink(distances, ses)
    for row, value in zip(usable, shrunk, strict=True):
        row.shrunk, row.shrink_weight = value.value, value.weight
    if len(usable) > 1 and tau2 == 0:
        return True
    for rank, row in enumerate(sorted(usable, key=lambda r: -r.shrunk), start=1):
        row.rank = rank
    return False


def _pooled_variance(estimates: list[Estimate]) -> float:
    """The within-location variance of single answers (0–100 scale), pooled."""
    dof = sum(e.n - 1 for e in estimates)
    total = sum((e.n - 1) * (e.spread or 0.0) ** 2 for e in estimates)
    return max(total / dof if dof else 0.0, stats.SE_FLOOR**2)


def _largest(
    membership: Membership,
    scope: Scope,
    cells: list[Cell],
    rows: list[LocationRow],
    step_of: dict[int, JourneyStep],
) -> tuple[list[LargeGap], list[LargeGap]]:
    """The ten largest real gaps, with their evidence; and the largest "too few" ones,
    shown apart so that a large difference on little evidence is seen for what it is."""
    location_of = {row.location.pk: row.location for row in rows}
    real, few = [], []
    for cell in cells:
        if cell.at("step") not in step_of or cell.at("location") not in location_of:
            continue
        where = (location_of[cell.at("location")], step_of[cell.at("step")])
        gaps = {
            kind: getattr(cell, f"{kind}_gap")
            for kind in ("perception", "execution")
            if (getattr(cell, f"{kind}_gap").value or 0) > 0
        }
        found = {kind: gap for kind, gap in gaps.items() if gap.real}
        if found:
            kind = max(found, key=lambda k: found[k].value)
            item = LargeGap(cell, kind, found[kind], *where)
            item.also = [k for k in found if k != kind]
            real.append(item)
        elif gaps and all(gap.too_few for gap in gaps.values()):
            kind = max(gaps, key=lambda k: gaps[k].value)
            few.append(LargeGap(cell, kind, gaps[kind], *where))
    real.sort(key=lambda item: -item.gap.value)
    few.sort(key=lambda item: -item.gap.value)
    largest = real[:LARGEST]
    _evidence(membership, scope, largest)
    return largest, few[:3]


def _evidence(membership: Membership, scope: Scope, items: list[LargeGap]) -> None:
    """Failed behaviours (in mystery shops and observations) and recovery cases of each
    largest gap's location, P and step: two queries for all of them."""
    if not items:
        return
    tz = membership.organization.tz
    where = Q()
    for item in items:
        where |= Q(
            location_id=item.cell.at("location"), p=item.cell.at("p"), step_id=item.cell.at("step")
        )
    start, end = lenses.start_of(scope.since, tz), lenses.end_of(scope.until, tz)
    failures = (
        AuditAnswer.objects.for_member(membership)
        .filter(where, is_counted=True, kind__in=OBSERVED_KINDS)
        .filter(performed_at__gte=start, performed_at__lt=end)
        .values("location_id", "p", "step_id", "behaviour__code", "behaviour__text")
        .annotate(
            failed=Count("audit", distinct=True, filter=Q(result=Result.FAIL)),
            audits=Count("audit", distinct=True, filter=Q(result__in=[Result.PASS, Result.FAIL])),
        )
        .filter(failed__gt=0)
        .order_by("-failed", "behaviour__code")
    )
    by_cell: dict[tuple, list[dict]] = {}
    for row in failures:
        by_cell.setdefault((row["location_id"], row["p"], row["step_id"]), []).append(row)
    cases = (
        Case.objects.for_member(membership)
        .filter(where, opened_at__gte=start, opened_at__lt=end)
        .values("location_id", "p", "step_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    case_counts = {(row["location_id"], row["p"], row["step_id"]): row["n"] for row in cases}
    feelings = _comment_feelings(membership, start, end, items)
    for item in items:
        key = (item.cell.at("location"), item.cell.at("p"), item.cell.at("step"))
        item.failures = by_cell.get(key, [])[:3]
        item.cases = case_counts.get(key, 0)
        item.comments, item.negative_comments = feelings.get(
            (item.cell.at("location"), item.cell.at("p")), (0, 0)
        )
        item.links = evidence_links(scope, item)


def _comment_feelings(
    membership: Membership, start: Any, end: Any, items: list[LargeGap]
) -> dict[tuple[int, str], tuple[int, int]]:
    """(location, P) -> (comments about the P, those negative about it) for the locations
    of `items`, in the period, spam left out: one GROUP BY. Comments carry no journey
    step, so a P's comments at the location stand beside each of its steps' gaps (the
    page's "Comments" link lists the same ones)."""
    counts = {}
    for p in TOPICS:
        counts[f"{p}_about"] = Count("pk", filter=Q(**{p: True}))
        counts[f"{p}_negative"] = Count("pk", filter=negative_about(p))
    rows = (
        CommentAnalysis.objects.for_member(membership)
        .filter(
            spam=False,
            location_id__in={item.cell.at("location") for item in items},
            submitted_at__gte=start,
            submitted_at__lt=end,
        )
        .values("location_id")
        .annotate(**counts)
        .order_by()
    )
    return {
        (row["location_id"], p): (row[f"{p}_about"], row[f"{p}_negative"])
        for row in rows
        for p in TOPICS
    }


def _url(name: str, **query: Any) -> str:
    return f"{reverse(name)}?{urlencode({k: v for k, v in query.items() if v is not None})}"


def evidence_links(scope: Scope, item: LargeGap) -> dict[str, str]:
    """Where the evidence of a gap is: the audits, comments, cases and customers of that
    location (and P, step) in that period, on their own pages."""
    period = {"since": scope.since.isoformat(), "until": scope.until.isoformat()}
    where = {"location": str(item.location.code), "p": item.cell.at("p")}
    step = str(item.step.code)
    links = {
        "audits": _url("audits:list", **where, step=step, **period),
        "failed": _url("audits:list", **where, step=step, result="fail", lens="observed", **period),
        "comments": _url("textlens:explorer", **where, **period),
        "cases": _url("recovery:case-list", **where, step=step, **period),
        "save_list": _url("customers:save-list", location=str(item.location.code)),
    }
    for failure in item.failures:
        failure["link"] = _url(
            "audits:list",
            location=str(item.location.code),
            behaviour=str(failure["behaviour__code"]),
            result="fail",
            lens="observed",
            **period,
        )
    return links


def _trend(scope: Scope, cells: list[Cell]) -> tuple[charts.TrendChart, list[dict]]:
    months = scope.months()
    by_month = {cell.at("month"): cell for cell in cells}
    series = {
        key: (label, {m: getattr(by_month[m], key) for m in months if m in by_month})
        for key, label in LENS_LABELS.items()
    }
    table = [
        {"month": m, "cells": [getattr(by_month[m], key) for key in LENS_LABELS]}
        for m in months
        if m in by_month
    ]
    return charts.trend_chart(months, series), table


def headline_words(dashboard: Dashboard) -> str:
    """The perception gap of the whole period in one sentence."""
    w = dashboard.whole
    gap = w.perception_gap
    if not w.believed.n and not w.experienced.n:
        return _("No self-assessments and no customer answers in this period.")
    if gap.value is None or gap.too_few:
        return _(
            "Too few self-assessments or customer answers in this period to compare what we "
            "believe with what customers say."
        )
    points = whole_number(abs(gap.value))
    low, high = whole_number(gap.low), whole_number(gap.high)
    if gap.real and gap.value > 0:
        return _(
            "Customers score us %(points)s points below what we believe (%(low)s to "
            "%(high)s points): a real gap, after allowing for the %(tests)s comparisons of "
            "the value-distance page."
        ) % {"points": points, "low": low, "high": high, "tests": dashboard.tests}
    if gap.real:
        return _(
            "Customers score us %(points)s points above what we believe (%(low)s to "
            "%(high)s points)."
        ) % {"points": points, "low": low, "high": high}
    return _(
        "What we believe and what customers say differ by %(points)s points, which could "
        "be chance (%(low)s to %(high)s points)."
    ) % {"points": points, "low": low, "high": high}


def month_label(month: date) -> str:
    return month.strftime("%b %Y")


def headline_line(dashboard: Dashboard) -> str:
    """ "We believe 86 · mystery shoppers see 79 · customers say 61" (the Observed lens
    also holds supervisors' observations); a lens with nothing measured says so."""
    w = dashboard.whole

    def show(estimate: Estimate) -> str:
        return _("no data") if estimate.value is None else str(whole_number(estimate.value))

    return _("We believe %(b)s · mystery shoppers see %(o)s · customers say %(e)s") % {
        "b": show(w.believed), "o": show(w.observed), "e": show(w.experienced),
    }  # fmt: skip


def headline_evidence(dashboard: Dashboard) -> str:
    """What the headline rests on: "35 self-assessments · 73 mystery shops and
    observations · 2,919 customer answers", with "too few" said."""
    w = dashboard.whole

    def part(estimate: Estimate, label: str) -> str:
        text = f"{estimate.n:,} {label}"
        return (
            text + " (" + _("too few") + ")"
            if estimate.value is not None and estimate.too_few
            else text
        )

    return " · ".join(
        (
            part(w.believed, _("self-assessments")),
            part(w.observed, _("mystery shops and observations")),
            part(w.experienced, _("customer answers")),
        )
    )
