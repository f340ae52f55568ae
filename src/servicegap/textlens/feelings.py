"""The feeling for each P a comment mentions, read clause by clause.

"Our waiter was lovely and the curry was superb, but we waited twenty minutes for the
bill" praises people and product and complains about process. The comment is cut into
clauses at sentence ends and at contrast words ("but", "mais", "pero", "however"…); each
clause is scored like a whole comment (VADER and the service layer) and names its Ps by
the topic rules; a P's feeling is that of the clauses naming it, the later ones counting
more (what a customer ends on is what they stress). A P no clause names on its own takes
the comment's overall feeling.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from servicegap.textlens import learn
from servicegap.textlens import sentiment as sent
from servicegap.textlens import topics as topic_rules

# Where one clause ends and the next begins.
_CUT = re.compile(
    r"[.!?;:\n]+|\s[-–—]\s|\b(?:but|however|although|though|whereas|except|mais|"
    r"cependant|pourtant|sauf|pero|aunque|sin embargo|excepto)\b"
)
POSITIVE_FROM = 0.3  # a clause's score from which it reads positive (as a whole comment)
NEGATIVE_FROM = 0.05
# French and Spanish clauses are scored by our small lexicon alone (VADER reads neither),
# whose words move a score by half their valence: one clear word ("aimable") makes 0.2.
FOREIGN_POSITIVE_FROM = 0.2
LATER = 1.5  # each later clause counts this many times the one before


_STOPS = re.compile(r"[.!?;:\n]+|\s[-–—]\s")
_CONTRASTS = learn.wordset(
    "but however although though whereas except mais cependant pourtant sauf pero aunque "
    "embargo excepto"
)


def clauses(text: str, words: Iterable[str] | None = None) -> list[str]:
    """The comment's clauses, in order, empty ones left out (`words`: its tokens, if
    known, to skip looking for contrast words where there are none)."""
    if words is None:
        words = learn.tokens(text)
    cut = _STOPS if _CONTRASTS.isdisjoint(words) else _CUT
    return [c.strip() for c in cut.split(text) if c and c.strip()]


def clause_score(
    clause: str,
    *,
    foreign: bool,
    words: list[str] | None = None,
    pairs: list[str] | None = None,
    hits: dict[str, float] | None = None,
    needed: Iterable[str] | None = None,
) -> tuple[float, dict[str, float]]:
    """One clause's score (−1..1) and the evidence for each P in it. With `needed`, the
    score is only worked out when the clause names one of those Ps (0.0 otherwise: VADER,
    the costly part, is not run for a clause whose score nobody reads)."""
    lower = clause.lower()
    if words is None:
        words = learn.tokens(lower)
    if pairs is None:
        pairs = learn.pairs(words)
    wordset = set(words)
    facts = sent.service_layer(lower, words, wordset, pairs, foreign=foreign)
    hits = dict(hits) if hits is not None else topic_rules.rule_topics(wordset, pairs)
    if facts.waiting or facts.never or facts.repeated:
        hits["process"] += 1.0
    if facts.unanswered:
        hits["people"] += 1.0
    if needed is not None and not any(hits[p] >= 0.5 for p in needed):
        return 0.0, hits
    score = max(-1.0, min(1.0, sent.vader(clause) + facts.delta))
    return score, hits


_NONE: dict[str, float] = {"people": 0.0, "process": 0.0, "product": 0.0}


def _scored_if_named(
    clause: str, ps: list[str], *, foreign: bool, every_score: bool = True
) -> tuple[float, dict[str, float]]:
    """`clause_score`, for a clause that names one of `ps` by a word or could by a fact
    (a number or a negation: waits, things that never happened); (0, no P) for the rest,
    cheaply. Without `every_score`, a clause that names none of `ps` even by a fact is
    given 0.0 without its score being worked out (only `ends_on` reads those)."""
    words = learn.tokens(clause)
    pairs = learn.pairs(words)
    hits = topic_rules.rule_topics(words, pairs)
    if any(hits[p] >= 0.5 for p in ps) or "<n>" in words or not sent.NEGATORS.isdisjoint(words):
        return clause_score(
            clause,
            foreign=foreign,
            words=words,
            pairs=pairs,
            hits=hits,
            needed=None if every_score else ps,
        )
    return 0.0, _NONE


def label(score: float, *, foreign: bool = False) -> str:
    upper = FOREIGN_POSITIVE_FROM if foreign else POSITIVE_FROM
    return "positive" if score >= upper else "negative" if score <= -NEGATIVE_FROM else "neutral"


def read(
    text: str,
    topics: Iterable[str],
    overall: str,
    *,
    heard: Iterable[str] = (),
    foreign: bool = False,
    words: Iterable[str] | None = None,
    every_score: bool = True,
) -> tuple[dict[str, str], list[tuple[float, dict[str, float]]]]:
    """Each P with its feeling, and the scored clauses it was read from.

    `topics` are the Ps the comment is about; `heard`, Ps the rules also heard but left
    out as minor. In a mixed comment (praise for the waiter in a complaint about the wait)
    every P heard in a clause with a feeling is a topic too. One P and nothing else
    heard, or one clause: the overall feeling. A P with no clause of its own (a topic the
    learned layer heard): the overall feeling too. Without `every_score`, the clauses
    that name no P are scored 0.0 in the list returned (their score is not worked out)."""
    topics, heard = set(topics), set(heard)
    ps = [p for p in learn.TOPICS if p in topics]
    extra = [p for p in learn.TOPICS if p in heard and p not in ps]
    if not ps and not extra:
        return {}, []
    parts = clauses(text, words) if len(ps) + len(extra) > 1 else []
    if len(parts) < 2:
        return dict.fromkeys(ps, overall), []
    named = [*ps, *extra]
    scored = [_scored_if_named(c, named, foreign=foreign, every_score=every_score) for c in parts]
    feelings = by_clause(ps, scored, overall, foreign=foreign)
    heard = {
        p: feeling
        for p, feeling in by_clause(extra, scored, "neutral", foreign=foreign).items()
        if feeling != "neutral"
    }
    if {"positive", "negative"} <= {*feelings.values(), *heard.values()}:
        feelings |= heard  # a mixed comment: every P with a feeling of its own counts
    return {p: feelings[p] for p in learn.TOPICS if p in feelings}, scored


def by_clause(
    ps: Iterable[str],
    scored: list[tuple[float, dict[str, float]]],
    overall: str,
    *,
    foreign: bool = False,
) -> dict[str, str]:
    feelings: dict[str, str] = {}
    for p in ps:
        total = weight = 0.0
        w = 1.0
        for score, hits in scored:
            if hits.get(p, 0.0) >= 0.5:
                total += w * score
                weight += w
            w *= LATER
        feelings[p] = label(total / weight, foreign=foreign) if weight else overall
    return feelings


def ends_on(scored: list[tuple[float, dict[str, float]]], *, foreign: bool = False) -> str | None:
    """The feeling of the last clause that has one (None if no clause has)."""
    for score, _hits in reversed(scored):
        if (feeling := label(score, foreign=foreign)) != "neutral":
            return feeling
    return None
