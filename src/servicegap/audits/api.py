"""Audits in the API: start a draft, fill in its answers, submit it, list audits with scores.

Every query starts from `for_member`, so another organisation's audit (or another
shopper's) is a 404. Input is validated strictly; errors name the field, as ninja's
422 does (`["body", "answers", 0, "measured_value"]`).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from django.db import transaction
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError, ValidationError
from pydantic import ConfigDict

from servicegap.audits import scoring, workflow
from servicegap.audits.forms import AssignmentForm, start_of
from servicegap.audits.models import Assignment, Audit, AuditAnswer, AuditTemplate, Kind
from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import Day, Moment, Offset, Status
from servicegap.core.auth import membership
from servicegap.core.forms import FIRST_DAY, LAST_DAY
from servicegap.core.models import Location, Membership

router = Router(tags=["audits"])

ResultValue = Literal["pass", "fail", "na"]
KindValue = Literal["mystery_shop", "self_assessment", "observation"]
StatusValue = Literal["draft", "submitted", "locked"]


class StrictIn(Schema):
    model_config = ConfigDict(extra="forbid")


class AuditIn(StrictIn):
    kind: KindValue
    location: UUID | None = Field(None, description="Location code; not for mystery shops.")
    template: UUID | None = Field(None, description="Template code; not for mystery shops.")
    assignment: UUID | None = Field(None, description="Assignment code, for a mystery shop.")
    performed_at: Moment | None = Field(None, description="When it happened; default now.")


class AnswerIn(StrictIn):
    behaviour: UUID = Field(description="Code of the behaviour this answer is about.")
    result: ResultValue | None = None
    measured_value: Annotated[Decimal, Field(ge=0, max_digits=9, decimal_places=2)] | None = None
    note: Annotated[str, Field(max_length=2000)] = ""


class AnswersIn(StrictIn):
    answers: Annotated[list[AnswerIn], Field(min_length=1, max_length=500)]


class SubScoreOut(Schema):
    score: float | None
    passed_weight: int
    applicable_weight: int
    answers: int


class StepScoreOut(SubScoreOut):
    step: str


class AnswerOut(Schema):
    code: UUID
    behaviour: UUID
    behaviour_text: str
    behaviour_version: int
    weight: int
    critical: bool
    p: str
    step: str
    target: str | None
    result: ResultValue | None
    measured_value: float | None
    note: str
    photo_url: str | None


class AuditOut(Schema):
    code: UUID
    kind: KindValue
    status: StatusValue
    location: UUID
    location_name: str
    template: UUID
    template_name: str
    channel: str
    performed_by: str | None
    performed_at: datetime
    started_at: datetime | None
    ended_at: datetime | None
    checkin_distance_m: int | None
    score: float | None = Field(description="0–100; null until submitted or when nothing applied")
    capped: bool
    passed: int
    failed: int
    not_applicable: int
    passed_weight: int
    applicable_weight: int


class AuditDetailOut(AuditOut):
    answers: list[AnswerOut]
    by_p: dict[str, SubScoreOut]
    by_step: list[StepScoreOut]


class MissingOut(Schema):
    detail: str
    missing: list[UUID]


class AuditFilters(Schema):
    location: UUID | None = None
    kind: KindValue | None = None
    status: StatusValue | None = None
    since: Day | None = Field(
        None, ge=FIRST_DAY, le=LAST_DAY, description="Performed on or after this day."
    )
    until: Day | None = Field(
        None, ge=FIRST_DAY, le=LAST_DAY, description="Performed on or before this day."
    )
    limit: Annotated[int, Field(ge=1, le=200)] = 50
    offset: Offset = 0


class AuditPage(Schema):
    count: int
    items: list[AuditOut]


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _audit_out(audit: Audit) -> dict[str, Any]:
    return {
        "code": audit.code,
        "kind": audit.kind,
        "status": audit.status,
        "location": audit.location.code,
        "location_name": audit.location.name,
        "template": audit.template.code,
        "template_name": audit.template.name,
        "channel": audit.channel,
        "performed_by": audit.performed_by.email if audit.performed_by else None,
        "performed_at": audit.performed_at,
        "started_at": audit.started_at,
        "ended_at": audit.ended_at,
        "checkin_distance_m": audit.checkin_distance_m,
        "score": _float(audit.score) if audit.is_final else None,
        "capped": audit.is_capped,
        "passed": audit.passed_count,
        "failed": audit.failed_count,
        "not_applicable": audit.na_count,
        "passed_weight": audit.passed_weight,
        "applicable_weight": audit.applicable_weight,
    }


def _sub(sub: scoring.SubScore) -> dict[str, Any]:
    return {
        "score": _float(sub.score),
        "passed_weight": sub.passed_weight,
        "applicable_weight": sub.applicable_weight,
        "answers": sub.answers,
    }


def _detail(audit: Audit) -> dict[str, Any]:
    answers = list(audit.answers.select_related("behaviour"))
    result = scoring.score_answers(answers)
    steps: dict[int, tuple[int, str]] = {}
    for a in answers:
        steps.setdefault(a.step_id, (a.step_position, a.step_name))
    return {
        **_audit_out(audit),
        "answers": [
            {
                "code": a.code,
                "behaviour": a.behaviour.code,
                "behaviour_text": a.behaviour_text,
                "behaviour_version": a.behaviour_version,
                "weight": a.weight,
                "critical": a.is_critical,
                "p": a.p,
                "step": a.step_name,
                "target": a.target_label or None,
                "result": a.result or None,
                "measured_value": _float(a.measured_value),
                "note": a.note,
                "photo_url": reverse("audits:answer-photo", args=[a.code]) if a.photo else None,
            }
            for a in answers
        ],
        "by_p": {p: _sub(sub) for p, sub in result.by_p.items()},
        "by_step": [
            {"step": steps[step_id][1], **_sub(result.by_step[step_id])}
            for step_id in sorted(result.by_step, key=lambda s: steps[s])
        ],
    }


def _audits(member: Membership):
    return Audit.objects.for_member(member).select_related("location", "template", "performed_by")


def _field_error(*loc: Any, message: str) -> ValidationError:
    return ValidationError([{"loc": ["body", *loc], "msg": message, "type": "value_error"}])


@router.post("", response={201: AuditDetailOut}, summary="Start an audit (a draft)")
def create_audit(request: HttpRequest, payload: AuditIn):
    """A self-assessment or observation needs `location` and `template`; a mystery shop
    needs the shopper's own `assignment`. Answers start empty."""
    member = membership(request)
    if member.role not in workflow.KIND_ROLES[payload.kind]:
        raise HttpError(403, f"Your role cannot carry out a {payload.kind}.")
    assignment = location = template = None
    if payload.kind == Kind.MYSTERY_SHOP:
        if payload.assignment is None:
            raise _field_error("assignment", message="A mystery shop needs its assignment.")
        assignment = get_for_member(Assignment, member, code=payload.assignment)
        location, template = assignment.location, assignment.template
    else:
        if payload.location is None:
            raise _field_error("location", message="Give the location's code.")
        if payload.template is None:
            raise _field_error("template", message="Give the template's code.")
        location = get_object_or_404(member.visible_locations().active(), code=payload.location)
        template = get_object_or_404(
            AuditTemplate.objects.for_member(member).active(), code=payload.template
        )
    try:
        audit = workflow.start_audit(
            kind=payload.kind,
            location=location,
            template=template,
            by=member,
            assignment=assignment,
            performed_at=payload.performed_at,
        )
    except workflow.AuditError as error:
        raise HttpError(409, str(error)) from None
    return Status(201, _detail(_audits(member).get(pk=audit.pk)))


@router.get("", response=AuditPage, summary="List audits with their scores")
def list_audits(request: HttpRequest, filters: Query[AuditFilters]) -> dict[str, Any]:
    """Newest first, `limit` at a time from `offset`. Scores are null until an audit is
    submitted; `count` is the number of audits matching the filters."""
    member = membership(request)
    audits = _audits(member)
    tz = member.organization.tz
    if filters.location is not None:
        location = get_for_member(Location, member, code=filters.location)
        audits = audits.filter(location=location)
    if filters.kind:
        audits = audits.filter(kind=filters.kind)
    if filters.status:
        audits = audits.filter(status=filters.status)
    if filters.since:
        audits = audits.filter(performed_at__gte=start_of(filters.since, tz))
    if filters.until:
        audits = audits.filter(performed_at__lt=start_of(filters.until, tz, days=1))
    page = audits[filters.offset : filters.offset + filters.limit]
    return {"count": audits.count(), "items": [_audit_out(audit) for audit in page]}


@router.get("/{uuid:audit_code}", response=AuditDetailOut, summary="One audit with its answers")
def get_audit(request: HttpRequest, audit_code: UUID) -> dict[str, Any]:
    return _detail(get_object_or_404(_audits(membership(request)), code=audit_code))


def _own_draft(request: HttpRequest, audit_code: UUID) -> Audit:
    member = membership(request)
    audit = get_object_or_404(_audits(member), code=audit_code)
    if not audit.is_performer(member):
        raise HttpError(403, "Only whoever performs the audit fills it in.")
    if not audit.is_draft:
        raise HttpError(409, "This audit was submitted and is read-only.")
    return audit


@router.post(
    "/{uuid:audit_code}/answers",
    response=AuditDetailOut,
    summary="Fill in answers of a draft (all or none are saved)",
)
def fill_answers(
    request: HttpRequest, audit_code: UUID, payload: AnswersIn | None = None
) -> dict[str, Any]:
    """Each answer names its behaviour by code. A measured value decides pass or fail
    against the behaviour's target."""
    audit = _own_draft(request, audit_code)
    if payload is None:
        raise _field_error("payload", message="Field required")
    by_behaviour = dict(
        AuditAnswer.objects.filter(audit=audit).values_list("behaviour__code", "pk")
    )
    answers = {a.pk: a for a in AuditAnswer.objects.filter(audit=audit).select_related("audit")}
    for index, item in enumerate(payload.answers):
        if item.behaviour not in by_behaviour:
            raise _field_error(
                "payload",
                "answers",
                index,
                "behaviour",
                message="This behaviour is not in the audit.",
            )
    try:
        with transaction.atomic():
            for item in payload.answers:
                workflow.save_answer(
                    answers[by_behaviour[item.behaviour]],
                    result=item.result or "",
                    measured_value=item.measured_value,
                    note=item.note,
                )
    except workflow.AuditClosed as error:
        raise HttpError(409, str(error)) from None
    return _detail(audit)


@router.post(
    "/{uuid:audit_code}/submit",
    response={200: AuditDetailOut, 400: MissingOut},
    summary="Submit a draft: score it and make it read-only",
)
def submit(request: HttpRequest, audit_code: UUID):
    """Every answer must be given first; otherwise the draft is kept and `missing` lists
    the codes of the behaviours still to answer."""
    audit = _own_draft(request, audit_code)
    try:
        workflow.submit_audit(audit, by=membership(request).user)
    except workflow.MissingAnswers as error:
        missing = AuditAnswer.objects.filter(pk__in=[a.pk for a in error.answers])
        return Status(
            400,
            {
                "detail": str(error),
                "missing": list(missing.values_list("behaviour__code", flat=True)),
            },
        )
    except workflow.AuditClosed as error:
        raise HttpError(409, str(error)) from None
    return _detail(audit)


# Mystery-shop assignments: the managers' pages (Audits → Mystery shops) ------------------


class AssignmentIn(StrictIn):
    location: UUID = Field(description="Location code.")
    template: UUID = Field(description="Audit template code (an active template).")
    shopper: UUID = Field(description="The code of a member with the mystery shopper role.")
    window_start: Day
    window_end: Day
    instructions: Annotated[str, Field(max_length=5000)] = ""


class AssignmentOut(Schema):
    code: UUID
    location: UUID
    location_name: str
    template: UUID
    template_name: str
    shopper: UUID
    shopper_email: str
    window_start: date
    window_end: date
    instructions: str
    created_at: datetime
    cancelled: bool
    audit: UUID | None = Field(description="The audit the shopper started, if any.")


class AssignmentPage(Schema):
    count: int
    items: list[AssignmentOut]


class AssignmentFilters(Schema):
    limit: Annotated[int, Field(ge=1, le=200)] = 50
    offset: Offset = 0


def _manager(request: HttpRequest) -> Membership:
    member = membership(request)
    if member.role not in access.LOCATION_MANAGERS:
        raise HttpError(403, "Mystery shops are scheduled by managers and above.")
    return member


def _assignment_out(assignment: Assignment) -> dict[str, Any]:
    audit = getattr(assignment, "audit", None)  # the reverse one-to-one, when started
    return {
        "code": assignment.code,
        "location": assignment.location.code,
        "location_name": assignment.location.name,
        "template": assignment.template.code,
        "template_name": assignment.template.name,
        "shopper": assignment.shopper.code,
        "shopper_email": assignment.shopper.user.email,
        "window_start": assignment.window_start,
        "window_end": assignment.window_end,
        "instructions": assignment.instructions,
        "created_at": assignment.created_at,
        "cancelled": assignment.cancelled_at is not None,
        "audit": audit.code if audit else None,
    }


@router.get(
    "/assignments", response=AssignmentPage, summary="Mystery-shop assignments, latest first"
)
def list_assignments(request: HttpRequest, filters: Query[AssignmentFilters]) -> dict[str, Any]:
    """As the assignments page: managers and above, at the locations they see."""
    assignments = (
        Assignment.objects.for_member(_manager(request))
        .select_related("location", "template", "shopper__user", "audit")
        .order_by("-window_start", "-pk")
    )
    page = assignments[filters.offset : filters.offset + filters.limit]
    return {"count": assignments.count(), "items": [_assignment_out(a) for a in page]}


@router.post(
    "/assignments",
    response={201: AssignmentOut},
    summary="Ask a mystery shopper to visit a location between two days",
)
def create_assignment(request: HttpRequest, payload: AssignmentIn) -> Any:
    """As the page's form: a location the caller sees, an active template, a member with
    the shopper role, a window that ends on or after its first day (else a 422 naming the
    field)."""
    member = _manager(request)
    data = {
        name: str(value) if isinstance(value, UUID) else value
        for name, value in payload.model_dump().items()
    }
    form = AssignmentForm(data, membership=member)
    if not form.is_valid():
        raise ValidationError(
            [
                {
                    "loc": ["body", "payload" if field == "__all__" else field],
                    "msg": str(message),
                    "type": "value_error",
                }
                for field, messages in form.errors.items()
                for message in messages
            ]
        )
    try:
        assignment = workflow.schedule_assignment(**form.cleaned_data, by=member.user)
    except workflow.AuditError as error:
        raise _field_error("shopper", message=str(error)) from None
    return Status(201, _assignment_out(assignment))
