"""Checking the arrays the models are given, and folding identical customers together."""

from __future__ import annotations

import warnings

import numpy as np
from scipy import optimize

# Fewer repeat customers than this and a fit says so instead of producing numbers.
MIN_REPEAT_CUSTOMERS = 50


class FitError(ValueError):
    """The data cannot support a fit, or is not valid input for the model."""


def as_columns(**columns: object) -> dict[str, np.ndarray]:
    """Each keyword as a 1-D float array; all the same length, finite and non-negative.

    Raises FitError naming the first offending column and, where it helps, the first
    offending row (0-based).
    """
    arrays: dict[str, np.ndarray] = {}
    length = None
    for name, value in columns.items():
        try:
            array = np.asarray(value, dtype=float)
        except (TypeError, ValueError) as error:
            raise FitError(f"{name} must be numbers: {error}") from None
        if array.ndim == 0:
            array = array.reshape(1)
        if array.ndim != 1:
            raise FitError(f"{name} must be one-dimensional, not of shape {array.shape}.")
        if length is None:
            length = array.shape[0]
        elif array.shape[0] != length:
            lengths = ", ".join(f"{key} {len(arr)}" for key, arr in arrays.items())
            raise FitError(
                f"The arrays have different lengths: {lengths}, {name} {array.shape[0]}."
            )
        bad = ~np.isfinite(array)
        if bad.any():
            row = int(np.flatnonzero(bad)[0])
            raise FitError(
                f"{name} has {int(bad.sum())} missing or infinite values (NaN or inf), "
                f"the first at row {row}."
            )
        negative = array < 0
        if negative.any():
            row = int(np.flatnonzero(negative)[0])
            raise FitError(
                f"{name} has {int(negative.sum())} negative values, the first at row {row} "
                f"({array[row]:g})."
            )
        arrays[name] = array
    return arrays


def check_recency(recency: np.ndarray, T: np.ndarray) -> None:
    """Recency (time of the last visit) cannot be later than T (the customer's age)."""
    late = recency > T
    if late.any():
        row = int(np.flatnonzero(late)[0])
        raise FitError(
            f"recency is greater than T for {int(late.sum())} customers, the first at row "
            f"{row} (recency {recency[row]:g} > T {T[row]:g}); both count from the first visit."
        )


def require_repeat_customers(count: int, model: str) -> None:
    if count < MIN_REPEAT_CUSTOMERS:
        raise FitError(
            f"Too few repeat customers to fit {model}: {count} customers have frequency > 0, "
            f"and at least {MIN_REPEAT_CUSTOMERS} are needed."
        )


def compress(
    *columns: np.ndarray, inverse: bool = True
) -> tuple[list[np.ndarray], np.ndarray | None, np.ndarray]:
    """Distinct rows of the columns: (unique columns, inverse index or None, counts).

    Visit data in whole days repeats itself (a million customers have far fewer distinct
    (frequency, T)), so per-row work is done once per distinct row. Whole-number columns
    are packed into one integer key: a small key space is counted directly (no sort at
    all), a large one sorted as integers, several times faster than rows of floats.
    """
    n = columns[0].shape[0]
    if n == 0:
        empty = np.zeros(0, dtype=np.intp)
        return [c.copy() for c in columns], (empty if inverse else None), empty
    integral = all(np.all(c == np.floor(c)) for c in columns)
    spans = [int(c.max()) + 1 for c in columns] if integral else []
    space = float(np.prod([float(s) for s in spans])) if integral else np.inf
    if space < 2.0**62:
        key = np.zeros(n, dtype=np.int64)
        for column, span in zip(columns, spans, strict=True):
            key *= span
            key += column.astype(np.int64)
        if space <= max(4 * n, 1 << 20):
            counts = np.bincount(key, minlength=int(space))
            present = np.flatnonzero(counts)
            keys, counts = present, counts[present]
            index = None
            if inverse:
                code = np.zeros(int(space), dtype=np.intp)
                code[present] = np.arange(len(present))
                index = code[key]
        elif inverse:
            keys, index, counts = np.unique(key, return_inverse=True, return_counts=True)
            index = index.reshape(-1)
        else:
            keys, counts = np.unique(key, return_counts=True)
            index = None
        unique = []
        for span in reversed(spans):
            keys, digit = np.divmod(keys, span)
            unique.append(digit.astype(float))
        return unique[::-1], index, counts
    stacked = np.column_stack(columns)
    rows, index, counts = np.unique(stacked, axis=0, return_inverse=True, return_counts=True)
    return (
        [rows[:, i].copy() for i in range(len(columns))],
        index.reshape(-1) if inverse else None,
        counts,
    )


def table(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(distinct values, index of each value among them): whole numbers index themselves."""
    if len(values) and np.all(values == np.floor(values)) and values.max() < 4 * len(values) + 1024:
        return np.arange(int(values.max()) + 1, dtype=float), values.astype(np.intp)
    distinct, index = np.unique(values, return_inverse=True)
    return distinct, index.reshape(-1)


def minimise(objective, starts, data, model: str) -> tuple[np.ndarray, float]:
    """Minimise a mean negative log-likelihood over log-parameters from each start in turn.

    BFGS with the analytic gradient (the cheapest per step for a handful of parameters),
    and L-BFGS-B with the log-parameters bounded to ±25 where BFGS wanders off to
    overflow. A run counts as converged when scipy says so, or when it stopped at the
    limit of float precision with a gradient below 1e-6 per customer. Returns the best
    (log-parameters, value).
    """
    best = None
    for start in starts:
        start = np.asarray(start, dtype=float)
        for method, options in (
            ("BFGS", {"gtol": 1e-9, "maxiter": 2000}),
            ("L-BFGS-B", {"maxiter": 2000, "ftol": 1e-15, "gtol": 1e-10}),
        ):
            bounds = [(-25.0, 25.0)] * len(start) if method == "L-BFGS-B" else None
            with warnings.catch_warnings(), np.errstate(all="ignore"):
                warnings.simplefilter("ignore", RuntimeWarning)
                result = optimize.minimize(
                    objective,
                    start,
                    args=(data,),
                    jac=True,
                    method=method,
                    bounds=bounds,
                    options=options,
                )
            usable = (
                np.all(np.isfinite(result.x))
                and np.all(np.abs(result.x) <= 25.0)
                and np.isfinite(result.fun)
            )
            if not usable:
                continue
            if best is None or result.fun < best.fun:
                best = result
            if result.success or np.max(np.abs(result.jac)) < 1e-6:
                return best.x, float(best.fun)
    if best is None:
        raise FitError(f"The {model} fit did not converge on these data.")
    return best.x, float(best.fun)
