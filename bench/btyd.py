"""Customer lifetime models (servicegap.customers.btyd): CDNOW and 1,000,000 customers.

    .venv/bin/python bench/btyd.py --cdnow PATH      # the CDNOW sample against the papers
    .venv/bin/python bench/btyd.py                   # 1,000,000 simulated customers, ours vs lifetimes

CDNOW: PATH is a summary CSV (columns frequency, recency, T[, monetary_value] or x, t_x,
T[, zbar], weeks) or the raw CDNOW_sample.txt (master id, sample id, YYYYMMDD, CDs,
dollars), summarised here the way the papers do: 39 weeks of calibration from 1997-01-01
to 1997-09-30, visits on the same day counted as one, spend = mean of the repeat visits.
Both ship inside the PyPI package `lifetimes` (lifetimes/datasets/); nothing is stored here.

The 1,000,000 customers are simulated from BG/NBD with ages and recencies in whole days,
written to .npy files, and timed with ours in this process and with the `lifetimes`
package in a subprocess of its own virtual environment (created on first use under
$TMPDIR, outside the repository), on the same files: fit + P(alive) + expected visits in
the next 90 days.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np

from servicegap.customers import btyd

PUBLISHED_BGNBD = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}
PUBLISHED_GG = {"p": 6.25, "q": 3.74, "v": 15.44}
LIFETIMES = "lifetimes==0.11.3"
TRUE = {"r": 0.5, "alpha": 15.0, "a": 0.8, "b": 4.0}  # days: one visit a month on average

WORKER = r"""
import json, sys, time, warnings
import numpy as np
warnings.simplefilter("ignore")
import lifetimes, scipy, pandas, autograd
from lifetimes import BetaGeoFitter
folder, weighted = sys.argv[1], sys.argv[2] == "weighted"
x, t_x, T = (np.load(f"{folder}/{name}.npy") for name in ("x", "t_x", "T"))
out = {"versions": {"lifetimes": lifetimes.__version__, "numpy": np.__version__,
       "scipy": scipy.__version__, "pandas": pandas.__version__,
       "autograd": getattr(autograd, "__version__", "?")}}
start = time.perf_counter()
if weighted:
    rows, counts = np.unique(np.column_stack([x, t_x, T]), axis=0, return_counts=True)
    model = BetaGeoFitter().fit(rows[:, 0], rows[:, 1], rows[:, 2], weights=counts)
else:
    model = BetaGeoFitter().fit(x, t_x, T)
fitted = time.perf_counter()
alive = np.asarray(model.conditional_probability_alive(x, t_x, T))
alive_done = time.perf_counter()
visits = np.asarray(model.conditional_expected_number_of_purchases_up_to_time(90, x, t_x, T))
done = time.perf_counter()
np.save(f"{folder}/lt_alive.npy", alive)
np.save(f"{folder}/lt_visits.npy", visits)
out["params"] = {k: float(v) for k, v in model.params_.items()}
out["seconds"] = {"fit": fitted - start, "p_alive": alive_done - fitted,
                  "expected_visits": done - alive_done, "total": done - start}
print(json.dumps(out))
"""


def rel(ours: float, theirs: float) -> float:
    return ours / theirs - 1.0


# --- CDNOW ---------------------------------------------------------------------------------


def cdnow_from_raw(path: Path) -> dict[str, np.ndarray]:
    raw = np.loadtxt(path, dtype=np.int64, usecols=(1, 2), ndmin=2)
    amount = np.loadtxt(path, dtype=float, usecols=(4,), ndmin=1)
    ids, days_str = raw[:, 0], raw[:, 1]
    epoch = date(1997, 1, 1).toordinal()
    day = np.array(
        [date(d // 10000, d // 100 % 100, d % 100).toordinal() - epoch for d in days_str]
    )
    end = date(1997, 9, 30).toordinal() - epoch
    calibration = day <= end
    ids, day, amount = ids[calibration], day[calibration], amount[calibration]
    # One visit per customer and day, with the day's spend.
    keys, inverse = np.unique(np.column_stack([ids, day]), axis=0, return_inverse=True)
    spend = np.bincount(inverse.reshape(-1), weights=amount)
    customer, first_index, per_customer = np.unique(
        keys[:, 0], return_index=True, return_counts=True
    )
    first = keys[first_index, 1]
    last = keys[first_index + per_customer - 1, 1]
    frequency = per_customer - 1.0
    total = np.add.reduceat(spend, first_index)
    repeat_spend = total - spend[first_index]
    monetary = np.where(frequency > 0, repeat_spend / np.maximum(frequency, 1), 0.0)
    return {
        "frequency": frequency,
        "recency": (last - first) / 7.0,
        "T": (end - first) / 7.0,
        "monetary": monetary,
        "customers": np.asarray(len(customer)),
    }


def cdnow_from_csv(path: Path) -> dict[str, np.ndarray]:
    table = np.genfromtxt(path, delimiter=",", names=True)
    names = table.dtype.names
    pick = {
        "frequency": ("frequency", "x"),
        "recency": ("recency", "t_x"),
        "T": ("T",),
        "monetary": ("monetary_value", "zbar"),
    }
    out = {}
    for key, options in pick.items():
        for name in options:
            if name in names:
                out[key] = np.asarray(table[name], dtype=float)
                break
    out["customers"] = np.asarray(len(table))
    return out


def run_cdnow(path: Path) -> None:
    data = cdnow_from_raw(path) if path.suffix == ".txt" else cdnow_from_csv(path)
    f, r, T = data["frequency"], data["recency"], data["T"]
    print(f"CDNOW: {int(data['customers'])} customers, {int((f > 0).sum())} repeat, {path.name}")
    start = time.perf_counter()
    bg = btyd.fit_bgnbd(f, r, T)
    seconds = time.perf_counter() - start
    rows = [(name, getattr(bg, name), value) for name, value in PUBLISHED_BGNBD.items()]
    print(f"BG/NBD fit in {seconds * 1000:.1f} ms, log-likelihood {bg.log_likelihood:.2f}")
    if "monetary" in data:
        start = time.perf_counter()
        gg = btyd.fit_gamma_gamma(f, data["monetary"])
        seconds = time.perf_counter() - start
        rows += [(name, getattr(gg, name), value) for name, value in PUBLISHED_GG.items()]
        print(f"Gamma-Gamma fit in {seconds * 1000:.1f} ms on {gg.n} repeat customers")
    print(f"{'parameter':<10}{'ours':>10}{'published':>11}{'difference':>12}")
    worst = 0.0
    for name, ours, published in rows:
        diff = rel(ours, published)
        worst = max(worst, abs(diff))
        print(f"{name:<10}{ours:>10.4f}{published:>11.3f}{diff:>+11.3%}")
    print(f"largest difference {worst:.3%}: {'within' if worst <= 0.01 else 'NOT within'} 1%")


# --- 1,000,000 customers ----------------------------------------------------------------


def simulate(n: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """BG/NBD customers first seen on a whole day of the last two years."""
    rng = np.random.default_rng(seed)
    T = rng.integers(1, 731, n).astype(float)
    lam = rng.gamma(TRUE["r"], 1.0 / TRUE["alpha"], n)
    p = rng.beta(TRUE["a"], TRUE["b"], n)
    arrivals = rng.poisson(lam * T)
    x = np.minimum(arrivals, rng.geometric(p))
    t_x = np.zeros(n)
    some = x > 0
    t_x[some] = np.floor(T[some] * rng.beta(x[some], arrivals[some] - x[some] + 1))
    return x.astype(float), t_x, T


def lifetimes_python(venv: Path) -> Path:
    python = venv / "bin" / "python"
    if not python.exists():
        print(f"creating {venv} and installing {LIFETIMES} ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", LIFETIMES], check=True)
    return python


def time_ours(x, t_x, T) -> tuple[dict, dict, np.ndarray, np.ndarray]:
    start = time.perf_counter()
    params = btyd.fit_bgnbd(x, t_x, T)
    fitted = time.perf_counter()
    alive = btyd.p_alive(params, x, t_x, T)
    alive_done = time.perf_counter()
    visits = btyd.expected_visits(params, 90, x, t_x, T)
    done = time.perf_counter()
    seconds = {
        "fit": fitted - start,
        "p_alive": alive_done - fitted,
        "expected_visits": done - alive_done,
        "total": done - start,
    }
    return params.as_dict(), seconds, alive, visits


def run_million(n: int, seed: int, venv: Path, runs: int, weighted: bool) -> None:
    x, t_x, T = simulate(n, seed)
    print(
        f"{n:,} simulated customers (seed {seed}, days), {int((x > 0).sum()):,} repeat, "
        f"true r={TRUE['r']} alpha={TRUE['alpha']} a={TRUE['a']} b={TRUE['b']}"
    )
    with tempfile.TemporaryDirectory(prefix="btyd-bench-") as folder:
        for name, array in (("x", x), ("t_x", t_x), ("T", T)):
            np.save(f"{folder}/{name}.npy", array)
        ours = [time_ours(x, t_x, T) for _ in range(runs)]
        params, _, alive, visits = ours[0]
        best = {key: min(run[1][key] for run in ours) for key in ours[0][1]}
        python = lifetimes_python(venv)
        modes = ["plain", "weighted"] if weighted else ["plain"]
        results = {}
        for mode in modes:
            proc = subprocess.run(
                [str(python), "-c", WORKER, folder, mode], capture_output=True, text=True
            )
            if proc.returncode != 0:
                print(f"lifetimes ({mode}) failed:\n{proc.stderr[-3000:]}")
                continue
            results[mode] = json.loads(proc.stdout.strip().splitlines()[-1])
            if mode == "plain":
                lt_alive = np.load(f"{folder}/lt_alive.npy")
                lt_visits = np.load(f"{folder}/lt_visits.npy")
    if results:
        print("lifetimes environment:", json.dumps(next(iter(results.values()))["versions"]))
    print(f"\nours: best of {runs} runs; lifetimes: one run each")
    header = f"{'':<28}{'fit':>9}{'P(alive)':>10}{'E[visits]':>10}{'total':>9}"
    print(header)

    def line(label: str, s: dict) -> None:
        print(
            f"{label:<28}{s['fit']:>8.2f}s{s['p_alive']:>9.2f}s"
            f"{s['expected_visits']:>9.2f}s{s['total']:>8.2f}s"
        )

    line("ours", best)
    for mode, result in results.items():
        label = "lifetimes" if mode == "plain" else "lifetimes, weighted rows"
        line(label, result["seconds"])
        print(f"{'':<28}speed-up {result['seconds']['total'] / best['total']:.1f}x")
    print(f"\n{'parameter':<10}{'true':>9}{'ours':>12}" + "".join(f"{m:>12}" for m in results))
    worst = 0.0
    for name in ("r", "alpha", "a", "b"):
        cells = ""
        for result in results.values():
            theirs = result["params"][name]
            worst = max(worst, abs(rel(params[name], theirs)))
            cells += f"{theirs:>12.5f}"
        print(f"{name:<10}{TRUE[name]:>9}{params[name]:>12.5f}{cells}")
    if results:
        print(f"largest parameter difference from lifetimes: {worst:.4%}")
    if "plain" in results:
        da = np.max(np.abs(alive - lt_alive))
        dv = np.max(np.abs(visits - lt_visits) / np.maximum(lt_visits, 1e-12))
        print(
            f"largest |P(alive) difference| {da:.2e}; largest relative E[visits] difference {dv:.2e}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cdnow", type=Path, help="CDNOW summary CSV or CDNOW_sample.txt")
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3, help="timed runs of ours (best kept)")
    parser.add_argument(
        "--lifetimes-venv",
        type=Path,
        default=Path(os.environ.get("TMPDIR", "/tmp")) / "servicegap-bench-lifetimes",
    )
    parser.add_argument(
        "--no-weighted", action="store_true", help="skip lifetimes on weighted distinct rows"
    )
    args = parser.parse_args()
    if args.cdnow:
        run_cdnow(args.cdnow)
        return
    run_million(args.customers, args.seed, args.lifetimes_venv, args.runs, not args.no_weighted)


if __name__ == "__main__":
    main()
