"""BG/NBD and Gamma-Gamma: fits recover the parameters data were simulated from, and the
closed forms give the numbers worked out here by hand (math.lgamma and plain sums, not
the module's code)."""

from __future__ import annotations

import math
from decimal import Decimal

import numpy as np
import pytest

from servicegap.customers import btyd
from servicegap.customers.btyd import (
    BgNbdParams,
    FitError,
    GammaGammaParams,
    customer_value,
    expected_spend,
    expected_visits,
    fit_bgnbd,
    fit_gamma_gamma,
    p_alive,
)

# The CDNOW estimates (Fader, Hardie and Lee 2005), used here only as a realistic
# parameter set for the hand-computed checks.
CDNOW = BgNbdParams(r=0.243, alpha=4.414, a=0.793, b=2.426)


def simulate_bgnbd(n, r, alpha, a, b, T, rng):
    """Customers from the BG/NBD story: λ ~ Gamma(r, α), p ~ Beta(a, b).

    While alive a customer's visits are a Poisson process; after each repeat visit they
    leave with probability p, so they leave after the K-th repeat visit, K ~ Geometric(p),
    and x = min(K, N(T)). Given N(T) = n visits in (0, T], the x-th is the x-th of n
    uniform order statistics: t_x = T · Beta(x, n - x + 1).
    """
    lam = rng.gamma(r, 1.0 / alpha, n)
    p = rng.beta(a, b, n)
    arrivals = rng.poisson(lam * T)
    x = np.minimum(arrivals, rng.geometric(p))
    t_x = np.zeros(n)
    some = x > 0
    t_x[some] = T[some] * rng.beta(x[some], arrivals[some] - x[some] + 1)
    return x.astype(float), t_x, T


def simulate_spend(x, p, q, v, rng):
    """Mean of x visits' spend, each Gamma(p, ν) with ν ~ Gamma(q, v) per customer."""
    nu = rng.gamma(q, 1.0 / v, len(x))
    return rng.gamma(p * x, 1.0 / nu) / x


# --- Hand computations from the closed forms -------------------------------------------


def hand_p_alive(r, alpha, a, b, x, t_x, T):
    if x == 0:
        return 1.0
    return 1.0 / (1.0 + a / (b + x - 1) * ((alpha + T) / (alpha + t_x)) ** (r + x))


def hand_hyp2f1(A, B, C, z):
    """Gauss's series Σ (A)_n (B)_n / ((C)_n n!) z^n, all terms positive, summed in logs."""
    logs = []
    top = -math.inf
    n = 0
    while True:
        log_term = (
            math.lgamma(A + n)
            - math.lgamma(A)
            + math.lgamma(B + n)
            - math.lgamma(B)
            - math.lgamma(C + n)
            + math.lgamma(C)
            - math.lgamma(n + 1)
            + n * math.log(z)
        )
        logs.append(log_term)
        top = max(top, log_term)
        if n > 50 and log_term < top - 40:
            break
        n += 1
    return math.exp(top) * math.fsum(math.exp(v - top) for v in logs)


def hand_expected_visits(r, alpha, a, b, x, t_x, T, t):
    """FHL 2005 eq. 10, as printed (no transformation of the hypergeometric function)."""
    z = t / (alpha + T + t)
    hyp = hand_hyp2f1(r + x, b + x, a + b + x - 1, z)
    bracket = 1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp
    return (a + b + x - 1) / (a - 1) * bracket * hand_p_alive(r, alpha, a, b, x, t_x, T)


# --- Fits --------------------------------------------------------------------------------


def test_bgnbd_fit_recovers_the_parameters_of_100000_simulated_customers():
    rng = np.random.default_rng(20240601)
    true = {"r": 0.8, "alpha": 6.0, "a": 0.8, "b": 2.5}
    T = rng.uniform(52, 156, 100_000)
    x, t_x, T = simulate_bgnbd(100_000, *true.values(), T, rng)

    params = fit_bgnbd(x, t_x, T)

    for name, value in true.items():
        assert getattr(params, name) == pytest.approx(value, rel=0.05), name
    assert params.n == 100_000
    assert params.log_likelihood == pytest.approx(btyd.log_likelihood(params, x, t_x, T))


def test_bgnbd_fit_finds_the_maximum_not_just_a_point_near_the_truth():
    rng = np.random.default_rng(7)
    T = rng.uniform(20, 60, 5_000)
    x, t_x, T = simulate_bgnbd(5_000, 0.5, 4.0, 0.9, 3.0, T, rng)
    params = fit_bgnbd(x, t_x, T)
    best = btyd.log_likelihood(params, x, t_x, T)
    for name in ("r", "alpha", "a", "b"):
        for factor in (0.99, 1.01):
            moved = BgNbdParams(**{**params.as_dict(), name: getattr(params, name) * factor})
            assert btyd.log_likelihood(moved, x, t_x, T) < best


def test_bgnbd_weights_count_rows_as_that_many_customers():
    rng = np.random.default_rng(3)
    T = np.floor(rng.uniform(20, 60, 3_000))
    x, t_x, T = simulate_bgnbd(3_000, 0.5, 4.0, 0.9, 3.0, T, rng)
    t_x = np.floor(t_x)
    rows = np.unique(np.column_stack([x, t_x, T]), axis=0, return_counts=True)
    (unique, counts) = rows
    assert len(unique) < len(x)

    expanded = fit_bgnbd(x, t_x, T)
    weighted = fit_bgnbd(unique[:, 0], unique[:, 1], unique[:, 2], weights=counts)

    for name in ("r", "alpha", "a", "b"):
        assert getattr(weighted, name) == pytest.approx(getattr(expanded, name), rel=1e-5)
    assert weighted.n == 3_000


def test_gamma_gamma_fit_recovers_the_parameters_of_100000_simulated_customers():
    rng = np.random.default_rng(20240602)
    true = {"p": 2.0, "q": 10.0, "v": 40.0}
    x = 1.0 + rng.poisson(3, 100_000)
    monetary = simulate_spend(x, *true.values(), rng)

    params = fit_gamma_gamma(x, monetary)

    for name, value in true.items():
        assert getattr(params, name) == pytest.approx(value, rel=0.05), name
    # The mean spend per visit is pinned down far more tightly than p, q, v one by one.
    assert params.population_mean == pytest.approx(2.0 * 40.0 / 9.0, rel=0.01)
    assert params.n == 100_000


def test_gamma_gamma_fit_leaves_out_customers_without_a_repeat_visit():
    rng = np.random.default_rng(5)
    x = 1.0 + rng.poisson(2, 2_000)
    monetary = simulate_spend(x, 3.0, 5.0, 20.0, rng)
    alone = fit_gamma_gamma(x, monetary)

    with_new = fit_gamma_gamma(
        np.concatenate([x, np.zeros(500)]), np.concatenate([monetary, np.zeros(500)])
    )

    assert (with_new.p, with_new.q, with_new.v) == (alone.p, alone.q, alone.v)
    assert with_new.n == 2_000


# --- Closed forms against hand arithmetic -----------------------------------------------


@pytest.mark.parametrize(
    ("x", "t_x", "T"),
    [(2, 30.43, 38.86), (1, 1.71, 38.86), (0, 0.0, 38.86), (7, 29.0, 32.0), (15, 10.0, 70.0)],
)
def test_p_alive_is_the_closed_form(x, t_x, T):
    r, alpha, a, b = 0.243, 4.414, 0.793, 2.426
    expected = hand_p_alive(r, alpha, a, b, x, t_x, T)
    assert p_alive(CDNOW, [x], [t_x], [T])[0] == pytest.approx(expected, rel=1e-10)


def test_p_alive_worked_out():
    # x = 2, t_x = 30.43, T = 38.86 with the CDNOW parameters:
    # a/(b+x-1) = 0.793 / 3.426 = 0.231465...; (α+T)/(α+t_x) = 43.274 / 34.844 = 1.241935...
    # 1.241935^2.243 = exp(2.243 × ln 1.241935) = exp(2.243 × 0.216671) = exp(0.485993)
    #                = 1.625789; odds of being gone = 0.231465 × 1.625789 = 0.376314
    # P(alive) = 1 / 1.376314 = 0.726579
    assert p_alive(CDNOW, [2], [30.43], [38.86])[0] == pytest.approx(0.726579, abs=1e-6)


@pytest.mark.parametrize(
    ("x", "t_x", "T", "t"),
    [
        (2, 30.43, 38.86, 10.0),
        (1, 1.71, 38.86, 10.0),
        (0, 0.0, 38.86, 10.0),
        (0, 0.0, 5.0, 52.0),
        (7, 29.0, 32.0, 39.0),
        (25, 60.0, 61.0, 26.0),
    ],
)
def test_expected_visits_is_the_closed_form(x, t_x, T, t):
    r, alpha, a, b = 0.243, 4.414, 0.793, 2.426
    expected = hand_expected_visits(r, alpha, a, b, x, t_x, T, t)
    assert expected_visits(CDNOW, t, [x], [t_x], [T])[0] == pytest.approx(expected, rel=1e-8)


def test_expected_visits_with_a_above_one_is_the_closed_form():
    params = BgNbdParams(r=1.3, alpha=20.0, a=2.5, b=6.0)
    expected = hand_expected_visits(1.3, 20.0, 2.5, 6.0, 4, 100.0, 200.0, 90.0)
    assert expected_visits(params, 90, [4], [100], [200])[0] == pytest.approx(expected, rel=1e-8)


def test_expected_visits_survives_where_scipys_hyp2f1_overflows():
    # A customer with 100 repeat visits in 3 days, over a horizon of 365 days: z = 0.99.
    # scipy.special.hyp2f1 returns inf on the transformed series here; the module falls
    # back to summing it, and must agree with the untransformed series summed by hand.
    r, alpha, a, b = 5.0, 0.7, 5.0, 0.5
    params = BgNbdParams(r, alpha, a, b)
    expected = hand_expected_visits(r, alpha, a, b, 100, 3.0, 3.0, 365.0)
    got = expected_visits(params, 365, [100], [3], [3])[0]
    assert np.isfinite(got)
    assert got == pytest.approx(expected, rel=1e-8)


def test_expected_visits_without_dropout_is_the_nbd_expectation():
    # With p ≈ 0 (b huge) nobody leaves: E = (r + x) / (α + T) · t, P(alive) = 1.
    params = BgNbdParams(r=2.0, alpha=10.0, a=2.0, b=1e9)
    got = expected_visits(params, 30.0, [4, 0], [20, 0], [50, 50])
    assert got == pytest.approx([6 / 60 * 30, 2 / 60 * 30], rel=1e-5)


def test_expected_visits_take_a_horizon_per_customer_and_zero_gives_zero():
    got = expected_visits(CDNOW, [0.0, 10.0, 20.0], [2, 2, 2], [30.43] * 3, [38.86] * 3)
    assert got[0] == 0.0
    assert got[1] == pytest.approx(
        hand_expected_visits(0.243, 4.414, 0.793, 2.426, 2, 30.43, 38.86, 10)
    )
    assert got[2] > got[1]


def test_many_customers_give_the_same_numbers_as_one_at_a_time():
    rng = np.random.default_rng(11)
    T = np.floor(rng.uniform(1, 400, 20_000))
    x, t_x, T = simulate_bgnbd(20_000, 0.7, 30.0, 0.8, 2.5, T, rng)
    t_x = np.floor(t_x)
    params = BgNbdParams(0.7, 30.0, 0.8, 2.5)
    together = expected_visits(params, 90, x, t_x, T)
    for i in rng.choice(20_000, 20, replace=False):
        alone = hand_expected_visits(0.7, 30.0, 0.8, 2.5, x[i], t_x[i], T[i], 90.0)
        assert together[i] == pytest.approx(alone, rel=1e-8)


def test_expected_spend_is_the_weighted_mean():
    params = GammaGammaParams(p=6.25, q=3.74, v=15.44)
    # x = 3, m = 20: p (v + m x) / (p x + q - 1) = 6.25 × 75.44 / 21.49 = 21.94043...
    # x = 0: the population mean p v / (q - 1) = 96.5 / 2.74 = 35.21898...
    got = expected_spend(params, [3, 0], [20.0, 0.0])
    assert got == pytest.approx([6.25 * 75.44 / 21.49, 96.5 / 2.74], rel=1e-12)
    assert got[0] == pytest.approx(21.94043, abs=1e-5)


def test_customer_value_is_the_discounted_sum_of_each_periods_visits_times_spend():
    bg = BgNbdParams(r=0.243, alpha=4.414, a=0.793, b=2.426)
    gg = GammaGammaParams(p=6.25, q=3.74, v=15.44)
    x, t_x, T, m = 2, 30.43, 38.86, 20.0
    spend = 6.25 * (15.44 + 2 * 20.0) / (6.25 * 2 + 3.74 - 1)
    e1, e2, e3 = (
        hand_expected_visits(0.243, 4.414, 0.793, 2.426, x, t_x, T, t) for t in (4, 8, 10)
    )
    # Periods of 4 weeks over 10 weeks: (0, 4], (4, 8], (8, 10]; 10% per period.
    expected = spend * (e1 / 1.1 + (e2 - e1) / 1.1**2 + (e3 - e2) / 1.1**3)

    got = customer_value(
        bg, gg, [x], [t_x], [T], [m], horizon=10, discount_rate_per_period=0.1, step=4
    )

    assert got[0] == pytest.approx(expected, rel=1e-9)


def test_customer_value_without_discount_is_visits_over_the_horizon_times_spend():
    bg, gg = CDNOW, GammaGammaParams(p=6.25, q=3.74, v=15.44)
    f, r, t, m = [0, 1, 5], [0, 10, 30], [39, 39, 39], [0, 12, 40]
    got = customer_value(bg, gg, f, r, t, m, horizon=52, discount_rate_per_period=0.0)
    assert got == pytest.approx(expected_visits(bg, 52, f, r, t) * expected_spend(gg, f, m))


def test_simple_value_of_30_dollars_a_week_over_3_and_5_years():
    assert btyd.simple_value(30, 1, 3) == Decimal("4680.00")
    assert btyd.simple_value(Decimal("15.00"), 2, 5) == Decimal("7800.00")


# --- Bad input ---------------------------------------------------------------------------


def _repeat_customers(count, total=200):
    x = np.zeros(total)
    x[:count] = 1 + np.arange(count) % 3
    t_x = np.where(x > 0, 5.0, 0.0)
    return x, t_x, np.full(total, 10.0)


def test_bgnbd_says_how_many_repeat_customers_there_are_and_how_many_it_needs():
    x, t_x, T = _repeat_customers(49)
    with pytest.raises(FitError, match=r"49 customers have frequency > 0.*at least 50"):
        fit_bgnbd(x, t_x, T)


def test_bgnbd_fits_with_exactly_50_repeat_customers():
    x, t_x, T = _repeat_customers(50)
    assert fit_bgnbd(x, t_x, T).n == 200


def test_gamma_gamma_says_how_many_repeat_customers_there_are():
    x, _, _ = _repeat_customers(12)
    with pytest.raises(FitError, match=r"Gamma-Gamma: 12 customers have frequency > 0.*50"):
        fit_gamma_gamma(x, np.where(x > 0, 10.0, 0.0))


@pytest.mark.parametrize(
    ("frequency", "recency", "T", "message"),
    [
        ([1, -1], [1, 0], [5, 5], r"frequency has 1 negative values, the first at row 1"),
        ([1, 1], [-2, 1], [5, 5], r"recency has 1 negative values, the first at row 0"),
        ([1, 1], [1, 1], [5, -5], r"T has 1 negative values"),
        ([1, 2], [6, 1], [5, 5], r"recency is greater than T .* row 0 \(recency 6 > T 5\)"),
        ([1, 2, 3], [1, 1], [5, 5], r"different lengths: frequency 3, recency 2"),
        ([1, float("nan")], [1, 1], [5, 5], r"frequency has 1 missing or infinite .* row 1"),
        ([1, 1], [1, 1], [5, float("inf")], r"T has 1 missing or infinite"),
        ([1, "x"], [1, 1], [5, 5], r"frequency must be numbers"),
        ([[1, 1]], [[1, 1]], [[5, 5]], r"frequency must be one-dimensional"),
    ],
)
def test_bad_input_is_refused_with_a_message_naming_it(frequency, recency, T, message):
    for call in (
        lambda: fit_bgnbd(frequency, recency, T),
        lambda: p_alive(CDNOW, frequency, recency, T),
        lambda: expected_visits(CDNOW, 10, frequency, recency, T),
    ):
        with pytest.raises(FitError, match=message):
            call()


def test_negative_weights_and_monetary_values_are_refused():
    x, t_x, T = _repeat_customers(60)
    weights = np.ones_like(x)
    weights[3] = -1
    with pytest.raises(FitError, match="weights has 1 negative values, the first at row 3"):
        fit_bgnbd(x, t_x, T, weights=weights)
    with pytest.raises(FitError, match="monetary has 1 negative values"):
        fit_gamma_gamma([1, 2], [10, -3])


def test_gamma_gamma_refuses_a_repeat_customer_who_spent_nothing():
    x, _, _ = _repeat_customers(60)
    monetary = np.where(x > 0, 10.0, 0.0)
    monetary[0] = 0.0
    with pytest.raises(FitError, match="monetary is 0 for 1 customers with frequency > 0"):
        fit_gamma_gamma(x, monetary)


def test_a_negative_horizon_is_refused():
    with pytest.raises(FitError, match="t \\(the horizon\\)"):
        expected_visits(CDNOW, -1, [1], [1], [2])
    with pytest.raises(FitError, match="horizon must be a positive"):
        customer_value(
            CDNOW,
            GammaGammaParams(6.25, 3.74, 15.44),
            [1],
            [1],
            [2],
            [5],
            horizon=0,
            discount_rate_per_period=0.01,
        )


def test_fit_error_is_a_value_error():
    assert issubclass(FitError, ValueError)
