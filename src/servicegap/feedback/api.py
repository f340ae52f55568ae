"""Feedback in the API: send a response through a link token; read responses with filters;
survey links (list, make, close, reopen, QR code) and spam marking, as the pages do.

`POST /links/{token}/responses` needs no authentication, like the public form, and goes
through the same validation (the public form's own form class), idempotency key and
rate limits. `GET /responses` lists what the caller's membership may see, newest first,
with the inbox's filters and cursor paging.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from django.core import signing
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from ninja import Field, Query, Router, Schema, Status
from ninja.errors import HttpError, ValidationError
from pydantic import ConfigDict

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import Day
from servicegap.core.auth import membership
from servicegap.core.forms import FIRST_DAY, LAST_DAY
from servicegap.core.models import Membership, P
from servicegap.feedback import filters, intake, qr, surveys
from servicegap.feedback.forms import InboxFilterForm, PublicResponseForm, SurveyLinkCreateForm
from servicegap.feedback.models import (
    COMMENT_MAX_LENGTH,
    CONTACT_MAX_LENGTH,
    Response,
    SurveyLink,
)

router = Router(tags=["feedback"])

CURSOR_SALT = "servicegap.feedback.api.cursor"


class ResponseIn(Schema):
    """A customer's answers. Leave out what the customer did not answer."""

    model_config = ConfigDict(extra="forbid")

    submission_id: UUID = Field(
        description="Idempotency key made by the client, once per answer sheet: sending the "
        "same key again stores nothing new and answers 200 with created false."
    )
    language: str | None = Field(
        None, description="en, fr or es; the survey's main language when left out."
    )
    people: int | None = Field(None, ge=1, le=5, strict=True)
    process: int | None = Field(None, ge=1, le=5, strict=True)
    product: int | None = Field(None, ge=1, le=5, strict=True)
    nps: int | None = Field(None, ge=0, le=10, strict=True, description="Would recommend, 0–10.")
    effort: int | None = Field(None, ge=1, le=7, strict=True, description="Ease, 1–7.")
    step: UUID | None = Field(None, description="Code of the journey step the answers are about.")
    comment: str = Field("", max_length=COMMENT_MAX_LENGTH, strict=True)
    contact_consent: bool = Field(False, strict=True)
    contact: str = Field(
        "",
        max_length=CONTACT_MAX_LENGTH,
        strict=True,
        description="E-mail or phone; kept only with contact_consent true.",
    )
    to_the_top: bool = Field(
        False, strict=True, description="The customer asks for the owner to hear of it."
    )


class SubmittedOut(Schema):
    submission_id: UUID
    created: bool


class DetailOut(Schema):
    detail: str


class CodeName(Schema):
    code: UUID
    name: str


class ResponseOut(Schema):
    code: UUID
    submitted_at: datetime
    location: CodeName
    survey: CodeName
    channel: str
    table: str
    language: str
    ratings: dict[str, int]
    nps: int | None
    nps_group: str
    effort: int | None
    step: CodeName | None
    comment: str
    contact_consent: bool
    contact: str
    to_the_top: bool
    spam: bool
    spam_reason: str


class ResponsePage(Schema):
    items: list[ResponseOut]
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next, older page; null on the last page."
    )


class ResponseFilters(Schema):
    location: UUID | None = None
    since: Day | None = Field(
        None, ge=FIRST_DAY, le=LAST_DAY, description="First day, in the organisation's time zone."
    )
    until: Day | None = Field(None, ge=FIRST_DAY, le=LAST_DAY, description="Last day, included.")
    p: Literal["people", "process", "product"] | None = None
    min_score: int | None = Field(
        None, ge=1, le=5, description="A rating (of p, if given) at least."
    )
    max_score: int | None = Field(
        None, ge=1, le=5, description="A rating (of p, if given) at most."
    )
    nps: Literal["promoter", "passive", "detractor", "none"] | None = None
    comment: Literal["yes", "no"] | None = None
    step: UUID | None = None
    spam: Literal["hide", "only", "all"] = "hide"
    cursor: str | None = None
    limit: int = Field(50, ge=1, le=200)


def _invalid(where: str, errors: dict[str, list[str]]) -> ValidationError:
    """Form errors as a ninja 422, each naming its field as ninja does."""
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


@router.post(
    "/links/{token}/responses",
    auth=None,
    url_name="feedback-public-submit",
    response={200: SubmittedOut, 201: SubmittedOut, 404: DetailOut, 410: DetailOut, 429: DetailOut},
    summary="Send a customer's answers through a survey link",
)
def submit_response(
    request: HttpRequest, token: str, payload: ResponseIn, response: HttpResponse
) -> Any:
    """No authentication: the link's token is the key, as on the public form."""
    try:
        public = intake.open_link(token)
    except intake.LinkUnavailable as error:
        return Status(error.status, {"detail": str(error.message)})
    link, survey = public.link, public.link.survey
    language = payload.language or survey.default_language
    if language not in survey.offered_languages():
        raise _invalid(
            "body",
            {"language": [f"This survey is offered in {', '.join(survey.offered_languages())}."]},
        )
    form = PublicResponseForm(
        _form_data(payload),
        survey=survey,
        questions=public.questions,
        fields=public.form_fields(language),
        steps=public.steps,
        language=language,
    )
    errors = _unasked(payload, form)
    if errors or not form.is_valid():
        raise _invalid("body", errors or form.errors)
    try:
        submission = intake.receive(
            link,
            form.answers(),
            submission_id=payload.submission_id,
            language=language,
            address=intake.client_address(request),
        )
    except intake.RateLimited as limited:
        response["Retry-After"] = str(limited.retry_after)
        return Status(
            429, {"detail": f"Too many submissions; retry after {limited.retry_after} s."}
        )
    status = 201 if submission.created else 200
    return Status(status, {"submission_id": payload.submission_id, "created": submission.created})


def _form_data(payload: ResponseIn) -> dict[str, str]:
    data = {
        "submission_id": str(payload.submission_id),
        "comment": payload.comment,
        "contact": payload.contact,
    }
    for name in (*P.values, "nps", "effort"):
        value = getattr(payload, name)
        if value is not None:
            data[name] = str(value)
    if payload.step is not None:
        data["step"] = str(payload.step)
    if payload.contact_consent:
        data["contact_consent"] = "on"
    if payload.to_the_top:
        data["to_the_top"] = "on"
    return data


def _unasked(payload: ResponseIn, form: PublicResponseForm) -> dict[str, list[str]]:
    """Answers to questions the survey does not ask: an error, not silently dropped."""
    given = payload.model_dump(exclude_defaults=True)
    return {
        name: ["This survey does not ask this question."]
        for name in given
        if name not in {"submission_id", "language"} and name not in form.fields
    }


def _require_reader(member: Membership) -> Membership:
    if member.role not in access.SUPERVISORS:
        raise HttpError(403, "Only owners, executives, managers and supervisors read feedback.")
    return member


def _response_out(response: Response) -> dict[str, Any]:
    step = response.step
    return {
        "code": response.code,
        "submitted_at": response.submitted_at,
        "location": {"code": response.location.code, "name": response.location.name},
        "survey": {"code": response.survey.code, "name": response.survey.name},
        "channel": response.channel,
        "table": response.table,
        "language": response.language,
        "ratings": response.ratings_by_p(),
        "nps": response.nps,
        "nps_group": response.nps_group,
        "effort": response.effort,
        "step": {"code": step.code, "name": step.name} if step else None,
        "comment": response.comment,
        "contact_consent": response.contact_consent,
        "contact": response.contact,
        "to_the_top": response.to_the_top,
        "spam": response.spam,
        "spam_reason": response.spam_reason,
    }


def _after_cursor(responses, cursor: str):
    try:
        stamp, pk = signing.loads(cursor, salt=CURSOR_SALT)
        when = datetime.fromisoformat(stamp)
    except (signing.BadSignature, ValueError, TypeError):
        raise _invalid("query", {"cursor": ["Not a cursor this API gave out."]}) from None
    return responses.filter(Q(submitted_at__lt=when) | Q(submitted_at=when, pk__lt=pk))


@router.get("/responses", response=ResponsePage, summary="List responses, newest first")
def list_responses(request: HttpRequest, filters_: Query[ResponseFilters]) -> dict[str, Any]:
    member = _require_reader(membership(request))
    query = filters_.model_dump(exclude={"cursor", "limit"}, exclude_none=True)
    form = InboxFilterForm({k: str(v) for k, v in query.items()}, membership=member)
    if not form.is_valid():
        raise _invalid("query", form.errors)
    responses = filters.filter_responses(
        Response.objects.for_member(member), form.cleaned_data, member.organization.tz
    ).order_by("-submitted_at", "-pk")
    if filters_.cursor:
        responses = _after_cursor(responses, filters_.cursor)
    page = list(responses.select_related("location", "survey", "step")[: filters_.limit + 1])
    next_cursor = None
    if len(page) > filters_.limit:
        page = page[: filters_.limit]
        last = page[-1]
        next_cursor = signing.dumps([last.submitted_at.isoformat(), last.pk], salt=CURSOR_SALT)
    return {"items": [_response_out(r) for r in page], "next_cursor": next_cursor}


@router.get("/responses/{uuid:response_code}", response=ResponseOut, summary="One response")
def get_response(request: HttpRequest, response_code: UUID) -> dict[str, Any]:
    member = _require_reader(membership(request))
    response = get_for_member(Response, member, code=response_code)
    return _response_out(response)


# Survey links and their QR codes, as on Feedback → Links and QR codes -------------------

ChannelValue = Literal["table", "counter", "receipt", "delivery", "email", "sms", "web"]


class LinkIn(Schema):
    model_config = ConfigDict(extra="forbid")

    location: UUID = Field(description="Location code.")
    channel: ChannelValue = "table"
    tables: Annotated[str, Field(max_length=400)] = Field(
        "",
        description="One link per table, e.g. `1-12` or `Terrace 1, Terrace 2`; empty: one link.",
    )
    survey: UUID | None = Field(
        None,
        description="Survey code. Left out when the organisation has no open survey: a "
        "standard one is made with the link, as on the page.",
    )


class LinkOut(Schema):
    code: UUID
    location: CodeName
    survey: CodeName
    channel: str
    table: str
    is_active: bool = Field(description="Open: customers may answer through it.")
    answerable: bool = Field(description="Open, with its survey and location in use too.")
    public_url: str
    created_at: datetime


class LinkFilters(Schema):
    location: UUID | None = Field(None, description="Only this location's links.")


def _require(member: Membership, roles: frozenset, what: str) -> Membership:
    if member.role not in roles:
        raise HttpError(403, what)
    return member


def _link_out(link: SurveyLink) -> dict[str, Any]:
    return {
        "code": link.code,
        "location": {"code": link.location.code, "name": link.location.name},
        "survey": {"code": link.survey.code, "name": link.survey.name},
        "channel": link.channel,
        "table": link.table,
        "is_active": link.is_active,
        "answerable": link.is_active and link.survey.is_active and link.location.is_active,
        "public_url": link.public_url(),
        "created_at": link.created_at,
    }


@router.get("/links", response=list[LinkOut], summary="List survey links (by location)")
def list_links(request: HttpRequest, filters_: Query[LinkFilters]) -> list[dict[str, Any]]:
    member = _require_reader(membership(request))
    links = SurveyLink.objects.for_member(member).select_related("survey", "location")
    if filters_.location is not None:
        links = links.filter(location__code=filters_.location)  # another's matches nothing
    return [_link_out(link) for link in sorted(links, key=SurveyLink.sort_key)]


@router.post("/links", response={201: list[LinkOut]}, summary="Make a link, or one per table")
def create_links(request: HttpRequest, payload: LinkIn) -> Any:
    member = _require(
        membership(request),
        access.LOCATION_MANAGERS,
        "Only owners, executives and managers make links.",
    )
    data = {
        "location": str(payload.location),
        "survey": "" if payload.survey is None else str(payload.survey),
        "channel": payload.channel,
        "tables": payload.tables,
    }
    # the page's form: the member's locations, the open surveys, the tables' rules
    form = SurveyLinkCreateForm(data, membership=member)
    if not form.is_valid():
        raise _invalid("body", form.errors)
    made = surveys.make_links(
        member.organization,
        survey=form.cleaned_data["survey"],
        location=form.cleaned_data["location"],
        channel=form.cleaned_data["channel"],
        tables=form.cleaned_data["tables"],
    )
    return Status(201, [_link_out(link) for link in made])


def _set_open(request: HttpRequest, surveylink_code: UUID, is_open: bool) -> dict[str, Any]:
    member = _require(
        membership(request),
        access.LOCATION_MANAGERS,
        "Only owners, executives and managers open and close links.",
    )
    link = get_for_member(SurveyLink, member, code=surveylink_code)
    try:
        surveys.set_link_open(link, is_open)
    except surveys.LinkStateError as error:
        raise HttpError(409, str(error)) from None
    return _link_out(link)


@router.post(
    "/links/{uuid:surveylink_code}/close",
    response=LinkOut,
    summary="Close a link (its form tells customers it is no longer used)",
)
def close_link(request: HttpRequest, surveylink_code: UUID) -> dict[str, Any]:
    return _set_open(request, surveylink_code, False)


@router.post("/links/{uuid:surveylink_code}/reopen", response=LinkOut, summary="Reopen a link")
def reopen_link(request: HttpRequest, surveylink_code: UUID) -> dict[str, Any]:
    return _set_open(request, surveylink_code, True)


@router.get(
    "/links/{uuid:surveylink_code}/qr.svg",
    response={200: None},
    summary="The link's QR code (SVG), as the page serves it",
    openapi_extra={
        "responses": {
            200: {
                "description": "The QR code of the link's public address.",
                "content": {"image/svg+xml": {"schema": {"type": "string"}}},
            }
        }
    },
)
def link_qr_svg(request: HttpRequest, surveylink_code: UUID) -> HttpResponse:
    member = _require_reader(membership(request))
    link = get_for_member(SurveyLink, member, code=surveylink_code)
    answer = HttpResponse(qr.qr_svg(link.public_url()), content_type="image/svg+xml")
    answer["Content-Disposition"] = f'inline; filename="feedback-{link.token}.svg"'
    return answer


# Spam, as on a response's page -----------------------------------------------------------


class SpamIn(Schema):
    model_config = ConfigDict(extra="forbid")

    spam: bool = Field(strict=True, description="true: spam (counted nowhere); false: not spam.")


@router.post(
    "/responses/{uuid:response_code}/spam",
    response=ResponseOut,
    summary="Mark a response as spam, or as not spam",
)
def mark_spam(request: HttpRequest, response_code: UUID, payload: SpamIn | None = None) -> Any:
    member = _require(
        membership(request),
        access.LOCATION_MANAGERS,
        "Only owners, executives and managers mark spam.",
    )
    response = get_for_member(Response, member, code=response_code)
    if payload is None:  # the response is looked up first: a foreign one is a 404
        raise _invalid("body", {"spam": ["Field required"]})
    intake.mark_spam(response, payload.spam, by_email=member.user.email)
    return _response_out(response)
