"""Buy-till-you-die models of customers: BG/NBD visits and Gamma-Gamma spend.

NumPy and SciPy only (no Django). Arrays in, arrays out, in the time unit of the data
(CDNOW uses weeks; visit data here uses days).

    params = fit_bgnbd(frequency, recency, T)
    p_alive(params, frequency, recency, T)
    expected_visits(params, 90, frequency, recency, T)
    gg = fit_gamma_gamma(frequency, monetary)
    expected_spend(gg, frequency, monetary)
    customer_value(params, gg, frequency, recency, T, monetary, horizon=365,
                   discount_rate_per_period=0.0018, step=7)

Every function raises FitError (a ValueError) with a message saying what is wrong:
too few repeat customers to fit, or invalid input.
"""

from servicegap.customers.btyd._inputs import MIN_REPEAT_CUSTOMERS, FitError
from servicegap.customers.btyd.bgnbd import (
    BgNbdParams,
    expected_visits,
    fit_bgnbd,
    log_likelihood,
    p_alive,
)
from servicegap.customers.btyd.gamma_gamma import (
    GammaGammaParams,
    expected_spend,
    fit_gamma_gamma,
)
from servicegap.customers.btyd.value import customer_value, simple_value

__all__ = [
    "MIN_REPEAT_CUSTOMERS",
    "BgNbdParams",
    "FitError",
    "GammaGammaParams",
    "customer_value",
    "expected_spend",
    "expected_visits",
    "fit_bgnbd",
    "fit_gamma_gamma",
    "log_likelihood",
    "p_alive",
    "simple_value",
]
