"""Pages of the audits app: thin views over `workflow`, `scoring` and `reports`."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Prefetch
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from servicegap.audits import exports, photos, reports, scoring, workflow
from servicegap.audits.forms import (
    AnswerForm,
    AssignmentForm,
    AuditFilterForm,
    AuditTemplateForm,
    CheckinForm,
    DisputeForm,
    ResolveForm,
    StartAuditForm,
)
from servicegap.audits.models import (
    Assignment,
    Audit,
    AuditAnswer,
    AuditEvent,
    AuditTemplate,
    Dispute,
    Kind,
    Result,
)
from servicegap.core import access
from servicegap.core.access import MemberRequest, get_for_member, member_required
from servicegap.core.models import Location, Role

ASSIGNMENT_ROLES = workflow.ASSIGNMENT_ROLES
PAGE_SIZE = 50


def _render(request: MemberRequest, template: str, context: dict, status: int = 200):
    """Render (in the organisation's time zone, which MembershipMiddleware makes current)."""
    return render(request, template, context, status=status)


def _fetch(queryset, membership, **lookup):
    """`get_for_member` for a queryset with its joins: through `for_member`, else a 404."""
    return get_object_or_404(queryset.for_member(membership), **lookup)


def _tz(request: MemberRequest):
    return request.membership.organization.tz


# The list ---------------------------------------------------------------------------------


@member_required()
def audit_list(request: MemberRequest) -> HttpResponse:
    """Shoppers: their assignments and audits. Everyone else: the audits they may see."""
    membership = request.membership
    if membership.role == Role.SHOPPER:
        return _shopper_home(request)
    form = AuditFilterForm(request.GET or None, membership=membership)
    audits = form.filter(
        Audit.objects.for_member(membership).select_related("location", "template", "performed_by"),
        tz=_tz(request),
    )
    page = Paginator(audits, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return _render(
        request,
        "audits/audit_list.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "in_words": form.in_words(page.paginator.count),
            "locations": membership.visible_locations().active(),
            "can_start": bool(workflow.kinds_for(membership)),
            "can_manage": membership.role in access.LOCATION_MANAGERS,
            "can_export": membership.role in access.SUPERVISORS,
            "disputes": _disputes_waiting(membership),
            "min_audits": scoring.MIN_AUDITS,
        },
    )


def _shopper_home(request: MemberRequest) -> HttpResponse:
    membership = request.membership
    assignments = (
        Assignment.objects.for_member(membership)
        .open()
        .select_related("location", "template", "audit")
        .order_by("window_end", "pk")
    )
    audits = (
        Audit.objects.for_member(membership)
        .select_related("location", "template")
        .order_by("-performed_at")[:PAGE_SIZE]
    )
    return _render(
        request,
        "audits/shopper_home.html",
        {
            "assignments": assignments,
            "audits": audits,
            "disputes": _disputes_waiting(membership),
            "today": timezone.localdate(),
        },
    )


def _disputes_waiting(membership) -> list[Dispute]:
    """Open disputes this member is asked to resolve (the owner: all; others: their own)."""
    disputes = workflow.disputes_to_resolve(membership)
    return list(disputes.select_related("answer__audit__location", "raised_by")[:20])


# Templates --------------------------------------------------------------------------------


@member_required(access.LOCATION_MANAGERS)
def template_list(request: MemberRequest) -> HttpResponse:
    templates = AuditTemplate.objects.for_member(request.membership).annotate(
        behaviour_count=Count("behaviours", distinct=True),
        audit_count=Count("audits", distinct=True),
    )
    return _render(request, "audits/template_list.html", {"templates": templates})


def _template_form(request: MemberRequest, instance: AuditTemplate | None) -> HttpResponse:
    form = AuditTemplateForm(request.POST or None, instance=instance, membership=request.membership)
    if request.method == "POST" and form.is_valid():
        template = form.save()
        messages.success(request, _("Saved the template %(name)s.") % {"name": template.name})
        return redirect("audits:template-list")
    title = _("New audit template") if instance is None else _("Edit %(name)s") % {"name": instance}
    return _render(
        request,
        "core/form.html",
        {
            "form": form,
            "title": title,
            "intro": _(
                "Choose what to check. Audits already made keep the behaviours, wording "
                "and weights they were given."
            ),
            "cancel_url": reverse("audits:template-list"),
        },
        status=400 if form.is_bound else 200,
    )


@member_required(access.LOCATION_MANAGERS)
def template_create(request: MemberRequest) -> HttpResponse:
    return _template_form(request, None)


@member_required(access.LOCATION_MANAGERS)
def template_edit(request: MemberRequest, audittemplate_code: UUID) -> HttpResponse:
    template = get_for_member(AuditTemplate, request.membership, code=audittemplate_code)
    return _template_form(request, template)


# Assignments ------------------------------------------------------------------------------


@member_required(access.LOCATION_MANAGERS)
def assignment_list(request: MemberRequest) -> HttpResponse:
    assignments = (
        Assignment.objects.for_member(request.membership)
        .select_related("location", "template", "shopper__user", "audit")
        .order_by("-window_start", "-pk")
    )
    page = Paginator(assignments, PAGE_SIZE).get_page(request.GET.get("page"))
    return _render(request, "audits/assignment_list.html", {"page": page})


@member_required(access.LOCATION_MANAGERS)
def assignment_create(request: MemberRequest) -> HttpResponse:
    form = AssignmentForm(request.POST or None, membership=request.membership)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        assignment = workflow.schedule_assignment(
            location=data["location"],
            template=data["template"],
            shopper=data["shopper"],
            window_start=data["window_start"],
            window_end=data["window_end"],
            instructions=data["instructions"],
            by=request.user,
        )
        messages.success(
            request,
            _("%(email)s is asked to visit %(location)s.")
            % {"email": assignment.shopper.user.email, "location": assignment.location},
        )
        return redirect("audits:assignment-list")
    return _render(
        request,
        "core/form.html",
        {
            "form": form,
            "title": _("Schedule a mystery shop"),
            "intro": _("The shopper sees the assignment on their audits page; the team does not."),
            "cancel_url": reverse("audits:assignment-list"),
            "submit_label": _("Schedule"),
        },
        status=400 if form.is_bound else 200,
    )


def _get_assignment(request: MemberRequest, code: UUID) -> Assignment:
    access.require_role(request.membership, ASSIGNMENT_ROLES)
    return _fetch(
        Assignment.objects.select_related("location", "template", "shopper__user"),
        request.membership,
        code=code,
    )


@member_required(ASSIGNMENT_ROLES)
def assignment_detail(request: MemberRequest, assignment_code: UUID) -> HttpResponse:
    assignment = _get_assignment(request, assignment_code)
    audit = Audit.objects.filter(assignment=assignment).first()
    return _render(
        request,
        "audits/assignment_detail.html",
        {
            "assignment": assignment,
            "audit": audit,
            "is_shopper": assignment.shopper_id == request.membership.pk,
            "can_cancel": request.membership.role in access.LOCATION_MANAGERS and audit is None,
            "today": timezone.localdate(),
        },
    )


@require_POST
@member_required({Role.SHOPPER})
def assignment_start(request: MemberRequest, assignment_code: UUID) -> HttpResponse:
    """Start (or resume) the visit; the browser's position is kept if the shopper allowed it."""
    assignment = _get_assignment(request, assignment_code)
    checkin = CheckinForm(request.POST).checkin()
    try:
        audit = workflow.start_audit(
            kind=Kind.MYSTERY_SHOP,
            location=assignment.location,
            template=assignment.template,
            by=request.membership,
            assignment=assignment,
            checkin=checkin,
        )
    except workflow.AuditError as error:
        messages.error(request, str(error))
        return redirect(assignment.get_absolute_url())
    return redirect("audits:audit-fill", audit_code=audit.code)


@require_POST
@member_required(access.LOCATION_MANAGERS)
def assignment_cancel(request: MemberRequest, assignment_code: UUID) -> HttpResponse:
    assignment = _get_assignment(request, assignment_code)
    if workflow.cancel_assignment(assignment):
        messages.success(request, _("The assignment was cancelled."))
    else:
        messages.warning(request, _("This assignment was already started or cancelled."))
    return redirect("audits:assignment-list")


# Starting a self-assessment or an observation -------------------------------------------


@member_required(access.TEAM)
def audit_start(request: MemberRequest) -> HttpResponse:
    form = StartAuditForm(request.POST or None, membership=request.membership)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        audit = workflow.start_audit(
            kind=data["kind"],
            location=data["location"],
            template=data["template"],
            by=request.membership,
        )
        return redirect("audits:audit-fill", audit_code=audit.code)
    return _render(
        request,
        "core/form.html",
        {
            "form": form,
            "title": _("Start an audit"),
            "intro": _(
                "A self-assessment says how well you think your location serves (what we "
                "believe); an observation records a spot check (what is observed)."
            ),
            "cancel_url": reverse("audits:list"),
            "submit_label": _("Start"),
        },
        status=400 if form.is_bound else 200,
    )


# One audit ----------------------------------------------------------------------------------


def _get_audit(request: MemberRequest, code: UUID) -> Audit:
    return _fetch(
        Audit.objects.select_related("location", "template", "performed_by", "assignment"),
        request.membership,
        code=code,
    )


def _answers(audit: Audit):
    return audit.answers.select_related("step").prefetch_related(
        Prefetch("disputes", queryset=Dispute.objects.select_related("raised_by", "resolved_by"))
    )


@member_required()
def audit_detail(request: MemberRequest, audit_code: UUID) -> HttpResponse:
    audit = _get_audit(request, audit_code)
    membership = request.membership
    answers = list(_answers(audit))
    for answer in answers:
        answer.open_dispute = next((d for d in answer.disputes.all() if d.is_open), None)
    result = scoring.score_answers(answers)
    events = AuditEvent.objects.filter(audit=audit).select_related("by", "answer")
    return _render(
        request,
        "audits/audit_detail.html",
        {
            "audit": audit,
            "answers": answers,
            "result": result,
            "by_p": reports.sub_scores_by_p(result),
            "by_step": reports.sub_scores_by_step(result, answers),
            "events": events,
            "can_fill": workflow.can_fill(audit, membership),
            "can_dispute": workflow.can_dispute(audit, membership),
            "can_lock": audit.status == Audit.Status.SUBMITTED
            and membership.role in access.LOCATION_MANAGERS,
            "can_resolve_any": membership.role == Role.OWNER or audit.is_performer(membership),
            "sees_checkin": membership.role in access.LOCATION_MANAGERS,
        },
    )


def _fill_forms(audit: Audit, answers: list[AuditAnswer], data=None, files=None):
    return [
        (
            answer,
            AnswerForm(
                data,
                files,
                prefix=str(answer.code),
                initial={
                    "result": answer.result,
                    "measured_value": answer.measured_value,
                    "note": answer.note,
                },
            ),
        )
        for answer in answers
    ]


def _fill_page(request, audit, pairs, *, missing=(), status=200) -> HttpResponse:
    return _render(
        request,
        "audits/audit_fill.html",
        {
            "audit": audit,
            "pairs": pairs,
            "missing": missing,
            "pairs_invalid": status == 400 and not missing,
            "result_choices": Result.choices,
            "answered": sum(1 for answer, _form in pairs if answer.result),
        },
        status=status,
    )


def _closed(request: MemberRequest, audit: Audit) -> HttpResponse:
    message = _("This audit was submitted and is read-only.")
    if request.htmx:
        return HttpResponse(message, status=409)
    messages.error(request, message)
    response = _render(request, "audits/closed.html", {"audit": audit, "message": message})
    response.status_code = 409
    return response


@member_required()
def audit_fill(request: MemberRequest, audit_code: UUID) -> HttpResponse:
    """Fill in a draft: each answer is saved as it changes (htmx), or all at once (no JS)."""
    audit = _get_audit(request, audit_code)
    if not audit.is_performer(request.membership):
        raise PermissionDenied
    if not audit.is_draft:
        if request.method == "POST":
            return _closed(request, audit)
        return redirect(audit.get_absolute_url())
    answers = list(audit.answers.all())
    if request.method != "POST":
        return _fill_page(request, audit, _fill_forms(audit, answers))
    pairs = _fill_forms(audit, answers, request.POST, request.FILES)
    if not all(form.is_valid() for _answer, form in pairs):
        return _fill_page(request, audit, pairs, status=400)
    try:
        with transaction.atomic():
            for answer, form in pairs:
                if form.has_changed():
                    form.save(answer)
    except workflow.AuditClosed:
        return _closed(request, audit)
    if request.POST.get("action") == "submit":
        return _submit(request, audit)
    messages.success(request, _("Your answers are saved."))
    return redirect("audits:audit-fill", audit_code=audit.code)


def _submit(request: MemberRequest, audit: Audit) -> HttpResponse:
    """Submit once the performer has confirmed it (a submitted audit cannot be changed);
    until then, the answers missing, or the page that asks for the confirmation."""
    answers = list(audit.answers.all())
    missing = [a for a in answers if not a.result]
    if missing:
        return _fill_page(request, audit, _fill_forms(audit, answers), missing=missing, status=400)
    if request.POST.get("confirmed") != "yes":
        # Submitting ends a visit not ended yet: say how long it will have lasted.
        audit.ended_at = audit.ended_at or timezone.now()  # shown, not saved
        return _render(
            request,
            "audits/audit_confirm.html",
            {"audit": audit, "answered": len(answers), "minutes": audit.visit_minutes},
        )
    try:
        result = workflow.submit_audit(audit, by=request.user)
    except workflow.MissingAnswers as error:
        missing_ids = {a.pk for a in error.answers}
        return _fill_page(
            request,
            audit,
            _fill_forms(audit, answers),
            missing=[a for a in answers if a.pk in missing_ids],
            status=400,
        )
    except workflow.AuditClosed:
        return _closed(request, audit)
    score = "—" if result.score is None else f"{result.score:.0f}"
    messages.success(request, _("Submitted. Score: %(score)s.") % {"score": score})
    return redirect(audit.get_absolute_url())


@require_POST
@member_required()
def audit_submit(request: MemberRequest, audit_code: UUID) -> HttpResponse:
    audit = _get_audit(request, audit_code)
    if not audit.is_performer(request.membership):
        raise PermissionDenied
    return _submit(request, audit)


@require_POST
@member_required()
def answer_save(request: MemberRequest, auditanswer_code: UUID) -> HttpResponse:
    """Save one answer (htmx, or the page's offline resend) and answer with its status."""
    answer = _fetch(
        AuditAnswer.objects.select_related("audit"), request.membership, code=auditanswer_code
    )
    if not answer.audit.is_performer(request.membership):
        raise PermissionDenied
    form = AnswerForm(request.POST, request.FILES, prefix=str(answer.code))
    context: dict[str, Any] = {"answer": answer, "form": form, "result_choices": Result.choices}
    if not answer.audit.is_draft:
        context["error"] = _("This audit was submitted and is read-only.")
        return _render(request, "audits/_answer_status.html", context, status=409)
    if not form.is_valid():
        # A refused photo is cleared from the page, so it is not sent again with every change.
        context["photo_changed"] = "photo" in form.errors
        return _render(request, "audits/_answer_status.html", context, status=400)
    try:
        form.save(answer)
    except workflow.AuditClosed as error:
        context["error"] = str(error)
        return _render(request, "audits/_answer_status.html", context, status=409)
    context["saved"] = True
    # A measured value decides the result: tell the page when it differs from the choice.
    context["result_changed"] = answer.result != form.cleaned_data["result"]
    context["photo_changed"] = bool(form.cleaned_data["photo"] or form.cleaned_data["remove_photo"])
    return _render(request, "audits/_answer_status.html", context)


@require_POST
@member_required()
def audit_checkin(request: MemberRequest, audit_code: UUID) -> HttpResponse:
    audit = _get_audit(request, audit_code)
    if not workflow.can_fill(audit, request.membership):
        raise PermissionDenied
    checkin = CheckinForm(request.POST).checkin()
    if checkin is None:
        return HttpResponse(_("No position was given."), status=400)
    try:
        workflow.record_checkin(audit, checkin, by=request.user)
    except workflow.AuditClosed:
        return _closed(request, audit)
    if request.htmx:
        return HttpResponse(_("Checked in."))
    messages.success(request, _("Checked in."))
    return redirect("audits:audit-fill", audit_code=audit.code)


@require_POST
@member_required()
def audit_end(request: MemberRequest, audit_code: UUID) -> HttpResponse:
    audit = _get_audit(request, audit_code)
    if not audit.is_performer(request.membership):
        raise PermissionDenied
    try:
        workflow.end_visit(audit, by=request.user)
    except workflow.AuditClosed:
        return _closed(request, audit)
    messages.success(request, _("The end of the visit is recorded."))
    return redirect("audits:audit-fill", audit_code=audit.code)


@require_POST
@member_required(access.LOCATION_MANAGERS)
def audit_lock(request: MemberRequest, audit_code: UUID) -> HttpResponse:
    audit = _get_audit(request, audit_code)
    try:
        workflow.lock_audit(audit, by=request.user)
    except workflow.AuditError as error:
        messages.error(request, str(error))
        return redirect(audit.get_absolute_url())
    messages.success(request, _("The audit is locked."))
    return redirect(audit.get_absolute_url())


@member_required()
def answer_photo(request: MemberRequest, auditanswer_code: UUID) -> FileResponse:
    """The photo of an answer, only for members who may see its audit."""
    answer = get_for_member(AuditAnswer, request.membership, code=auditanswer_code)
    return photos.photo_response(answer)


# Disputes -----------------------------------------------------------------------------------


@member_required(access.LOCATION_MANAGERS)
def answer_dispute(request: MemberRequest, auditanswer_code: UUID) -> HttpResponse:
    answer = _fetch(
        AuditAnswer.objects.select_related("audit__location"),
        request.membership,
        code=auditanswer_code,
    )
    audit = answer.audit
    form = DisputeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            workflow.dispute_answer(
                answer, reason=form.cleaned_data["reason"], by=request.membership
            )
        except workflow.AuditError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The answer is disputed; the auditor will be asked."))
            return redirect(audit.get_absolute_url())
    return _render(
        request,
        "audits/dispute_form.html",
        {"form": form, "answer": answer, "audit": audit},
        status=400 if form.is_bound else 200,
    )


@member_required()
def dispute_resolve(request: MemberRequest, dispute_code: UUID) -> HttpResponse:
    dispute = _fetch(
        Dispute.objects.select_related("answer__audit__location", "raised_by"),
        request.membership,
        code=dispute_code,
    )
    if not workflow.can_resolve(dispute, request.membership):
        raise PermissionDenied
    answer = dispute.answer
    form = ResolveForm(request.POST or None, answer=answer)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            workflow.resolve_dispute(
                dispute,
                outcome=data["outcome"],
                result=data["result"],
                measured_value=data.get("measured_value"),
                note=data["note"],
                by=request.membership,
            )
        except workflow.AuditError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The dispute is resolved."))
            return redirect(answer.audit.get_absolute_url())
    return _render(
        request,
        "audits/dispute_resolve.html",
        {"form": form, "dispute": dispute, "answer": answer, "audit": answer.audit},
        status=400 if form.is_bound else 200,
    )


# Reports ------------------------------------------------------------------------------------


@member_required(access.TEAM)
def location_report(request: MemberRequest, location_code: UUID) -> HttpResponse:
    location = get_for_member(Location, request.membership, code=location_code)
    report = reports.location_report(request.membership, location, months=_months(request))
    return _render(request, "audits/location_report.html", {"location": location, "r": report})


@member_required(access.TEAM)
def compare(request: MemberRequest) -> HttpResponse:
    report = reports.comparison(request.membership, months=_months(request))
    return _render(request, "audits/compare.html", {"r": report})


def _months(request: MemberRequest) -> int:
    try:
        months = int(request.GET.get("months", reports.DEFAULT_MONTHS))
    except ValueError:
        return reports.DEFAULT_MONTHS
    return min(max(months, 1), 36)


# Exports ------------------------------------------------------------------------------------


def _export(request: MemberRequest, kind: str) -> HttpResponse:
    form = AuditFilterForm(request.GET or None, membership=request.membership)
    if form.is_bound and not form.is_valid():
        problems = "; ".join(f"{name}: {' '.join(errors)}" for name, errors in form.errors.items())
        return HttpResponse(
            _("Cannot export: %(problems)s") % {"problems": problems},
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    return exports.filtered_csv(form, kind)


@member_required(access.SUPERVISORS)
def export_audits(request: MemberRequest) -> HttpResponse:
    return _export(request, "audits")


@member_required(access.SUPERVISORS)
def export_answers(request: MemberRequest) -> HttpResponse:
    return _export(request, "answers")
