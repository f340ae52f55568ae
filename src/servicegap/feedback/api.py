"""Feedback in the API: send a response through a link token; read responses with filters
and export them (CSV, XLSX); survey links (list, make, close, reopen, QR codes, table
cards PDF); spam marking; surveys (list, one, make, change, wording); the feedback
settings. As the pages do: their roles and scopes, their forms, their files.

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
from django.http import FileResponse, HttpRequest, HttpResponse, StreamingHttpResponse
from ninja import Field, Query, Router, Schema, Status
from ninja.errors import HttpError, ValidationError
from pydantic import ConfigDict

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import Day, form_refused
from servicegap.core.auth import membership
from servicegap.core.forms import FIRST_DAY, LAST_DAY
from servicegap.core.models import Location, Membership, P
from servicegap.feedback import cards, exports, filters, intake, qr, scoring, surveys
from servicegap.feedback.forms import (
    FeedbackSettingsForm,
    InboxFilterForm,
    PublicResponseForm,
    SurveyForm,
    SurveyLinkCreateForm,
    SurveyLinkForm,
    SurveyWordingForm,
)
from servicegap.feedback.models import (
    COMMENT_MAX_LENGTH,
    CONTACT_MAX_LENGTH,
    QUESTION_ORDER,
    FeedbackSettings,
    Response,
    Survey,
    SurveyLink,
    language_codes,
)
from servicegap.standards.pdf import PANGO_HINT, PdfUnavailable

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


class InboxFilters(Schema):
    """The inbox's filters, as on Feedback → Inbox and its exports."""

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


class ResponseFilters(InboxFilters):
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


def _cleaned(member: Membership, filters_: InboxFilters) -> dict[str, Any]:
    """The inbox's filters read by its own form (422 naming a filter)."""
    query = filters_.model_dump(exclude={"cursor", "limit"}, exclude_none=True)
    form = InboxFilterForm({k: str(v) for k, v in query.items()}, membership=member)
    if not form.is_valid():
        raise _invalid("query", form.errors)
    return form.cleaned_data


def _filtered(member: Membership, filters_: InboxFilters):
    """The member's responses through the inbox's own filter form (422 naming a filter)."""
    return filters.filter_responses(
        Response.objects.for_member(member), _cleaned(member, filters_), member.organization.tz
    )


class InboxScoreOut(Schema):
    value: float | None = Field(description="0–100 (NPS −100–100); null with no answers.")
    n: int = Field(description="How many answers it rests on.")


class InboxRowOut(Schema):
    location: UUID | None = Field(description="The location's code; null on the total row.")
    name: str
    responses: int = Field(description="Responses in the period, spam left out.")
    nps: InboxScoreOut
    scores: dict[str, InboxScoreOut] = Field(description="Per P: people, process, product.")


class InboxSummaryOut(Schema):
    locations: list[InboxRowOut]
    total: InboxRowOut


def _row(row: scoring.LocationSummary) -> dict[str, Any]:
    return {
        "location": row.code,
        "name": row.name,
        "responses": row.responses,
        "nps": {"value": row.nps.value, "n": row.nps.n},
        "scores": {p: {"value": s.value, "n": s.n} for p, s in row.scores.items()},
    }


@router.get(
    "/responses/summary",
    response=InboxSummaryOut,
    summary="The inbox's table: responses, NPS and P scores per location under its filters",
)
def responses_summary(request: HttpRequest, filters_: Query[InboxFilters]) -> dict[str, Any]:
    """As on Feedback → Inbox: each of the caller's locations (or the one chosen) and the
    total, under the location, period and step filters (the others choose what is
    listed, not what is scored). Supervisors and up, within their scope."""
    member = _require_reader(membership(request))
    rows, total = filters.inbox_summary(
        member,
        Response.objects.for_member(member),
        _cleaned(member, filters_),
        member.organization.tz,
    )
    return {"locations": [_row(row) for row in rows], "total": _row(total)}


@router.get("/responses", response=ResponsePage, summary="List responses, newest first")
def list_responses(request: HttpRequest, filters_: Query[ResponseFilters]) -> dict[str, Any]:
    member = _require_reader(membership(request))
    responses = _filtered(member, filters_).order_by("-submitted_at", "-pk")
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


class LinkChangeIn(Schema):
    """Only the fields given change, as on the link's page."""

    model_config = ConfigDict(extra="forbid")

    survey: UUID | None = Field(None, description="Survey code: one in use, or the link's own.")
    location: UUID | None = Field(None, description="Location code.")
    channel: ChannelValue | None = None
    table: Annotated[str, Field(strict=True, max_length=40)] | None = Field(
        None, description='e.g. "12" or "Terrace 3"; "" for none.'
    )
    is_active: bool | None = Field(None, strict=True, description="Open to customers.")


@router.patch(
    "/links/{uuid:surveylink_code}",
    response=LinkOut,
    summary="Change a link: its survey, location, channel, table, open or closed",
)
def update_link(
    request: HttpRequest, surveylink_code: UUID, payload: LinkChangeIn | None = None
) -> dict[str, Any]:
    member = _require(
        membership(request),
        access.LOCATION_MANAGERS,
        "Only owners, executives and managers change links.",
    )
    link = get_for_member(SurveyLink, member, code=surveylink_code)
    if payload is None:  # the link is looked up first: another organisation's is a 404
        raise form_refused({"__all__": ["Field required"]})
    values: dict[str, Any] = {
        "survey": link.survey.code,
        "location": link.location.code,
        "channel": link.channel,
        "table": link.table,
        "is_active": link.is_active,
        **payload.model_dump(exclude_none=True),
    }
    data = {name: str(value) for name, value in values.items() if value is not False}
    if values["is_active"]:
        data["is_active"] = "on"  # a checkbox: present when ticked
    form = SurveyLinkForm(data, instance=link, membership=member)
    if not form.is_valid():
        raise form_refused(form.errors)
    return _link_out(surveys.save_link(form.save(commit=False)))


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


# Exports, as the inbox's CSV and XLSX buttons -------------------------------------------


def _file(content_type: str, description: str) -> dict[str, Any]:
    """openapi_extra for an operation answering a file."""
    return {
        "responses": {
            200: {
                "description": description,
                "content": {content_type: {"schema": {"type": "string", "format": "binary"}}},
            }
        }
    }


@router.get(
    "/responses/export.csv",
    response={200: None},
    summary="Export responses as CSV (the inbox's filters), as the page does",
    openapi_extra=_file(
        "text/csv",
        "UTF-8 with a byte order mark, one row per response, the page's columns; text a "
        "spreadsheet would run as a formula starts with an apostrophe.",
    ),
)
def export_csv(request: HttpRequest, filters_: Query[InboxFilters]) -> StreamingHttpResponse:
    member = _require_reader(membership(request))
    responses = _filtered(member, filters_)
    answer = StreamingHttpResponse(
        exports.csv_lines(responses, member.organization.tz),
        content_type="text/csv; charset=utf-8",
    )
    answer["Content-Disposition"] = f'attachment; filename="{exports.export_name("csv")}"'
    return answer


@router.get(
    "/responses/export.xlsx",
    response={200: None},
    summary="Export responses as an Excel workbook (the inbox's filters), as the page does",
    openapi_extra=_file(
        exports.XLSX_TYPE,
        "One sheet, the page's columns; every text cell is text, never a formula. More "
        "responses than a sheet holds is a 422: export CSV instead.",
    ),
)
def export_xlsx(request: HttpRequest, filters_: Query[InboxFilters]) -> FileResponse:
    member = _require_reader(membership(request))
    responses = _filtered(member, filters_)
    refusal = exports.xlsx_refusal(responses)
    if refusal:
        raise ValidationError([{"type": "value_error", "loc": ["query"], "msg": refusal}])
    return FileResponse(
        exports.xlsx_file(responses, member.organization.tz),
        as_attachment=True,
        filename=exports.export_name("xlsx"),
        content_type=exports.XLSX_TYPE,
    )


# PNG QR codes and table cards, as on Feedback → Links and QR codes ----------------------


@router.get(
    "/links/{uuid:surveylink_code}/qr.png",
    response={200: None},
    summary="The link's QR code (PNG), as the page serves it",
    openapi_extra=_file("image/png", "The QR code of the link's public address."),
)
def link_qr_png(request: HttpRequest, surveylink_code: UUID) -> HttpResponse:
    member = _require_reader(membership(request))
    link = get_for_member(SurveyLink, member, code=surveylink_code)
    answer = HttpResponse(qr.qr_png(link.public_url()), content_type="image/png")
    answer["Content-Disposition"] = f'inline; filename="feedback-{link.token}.png"'
    return answer


class TableCardFilters(Schema):
    location: UUID | None = Field(None, description="Only this location's open links.")


@router.get(
    "/links/cards.pdf",
    response={200: None, 409: DetailOut, 503: DetailOut},
    summary="Table cards of the open links (PDF, four to an A4 page), as the page prints",
    openapi_extra=_file(
        "application/pdf",
        "A card per open link (at most 200): its QR code, title and address.",
    ),
)
def link_cards_pdf(request: HttpRequest, filters_: Query[TableCardFilters]) -> Any:
    member = _require_reader(membership(request))
    links = SurveyLink.objects.for_member(member).select_related("survey", "location")
    if filters_.location is not None:
        # another organisation's location, or one outside the member's: a 404, as the page
        links = links.filter(location=get_for_member(Location, member, code=filters_.location))
    chosen = cards.open_links(links)
    if not chosen:
        return Status(409, {"detail": "There is no open link to print: make a link first."})
    try:
        pdf = cards.cards_pdf(chosen)
    except PdfUnavailable:
        return Status(503, {"detail": f"PDFs cannot be made on this server. {PANGO_HINT}"})
    answer = HttpResponse(pdf, content_type="application/pdf")
    answer["Content-Disposition"] = 'attachment; filename="table-cards.pdf"'
    return answer


# Surveys, as on Feedback → Surveys ------------------------------------------------------

QuestionKind = Literal[
    "people", "process", "product", "nps", "effort", "step", "comment", "contact"
]
AskMode = Literal["", "optional", "required"]
ASKS_HELP = (
    'Per kind of question: "optional", "required" or "" (not asked); step and contact are '
    "never required."
)


class SurveyQuestionOut(Schema):
    code: UUID
    kind: str
    required: bool
    text: dict[str, str] = Field(description="What customers read, per language offered.")


class SurveyOut(Schema):
    code: UUID
    name: str
    default_language: str = Field(description="The main language.")
    languages: list[str] = Field(description="The languages offered, the main one first.")
    is_active: bool = Field(description="In use: links may use it, customers answer it.")
    asks: dict[str, str] = Field(description=ASKS_HELP)
    created_at: datetime


class SurveyDetailOut(SurveyOut):
    questions: list[SurveyQuestionOut]
    texts: dict[str, dict[str, str]] = Field(
        description="Per language offered, the title, introduction and thank-you message "
        "customers read."
    )
    wording: dict[str, dict[str, str]] = Field(
        description="Per language offered, the survey's own wording as on its wording page "
        '(title, intro, thank_you, q_<kind>); "" where servicegap\'s wording is used.'
    )


Name = Annotated[str, Field(strict=True, max_length=120)]
Language = Annotated[str, Field(strict=True, max_length=8)]


class SurveyIn(Schema):
    model_config = ConfigDict(extra="forbid")

    name: Name
    default_language: Language = "en"
    languages: list[Language] = Field(
        default_factory=list, max_length=20, description="Also offered in."
    )
    is_active: bool = Field(True, strict=True)
    asks: dict[QuestionKind, AskMode] | None = Field(
        None,
        description=ASKS_HELP + " Kinds left out are not asked; left out entirely, every "
        "question is asked, optional, as on the new-survey page.",
    )


class SurveyChangeIn(Schema):
    """Only the fields given change."""

    model_config = ConfigDict(extra="forbid")

    name: Name | None = None
    default_language: Language | None = None
    languages: list[Language] | None = Field(None, max_length=20, description="Also offered in.")
    is_active: bool | None = Field(
        None, strict=True, description="false takes the survey out of use; true puts it back."
    )
    asks: dict[QuestionKind, AskMode] | None = Field(
        None, description=ASKS_HELP + " Kinds left out keep theirs."
    )


def _require_leader(member: Membership) -> Membership:
    return _require(member, access.LEADERS, "Only owners and executives change surveys.")


def _asks(survey: Survey) -> dict[str, str]:
    asked = {q.kind: "required" if q.required else "optional" for q in survey.questions.all()}
    return {kind: asked.get(kind, "") for kind in QUESTION_ORDER}


def _survey_out(survey: Survey) -> dict[str, Any]:
    return {
        "code": survey.code,
        "name": survey.name,
        "default_language": survey.default_language,
        "languages": survey.offered_languages(),
        "is_active": survey.is_active,
        "asks": _asks(survey),
        "created_at": survey.created_at,
    }


def _survey_detail(survey: Survey) -> dict[str, Any]:
    questions = list(survey.questions.all())
    for question in questions:
        question.survey = survey
    offered = survey.offered_languages()
    wording = SurveyWordingForm(survey=survey, questions=questions)
    return {
        **_survey_out(survey),
        "questions": [
            {
                "code": question.code,
                "kind": question.kind,
                "required": question.required,
                "text": {language: question.text(language) for language in offered},
            }
            for question in questions
        ],
        "texts": {
            language: {field: survey.text(field, language) for field in Survey.TEXT_FIELDS}
            for language in offered
        },
        "wording": _wording_out(wording),
    }


def _wording_out(form: SurveyWordingForm) -> dict[str, dict[str, str]]:
    result: dict[str, dict[str, str]] = {}
    for name in form.fields:
        language, _sep, key = name.partition("__")
        result.setdefault(language, {})[key] = str(form[name].value() or "")
    return result


@router.get("/surveys", response=list[SurveyOut], summary="List surveys, with what each asks")
def list_surveys(request: HttpRequest) -> list[dict[str, Any]]:
    member = _require_reader(membership(request))
    found = Survey.objects.for_member(member).prefetch_related("questions")
    return [_survey_out(survey) for survey in found]


@router.get(
    "/surveys/{uuid:survey_code}",
    response=SurveyDetailOut,
    summary="One survey: its questions and texts in each language",
)
def get_survey(request: HttpRequest, survey_code: UUID) -> dict[str, Any]:
    member = _require_reader(membership(request))
    return _survey_detail(get_for_member(Survey, member, code=survey_code))


def _refused(errors: dict[str, list[Any]]) -> ValidationError:
    """A page's form refused the input: a 422 naming each field, where a dotted name
    (`asks.step`, `wording.fr.title`) is a field inside another."""
    refused = form_refused(errors)
    for error in refused.errors:
        if len(error["loc"]) > 2:  # (not the whole body)
            error["loc"] = ["body", "payload", *str(error["loc"][2]).split(".")]
    return refused


def _survey_refused(errors: dict[str, list[Any]]) -> ValidationError:
    """The survey form's `ask_<kind>` is `asks.<kind>` here."""
    return _refused(
        {
            f"asks.{name.removeprefix('ask_')}" if name.startswith("ask_") else name: messages
            for name, messages in errors.items()
        }
    )


def _save_survey(member: Membership, survey: Survey | None, given: dict[str, Any]) -> Survey:
    """Through the page's form, from what it shows (`survey`'s values) and `given`."""
    shown = SurveyForm(instance=survey, membership=member)
    values = {name: shown[name].value() for name in shown.fields}
    values.update({k: v for k, v in given.items() if k != "asks"})
    for kind, mode in (given.get("asks") or {}).items():
        values[f"ask_{kind}"] = mode
    data: dict[str, Any] = {
        name: value for name, value in values.items() if value not in (None, False)
    }
    languages = [str(code) for code in values.get("languages") or []]
    if "languages" not in given:  # as the page shows them: the site's languages only
        languages = [code for code in languages if code in language_codes()]
    data["languages"] = languages
    if data.get("is_active") is True:
        data["is_active"] = "on"  # a checkbox: present when ticked
    old_language = survey.default_language if survey is not None else None
    form = SurveyForm(data, instance=survey, membership=member)
    if not form.is_valid():
        raise _survey_refused(form.errors)
    return surveys.save_survey_form(form, old_language)


@router.post("/surveys", response={201: SurveyDetailOut}, summary="Make a survey")
def create_survey(request: HttpRequest, payload: SurveyIn) -> Any:
    member = _require_leader(membership(request))
    given = payload.model_dump()
    if payload.asks is None:
        given["asks"] = dict.fromkeys(QUESTION_ORDER, "optional")
    else:
        given["asks"] = {kind: payload.asks.get(kind, "") for kind in QUESTION_ORDER}
    survey = _save_survey(member, None, given)
    return Status(201, _survey_detail(survey))


@router.patch(
    "/surveys/{uuid:survey_code}",
    response=SurveyDetailOut,
    summary="Change a survey: name, languages, questions asked, in use or not",
)
def update_survey(
    request: HttpRequest, survey_code: UUID, payload: SurveyChangeIn | None = None
) -> dict[str, Any]:
    member = _require_leader(membership(request))
    survey = get_for_member(Survey, member, code=survey_code)
    if payload is None:  # the survey is looked up first: another organisation's is a 404
        raise form_refused({"__all__": ["Field required"]})
    survey = _save_survey(member, survey, payload.model_dump(exclude_none=True))
    return _survey_detail(survey)


TextName = Annotated[str, Field(max_length=20)]
Text = Annotated[str, Field(strict=True, max_length=1000)]


class SurveyWordingIn(Schema):
    """Only the texts given change."""

    model_config = ConfigDict(extra="forbid")

    wording: dict[Language, dict[TextName, Text]] = Field(
        description="Per language the survey offers, texts by name as in the survey's "
        '`wording` (title, intro, thank_you, q_<kind>); "" for servicegap\'s wording.'
    )


@router.patch(
    "/surveys/{uuid:survey_code}/wording",
    response=SurveyDetailOut,
    summary="Change a survey's wording in the languages it offers",
)
def update_wording(
    request: HttpRequest, survey_code: UUID, payload: SurveyWordingIn | None = None
) -> dict[str, Any]:
    member = _require_leader(membership(request))
    survey = get_for_member(Survey, member, code=survey_code)
    if payload is None:
        raise form_refused({"wording": ["Field required"]})
    questions = list(survey.questions.all())
    for question in questions:
        question.survey = survey
    shown = SurveyWordingForm(survey=survey, questions=questions)
    data = {name: str(shown[name].value() or "") for name in shown.fields}
    unknown: dict[str, list[str]] = {}
    for language, texts in payload.wording.items():
        for key, text in texts.items():
            name = f"{language}__{key}"
            if name not in shown.fields or "." in key:
                unknown[f"wording.{language}.{key}"] = [
                    "This survey has no such text in this language."
                ]
            data[name] = text
    if unknown:
        raise _refused(unknown)
    form = SurveyWordingForm(data, survey=survey, questions=questions)
    if not form.is_valid():
        raise _refused({f"wording.{name.replace('__', '.')}": m for name, m in form.errors.items()})
    surveys.save_wording_form(survey, form.wording())
    survey.refresh_from_db()
    return _survey_detail(survey)


# Settings, as on Feedback → Settings (owners) ---------------------------------------------


class FeedbackSettingsOut(Schema):
    alert_on_detractor: bool = Field(
        description="E-mail managers about a customer who answers 0 to 6 to would you recommend us."
    )
    alert_rating_at_or_below: int = Field(
        description="E-mail managers about a rating of a P at or below this (1–5); 0: never."
    )
    review_url: str = Field(
        description="Public review page every customer who answers is invited to; empty: none."
    )


class FeedbackSettingsChangeIn(Schema):
    """Only the fields given change."""

    model_config = ConfigDict(extra="forbid")

    alert_on_detractor: bool | None = Field(None, strict=True)
    alert_rating_at_or_below: int | None = Field(None, strict=True)
    review_url: Annotated[str, Field(strict=True, max_length=1000)] | None = None


SETTINGS_FIELDS = ("alert_on_detractor", "alert_rating_at_or_below", "review_url")


def _require_owner(request: HttpRequest) -> Membership:
    return _require(
        membership(request),
        access.ORGANISATION_ADMINS,
        "Only owners see and change the feedback settings.",
    )


def _settings_out(rules: FeedbackSettings) -> dict[str, Any]:
    return {name: getattr(rules, name) for name in SETTINGS_FIELDS}


@router.get(
    "/settings", response=FeedbackSettingsOut, summary="The feedback settings (alerts, reviews)"
)
def get_settings(request: HttpRequest) -> dict[str, Any]:
    member = _require_owner(request)
    return _settings_out(FeedbackSettings.for_organization(member.organization))


@router.patch(
    "/settings",
    response=FeedbackSettingsOut,
    summary="Change the feedback settings: alert rules and the public review page",
)
def update_settings(request: HttpRequest, payload: FeedbackSettingsChangeIn | None = None) -> Any:
    member = _require_owner(request)
    if payload is None:
        raise form_refused({"__all__": ["Field required"]})
    rules = FeedbackSettings.for_organization(member.organization)
    values = {**_settings_out(rules), **payload.model_dump(exclude_none=True)}
    data = {name: str(value) for name, value in values.items() if value is not False}
    if values["alert_on_detractor"]:
        data["alert_on_detractor"] = "on"
    form = FeedbackSettingsForm(data, instance=rules, membership=member)
    if not form.is_valid():
        raise form_refused(form.errors)
    return _settings_out(surveys.save_settings_form(form))
