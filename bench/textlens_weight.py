"""Choose the weight of a set of new examples against the examples before them, by
cross-validation on our own examples alone (no public set is read).

    .venv/bin/python -m bench.textlens_weight [--new more|services|leaving|french_spanish|posts|facts_spam] [--folds 5] [--repeats 3] [--weights 0 0.5 1]

`--new more` (the default): the examples of `textlens/data/examples_more.py` against the
ones before them (`examples.py` and `examples_services.py`); `--new services`: the 1,712
of `examples_services.py` against `examples.py` alone, as they were chosen; `--new
leaving`: the 1,343 of `examples_leaving.py` against all the ones before them; `--new
french_spanish`: the French and Spanish ones of `examples_french_spanish.py` against all
the ones before them; `--new posts`: the posts and short reviews of `examples_posts.py`
against all the ones before them; `--new facts_spam`: the reviews told as facts and the
spam and its look-alikes of `examples_facts_spam.py` against all the ones before them.

Both sets are split into folds together (stratified by set and sentiment, fixed seeds).
For each fold and each candidate weight, a model is fitted on the other folds, the
first examples counting 1 and the new ones the weight, and the held-out examples of
each set are analysed. Printed per weight and per set: sentiment 3-class macro-F1, the
three Ps' multi-label macro-F1, churn F1 and spam F1, averaged over the repeats. The
weight chosen is the smallest whose mean of those eight figures (both sets count alike,
whatever their size) is within `FLAT` of the best: the curve is flat near its top.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from servicegap.textlens import analysis, learn

WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0)
SETS = ("first", "new")
MEASURES = ("sentiment", "P", "churn", "spam")
FLAT = 0.001  # of the mean of eight F1 figures: differences this small are noise


def scores(pairs: Sequence[tuple[learn.Example, analysis.Analysis]]) -> dict[str, float]:
    """The four figures of a held-out set: (example, its analysis) pairs."""
    felt = [(e.sentiment, a.sentiment) for e, a in pairs if e.sentiment is not None and not e.spam]
    about = [(e.topics, a.topics) for e, a in pairs if e.topics is not None and not e.spam]
    p = [
        f1_score([t in g for g, _ in about], [t in x for _, x in about], zero_division=0)
        for t in learn.TOPICS
    ]
    return {
        "sentiment": f1_score([g for g, _ in felt], [x for _, x in felt], average="macro"),
        "P": sum(p) / len(p),
        "churn": f1_score(
            [bool(e.churn) for e, _ in pairs], [a.churn_signal for _, a in pairs], zero_division=0
        ),
        "spam": f1_score(
            [bool(e.spam) for e, _ in pairs], [a.spam for _, a in pairs], zero_division=0
        ),
    }


def fit(train: Sequence[learn.Example], new: set[learn.Example], weight: float) -> learn.TextModel:
    """A model of `train`, the examples in `new` counting `weight` each."""
    first = [e for e in train if e not in new]
    added = [e for e in train if e in new]
    old = learn.base_weights, learn.CORRECTION_WEIGHT
    # train() weighs an example outside base_weights() CORRECTION_WEIGHT times; its
    # remembered texts are never among the held-out ones (no text is in both sets).
    learn.base_weights = lambda: dict.fromkeys(first, 1.0)
    learn.CORRECTION_WEIGHT = weight
    try:
        return learn.train([*first, *added], version=f"weight-{weight:g}")
    finally:
        learn.base_weights, learn.CORRECTION_WEIGHT = old


def sets(new: str) -> tuple[list[learn.Example], list[learn.Example]]:
    """(the examples of the sets written before `new`, those of `new`)."""
    names = [name for name, _, _ in learn.base_sets()]
    before: list[learn.Example] = []
    for name, examples, _weight in learn.base_sets():
        if name == new:
            return before, examples
        before += examples
    raise ValueError(f"--new: {new!r} is not one of {names[1:]}")


def run(
    n: int, repeats: int, new_set: str = "more", weights: Sequence[float] = WEIGHTS
) -> dict[float, dict[str, dict[str, float]]]:
    first, added = sets(new_set)
    both = [*first, *added]
    new = set(added)
    strata = [f"{e in new}-{e.sentiment}" for e in both]
    print(
        f"{len(first)} first and {len(added)} new examples, {n}-fold cross-validation "
        f"repeated {repeats} times (seeds 0–{repeats - 1})",
        flush=True,
    )
    totals = {w: {s: dict.fromkeys(MEASURES, 0.0) for s in SETS} for w in weights}
    for seed in range(repeats):
        split = StratifiedKFold(n_splits=n, shuffle=True, random_state=seed)
        folds = list(split.split(strata, strata))
        for weight in weights:
            held: dict[str, list[tuple[learn.Example, analysis.Analysis]]] = {s: [] for s in SETS}
            for train, test in folds:
                model = fit([both[i] for i in train], new, weight)
                for i in test:
                    e = both[i]
                    held["new" if e in new else "first"].append(
                        (e, analysis.analyse(e.text, model=model))
                    )
            for s in SETS:
                for m, value in scores(held[s]).items():
                    totals[weight][s][m] += value / repeats
            print(f"  seed {seed}, weight {weight:g}: done", flush=True)
    return totals


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--new", choices=[name for name, _, _ in learn.base_sets()][1:], default="more"
    )
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--weights", type=float, nargs="+", default=WEIGHTS, help="the candidates (default: all)"
    )
    args = parser.parse_args(argv)
    totals = run(args.folds, args.repeats, args.new, sorted(args.weights))
    print("\nweight | " + " | ".join(f"{s} {m}" for s in SETS for m in MEASURES) + " | mean")
    means = {}
    for weight, by_set in totals.items():
        figures = [by_set[s][m] for s in SETS for m in MEASURES]
        means[weight] = round(sum(figures) / len(figures), 4)
        row = " | ".join(f"{x:.3f}" for x in figures)
        print(f"{weight:g} | {row} | {means[weight]:.4f}")
    best = max(means.values())
    chosen = next(w for w in sorted(means) if means[w] >= best - FLAT)
    print(f"\nchosen weight of the new examples: {chosen:g}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
