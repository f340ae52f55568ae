"""Comment analysis in the API: read analyses with the explorer's filters; correct one.

`GET /analyses` lists what the caller's membership may see, newest first, with cursor
paging; `POST /analyses/{code}/corrections` stores a manager's correction of some labels
(only those given) and answers with the analysis as it now stands; `GET` on the same path
reads who corrected what and when, as the analysis's page lists it. `GET /phrases` and
`GET /praised-staff` are the explorer's "What people talk about" and "Staff praised by
name" tabs, with its filters, worked out by the explorer's own `talk_about`.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from django.core import signing
from django.db.models import Q
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status
from ninja.errors import HttpError, ValidationError
from pydantic import ConfigDict
from pydantic import ValidationError as PydanticValidationError

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import Day
from servicegap.core.auth import membership
from servicegap.core.forms import FIRST_DAY, LAST_DAY
from servicegap.core.models import Membership
from servicegap.textlens import explorer, retraining
from servicegap.textlens.forms import ExplorerFilterForm
from servicegap.textlens.models import CommentAnalysis, Correction

router = Router(tags=["textlens"])

CURSOR_SALT = "servicegap.textlens.api.cursor"
SentimentName = Literal["negative", "neutral", "positive"]
PName = Literal["people", "process", "product"]


class CodeName(Schema):
    code: UUID
    name: str


class AnalysisOut(Schema):
    code: UUID
    response: UUID = Field(description="Code of the feedback response the comment belongs to.")
    location: CodeName
    submitted_at: datetime
    comment: str
    sentiment: SentimentName
    score: float = Field(description="From −1 (very negative) to 1 (very positive).")
    topics: list[PName]
    feelings: dict[str, SentimentName] = Field(
        description="The feeling for each P of `topics`, read from the clauses naming it."
    )
    sure: dict[str, float] = Field(
        description="How sure the analysis is of each label given, 0 to 1 (sentiment, each "
        "P, churn, spam); 1 for a label a manager corrected; empty when rules spoke alone."
    )
    churn_signal: bool
    spam: bool
    language: str
    reasons: list[str]
    model_version: str
    analysed_at: datetime
    corrected_at: datetime | None = Field(
        description="When a manager last corrected a label; null when never."
    )


class AnalysisPage(Schema):
    items: list[AnalysisOut]
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next, older page; null on the last page."
    )


class ExplorerFilters(Schema):
    """The comment explorer's filters."""

    location: UUID | None = None
    since: Day | None = Field(
        None, ge=FIRST_DAY, le=LAST_DAY, description="First day, in the organisation's time zone."
    )
    until: Day | None = Field(None, ge=FIRST_DAY, le=LAST_DAY, description="Last day, included.")
    p: PName | None = Field(None, description="Only comments about this P.")
    sentiment: SentimentName | None = None
    churn: Literal["yes", "no"] | None = Field(None, description="Says they may not come back.")
    spam: Literal["hide", "only", "all"] = "hide"
    corrected: Literal["yes", "no"] | None = None


class AnalysisFilters(ExplorerFilters):
    cursor: str | None = None
    limit: int = Field(50, ge=1, le=200)


class CorrectionIn(Schema):
    """The labels to correct; leave out those that are right."""

    model_config = ConfigDict(extra="forbid")

    sentiment: SentimentName | None = None
    topics: list[PName] | None = Field(
        None, description="The whole set of P's the comment is about ([] for none)."
    )
    churn_signal: bool | None = Field(None, strict=True)
    spam: bool | None = Field(None, strict=True)


class DetailOut(Schema):
    detail: str


def _invalid(where: str, errors: dict[str, list[str]]) -> ValidationError:
    """Errors as a ninja 422, each naming its field as ninja does."""
    prefix = ["body", "payload"] if where == "body" else ["query"]
    return ValidationError(
        [
            {
                "type": "value_error",
                "loc": prefix if name == "__all__" else [*prefix, name],
                "msg": message,
            }
            for name, messages in errors.items()
            for message in messages
        ]
    )


def _require(member: Membership, roles: frozenset, what: str) -> Membership:
    if member.role not in roles:
        raise HttpError(403, what)
    return member


def _analysis_out(analysis: CommentAnalysis) -> dict[str, Any]:
    return {
        "code": analysis.code,
        "response": analysis.response.code,
        "location": {"code": analysis.location.code, "name": analysis.location.name},
        "submitted_at": analysis.submitted_at,
        "comment": analysis.response.comment,
        "sentiment": analysis.sentiment,
        "score": analysis.score,
        "topics": analysis.topics,
        "feelings": {p: analysis.feeling_of(p) for p in analysis.topics},
        "sure": {
            k: v / 100
            for k in ("sentiment", *analysis.topics, "churn", "spam")
            if (v := analysis.sure_of(k)) is not None
            and (k != "churn" or analysis.churn_signal)
            and (k != "spam" or analysis.spam)
        },
        "churn_signal": analysis.churn_signal,
        "spam": analysis.spam,
        "language": analysis.language,
        "reasons": list(analysis.reasons),
        "model_version": analysis.model_version,
        "analysed_at": analysis.analysed_at,
        "corrected_at": analysis.corrected_at,
    }


def _after_cursor(analyses, cursor: str):
    try:
        stamp, pk = signing.loads(cursor, salt=CURSOR_SALT)
        when = datetime.fromisoformat(stamp)
    except (signing.BadSignature, ValueError, TypeError):
        raise _invalid("query", {"cursor": ["Not a cursor this API gave out."]}) from None
    return analyses.filter(Q(submitted_at__lt=when) | Q(submitted_at=when, pk__lt=pk))


def _reader(request: HttpRequest) -> Membership:
    return _require(
        membership(request),
        access.SUPERVISORS,
        "Only owners, executives, managers and supervisors read comments.",
    )


def _explored(member: Membership, filters_: ExplorerFilters):
    """The member's analyses through the explorer's filter form and `filter_analyses`,
    as the page filters them; a filter the form refuses is a 422 naming it."""
    query = filters_.model_dump(include=set(ExplorerFilters.model_fields), exclude_none=True)
    form = ExplorerFilterForm({k: str(v) for k, v in query.items()}, membership=member)
    if not form.is_valid():
        raise _invalid("query", form.errors)
    return explorer.filter_analyses(
        CommentAnalysis.objects.for_member(member), form.cleaned_data, member.organization.tz
    )


@router.get("/analyses", response=AnalysisPage, summary="List analysed comments, newest first")
def list_analyses(request: HttpRequest, filters_: Query[AnalysisFilters]) -> dict[str, Any]:
    member = _reader(request)
    analyses = _explored(member, filters_).order_by("-submitted_at", "-pk")
    if filters_.cursor:
        analyses = _after_cursor(analyses, filters_.cursor)
    page = list(analyses.select_related("response", "location")[: filters_.limit + 1])
    next_cursor = None
    if len(page) > filters_.limit:
        page = page[: filters_.limit]
        last = page[-1]
        next_cursor = signing.dumps([last.submitted_at.isoformat(), last.pk], salt=CURSOR_SALT)
    return {"items": [_analysis_out(a) for a in page], "next_cursor": next_cursor}


@router.get(
    "/analyses/{uuid:commentanalysis_code}", response=AnalysisOut, summary="One analysed comment"
)
def get_analysis(request: HttpRequest, commentanalysis_code: UUID) -> dict[str, Any]:
    member = _reader(request)
    return _analysis_out(get_for_member(CommentAnalysis, member, code=commentanalysis_code))


def _correction_payload(request: HttpRequest) -> CorrectionIn:
    """The request's body as a CorrectionIn, read only after the caller and the analysis
    were checked (so a foreign or unseen analysis is a 404 whatever the body holds)."""
    try:
        data = json.loads(request.body or b"null")
    except ValueError:
        raise _invalid("body", {"__all__": ["The body is not JSON."]}) from None
    if not isinstance(data, dict):
        raise _invalid("body", {"__all__": ["Send a JSON object of the labels to correct."]})
    try:
        return CorrectionIn.model_validate(data)
    except PydanticValidationError as error:
        raise ValidationError(
            [
                {
                    "type": e["type"],
                    "loc": ["body", "payload", *e["loc"]],
                    "msg": e["msg"],
                }
                for e in error.errors(include_url=False)
            ]
        ) from None


@router.post(
    "/analyses/{uuid:commentanalysis_code}/corrections",
    response={201: AnalysisOut, 403: DetailOut, 404: DetailOut},
    summary="Correct some labels of an analysed comment",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": CorrectionIn.model_json_schema()}},
        }
    },
)
def correct_analysis(request: HttpRequest, commentanalysis_code: UUID) -> Any:
    """Send a `CorrectionIn`: only the labels given are corrected; the model learns from
    them at its next training. Marking a comment as spam flags its response; not spam
    counts it again."""
    member = _require(
        membership(request),
        access.LOCATION_MANAGERS,
        "Only owners, executives and managers correct comments.",
    )
    analysis = get_for_member(CommentAnalysis, member, code=commentanalysis_code)
    given = _correction_payload(request).model_dump(exclude_none=True)
    try:
        retraining.correct(analysis, by=member, **given)
    except retraining.CorrectionError as error:
        raise _invalid("body", {error.field: [error.message]}) from None
    return Status(201, _analysis_out(analysis))


# One analysis's corrections ------------------------------------------------------------


class CorrectedLabels(Schema):
    """Labels of a comment; a label left alone is null."""

    sentiment: SentimentName | None = None
    topics: list[PName] | None = None
    churn_signal: bool | None = None
    spam: bool | None = None


class CorrectionOut(Schema):
    code: UUID
    at: datetime
    by: str | None = Field(description="Who corrected (e-mail); null for a former member.")
    changes: CorrectedLabels = Field(description="The labels this correction set.")
    before: CorrectedLabels = Field(
        description="Those labels as they stood before it (null where not recorded)."
    )


@router.get(
    "/analyses/{uuid:commentanalysis_code}/corrections",
    response=list[CorrectionOut],
    summary="Who corrected an analysed comment, what and when, newest first",
)
def list_corrections(request: HttpRequest, commentanalysis_code: UUID) -> list[dict[str, Any]]:
    """As the analysis's page lists them: each correction's labels, who and when."""
    member = _reader(request)
    analysis = get_for_member(CommentAnalysis, member, code=commentanalysis_code)
    corrections = (
        Correction.objects.for_member(member)
        .filter(analysis=analysis)
        .select_related("by__user")
        .order_by("-created_at", "-pk")
    )
    found = []
    for correction in corrections:
        changed = correction.changes()
        previous = correction.previous or {}
        found.append(
            {
                "code": correction.code,
                "at": correction.created_at,
                "by": correction.by.user.email if correction.by else None,
                "changes": changed,
                "before": {label: previous.get(label) for label in changed},
            }
        )
    return found


# What people talk about, staff praised by name ------------------------------------------


class ExampleOut(Schema):
    analysis: UUID = Field(description="Code of the analysed comment.")
    comment: str
    location: str


class PhraseOut(Schema):
    text: str = Field(description="As the newest comment using it wrote it.")
    count: int = Field(description="Comments that use it.")
    examples: list[ExampleOut]


class PhraseGroupOut(Schema):
    label: str
    n: int = Field(description="Comments of the group read.")
    p: PName | None = Field(None, description="The P, for a group of a P.")
    location: CodeName | None = Field(None, description="The location, for a group of one.")
    phrases: list[PhraseOut]


class PhrasesOut(Schema):
    n: int = Field(description="Comments read (the newest of those the filters match).")
    limited: bool = Field(description="More comments match: only the newest `text_limit` read.")
    text_limit: int
    min_phrase_count: int = Field(description="A phrase is listed from this many comments.")
    by_p: list[PhraseGroupOut] = Field(
        description="Per P; a remark is listed once, under the first P it is about."
    )
    by_location: list[PhraseGroupOut] = Field(description="Per location with comments.")


class MentionOut(Schema):
    name: str = Field(description="The first name as the team list spells it.")
    location: CodeName | None = Field(description="Where the comments were left.")
    count: int = Field(description="Positive comments naming the person.")
    examples: list[ExampleOut]


class PraisedOut(Schema):
    positive_n: int = Field(description="Positive comments read.")
    n: int = Field(description="Comments read (the newest of those the filters match).")
    limited: bool
    text_limit: int
    praised: list[MentionOut] = Field(description="Most praised first.")


def _talk(request: HttpRequest, filters_: ExplorerFilters):
    """The explorer's `talk_about` for these filters, and the member's locations by pk."""
    member = _reader(request)
    locations = list(member.visible_locations())
    talk = explorer.talk_about(_explored(member, filters_), member, locations)
    return talk, {location.pk: location for location in locations}


def _examples(examples: list[explorer.Comment]) -> list[dict[str, Any]]:
    return [{"analysis": e.code, "comment": e.text, "location": e.location} for e in examples]


def _place(locations: dict, location_id: int | None) -> dict[str, Any] | None:
    location = locations.get(location_id)
    return {"code": location.code, "name": location.name} if location else None


def _group_out(group: explorer.PhraseGroup, locations: dict) -> dict[str, Any]:
    return {
        "label": group.label,
        "n": group.n,
        "p": group.p or None,
        "location": _place(locations, group.location_id),
        "phrases": [
            {"text": ph.text, "count": ph.count, "examples": _examples(ph.examples)}
            for ph in group.phrases
        ],
    }


@router.get(
    "/phrases",
    response=PhrasesOut,
    summary="What people talk about: the frequent phrases per P and per location",
)
def talk_phrases(request: HttpRequest, filters_: Query[ExplorerFilters]) -> dict[str, Any]:
    """The comment explorer's "What people talk about" tab, with its filters."""
    talk, locations = _talk(request, filters_)
    return {
        "n": talk.n,
        "limited": talk.limited,
        "text_limit": explorer.TEXT_LIMIT,
        "min_phrase_count": explorer.MIN_PHRASE_COUNT,
        "by_p": [_group_out(group, locations) for group in talk.by_p],
        "by_location": [_group_out(group, locations) for group in talk.by_location],
    }


@router.get(
    "/praised-staff",
    response=PraisedOut,
    summary="Staff praised by name in positive comments",
)
def praised_staff(request: HttpRequest, filters_: Query[ExplorerFilters]) -> dict[str, Any]:
    """The comment explorer's "Staff praised by name" tab, with its filters: the first
    names of the member's team found in positive comments at their location."""
    talk, locations = _talk(request, filters_)
    return {
        "positive_n": talk.positive_n,
        "n": talk.n,
        "limited": talk.limited,
        "text_limit": explorer.TEXT_LIMIT,
        "praised": [
            {
                "name": m.name,
                "location": _place(locations, m.location_id),
                "count": m.count,
                "examples": _examples(m.examples),
            }
            for m in talk.praised
        ],
    }
