"""The BG/NBD model of repeat visits (Fader, Hardie and Lee 2005).

While alive, a customer visits as a Poisson process with rate λ ~ Gamma(r, α); after
each repeat visit they drop out for good with probability p ~ Beta(a, b). What we see
of a customer is x (repeat visits), t_x (time of the last visit) and T (time since the
first visit), all measured from the first visit, in whatever unit the caller uses.

The likelihood of one customer is

    L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / Γ(r)
        · [ (α+T)^-(r+x) + δ(x>0) · a/(b+x-1) · (α+t_x)^-(r+x) ]

(using B(a+1, b+x-1) = B(a, b+x) · a/(b+x-1)), computed here in log space with the
bracket as a log-sum-exp, so that large x or long histories neither overflow nor lose
precision. The fit maximises the sum over customers, with an analytic gradient, over
the logarithms of the four parameters. Customers with the same (x, t_x, T) are folded
into one row with a weight, and the terms that depend on x alone are computed once per
distinct x: a million customers in whole days reduce to a few hundred thousand rows and
a few hundred values of x.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import special

from servicegap.customers.btyd._inputs import (
    FitError,
    as_columns,
    check_recency,
    compress,
    minimise,
    require_repeat_customers,
    table,
)

# Where the hypergeometric series is summed directly instead of by scipy.
_SERIES_MAX_TERMS = 200_000


@dataclass(frozen=True, slots=True)
class BgNbdParams:
    """Fitted (or given) BG/NBD parameters, with the fit's log-likelihood and n."""

    r: float
    alpha: float
    a: float
    b: float
    log_likelihood: float = float("nan")
    n: int = 0

    def as_dict(self) -> dict[str, float]:
        return {"r": self.r, "alpha": self.alpha, "a": self.a, "b": self.b}


class _Data:
    """The compressed customers and the sums the likelihood needs, computed once.

    Repeat customers are rows of distinct (x, t_x, T) with a weight; their T and t_x
    are indices into tables of distinct values, so that log(α+T) and 1/(α+T) are
    computed once per distinct value. Whatever does not involve both terms of the
    likelihood's bracket is summed per distinct x or per distinct T.
    """

    def __init__(self, x: np.ndarray, t_x: np.ndarray, T: np.ndarray, w: np.ndarray) -> None:
        keep = w > 0
        x, t_x, T, w = x[keep], t_x[keep], T[keep], w[keep]
        # t_x plays no part when x = 0; zero it so that those rows fold together.
        t_x = np.where(x > 0, t_x, 0.0)
        if np.all(w == 1.0):
            (x, t_x, T), _, counts = compress(x, t_x, T, inverse=False)
            w = counts.astype(float)
        else:
            (x, t_x, T), index, _ = compress(x, t_x, T)
            w = np.bincount(index, weights=w, minlength=len(x))
        self.total = float(w.sum())
        self.xu, ix = np.unique(x, return_inverse=True)
        self.wx = np.bincount(ix.reshape(-1), weights=w, minlength=len(self.xu))
        none = x == 0
        self.T0, self.w0 = T[none], w[none]
        repeat = ~none
        self.x, self.w = x[repeat], w[repeat]
        self.repeat_xu, self.ix = np.unique(self.x, return_inverse=True)
        self.ix = self.ix.reshape(-1)
        self.T_values, self.iT = table(T[repeat])
        self.tx_values, self.itx = table(t_x[repeat])
        # Σ w and Σ w·x of the repeat rows per distinct T.
        self.w_T = np.bincount(self.iT, weights=self.w, minlength=len(self.T_values))
        self.wx_T = np.bincount(self.iT, weights=self.w * self.x, minlength=len(self.T_values))
        self.sum_wx = float(self.wx_T.sum())


def _neg_ll_and_grad(theta: np.ndarray, data: _Data) -> tuple[float, np.ndarray]:
    """Mean negative log-likelihood and its gradient in (log r, log α, log a, log b)."""
    r, alpha, a, b = np.exp(theta)
    xu, wx, W = data.xu, data.wx, data.total

    # Terms in x alone: Γ(r+x)/Γ(r) · B(a, b+x)/B(a, b), once per distinct x.
    ll = float(
        wx @ (special.gammaln(r + xu) + special.gammaln(b + xu) - special.gammaln(a + b + xu))
    )
    ll += W * (r * np.log(alpha) - special.gammaln(r) + special.gammaln(a + b) - special.gammaln(b))
    dr = float(wx @ special.digamma(r + xu)) + W * (np.log(alpha) - special.digamma(r))
    psi_ab = special.digamma(a + b)
    psi_abx = special.digamma(a + b + xu)
    da = float(wx @ (psi_ab - psi_abx))
    db = float(wx @ (special.digamma(b + xu) - special.digamma(b) + psi_ab - psi_abx))
    dalpha = W * r / alpha

    # Customers with no repeat visit: the bracket is (α+T)^-r.
    log_T0 = np.log(alpha + data.T0)
    ll -= r * float(data.w0 @ log_T0)
    dr -= float(data.w0 @ log_T0)
    dalpha -= r * float(data.w0 @ (1.0 / (alpha + data.T0)))

    # Repeat customers: log[(α+T)^-(r+x) + a/(b+x-1) (α+t_x)^-(r+x)]
    #   = -(r+x) log(α+T) + softplus(-d),  d = log((b+x-1)/a) - (r+x) log((α+T)/(α+t_x)).
    # The first part is summed per distinct T.
    log_T_values = np.log(alpha + data.T_values)
    inv_T_values = 1.0 / (alpha + data.T_values)
    rw_T = r * data.w_T + data.wx_T  # Σ w (r + x) per distinct T
    ll -= float(rw_T @ log_T_values)
    dr -= float(data.w_T @ log_T_values)
    dalpha -= float(rw_T @ inv_T_values)

    x, w = data.x, data.w
    rx = x + r
    log_T = log_T_values[data.iT]
    gap = log_T - np.log(alpha + data.tx_values)[data.itx]  # log((α+T)/(α+t_x)) >= 0
    d = (np.log(b + data.repeat_xu - 1.0) - np.log(a))[data.ix]
    d -= rx * gap
    u = np.exp(-np.abs(d))
    ll += float(np.einsum("i,i->", w, np.maximum(-d, 0.0))) + float(
        np.einsum("i,i->", w, np.log1p(u))
    )
    # w2 = share of the "left after the last visit" term = expit(-d).
    w2 = np.where(d < 0, 1.0, u)
    w2 /= 1.0 + u
    w2 *= w
    da += float(w2.sum()) / a
    db -= float(
        np.bincount(data.ix, weights=w2, minlength=len(data.repeat_xu))
        @ (1.0 / (b + data.repeat_xu - 1.0))
    )
    dr += float(np.einsum("i,i->", w2, gap))
    inv_gap = (1.0 / (alpha + data.tx_values))[data.itx]
    inv_gap -= inv_T_values[data.iT]
    dalpha -= float(np.einsum("i,i,i->", w2, rx, inv_gap))

    grad = np.array([dr * r, dalpha * alpha, da * a, db * b])
    return -ll / W, -grad / W


def _start(data: _Data) -> np.ndarray:
    """A starting point on the data's own time scale: r = 1 and α from the visit rate."""
    exposure = float(data.w0 @ data.T0) + float(data.w_T @ data.T_values)
    rate = data.sum_wx / max(exposure, 1e-12)
    alpha = 1.0 / max(rate, 1e-6)
    return np.log(np.array([1.0, alpha, 1.0, 3.0]))


def log_likelihood(params: BgNbdParams, frequency, recency, T) -> float:
    """Total log-likelihood of the customers under the given parameters."""
    cols = as_columns(frequency=frequency, recency=recency, T=T)
    check_recency(cols["recency"], cols["T"])
    data = _Data(cols["frequency"], cols["recency"], cols["T"], np.ones_like(cols["T"]))
    theta = np.log([params.r, params.alpha, params.a, params.b])
    return float(-_neg_ll_and_grad(theta, data)[0] * data.total)


def fit_bgnbd(frequency, recency, T, *, weights=None) -> BgNbdParams:
    """Maximum-likelihood BG/NBD parameters for the customers given.

    `frequency` counts repeat visits (visits after the first), `recency` is the time
    from the first to the last visit (0 when there was none), `T` the time from the
    first visit to the end of the data; the parameters come out in that time unit.
    `weights` (optional) counts how many customers each row stands for.
    """
    columns = {"frequency": frequency, "recency": recency, "T": T}
    if weights is not None:
        columns["weights"] = weights
    cols = as_columns(**columns)
    x, t_x, age = cols["frequency"], cols["recency"], cols["T"]
    check_recency(t_x, age)
    w = cols.get("weights", np.ones_like(x))
    repeat = float(w[x > 0].sum())
    require_repeat_customers(int(round(repeat)), "BG/NBD")

    data = _Data(x, t_x, age, w)
    theta, value = minimise(
        _neg_ll_and_grad, (_start(data), np.log([0.5, 1.0, 0.8, 2.5])), data, "BG/NBD"
    )
    r, alpha, a, b = (float(v) for v in np.exp(theta))
    return BgNbdParams(
        r, alpha, a, b, log_likelihood=float(-value * data.total), n=int(round(data.total))
    )


def _prepare(params: BgNbdParams, frequency, recency, T):
    cols = as_columns(frequency=frequency, recency=recency, T=T)
    check_recency(cols["recency"], cols["T"])
    return cols["frequency"], cols["recency"], cols["T"]


def _log_odds_dead(params: BgNbdParams, x, t_x, T) -> np.ndarray:
    """log[a/(b+x-1) · ((α+T)/(α+t_x))^(r+x)] for x > 0; -inf for x = 0."""
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    repeat = x > 0
    out = np.full(x.shape, -np.inf)
    xr, txr, Tr = x[repeat], t_x[repeat], T[repeat]
    out[repeat] = np.log(a) - np.log(b + xr - 1.0) + (r + xr) * np.log1p((Tr - txr) / (alpha + txr))
    return out


def p_alive(params: BgNbdParams, frequency, recency, T) -> np.ndarray:
    """P(still alive at T | x, t_x, T) = 1 / (1 + δ(x>0) a/(b+x-1) ((α+T)/(α+t_x))^(r+x))."""
    x, t_x, age = _prepare(params, frequency, recency, T)
    return special.expit(-_log_odds_dead(params, x, t_x, age))


def _hyp2f1_series(A: np.ndarray, B: float, C: np.ndarray, z: np.ndarray) -> np.ndarray:
    """2F1(A, B; C; z) summed term by term, for 0 <= z < 1 (the slow but sure way)."""
    total = np.ones_like(z)
    term = np.ones_like(z)
    active = np.ones(z.shape, dtype=bool)
    for n in range(_SERIES_MAX_TERMS):
        if not active.any():
            break
        idx = np.flatnonzero(active)
        term[idx] *= (A[idx] + n) * (B + n) / ((C[idx] + n) * (n + 1)) * z[idx]
        total[idx] += term[idx]
        done = np.abs(term[idx]) <= 1e-17 * np.abs(total[idx])
        active[idx[done]] = False
    return total


def _log_hyp_term(params: BgNbdParams, x: np.ndarray, z: np.ndarray) -> np.ndarray:
    """log[(1-z)^(a-1) · 2F1(a+b-1-r, a-1; a+b+x-1; z)].

    This is Euler's transformation of the closed form's
    ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x-1; z), z = t/(α+T+t): the same number,
    but the series now has the small parameter a-1 and its third parameter grows with x,
    so it converges fast where the original one (large r+x and b+x) overflows. Where
    scipy's hyp2f1 still gives no finite positive answer, the series is summed directly.
    """
    r, a, b = params.r, params.a, params.b
    A = np.full(x.shape, a + b - 1.0 - r)
    C = a + b + x - 1.0
    value = special.hyp2f1(A, a - 1.0, C, z)
    bad = ~np.isfinite(value) | (value <= 0)
    if bad.any():
        value[bad] = _hyp2f1_series(A[bad], a - 1.0, C[bad], z[bad])
    return (a - 1.0) * np.log1p(-z) + np.log(value)


def _unit_visits(params: BgNbdParams, t, x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """E[visits in (T, T+t]] divided by P(alive): (a+b+x-1)/(a-1) · [1 - hyp term]."""
    a = params.a
    if abs(a - 1.0) < 1e-7:
        # The closed form is 0/0 at a = 1; it is smooth there, so take the mean of
        # both sides.
        lower = BgNbdParams(params.r, params.alpha, 1.0 - 1e-6, params.b)
        upper = BgNbdParams(params.r, params.alpha, 1.0 + 1e-6, params.b)
        return 0.5 * (_unit_visits(lower, t, x, T) + _unit_visits(upper, t, x, T))
    t = np.broadcast_to(np.asarray(t, dtype=float), x.shape)
    out = np.zeros(x.shape)
    positive = t > 0
    if positive.any():
        xp, Tp, tp = x[positive], T[positive], t[positive]
        z = tp / (params.alpha + Tp + tp)
        log_term = _log_hyp_term(params, xp, z)
        out[positive] = (a + params.b + xp - 1.0) / (a - 1.0) * -np.expm1(log_term)
    return out


def _unit_visits_compressed(params: BgNbdParams, t, x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """`_unit_visits` computed once per distinct (x, T[, t])."""
    t_arr = np.asarray(t, dtype=float)
    if t_arr.ndim == 0:
        (xu, Tu), inverse, _ = compress(x, T)
        return _unit_visits(params, float(t_arr), xu, Tu)[inverse]
    t_arr = np.broadcast_to(t_arr, x.shape).astype(float)
    (xu, Tu, tu), inverse, _ = compress(x, T, t_arr)
    return _unit_visits(params, tu, xu, Tu)[inverse]


def expected_visits(params: BgNbdParams, t, frequency, recency, T) -> np.ndarray:
    """E[visits in (T, T+t] | x, t_x, T]: FHL 2005 equation 10.

        (a+b+x-1)/(a-1) · [1 - ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; t/(α+T+t))]
        / [1 + δ(x>0) a/(b+x-1) ((α+T)/(α+t_x))^(r+x)]

    `t` is a number or an array of one per customer, in the unit of the data.
    """
    x, t_x, age = _prepare(params, frequency, recency, T)
    t_arr = np.asarray(t, dtype=float)
    if not np.all(np.isfinite(t_arr)) or np.any(t_arr < 0):
        raise FitError("t (the horizon) must be a finite number of periods, not negative.")
    alive = special.expit(-_log_odds_dead(params, x, t_x, age))
    return alive * _unit_visits_compressed(params, t, x, age)
