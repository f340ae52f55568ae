"""`analyse(text)`: one comment's sentiment, P topics, churn signal, spam and language.

Layers, each measured in `bench/textlens.py`:

1. VADER's compound score (general sentiment words, emphasis, emoji);
2. the service layer (`sentiment.service_layer`): waiting times, things that never
   happened, having to ask again, hospitality vocabulary, negation and contrast, and a
   French and Spanish lexicon;
3. rules for topics (`topics`), churn (`churn`) and spam (`spam`);
4. the learned layer (`learn.TextModel`), fitted on our examples plus an organisation's
   corrections; a corrected text gets its corrected labels back.

Bad input never raises: bytes that are not UTF-8 and control characters are cleaned with a
reason saying so; text over `MAX_CHARS` is cut; an unreadable model falls back to the
rule layers with a logged warning.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from servicegap.textlens import churn as churn_rules
from servicegap.textlens import feelings as per_p
from servicegap.textlens import language as lang
from servicegap.textlens import learn
from servicegap.textlens import sentiment as sent
from servicegap.textlens import spam as spam_rules
from servicegap.textlens import topics as topic_rules

logger = logging.getLogger(__name__)

MAX_CHARS = 10_000
RULES_VERSION = "rules"
# What customers type in a comment box to say they have nothing to say, as tokens (three
# at most: longer texts are not looked up).
NOTHING_SAID = frozenset(
    [
        *("n a", "na", "none", "no", "nil", "nothing", "nothing else", "not applicable"),
        *("no comment", "no comments", "nothing to add", "nothing to say", "nothing to report"),
        *("rien", "aucun", "néant", "ras", "r a s", "aucun commentaire", "pas de commentaire"),
        *("rien à signaler", "rien à ajouter", "sans commentaire"),
        *("nada", "ninguno", "ninguna", "sin comentarios", "sin comentario", "nada que decir"),
        *("nada que añadir", "nada que agregar"),
    ]
)
BASE_VERSION = "base-9"
# How the rule score and the learned score mix, and where neutral ends.
RULE_WEIGHT = 0.6
MODEL_WEIGHT = 0.6
# Praise must be clear to count as positive: a "thanks" in a complaint is not praise.
POSITIVE_FROM = 0.3
# The same where VADER hears no feeling word and the service layer no fact, so that the
# learned layer speaks alone ("the lamb fell off the bone"): no "thanks" to discount there.
FACT_POSITIVE_FROM = 0.05
NEGATIVE_FROM = 0.05  # VADER's own limit for negative
MODEL_NEUTRAL = 0.3  # both limits move out by this when the model reads a neutral text
TOPIC_MODEL_ALONE = 0.25  # a topic the model is this sure of needs no rule hit
TOPIC_MODEL_VETO = (
    0.0  # the model may add a topic, not remove a rule hit (measured: removing cost F1)
)
TOPIC_SHARE = 0.5
TOPIC_FALLBACK = 0.3  # with no topic otherwise, the model's best P from this (1.01: never)
CHURN_MODEL = 0.8
SUGGESTION_WORDS = 25  # a suggestion or a question read as neutral is this short at most
# A mixed comment (one P praised, another not) made to feel as its last clause: measured,
# it lowered the airline 3-class F1 0.610 -> 0.607 and Zomato 0.921 -> 0.916, so it is off
# (the service layer already weighs what follows "but" three times what precedes it).
ENDS_ON = False
# A P heard in a clause of its own feeling is a topic of a mixed comment of this many words
# or more (None: never). Measured on all lengths, it lowered the airline complaint → P
# figure 0.595 -> 0.592: a tweet's P in passing is not what it complains about.
MIXED_TOPICS: int | None = 25
SPAM_MODEL = 0.9

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffd]")


@dataclass(frozen=True, slots=True)
class Analysis:
    sentiment: str  # "negative" | "neutral" | "positive"
    score: float  # −1..1
    topics: frozenset[str]  # of "people", "process", "product"
    churn_signal: bool
    spam: bool
    language: str | None
    reasons: tuple[str, ...]
    model_version: str
    # The feeling for each P of `topics` ("people" -> "positive"…), read clause by clause.
    feelings: dict[str, str] = field(default_factory=dict, compare=False)
    # How sure the learned layer is of each label given (0..1): "sentiment", each P of
    # `topics`, "churn" and "spam" when flagged. Empty when the rules spoke alone.
    sure: dict[str, float] = field(default_factory=dict, compare=False)


def analyse(
    text: str | bytes | None,
    language: str | None = None,
    *,
    model: learn.TextModel | Path | str | None = None,
) -> Analysis:
    """Analyse one comment. `model=None` uses the base model; `learn.RULES` the rules alone."""
    return analyse_layers(text, language, model=model)


def analyse_layers(
    text: str | bytes | None,
    language: str | None = None,
    *,
    model: learn.TextModel | Path | str | None = None,
    service: bool = True,
    learned: bool = True,
    rule_topics: bool = True,
) -> Analysis:
    """`analyse` with layers switched off, for measuring what each one buys."""
    text, reasons = _clean(text)
    code = lang.normalise(language)
    if not text.strip():
        return Analysis(
            "neutral", 0.0, frozenset(), False, False, code, (*reasons, "no text"), RULES_VERSION
        )

    lower = text.lower()
    words = learn.tokens(lower)
    base = sent.vader(text)
    said = " ".join(words) if len(words) <= 3 else None
    if (said == "" or said in NOTHING_SAID) and base == sent.vader(said):
        # Punctuation, symbols or a form's placeholder, and no emoticon such as ":(" that
        # VADER reads besides: nothing to read (the learned layer alone would lean on its
        # intercepts).
        nothing = "no words" if not words else "nothing said"
        return Analysis(
            "neutral", 0.0, frozenset(), False, False, code, (*reasons, nothing), RULES_VERSION
        )
    pairs = learn.pairs(words)
    wordset = set(words)
    if code is None:
        code = lang.detect(wordset, lower)
    foreign = code in ("fr", "es")

    # 1-2: sentiment by rule (VADER's score `base`, above)
    score = base
    if abs(base) >= 0.3:
        reasons.append("sentiment words read " + ("positive" if base > 0 else "negative"))
    facts = None
    if service:
        facts = sent.service_layer(lower, words, wordset, pairs, foreign=foreign)
        score = _clamp(base + facts.delta)
        reasons.extend(facts.reasons)

    # 3: topics, churn, spam by rule
    lexicon = topic_rules.rule_topics(wordset, pairs)  # also features of the learned topics
    hits = dict(lexicon) if rule_topics else dict.fromkeys(learn.TOPICS, 0.0)
    if facts is not None:
        if facts.waiting or facts.never or facts.repeated:
            hits["process"] += 1.0
        if facts.unanswered:  # nobody answered or called back: how people handled contact
            hits["people"] += 1.0
    churn_phrase = churn_rules.churn_signal(lower, wordset)
    kinds = spam_rules.spam_kinds(lower, words, wordset, pairs, sum(hits.values()))

    # 4: the learned layer
    version = RULES_VERSION
    scores = None
    if learned and words:  # with no word, only the emoticons' VADER score speaks
        fitted = _base if model is None and _base is not None else _resolve(model)
        if fitted is not None and fitted.learned:
            try:
                scores = fitted.score(words, pairs, lexicon, wordset)
                version = fitted.version
            except Exception:  # a malformed model object must not fail a submission
                logger.warning("textlens: model %r failed; rule layers only", fitted, exc_info=True)
                scores = None
    if scores is not None:
        feeling = scores.sentiment
        if facts is not None and facts.cut_word < len(words) - 2:
            # "X but Y": the learned sentiment reads Y, the main clause
            tail = words[facts.cut_word + 1 :]
            feeling = fitted.sentiment(tail, pairs[facts.cut_word + 1 :])
        learned_score = feeling["positive"] - feeling["negative"]
        # the learned layer speaks most where the rules are unsure
        score = _clamp(RULE_WEIGHT * score + MODEL_WEIGHT * learned_score * (1.0 - abs(score)))
        neutral = feeling["neutral"]
        extra = MODEL_NEUTRAL if neutral > 0.6 and abs(base) < 0.5 else 0.0
        # (with the service layer switched off, for measuring, no fact is heard either)
        alone = base == 0.0 and (facts is None or not (facts.delta or facts.reasons))
        upper = (FACT_POSITIVE_FROM if alone else POSITIVE_FROM) + extra
        lower_limit = NEGATIVE_FROM + extra
    elif service:
        upper, lower_limit = POSITIVE_FROM, NEGATIVE_FROM
    else:  # VADER alone, with its own thresholds
        upper = lower_limit = 0.05
    sentiment = "positive" if score >= upper else "negative" if score <= -lower_limit else "neutral"
    details = False  # a change of details sent through the form: no sign of leaving
    if facts is not None and service:
        # rules that read the comment's structure have the last word over the blend
        complaint = (
            facts.waiting
            or facts.never
            or facts.repeated
            or facts.unanswered
            or facts.worse
            or facts.grievance
        )
        if (facts.worse and sentiment != "negative") or (
            # a complaint asked as a question, or something that never came (a refund, a
            # call back): not a neutral remark, unless the story ends with it put right
            (facts.grievance or ((facts.never or facts.unanswered) and not facts.put_right))
            and sentiment == "neutral"
        ):
            sentiment, score = "negative", min(score, -lower_limit)
        elif facts.put_right and not complaint and sentiment != "positive":
            sentiment, score = "positive", max(score, upper)
        elif sentiment != "neutral" and not complaint:
            if abs(base) < 0.6 and sent.lukewarm(lower, words, wordset):
                reasons.append("says it was all right, no more")
                sentiment, score = "neutral", 0.0
            elif (
                -0.05 < base < 0.5
                and facts.delta >= 0.0
                and churn_phrase is None
                and sent.change_of_details(lower, wordset)
            ):
                details = True
                reasons.append("a change of details")
                sentiment, score = "neutral", 0.0
            elif (
                len(words) <= SUGGESTION_WORDS
                and facts.delta >= 0.0
                and -0.05 < base < 0.7
                and sent.suggestion_only(text, wordset, foreign=foreign)
            ):
                reasons.append("a suggestion or a question")
                sentiment, score = "neutral", 0.0

    # A topic needs a rule hit the model does not veto, or a model that is sure; of those,
    # the ones with at least half the evidence of the main one are kept.
    evidence: dict[str, float] = {}
    for topic, hit in hits.items():
        if scores is None:
            if hit >= 1.0:
                evidence[topic] = min(hit, 3.0)
            continue
        p = scores.topics[topic]
        if (hit >= 1.0 and p >= TOPIC_MODEL_VETO) or p >= TOPIC_MODEL_ALONE:
            evidence[topic] = min(hit, 3.0) + 2.0 * p
    top = max(evidence.values(), default=0.0)
    topics = {t for t, e in evidence.items() if e >= TOPIC_SHARE * top}
    if not topics and scores is not None:
        # nothing heard: the model's likeliest P, if it is at least this likely
        best = max(learn.TOPICS, key=scores.topics.__getitem__)
        if scores.topics[best] >= TOPIC_FALLBACK:
            topics.add(best)
    churn = churn_phrase is not None
    if churn:
        reasons.append("says they will not return" if not foreign else "says they are leaving")
    elif (
        sentiment == "negative"
        and churn_rules.parting(lower, wordset)
        and not churn_rules.stays(lower)
    ):
        # "bye", "adiós", "cooking at home from now on", after a complaint
        churn = True
        reasons.append("says goodbye after a complaint")
    elif (
        scores is not None
        and scores.churn >= CHURN_MODEL
        and not churn_rules.stays(lower)
        and not details
    ):
        churn = True
        reasons.append("reads like a customer about to leave")
    spam = bool(kinds)
    if kinds:
        reasons.extend("spam: " + kind for kind in kinds)
    if not spam and scores is not None and scores.spam >= SPAM_MODEL and sum(hits.values()) < 2:
        spam = True
        reasons.append("spam: reads like spam")
    if spam:
        topics.clear()
        churn = False

    remembered = None
    if scores is not None:
        remembered = fitted.recall(text)
        if remembered:
            sentiment, score, topics, churn, spam = _apply(
                remembered, sentiment, score, topics, churn, spam
            )
            reasons.append("corrected by a manager before")
    corrected = remembered or {}
    if churn and sentiment != "negative" and "sentiment" not in corrected:
        sentiment, score = "negative", min(score, -lower_limit)
    heard = (
        ()
        if spam or MIXED_TOPICS is None or len(words) < MIXED_TOPICS
        else [p for p, hit in hits.items() if hit >= 1.0]
    )
    if facts is not None and (
        (len(topics) < 2 and not heard) or not _mixed(words, wordset, facts, foreign)
    ):
        # one feeling throughout (no contrast, no praise beside a complaint): each P has it
        feelings, scored = dict.fromkeys(sorted(topics), sentiment), []
    else:
        feelings, scored = per_p.read(
            text,
            topics,
            sentiment,
            heard=heard,
            foreign=foreign,
            words=wordset,
            every_score=ENDS_ON,  # only the feeling it ends on reads the other clauses
        )
    if len(feelings) > len(topics) and "topics" not in corrected:
        reasons.append("mixed: " + ", ".join(sorted(set(feelings) - topics)) + " heard too")
        topics = set(feelings)
    if ENDS_ON and scored and "sentiment" not in corrected and not churn:
        # praise for one P and a complaint about another: the comment feels as it ends
        said = set(feelings.values())
        last = per_p.ends_on(scored, foreign=foreign)
        if {"positive", "negative"} <= said and last is not None and last != sentiment:
            reasons.append(f"mixed: ends on a {last} note")
            sentiment = last
            score = max(score, upper) if last == "positive" else min(score, -lower_limit)
    if len(feelings) > 1 and len(set(feelings.values())) > 1:
        reasons.extend(f"{p}: {f}" for p, f in feelings.items())
    sure: dict[str, float] = {}
    if scores is not None:
        sure["sentiment"] = round(feeling[sentiment], 3)
        for p in sorted(topics):  # (a set: sorted, so that the stored JSON is the same)
            sure[p] = round(scores.topics[p], 3)
        # a churn or spam flag raised by a rule phrase is the rule's (its reason says which);
        # the model's probability beside it would read as doubt about the rule
        if churn and churn_phrase is None:
            sure["churn"] = round(scores.churn, 3)
        if spam and not kinds:
            sure["spam"] = round(scores.spam, 3)
        for name in corrected:  # a manager said so (of a flag that is raised)
            if name == "topics":
                sure.update(dict.fromkeys(sorted(topics), 1.0))
            elif name == "sentiment" or (name == "churn" and churn) or (name == "spam" and spam):
                sure[name] = 1.0
    return Analysis(
        sentiment=sentiment,
        score=round(score, 4),
        topics=frozenset(topics),
        churn_signal=churn,
        spam=spam,
        language=code,
        reasons=tuple(reasons),
        model_version=version,
        feelings=feelings,
        sure=sure,
    )


def _mixed(words: list[str], wordset: set[str], facts: sent.Service, foreign: bool) -> bool:
    """Whether a comment may hold more than one feeling: a contrast word, or words of both
    feelings (a fact such as a wait counts as negative)."""
    if facts.cut_word < len(words):
        return True
    good, bad = sent.FOREIGN_SIGNS if foreign else sent.SIGNS
    positive = facts.put_right or not good.isdisjoint(wordset)
    if not positive:
        return False
    return (
        facts.waiting
        or facts.never
        or facts.repeated
        or facts.unanswered
        or not bad.isdisjoint(wordset)
    )


def _apply(
    labels: dict[str, Any], sentiment: str, score: float, topics: set[str], churn: bool, spam: bool
) -> tuple[str, float, set[str], bool, bool]:
    if labels.get("sentiment") in learn.SENTIMENTS and labels["sentiment"] != sentiment:
        sentiment = labels["sentiment"]
        score = {"negative": -0.6, "neutral": 0.0, "positive": 0.6}[sentiment]
    if isinstance(labels.get("topics"), list):
        topics = {t for t in labels["topics"] if t in learn.TOPICS}
    if isinstance(labels.get("churn"), bool):
        churn = labels["churn"]
    if isinstance(labels.get("spam"), bool):
        spam = labels["spam"]
    return sentiment, score, topics, churn, spam


def _clamp(x: float) -> float:
    return -1.0 if x < -1.0 else 1.0 if x > 1.0 else x


def _clean(text: str | bytes | None) -> tuple[str, list[str]]:
    """Text as a clean str, and what was done to it."""
    reasons: list[str] = []
    if text is None:
        return "", reasons
    if isinstance(text, (bytes, bytearray, memoryview)):
        raw = bytes(text)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("utf-8", errors="replace")
            reasons.append("text was not valid UTF-8; undecodable bytes dropped")
            logger.warning("textlens: comment of %d bytes is not valid UTF-8", len(raw))
    elif not isinstance(text, str):
        text = str(text)
    if len(text) > MAX_CHARS:
        reasons.append(f"analysed the first {MAX_CHARS:,} of {len(text):,} characters")
        text = text[:MAX_CHARS]
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
        if not reasons or "UTF-8" not in reasons[0]:
            reasons.append("control characters removed")
    return text, reasons


# The default model -------------------------------------------------------------------

_base: learn.TextModel | None = None
_base_lock = threading.Lock()
_base_folder: Path | None = None


def keep_base_model_in(folder: Path | None) -> None:
    """Keep the trained base model as a file in `folder` (None: nowhere), so that other
    processes read it in milliseconds instead of training it for seconds."""
    global _base_folder
    _base_folder = Path(folder) if folder is not None else None


def base_model() -> learn.TextModel:
    """The model fitted on our examples alone: trained once per process, or read from
    the file an earlier process of the same code kept (`keep_base_model_in`)."""
    global _base
    if _base is None:
        with _base_lock:
            if _base is None:
                _base = _kept_base_model() or _train_base_model()
    return _base


def base_model_file() -> Path | None:
    """Where the base model is kept: named after everything it is trained from (this
    package's code and examples, the versions of scikit-learn and NumPy), so that a
    change to any of them trains it anew."""
    if _base_folder is None:
        return None
    from importlib.metadata import version

    digest = hashlib.sha256(BASE_VERSION.encode())
    for name in ("scikit-learn", "numpy"):
        digest.update(f"{name}={version(name)};".encode())
    package = Path(__file__).parent
    for source in sorted(package.rglob("*.py")):
        digest.update(str(source.relative_to(package)).encode())
        digest.update(source.read_bytes())
    return _base_folder / f"{BASE_VERSION}-{digest.hexdigest()[:20]}.json"


def _kept_base_model() -> learn.TextModel | None:
    try:
        path = base_model_file()
        if path is None or not path.is_file():
            return None
        return learn.load_model(path)
    except (OSError, learn.ModelError) as error:
        logger.warning("textlens: the kept base model cannot be read (%s); training it", error)
        return None


def _train_base_model() -> learn.TextModel:
    try:
        model = learn.train(learn.base_examples(), version=BASE_VERSION)
    except Exception:
        logger.warning("textlens: the base model cannot be trained", exc_info=True)
        return learn.RULES
    try:
        path = base_model_file()
        if path is not None:
            learn.save_model(model, path)  # written whole or not at all
            for old in path.parent.glob("base-*.json"):  # kept by earlier code
                if old != path:
                    old.unlink(missing_ok=True)
    except OSError as error:
        logger.warning("textlens: the base model cannot be kept (%s)", error)
    return model


def _resolve(model: learn.TextModel | Path | str | None) -> learn.TextModel | None:
    if model is None:
        return base_model()
    if isinstance(model, learn.TextModel):
        return model
    if isinstance(model, (str, Path)):
        try:
            return learn.load_model(Path(model))
        except learn.ModelError as error:
            logger.warning("textlens: %s; rule layers only", error)
            return None
    logger.warning("textlens: %r is not a model; rule layers only", model)
    return None
