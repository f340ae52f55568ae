"""The learned layer: linear models over words and word pairs, fitted with scikit-learn
and scored here in plain Python.

One model holds four heads over the same features: sentiment (three classes), topics
(people, process, product; one yes/no model each), churn and spam. scikit-learn fits the
weights; `TextModel.score` adds up each feature's weights itself, because a predict call
costs more than the whole rest of an analysis.

An organisation's model is fitted on `base_examples()` plus its managers' corrections.
A correction counts `CORRECTION_WEIGHT` times a base example, and its exact text is
remembered, so the corrected labels win on that same comment.
"""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SENTIMENTS = ("negative", "neutral", "positive")
TOPICS = ("people", "process", "product")
# Outputs, in the order of each feature's weight tuple.
OUTPUTS = (*SENTIMENTS, *TOPICS, "churn", "spam")
N_OUT = len(OUTPUTS)
FORMAT = "servicegap-textlens-model"
FORMAT_VERSION = 1
WEIGHT_LIMIT = 1000.0  # a model with a weight beyond this is refused as damaged
CORRECTION_WEIGHT = 8.0
C = 4.0  # inverse regularisation of every head
TOPIC_C = 16.0  # of the topic heads (chosen by bench/textlens_select.py)

# On lower-cased text: Latin letters with accents, numbers (made '<n>'), '?' and emoji.
# (Possessive: a word never gives back letters, which only saves the engine keeping track.)
_TOKEN = re.compile(
    r"[a-zß-öø-ÿœ]++(?:'[a-zß-öø-ÿœ]++)?+|<n>|\?|[\u2600-\u27bf\U0001f300-\U0001faff]"
)
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_KEY_SPACE = re.compile(r"\s+")


class ModelError(Exception):
    """A model file is missing, unreadable or not a model."""


@dataclass(frozen=True, slots=True)
class Example:
    """A labelled comment. A label of None is unknown and skipped for its head."""

    text: str
    language: str | None = None
    sentiment: str | None = None
    topics: frozenset[str] | None = None
    churn: bool | None = None
    spam: bool | None = None

    def __post_init__(self) -> None:
        if self.sentiment is not None and self.sentiment not in SENTIMENTS:
            raise ValueError(f"sentiment: {self.sentiment!r} is not one of {SENTIMENTS}")
        if self.topics is not None:
            unknown = set(self.topics) - set(TOPICS)
            if unknown:
                raise ValueError(f"topics: {sorted(unknown)} not among {TOPICS}")
            object.__setattr__(self, "topics", frozenset(self.topics))


def tokens(text: str) -> list[str]:
    """Lower-case words, numbers (as '<n>') and emoji, in order."""
    text = text.lower()
    if _DIGIT.search(text):
        text = _DIGITS.sub(" <n> ", text)
    return _TOKEN.findall(text)


def wordset(text: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(text.split())


NEGATORS = wordset(
    "not no never nothing nobody none nor without isn't wasn't weren't aren't don't "
    "didn't doesn't hasn't haven't hadn't won't wouldn't couldn't can't cannot shouldn't "
    "ne pas jamais rien sin nunca ni tampoco"
)


def features(words: Sequence[str]) -> set[str]:
    """Words (the two after a negator marked 'not_'), adjacent word pairs, and which Ps
    the rule lexicons hear (`rule_features`)."""
    found = _unigrams(words)
    word_pairs = pairs(words)
    found.update(word_pairs)
    found.update(rule_features(rule_hits(words, word_pairs)))
    return found


def rule_hits(words: Sequence[str], word_pairs: Sequence[str]) -> dict[str, float]:
    from servicegap.textlens.topics import rule_topics

    return rule_topics(set(words), word_pairs)


def rule_features(hits: dict[str, float]) -> list[str]:
    """'#people' when the people lexicon has one clear hit, '#people+' from two; the same
    for each P, and '#only' when a single P is heard. Used by the topic heads alone."""
    out = []
    heard = 0
    for topic, hit in hits.items():
        if hit >= 1.0:
            heard += 1
            out.append("#" + topic)
            if hit >= 2.0:
                out.append("#" + topic + "+")
    if heard == 1:
        out.append("#only")
    return out


def _unigrams(words: Sequence[str], wordset: Iterable[str] | None = None) -> set[str]:
    """The words as features (a new set; `wordset`, when given, is the words' set)."""
    found = set(words if wordset is None else wordset)
    if found.isdisjoint(NEGATORS):
        return found
    marked = []
    left = 0
    for w in words:
        if w in NEGATORS:
            marked.append(w)
            left = 2
        elif left:
            marked.append("not_" + w)
            left -= 1
        else:
            marked.append(w)
    return set(marked)


def pairs(words: Sequence[str]) -> list[str]:
    """Adjacent word pairs, "a b"."""
    return list(map(" ".join, zip(words, words[1:], strict=False)))


def memory_key(text: str) -> str:
    return _KEY_SPACE.sub(" ", text.strip().lower())


@dataclass(slots=True)
class Scores:
    """What the learned layer says about one text."""

    sentiment: dict[str, float]  # class -> probability
    topics: dict[str, float]  # topic -> probability
    churn: float
    spam: float
    evidence: int  # how many of the text's features the model knows


@dataclass(eq=False)
class TextModel:
    """A fitted model: per-feature weights for every output, plus remembered corrections."""

    version: str
    weights: dict[str, tuple[float, ...]]
    intercepts: tuple[float, ...]
    memory: dict[str, dict[str, Any]] = field(default_factory=dict)
    examples: int = 0
    corrections: int = 0

    @property
    def learned(self) -> bool:
        return bool(self.weights)

    def score(
        self,
        words: Sequence[str],
        word_pairs: Sequence[str] | None = None,
        hits: dict[str, float] | None = None,
        wordset: Iterable[str] | None = None,
    ) -> Scores:
        """Score a text's tokens (and, to save recomputing them, its word pairs, the
        rule lexicons' hits and the set of its words)."""
        if word_pairs is None:
            word_pairs = pairs(words)
        if hits is None:
            hits = rule_hits(words, word_pairs)
        z, evidence = self._sums(_unigrams(words, wordset), word_pairs, rule_features(hits))
        return Scores(
            sentiment=_softmax(z),
            topics={"people": _sigmoid(z[3]), "process": _sigmoid(z[4]), "product": _sigmoid(z[5])},
            churn=_sigmoid(z[6]),
            spam=_sigmoid(z[7]),
            evidence=evidence,
        )

    def sentiment(self, words: Sequence[str], word_pairs: Sequence[str]) -> dict[str, float]:
        """`score(words, word_pairs, {}).sentiment`, without the other heads."""
        return _softmax(self._sums(_unigrams(words), word_pairs, ())[0])

    def _sums(
        self, unigrams: set[str], word_pairs: Sequence[str], lexicon: Sequence[str]
    ) -> tuple[list[float], int]:
        """Each output's intercept plus the weights of the features found (each distinct
        feature once: word, word pair, lexicon feature), and how many the model knows."""
        get = self.weights.get
        rows = [
            *filter(None, map(get, unigrams)),
            *filter(None, map(get, set(word_pairs))),
            *filter(None, map(get, lexicon)),
        ]
        evidence = len(rows)
        rows.append(self.intercepts)
        return list(map(sum, zip(*rows, strict=True))), evidence

    def recall(self, text: str) -> dict[str, Any] | None:
        """The labels a manager gave this very text, if any."""
        if not self.memory:
            return None
        return self.memory.get(memory_key(text))


def _softmax(z: Sequence[float]) -> dict[str, float]:
    """The sentiment classes' probabilities from the first three sums."""
    top = max(z[0], z[1], z[2])
    e0, e1, e2 = math.exp(z[0] - top), math.exp(z[1] - top), math.exp(z[2] - top)
    total = e0 + e1 + e2
    return {"negative": e0 / total, "neutral": e1 / total, "positive": e2 / total}


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


# The model that stands for "rule layers only" (callers pass it to skip the learned layer).
RULES = TextModel(version="rules", weights={}, intercepts=(0.0,) * N_OUT)


def base_examples() -> list[Example]:
    """Our hand-written examples shipped with the package, every set of `base_sets()`."""
    return list(base_weights())


# How much an example of `data/examples_more.py` counts against one of the examples
# before it: chosen by cross-validation on our examples alone (bench/textlens_weight.py).
MORE_WEIGHT = 1.5


# The same for the leaving and spam examples of `data/examples_leaving.py`.
LEAVING_WEIGHT = 0.75
# The same for the French and Spanish examples of `data/examples_french_spanish.py`.
FRENCH_SPANISH_WEIGHT = 0.5
# The same for the social-media posts and one-sentence reviews of `data/examples_posts.py`.
POSTS_WEIGHT = 1.5
# The same for the reviews told as facts and the spam and its look-alikes of
# `data/examples_facts_spam.py`.
FACTS_SPAM_WEIGHT = 1.0
# The same for the form comments and messages of `data/examples_forms_messages.py`.
FORMS_MESSAGES_WEIGHT = 0.5


def base_sets() -> list[tuple[str, list[Example], float]]:
    """The sets of base examples in the order they were written, each as (name, its
    examples, the weight each of them is fitted with). A set's weight was chosen against
    the sets before it (`bench/textlens_weight.py --new NAME`)."""
    from servicegap.textlens.data import (
        examples,
        examples_facts_spam,
        examples_forms_messages,
        examples_french_spanish,
        examples_leaving,
        examples_more,
        examples_posts,
        examples_services,
    )

    return [
        ("first", examples.examples(), 1.0),
        ("services", examples_services.examples(), 1.0),
        ("more", examples_more.examples(), MORE_WEIGHT),
        ("leaving", examples_leaving.examples(), LEAVING_WEIGHT),
        ("french_spanish", examples_french_spanish.examples(), FRENCH_SPANISH_WEIGHT),
        ("posts", examples_posts.examples(), POSTS_WEIGHT),
        ("facts_spam", examples_facts_spam.examples(), FACTS_SPAM_WEIGHT),
        ("forms_messages", examples_forms_messages.examples(), FORMS_MESSAGES_WEIGHT),
    ]


def base_weights() -> dict[Example, float]:
    """Each base example with the weight it is fitted with, in the order written."""
    weights: dict[Example, float] = {}
    for _name, examples, weight in base_sets():
        weights.update(dict.fromkeys(examples, weight))
    return weights


def train(examples: Iterable[Example], *, version: str) -> TextModel:
    """Fit every head on the examples that carry its label.

    Base examples weigh what `base_weights()` gives them. Examples that are not among the
    base examples (text and labels alike) count as corrections: they weigh
    `CORRECTION_WEIGHT` times as much as a first example, and their labels are remembered
    for their text.
    """
    import numpy as np
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    examples = list(examples)
    if not examples:
        raise ModelError("no examples to learn from")
    base = base_weights()
    weight = np.array([base.get(e, CORRECTION_WEIGHT) for e in examples])
    vectoriser = CountVectorizer(analyzer=lambda text: features(tokens(text)), binary=True)
    matrix = vectoriser.fit_transform([e.text for e in examples])
    vocabulary = vectoriser.get_feature_names_out()
    coef = np.zeros((N_OUT, len(vocabulary)))
    intercepts = np.zeros(N_OUT)
    # The rule-lexicon features speak to the topic heads only.
    text_cols = np.array([j for j, term in enumerate(vocabulary) if not term.startswith("#")])
    text_matrix = matrix[:, text_cols]

    def fit(rows: list[int], labels: list[Any], outputs: list[int], classes: list[Any]) -> None:
        topic = outputs[0] in (3, 4, 5)
        x = matrix if topic else text_matrix
        present = sorted(set(labels), key=classes.index)
        if len(present) < 2:  # one class only: a constant answer
            if len(outputs) == 1:
                intercepts[outputs[0]] = 4.0 if present[0] else -4.0
            else:
                for out, c in zip(outputs, classes, strict=True):
                    intercepts[out] = 4.0 if c == present[0] else -4.0
            return
        lr = LogisticRegression(C=TOPIC_C if topic else C, max_iter=2000, class_weight="balanced")
        lr.fit(x[rows], labels, sample_weight=weight[rows])
        if not topic:
            full = np.zeros((len(lr.coef_), len(vocabulary)))
            full[:, text_cols] = lr.coef_
            lr.coef_ = full
        if len(outputs) == 1:  # binary: one row of weights for the True class
            coef[outputs[0]] = lr.coef_[0]
            intercepts[outputs[0]] = lr.intercept_[0]
            return
        if len(lr.classes_) == 2:  # a three-class head that saw two classes
            missing = next(c for c in classes if c not in lr.classes_)
            for c in lr.classes_:
                sign = 1.0 if c == lr.classes_[1] else -1.0
                coef[outputs[classes.index(c)]] = sign * lr.coef_[0] / 2
                intercepts[outputs[classes.index(c)]] = sign * lr.intercept_[0] / 2
            intercepts[outputs[classes.index(missing)]] = -20.0
            return
        for k, c in enumerate(lr.classes_):
            coef[outputs[classes.index(c)]] = lr.coef_[k]
            intercepts[outputs[classes.index(c)]] = lr.intercept_[k]

    rows = [i for i, e in enumerate(examples) if e.sentiment is not None]
    if rows:
        fit(rows, [examples[i].sentiment for i in rows], [0, 1, 2], list(SENTIMENTS))
    rows = [i for i, e in enumerate(examples) if e.topics is not None]
    for k, topic in enumerate(TOPICS):
        if rows:
            fit(rows, [topic in examples[i].topics for i in rows], [3 + k], [False, True])
    for out, name in ((6, "churn"), (7, "spam")):
        rows = [i for i, e in enumerate(examples) if getattr(e, name) is not None]
        if rows:
            fit(rows, [bool(getattr(examples[i], name)) for i in rows], [out], [False, True])

    weights = {
        str(term): tuple(round(float(x), 5) for x in coef[:, j])
        for j, term in enumerate(vocabulary)
        if np.any(np.abs(coef[:, j]) > 1e-4)
    }
    memory: dict[str, dict[str, Any]] = {}
    corrections = 0
    for e in examples:
        if e in base:
            continue
        corrections += 1
        labels = memory.setdefault(memory_key(e.text), {})
        if e.sentiment is not None:
            labels["sentiment"] = e.sentiment
        if e.topics is not None:
            labels["topics"] = sorted(e.topics)
        if e.churn is not None:
            labels["churn"] = bool(e.churn)
        if e.spam is not None:
            labels["spam"] = bool(e.spam)
    return TextModel(
        version=version,
        weights=weights,
        intercepts=tuple(round(float(x), 5) for x in intercepts),
        memory={k: v for k, v in memory.items() if v},
        examples=len(examples),
        corrections=corrections,
    )


def save_model(model: TextModel, path: Path) -> None:
    """Write the model as JSON, atomically (a temporary file renamed over the target)."""
    path = Path(path)
    payload = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "version": model.version,
        "outputs": list(OUTPUTS),
        "intercepts": list(model.intercepts),
        "weights": {k: list(v) for k, v in model.weights.items()},
        "memory": model.memory,
        "examples": model.examples,
        "corrections": model.corrections,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(payload, out, ensure_ascii=False, separators=(",", ":"))
            out.flush()
            os.fsync(out.fileno())
        Path(tmp).replace(path)  # atomic on POSIX (os.replace)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_model(path: Path) -> TextModel:
    """Read a model saved by `save_model`; ModelError if missing or not a valid model."""
    path = Path(path)
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ModelError(f"{path}: no such model file") from error
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ModelError(f"{path}: not a readable model ({error})") from error
    try:
        if payload.get("format") != FORMAT or payload.get("format_version") != FORMAT_VERSION:
            raise ModelError(f"{path}: not a textlens model of format {FORMAT_VERSION}")
        if list(payload["outputs"]) != list(OUTPUTS):
            raise ModelError(f"{path}: outputs {payload['outputs']} differ from {OUTPUTS}")
        intercepts = tuple(float(x) for x in payload["intercepts"])
        weights = {str(k): tuple(float(x) for x in v) for k, v in payload["weights"].items()}
        if len(intercepts) != N_OUT or any(len(v) != N_OUT for v in weights.values()):
            raise ModelError(f"{path}: weights of the wrong size")
        # Finite and within bounds, so that no sum of them can overflow (a fitted model's
        # weights are a few units).
        if not all(abs(x) <= WEIGHT_LIMIT for x in intercepts) or not all(
            abs(x) <= WEIGHT_LIMIT for v in weights.values() for x in v
        ):
            raise ModelError(
                f"{path}: weights that are not numbers within ±{WEIGHT_LIMIT:g} (a damaged file?)"
            )
        memory = payload.get("memory") or {}
        if not isinstance(memory, dict) or not all(isinstance(v, dict) for v in memory.values()):
            raise ModelError(f"{path}: a malformed memory of corrections")
        return TextModel(
            version=str(payload["version"]),
            weights=weights,
            intercepts=intercepts,
            memory=memory,
            examples=int(payload.get("examples", 0)),
            corrections=int(payload.get("corrections", 0)),
        )
    except ModelError:
        raise
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        raise ModelError(f"{path}: not a valid model ({error!r})") from error
