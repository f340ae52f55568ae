"""Measured effects of training and of ideas tried: a difference in differences.

Effect = (after − before at the treated locations) − (after − before at the other
locations, over the same windows). Each of the four figures is an `Estimate` of the gap
app (Wilson's interval for pass rates, t for mean ratings); the effect's 95% half-width
is √(h₁² + h₂² + h₃² + h₄²), the four estimates taken as independent, as
`stats.difference` does for one gap. It is "too few" when any of the four is.

The windows: `WINDOW_DAYS` before the start, and from the start for as long (up to now).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count, F, Q, Sum

from servicegap.core import stats
from servicegap.core.stats import Estimate

WINDOW_DAYS = 90
MINIMUM = 5  # audits (or ratings) under which a figure is "too few"


@dataclass(frozen=True)
class Effect:
    """A difference in differences, with its four parts. Its interval keeps each part's
    lopsided interval, as `stats.difference` does for one gap (Newcombe's MOVER):
    (after − before here) − (after − before elsewhere)."""

    value: float | None
    below: float | None
    above: float | None
    too_few: bool
    before_here: Estimate
    after_here: Estimate
    before_others: Estimate
    after_others: Estimate

    @property
    def half_width(self) -> float | None:
        if self.below is None or self.above is None:
            return None
        return (self.below + self.above) / 2

    @property
    def low(self) -> float | None:
        return None if self.value is None or self.below is None else self.value - self.below

    @property
    def high(self) -> float | None:
        return None if self.value is None or self.above is None else self.value + self.above

    @property
    def n(self) -> tuple[int, int, int, int]:
        return (
            self.before_here.n,
            self.after_here.n,
            self.before_others.n,
            self.after_others.n,
        )

    @property
    def real(self) -> bool:
        """True when the interval excludes 0 and the figure rests on enough."""
        if self.too_few or self.low is None or self.high is None:
            return False
        return self.low > 0 or self.high < 0


def diff_in_diff(
    before_here: Estimate, after_here: Estimate, before_others: Estimate, after_others: Estimate
) -> Effect:
    parts = (before_here, after_here, before_others, after_others)
    if any(part.value is None for part in parts):
        return Effect(None, None, None, True, *parts)
    value = (after_here.value - before_here.value) - (after_others.value - before_others.value)
    # Each part pulls the effect down by how far it reaches on the side that lowers it.
    downs = (after_here.below, before_here.above, after_others.above, before_others.below)
    ups = (after_here.above, before_here.below, after_others.below, before_others.above)
    if any(part is None for part in downs + ups):
        return Effect(value, None, None, True, *parts)
    below = math.sqrt(sum(part * part for part in downs))
    above = math.sqrt(sum(part * part for part in ups))
    too_few = any(part.too_few for part in parts)
    return Effect(value, below, above, too_few, *parts)


@dataclass(frozen=True)
class Windows:
    before: tuple[datetime, datetime]
    after: tuple[datetime, datetime]


def windows(start: date, now: datetime, tz) -> Windows:
    begin = datetime.combine(start, time.min, tz)
    return Windows(
        before=(begin - timedelta(days=WINDOW_DAYS), begin),
        after=(begin, min(now, begin + timedelta(days=WINDOW_DAYS))),
    )


def pass_rate(answers, since: datetime, until: datetime) -> Estimate:
    """The weighted pass rate of observed answers (mystery shops and observations) in
    [since, until), with Wilson's interval on the effective n; n counts audits."""
    from servicegap.audits.models import OBSERVED_KINDS, Result

    row = answers.filter(
        is_counted=True,
        kind__in=OBSERVED_KINDS,
        result__in=[Result.PASS, Result.FAIL],
        performed_at__gte=since,
        performed_at__lt=until,
    ).aggregate(
        passed_weight=Sum("weight", filter=Q(result=Result.PASS)),
        total_weight=Sum("weight"),
        total_weight_squared=Sum(F("weight") * F("weight")),
        audits=Count("audit", distinct=True),
    )
    return stats.wilson(
        float(row["passed_weight"] or 0),
        float(row["total_weight"] or 0),
        float(row["total_weight_squared"] or 0),
        n=row["audits"],
        minimum=MINIMUM,
    )


def rating_score(responses, since: datetime, until: datetime) -> Estimate:
    """The 0–100 score of the responses in [since, until): each response's mean rating
    over the P's it rated counts once (as the Experienced lens pools every P), so n
    counts responses, not ratings; a response that rated nothing is left out."""
    from servicegap.feedback.scoring import response_mean

    mean = response_mean()
    row = responses.filter(spam=False, submitted_at__gte=since, submitted_at__lt=until).aggregate(
        n=Count(mean), total=Sum(mean), squares=Sum(mean * mean)
    )
    return stats.rating_mean(
        row["n"] or 0, float(row["total"] or 0), float(row["squares"] or 0), minimum=MINIMUM
    )


def measure(figure, here, others, start: date, now: datetime, tz) -> Effect:
    """`figure(queryset, since, until)` at `here` and at `others`, before and after."""
    w = windows(start, now, tz)
    return diff_in_diff(
        figure(here, *w.before),
        figure(here, *w.after),
        figure(others, *w.before),
        figure(others, *w.after),
    )


def location_ids(locations: Iterable) -> list[int]:
    return [getattr(location, "pk", location) for location in locations]
