"""The Gamma-Gamma model of spend per visit (Fader and Hardie, "The Gamma-Gamma model
of monetary value", 2013; Colombo and Jiang 1999).

Each visit's spend is Gamma(p, ν) with a customer's own rate ν ~ Gamma(q, γ); the
average m of a customer's x repeat visits then has the density

    f(m | x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q m^(px-1) x^(px) / (γ + m x)^(px+q)

which is maximised over (p, q, γ) on the customers with at least one repeat visit.
The parameter γ is called `v` here, as in other implementations.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import special

from servicegap.customers.btyd._inputs import (
    FitError,
    as_columns,
    minimise,
    require_repeat_customers,
)


@dataclass(frozen=True, slots=True)
class GammaGammaParams:
    """Fitted (or given) Gamma-Gamma parameters, with the fit's log-likelihood and n."""

    p: float
    q: float
    v: float
    log_likelihood: float = float("nan")
    n: int = 0

    def as_dict(self) -> dict[str, float]:
        return {"p": self.p, "q": self.q, "v": self.v}

    @property
    def population_mean(self) -> float:
        """Mean spend per visit over all customers: p·v/(q-1) (infinite when q <= 1)."""
        return self.p * self.v / (self.q - 1.0) if self.q > 1.0 else float("inf")


class _Data:
    def __init__(self, x: np.ndarray, m: np.ndarray) -> None:
        self.n = float(len(x))
        self.xu, inverse = np.unique(x, return_inverse=True)
        self.cx = np.bincount(inverse.reshape(-1), minlength=len(self.xu)).astype(float)
        self.x = x
        self.mx = m * x
        log_m = np.log(m)
        self.s_xlogm_xlogx = float(x @ log_m) + float(x @ np.log(x))
        self.s_logm = float(log_m.sum())


def _neg_ll_and_grad(theta: np.ndarray, data: _Data) -> tuple[float, np.ndarray]:
    """Mean negative log-likelihood and its gradient in (log p, log q, log v)."""
    p, q, v = np.exp(theta)
    n, xu, cx = data.n, data.xu, data.cx
    pxu = p * xu
    log_v_mx = np.log(v + data.mx)
    px_q = p * data.x + q
    ll = (
        float(cx @ (special.gammaln(pxu + q) - special.gammaln(pxu)))
        - n * special.gammaln(q)
        + n * q * np.log(v)
        + p * data.s_xlogm_xlogx
        - data.s_logm
        - float(px_q @ log_v_mx)
    )
    psi_pxq = special.digamma(pxu + q)
    dp = (
        float(cx @ (xu * (psi_pxq - special.digamma(pxu))))
        + data.s_xlogm_xlogx
        - float(data.x @ log_v_mx)
    )
    dq = float(cx @ psi_pxq) - n * special.digamma(q) + n * np.log(v) - float(log_v_mx.sum())
    dv = n * q / v - float((px_q / (v + data.mx)).sum())
    grad = np.array([dp * p, dq * q, dv * v])
    return -ll / n, -grad / n


def fit_gamma_gamma(frequency, monetary) -> GammaGammaParams:
    """Maximum-likelihood Gamma-Gamma parameters from repeat customers' mean spend.

    `frequency` counts repeat visits and `monetary` is the mean spend of those visits;
    customers with frequency 0 are left out of the fit (their mean says nothing yet).
    Repeat customers must have a positive mean spend.
    """
    cols = as_columns(frequency=frequency, monetary=monetary)
    x, m = cols["frequency"], cols["monetary"]
    repeat = x > 0
    require_repeat_customers(int(repeat.sum()), "Gamma-Gamma")
    x, m = x[repeat], m[repeat]
    zero = m <= 0
    if zero.any():
        raise FitError(
            f"monetary is 0 for {int(zero.sum())} customers with frequency > 0; the "
            "Gamma-Gamma model needs a positive mean spend for every repeat customer "
            "(leave out customers whose visits cost nothing)."
        )
    data = _Data(x, m)
    mean = float(m.mean())
    theta, value = minimise(
        _neg_ll_and_grad,
        (np.log([1.0, 2.0, mean]), np.log([5.0, 3.0, mean]), np.zeros(3)),
        data,
        "Gamma-Gamma",
    )
    p, q, v = (float(e) for e in np.exp(theta))
    return GammaGammaParams(p, q, v, log_likelihood=float(-value * data.n), n=int(data.n))


def expected_spend(params: GammaGammaParams, frequency, monetary) -> np.ndarray:
    """E[spend per visit | x, m] = p(v + m·x) / (p·x + q - 1).

    A weighted mean of the population's mean p·v/(q-1) and the customer's own mean m,
    the weight moving to m as x grows; x = 0 gives the population mean.
    """
    cols = as_columns(frequency=frequency, monetary=monetary)
    x, m = cols["frequency"], cols["monetary"]
    p, q, v = params.p, params.q, params.v
    if q <= 1.0:
        raise FitError(f"The Gamma-Gamma q is {q:g}; the expected spend exists only when q > 1.")
    return p * (v + m * x) / (p * x + q - 1.0)
