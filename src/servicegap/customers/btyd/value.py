"""Customer value: the model's discounted value, and the simple value an owner can check."""

from __future__ import annotations

from decimal import Decimal

import numpy as np
from scipy import special

from servicegap.customers.btyd._inputs import FitError, as_columns, check_recency, compress
from servicegap.customers.btyd.bgnbd import BgNbdParams, _log_odds_dead, _unit_visits
from servicegap.customers.btyd.gamma_gamma import GammaGammaParams, expected_spend

WEEKS_PER_YEAR = 52


def simple_value(spend_per_visit, visits_per_week, years) -> Decimal:
    """Spend per visit × visits per week × 52 × years (DESIGN.md): $30 a week for 3 years
    is $4,680."""
    result = (
        Decimal(str(spend_per_visit))
        * Decimal(str(visits_per_week))
        * WEEKS_PER_YEAR
        * Decimal(str(years))
    )
    return result.quantize(Decimal("0.01"))


def discount_factors(horizon: float, step: float, rate: float) -> tuple[np.ndarray, np.ndarray]:
    """Period ends min(k·step, horizon) for k = 1..⌈horizon/step⌉ and 1/(1+rate)^k."""
    periods = int(np.ceil(horizon / step - 1e-12))
    ends = np.minimum(step * np.arange(1, periods + 1), horizon)
    return ends, (1.0 + rate) ** -np.arange(1, periods + 1, dtype=float)


def customer_value(
    bgnbd: BgNbdParams,
    gg: GammaGammaParams,
    frequency,
    recency,
    T,
    monetary,
    *,
    horizon: float,
    discount_rate_per_period: float,
    step: float = 1,
) -> np.ndarray:
    """Discounted expected spend over the horizon, per customer.

        Σ_k [E(visits in (T, T+t_k]) - E(visits in (T, T+t_(k-1)])] · E[spend] / (1+d)^k

    with t_k = min(k·step, horizon), k = 1..⌈horizon/step⌉, t_0 = 0, d the discount
    rate per period, the visits from BG/NBD and the spend from Gamma-Gamma. It already
    counts the chance that the customer is gone (the visits are P(alive) × the visits
    of a customer still alive), so the value if still active is this / P(alive).
    Horizon and step are in the unit of the data (days for visit data).
    """
    if not (np.isfinite(horizon) and horizon > 0):
        raise FitError(f"horizon must be a positive number of periods, not {horizon!r}.")
    if not (np.isfinite(step) and step > 0):
        raise FitError(f"step must be a positive number of periods, not {step!r}.")
    if not (np.isfinite(discount_rate_per_period) and discount_rate_per_period > -1):
        raise FitError(
            f"discount_rate_per_period must be above -1, not {discount_rate_per_period!r}."
        )
    cols = as_columns(frequency=frequency, recency=recency, T=T, monetary=monetary)
    x, t_x, age, m = cols["frequency"], cols["recency"], cols["T"], cols["monetary"]
    check_recency(t_x, age)
    spend = expected_spend(gg, x, m)
    alive = special.expit(-_log_odds_dead(bgnbd, x, t_x, age))

    ends, factors = discount_factors(float(horizon), float(step), float(discount_rate_per_period))
    (xu, Tu), inverse, _ = compress(x, age)
    previous = np.zeros(xu.shape)
    discounted = np.zeros(xu.shape)
    for end, factor in zip(ends, factors, strict=True):
        current = _unit_visits(bgnbd, float(end), xu, Tu)
        discounted += (current - previous) * factor
        previous = current
    return alive * discounted[inverse] * spend
