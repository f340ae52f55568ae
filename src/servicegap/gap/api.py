"""The value-distance cells in the API: the same function as the page (`lenses.compute`).

`GET /api/v1/gap/lenses?since=&until=&location=&by=location,p,step` returns one cell per
group: each lens's value, n and 95% interval, the gaps with their intervals, and whether
each gap is real (Benjamini–Hochberg over the cells returned). Supervisors and up; the
cells cover only the locations the token's member may see.

`/card`: the service card with its evidence, as its page (`evidence.card_with_evidence`,
with the page's filters; supervisors and up). `/dashboard`: the value-distance page's
figures (`dashboard.build`, with the page's filters; supervisors and up, within their
locations): the lenses and their changes, the largest gaps with their evidence, the
heat map, the ranking of locations and the monthly trend. `/today`: the Today page's lists for the
caller's role (`today.today`, every role), "new" meaning since the `since` given.

`/report` and `/report/pdf`: the executive report's figures and its A4 PDF, as the report
page makes them (`report_service.report_for`, owners and executives). `/digest`: the
digest's schedule and latest deliveries, read and set as its page does (owners).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from django.http import HttpRequest, HttpResponse
from django.template.defaultfilters import date as date_filter
from django.template.defaultfilters import floatformat, truncatechars
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError, ValidationError
from pydantic import BeforeValidator, ConfigDict

from servicegap.core import access, stats
from servicegap.core.api import Day, Moment, form_refused
from servicegap.core.auth import membership
from servicegap.core.forms import FIRST_DAY, LAST_DAY
from servicegap.core.models import Membership, P
from servicegap.gap import dashboard, digest, evidence, lenses, report, report_service, today
from servicegap.gap.filters import BadPeriod, GapFilterForm, build_scope
from servicegap.gap.lenses import DIMENSIONS, Cell, Grouping
from servicegap.standards.models import JourneyStep
from servicegap.standards.pdf import PANGO_HINT, PdfUnavailable

router = Router(tags=["value distance"])


class ScopeFilters(Schema):
    """The value-distance page's filters (`GapFilterForm`), as query parameters."""

    since: Day | None = Field(
        None, ge=FIRST_DAY, le=LAST_DAY, description="First day (default: 89 days before until)."
    )
    until: Day | None = Field(
        None, ge=FIRST_DAY, le=LAST_DAY, description="Last day, included (default: today)."
    )
    location: UUID | None = Field(None, description="Only this location (its code).")
    region: UUID | None = Field(None, description="Only the locations of this region (its code).")
    p: P | None = Field(None, description="Only this P.")
    step: UUID | None = Field(None, description="Only this journey step (its code).")


class LensFilters(ScopeFilters):
    by: str = Field(
        "location,p,step",
        description="Comma-separated grouping: any of location, p, step (empty: the whole).",
    )


class EstimateOut(Schema):
    value: float | None = Field(description="0–100 (NPS −100–100); null when nothing measured.")
    low: float | None = Field(description="Lower end of the 95% interval.")
    high: float | None = Field(description="Upper end of the 95% interval.")
    n: int = Field(description="Audits, answers or customers the value rests on.")
    too_few: bool = Field(description="Under the evidence threshold: not compared or ranked.")


class GapOut(Schema):
    value: float | None
    low: float | None
    high: float | None
    p_value: float | None
    real: bool = Field(
        description="Survives Benjamini–Hochberg over the cells returned; low and high are "
        "the interval at the matching false-coverage level, which then excludes 0."
    )
    too_few: bool


class IntendedOut(Schema):
    standards: int
    behaviours: int


class BehavedOut(Schema):
    customers: int
    active_share: EstimateOut = Field(description="Value-weighted share still active, 0–100.")
    value_at_risk: str | None = Field(
        description="In the organisation's currency, a decimal string; null with no scored "
        "customer."
    )
    on_save_list: int


class CellOut(Schema):
    location: UUID | None
    location_name: str | None
    p: str | None
    step: UUID | None
    step_name: str | None
    intended: IntendedOut | None
    believed: EstimateOut
    observed: EstimateOut
    experienced: EstimateOut
    value_distance: EstimateOut
    nps: EstimateOut | None
    behaved: BehavedOut | None
    perception_gap: GapOut
    execution_gap: GapOut


class LensesOut(Schema):
    since: date
    until: date
    by: list[str]
    tests: int = Field(description="Gaps tested together in the false-discovery correction.")
    cells: list[CellOut]


def _invalid(name: str, message: str) -> ValidationError:
    return ValidationError([{"type": "value_error", "loc": ["query", name], "msg": message}])


def _grouping(by: str) -> Grouping:
    names = [name.strip() for name in by.split(",") if name.strip()]
    unknown = [name for name in names if name not in DIMENSIONS]
    if unknown:
        raise _invalid(
            "by",
            f"Cannot group by {', '.join(unknown)}: use location, p or step, separated by commas.",
        )
    return Grouping(tuple(name for name in DIMENSIONS if name in names))


def _estimate(e: stats.Estimate) -> dict[str, Any]:
    return {"value": e.value, "low": e.low, "high": e.high, "n": e.n, "too_few": e.too_few}


def _gap(g: stats.Gap) -> dict[str, Any]:
    return {
        "value": g.value,
        "low": g.low,
        "high": g.high,
        "p_value": g.p_value,
        "real": g.real,
        "too_few": g.too_few,
    }


def _behaved(behaved) -> dict[str, Any] | None:
    """What customers did (the Behaved lens), as the lens cells and the ranking give it."""
    if not behaved:
        return None
    return {
        "customers": behaved.customers,
        "active_share": _estimate(behaved.active_share),
        "value_at_risk": None if behaved.value_at_risk is None else str(behaved.value_at_risk),
        "on_save_list": behaved.on_save_list,
    }


def _cell(cell: Cell, locations: dict, steps: dict) -> dict[str, Any]:
    location, step = locations.get(cell.at("location")), steps.get(cell.at("step"))
    return {
        "location": location.code if location else None,
        "location_name": location.name if location else None,
        "p": cell.at("p"),
        "step": step.code if step else None,
        "step_name": step.name if step else None,
        "intended": (
            {"standards": cell.intended.standards, "behaviours": cell.intended.behaviours}
            if cell.intended
            else None
        ),
        "believed": _estimate(cell.believed),
        "observed": _estimate(cell.observed),
        "experienced": _estimate(cell.experienced),
        "value_distance": _estimate(cell.value_distance),
        "nps": _estimate(cell.nps) if cell.nps else None,
        "behaved": _behaved(cell.behaved),
        "perception_gap": _gap(cell.perception_gap),
        "execution_gap": _gap(cell.execution_gap),
    }


def _build(member, filters: ScopeFilters):
    return build_scope(
        member,
        since=filters.since,
        until=filters.until,
        region=filters.region,
        location=filters.location,
        p=filters.p.value if filters.p else None,
        step=filters.step,
    )


@router.get("/lenses", response=LensesOut, summary="Value distance: the lenses side by side")
def lenses_cells(request: HttpRequest, filters: Query[LensFilters]) -> dict[str, Any]:
    """Every group's lenses with n and 95% intervals, and the gaps, for what the caller may
    see. A location, region or step the caller cannot see is a 404."""
    member = membership(request)
    if member.role not in access.SUPERVISORS:
        raise HttpError(403, "Only owners, executives, managers and supervisors read the lenses.")
    grouping = _grouping(filters.by)
    if filters.since and filters.until and filters.since > filters.until:
        raise _invalid("until", "The end comes before the start.")
    try:
        scope = _build(member, filters)
    except BadPeriod as error:
        raise _invalid(error.field, str(error)) from error
    cells = lenses.compute(member, scope, [grouping])[grouping]
    tests = lenses.mark_real(cells)
    locations = {location.pk: location for location in scope.locations}
    steps = {step.pk: step for step in JourneyStep.objects.for_member(member)}
    return {
        "since": scope.since,
        "until": scope.until,
        "by": list(grouping.dims),
        "tests": tests,
        "cells": [_cell(cell, locations, steps) for cell in cells],
    }


# The service card with its evidence -----------------------------------------------------


class EvidenceBehaviourOut(Schema):
    code: UUID
    text: str
    weight: int
    is_critical: bool
    observed: EstimateOut = Field(
        description="How often shoppers and supervisors saw it done (mystery shops and "
        "observations passed, 0–100), with n: the answers it rests on."
    )


class EvidenceStandardOut(Schema):
    code: UUID
    text: str
    p: str
    experienced: EstimateOut | None = Field(
        description="What customers say about its P at its step (null: no data at all)."
    )
    believed: EstimateOut | None = Field(
        description="What self-assessments say about its P at its step (null: no data)."
    )
    perception_gap: GapOut | None = Field(
        description="we believe − customers say; real after Benjamini–Hochberg over the "
        "card's (P, step) cells."
    )
    behaviours: list[EvidenceBehaviourOut]


class EvidenceStepOut(Schema):
    code: UUID
    name: str
    standards: list[EvidenceStandardOut]


class EvidenceCardOut(Schema):
    since: date
    until: date
    steps: list[EvidenceStepOut] = Field(
        description="In order; a step with no standard shown is left out."
    )


def _query_refused(errors: dict[str, list[Any]]) -> ValidationError:
    """The page's filter form refused a query parameter: a 422 naming it."""
    return ValidationError(
        [
            {"type": "value_error", "loc": ["query", name], "msg": str(message)}
            for name, messages in errors.items()
            for message in messages
        ]
    )


def _page_scope(member, filters: ScopeFilters):
    """The pages' filter form (`GapFilterForm`) over the query, and its scope (`_scope`
    in gap/views.py): a 422 naming the parameter the form refuses; a location, region or
    step the caller cannot see is a 404, as for the lenses."""
    data = {name: str(value) for name, value in filters.model_dump().items() if value is not None}
    form = GapFilterForm(data, membership=member)
    if not form.is_valid():
        raise _query_refused(form.errors)
    found = form.cleaned_data
    try:
        return build_scope(
            member,
            since=found.get("since"),
            until=found.get("until"),
            region=found.get("region"),
            location=found.get("location"),
            p=found.get("p") or None,
            step=found.get("step"),
        )
    except BadPeriod as error:
        raise _invalid(error.field, str(error)) from error


def _card_standard(standard) -> dict[str, Any]:
    cell = standard.cell
    return {
        "code": standard.code,
        "text": standard.text,
        "p": standard.p,
        "experienced": _estimate(cell.experienced) if cell else None,
        "believed": _estimate(cell.believed) if cell else None,
        "perception_gap": _gap(cell.perception_gap) if cell else None,
        "behaviours": [
            {
                "code": behaviour.code,
                "text": behaviour.text,
                "weight": behaviour.weight,
                "is_critical": behaviour.is_critical,
                "observed": _estimate(behaviour.observed),
            }
            for behaviour in standard.card_behaviours
        ],
    }


@router.get("/card", response=EvidenceCardOut, summary="The service card with its evidence")
def service_card_evidence(request: HttpRequest, filters: Query[ScopeFilters]) -> dict[str, Any]:
    """As the card's evidence page (supervisors and up), with its filters: each standard
    with what customers say and what we believe about its P at its step, and the gap;
    each behaviour with how often it was seen done; every figure with its n and 95%
    interval. A bad filter is a 422 naming it; a location, region or step the caller
    cannot see is a 404."""
    member = membership(request)
    if member.role not in access.SUPERVISORS:
        raise HttpError(
            403, "Only owners, executives, managers and supervisors read the card's evidence."
        )
    scope = _page_scope(member, filters)
    found = evidence.card_with_evidence(member, scope)
    return {
        "since": scope.since,
        "until": scope.until,
        "steps": [
            {
                "code": step.code,
                "name": step.name,
                "standards": [_card_standard(standard) for standard in step.card_standards],
            }
            for step in found.card.steps
        ],
    }


# The executive report (figures and PDF) and the digest's schedule -----------------------


class ReportFilters(Schema):
    since: Day | None = Field(
        None, ge=FIRST_DAY, le=LAST_DAY, description="First day (default: the digest's period)."
    )
    until: Day | None = Field(
        None, ge=FIRST_DAY, le=LAST_DAY, description="Last day, included (default: yesterday)."
    )


class ReportLensOut(Schema):
    label: str
    now: EstimateOut
    before: EstimateOut = Field(description="The previous period of the same length.")
    change: GapOut = Field(description="now − before; real only after the correction.")
    text: str = Field(description="The figure in words, as the page shows it.")
    change_text: str


class LargestOut(Schema):
    words: str
    evidence: str
    kind: Literal["perception", "execution"]
    location: UUID
    location_name: str
    p: str
    step: UUID
    step_name: str
    gap: GapOut


class PlaceOut(Schema):
    code: UUID
    name: str


class LocationLineOut(Schema):
    location: UUID
    location_name: str
    distance: float | None = Field(description="The value distance, when it may be compared.")
    distance_text: str
    change_text: str


class DirectReportOut(Schema):
    label: str = Field(description="The manager's e-mail, or 'No manager'.")
    manager: UUID | None = Field(description="The manager's member code.")
    locations: list[PlaceOut]
    distance: EstimateOut
    distance_before: EstimateOut
    change: GapOut
    distance_text: str
    change_text: str
    lines: list[LocationLineOut]
    furthest_only: bool = Field(description="Only the location furthest from the promise.")
    open: int
    overdue: int
    escalated: int
    cases: int = Field(description="Cases opened in the period.")
    acknowledged: int
    ack_hours: float | None
    spent: Decimal
    value_saved: Decimal


class SaveListOut(Schema):
    on_list: int
    value_at_risk: Decimal
    saved: int
    lost: int
    saved_value: Decimal
    lost_value: Decimal


class KeptOut(Schema):
    cases: int
    retained: int
    rate: float | None


class ReportRetentionOut(Schema):
    recovered: KeptOut
    unrecovered: KeptOut


class TopCaseOut(Schema):
    code: UUID
    summary: str
    location: UUID
    location_name: str
    opened_at: datetime
    top_acknowledged_at: datetime | None


class ToTheTopOut(Schema):
    period: int = Field(description="Written to the top in the period.")
    waiting: int = Field(description="Open and not yet acknowledged by an owner or executive.")
    more: int
    cases: list[TopCaseOut]


class ReportIdeaOut(Schema):
    title: str
    step: str
    status: str
    votes: int
    period_votes: int
    url: str


class ReportOut(Schema):
    since: date
    until: date
    generated_at: datetime
    has_data: bool = Field(description="False: nothing to report (and no PDF).")
    own_locations: bool = Field(description="A manager's version: their locations only.")
    currency: str
    line: str
    words: str
    lenses: list[ReportLensOut]
    largest: list[LargestOut]
    more_gaps: int
    direct_reports: list[DirectReportOut]
    save_list: SaveListOut
    cases: int
    spent: Decimal
    value_saved: Decimal
    retention: ReportRetentionOut
    to_the_top: ToTheTopOut
    ideas: list[ReportIdeaOut]


def _leaders(request: HttpRequest):
    member = membership(request)
    if member.role not in access.LEADERS:
        raise HttpError(403, "Only owners and executives read the executive report.")
    return member


def _found(request: HttpRequest, filters: ReportFilters) -> report.Report:
    """The page's period form over the query, and the member's report; a 422 naming the
    parameter the form refuses."""
    member = _leaders(request)
    data = {
        name: value.isoformat()
        for name, value in (("since", filters.since), ("until", filters.until))
        if value is not None
    }
    form, found = report_service.report_for(member, data)
    if found is None:
        raise ValidationError(
            [
                {"type": "value_error", "loc": ["query", field], "msg": str(message)}
                for field, messages in form.errors.items()
                for message in messages
            ]
        )
    return found


def _lens(change: dashboard.Change, shown: report.Lens) -> dict[str, Any]:
    return {
        "label": str(change.label),
        "now": _estimate(change.now),
        "before": _estimate(change.before),
        "change": _gap(change.gap),
        "text": shown.now,
        "change_text": shown.change,
    }


def _largest(item: dashboard.LargeGap, line: report.GapLine) -> dict[str, Any]:
    return {
        "words": line.words,
        "evidence": line.evidence,
        "kind": item.kind,
        "location": item.location.code,
        "location_name": item.location.name,
        "p": item.cell.at("p"),
        "step": item.step.code,
        "step_name": item.step.name,
        "gap": _gap(line.gap),
    }


def _direct_report(person: report.DirectReport) -> dict[str, Any]:
    return {
        "label": str(person.label),
        "manager": person.manager.code if person.manager and person.manager.pk else None,
        "locations": [{"code": loc.code, "name": loc.name} for loc in person.locations],
        "distance": _estimate(person.distance_now),
        "distance_before": _estimate(person.distance_before),
        "change": _gap(person.change),
        "distance_text": person.distance,
        "change_text": person.distance_change,
        "lines": [
            {
                "location": line.location.code,
                "location_name": line.location.name,
                "distance": line.value,
                "distance_text": line.distance,
                "change_text": line.change,
            }
            for line in person.lines
        ],
        "furthest_only": person.furthest_only,
        "open": person.open,
        "overdue": person.overdue,
        "escalated": person.escalated,
        "cases": person.cases,
        "acknowledged": person.acknowledged,
        "ack_hours": person.ack_hours,
        "spent": person.spent,
        "value_saved": person.value_saved,
    }


def _report_out(found: report.Report) -> dict[str, Any]:
    board, top = found.board, found.to_the_top
    return {
        "since": found.since,
        "until": found.until,
        "generated_at": found.generated_at,
        "has_data": found.has_data,
        "own_locations": found.is_own_locations,
        "currency": found.currency,
        "line": found.line,
        "words": found.words,
        "lenses": [_lens(c, shown) for c, shown in zip(board.changes, found.lenses, strict=True)],
        "largest": [
            _largest(item, line) for item, line in zip(board.largest, found.largest, strict=False)
        ],
        "more_gaps": found.more_gaps,
        "direct_reports": [_direct_report(person) for person in found.direct_reports],
        "save_list": vars(found.save_list),
        "cases": found.cases,
        "spent": found.spent,
        "value_saved": found.value_saved,
        "retention": found.retention,
        "to_the_top": {
            "period": top.period,
            "waiting": top.waiting,
            "more": top.more,
            "cases": [
                {
                    "code": case.code,
                    "summary": case.summary,
                    "location": case.location.code,
                    "location_name": case.location.name,
                    "opened_at": case.opened_at,
                    "top_acknowledged_at": case.top_acknowledged_at,
                }
                for case in top.rows
            ],
        },
        "ideas": [
            {
                "title": idea.title,
                "step": idea.step,
                "status": idea.status,
                "votes": idea.votes,
                "period_votes": idea.period_votes,
                "url": idea.url,
            }
            for idea in found.ideas
        ],
    }


@router.get("/report", response=ReportOut, summary="The executive report's figures")
def executive_report(request: HttpRequest, filters: Query[ReportFilters]) -> dict[str, Any]:
    """As the report page (owners and executives): the headline lenses with intervals and
    changes, the largest gaps, each direct report's locations, cases and money, the save
    list, retention, cases written to the top and the best ideas. One bound alone keeps
    the default period's length; an end before the start is a 422 naming `until`."""
    return _report_out(_found(request, filters))


PDF_ANSWERS = {
    "responses": {
        200: {
            "description": "The report on one A4 page, as a download.",
            "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
        },
        503: {
            "description": "The server cannot make PDFs (Pango is missing).",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Detail"}}},
        },
    }
}


@router.get(
    "/report/pdf",
    response={200: None},
    summary="The executive report as the page's A4 PDF",
    openapi_extra=PDF_ANSWERS,
)
def executive_report_pdf(request: HttpRequest, filters: Query[ReportFilters]):
    """The page's PDF, as a download; a period with nothing to report is a 404."""
    found = _found(request, filters)
    try:
        pdf = report.render_pdf(found)
    except report.EmptyReport as error:
        raise HttpError(404, str(error)) from None
    except PdfUnavailable as error:
        raise HttpError(503, f"{error} {PANGO_HINT}") from None
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{report.pdf_name(found)}"'
    return response


FrequencyValue = Literal["weekly", "monthly", "off"]


class RecipientOut(Schema):
    member: UUID | None = Field(description="Their member code (null: no longer a member).")
    email: str


class DigestDeliveryOut(Schema):
    since: date
    until: date
    email: str
    status: Literal["sending", "sent", "failed", "empty"]
    attempts: int
    claimed_at: datetime
    sent_at: datetime | None
    error: str


class PeriodOut(Schema):
    since: date
    until: date


class DigestOut(Schema):
    saved: bool = Field(description="False: no schedule saved, the defaults apply.")
    frequency: FrequencyValue
    weekday: int = Field(description="0 Monday … 6 Sunday (weekly).")
    day_of_month: int = Field(description="1–28 (monthly).")
    hour: int = Field(description="0–23, in the organisation's time zone.")
    recipients: list[RecipientOut] = Field(description="None: every owner and executive.")
    default_recipients: list[str]
    next_period: PeriodOut = Field(description="The latest whole period.")
    deliveries: list[DigestDeliveryOut] = Field(description="The latest 20, newest first.")


class DigestIn(Schema):
    model_config = ConfigDict(extra="forbid")

    frequency: FrequencyValue
    weekday: int = Field(ge=0, le=6, strict=True, description="0 Monday … 6 Sunday (weekly).")
    day_of_month: int = Field(ge=1, le=28, strict=True, description="1–28 (monthly).")
    hour: int = Field(ge=0, le=23, strict=True, description="In the organisation's time zone.")
    recipients: list[UUID] = Field(
        [],
        description="Member codes of owners, executives or managers; none: every owner "
        "and executive.",
    )


def _owner(request: HttpRequest):
    member = membership(request)
    if member.role not in access.ORGANISATION_ADMINS:
        raise HttpError(403, "Only owners set the digest.")
    return member


def _digest_out(member) -> dict[str, Any]:
    organization = member.organization
    schedule = digest.schedule_of(organization)
    chosen = list(schedule.recipients.order_by("email", "pk")) if schedule.pk else []
    codes = dict(
        Membership.objects.filter(
            organization=organization, user__in=[user.pk for user in chosen]
        ).values_list("user_id", "code")
    )
    since, until = report_service.next_period(organization)
    return {
        "saved": schedule.pk is not None,
        "frequency": schedule.frequency,
        "weekday": schedule.weekday,
        "day_of_month": schedule.day_of_month,
        "hour": schedule.hour,
        "recipients": [{"member": codes.get(user.pk), "email": user.email} for user in chosen],
        "default_recipients": [
            user.email for user in report_service.default_recipients(organization)
        ],
        "next_period": {"since": since, "until": until},
        "deliveries": [
            {
                "since": d.since,
                "until": d.until,
                "email": d.email,
                "status": d.status,
                "attempts": d.attempts,
                "claimed_at": d.claimed_at,
                "sent_at": d.sent_at,
                "error": d.error,
            }
            for d in report_service.latest_deliveries(member)
        ],
    }


@router.get("/digest", response=DigestOut, summary="The digest's schedule and deliveries")
def get_digest(request: HttpRequest) -> dict[str, Any]:
    """As the digest page (owners): when the report goes out by e-mail and to whom, the
    period it would send now, and the latest deliveries."""
    return _digest_out(_owner(request))


@router.put("/digest", response=DigestOut, summary="Set when the digest goes out and to whom")
def put_digest(request: HttpRequest, payload: DigestIn | None = None) -> dict[str, Any]:
    """As the digest page's form (owners): recipients must be owners, executives or
    managers of the organisation (else a 422 naming `recipients`); a manager gets the
    version of their own locations."""
    member = _owner(request)
    if payload is None:
        raise ValidationError(
            [{"type": "value_error", "loc": ["body", "payload"], "msg": "Field required"}]
        )
    users = dict(
        Membership.objects.filter(
            organization=member.organization, code__in=payload.recipients
        ).values_list("code", "user_id")
    )
    unknown = [code for code in payload.recipients if code not in users]
    if unknown:
        raise ValidationError(
            [
                {
                    "type": "value_error",
                    "loc": ["body", "payload", "recipients"],
                    "msg": f"Not a member of this organisation: {unknown[0]}.",
                }
            ]
        )
    data = {
        "frequency": payload.frequency,
        "weekday": str(payload.weekday),
        "day_of_month": str(payload.day_of_month),
        "hour": str(payload.hour),
        "recipients": [users[code] for code in payload.recipients],
    }
    form = report_service.schedule_form(member.organization, data)
    if not form.is_valid():
        raise form_refused(form.errors)
    form.save()
    return _digest_out(member)


# Today: what needs the caller now ------------------------------------------------------


ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]")


def _written_time(value: Any) -> Any:
    """A time as ISO 8601 only: a bare number (read by pydantic as seconds since 1970)
    is refused, as a day's is."""
    if isinstance(value, str) and not ISO_TIME.match(value.strip()):
        raise ValueError("Give a time as ISO 8601, e.g. 2026-05-03T12:30:00+02:00.")
    return value


class TodayFilters(Schema):
    since: Annotated[Moment, BeforeValidator(_written_time)] | None = Field(
        None,
        description="What counts as new: from this time, with its time zone (default: a "
        "week ago). The page uses the member's last visit to it.",
    )


class TodayItemOut(Schema):
    code: UUID | None = Field(
        description="The code of what the row is about (a case, gesture, dispute, response, "
        "comment, alert, audit, assignment or location); null for another app's row."
    )
    label: str = Field(description="What the page's link says.")
    detail: str = Field(description="The words the page shows after it.")
    url: str = Field(description="Where the page's row links to.")


class TodaySectionOut(Schema):
    key: str = Field(description="What the list holds, e.g. overdue, approvals, assignments.")
    title: str
    total: int = Field(description="How many in all.")
    more: int = Field(description="How many more than the items shown.")
    link: str = Field(description="Where to see them all (empty: nowhere).")
    items: list[TodayItemOut] = Field(description="The first five, as the page lists them.")


class TodayChangeOut(Schema):
    label: str
    now: EstimateOut
    before: EstimateOut = Field(description="The previous period of the same length.")
    change: GapOut = Field(description="now − before; real only after the correction.")


class TodayGapOut(Schema):
    words: str
    url: str = Field(description="The evidence: the failed behaviours behind it.")


class TodayHeadlineOut(Schema):
    words: str
    line: str
    evidence: str
    changes: list[TodayChangeOut]
    largest: list[TodayGapOut] = Field(description="The three largest real gaps.")


class TodayOut(Schema):
    since: datetime = Field(description="What counts as new starts here.")
    has_work: bool = Field(description="False: nothing needs the caller right now.")
    headline: TodayHeadlineOut | None = Field(
        description="The value distance (owners, executives and managers); null for the others."
    )
    sections: list[TodaySectionOut]


def _day_shown(moment, tz, form: str) -> str:
    return date_filter(timezone.localtime(moment, tz), form)


def _comment(text: str) -> str:
    return f"“{truncatechars(text, 80)}”" if text else ""


def _words(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


def _case_item(case, tz) -> dict[str, Any]:
    top = ""
    if case.to_the_top:
        top = (
            _("wrote to the top")
            if case.top_acknowledged_at
            else _("wrote to the top · to acknowledge")
        )
    escalated = (
        _("escalated %(n)s×") % {"n": case.escalation_level} if case.escalation_level else ""
    )
    due = f"{_('due')} {_day_shown(case.resolve_due_at, tz, 'j M, H:i')}"
    return {
        "code": case.code,
        "label": case.summary,
        "detail": _words(top, case.location.name, str(case.get_status_display()), escalated, due),
        "url": reverse("recovery:case-detail", args=[case.code]),
    }


def _today_item(key: str, row, member: Membership) -> dict[str, Any]:
    """One row as `gap/_today_row.html` shows it: what its link says, the words after
    it, where it links and the code of what it is about."""
    tz, currency = member.organization.tz, member.organization.currency
    if key in ("overdue", "mine", "to_the_top"):
        return _case_item(row, tz)
    if key == "approvals":
        case = row.case
        return {
            "code": row.code,
            "label": case.summary,
            "detail": _words(
                str(row.get_kind_display()), f"{row.amount} {currency}", case.location.name
            ),
            "url": reverse("recovery:case-detail", args=[case.code]),
        }
    if key == "disputes":
        answer = row.answer
        return {
            "code": row.code,
            "label": truncatechars(answer.behaviour_text, 80),
            "detail": _words(
                answer.location.name, f"{_('raised')} {_day_shown(row.raised_at, tz, 'j M')}"
            ),
            "url": answer.audit.get_absolute_url(),
        }
    if key == "detractors":
        return {
            "code": row.code,
            "label": _("Would recommend: %(n)s/10") % {"n": row.nps},
            "detail": _words(
                row.location.name,
                _day_shown(row.submitted_at, tz, "j M, H:i"),
                _comment(row.comment),
            ),
            "url": reverse("feedback:response-detail", args=[row.code]),
        }
    if key == "low":
        return {
            "code": row.code,
            "label": _words(row.location.name, _day_shown(row.submitted_at, tz, "j M, H:i")),
            "detail": _comment(row.comment),
            "url": reverse("feedback:response-detail", args=[row.code]),
        }
    if key == "churn":
        response = row.response
        return {
            "code": row.code,
            "label": _comment(response.comment),
            "detail": _words(response.location.name, _day_shown(response.submitted_at, tz, "j M")),
            "url": reverse("feedback:response-detail", args=[response.code]),
        }
    if key == "save_list":
        at_risk = f"{floatformat(row.value_at_risk, '0g')} {currency} {_('at risk')}"
        return {
            "code": row.code,
            "label": str(row.customer),
            "detail": _words(at_risk, str(row.get_kind_display())),
            "url": row.customer.get_absolute_url(),
        }
    if key == "review":
        return {
            "code": row.code,
            "label": _words(row.location.name, str(row.get_kind_display())),
            "detail": f"{_('submitted')} {_day_shown(row.submitted_at, tz, 'j M')}",
            "url": row.get_absolute_url(),
        }
    if key == "late_assignments":
        return {
            "code": row.code,
            "label": _words(row.location.name, row.shopper.user.email),
            "detail": f"{_('due by')} {date_filter(row.window_end, 'j M')}",
            "url": reverse("audits:assignment-detail", args=[row.code]),
        }
    if key == "observations":
        return {
            "code": row.code,
            "label": row.name,
            "detail": _("no observation yet this week"),
            "url": f"{reverse('audits:audit-start')}?kind=observation&location={row.code}",
        }
    if key == "assignments":
        window = _("%(start)s to %(end)s") % {
            "start": date_filter(row.window_start, "j M"),
            "end": date_filter(row.window_end, "j M"),
        }
        return {
            "code": row.code,
            "label": row.location.name,
            "detail": _words(row.template.name, window),
            "url": reverse("audits:assignment-detail", args=[row.code]),
        }
    # Another app's list (SERVICEGAP_TODAY_SECTIONS): its rows say it all themselves.
    return {"code": None, "label": row.label, "detail": row.detail, "url": row.url}


def _change(change: dashboard.Change) -> dict[str, Any]:
    return {
        "label": str(change.label),
        "now": _estimate(change.now),
        "before": _estimate(change.before),
        "change": _gap(change.gap),
    }


def _today_headline(page: today.Today) -> dict[str, Any] | None:
    board = page.board
    if board is None:
        return None
    return {
        "words": page.headline,
        "line": page.line,
        "evidence": page.evidence,
        "changes": [_change(change) for change in board.changes],
        "largest": [
            {"words": item.words, "url": item.links.get("failed", "")} for item in board.largest[:3]
        ],
    }


def _since(since: datetime | None, now: datetime) -> datetime | None:
    """`since` as given, checked: with a time zone, from 1900 on, and not after now."""
    if since is None:
        return None
    if since.tzinfo is None:
        raise _invalid("since", "Give the time zone, e.g. 2026-05-03T12:30:00+02:00.")
    if since.date() < FIRST_DAY:
        raise _invalid("since", "Give a time from the year 1900 on.")
    if since > now:
        raise _invalid("since", "What is new cannot start after now.")
    return since


@router.get("/today", response=TodayOut, summary="Today: what needs the caller now")
def today_lists(request: HttpRequest, filters: Query[TodayFilters]) -> dict[str, Any]:
    """As the Today page, for every role: each list of things to do for the caller's role
    (its first five items as the page shows them, how many in all and where to see them
    all), and for owners, executives and managers the value distance's headline. "New"
    means since `since` (a week ago by default); the page uses the last visit to it."""
    member = membership(request)
    now = timezone.now()
    page = today.today(member, now=now, since=_since(filters.since, now))
    return {
        "since": page.since,
        "has_work": page.has_work,
        "headline": _today_headline(page),
        "sections": [
            {
                "key": section.key,
                "title": section.title,
                "total": section.total,
                "more": section.more,
                "link": section.link,
                "items": [_today_item(section.key, row, member) for row in section.rows],
            }
            for section in page.sections
        ],
    }


# The value-distance page's figures -------------------------------------------------------


class DashboardFilters(ScopeFilters):
    colour: Literal["distance", "perception", "execution"] | None = Field(
        None,
        description="What the heat map shows per location and step (default: distance): "
        "the value distance, the perception gap or the execution gap.",
    )


class HeatOut(Schema):
    step: UUID
    step_name: str
    value: float | None = Field(description="The figure `colour` asks for; null: no data.")
    low: float | None
    high: float | None
    real: bool | None = Field(
        description="For a gap: real after the page's correction; null for the distance."
    )
    too_few: bool
    level: int = Field(
        description="The page's colour: 0 (close to the promise) to 4 (far from it); −1 no "
        "data or too few; −2 a gap that could be chance (not coloured)."
    )
    n_text: str = Field(description="What the figure rests on, in words.")


class DashboardLocationOut(Schema):
    location: UUID
    location_name: str
    rank: int | None = Field(
        description="1: furthest from the promise; null: too few answers to rank, or the "
        "locations do not differ beyond chance."
    )
    ranked_on: float | None = Field(
        description="The value distance pulled towards the average in proportion to how "
        "little evidence the location has (what the ranking uses)."
    )
    shrink_weight: float | None = Field(description="The weight of the location's own figure.")
    believed: EstimateOut
    observed: EstimateOut
    experienced: EstimateOut
    value_distance: EstimateOut
    changes: list[TodayChangeOut] = Field(
        description="What shoppers see and what customers say against the previous period."
    )
    behaved: BehavedOut | None
    heat: list[HeatOut] = Field(description="One per journey step of `steps`, in order.")


class FailedBehaviourOut(Schema):
    behaviour: UUID
    text: str
    failed: int = Field(description="Audits in which it failed.")
    audits: int = Field(description="Audits in which it was passed or failed.")
    url: str = Field(description="The failed audits, on their page.")


class GapLinksOut(Schema):
    audits: str
    failed: str
    comments: str
    cases: str
    save_list: str


class DashboardGapOut(LargestOut):
    also: list[Literal["perception", "execution"]] = Field(
        description="The cell's other gap, when it is real too."
    )
    believed_n: int = Field(description="Self-assessments it rests on.")
    other_n: int = Field(
        description="Customer ratings (perception) or mystery shops and observations "
        "(execution) it rests on."
    )
    promise: str | None = Field(description="The first standard's text at this P and step.")
    failures: list[FailedBehaviourOut] = Field(description="The three most failed behaviours.")
    cases: int = Field(description="Recovery cases opened in the period.")
    comments: int = Field(description="Comments about the P at this location (spam left out).")
    negative_comments: int = Field(description="Those negative about the P.")
    negative_share: int | None = Field(description="In percent; null with no comment.")
    comment_words: str
    links: GapLinksOut


class TooFewGapOut(LargestOut):
    believed_n: int
    other_n: int


class GapTrendMonthOut(Schema):
    month: date = Field(description="Its first day.")
    believed: EstimateOut
    observed: EstimateOut
    experienced: EstimateOut


class DashboardOut(Schema):
    since: date
    until: date
    days: int
    previous: PeriodOut = Field(description="The period the changes compare with.")
    filtered: bool = Field(description="A location or region was chosen.")
    colour: Literal["distance", "perception", "execution"]
    has_evidence: bool = Field(description="False: no audit and no customer answer.")
    tests: int = Field(description="Comparisons decided together (Benjamini–Hochberg).")
    line: str
    words: str
    evidence: str
    lenses: list[ReportLensOut] = Field(
        description="We believe, shoppers see, customers say: each against the previous "
        "period (`text` and `change_text` in the executive report's words)."
    )
    whole: CellOut = Field(description="The whole scope: the gaps, value distance, NPS, customers.")
    largest: list[DashboardGapOut] = Field(description="The ten largest real gaps.")
    too_few_largest: list[TooFewGapOut] = Field(
        description="Up to three that look large but rest on too few."
    )
    steps: list[PlaceOut] = Field(description="The heat map's columns.")
    no_differences: bool = Field(
        description="The locations do not differ beyond chance: none is ranked."
    )
    locations: list[DashboardLocationOut] = Field(description="Ranked first, then the unranked.")
    trend: list[GapTrendMonthOut] = Field(
        description="The 12 months ending with the month of `until`, oldest first (the "
        "period's filters apply; a month with nothing measured has null values)."
    )


def _heat(heat: dashboard.HeatCell) -> dict[str, Any]:
    figure = heat.figure
    return {
        "step": heat.step.code,
        "step_name": heat.step.name,
        "value": figure.value,
        "low": figure.low,
        "high": figure.high,
        "real": figure.real if isinstance(figure, stats.Gap) else None,
        "too_few": heat.too_few,
        "level": heat.level,
        "n_text": heat.n_text,
    }


def _location_row(row: dashboard.LocationRow) -> dict[str, Any]:
    cell = row.cell
    return {
        "location": row.location.code,
        "location_name": row.location.name,
        "rank": row.rank,
        "ranked_on": row.shrunk,
        "shrink_weight": row.shrink_weight,
        "believed": _estimate(cell.believed),
        "observed": _estimate(cell.observed),
        "experienced": _estimate(cell.experienced),
        "value_distance": _estimate(cell.value_distance),
        "changes": [_change(change) for change in row.changes],
        "behaved": _behaved(cell.behaved),
        "heat": [_heat(heat) for heat in row.heat],
    }


def _few_evidence(item: dashboard.LargeGap) -> str:
    other = (
        _("customer ratings") if item.kind == "perception" else _("mystery shops and observations")
    )
    return _("on %(b)s self-assessments and %(o)s %(other)s: too few to tell") % {
        "b": item.cell.believed.n, "o": item.other.n, "other": other,
    }  # fmt: skip


def _dashboard_gap(item: dashboard.LargeGap) -> dict[str, Any]:
    intended = item.cell.intended
    return {
        **_largest(item, report.gap_line(item)),
        "also": item.also,
        "believed_n": item.cell.believed.n,
        "other_n": item.other.n,
        "promise": intended.texts[0] if intended and intended.texts else None,
        "failures": [
            {
                "behaviour": failure["behaviour__code"],
                "text": failure["behaviour__text"],
                "failed": failure["failed"],
                "audits": failure["audits"],
                "url": failure["link"],
            }
            for failure in item.failures
        ],
        "cases": item.cases,
        "comments": item.comments,
        "negative_comments": item.negative_comments,
        "negative_share": item.negative_share,
        "comment_words": item.comment_words,
        "links": item.links,
    }


def _too_few_gap(item: dashboard.LargeGap) -> dict[str, Any]:
    line = report.GapLine(item.words, _few_evidence(item), item.gap)
    return {
        **_largest(item, line),
        "believed_n": item.cell.believed.n,
        "other_n": item.other.n,
    }


@router.get("/dashboard", response=DashboardOut, summary="The value-distance page's figures")
def value_distance_dashboard(
    request: HttpRequest, filters: Query[DashboardFilters]
) -> dict[str, Any]:
    """As the value-distance page (supervisors and up, within the locations they may see),
    with its filters: the three lenses with their changes against the previous period, the
    headline in words, the largest real gaps with their evidence (failed behaviours,
    recovery cases, the share of comments about the P that are negative), the heat map,
    the locations ranked, and the monthly trend. Every gap and change is decided in the
    page's one Benjamini–Hochberg family. A bad filter is a 422 naming it; a location,
    region or step the caller cannot see is a 404."""
    member = membership(request)
    if member.role not in access.SUPERVISORS:
        raise HttpError(
            403, "Only owners, executives, managers and supervisors read the value distance."
        )
    scope = _page_scope(member, filters)
    board = dashboard.build(member, scope, filters.colour or "distance")
    previous_since, previous_until = scope.previous
    return {
        "since": scope.since,
        "until": scope.until,
        "days": scope.days,
        "previous": {"since": previous_since, "until": previous_until},
        "filtered": scope.filtered,
        "colour": board.metric,
        "has_evidence": board.has_evidence,
        "tests": board.tests,
        "line": dashboard.headline_line(board),
        "words": dashboard.headline_words(board),
        "evidence": dashboard.headline_evidence(board),
        "lenses": [_lens(change, report.lens(change)) for change in board.changes],
        "whole": _cell(board.whole, {}, {}),
        "largest": [_dashboard_gap(item) for item in board.largest],
        "too_few_largest": [_too_few_gap(item) for item in board.too_few_largest],
        "steps": [{"code": step.code, "name": step.name} for step in board.steps],
        "no_differences": board.no_differences,
        "locations": [_location_row(row) for row in [*board.ranked, *board.unranked]],
        "trend": [
            {
                "month": row["month"],
                **{
                    key: _estimate(cell)
                    for key, cell in zip(dashboard.LENS_LABELS, row["cells"], strict=True)
                },
            }
            for row in board.trend_table
        ],
    }
