"""Audits in the API: start a draft, fill in its answers, check in, end the visit, submit
it, lock it after review, list audits with scores, read one with its history; answers'
photos (list, download, add, remove); mystery-shop assignments (list, a shopper their
own; one, schedule, cancel), templates (list, one, make,
change or archive), disputes (list, one, raise, decide), the location report and Compare
locations as JSON, and the CSV exports: each as its page does, through the page's form
and the app's own functions.

Every query starts from `for_member`, so another organisation's audit (or another
shopper's) is a 404. Input is validated strictly; errors name the field, as ninja's
422 does (`["body", "payload", "answers", 0, "measured_value"]`).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal
from uuid import UUID

from django.db import transaction
from django.db.models import Count, Prefetch
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Field, File, Query, Router, Schema, UploadedFile
from ninja.errors import HttpError, ValidationError
from pydantic import ConfigDict

from servicegap.audits import exports, photos, reports, scoring, workflow
from servicegap.audits.forms import (
    AnswerForm,
    AssignmentForm,
    AuditFilterForm,
    AuditTemplateForm,
    CheckinForm,
    DisputeForm,
    ResolveForm,
    start_of,
)
from servicegap.audits.models import (
    Assignment,
    Audit,
    AuditAnswer,
    AuditEvent,
    AuditTemplate,
    Dispute,
    Kind,
)
from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import Day, Moment, Offset, Status, field_refused, form_refused
from servicegap.core.auth import membership
from servicegap.core.forms import FIRST_DAY, LAST_DAY
from servicegap.core.models import Location, Membership, P
from servicegap.standards.models import Behaviour

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


EventAction = Literal[
    "started",
    "checked_in",
    "ended",
    "submitted",
    "disputed",
    "upheld",
    "changed",
    "rescored",
    "locked",
]


class AuditEventOut(Schema):
    code: UUID
    action: EventAction
    action_text: str = Field(description="The action as the audit page words it.")
    by: str | None = Field(description="Email of whoever did it; null once they are gone.")
    at: datetime
    answer: UUID | None = Field(description="The answer it is about (disputes), if any.")
    behaviour_text: str | None = Field(description="That answer's behaviour, as audited.")
    detail: str = Field(description="The score, the distance, the reason or the note.")


class AuditDetailOut(AuditOut):
    answers: list[AnswerOut]
    by_p: dict[str, SubScoreOut]
    by_step: list[StepScoreOut]
    history: list[AuditEventOut] = Field(
        description="Who did what and when, oldest first: the audit page's History."
    )


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


def _history(audit: Audit) -> list[dict[str, Any]]:
    """The audit page's History: every event of the audit, oldest first."""
    events = AuditEvent.objects.filter(audit=audit).select_related("by", "answer")
    return [
        {
            "code": event.code,
            "action": event.action,
            "action_text": event.get_action_display(),
            "by": event.by.email if event.by else None,
            "at": event.at,
            "answer": event.answer.code if event.answer else None,
            "behaviour_text": event.answer.behaviour_text if event.answer else None,
            "detail": event.detail,
        }
        for event in events
    ]


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
        "history": _history(audit),
    }


def _audits(member: Membership):
    return Audit.objects.for_member(member).select_related("location", "template", "performed_by")


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
            raise field_refused("assignment", message="A mystery shop needs its assignment.")
        assignment = get_for_member(Assignment, member, code=payload.assignment)
        location, template = assignment.location, assignment.template
    else:
        if payload.location is None:
            raise field_refused("location", message="Give the location's code.")
        if payload.template is None:
            raise field_refused("template", message="Give the template's code.")
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


@router.get(
    "/{uuid:audit_code}",
    response=AuditDetailOut,
    summary="One audit with its answers and its history",
)
def get_audit(request: HttpRequest, audit_code: UUID) -> dict[str, Any]:
    """For whoever may see the audit, as its page: the answers, the scores per P and per
    step, and the history (start, check-in, end of visit, submit, disputes and their
    decisions, re-scoring, lock: who and when)."""
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
        raise field_refused(message="Field required")
    by_behaviour = dict(
        AuditAnswer.objects.filter(audit=audit).values_list("behaviour__code", "pk")
    )
    answers = {a.pk: a for a in AuditAnswer.objects.filter(audit=audit).select_related("audit")}
    for index, item in enumerate(payload.answers):
        if item.behaviour not in by_behaviour:
            raise field_refused(
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


# The visit: check-in, its end, and locking after review --------------------------------


class AuditCheckinIn(StrictIn):
    latitude: Annotated[Decimal, Field(ge=-90, le=90, max_digits=9, decimal_places=6)]
    longitude: Annotated[Decimal, Field(ge=-180, le=180, max_digits=9, decimal_places=6)]
    accuracy: Annotated[int, Field(ge=0, le=1_000_000)] | None = Field(
        None, description="How precise the position is, in metres."
    )


@router.post(
    "/{uuid:audit_code}/checkin",
    response=AuditDetailOut,
    summary="Check in: record where whoever performs a draft is",
)
def checkin(
    request: HttpRequest, audit_code: UUID, payload: AuditCheckinIn | None = None
) -> dict[str, Any]:
    """As the fill page's Check in (`CheckinForm`, `workflow.record_checkin`): the audit
    keeps the position and, when the location has one, `checkin_distance_m` from it.
    Checking in again replaces the position; the audit's history records each."""
    audit = _own_draft(request, audit_code)
    if payload is None:
        raise field_refused(message="Field required")
    data = {name: "" if value is None else str(value) for name, value in payload}
    form = CheckinForm(data)
    position = form.checkin()
    if position is None:
        raise form_refused(form.errors or {"latitude": ["No position was given."]})
    try:
        workflow.record_checkin(audit, position, by=membership(request).user)
    except workflow.AuditClosed as error:
        raise HttpError(409, str(error)) from None
    return _detail(audit)


@router.post(
    "/{uuid:audit_code}/end",
    response=AuditDetailOut,
    summary="End the visit of a draft (the first end is kept)",
)
def end_visit(request: HttpRequest, audit_code: UUID) -> dict[str, Any]:
    """As the fill page's End the visit: `ended_at` is set once; ending again changes
    nothing. Submitting ends a visit not ended yet."""
    audit = _own_draft(request, audit_code)
    try:
        workflow.end_visit(audit, by=membership(request).user)
    except workflow.AuditClosed as error:
        raise HttpError(409, str(error)) from None
    return _detail(audit)


@router.post(
    "/{uuid:audit_code}/lock",
    response=AuditDetailOut,
    summary="Lock a submitted audit: no more disputes",
)
def lock(request: HttpRequest, audit_code: UUID) -> dict[str, Any]:
    """As the audit page's Lock: managers and above, once every dispute is resolved; a
    409 for a draft, an audit already locked or one with an open dispute. The pages
    offer no unlocking."""
    member = membership(request)
    if member.role not in access.LOCATION_MANAGERS:
        raise HttpError(403, "Audits are locked by managers and above.")
    audit = get_object_or_404(_audits(member), code=audit_code)
    try:
        workflow.lock_audit(audit, by=member.user)
    except workflow.AuditError as error:
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
    open: bool | None = Field(
        None,
        description="true: not cancelled and not yet carried out (a shopper's To do on "
        "the audits page); false: cancelled or carried out.",
    )
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
    """As the assignments page for managers and above: the assignments at the locations
    they see. A mystery shopper gets exactly their own, as their audits page lists them
    (`open=true`: its To do list). Supervisors and staff are refused: a mystery shop is
    announced to nobody it checks."""
    member = membership(request)
    if member.role not in workflow.ASSIGNMENT_ROLES:
        raise HttpError(403, "Assignments are seen by managers and the shopper they are for.")
    assignments = (
        Assignment.objects.for_member(member)
        .select_related("location", "template", "shopper__user", "audit")
        .order_by("-window_start", "-pk")
    )
    if filters.open is True:
        assignments = assignments.open()
    elif filters.open is False:
        assignments = assignments.exclude(pk__in=assignments.open().values("pk"))
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
        raise form_refused(form.errors)
    try:
        assignment = workflow.schedule_assignment(**form.cleaned_data, by=member.user)
    except workflow.AuditError as error:
        raise field_refused("shopper", message=str(error)) from None
    return Status(201, _assignment_out(assignment))


@router.get(
    "/assignments/{uuid:assignment_code}",
    response=AssignmentOut,
    summary="One mystery-shop assignment",
)
def get_assignment(request: HttpRequest, assignment_code: UUID) -> dict[str, Any]:
    """As the assignment's page: managers of its location, and the shopper it is for."""
    member = membership(request)
    if member.role not in workflow.ASSIGNMENT_ROLES:
        raise HttpError(403, "Assignments are seen by managers and the shopper they are for.")
    return _assignment_out(_assignment(member, assignment_code))


def _assignment(member: Membership, code: UUID) -> Assignment:
    return get_object_or_404(
        Assignment.objects.for_member(member).select_related(
            "location", "template", "shopper__user", "audit"
        ),
        code=code,
    )


@router.post(
    "/assignments/{uuid:assignment_code}/cancel",
    response=AssignmentOut,
    summary="Withdraw an assignment the shopper has not started",
)
def cancel_assignment(request: HttpRequest, assignment_code: UUID) -> dict[str, Any]:
    """As the page's Cancel button (`workflow.cancel_assignment`): managers and above; a
    409 once the shopper has started the visit or when it was already cancelled."""
    member = _manager(request)
    assignment = _assignment(member, assignment_code)
    if not workflow.cancel_assignment(assignment):
        raise HttpError(409, "This assignment was already started or cancelled.")
    return _assignment_out(_assignment(member, assignment_code))


# Audit templates: Audits → Templates (managers and above) --------------------------------

ChannelValue = Literal["visit", "phone", "online", "delivery"]
PValue = Literal["people", "process", "product"]


class TemplateOut(Schema):
    code: UUID
    name: str
    channel: ChannelValue
    behaviours: list[UUID] = Field(description="Codes of the behaviours it checks.")
    min_visit_minutes: int | None
    is_active: bool = Field(description="In use; false when archived.")
    behaviour_count: int
    audit_count: int = Field(description="Audits made with it (they keep their behaviours).")
    created_at: datetime


class TemplateIn(StrictIn):
    name: str = Field(description="At most 120 characters; unique in the organisation.")
    channel: ChannelValue
    behaviours: Annotated[list[UUID], Field(max_length=1000)] = Field(
        description="Codes of behaviours on the service card (not retired); at least one."
    )
    min_visit_minutes: int | None = Field(
        None, description="A shorter visit is flagged to the manager; null for no minimum."
    )
    is_active: bool = True


class TemplateChangeIn(StrictIn):
    """Only the fields given change; `is_active: false` archives the template."""

    name: str | None = None
    channel: ChannelValue | None = None
    behaviours: Annotated[list[UUID], Field(max_length=1000)] | None = None
    min_visit_minutes: int | None = None
    is_active: bool | None = None


def _template_manager(request: HttpRequest) -> Membership:
    member = membership(request)
    if member.role not in access.LOCATION_MANAGERS:
        raise HttpError(403, "Audit templates are made by managers and above.")
    return member


def _templates(member: Membership):
    return (
        AuditTemplate.objects.for_member(member)
        .annotate(
            behaviour_count=Count("behaviours", distinct=True),
            audit_count=Count("audits", distinct=True),
        )
        .prefetch_related(Prefetch("behaviours", queryset=Behaviour.objects.only("code")))
    )


def _template_out(template: AuditTemplate) -> dict[str, Any]:
    return {
        "code": template.code,
        "name": template.name,
        "channel": template.channel,
        "behaviours": sorted(b.code for b in template.behaviours.all()),
        "min_visit_minutes": template.min_visit_minutes,
        "is_active": template.is_active,
        "behaviour_count": template.behaviour_count,
        "audit_count": template.audit_count,
        "created_at": template.created_at,
    }


def _save_template(member: Membership, data: dict[str, Any], instance: AuditTemplate | None):
    """Through the page's form, as the page saves it."""
    form_data = {
        "name": data["name"],
        "channel": data["channel"],
        "behaviours": [str(code) for code in data["behaviours"]],
        "min_visit_minutes": "" if data["min_visit_minutes"] is None else data["min_visit_minutes"],
        "is_active": data["is_active"],
    }
    form = AuditTemplateForm(form_data, instance=instance, membership=member)
    if not form.is_valid():
        raise form_refused(form.errors)
    return form.save()


@router.get("/templates", response=list[TemplateOut], summary="The organisation's audit templates")
def list_templates(request: HttpRequest) -> list[dict[str, Any]]:
    """By name, archived ones too (`is_active` false), as the templates page."""
    return [_template_out(t) for t in _templates(_template_manager(request))]


@router.get(
    "/templates/{uuid:audittemplate_code}", response=TemplateOut, summary="One audit template"
)
def get_template(request: HttpRequest, audittemplate_code: UUID) -> dict[str, Any]:
    member = _template_manager(request)
    return _template_out(get_object_or_404(_templates(member), code=audittemplate_code))


@router.post("/templates", response={201: TemplateOut}, summary="Make an audit template")
def create_template(request: HttpRequest, payload: TemplateIn) -> Any:
    """As the page's form: a name not yet taken (whatever its case), behaviours on the
    service card; a 422 names the field."""
    member = _template_manager(request)
    template = _save_template(member, payload.model_dump(), None)
    return Status(201, _template_out(_templates(member).get(pk=template.pk)))


@router.patch(
    "/templates/{uuid:audittemplate_code}",
    response=TemplateOut,
    summary="Change an audit template, or archive it (is_active false)",
)
def update_template(
    request: HttpRequest, audittemplate_code: UUID, payload: TemplateChangeIn | None = None
) -> dict[str, Any]:
    """Audits already made keep the behaviours, wording and weights they were given. A
    template is archived, not deleted: audits refer to it."""
    member = _template_manager(request)
    template = get_object_or_404(_templates(member), code=audittemplate_code)
    if payload is None:
        raise field_refused(message="Field required")
    data = {
        "name": template.name,
        "channel": template.channel,
        "behaviours": [b.code for b in template.behaviours.all()],
        "min_visit_minutes": template.min_visit_minutes,
        "is_active": template.is_active,
    }
    given = payload.model_dump(exclude_unset=True)
    for name in ("name", "channel", "behaviours", "is_active"):
        if given.get(name, "") is None:
            raise field_refused(name, message="This field cannot be null.")
    data.update(given)
    _save_template(member, data, template)
    return _template_out(_templates(member).get(pk=template.pk))


# Disputes: a manager challenges an answer; the owner or the auditor decides -------------

OutcomeValue = Literal["upheld", "changed"]


class DisputeOut(Schema):
    code: UUID
    audit: UUID
    answer: UUID
    behaviour: UUID
    behaviour_text: str
    answer_result: ResultValue | None = Field(description="The answer's result now.")
    answer_measured_value: float | None
    reason: str
    raised_by: str | None
    raised_at: datetime
    open: bool
    outcome: OutcomeValue | None = Field(
        description="upheld: the answer stands; changed: the answer was corrected."
    )
    resolution: str
    resolved_by: str | None
    resolved_at: datetime | None
    audit_score: float | None = Field(description="The audit's score now (re-scored on change).")


class DisputePage(Schema):
    count: int
    items: list[DisputeOut]


class DisputeFilters(Schema):
    audit: UUID | None = Field(None, description="Only the disputes of this audit.")
    open: bool | None = Field(None, description="true: waiting for a decision; false: decided.")
    to_resolve: bool = Field(
        False, description="Only the open disputes the caller is asked to decide."
    )
    limit: Annotated[int, Field(ge=1, le=200)] = 50
    offset: Offset = 0


class DisputeIn(StrictIn):
    reason: str = Field(description="Why the answer is wrong; at most 2,000 characters.")


class DisputeResolveIn(StrictIn):
    outcome: OutcomeValue = Field(description="upheld (the answer stands) or changed.")
    result: ResultValue | None = Field(None, description="The new result, when changed.")
    measured_value: Annotated[Decimal, Field(ge=0, max_digits=9, decimal_places=2)] | None = Field(
        None, description="A new measured value (answers with a target only)."
    )
    note: str = ""


def _disputes(member: Membership):
    return Dispute.objects.for_member(member).select_related(
        "answer__audit", "answer__behaviour", "raised_by", "resolved_by"
    )


def _dispute_out(dispute: Dispute) -> dict[str, Any]:
    answer = dispute.answer
    audit = answer.audit
    return {
        "code": dispute.code,
        "audit": audit.code,
        "answer": answer.code,
        "behaviour": answer.behaviour.code,
        "behaviour_text": answer.behaviour_text,
        "answer_result": answer.result or None,
        "answer_measured_value": _float(answer.measured_value),
        "reason": dispute.reason,
        "raised_by": dispute.raised_by.email if dispute.raised_by else None,
        "raised_at": dispute.raised_at,
        "open": dispute.is_open,
        "outcome": dispute.outcome or None,
        "resolution": dispute.resolution,
        "resolved_by": dispute.resolved_by.email if dispute.resolved_by else None,
        "resolved_at": dispute.resolved_at,
        "audit_score": _float(audit.score) if audit.is_final else None,
    }


@router.get("/disputes", response=DisputePage, summary="Disputes of the audits the caller sees")
def list_disputes(request: HttpRequest, filters: Query[DisputeFilters]) -> dict[str, Any]:
    """Oldest first. `to_resolve` keeps those waiting for the caller: every open one for
    the owner, those of the audits they performed for anyone else."""
    member = membership(request)
    if filters.to_resolve:
        disputes = workflow.disputes_to_resolve(member).select_related(
            "answer__audit", "answer__behaviour", "raised_by", "resolved_by"
        )
    else:
        disputes = _disputes(member)
    if filters.audit is not None:
        disputes = disputes.filter(
            answer__audit=get_object_or_404(_audits(member), code=filters.audit)
        )
    if filters.open is not None:
        disputes = disputes.filter(outcome="") if filters.open else disputes.exclude(outcome="")
    page = disputes[filters.offset : filters.offset + filters.limit]
    return {"count": disputes.count(), "items": [_dispute_out(d) for d in page]}


@router.get("/disputes/{uuid:dispute_code}", response=DisputeOut, summary="One dispute")
def get_dispute(request: HttpRequest, dispute_code: UUID) -> dict[str, Any]:
    return _dispute_out(get_object_or_404(_disputes(membership(request)), code=dispute_code))


@router.post(
    "/answers/{uuid:auditanswer_code}/disputes",
    response={201: DisputeOut},
    summary="Dispute an answer of a submitted audit",
)
def raise_dispute(
    request: HttpRequest, auditanswer_code: UUID, payload: DisputeIn | None = None
) -> Any:
    """As the answer's Dispute page: managers and above of the audit's location, not
    whoever performed it; a 409 when the audit is a draft or locked, or the answer is
    already disputed. The answer is looked up before the body is read: another
    organisation's, or one at a location the member does not see, is a 404 whatever
    was sent."""
    member = membership(request)
    if member.role not in access.LOCATION_MANAGERS:
        raise HttpError(403, "Answers are disputed by managers and above.")
    answer = get_object_or_404(
        AuditAnswer.objects.for_member(member).select_related("audit__location"),
        code=auditanswer_code,
    )
    if payload is None:
        raise field_refused(message="Field required")
    form = DisputeForm(payload.model_dump())
    if not form.is_valid():
        raise form_refused(form.errors)
    audit = answer.audit
    if audit.status != Audit.Status.SUBMITTED:
        raise HttpError(409, "Only a submitted audit, not yet locked, can be disputed.")
    if audit.is_performer(member):
        raise HttpError(403, "Whoever performed an audit does not dispute its answers.")
    try:
        dispute = workflow.dispute_answer(answer, reason=form.cleaned_data["reason"], by=member)
    except workflow.AuditError as error:
        raise HttpError(409, str(error)) from None
    return Status(201, _dispute_out(_disputes(member).get(pk=dispute.pk)))


@router.post(
    "/disputes/{uuid:dispute_code}/resolve",
    response=DisputeOut,
    summary="Decide a dispute: uphold the answer or change it (the audit is re-scored)",
)
def resolve_dispute(
    request: HttpRequest, dispute_code: UUID, payload: DisputeResolveIn | None = None
) -> dict[str, Any]:
    """The owner, or whoever performed the audit. `changed` needs the new `result` (or a
    `measured_value`, which decides it against the answer's target). A 409 when the
    dispute was already decided."""
    member = membership(request)
    dispute = get_object_or_404(_disputes(member), code=dispute_code)
    if not dispute.is_open:
        raise HttpError(409, "This dispute was already resolved.")
    if not workflow.can_resolve(dispute, member):
        raise HttpError(403, "Only the owner or whoever performed the audit resolves a dispute.")
    if payload is None:
        raise field_refused(message="Field required")
    answer = dispute.answer
    if payload.measured_value is not None and not answer.is_measured:
        raise field_refused("measured_value", message="This behaviour has no target to measure.")
    data = {name: "" if value is None else value for name, value in payload.model_dump().items()}
    form = ResolveForm(data, answer=answer)
    if not form.is_valid():
        raise form_refused(form.errors)
    cleaned = form.cleaned_data
    try:
        workflow.resolve_dispute(
            dispute,
            outcome=cleaned["outcome"],
            result=cleaned["result"],
            measured_value=cleaned.get("measured_value"),
            note=cleaned["note"],
            by=member,
        )
    except workflow.AuditError as error:
        raise HttpError(409, str(error)) from None
    return _dispute_out(_disputes(member).get(pk=dispute.pk))


# Answer photos: the fill page's Photo of an answer --------------------------------------


class AnswerPhotoOut(Schema):
    answer: UUID
    url: str = Field(description="Where the API serves it.")
    content_type: str
    size: int | None = Field(description="Bytes; null when the file cannot be read.")


def _photo_out(answer: AuditAnswer) -> dict[str, Any]:
    try:
        size = answer.photo.size
    except OSError:
        size = None
    return {
        "answer": answer.code,
        "url": reverse("api:audits_answer_photo", kwargs={"auditanswer_code": answer.code}),
        "content_type": photos.content_type(answer),
        "size": size,
    }


def _visible_answer(member: Membership, code: UUID) -> AuditAnswer:
    return get_object_or_404(
        AuditAnswer.objects.for_member(member).select_related("audit"), code=code
    )


def _own_draft_answer(request: HttpRequest, code: UUID) -> AuditAnswer:
    member = membership(request)
    answer = _visible_answer(member, code)
    if not answer.audit.is_performer(member):
        raise HttpError(403, "Only whoever performs the audit changes its photos.")
    if not answer.audit.is_draft:
        raise HttpError(409, "This audit was submitted and is read-only.")
    return answer


def _answer_form(answer: AuditAnswer, **changes: Any) -> AnswerForm:
    """The page's form for `answer` as it stands, with the photo `changes` applied."""
    files = {"photo": changes.pop("photo")} if "photo" in changes else {}
    data = {
        "result": answer.result,
        "measured_value": "" if answer.measured_value is None else str(answer.measured_value),
        "note": answer.note,
        **changes,
    }
    return AnswerForm(data, files)


def _refuse_unknown_parts(request: HttpRequest) -> None:
    """A multipart part other than `photo` is refused, as `extra="forbid"` refuses an
    unknown field of a JSON body (ninja reads only the parts it knows)."""
    unknown = sorted(set(request.POST)) + sorted(set(request.FILES) - {"photo"})
    if unknown:
        raise ValidationError(
            [
                {
                    "loc": ["form", name],
                    "msg": "Extra inputs are not permitted",
                    "type": "extra_forbidden",
                }
                for name in unknown
            ]
        )


@router.get(
    "/answers/{uuid:auditanswer_code}/photos",
    response=list[AnswerPhotoOut],
    summary="An answer's photos (an answer has at most one)",
)
def list_answer_photos(request: HttpRequest, auditanswer_code: UUID) -> list[dict[str, Any]]:
    """For whoever may see the answer's audit; empty when it has no photo."""
    answer = _visible_answer(membership(request), auditanswer_code)
    return [_photo_out(answer)] if answer.photo else []


PHOTO_CONTENT = {kind: {"schema": {"type": "string", "format": "binary"}} for kind in [
    "image/jpeg", "image/png", "image/gif", "image/webp", "application/octet-stream"
]}  # fmt: skip


@router.get(
    "/answers/{uuid:auditanswer_code}/photo",
    summary="Download an answer's photo",
    url_name="audits_answer_photo",
    openapi_extra={
        "responses": {
            200: {
                "description": "The photo as the page serves it: inline, cached privately "
                "for an hour; a file stored under another name is served as a download.",
                "content": PHOTO_CONTENT,
            }
        }
    },
)
def download_answer_photo(request: HttpRequest, auditanswer_code: UUID) -> HttpResponseBase:
    """For whoever may see the answer's audit; a 404 when the answer has no photo."""
    return photos.photo_response(_visible_answer(membership(request), auditanswer_code))


@router.post(
    "/answers/{uuid:auditanswer_code}/photo",
    response={201: AnswerPhotoOut},
    summary="Add a photo to an answer of a draft (replacing its photo)",
)
def upload_answer_photo(
    request: HttpRequest, auditanswer_code: UUID, photo: File[UploadedFile] = None
) -> Any:
    """Multipart, the part `photo`: a JPEG, PNG, GIF or WebP image of at most 10 MB, as
    the fill page takes it; whoever performs the audit, while it is a draft. The answer's
    result, measure and note stay as they are; a photo it had is removed. The answer is
    looked up first: another organisation's, or one out of the member's scope, is a 404
    whatever was sent."""
    answer = _own_draft_answer(request, auditanswer_code)
    if photo is None:
        raise field_refused("photo", message="Field required")
    _refuse_unknown_parts(request)
    form = _answer_form(answer, photo=photo)
    if not form.is_valid():
        raise form_refused(form.errors)
    try:
        form.save(answer)
    except workflow.AuditClosed as error:
        raise HttpError(409, str(error)) from None
    return Status(201, _photo_out(answer))


@router.delete(
    "/answers/{uuid:auditanswer_code}/photo",
    response={204: None},
    summary="Remove an answer's photo (a draft's)",
    openapi_extra={
        "responses": {
            409: {
                "description": "The audit was submitted: its photos stay.",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Detail"}}
                },
            }
        }
    },
)
def delete_answer_photo(request: HttpRequest, auditanswer_code: UUID) -> Any:
    """As the fill page's Remove the photo: whoever performs the audit, while it is a
    draft; a 404 when the answer has no photo."""
    answer = _own_draft_answer(request, auditanswer_code)
    if not answer.photo:
        raise HttpError(404, "This answer has no photo.")
    form = _answer_form(answer, remove_photo="on")
    if not form.is_valid():
        raise form_refused(form.errors)
    try:
        form.save(answer)
    except workflow.AuditClosed as error:
        raise HttpError(409, str(error)) from None
    return Status(204, None)


# Reports: a location's report and Compare locations, as their pages count ---------------


class AuditCellOut(Schema):
    score: float | None = Field(description="0–100, pooled weights; null when nothing applied.")
    audits: int = Field(description="How many audits the score rests on.")
    too_few: bool = Field(description="Fewer audits than min_audits.")
    passed_weight: int | None
    applicable_weight: int | None
    answers: int | None = Field(description="Applicable answers the score rests on.")


class TrendCellOut(Schema):
    score: float | None = Field(description="Mean of the month's audit scores (caps included).")
    audits: int
    too_few: bool


class TrendMonthOut(Schema):
    month: date
    observed: TrendCellOut
    believed: TrendCellOut


class FailureOut(Schema):
    behaviour: UUID
    behaviour_text: str
    p: PValue
    step: str
    failed: int = Field(description="Audits where it failed…")
    audits: int = Field(description="…of the audits where it applied.")


class StepRowOut(Schema):
    step: UUID
    step_name: str
    cells: dict[PValue, AuditCellOut]


class LensOut(Schema):
    p: PValue
    believed: AuditCellOut
    observed: AuditCellOut
    gap: float | None = Field(description="Believed minus observed, when both are known.")


class LocationReportOut(Schema):
    location: UUID
    location_name: str
    months: int
    since: date
    min_audits: int
    trend: list[TrendMonthOut]
    failures: list[FailureOut] = Field(description="What fails most (observed), at most 10.")
    steps: list[StepRowOut] = Field(description="Observed scores per journey step and P.")
    observed_by_p: dict[PValue, AuditCellOut]
    lenses: list[LensOut] = Field(description="Believed against observed, per P.")


class ReportQuery(Schema):
    months: Annotated[int, Field(ge=1, le=36)] = Field(
        reports.DEFAULT_MONTHS, description="This month and the months before it."
    )


def _report_reader(request: HttpRequest) -> Membership:
    member = membership(request)
    if member.role not in access.TEAM:
        raise HttpError(403, "Reports are for the team: staff and above.")
    return member


def _cell(cell: reports.Cell) -> dict[str, Any]:
    return {
        "score": _float(cell.score),
        "audits": cell.audits,
        "too_few": cell.too_few,
        "passed_weight": cell.passed_weight,
        "applicable_weight": cell.applicable_weight,
        "answers": cell.answers,
    }


def _trend_cell(cell: reports.Cell) -> dict[str, Any]:
    return {"score": _float(cell.score), "audits": cell.audits, "too_few": cell.too_few}


@router.get(
    "/locations/{uuid:location_code}/report",
    response=LocationReportOut,
    summary="A location's audit report: trend, what fails most, scores per step and P",
)
def location_report(
    request: HttpRequest, location_code: UUID, query: Query[ReportQuery]
) -> dict[str, Any]:
    """The figures of the location's report page (`reports.location_report`), each with
    the audits (and weights) it rests on, over `months` months."""
    member = _report_reader(request)
    location = get_for_member(Location, member, code=location_code)
    r = reports.location_report(member, location, months=query.months)
    return {
        "location": location.code,
        "location_name": location.name,
        "months": r["months"],
        "since": r["since"],
        "min_audits": r["min_audits"],
        "trend": [
            {
                "month": row["month"],
                "observed": _trend_cell(row["cells"][0]),
                "believed": _trend_cell(row["cells"][1]),
            }
            for row in r["trend_table"]
        ],
        "failures": [
            {
                "behaviour": row["behaviour__code"],
                "behaviour_text": row["behaviour__text"],
                "p": row["p"],
                "step": row["step_name"],
                "failed": row["failed"],
                "audits": row["audits"],
            }
            for row in r["failures"]
        ],
        "steps": [
            {
                "step": row["step"].code,
                "step_name": row["step"].name,
                "cells": {p.value: _cell(c) for p, c in zip(P, row["cells"], strict=True)},
            }
            for row in r["matrix"]
        ],
        "observed_by_p": {p.value: _cell(c) for p, c in zip(P, r["observed_totals"], strict=True)},
        "lenses": [
            {
                "p": p.value,
                "believed": _cell(lens["believed"]),
                "observed": _cell(lens["observed"]),
                "gap": _float(lens["gap"]),
            }
            for p, lens in zip(P, r["lenses"], strict=True)
        ],
    }


class CompareLocationOut(Schema):
    code: UUID
    name: str


class CompareKindOut(Schema):
    kind: KindValue
    overall: list[AuditCellOut] = Field(description="One cell per location, in `locations` order.")
    by_p: dict[PValue, list[AuditCellOut]]


class CompareOut(Schema):
    months: int
    since: date
    min_audits: int
    locations: list[CompareLocationOut]
    kinds: list[CompareKindOut]


@router.get(
    "/compare",
    response=CompareOut,
    summary="Locations side by side: per kind of audit, the score overall and per P",
)
def compare(request: HttpRequest, query: Query[ReportQuery]) -> dict[str, Any]:
    """The figures of Compare locations (`reports.comparison`): the active locations the
    caller sees, each score with the audits and weights it rests on."""
    member = _report_reader(request)
    r = reports.comparison(member, months=query.months)
    kinds = []
    for kind, group in zip(reports.KIND_ORDER, r["groups"], strict=True):
        overall, *per_p = group["rows"]
        kinds.append(
            {
                "kind": kind.value,
                "overall": [_cell(c) for c in overall["cells"]],
                "by_p": {
                    p.value: [_cell(c) for c in row["cells"]]
                    for p, row in zip(P, per_p, strict=True)
                },
            }
        )
    return {
        "months": r["months"],
        "since": r["since"],
        "min_audits": r["min_audits"],
        "locations": [{"code": loc.code, "name": loc.name} for loc in r["locations"]],
        "kinds": kinds,
    }


# Exports: the audit list's CSV downloads --------------------------------------------------


class ExportFilters(Schema):
    location: UUID | None = Field(None, description="Location code.")
    kind: KindValue | None = None
    lens: Literal["observed", "believed"] | None = None
    status: StatusValue | None = Field(None, description="Audits only.")
    behaviour: UUID | None = Field(None, description="Behaviour code: audits that checked it.")
    step: UUID | None = Field(None, description="Journey step code.")
    p: PValue | None = None
    result: ResultValue | None = Field(None, description="With the conditions above, if any.")
    since: Day | None = Field(
        None, ge=FIRST_DAY, le=LAST_DAY, description="Performed on or after this day."
    )
    until: Day | None = Field(
        None, ge=FIRST_DAY, le=LAST_DAY, description="Performed on or before this day."
    )


def _export(request: HttpRequest, filters: ExportFilters, kind: str) -> HttpResponseBase:
    member = membership(request)
    if member.role not in access.SUPERVISORS:
        raise HttpError(403, "Exports are for supervisors and above.")
    if filters.location is not None:  # out of the caller's scope: a 404, as the audit list
        get_for_member(Location, member, code=filters.location)
    data = {name: str(value) for name, value in filters.model_dump().items() if value is not None}
    form = AuditFilterForm(data, membership=member)
    if not form.is_valid():
        raise ValidationError(
            [
                {"loc": ["query", name], "msg": str(message), "type": "value_error"}
                for name, messages in form.errors.items()
                for message in messages
            ]
        )
    return exports.filtered_csv(form, kind)


def _csv_doc(what: str) -> dict[str, Any]:
    return {
        "responses": {
            200: {
                "description": f"{what}, as the page's download: one row each, text that a "
                "spreadsheet would run as a formula prefixed with a quote.",
                "content": {"text/csv": {"schema": {"type": "string"}}},
            }
        }
    }


@router.get(
    "/export/audits.csv",
    summary="Download the audits as CSV, filtered as the audit list",
    openapi_extra=_csv_doc("The audits"),
)
def export_audits(request: HttpRequest, filters: Query[ExportFilters]) -> HttpResponseBase:
    return _export(request, filters, "audits")


@router.get(
    "/export/answers.csv",
    summary="Download the answers of submitted audits as CSV, filtered as the audit list",
    openapi_extra=_csv_doc("The answers of submitted or locked audits"),
)
def export_answers(request: HttpRequest, filters: Query[ExportFilters]) -> HttpResponseBase:
    return _export(request, filters, "answers")
