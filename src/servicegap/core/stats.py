"""The statistics behind the value-distance page, as plain functions (no Django).

Every figure is an `Estimate`: a value on the 0–100 scale (NPS: −100–100), the number of
things it rests on (`n`: audits, responses or customers), a 95% interval, and whether it
rests on too few to be shown as more than "too few".

- Pass rates (Believed, Observed): Wilson's interval with the *effective* n of the
  weighted answers, n_eff = (Σw)² / Σw² (Kish). Chosen over a bootstrap over audits
  because it needs only sums that one SQL aggregation gives at any scale; it treats
  answers as independent, so with answers of one audit alike it is somewhat narrow.
- Mean ratings (Experienced): Student's t interval of the mean rating (a response's
  ratings averaged first, so n counts responses), mapped to 0–100 with (r − 1) × 25.
  The variance is floored at R²/(4(n + 1)) (R = 4, the span of a 1–5 rating), so that n
  identical ratings never make an interval of zero width.
- NPS: ± z·√((p₊ + p₋ − (p₊ − p₋)²)/n), p₊ and p₋ the shares of promoters and
  detractors, and no narrower than with one more promoter, passive and detractor.
- A gap A − B of independent estimates: Newcombe's method of variance estimates
  recovery (MOVER), which keeps each side's lopsided interval: low = d − √((a − a_low)²
  + (b_high − b)²), high = d + √((a_high − a)² + (b − b_low)²). Its p-value is that of
  the normal test on the side facing 0.
- A gap is *real* when it survives a Benjamini–Hochberg false-discovery correction at
  q = 0.05 over the comparisons the page makes; its interval is then shown at the
  false-coverage level 1 − max(R, 1)·q/m (Benjamini & Yekutieli, 2005; R rejections of
  m tests), so that a gap is real exactly when the interval shown excludes 0.
- Rankings use empirical-Bayes shrinkage: each location's score moves towards the
  precision-weighted mean by τ²/(τ² + se²), τ² the between-location variance
  (DerSimonian–Laird), so a location with three answers is never ranked worst.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from scipy import stats as scipy_stats

CONFIDENCE = 0.95
Z = float(scipy_stats.norm.ppf(0.5 + CONFIDENCE / 2))  # 1.959963…
FDR = 0.05


@dataclass(frozen=True)
class Estimate:
    """A figure with its evidence: value, 95% interval, n, and "too few" under the bar."""

    value: float | None
    low: float | None
    high: float | None
    n: int
    too_few: bool
    # The interval before it was cut to the scale (0–100), for differences; and the
    # spread of single answers on the 0–100 scale, for pooling across groups.
    raw_low: float | None = None
    raw_high: float | None = None
    spread: float | None = None

    @property
    def half_width(self) -> float | None:
        if self.low is None or self.high is None:
            return None
        return (self.high - self.low) / 2

    @property
    def below(self) -> float | None:
        """How far the interval reaches below the value (before any cut)."""
        low = self.low if self.raw_low is None else self.raw_low
        return None if low is None or self.value is None else self.value - low

    @property
    def above(self) -> float | None:
        high = self.high if self.raw_high is None else self.raw_high
        return None if high is None or self.value is None else high - self.value

    @property
    def usable(self) -> bool:
        """True when the figure may be compared, ranked and coloured."""
        return self.value is not None and not self.too_few and self.half_width is not None


def missing(n: int = 0) -> Estimate:
    """No evidence at all: shown as "no data" with its n, never as 0."""
    return Estimate(None, None, None, n, True)


def _clip(value: float, low: float = 0.0, high: float = 100.0) -> float:
    return max(low, min(high, value))


def wilson(
    passed_weight: float, weight: float, weight_squared: float, *, n: int, minimum: int
) -> Estimate:
    """The weighted pass rate (0–100) with Wilson's interval on the effective n.

    `n` is what the figure rests on for the evidence rule (audits); `minimum` the bar.
    """
    if weight <= 0 or weight_squared <= 0:
        return missing(n)
    share = passed_weight / weight
    n_eff = weight * weight / weight_squared
    z2 = Z * Z
    denominator = 1 + z2 / n_eff
    centre = (share + z2 / (2 * n_eff)) / denominator
    half = Z * math.sqrt(share * (1 - share) / n_eff + z2 / (4 * n_eff * n_eff)) / denominator
    return Estimate(
        value=100 * share,
        low=100 * max(0.0, centre - half),
        high=100 * min(1.0, centre + half),
        n=n,
        too_few=n < minimum,
    )


@lru_cache(maxsize=4096)
def t_quantile(df: int) -> float:
    return float(scipy_stats.t.ppf(0.5 + CONFIDENCE / 2, df))


RATING_SPAN = 4.0  # a 1–5 rating


def rating_mean(n: int, total: float, total_squares: float, *, minimum: int) -> Estimate:
    """The 0–100 score of `n` ratings 1–5 (their sum and sum of squares), t interval."""
    if n <= 0:
        return missing(0)
    mean = total / n
    value = (mean - 1) * 25
    if n < 2:
        return Estimate(value, None, None, n, True)
    observed = max(0.0, (total_squares - total * total / n) / (n - 1))
    variance = max(observed, RATING_SPAN**2 / (4 * (n + 1)))
    half = t_quantile(n - 1) * math.sqrt(variance / n) * 25
    return Estimate(
        value,
        _clip(value - half),
        _clip(value + half),
        n,
        n < minimum,
        raw_low=value - half,
        raw_high=value + half,
        spread=math.sqrt(observed) * 25,
    )


def nps(n: int, promoters: int, detractors: int, *, minimum: int) -> Estimate:
    """NPS (−100–100) of `n` answers with its normal interval."""
    if n <= 0:
        return missing(0)
    plus, minus = promoters / n, detractors / n
    value = 100 * (plus - minus)

    def se(p: float, m: float) -> float:
        return 100 * math.sqrt(max(0.0, p + m - (p - m) ** 2) / n)

    # No narrower than with one more promoter, passive and detractor: all promoters
    # do not make a certain NPS of 100.
    floor = se((promoters + 1) / (n + 3), (detractors + 1) / (n + 3))
    half = Z * max(se(plus, minus), floor)
    return Estimate(
        value,
        _clip(value - half, -100, 100),
        _clip(value + half, -100, 100),
        n,
        n < minimum,
        raw_low=value - half,
        raw_high=value + half,
    )


def distance(experienced: Estimate) -> Estimate:
    """Value distance = 100 − Experienced, with the interval reflected."""
    if experienced.value is None:
        return experienced
    low = None if experienced.high is None else 100 - experienced.high
    high = None if experienced.low is None else 100 - experienced.low
    return Estimate(100 - experienced.value, low, high, experienced.n, experienced.too_few)


@dataclass(frozen=True)
class Gap:
    """A − B with its interval (lopsided: `below` and `above` the value), its p-value,
    and (after `mark_real`) whether it is real, with the interval widened to match."""

    value: float | None
    below: float | None
    above: float | None
    p_value: float | None
    too_few: bool
    n: tuple[int, int]
    real: bool = False
    widen: float = 1.0  # the false-coverage factor `mark_real` found

    @property
    def low(self) -> float | None:
        if self.value is None or self.below is None:
            return None
        return self.value - self.below * self.widen

    @property
    def high(self) -> float | None:
        if self.value is None or self.above is None:
            return None
        return self.value + self.above * self.widen

    @property
    def half_width(self) -> float | None:
        if self.below is None or self.above is None:
            return None
        return (self.below + self.above) / 2

    @property
    def testable(self) -> bool:
        return self.p_value is not None and not self.too_few


NO_GAP = Gap(None, None, None, None, True, (0, 0))


def difference(a: Estimate, b: Estimate) -> Gap:
    """A − B of independent estimates (Newcombe's MOVER); "too few" when either side is,
    or when neither side has any spread (nothing to test against)."""
    if a.value is None or b.value is None:
        return Gap(None, None, None, None, True, (a.n, b.n))
    value = a.value - b.value
    parts = (a.below, a.above, b.below, b.above)
    if any(part is None for part in parts):
        return Gap(value, None, None, None, True, (a.n, b.n))
    a_below, a_above, b_below, b_above = parts
    below = math.sqrt(a_below**2 + b_above**2)
    above = math.sqrt(a_above**2 + b_below**2)
    facing_zero = below if value >= 0 else above
    if facing_zero == 0:
        return Gap(value, below, above, None, True, (a.n, b.n))
    # Two-sided normal p-value, 2·(1 − Φ(|z|)) = erfc(|z|/√2), on the side facing 0.
    p_value = math.erfc(abs(value) / (facing_zero / Z) / math.sqrt(2))
    return Gap(value, below, above, p_value, a.too_few or b.too_few, (a.n, b.n))


def benjamini_hochberg(p_values: Sequence[float], q: float = FDR) -> list[bool]:
    """Which hypotheses BH rejects at false-discovery rate `q` (step-up procedure)."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    cutoff = 0
    for rank, index in enumerate(order, start=1):
        if p_values[index] <= rank * q / m:
            cutoff = rank
    rejected = [False] * m
    for index in order[:cutoff]:
        rejected[index] = True
    return rejected


def mark_real(gaps: Sequence[Gap], q: float = FDR) -> list[Gap]:
    """The gaps again, each marked real or not by BH over the testable ones, each
    testable gap's interval widened to the false-coverage level 1 − max(R, 1)·q/m, which
    excludes 0 exactly for the real ones."""
    testable = [i for i, gap in enumerate(gaps) if gap.testable]
    rejected = benjamini_hochberg([gaps[i].p_value for i in testable], q)
    m, r = len(testable), sum(rejected)
    out = list(gaps)
    if not m:
        return out
    alpha = max(r, 1) * q / m
    widen = float(scipy_stats.norm.ppf(1 - alpha / 2)) / Z
    for i, is_real in zip(testable, rejected, strict=True):
        out[i] = replace(gaps[i], real=is_real, widen=widen)
    return out


# Shrinkage -----------------------------------------------------------------------------

SE_FLOOR = 0.5  # points: a score with no spread at all still carries some uncertainty


@dataclass(frozen=True)
class Shrunk:
    value: float
    weight: float  # τ²/(τ² + se²): how far the score is trusted (1 = fully)


def shrink(values: Sequence[float], ses: Sequence[float]) -> tuple[list[Shrunk], float, float]:
    """Empirical-Bayes scores: each moved towards the mean in proportion to its evidence.

    Returns the shrunk values, the mean μ they shrink towards (weighted by 1/(se² + τ²))
    and the between-group variance τ² (DerSimonian–Laird). With one group nothing moves.
    """
    k = len(values)
    if k == 0:
        return [], 0.0, 0.0
    variances = [max(se, SE_FLOOR) ** 2 for se in ses]
    weights = [1 / v for v in variances]
    total = sum(weights)
    mean = sum(w * x for w, x in zip(weights, values, strict=True)) / total
    if k < 2:
        return [Shrunk(values[0], 1.0)], mean, 0.0
    q_stat = sum(w * (x - mean) ** 2 for w, x in zip(weights, values, strict=True))
    c = total - sum(w * w for w in weights) / total
    tau2 = max(0.0, (q_stat - (k - 1)) / c) if c > 0 else 0.0
    # The mean the scores shrink towards, weighted by 1/(se² + τ²) (random effects).
    re_weights = [1 / (v + tau2) for v in variances]
    mean = sum(w * x for w, x in zip(re_weights, values, strict=True)) / sum(re_weights)
    shrunk = []
    for x, v in zip(values, variances, strict=True):
        b = tau2 / (tau2 + v) if tau2 + v > 0 else 0.0
        shrunk.append(Shrunk(mean + b * (x - mean), b))
    return shrunk, mean, tau2
