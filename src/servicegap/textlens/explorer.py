"""The comment explorer: filters, counts per location, what people talk about, staff praised.

Counts are one GROUP BY over `CommentAnalysis` (no join). The phrases and the staff
mentions are computed in Python from the newest `TEXT_LIMIT` comments that match the
filters, so a page costs the same however many comments an organisation has; the page
says when it read only the newest ones.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Count, Q, QuerySet

from servicegap.core.models import Employee, Location, Membership, P
from servicegap.feedback.scoring import period_bounds
from servicegap.textlens.models import TOPICS, CommentAnalysis

# A count resting on fewer comments than this is marked "few".
MIN_EVIDENCE = 5
TEXT_LIMIT = 5000  # newest comments read for phrases and staff mentions
PHRASES_SHOWN = 8
EXAMPLES_SHOWN = 1
MIN_PHRASE_COUNT = 2
MAX_PHRASE_WORDS = 10
# A phrase said inside a longer one in at least this share of its comments gives way to it.
FOLD_SHARE = 0.7
# A phrase whose comments are more than this share already covered is not listed again.
OVERLAP_SHARE = 0.5
# Where a phrase ends: sentence and clause marks, quotes, brackets, dashes between words.
CLAUSE = re.compile(r"[.!?;:,()\[\]\"“”«»…\n]+|\s[-–—]+\s")

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Words that carry no topic of their own, in the languages customers write in.
STOPWORDS = frozenset(
    """
    a about above after again all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i i'm i've if
    in into is it it's its itself just let me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up us very was we we're we've were what when where which while who whom why
    will with would you your yours yourself yourselves really quite bit lot get got
    went go came come one two also even still ever much many well back us
    le la les l un une des du de d et ou mais donc or ni car à au aux en dans par pour sur
    avec sans sous ce cet cette ces ceux celle il elle ils elles on nous vous je j tu me te se
    moi toi lui leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos qui que qu
    quoi dont où est était été être sont a ai avons avez ont avait très plus pas ne n y c
    s ça cela tout tous toute toutes
    el la los las un una unos unas y o pero de del al a en con sin por para sobre es era
    fue ser son está estaba estaban muy más no lo le les se me te nos mi mis tu tus su sus
    que qué como cuando donde quien este esta estos estas ese esa eso hay todo todos toda
    """.split()  # noqa: SIM905 - a word list reads better as words than as a literal
)


def filter_analyses(
    analyses: QuerySet[CommentAnalysis], cleaned: dict[str, Any], tz: ZoneInfo
) -> QuerySet[CommentAnalysis]:
    """Apply the explorer's filters (ExplorerFilterForm's cleaned data)."""
    analyses = analyses.filter(period_bounds(cleaned.get("since"), cleaned.get("until"), tz))
    if cleaned.get("location"):
        analyses = analyses.filter(location=cleaned["location"])
    if cleaned.get("p"):
        analyses = analyses.filter(**{cleaned["p"]: True})
    if cleaned.get("sentiment"):
        analyses = analyses.filter(sentiment=cleaned["sentiment"])
    if cleaned.get("churn"):
        analyses = analyses.filter(churn_signal=cleaned["churn"] == "yes")
    if cleaned.get("corrected"):
        analyses = analyses.filter(corrected_at__isnull=cleaned["corrected"] == "no")
    spam = cleaned.get("spam") or "hide"
    if spam == "hide":
        analyses = analyses.filter(spam=False)
    elif spam == "only":
        analyses = analyses.filter(spam=True)
    return analyses


# Counts per location ------------------------------------------------------------------


@dataclass
class Share:
    """`count` of `n` comments, as a percentage; `few` when n is below MIN_EVIDENCE."""

    count: int
    n: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.count / self.n) if self.n else None

    @property
    def few(self) -> bool:
        return self.n < MIN_EVIDENCE


@dataclass
class LocationCounts:
    name: str
    n: int
    negative: Share
    positive: Share
    churn: Share
    # p → comments about it, and how many of those are negative
    about: dict[str, Share]
    negative_about: dict[str, Share]


def _aggregates() -> dict[str, Count]:
    found = {
        "n": Count("pk"),
        "negative": Count("pk", filter=Q(sentiment="negative")),
        "positive": Count("pk", filter=Q(sentiment="positive")),
        "churn": Count("pk", filter=Q(churn_signal=True)),
    }
    for p in TOPICS:
        found[f"about_{p}"] = Count("pk", filter=Q(**{p: True}))
        found[f"negative_{p}"] = Count("pk", filter=Q(**{p: True}, sentiment="negative"))
    return found


def _counts(name: str, row: dict[str, int]) -> LocationCounts:
    n = row["n"]
    return LocationCounts(
        name=name,
        n=n,
        negative=Share(row["negative"], n),
        positive=Share(row["positive"], n),
        churn=Share(row["churn"], n),
        about={p: Share(row[f"about_{p}"], n) for p in TOPICS},
        negative_about={p: Share(row[f"negative_{p}"], row[f"about_{p}"]) for p in TOPICS},
    )


def counts_by_location(
    analyses: QuerySet[CommentAnalysis], locations: Iterable[Location]
) -> tuple[list[LocationCounts], LocationCounts | None]:
    """Per location (those with comments), and for all together: one GROUP BY."""
    rows = {
        row["location"]: row
        for row in analyses.values("location").annotate(**_aggregates()).order_by()
    }
    names = {location.pk: location.name for location in locations}
    found = [_counts(names[pk], row) for pk, row in rows.items() if pk in names]
    found.sort(key=lambda counts: counts.name)
    if not found:
        return [], None
    total = {key: sum(row[key] for row in rows.values()) for key in next(iter(rows.values()))}
    return found, _counts("", total)


# What people talk about ---------------------------------------------------------------


@dataclass
class Comment:
    code: Any
    text: str
    location: str


@dataclass
class Phrase:
    text: str  # as the first example wrote it
    count: int  # comments that use it
    examples: list[Comment] = field(default_factory=list)


@dataclass
class PhraseGroup:
    """The most frequent phrases of one group (a P or a location), from n comments."""

    label: str
    n: int
    phrases: list[Phrase]
    p: str = ""  # the P's value, for a group of a P
    location_id: int | None = None  # for a group of a location


def words(text: str) -> list[str]:
    """Lower-cased words of `text`, stopwords left out."""
    return [
        word
        for word in (match.group(0).replace("’", "'") for match in WORD.finditer(text.lower()))
        if word not in STOPWORDS and len(word) > 1
    ]


def clauses(text: str) -> list[list[str]]:
    """The lower-cased words of each sentence or clause of `text`: a phrase never runs
    across a full stop, a comma or a dash."""
    return [
        [match.group(0).replace("’", "'") for match in WORD.finditer(part)]
        for part in CLAUSE.split(text.lower())
    ]


def _carries_meaning(word: str) -> bool:
    return word not in STOPWORDS and len(word) > 1


def phrases_of(text: str) -> set[str]:
    """The phrases of a comment as written, each once: 2 to MAX_PHRASE_WORDS consecutive
    words of one clause that begin and end with a word of meaning ("ask three times for
    the bill", never "the bill" nor "bill. we")."""
    found = set()
    for tokens in clauses(text):
        meaning = [_carries_meaning(token) for token in tokens]
        for start, first in enumerate(meaning):
            if not first:
                continue
            for end in range(start + 1, min(len(tokens), start + MAX_PHRASE_WORDS)):
                if meaning[end]:
                    found.add(" ".join(tokens[start : end + 1]))
    return found


def _folded(frequent: dict[str, int]) -> dict[str, int]:
    """`frequent` without the phrases that are mostly said as part of a longer one
    ("three times" when nearly as many comments say "ask three times for the bill")."""
    longest: dict[str, int] = {}
    for phrase, count in frequent.items():
        tokens = phrase.split()
        for size in range(2, len(tokens)):
            for start in range(len(tokens) - size + 1):
                part = " ".join(tokens[start : start + size])
                longest[part] = max(longest.get(part, 0), count)
    return {p: c for p, c in frequent.items() if longest.get(p, 0) < FOLD_SHARE * c}


def _as_written(phrase: str, text: str) -> str:
    """`phrase` with the capitals and apostrophes of the comment it was found in."""
    pattern = r"\b" + r"\W+".join(re.escape(w).replace("'", "['’]") for w in phrase.split())
    found = re.search(pattern + r"\b", text, flags=re.IGNORECASE)
    return found.group(0) if found else phrase


def top_phrases(
    comments: list[tuple[Comment, set[str]]],
    limit: int = PHRASES_SHOWN,
    covered: set[Any] | None = None,
) -> list[Phrase]:
    """The phrases found in most comments (at least MIN_PHRASE_COUNT), each with one
    example, newest first as `comments` are.

    A phrase mostly said inside a longer one gives way to it; a phrase whose comments
    are mostly those of a phrase already listed is the same remark in other words
    ("nobody greeted us" and "stood at the door for five minutes"), so it is left out.
    `covered` holds the codes of comments already shown by a phrase (of this group or,
    when the caller shares it, of another group); it is updated.
    """
    where: dict[str, list[int]] = defaultdict(list)
    for index, (_comment, phrases) in enumerate(comments):
        for phrase in phrases:
            where[phrase].append(index)
    frequent = {p: len(found) for p, found in where.items() if len(found) >= MIN_PHRASE_COUNT}
    ranked = sorted(
        _folded(frequent).items(), key=lambda item: (-item[1], -item[0].count(" "), item[0])
    )
    kept: list[Phrase] = []
    covered = set() if covered is None else covered
    for phrase, count in ranked:
        found = where[phrase]
        codes = {comments[index][0].code for index in found}
        if len(covered & codes) > OVERLAP_SHARE * count:
            continue
        covered.update(codes)
        example = comments[found[0]][0]
        kept.append(Phrase(_as_written(phrase, example.text), count, [example]))
        if len(kept) == limit:
            break
    return kept


@dataclass
class Mention:
    """A first name praised at a location, in how many positive comments."""

    name: str
    location: str
    count: int
    examples: list[Comment]
    location_id: int | None = None


@dataclass
class TalkAbout:
    n: int  # comments read
    limited: bool  # the newest TEXT_LIMIT of more
    by_p: list[PhraseGroup]
    by_location: list[PhraseGroup]
    praised: list[Mention]
    positive_n: int


def talk_about(
    analyses: QuerySet[CommentAnalysis], membership: Membership, locations: Iterable[Location]
) -> TalkAbout:
    """Phrases per P and per location, and staff praised by first name, from the newest
    TEXT_LIMIT filtered comments."""
    rows = list(
        analyses.order_by("-submitted_at", "-pk").values_list(
            "code", "location_id", "sentiment", *TOPICS, "response__comment"
        )[: TEXT_LIMIT + 1]
    )
    limited = len(rows) > TEXT_LIMIT
    rows = rows[:TEXT_LIMIT]
    names = {location.pk: location.name for location in locations}
    read = []
    for code, location_id, sentiment, *about, text in rows:
        comment = Comment(code, text, names.get(location_id, ""))
        read.append((comment, location_id, sentiment, dict(zip(TOPICS, about, strict=True))))
    with_phrases = [(comment, phrases_of(comment.text)) for comment, *_rest in read]
    by_p: list[PhraseGroup] = []
    shown: set[Any] = set()  # a remark shown under one P is not shown again under another
    for p, label in P.choices:
        group = [wp for wp, row in zip(with_phrases, read, strict=True) if row[3][p]]
        phrases = top_phrases(group, covered=shown)
        by_p.append(PhraseGroup(str(label), len(group), phrases, p=p))
    by_location = []
    for location_id, name in sorted(names.items(), key=lambda item: item[1]):
        group = [wp for wp, row in zip(with_phrases, read, strict=True) if row[1] == location_id]
        if group:
            by_location.append(
                PhraseGroup(name, len(group), top_phrases(group), location_id=location_id)
            )
    positive = [(comment, location_id) for comment, location_id, s, _a in read if s == "positive"]
    return TalkAbout(
        n=len(read),
        limited=limited,
        by_p=by_p,
        by_location=by_location,
        praised=praised_staff(positive, membership, names),
        positive_n=len(positive),
    )


def praised_staff(
    positive: list[tuple[Comment, int]], membership: Membership, names: dict[int, str]
) -> list[Mention]:
    """First names of the member's visible employees found in positive comments at their
    location (any location for an employee without one), most praised first."""
    first_names: dict[int | None, set[str]] = defaultdict(set)
    for first_name, location_id in Employee.objects.for_member(membership).values_list(
        "first_name", "location_id"
    ):
        first_name = first_name.strip()
        if len(first_name) >= 2:
            first_names[location_id].add(first_name)
    if not first_names:
        return []
    patterns = {
        location_id: re.compile(
            r"\b(" + "|".join(re.escape(n) for n in sorted(found, key=len, reverse=True)) + r")\b"
        )
        for location_id, found in first_names.items()
    }
    mentions: dict[tuple[str, int], Mention] = {}
    for comment, location_id in positive:
        found = set()
        for key in (location_id, None):
            if key in patterns:
                found |= set(patterns[key].findall(comment.text))
        for name in found:
            mention = mentions.setdefault(
                (name, location_id),
                Mention(name, names.get(location_id, ""), 0, [], location_id=location_id),
            )
            mention.count += 1
            if len(mention.examples) < EXAMPLES_SHOWN:
                mention.examples.append(comment)
    return sorted(mentions.values(), key=lambda m: (-m.count, m.name, m.location))
