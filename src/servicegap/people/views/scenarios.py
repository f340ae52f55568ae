"""Scenario pages: the library, drafts from real lapses, rubric points and responses,
assignment, and the tests (answers and grading). Logic in `people.scenarios`."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from servicegap.core import access
from servicegap.core.access import MemberRequest, get_for_member, member_required
from servicegap.people import forms as f
from servicegap.people import scenarios
from servicegap.people.models import (
    Scenario,
    ScenarioAttempt,
)
from servicegap.people.permissions import (
    get_attempt_for_member,
    get_point_for_member,
    get_scenario_for_member,
)
from servicegap.people.scenarios import PeopleError
from servicegap.people.views.common import form_page, in_use_wanted, posted


@member_required(access.TEAM)
def scenario_list(request: MemberRequest) -> HttpResponse:
    member = request.membership
    rows = (
        Scenario.objects.for_member(member)
        .filter(is_active=True)
        .select_related("step")
        .annotate(point_count=Count("points", filter=Q(points__is_active=True), distinct=True))
    )
    can_write = member.role in access.SUPERVISORS
    retired = (
        Scenario.objects.for_member(member).filter(is_active=False).only("code", "title")
        if can_write
        else []
    )
    return render(
        request,
        "people/scenario_list.html",
        {"scenarios": rows, "retired": retired, "can_write": can_write},
    )


def _create_scenario(request: MemberRequest, draft: scenarios.Draft | None) -> HttpResponse:
    member = request.membership
    initial = {}
    if draft is not None:
        initial = {
            "title": draft.title,
            "situation": draft.situation,
            "customer_lines": draft.customer_lines,
            "p": draft.p,
            "step": draft.step.code if draft.step else None,
        }
    form = f.ScenarioForm(posted(request), member=member, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            scenario = scenarios.create_scenario(
                member.organization,
                title=data["title"],
                situation=data["situation"],
                customer_lines=data["customer_lines"],
                p=data["p"],
                step=data["step"],
                difficulty=data["difficulty"],
                by=member,
                draft=draft,
            )
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, _("Scenario saved. Add its rubric points."))
            return redirect(scenario)
    intro = ""
    if draft is not None:
        intro = _("Started from a real lapse; the scenario keeps the link to it.")
    return form_page(request, form, title=_("New scenario"), intro=intro, submit=_("Save"))


@member_required(access.SUPERVISORS)
def scenario_create(request: MemberRequest) -> HttpResponse:
    return _create_scenario(request, None)


def _draft_or_refuse(request: MemberRequest, make, obj) -> HttpResponse:
    try:
        draft = make(obj)
    except PeopleError as error:
        messages.error(request, str(error))
        return render(request, "people/refused.html", {"error": error}, status=400)
    return _create_scenario(request, draft)


@member_required(access.SUPERVISORS)
def scenario_from_answer(request: MemberRequest, auditanswer_code: UUID) -> HttpResponse:
    from servicegap.audits.models import AuditAnswer

    answer = get_for_member(AuditAnswer, request.membership, code=auditanswer_code)
    return _draft_or_refuse(request, scenarios.draft_from_answer, answer)


@member_required(access.SUPERVISORS)
def scenario_from_response(request: MemberRequest, response_code: UUID) -> HttpResponse:
    from servicegap.feedback.models import Response

    response = get_for_member(Response, request.membership, code=response_code)
    return _draft_or_refuse(request, scenarios.draft_from_response, response)


@member_required(access.SUPERVISORS)
def scenario_from_case(request: MemberRequest, case_code: UUID) -> HttpResponse:
    from servicegap.recovery.models import Case

    case = get_for_member(Case, request.membership, code=case_code)
    return _draft_or_refuse(request, scenarios.draft_from_case, case)


def _scenario_page(request: MemberRequest, scenario: Scenario, status=200, **forms):
    member = request.membership
    can_write = member.role in access.SUPERVISORS
    context = {
        "scenario": scenario,
        "points": scenario.points.select_related("behaviour"),
        "can_role_play": can_write and scenario.is_active,
        "choices": scenario.choices.all(),
        "can_write": can_write,
        "can_assign": member.role in access.LOCATION_MANAGERS,
        "point_form": forms.get("point_form")
        or (f.PointForm(member=member) if can_write else None),
        "choice_form": forms.get("choice_form") or (f.ChoiceForm() if can_write else None),
    }
    return render(request, "people/scenario_detail.html", context, status=status)


@member_required(access.TEAM)
def scenario_detail(request: MemberRequest, scenario_code: UUID) -> HttpResponse:
    scenario = get_scenario_for_member(request.membership, scenario_code)
    return _scenario_page(request, scenario)


@require_POST
@member_required(access.SUPERVISORS)
def scenario_point(request: MemberRequest, scenario_code: UUID) -> HttpResponse:
    member = request.membership
    scenario = get_scenario_for_member(member, scenario_code)
    form = f.PointForm(request.POST, member=member)
    if form.is_valid():
        try:
            scenarios.add_point(scenario, **form.cleaned_data)
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, _("Rubric point added."))
            return redirect(scenario)
    return _scenario_page(request, scenario, status=400, point_form=form)


@require_POST
@member_required(access.SUPERVISORS)
def scenario_choice(request: MemberRequest, scenario_code: UUID) -> HttpResponse:
    scenario = get_scenario_for_member(request.membership, scenario_code)
    form = f.ChoiceForm(request.POST)
    if form.is_valid():
        try:
            scenarios.add_choice(scenario, **form.cleaned_data)
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, _("Response added."))
            return redirect(scenario)
    return _scenario_page(request, scenario, status=400, choice_form=form)


@member_required(access.LOCATION_MANAGERS)
def scenario_assign(request: MemberRequest, scenario_code: UUID) -> HttpResponse:
    member = request.membership
    scenario = get_scenario_for_member(member, scenario_code)
    form = f.AssignForm(posted(request), member=member)
    if request.method == "POST" and form.is_valid():
        try:
            assignment = scenarios.assign_as_asked(scenario, form.cleaned_data, by=member)
        except PeopleError as error:
            f.show_error(form, error)
        else:
            count = assignment.attempts.count()
            messages.success(request, _("Assigned to %(n)d employees.") % {"n": count})
            return redirect(scenario)
    return form_page(
        request, form, title=_("Assign “%(t)s”") % {"t": scenario.title}, submit=_("Assign")
    )


# Attempts -----------------------------------------------------------------------------


def _attempt_page(request: MemberRequest, attempt: ScenarioAttempt, status=200, **forms):
    member = request.membership
    today = timezone.localdate(timezone=member.organization.tz)
    points = list(attempt.scenario.points.filter(is_active=True))
    is_mine = attempt.employee.user_id == member.user_id
    graded_by_me = attempt.grades.filter(grader=member).exists()
    may_grade = (
        member.role in access.SUPERVISORS
        and not is_mine
        and attempt.submitted_at is not None
        and not graded_by_me
        and attempt.grades.count() < attempt.graders_wanted
    )
    answer_form = None
    if is_mine and attempt.submitted_at is None:
        answer_form = forms.get("answer_form") or f.AnswerForm(attempt=attempt)
    context = {
        "attempt": attempt,
        "scenario": attempt.scenario,
        "points": points,
        "overdue": attempt.is_overdue(today),
        "answer_form": answer_form,
        "grade_form": forms.get("grade_form")
        or (f.GradeForm(points=points) if may_grade else None),
        "grades": scenarios.grades_visible_to(attempt, member),
        "agreement": scenarios.agreement(attempt)
        if attempt.grades.count() >= attempt.graders_wanted
        else None,
    }
    return render(request, "people/attempt_detail.html", context, status=status)


@member_required(access.TEAM)
def attempt_detail(request: MemberRequest, scenarioattempt_code: UUID) -> HttpResponse:
    attempt = get_attempt_for_member(request.membership, scenarioattempt_code)
    return _attempt_page(request, attempt)


@require_POST
@member_required(access.TEAM)
def attempt_answer(request: MemberRequest, scenarioattempt_code: UUID) -> HttpResponse:
    member = request.membership
    attempt = get_attempt_for_member(member, scenarioattempt_code)
    if attempt.employee.user_id != member.user_id:
        raise PermissionDenied
    form = f.AnswerForm(request.POST, attempt=attempt)
    if form.is_valid():
        try:
            scenarios.submit_answer(
                attempt,
                by=member,
                answer=form.cleaned_data["answer"],
                choice=form.cleaned_data.get("choice"),
            )
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, _("Answer sent."))
            return redirect(attempt)
    return _attempt_page(request, attempt, status=400, answer_form=form)


@require_POST
@member_required(access.SUPERVISORS)
def attempt_grade(request: MemberRequest, scenarioattempt_code: UUID) -> HttpResponse:
    member = request.membership
    attempt = get_attempt_for_member(member, scenarioattempt_code)
    form = f.GradeForm(request.POST, points=list(attempt.scenario.points.filter(is_active=True)))
    if form.is_valid():
        try:
            scenarios.grade_attempt(
                attempt, grader=member, levels=form.levels(), comments=form.comments()
            )
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, _("Scores saved."))
            return redirect(attempt)
    return _attempt_page(request, attempt, status=400, grade_form=form)


@member_required(access.SUPERVISORS)
def scenario_role_play(request: MemberRequest, scenario_code: UUID) -> HttpResponse:
    """Score a live role-play of the scenario with an employee, on its rubric; it counts
    as a test of the employee's."""
    member = request.membership
    scenario = get_scenario_for_member(member, scenario_code)
    points = list(scenario.points.filter(is_active=True))
    form = f.RolePlayForm(posted(request), member=member, points=points)
    if request.method == "POST" and form.is_valid():
        try:
            attempt = scenarios.score_role_play(
                scenario,
                employee=form.cleaned_data["employee"],
                grader=member,
                levels=form.levels(),
                comments=form.comments(),
                note=form.cleaned_data["note"],
            )
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, _("Role-play scored: %(s)s.") % {"s": attempt.score})
            return redirect(attempt)
    return form_page(
        request,
        form,
        title=_("Live role-play: %(t)s") % {"t": scenario.title},
        intro=_(
            "Play the customer with the employee, then score each rubric point as you saw it. "
            "The result counts as one of the employee's tests."
        ),
        submit=_("Save the scores"),
    )


# Editing and retiring -------------------------------------------------------------------


@member_required(access.SUPERVISORS)
def scenario_edit(request: MemberRequest, scenario_code: UUID) -> HttpResponse:
    member = request.membership
    scenario = get_scenario_for_member(member, scenario_code)
    initial = {
        "title": scenario.title,
        "situation": scenario.situation,
        "customer_lines": scenario.customer_lines,
        "p": scenario.p,
        "step": scenario.step.code if scenario.step_id else None,
        "difficulty": scenario.difficulty,
    }
    form = f.ScenarioForm(posted(request), member=member, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            scenarios.edit_scenario(scenario, **form.cleaned_data)
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, _("Scenario saved."))
            return redirect(scenario)
    return form_page(
        request,
        form,
        title=_("Edit “%(t)s”") % {"t": scenario.title},
        intro=_("Tests already taken keep their answers and scores."),
        submit=_("Save"),
    )


@require_POST
@member_required(access.SUPERVISORS)
def scenario_retire(request: MemberRequest, scenario_code: UUID) -> HttpResponse:
    scenario = get_scenario_for_member(request.membership, scenario_code)
    in_use = in_use_wanted(request)
    scenarios.set_scenario_in_use(scenario, in_use)
    if in_use:
        messages.success(request, _("The scenario is in use again."))
    else:
        messages.success(request, _("Retired: kept with its tests, offered for nothing new."))
    return redirect(scenario)


@member_required(access.SUPERVISORS)
def point_edit(request: MemberRequest, rubricpoint_code: UUID) -> HttpResponse:
    member = request.membership
    point = get_point_for_member(member, rubricpoint_code)
    initial = {
        "behaviour": point.behaviour.code if point.behaviour_id else None,
        "text": point.text,
        "scale": point.scale,
        "level_1": point.level_1,
        "level_3": point.level_3,
        "level_5": point.level_5,
        "is_critical": point.is_critical,
    }
    form = f.PointForm(posted(request), member=member, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            scenarios.edit_point(point, **form.cleaned_data)
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, _("Rubric point saved."))
            return redirect(point.scenario)
    return form_page(
        request,
        form,
        title=_("Edit a rubric point of “%(t)s”") % {"t": point.scenario.title},
        intro=_("Grades already given keep their levels; a scored point keeps its scale."),
        submit=_("Save"),
    )


@require_POST
@member_required(access.SUPERVISORS)
def point_retire(request: MemberRequest, rubricpoint_code: UUID) -> HttpResponse:
    point = get_point_for_member(request.membership, rubricpoint_code)
    try:
        scenarios.set_point_in_use(point, in_use_wanted(request))
    except PeopleError as error:
        messages.error(request, error.message)
        return _scenario_page(request, point.scenario, status=400)
    messages.success(request, _("Rubric point saved."))
    return redirect(point.scenario)
