"""The Experienced lens in numbers, computed by the database.

Customer score for a P = mean of its 1–5 ratings mapped to 0–100, (r − 1) / 4 × 100.
NPS = % promoters (9–10) − % detractors (0–6). Spam never counts. Every score carries
the number of answers it rests on; fewer than `MIN_EVIDENCE` is marked as few.

Each P's rating is a column of `Response`, so one GROUP BY over responses (covered by the
`feedback_response_lens` index) gives every P's score per location and journey step at
once; `experienced_scores` then lays the result out as one row per P.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from uuid import UUID
from zoneinfo import ZoneInfo

from django.db.models import (
    Avg,
    Case,
    Count,
    ExpressionWrapper,
    F,
    FloatField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, NullIf

from servicegap.core.models import Membership, P
from servicegap.feedback.models import MIN_EVIDENCE, Response

GROUPS = ("location", "step")


@dataclass(frozen=True)
class Score:
    """A 0–100 score (or NPS, −100–100) and how many answers it rests on."""

    value: float | None
    n: int

    @property
    def few(self) -> bool:
        return self.n < MIN_EVIDENCE

    @property
    def rounded(self) -> int | None:
        return None if self.value is None else round(self.value)


NO_SCORE = Score(None, 0)


def rating_score(p: str) -> ExpressionWrapper:
    """(mean rating of `p` − 1) × 25, in SQL: the 0–100 score of its 1–5 ratings."""
    return ExpressionWrapper(
        (Avg(p, output_field=FloatField()) - 1.0) * 25.0, output_field=FloatField()
    )


def response_mean() -> ExpressionWrapper:
    """A response's mean rating over the P's it rated (NULL when it rated none): the
    every-P score counts each customer once, however many P's they rated."""
    rated = sum(
        (Case(When(**{f"{p}__isnull": False}, then=Value(1)), default=Value(0)) for p in P.values),
        Value(0),
    )
    total = sum((Coalesce(F(p), Value(0)) for p in P.values), Value(0))
    return ExpressionWrapper(
        Cast(total, FloatField()) / NullIf(Cast(rated, FloatField()), Value(0.0)),
        output_field=FloatField(),
    )


# Per P: how many rated it, and the score. Count(column) skips the empty ones.
P_AGGREGATES = {
    name: aggregate
    for p in P.values
    for name, aggregate in ((f"{p}_n", Count(p)), (f"{p}_score", rating_score(p)))
}


def period_bounds(since: date | None, until: date | None, tz: ZoneInfo) -> Q:
    """Days in the organisation's time zone, `until` included, as a filter on submitted_at."""
    condition = Q()
    if since:
        condition &= Q(submitted_at__gte=datetime.combine(since, time.min, tzinfo=tz))
    if until:
        end = datetime.combine(until + timedelta(days=1), time.min, tzinfo=tz)
        condition &= Q(submitted_at__lt=end)
    return condition


def lens_query(responses: QuerySet[Response], *groups: str) -> QuerySet:
    """The one SQL aggregation behind the lens: per group, each P's count and score.

    `groups` is any of "location", "step". Unordered: ordering by a foreign key would
    join its table, so the few groups are sorted in Python.
    """
    return responses.filter(spam=False).values(*groups).annotate(**P_AGGREGATES).order_by()


def experienced_scores(responses: QuerySet[Response], *by: str) -> list[dict]:
    """{*by, "n", "score"} per group, spam left out, sorted by `by`.

    `by` is any of "location", "p", "step". Without "p", the P's are pooled (each
    rating counts once).
    """
    groups = [key for key in by if key in GROUPS]
    if groups:
        found = list(lens_query(responses, *groups))
    else:
        found = [responses.filter(spam=False).aggregate(**P_AGGREGATES)]
    rows = []
    for row in found:
        base = {key: row[key] for key in groups}
        per_p = [(p, row[f"{p}_n"], row[f"{p}_score"]) for p in P.values if row[f"{p}_n"]]
        if "p" in by:
            rows += [{**base, "p": p, "n": n, "score": score} for p, n, score in per_p]
        elif per_p:
            n = sum(count for _p, count, _s in per_p)
            score = sum(count * value for _p, count, value in per_p) / n
            rows.append({**base, "n": n, "score": score})
    return sorted(rows, key=lambda row: [(row[key] is None, row[key]) for key in by])


def lens(
    membership: Membership,
    *,
    since: date | None = None,
    until: date | None = None,
    by: tuple[str, ...] = ("location", "p", "step"),
) -> list[dict]:
    """The Experienced lens for what `membership` may see, per location × P × step."""
    period = period_bounds(since, until, membership.organization.tz)
    return experienced_scores(Response.objects.for_member(membership).filter(period), *by)


def p_scores(responses: QuerySet[Response]) -> dict[str, Score]:
    """{p: Score} for every P (NO_SCORE where nobody rated it)."""
    found = {row["p"]: Score(row["score"], row["n"]) for row in experienced_scores(responses, "p")}
    return {p: found.get(p, NO_SCORE) for p in P.values}


NPS_COUNTS = {
    "n": Count("nps"),
    "promoters": Count("nps", filter=Q(nps__gte=9)),
    "detractors": Count("nps", filter=Q(nps__lte=6)),
}


def _nps(row: dict) -> Score:
    if not row["n"]:
        return NO_SCORE
    return Score(100.0 * (row["promoters"] - row["detractors"]) / row["n"], row["n"])


def nps(responses: QuerySet[Response]) -> Score:
    """NPS of the responses that answered it, spam left out."""
    return _nps(responses.filter(spam=False).aggregate(**NPS_COUNTS))


def nps_by_location(responses: QuerySet[Response]) -> dict[int, dict]:
    """{location_id: {"n", "promoters", "detractors", "responses"}}: one GROUP BY.

    "responses" counts every non-spam response; the others only those that answered NPS.
    """
    rows = (
        responses.filter(spam=False)
        .values("location")
        .annotate(responses=Count("*"), **NPS_COUNTS)
        .order_by()
    )
    return {row["location"]: row for row in rows}


@dataclass
class LocationSummary:
    name: str
    responses: int
    nps: Score
    scores: dict[str, Score]
    code: UUID | None = None  # the location's; none on the total row


def summary_by_location(
    locations: list, responses: QuerySet[Response]
) -> tuple[list[LocationSummary], LocationSummary]:
    """Per-location rows of responses, NPS and P scores, and the total row.

    Two GROUP BY queries; the total is exact because it is weighted by each group's n.
    """
    by_location: dict[int, dict[str, Score]] = {}
    for row in experienced_scores(responses, "location", "p"):
        by_location.setdefault(row["location"], {})[row["p"]] = Score(row["score"], row["n"])
    counts = nps_by_location(responses)
    rows = []
    for location in locations:
        found = counts.get(location.pk, {"responses": 0, "n": 0, "promoters": 0, "detractors": 0})
        scores = by_location.get(location.pk, {})
        rows.append(
            LocationSummary(
                name=location.name,
                responses=found["responses"],
                nps=_nps(found),
                scores={p: scores.get(p, NO_SCORE) for p in P.values},
                code=location.code,
            )
        )
    return rows, _total(rows, counts)


def _total(rows: list[LocationSummary], counts: dict[int, dict]) -> LocationSummary:
    keys = ("responses", "n", "promoters", "detractors")
    totals = {key: sum(row[key] for row in counts.values()) for key in keys}
    scores = {}
    for p in P.values:
        parts = [row.scores[p] for row in rows if row.scores[p].n]
        n = sum(part.n for part in parts)
        value = sum(part.value * part.n for part in parts) / n if n else None
        scores[p] = Score(value, n)
    return LocationSummary(name="", responses=totals["responses"], nps=_nps(totals), scores=scores)
