"""The inbox's filters as querysets, shared by the inbox, its exports and the API."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Q, QuerySet

from servicegap.core.models import Membership, P
from servicegap.feedback.models import Response
from servicegap.feedback.scoring import LocationSummary, period_bounds, summary_by_location

NPS_GROUP_FILTERS = {
    "promoter": Q(nps__gte=9),
    "passive": Q(nps__in=[7, 8]),
    "detractor": Q(nps__lte=6),
    "none": Q(nps__isnull=True),
}


def scope(queryset: QuerySet, cleaned: dict[str, Any], tz: ZoneInfo) -> QuerySet:
    """Location, period and journey step: the filters that also apply to scores."""
    queryset = queryset.filter(period_bounds(cleaned.get("since"), cleaned.get("until"), tz))
    if cleaned.get("location"):
        queryset = queryset.filter(location=cleaned["location"])
    if cleaned.get("step"):
        queryset = queryset.filter(step=cleaned["step"])
    return queryset


def filter_responses(
    responses: QuerySet[Response], cleaned: dict[str, Any], tz: ZoneInfo
) -> QuerySet[Response]:
    """Apply every inbox filter: scope, spam, NPS group, comment, and P / rating range."""
    responses = scope(responses, cleaned, tz)
    spam = cleaned.get("spam") or "hide"
    if spam == "hide":
        responses = responses.filter(spam=False)
    elif spam == "only":
        responses = responses.filter(spam=True)
    if cleaned.get("nps"):
        responses = responses.filter(NPS_GROUP_FILTERS[cleaned["nps"]])
    if cleaned.get("comment") == "yes":
        responses = responses.exclude(comment="")
    elif cleaned.get("comment") == "no":
        responses = responses.filter(comment="")
    p, low, high = cleaned.get("p"), cleaned.get("min_score"), cleaned.get("max_score")
    if p or low is not None or high is not None:
        responses = responses.filter(rated(p, low, high))
    return responses


def rated(p: str | None, low: int | None, high: int | None) -> Q:
    """Responses that rated `p` (any P when None) within [low, high]."""
    condition = Q()
    for each in [p] if p else P.values:
        one = Q(**{f"{each}__isnull": False})
        if low is not None:
            one &= Q(**{f"{each}__gte": low})
        if high is not None:
            one &= Q(**{f"{each}__lte": high})
        condition |= one
    return condition


def inbox_summary(
    membership: Membership, responses: QuerySet[Response], cleaned: dict[str, Any], tz: ZoneInfo
) -> tuple[list[LocationSummary], LocationSummary]:
    """The inbox's table under its filters: responses, NPS and P scores for each of the
    member's locations (or the one chosen) and the total row. Only the scope filters
    (location, period, step) apply; the others choose which responses are listed."""
    if cleaned.get("location"):
        locations = [cleaned["location"]]
    else:
        locations = list(membership.visible_locations())
    return summary_by_location(locations, scope(responses, cleaned, tz))
