"""What the report pages show, assembled from the QuerySet aggregations.

Each number carries the count of audits behind it and a "too few" flag, so pages can
show their evidence. Every aggregation is one SQL query, whatever the number of audits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from servicegap.audits import charts, scoring
from servicegap.audits.forms import start_of
from servicegap.audits.models import OBSERVED_KINDS, Audit, AuditAnswer, Kind, Result
from servicegap.core.models import Location, Membership, P
from servicegap.standards.models import JourneyStep

DEFAULT_MONTHS = 6
KIND_ORDER = [Kind.MYSTERY_SHOP, Kind.OBSERVATION, Kind.SELF_ASSESSMENT]


@dataclass(frozen=True)
class Cell:
    """A score and the audits it rests on; `None` score when nothing applied."""

    score: Decimal | None
    audits: int
    # The pooled weights the score is made of, and how many applicable answers (known for
    # the scores of answers; a trend month's mean of audit scores has none).
    passed_weight: int | None = None
    applicable_weight: int | None = None
    answers: int | None = None

    @property
    def too_few(self) -> bool:
        return self.audits < scoring.MIN_AUDITS

    @classmethod
    def of(cls, row: scoring.LensRow | None) -> Cell:
        if row is None:
            return cls(None, 0, 0, 0, 0)
        return cls(row.score, row.audits, row.passed_weight, row.applicable_weight, row.answers)


EMPTY = Cell(None, 0)


def month_starts(today: date, months: int) -> list[date]:
    """The first day of each of the last `months` months, oldest first, this month last."""
    starts = []
    year, month = today.year, today.month
    for _month in range(months):
        starts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


def sub_scores_by_p(result: scoring.AuditScore) -> list[tuple[str, scoring.SubScore]]:
    return [(p.label, result.by_p[p.value]) for p in P if p.value in result.by_p]


def sub_scores_by_step(
    result: scoring.AuditScore, answers: list[AuditAnswer]
) -> list[tuple[str, scoring.SubScore]]:
    """Per step, in journey order, named as the audit's answers remember them."""
    names: dict[int, tuple[int, str]] = {}
    for answer in answers:
        names.setdefault(answer.step_id, (answer.step_position, answer.step_name))
    ordered = sorted(result.by_step, key=lambda step_id: names[step_id])
    return [(names[step_id][1], result.by_step[step_id]) for step_id in ordered]


def _period(membership: Membership, months: int) -> tuple[Any, list[date], datetime]:
    tz = membership.organization.tz
    month_list = month_starts(timezone.localdate(timezone=tz), months)
    return tz, month_list, start_of(month_list[0], tz)


def location_report(membership: Membership, location: Location, *, months: int) -> dict:
    """Trend, what fails most, and scores per P and step for one location."""
    tz, month_list, since = _period(membership, months)
    audits = Audit.objects.for_member(membership).filter(location=location)
    answers = AuditAnswer.objects.for_member(membership).filter(
        location=location, performed_at__gte=since
    )

    series: dict[str, tuple[str, dict]] = {
        "observed": (_("Observed (mystery shops, observations)"), {}),
        "believed": (_("Believed (self-assessments)"), {}),
    }
    for row in audits.filter(performed_at__gte=since).trend():
        score = Decimal(str(row["score"])).quantize(Decimal("0.1"))
        series[row["lens"]][1][row["month"]] = (score, row["audits"])
    chart = charts.trend_chart(month_list, series, min_audits=scoring.MIN_AUDITS)

    observed = answers.filter(kind__in=OBSERVED_KINDS)
    by_step_p = {(r["step"], r["p"]): r for r in observed.lens(by=("step", "p"))}
    observed_p = {r["p"]: r for r in observed.lens(by=("p",))}
    believed_p = {r["p"]: r for r in answers.filter(kind=Kind.SELF_ASSESSMENT).lens(by=("p",))}
    steps = JourneyStep.objects.filter(pk__in={step for step, _p in by_step_p}).order_by(
        "position", "pk"
    )
    matrix = [
        {"step": step, "cells": [Cell.of(by_step_p.get((step.pk, p.value))) for p in P]}
        for step in steps
    ]
    lenses = []
    for p in P:
        believed, seen = Cell.of(believed_p.get(p.value)), Cell.of(observed_p.get(p.value))
        gap = None
        if believed.score is not None and seen.score is not None:
            gap = believed.score - seen.score
        lenses.append({"p": p.label, "believed": believed, "observed": seen, "gap": gap})

    failures = [row for row in observed.failure_rates() if row["failed"]][:10]
    for row in failures:
        row["failed_url"] = failed_audits_url(location, row["behaviour__code"], month_list[0])
    history = audits.select_related("template", "performed_by")[:20]
    return {
        "months": months,
        "since": month_list[0],
        "chart": chart,
        "trend_table": _trend_table(month_list, series),
        "failures": failures,
        "matrix": matrix,
        "p_labels": [p.label for p in P],
        "observed_totals": [Cell.of(observed_p.get(p.value)) for p in P],
        "lenses": lenses,
        "history": history,
        "min_audits": scoring.MIN_AUDITS,
    }


def failed_audits_url(location: Location, behaviour_code, since: date) -> str:
    """The audit list of exactly the audits a report counts as failing a behaviour:
    observed audits of the location since the report's first day with a counted failed
    answer of that behaviour."""
    query = {
        "location": location.code,
        "behaviour": behaviour_code,
        "result": Result.FAIL,
        "lens": "observed",
        "since": since.isoformat(),
    }
    return f"{reverse('audits:list')}?{urlencode(query)}"


def _trend_table(month_list: list[date], series: dict) -> list[dict]:
    """The chart's numbers as rows, for screen readers and for checking by eye."""
    return [
        {
            "month": month,
            "cells": [
                Cell(*values[month]) if month in values else EMPTY
                for _label, values in series.values()
            ],
        }
        for month in month_list
    ]


def comparison(membership: Membership, *, months: int) -> dict:
    """Locations side by side: per kind of audit, the score overall and per P."""
    _tz, month_list, since = _period(membership, months)
    locations = list(membership.visible_locations().active())
    answers = AuditAnswer.objects.for_member(membership).filter(performed_at__gte=since)
    per_p = {
        (r["location"], r["kind"], r["p"]): r for r in answers.lens(by=("location", "kind", "p"))
    }
    overall = {(r["location"], r["kind"]): r for r in answers.lens(by=("location", "kind"))}
    groups = []
    for kind in KIND_ORDER:
        rows = [
            {
                "label": "",
                "overall": True,
                "cells": [Cell.of(overall.get((loc.pk, kind))) for loc in locations],
            }
        ]
        rows += [
            {
                "label": p.label,
                "overall": False,
                "cells": [Cell.of(per_p.get((loc.pk, kind, p.value))) for loc in locations],
            }
            for p in P
        ]
        groups.append({"kind": Kind(kind).label, "rows": rows})
    return {
        "months": months,
        "since": month_list[0],
        "locations": locations,
        "groups": groups,
        "min_audits": scoring.MIN_AUDITS,
    }
