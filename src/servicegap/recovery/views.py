"""Recovery pages: thin views over cases.py, budgets.py and outcomes.py.

Every query starts from the member (`for_member`): another organisation's case is a 404,
and so is a case at a location outside a scoped member's. The whole team (staff and up)
works cases; assigning takes a supervisor, deciding on an action someone higher in the
chain than its spender, the outcomes and budget use a manager, the settings the owner.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from servicegap.core import access
from servicegap.core.access import MemberRequest, get_for_member, member_required
from servicegap.customers.models import Alert
from servicegap.feedback.models import Response
from servicegap.recovery import budgets, cases, outcomes, rules
from servicegap.recovery.forms import (
    ActionForm,
    AssignForm,
    BudgetsForm,
    CaseFilterForm,
    CaseForm,
    CompleteFollowUpForm,
    CorrectionForm,
    DecideForm,
    FollowUpForm,
    InquiryForm,
    NoteForm,
    PeriodForm,
    SettingsForm,
    StatusForm,
)
from servicegap.recovery.models import (
    CHAIN,
    Case,
    FollowUp,
    RecoveryAction,
    RecoverySettings,
)

PAGE_SIZE = 25


def _case(request: MemberRequest, code: UUID) -> Case:
    return get_for_member(Case, request.membership, code=code)


@member_required(access.TEAM)
def case_list(request: MemberRequest) -> HttpResponse:
    member = request.membership
    form = CaseFilterForm(request.GET or None, member=member)
    qs = Case.objects.for_member(member).select_related("location", "assignee__user")
    valid = form.is_valid() if request.GET else True
    data = form.cleaned_data if request.GET and valid else {}
    if data.get("status") == "open":
        qs = qs.open()
    elif data.get("status"):
        qs = qs.filter(status=data["status"])
    if data.get("severity"):
        qs = qs.filter(severity=data["severity"])
    if data.get("location"):
        qs = qs.filter(location=data["location"])
    if data.get("p"):
        qs = qs.filter(p=data["p"])
    if data.get("step"):
        qs = qs.filter(step=data["step"])
    if data:
        qs = qs.filter(**form.opened_between(member.organization.tz))
    if data.get("mine"):
        qs = qs.filter(assignee=member)
    if data.get("overdue"):
        qs = qs.overdue(timezone.now())
    if data.get("to_the_top"):
        qs = qs.filter(to_the_top=True)
    if not valid:
        qs = qs.none()
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    now = timezone.now()
    return render(
        request,
        "recovery/case_list.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "rows": [(case, case.is_overdue(now)) for case in page.object_list],
            "pending": budgets.pending_for(member).count()
            if member.role in access.SUPERVISORS
            else 0,
        },
        status=200 if valid else 400,
    )


@require_POST
@member_required(access.LOCATION_MANAGERS)
def case_from_response(request: MemberRequest, response_code: UUID) -> HttpResponse:
    """Close the loop: open (or find) the case of this feedback response and go there."""
    response = get_for_member(Response, request.membership, code=response_code)
    case, _opened = cases.find_or_open_case_for_response(response, by=request.membership)
    return redirect(case)


@require_POST
@member_required(access.LOCATION_MANAGERS)
def case_from_alert(request: MemberRequest, alert_code: UUID) -> HttpResponse:
    """Save the customer: open (or find) the case of this save-list alert and go there
    (back to the save list, saying why, when the customer has no home location)."""
    alert = get_for_member(Alert, request.membership, code=alert_code)
    try:
        case, _opened = cases.find_or_open_case_for_alert(alert, by=request.membership)
    except cases.CaseError as error:
        messages.error(request, str(error))
        return redirect("customers:save-list")
    return redirect(case)


@member_required(access.TEAM)
def case_create(request: MemberRequest) -> HttpResponse:
    member = request.membership
    form = CaseForm(request.POST or None, member=member)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            case = cases.open_case(
                organization=member.organization,
                location=data["location"],
                source=data["source"],
                severity=data["severity"],
                summary=data["summary"],
                description=data["description"],
                p=data["p"],
                step=data["step"],
                assignee=data.get("assignee"),
                by=member,
            )
        except cases.CaseError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Case opened."))
            return redirect(case)
    status = 400 if request.method == "POST" else 200
    return render(request, "recovery/case_form.html", {"form": form}, status=status)


def _contact(case: Case) -> tuple[str, str]:
    """How to reach the customer, only as they agreed: the contact left with the response
    the case came from, else the known customer's; and their name when known."""
    customer = case.customer if case.customer and case.customer.contact_consent else None
    response = case.response if case.response and case.response.contact_consent else None
    contact = (response.contact if response else "") or (customer.contact if customer else "")
    return contact, customer.name if customer else ""


def _detail(request: MemberRequest, case: Case, status: int = 200, **forms: Any) -> HttpResponse:
    member = request.membership
    org = member.organization
    events = list(case.events.select_related("by", "corrects"))
    actions = list(case.actions.select_related("by__user", "decided_by__user"))
    follow_ups = list(case.follow_ups.select_related("done_by__user"))
    allowed = sorted(cases.TRANSITIONS[case.status], key=Case.Status.values.index)
    contact, contact_name = _contact(case)
    context = {
        "case": case,
        "contact": contact,
        "contact_name": contact_name,
        "events": events,
        "actions": actions,
        "follow_ups": follow_ups,
        "transitions": [(s, Case.Status(s).label) for s in allowed],
        "missing": cases.missing_for_close(case) if case.is_open else [],
        "overdue": case.is_overdue(),
        "currency": org.currency,
        "can_assign": member.role in access.SUPERVISORS,
        "can_ack_top": case.waits_for_the_top and member.role in cases.TOP_ROLES,
        "decidable": {a.pk for a in actions if budgets.can_decide(member, a)},
        "note_form": forms.get("note_form") or NoteForm(),
        "status_form": forms.get("status_form"),
        "assign_form": forms.get("assign_form")
        or AssignForm(
            member=member,
            case=case,
            initial={"assignee": case.assignee.code if case.assignee else None},
        ),
        "inquiry_form": forms.get("inquiry_form")
        or InquiryForm(
            member=member,
            initial={
                "what_happened": case.what_happened,
                "p": case.p,
                "step": case.step.code if case.step else None,
                "no_action_reason": case.no_action_reason,
            },
        ),
        "action_form": forms.get("action_form") or ActionForm(currency=org.currency),
        "follow_up_form": forms.get("follow_up_form")
        or FollowUpForm(initial={"planned_on": timezone.localdate(timezone.now(), org.tz)}),
        "complete_form": CompleteFollowUpForm(),
        "decide_form": DecideForm(),
        "error": forms.get("error"),
    }
    return render(request, "recovery/case_detail.html", context, status=status)


@member_required(access.TEAM)
def case_detail(request: MemberRequest, case_code: UUID) -> HttpResponse:
    return _detail(request, _case(request, case_code))


def _refused(request: MemberRequest, case: Case, error: Exception, **forms: Any) -> HttpResponse:
    return _detail(request, case, status=400, error=str(error), **forms)


@require_POST
@member_required(access.TEAM)
def case_note(request: MemberRequest, case_code: UUID) -> HttpResponse:
    case = _case(request, case_code)
    form = NoteForm(request.POST)
    if not form.is_valid():
        return _detail(request, case, status=400, note_form=form)
    cases.add_note(case, form.cleaned_data["text"], by=request.membership)
    return redirect(case)


@require_POST
@member_required(access.TEAM)
def case_correct(request: MemberRequest, case_code: UUID) -> HttpResponse:
    case = _case(request, case_code)
    form = CorrectionForm(request.POST)
    if not form.is_valid():
        return _refused(request, case, ValueError(_("event: choose an entry of this case.")))
    try:
        cases.correct_case_entry(
            case, form.cleaned_data["event"], form.cleaned_data["text"], by=request.membership
        )
    except cases.CaseError as error:
        # "event: choose an entry of this case." is in the catalog (the line above).
        return _refused(request, case, ValueError(_(str(error))))
    return redirect(case)


@require_POST
@member_required(access.TEAM)
def case_status(request: MemberRequest, case_code: UUID) -> HttpResponse:
    case = _case(request, case_code)
    form = StatusForm(request.POST)
    if not form.is_valid():
        return _detail(request, case, status=400, status_form=form, error=_("status: choose one."))
    try:
        cases.change_status(
            case, form.cleaned_data["to"], by=request.membership, note=form.cleaned_data["note"]
        )
    except cases.CaseError as error:
        return _refused(request, case, error)
    return redirect(case)


@require_POST
@member_required(access.LEADERS)
def case_top_ack(request: MemberRequest, case_code: UUID) -> HttpResponse:
    """An owner or executive acknowledges a case the customer wrote to the top with."""
    case = _case(request, case_code)
    form = NoteForm(request.POST)
    note = form.cleaned_data["text"] if form.is_valid() else ""
    try:
        cases.acknowledge_at_the_top(case, by=request.membership, note=note)
    except cases.CaseError as error:
        return _refused(request, case, error)
    return redirect(case)


@require_POST
@member_required(access.SUPERVISORS)
def case_assign(request: MemberRequest, case_code: UUID) -> HttpResponse:
    case = _case(request, case_code)
    form = AssignForm(request.POST, member=request.membership, case=case)
    if not form.is_valid():
        return _detail(request, case, status=400, assign_form=form)
    try:
        cases.assign_case(case, form.cleaned_data["assignee"], by=request.membership)
    except cases.CaseError as error:
        return _refused(request, case, error, assign_form=form)
    return redirect(case)


@require_POST
@member_required(access.TEAM)
def case_inquiry(request: MemberRequest, case_code: UUID) -> HttpResponse:
    case = _case(request, case_code)
    form = InquiryForm(request.POST, member=request.membership)
    if not form.is_valid():
        return _detail(request, case, status=400, inquiry_form=form)
    try:
        cases.record_inquiry(case, by=request.membership, **form.cleaned_data)
    except cases.CaseError as error:
        return _refused(request, case, error, inquiry_form=form)
    return redirect(case)


@require_POST
@member_required(access.TEAM)
def case_action(request: MemberRequest, case_code: UUID) -> HttpResponse:
    case = _case(request, case_code)
    form = ActionForm(request.POST, currency=case.organization.currency)
    if not form.is_valid():
        return _detail(request, case, status=400, action_form=form)
    try:
        action = budgets.record_action(case, by=request.membership, **form.cleaned_data)
    except (budgets.BudgetError, cases.CaseError) as error:
        return _refused(request, case, error, action_form=form)
    if action.approval == RecoveryAction.Approval.PENDING:
        messages.warning(request, action.approval_reason + " " + _("It waits for approval."))
    return redirect(case)


@require_POST
@member_required(access.TEAM)
def case_follow_up(request: MemberRequest, case_code: UUID) -> HttpResponse:
    case = _case(request, case_code)
    form = FollowUpForm(request.POST)
    if not form.is_valid():
        return _detail(request, case, status=400, follow_up_form=form)
    try:
        cases.record_follow_up(case, by=request.membership, **form.cleaned_data)
    except cases.CaseError as error:
        return _refused(request, case, error, follow_up_form=form)
    return redirect(case)


@require_POST
@member_required(access.TEAM)
def follow_up_done(request: MemberRequest, followup_code: UUID) -> HttpResponse:
    follow_up = get_for_member(FollowUp, request.membership, code=followup_code)
    case = follow_up.case
    form = CompleteFollowUpForm(request.POST)
    if not form.is_valid():
        return _refused(request, case, ValueError(_("outcome: choose one; satisfaction 1–5.")))
    try:
        cases.complete_follow_up(follow_up, by=request.membership, **form.cleaned_data)
    except cases.CaseError as error:
        return _refused(request, case, error)
    return redirect(case)


@member_required(access.SUPERVISORS)
def approvals(request: MemberRequest) -> HttpResponse:
    member = request.membership
    # pending_for() holds what can_decide() checks: lower roles, locations the member sees.
    page = Paginator(budgets.pending_for(member), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "recovery/approvals.html",
        {
            "page": page,
            "pending": page.object_list,
            "form": DecideForm(),
            "currency": member.organization.currency,
        },
    )


@require_POST
@member_required(access.SUPERVISORS)
def action_decide(request: MemberRequest, recoveryaction_code: UUID) -> HttpResponse:
    member = request.membership
    action = get_for_member(RecoveryAction, member, code=recoveryaction_code)
    if not budgets.can_decide(member, action):
        raise PermissionDenied
    form = DecideForm(request.POST)
    if not form.is_valid():
        return _refused(
            request,
            action.case,
            ValueError("; ".join(e for errs in form.errors.values() for e in errs)),
        )
    try:
        budgets.decide(
            action,
            approve=form.cleaned_data["decision"] == "approve",
            by=member,
            note=form.cleaned_data["note"],
        )
    except budgets.BudgetError as error:
        return _refused(request, action.case, error)
    messages.success(request, _("Decision recorded."))
    if request.POST.get("next") == "approvals":
        return redirect("recovery:approvals")
    return redirect(action.case)


@member_required(access.LOCATION_MANAGERS)
def outcomes_page(request: MemberRequest) -> HttpResponse:
    member = request.membership
    form = PeriodForm(request.GET, member=member)
    today = timezone.localdate(timezone.now(), member.organization.tz)
    if not form.is_valid():
        return render(request, "recovery/outcomes.html", {"form": form}, status=400)
    since, until = form.period(today)
    found = outcomes.figures(member, since, until, form.cleaned_data.get("location"))
    times, kinds = found["times"], found["kinds"]
    chart = {
        "locations": [r["location__name"] for r in times],
        "ack": [r["ack_hours"] for r in times],
        "resolve": [r["resolve_hours"] for r in times],
        "kinds": [str(r["label"]) for r in kinds],
        "retained": [r["retained_rate"] for r in kinds],
    }
    return render(
        request,
        "recovery/outcomes.html",
        {
            "form": form,
            "since": since,
            "until": until,
            "times": times,
            "retention": found["retention"],
            "kinds": kinds,
            "bands": found["bands"],
            "money": found["money"],
            "causes": found["causes"],
            "min_cases": outcomes.MIN_CASES,
            "currency": member.organization.currency,
            "chart": chart,
        },
    )


@member_required(access.LOCATION_MANAGERS)
def budget_use(request: MemberRequest) -> HttpResponse:
    member = request.membership
    form = PeriodForm(request.GET, member=member, days=180)
    today = timezone.localdate(timezone.now(), member.organization.tz)
    if not form.is_valid():
        return render(request, "recovery/budget_use.html", {"form": form}, status=400)
    since, until = form.period(today)
    currency = member.organization.currency
    rows = [
        {
            **row,
            "spent": budgets.money(row["spent"], currency),
            "cap": None if row["cap"] is None else budgets.money(row["cap"], currency),
        }
        for row in budgets.use_of(
            member, since=since, until=until, location=form.cleaned_data.get("location")
        )
    ]
    return render(
        request,
        "recovery/budget_use.html",
        {
            "form": form,
            "rows": rows,
            "since": since,
            "until": until,
            "currency": member.organization.currency,
        },
    )


@member_required(access.ORGANISATION_ADMINS)
def recovery_settings(request: MemberRequest) -> HttpResponse:
    org = request.membership.organization
    current = RecoverySettings.for_organization(org)
    data = request.POST if request.method == "POST" else None
    settings_form = SettingsForm(data, instance=current, prefix="rules")
    budgets_form = BudgetsForm(data, organization=org, prefix="budget")
    # Both forms are checked, so that every error shows at once.
    valid = request.method == "POST" and all([settings_form.is_valid(), budgets_form.is_valid()])
    if valid:
        _save_settings(org, settings_form, budgets_form)
        messages.success(request, _("Recovery settings saved."))
        return redirect("recovery:settings")
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "recovery/settings.html",
        {
            "settings_form": settings_form,
            "budgets_form": budgets_form,
            "currency": org.currency,
            "roles": [
                (role.label, budgets_form[f"{role}_per_day"], budgets_form[f"{role}_monthly"])
                for role in CHAIN
            ],
        },
        status=status,
    )


def _save_settings(org, settings_form: SettingsForm, budgets_form: BudgetsForm) -> None:
    with transaction.atomic():
        rules.save_rules(org, settings_form.cleaned_data)
        budgets.save_limits(org, budgets_form.cleaned_data)
