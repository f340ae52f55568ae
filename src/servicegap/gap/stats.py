"""The statistics behind the value-distance page, as plain functions (no Django).

Every figure is an `Estimate`: a value on the 0–100 scale (NPS: −100–100), the number of
things it rests on (`n`: audits, responses or customers), a 95% interval, and whether it
rests on too few to be shown as more than "too few".

- Pass rates (Believed, Observed): Wilson's interval with the *effective* n of the
  weighted answers, n_eff = (Σw)² / Σw² (Kish). Chosen over a bootstrap over audits
  because it needs only sums that one SQL aggregation gives at any scale; it treats
  answers as independent, so with answers of one audit alike it is somewhat narrow.
- Mean ratings (Experienced): Student's t interval of the mean 1–5 rating, mapped to
  0–100 with (r − 1) × 25.
- NPS: ± z·√((p₊ + p₋ − (p₊ − p₋)²)/n), p₊ and p₋ the shares of promoters and detractors.
- A gap A − B of independent estimates: its half-width is √(h_A² + h_B²), h the
  half-widths of A and B (each interval read as a normal one, so a t interval's extra
  width carries over). Its p-value is that of the normal test of the same width.
- A gap is *real* when it survives a Benjamini–Hochberg false-discovery correction at
  q = 0.05 over every gap on the screen; `adjusted_half_width` then widens its interval
  to the false-coverage level 1 − R·q/m (Benjamini & Yekutieli, 2005), so that a real gap
  is exactly one whose adjusted interval excludes 0.
- Rankings use empirical-Bayes shrinkage: each location's score moves towards the
  precision-weighted mean by τ²/(τ² + se²), τ² the between-location variance
  (DerSimonian–Laird), so a location with three answers is never ranked worst.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
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

    @property
    def half_width(self) -> float | None:
        if self.low is None or self.high is None:
            return None
        return (self.high - self.low) / 2

    @property
    def is_known(self) -> bool:
        """True when there is a value to show (perhaps marked "too few")."""
        return self.value is not None

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


def rating_mean(n: int, total: float, total_squares: float, *, minimum: int) -> Estimate:
    """The 0–100 score of `n` ratings 1–5 (their sum and sum of squares), t interval."""
    if n <= 0:
        return missing(0)
    mean = total / n
    value = (mean - 1) * 25
    if n < 2:
        return Estimate(value, None, None, n, True)
    variance = max(0.0, (total_squares - total * total / n) / (n - 1))
    half = t_quantile(n - 1) * math.sqrt(variance / n) * 25
    return Estimate(value, _clip(value - half), _clip(value + half), n, n < minimum)


def nps(n: int, promoters: int, detractors: int, *, minimum: int) -> Estimate:
    """NPS (−100–100) of `n` answers with its normal interval."""
    if n <= 0:
        return missing(0)
    plus, minus = promoters / n, detractors / n
    value = 100 * (plus - minus)
    se = 100 * math.sqrt(max(0.0, plus + minus - (plus - minus) ** 2) / n)
    return Estimate(
        value, _clip(value - Z * se, -100, 100), _clip(value + Z * se, -100, 100), n, n < minimum
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
    """A − B with its 95% interval, p-value, and (after `mark_real`) whether it is real."""

    value: float | None
    half_width: float | None
    p_value: float | None
    too_few: bool
    n: tuple[int, int]
    real: bool = False
    adjusted_half_width: float | None = None

    @property
    def low(self) -> float | None:
        return (
            None if self.value is None or self.half_width is None else self.value - self.half_width
        )

    @property
    def high(self) -> float | None:
        return (
            None if self.value is None or self.half_width is None else self.value + self.half_width
        )

    @property
    def testable(self) -> bool:
        return self.p_value is not None and not self.too_few


NO_GAP = Gap(None, None, None, True, (0, 0))


def difference(a: Estimate, b: Estimate) -> Gap:
    """A − B of independent estimates; "too few" when either side is."""
    if a.value is None or b.value is None:
        return Gap(None, None, None, True, (a.n, b.n))
    value = a.value - b.value
    ha, hb = a.half_width, b.half_width
    too_few = a.too_few or b.too_few or ha is None or hb is None
    if ha is None or hb is None:
        return Gap(value, None, None, True, (a.n, b.n))
    half = math.sqrt(ha * ha + hb * hb)
    if half == 0:
        p_value = 1.0 if value == 0 else 0.0
    else:
        # 2·(1 − Φ(|z|)) = erfc(|z|/√2): math's erfc, as scipy's norm.sf, in a
        # hundredth of its time (the page computes thousands of gaps).
        p_value = math.erfc(abs(value) / (half / Z) / math.sqrt(2))
    return Gap(value, half, p_value, too_few, (a.n, b.n))


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
    """The gaps again, each marked real or not by BH over the testable ones.

    A real gap's `adjusted_half_width` is its interval at the false-coverage level
    1 − R·q/m (R rejections among m tests), which excludes 0 exactly when it is real.
    """
    testable = [i for i, gap in enumerate(gaps) if gap.testable]
    rejected = benjamini_hochberg([gaps[i].p_value for i in testable], q)
    m, r = len(testable), sum(rejected)
    level = 1 - (r * q / m if m and r else q)
    widen = float(scipy_stats.norm.ppf(1 - (1 - level) / 2)) / Z
    out = list(gaps)
    for i, is_real in zip(testable, rejected, strict=True):
        gap = gaps[i]
        out[i] = Gap(
            gap.value,
            gap.half_width,
            gap.p_value,
            gap.too_few,
            gap.n,
            real=is_real,
            adjusted_half_width=gap.half_width * widen,
        )
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
