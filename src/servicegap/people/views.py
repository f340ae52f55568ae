"""People pages: thin views over scenarios.py, coaching.py, interviews.py, ideas.py and
training.py.

Who sees what: the whole team (staff and up) reads the scenario library, answers their
own tests, reads their own page and notes, logs rule bends and uses the ideas board;
supervisors write scenarios, grade, coach and interview; managers assign tests, decide
on ideas and propose training; owners and executives adopt ideas into the card. Every
object comes through `permissions` (another organisation's is a 404, a role too low 403).
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from servicegap.core import access
from servicegap.core.access import MemberRequest, get_for_member, member_required
from servicegap.core.models import Employee, Location, Membership
from servicegap.people import coaching, ideas, interviews, scenarios, training
from servicegap.people import forms as f
from servicegap.people.models import (
    CoachingNote,
    Idea,
    InterviewQuestion,
    PeopleSettings,
    RuleBend,
    Scenario,
    ScenarioAttempt,
    TrainingProposal,
)
from servicegap.people.permissions import (
    get_attempt_for_member,
    get_bend_for_member,
    get_candidate_for_member,
    get_employee_for_member,
    get_idea_for_member,
    get_note_for_member,
    get_scenario_for_member,
    get_training_for_member,
)
from servicegap.people.scenarios import PeopleError


def _form_page(
    request: MemberRequest, form, *, title: str, intro: str = "", submit: str = "", status=None
) -> HttpResponse:
    if status is None:
        status = 400 if request.method == "POST" else 200
    context = {"form": form, "title": title, "intro": intro, "submit_label": submit}
    return render(request, "core/form.html", context, status=status)


def _posted(request: MemberRequest):
    """The POST data (even empty) of a POST, else None: an empty POST is a bound form."""
    return request.POST if request.method == "POST" else None


def _my_employee(member: Membership) -> Employee | None:
    return Employee.objects.filter(
        organization_id=member.organization_id, user_id=member.user_id
    ).first()


@member_required(access.TEAM)
def home(request: MemberRequest) -> HttpResponse:
    member = request.membership
    me = _my_employee(member)
    today = timezone.localdate(timezone=member.organization.tz)
    attempts = (
        ScenarioAttempt.objects.for_member(member)
        .filter(employee=me, submitted_at=None)
        .select_related("scenario")
        if me
        else ScenarioAttempt.objects.none()
    )
    to_grade = []
    if member.role in access.SUPERVISORS:
        to_grade = list(
            ScenarioAttempt.objects.for_member(member)
            .filter(submitted_at__isnull=False, graded_at=None)
            .exclude(grades__grader=member)
            .exclude(employee__user_id=member.user_id)
            .select_related("scenario", "employee")[:20]
        )
    return render(
        request,
        "people/home.html",
        {
            "me": me,
            "attempts": [(a, a.is_overdue(today)) for a in attempts],
            "to_grade": to_grade,
            "notes": CoachingNote.objects.for_member(member)
            .filter(employee=me, acknowledged_at=None)
            .count()
            if me
            else 0,
            "can_supervise": member.role in access.SUPERVISORS,
            "can_manage": member.role in access.LOCATION_MANAGERS,
        },
    )


@member_required(access.SUPERVISORS)
def team(request: MemberRequest) -> HttpResponse:
    """The member's employees, each with their tests (answered, passed, overdue) and
    coaching notes not yet acknowledged: one query each, whatever the team's size."""
    member = request.membership
    today = timezone.localdate(timezone=member.organization.tz)
    attempts = ScenarioAttempt.objects.filter(employee=OuterRef("pk")).order_by()
    employees = (
        Employee.objects.for_member(member)
        .filter(is_active=True)
        .select_related("location")
        .annotate(
            passed=Subquery(
                attempts.filter(passed=True).values("employee").annotate(n=Count("pk")).values("n")
            ),
            overdue=Subquery(
                attempts.overdue(today).values("employee").annotate(n=Count("pk")).values("n")
            ),
            taken=Subquery(
                attempts.exclude(submitted_at=None)
                .values("employee")
                .annotate(n=Count("pk"))
                .values("n")
            ),
        )
        .order_by("location__name", "first_name", "last_name")
    )
    return render(request, "people/team.html", {"employees": employees})


# Scenarios ----------------------------------------------------------------------------


@member_required(access.TEAM)
def scenario_list(request: MemberRequest) -> HttpResponse:
    member = request.membership
    rows = (
        Scenario.objects.for_member(member)
        .filter(is_active=True)
        .select_related("step")
        .annotate(point_count=Count("points", distinct=True))
    )
    return render(
        request,
        "people/scenario_list.html",
        {"scenarios": rows, "can_write": member.role in access.SUPERVISORS},
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
    form = f.ScenarioForm(_posted(request), member=member, initial=initial)
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
    return _form_page(request, form, title=_("New scenario"), intro=intro, submit=_("Save"))


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
    form = f.AssignForm(_posted(request), member=member)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            assignment = scenarios.assign_scenario(
                scenario,
                location=data["location"],
                due_on=data["due_on"],
                employees=list(data["employees"]),
                double_graded=data["double_graded"],
                by=member,
                today=timezone.localdate(timezone=member.organization.tz),
            )
        except PeopleError as error:
            f.show_error(form, error)
        else:
            count = assignment.attempts.count()
            messages.success(request, _("Assigned to %(n)d employees.") % {"n": count})
            return redirect(scenario)
    return _form_page(
        request, form, title=_("Assign “%(t)s”") % {"t": scenario.title}, submit=_("Assign")
    )


# Attempts -----------------------------------------------------------------------------


def _attempt_page(request: MemberRequest, attempt: ScenarioAttempt, status=200, **forms):
    member = request.membership
    today = timezone.localdate(timezone=member.organization.tz)
    points = list(attempt.scenario.points.all())
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
    form = f.GradeForm(request.POST, points=list(attempt.scenario.points.all()))
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


# An employee's page and coaching --------------------------------------------------------


@member_required(access.TEAM)
def employee_page(request: MemberRequest, employee_code: UUID) -> HttpResponse:
    from servicegap.audits.models import AuditAnswer

    member = request.membership
    employee = get_employee_for_member(member, employee_code)
    notes = (
        CoachingNote.objects.for_member(member)
        .filter(employee=employee)
        .select_related("author", "answer", "audit", "response", "case")
    )
    if member.role in access.SUPERVISORS or employee.user_id == member.user_id:
        attempts = scenarios.results_over_time(employee)
    else:
        attempts = []
    observed = list(
        AuditAnswer.objects.for_member(member)
        .filter(audit__in=notes.exclude(audit=None).values("audit"))
        .order_by("-performed_at")[:50]
    )
    return render(
        request,
        "people/employee.html",
        {
            "employee": employee,
            "notes": notes,
            "attempts": attempts,
            "observed": observed,
            "praise": _praise(member, employee),
            "is_me": employee.user_id == member.user_id,
            "can_coach": member.role in access.SUPERVISORS and employee.user_id != member.user_id,
            "reply_form": f.ReplyForm(),
        },
    )


def _praise(member: Membership, employee: Employee) -> list:
    """Comments at the employee's location that the comment analysis found positive and
    that name them by first name (as a word, as the comment explorer finds staff praised)."""
    from servicegap.feedback.models import Response

    name = employee.first_name.strip()
    if len(name) < 2 or employee.location_id is None:
        return []
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    candidates = (
        Response.objects.for_member(member)
        .filter(
            location_id=employee.location_id,
            spam=False,
            analysis__sentiment="positive",
            comment__contains=name,
        )
        .order_by("-submitted_at")[:100]
    )
    return [r for r in candidates if pattern.search(r.comment)][:20]


@member_required(access.SUPERVISORS)
def note_create(request: MemberRequest, employee_code: UUID) -> HttpResponse:
    member = request.membership
    employee = get_employee_for_member(member, employee_code)
    evidence = _evidence(member, request.GET if request.method == "GET" else request.POST)
    form = f.NoteForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            note = coaching.write_note(employee, by=member, **form.cleaned_data, **evidence)
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, _("Coaching note saved."))
            return redirect(reverse("people:employee", args=[employee.code]) + f"#note-{note.pk}")
    return render(
        request,
        "people/note_form.html",
        {"form": form, "employee": employee, "evidence": evidence},
        status=400 if request.method == "POST" else 200,
    )


def _evidence(member: Membership, data) -> dict[str, Any]:
    """Evidence named in the query (`?answer=<code>` and so on), through the member's own
    querysets: an unknown or foreign code is simply not linked."""
    from servicegap.audits.models import Audit, AuditAnswer
    from servicegap.feedback.models import Response
    from servicegap.recovery.models import Case

    found = {}
    for name, model in (
        ("answer", AuditAnswer),
        ("audit", Audit),
        ("response", Response),
        ("case", Case),
    ):
        code = data.get(name)
        if not code:
            continue
        try:
            UUID(str(code))
        except ValueError:
            continue
        obj = model.objects.for_member(member).filter(code=code).first()
        if obj is not None:
            found[name] = obj
    return found


@member_required(access.SUPERVISORS)
def note_start(request: MemberRequest) -> HttpResponse:
    """A coaching note started from a piece of evidence (`?answer=`, `?audit=`,
    `?response=` or `?case=` with its code): choose whom it is for, then write it."""
    member = request.membership
    evidence = _evidence(member, request.GET if request.method == "GET" else request.POST)
    form = f.NoteStartForm(_posted(request), member=member)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        employee = data.pop("employee")
        try:
            note = coaching.write_note(employee, by=member, **data, **evidence)
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, _("Coaching note saved."))
            return redirect(reverse("people:employee", args=[employee.code]) + f"#note-{note.pk}")
    return render(
        request,
        "people/note_form.html",
        {"form": form, "employee": None, "evidence": evidence},
        status=400 if request.method == "POST" else 200,
    )


@require_POST
@member_required(access.TEAM)
def note_acknowledge(request: MemberRequest, coachingnote_code: UUID) -> HttpResponse:
    member = request.membership
    note = get_note_for_member(member, coachingnote_code)
    try:
        coaching.acknowledge_note(note, by=member)
    except PeopleError as error:
        raise PermissionDenied(str(error)) from None
    messages.success(request, _("Note acknowledged."))
    return redirect("people:employee", note.employee.code)


@require_POST
@member_required(access.TEAM)
def note_reply(request: MemberRequest, coachingnote_code: UUID) -> HttpResponse:
    member = request.membership
    note = get_note_for_member(member, coachingnote_code)
    if note.employee.user_id != member.user_id:
        raise PermissionDenied
    form = f.ReplyForm(request.POST)
    if form.is_valid():
        coaching.reply_to_note(note, form.cleaned_data["reply"], by=member)
        messages.success(request, _("Reply sent."))
        return redirect("people:employee", note.employee.code)
    return _form_page(request, form, title=_("Reply to a coaching note"), submit=_("Reply"))


# Rule bends ---------------------------------------------------------------------------


@member_required(access.TEAM)
def bend_list(request: MemberRequest) -> HttpResponse:
    member = request.membership
    bends = RuleBend.objects.for_member(member).select_related(
        "location", "case", "action", "recorded_by"
    )[:200]
    return render(
        request,
        "people/bend_list.html",
        {
            "bends": bends,
            "often": coaching.rules_bent_often(member)
            if member.role in access.LOCATION_MANAGERS
            else [],
            "can_review": member.role in access.LOCATION_MANAGERS,
        },
    )


@member_required(access.TEAM)
def bend_create(request: MemberRequest) -> HttpResponse:
    member = request.membership
    form = f.BendForm(_posted(request), member=member)
    if request.method == "POST" and form.is_valid():
        try:
            coaching.record_bend(by=member, **form.cleaned_data)
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, _("Thank you: the rule bend is in the log."))
            return redirect("people:bend-list")
    return _form_page(
        request,
        form,
        title=_("A time I bent a rule for a customer"),
        intro=_("Leaders review the log; a rule bent often may change on the service card."),
        submit=_("Record"),
    )


@member_required(access.LOCATION_MANAGERS)
def bend_review(request: MemberRequest, rulebend_code: UUID) -> HttpResponse:
    member = request.membership
    bend = get_bend_for_member(member, rulebend_code)
    form = f.ReviewForm(_posted(request), initial={"review_note": bend.review_note})
    if request.method == "POST" and form.is_valid():
        coaching.review_bend(bend, by=member, note=form.cleaned_data["review_note"])
        messages.success(request, _("Reviewed."))
        return redirect("people:bend-list")
    return _form_page(
        request, form, title=_("Review: %(rule)s") % {"rule": bend.rule}, submit=_("Reviewed")
    )


# Interviews ---------------------------------------------------------------------------


@member_required(access.SUPERVISORS)
def interview_list(request: MemberRequest) -> HttpResponse:
    from servicegap.people.models import Candidate

    member = request.membership
    return render(
        request,
        "people/interviews.html",
        {
            "questions": InterviewQuestion.objects.for_member(member)
            .filter(is_active=True)
            .prefetch_related("behaviours")
            .select_related("role_play"),
            "candidates": Candidate.objects.for_member(member)
            .select_related("location")
            .annotate(cards=Count("scorecards")),
            "can_manage": member.role in access.LOCATION_MANAGERS,
        },
    )


@member_required(access.LOCATION_MANAGERS)
def question_create(request: MemberRequest) -> HttpResponse:
    member = request.membership
    form = f.QuestionForm(_posted(request), member=member)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        question = InterviewQuestion.objects.create(
            organization_id=member.organization_id,
            text=data["text"],
            good_answer=data["good_answer"],
            red_flags=data["red_flags"],
            role_play=data["role_play"],
        )
        question.behaviours.set(data["behaviours"])
        messages.success(request, _("Question added to the bank."))
        return redirect("people:interview-list")
    return _form_page(request, form, title=_("New interview question"), submit=_("Add"))


@member_required(access.SUPERVISORS)
def candidate_create(request: MemberRequest) -> HttpResponse:
    member = request.membership
    form = f.CandidateForm(_posted(request), member=member)
    if request.method == "POST" and form.is_valid():
        try:
            candidate = interviews.add_candidate(by=member, **form.cleaned_data)
        except PeopleError as error:
            f.show_error(form, error)
        else:
            return redirect(candidate)
    return _form_page(request, form, title=_("New candidate"), submit=_("Add"))


@member_required(access.SUPERVISORS)
def candidate_detail(request: MemberRequest, candidate_code: UUID) -> HttpResponse:
    member = request.membership
    candidate = get_candidate_for_member(member, candidate_code)
    readable = interviews.may_read_scorecards(candidate, member)
    return render(
        request,
        "people/candidate_detail.html",
        {
            "candidate": candidate,
            "readable": readable,
            "panel": interviews.panel(candidate) if readable else None,
            "submitted": candidate.scorecards.filter(interviewer=member).exists(),
            "count": candidate.scorecards.count(),
        },
    )


@member_required(access.SUPERVISORS)
def scorecard_create(request: MemberRequest, candidate_code: UUID) -> HttpResponse:
    member = request.membership
    candidate = get_candidate_for_member(member, candidate_code)
    questions = list(InterviewQuestion.objects.for_member(member).filter(is_active=True))
    form = f.ScorecardForm(_posted(request), questions=questions)
    if request.method == "POST" and form.is_valid():
        try:
            interviews.submit_scorecard(
                candidate,
                interviewer=member,
                call=form.cleaned_data["call"],
                ratings=form.ratings(),
                notes=form.notes_by_question(),
                overall_notes=form.cleaned_data["notes"],
            )
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, _("Scorecard submitted; the others' are open to you now."))
            return redirect(candidate)
    return _form_page(
        request,
        form,
        title=_("Scorecard: %(name)s") % {"name": candidate.name},
        intro=_("Rate 1 (poor) to 5 (excellent) each question you asked."),
        submit=_("Submit"),
    )


# Ideas --------------------------------------------------------------------------------


@member_required(access.TEAM)
def idea_list(request: MemberRequest) -> HttpResponse:
    member = request.membership
    rows = (
        Idea.objects.for_member(member)
        .exclude(status=Idea.Status.MERGED)
        .select_related("step")
        .annotate(vote_count=Count("votes"))
        .order_by("-vote_count", "-created_at")
    )
    voted = set(
        Idea.objects.for_member(member)
        .filter(votes__voter=member.user)
        .values_list("pk", flat=True)
    )
    return render(request, "people/idea_list.html", {"ideas": rows, "voted": voted})


@member_required(access.TEAM)
def idea_create(request: MemberRequest) -> HttpResponse:
    member = request.membership
    form = f.IdeaForm(_posted(request), member=member)
    if request.method == "POST" and form.is_valid():
        try:
            idea = ideas.post_idea(by=member, **form.cleaned_data)
        except PeopleError as error:
            f.show_error(form, error)
        else:
            return redirect(idea)
    return _form_page(
        request,
        form,
        title=_("An idea for a journey step"),
        intro=_("Add a delight, or take a hassle away, at one step of the customer's visit."),
        submit=_("Post"),
    )


def _idea_page(request: MemberRequest, idea: Idea, status=200, **forms) -> HttpResponse:
    member = request.membership
    manage = member.role in access.LOCATION_MANAGERS
    open_ = idea.status in (Idea.Status.NEW, Idea.Status.TRYING)
    context = {
        "idea": idea,
        "votes": idea.votes.count(),
        "voted": idea.votes.filter(voter=member.user).exists(),
        "locations": idea.trying_locations.all(),
        "merged": idea.merged.all(),
        "effect": ideas.idea_effect(idea) if idea.trying_since else None,
        "try_form": forms.get("try_form")
        or (f.TryForm(member=member) if manage and idea.status == Idea.Status.NEW else None),
        "decline_form": forms.get("decline_form")
        or (f.DeclineForm() if manage and open_ else None),
        "merge_form": forms.get("merge_form")
        or (f.MergeForm(idea=idea) if manage and open_ else None),
        "adopt_form": forms.get("adopt_form")
        or (f.AdoptForm(idea=idea) if member.role in access.LEADERS and open_ else None),
    }
    return render(request, "people/idea_detail.html", context, status=status)


@member_required(access.TEAM)
def idea_detail(request: MemberRequest, idea_code: UUID) -> HttpResponse:
    return _idea_page(request, get_idea_for_member(request.membership, idea_code))


@require_POST
@member_required(access.TEAM)
def idea_vote(request: MemberRequest, idea_code: UUID) -> HttpResponse:
    member = request.membership
    idea = get_idea_for_member(member, idea_code)
    try:
        ideas.vote(idea, by=member)
    except PeopleError as error:
        messages.error(request, error.message)
        return _idea_page(request, idea, status=400)
    messages.success(request, _("Vote counted."))
    return redirect(idea)


def _idea_action(request: MemberRequest, idea_code: UUID, form_class, key: str, act, done: str):
    member = request.membership
    idea = get_idea_for_member(member, idea_code)
    kwargs = {"member": member} if form_class in (f.TryForm,) else {}
    if form_class in (f.MergeForm, f.AdoptForm):
        kwargs = {"idea": idea}
    form = form_class(request.POST, **kwargs)
    if form.is_valid():
        try:
            act(idea, form.cleaned_data)
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, done)
            return redirect(idea)
    return _idea_page(request, idea, status=400, **{key: form})


@require_POST
@member_required(access.LOCATION_MANAGERS)
def idea_try(request: MemberRequest, idea_code: UUID) -> HttpResponse:
    member = request.membership
    return _idea_action(
        request,
        idea_code,
        f.TryForm,
        "try_form",
        lambda idea, d: ideas.try_idea(
            idea,
            by=member,
            locations=list(d["locations"]),
            today=timezone.localdate(timezone=member.organization.tz),
        ),
        _("Now trying; voters have been told."),
    )


@require_POST
@member_required(access.LOCATION_MANAGERS)
def idea_decline(request: MemberRequest, idea_code: UUID) -> HttpResponse:
    return _idea_action(
        request,
        idea_code,
        f.DeclineForm,
        "decline_form",
        lambda idea, d: ideas.decline_idea(idea, by=request.membership, reason=d["reason"]),
        _("Declined; voters have been told."),
    )


@require_POST
@member_required(access.LOCATION_MANAGERS)
def idea_merge(request: MemberRequest, idea_code: UUID) -> HttpResponse:
    return _idea_action(
        request,
        idea_code,
        f.MergeForm,
        "merge_form",
        lambda idea, d: ideas.merge_ideas(idea, into=d["into"], by=request.membership),
        _("Merged; its votes moved."),
    )


@require_POST
@member_required(access.LEADERS)
def idea_adopt(request: MemberRequest, idea_code: UUID) -> HttpResponse:
    return _idea_action(
        request,
        idea_code,
        f.AdoptForm,
        "adopt_form",
        lambda idea, d: ideas.adopt_idea(
            idea, by=request.membership, text=d["text"], standard=d["standard"], p=d["p"]
        ),
        _("Adopted into the service card; voters have been told."),
    )


# Training -----------------------------------------------------------------------------


@member_required(access.LOCATION_MANAGERS)
def training_list(request: MemberRequest) -> HttpResponse:
    member = request.membership
    failing = []
    for location in Location.objects.for_member(member).active():
        for row in training.failing_behaviours(member, location):
            failing.append((location, row))
    proposals = TrainingProposal.objects.for_member(member).select_related(
        "location", "behaviour", "step"
    )
    return render(
        request, "people/training_list.html", {"failing": failing, "proposals": proposals}
    )


@member_required(access.LOCATION_MANAGERS)
def training_propose(request: MemberRequest) -> HttpResponse:
    member = request.membership
    data = request.POST if request.method == "POST" else None
    initial = {
        key: request.GET.get(key) for key in ("location", "behaviour", "step", "p", "source")
    }
    form = f.ProposeForm(data, member=member, initial={k: v for k, v in initial.items() if v})
    if request.method == "POST" and form.is_valid():
        try:
            proposal = training.propose_training(by=member, **form.cleaned_data)
        except PeopleError as error:
            f.show_error(form, error)
        else:
            return redirect(proposal)
    return _form_page(
        request,
        form,
        title=_("Propose training"),
        intro=_("The scenarios whose rubric covers the behaviour, step or P are proposed."),
        submit=_("Propose"),
    )


@member_required(access.LOCATION_MANAGERS)
def training_detail(request: MemberRequest, trainingproposal_code: UUID) -> HttpResponse:
    member = request.membership
    proposal = get_training_for_member(member, trainingproposal_code)
    today = timezone.localdate(timezone=member.organization.tz)
    return render(
        request,
        "people/training_detail.html",
        {
            "proposal": proposal,
            "scenarios": proposal.scenarios.all(),
            "assignments": proposal.assignments.prefetch_related(
                Prefetch("attempts", queryset=ScenarioAttempt.objects.select_related("employee"))
            ),
            "effect": training.training_effect(proposal) if proposal.trained_on else None,
            "start_form": f.StartForm(
                initial={"due_on": today + timedelta(days=training.DUE_IN_DAYS)}
            )
            if proposal.trained_on is None
            else None,
        },
    )


@require_POST
@member_required(access.LOCATION_MANAGERS)
def training_start(request: MemberRequest, trainingproposal_code: UUID) -> HttpResponse:
    member = request.membership
    proposal = get_training_for_member(member, trainingproposal_code)
    form = f.StartForm(request.POST)
    if form.is_valid():
        try:
            training.start_training(
                proposal,
                by=member,
                due_on=form.cleaned_data["due_on"],
                today=timezone.localdate(timezone=member.organization.tz),
            )
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, _("Assigned to the location's staff."))
            return redirect(proposal)
    return _form_page(request, form, title=_("Start the training"), submit=_("Assign"))


@member_required(access.ORGANISATION_ADMINS)
def people_settings(request: MemberRequest) -> HttpResponse:
    """Pass marks per role, when a rule counts as bent often, candidates' data retention."""
    member = request.membership
    current = PeopleSettings.for_organization(member.organization)
    form = f.SettingsForm(_posted(request), instance=current)
    if request.method == "POST" and form.is_valid():
        form.instance.organization = member.organization
        form.save()
        messages.success(request, _("Settings saved."))
        return redirect("people:settings")
    return _form_page(request, form, title=_("People settings"), submit=_("Save"))
