"""The interview bank, candidates and scorecards. Logic in `people.interviews`."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from servicegap.core import access
from servicegap.core.access import MemberRequest, member_required
from servicegap.people import forms as f
from servicegap.people import interviews
from servicegap.people.models import InterviewQuestion
from servicegap.people.permissions import get_candidate_for_member, get_question_for_member
from servicegap.people.scenarios import PeopleError
from servicegap.people.views.common import form_page, in_use_wanted, posted


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
            "retired": InterviewQuestion.objects.for_member(member).filter(is_active=False)
            if member.role in access.LOCATION_MANAGERS
            else [],
            "can_manage": member.role in access.LOCATION_MANAGERS,
        },
    )


@member_required(access.LOCATION_MANAGERS)
def question_create(request: MemberRequest) -> HttpResponse:
    member = request.membership
    form = f.QuestionForm(posted(request), member=member)
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
    return form_page(request, form, title=_("New interview question"), submit=_("Add"))


@member_required(access.SUPERVISORS)
def candidate_create(request: MemberRequest) -> HttpResponse:
    member = request.membership
    form = f.CandidateForm(posted(request), member=member)
    if request.method == "POST" and form.is_valid():
        try:
            candidate = interviews.add_candidate(by=member, **form.cleaned_data)
        except PeopleError as error:
            f.show_error(form, error)
        else:
            return redirect(candidate)
    return form_page(request, form, title=_("New candidate"), submit=_("Add"))


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
            "erase_after": interviews.erase_after(candidate),
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
    questions = list(
        InterviewQuestion.objects.for_member(member)
        .filter(is_active=True)
        .select_related("role_play")
    )
    form = f.ScorecardForm(posted(request), questions=questions)
    if request.method == "POST" and form.is_valid():
        try:
            interviews.submit_scorecard(
                candidate,
                interviewer=member,
                call=form.cleaned_data["call"],
                ratings=form.ratings(),
                notes=form.notes_by_question(),
                overall_notes=form.cleaned_data["notes"],
                role_plays=form.role_plays(),
            )
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, _("Scorecard submitted; the others' are open to you now."))
            return redirect(candidate)
    return form_page(
        request,
        form,
        title=_("Scorecard: %(name)s") % {"name": candidate.name},
        intro=_(
            "Rate 1 (poor) to 5 (excellent) each question you asked. Where you ran a question's "
            "role-play, score every point of its rubric; it is scored as a test is."
        ),
        submit=_("Submit"),
    )


@member_required(access.LOCATION_MANAGERS)
def question_edit(request: MemberRequest, interviewquestion_code: UUID) -> HttpResponse:
    member = request.membership
    question = get_question_for_member(member, interviewquestion_code)
    initial = {
        "text": question.text,
        "good_answer": question.good_answer,
        "red_flags": question.red_flags,
        "behaviours": [b.code for b in question.behaviours.all()],
        "role_play": question.role_play.code if question.role_play_id else None,
    }
    form = f.QuestionForm(posted(request), member=member, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            interviews.edit_question(
                question,
                text=data["text"],
                good_answer=data["good_answer"],
                red_flags=data["red_flags"],
                behaviours=list(data["behaviours"]),
                role_play=data["role_play"],
            )
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, _("Question saved."))
            return redirect("people:interview-list")
    return form_page(
        request,
        form,
        title=_("Edit an interview question"),
        intro=_("Scorecards that rated it keep their ratings."),
        submit=_("Save"),
    )


@require_POST
@member_required(access.LOCATION_MANAGERS)
def question_retire(request: MemberRequest, interviewquestion_code: UUID) -> HttpResponse:
    question = get_question_for_member(request.membership, interviewquestion_code)
    in_use = in_use_wanted(request)
    interviews.set_question_in_use(question, in_use)
    if in_use:
        messages.success(request, _("The question is in the bank again."))
    else:
        messages.success(request, _("Retired: kept on past scorecards, asked no more."))
    return redirect("people:interview-list")
