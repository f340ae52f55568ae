"""An employee's page, coaching notes and the rule-bend log. Logic in `people.coaching`."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from servicegap.core import access
from servicegap.core.access import MemberRequest, member_required
from servicegap.core.models import Membership
from servicegap.people import coaching, scenarios
from servicegap.people import forms as f
from servicegap.people.models import (
    CoachingNote,
    RuleBend,
)
from servicegap.people.permissions import (
    get_bend_for_member,
    get_employee_for_member,
    get_note_for_member,
)
from servicegap.people.scenarios import PeopleError
from servicegap.people.views.common import form_page, posted

FOLLOW_UP_DAYS = 7  # the follow-up date offered on the stepping-in form


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
            "praise": coaching.praise(member, employee),
            "is_me": employee.user_id == member.user_id,
            "can_coach": member.role in access.SUPERVISORS and employee.user_id != member.user_id,
            "reply_form": f.ReplyForm(),
        },
    )


@member_required(access.SUPERVISORS)
def note_create(request: MemberRequest, employee_code: UUID) -> HttpResponse:
    member = request.membership
    employee = get_employee_for_member(member, employee_code)
    evidence = _evidence(member, request.GET if request.method == "GET" else request.POST)
    form = f.NoteForm(posted(request))
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
    form = f.NoteStartForm(posted(request), member=member)
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


@member_required(access.SUPERVISORS)
def observe(request: MemberRequest) -> HttpResponse:
    """An observation and the note of stepping in, on one form and in one transaction
    (`?employee=<code>` chooses the employee)."""
    member = request.membership
    today = timezone.localdate(timezone=member.organization.tz)
    initial = {"follow_up_on": today + timedelta(days=FOLLOW_UP_DAYS)}
    if request.GET.get("employee"):
        initial["employee"] = request.GET["employee"]
    form = f.ObserveForm(posted(request), member=member, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        employee = data.pop("employee")
        try:
            note = coaching.observe_and_step_in(employee, by=member, **data)
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, _("Observation and coaching note saved."))
            return redirect(reverse("people:employee", args=[employee.code]) + f"#note-{note.pk}")
    return form_page(
        request,
        form,
        title=_("I stepped in during service"),
        intro=_(
            "What you saw counts as an observation of the behaviour (the Observed lens); "
            "what you said and what to do next time become a coaching note to the employee."
        ),
        submit=_("Save both"),
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
    return form_page(request, form, title=_("Reply to a coaching note"), submit=_("Reply"))


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
    form = f.BendForm(posted(request), member=member)
    if request.method == "POST" and form.is_valid():
        try:
            coaching.record_bend(by=member, **form.cleaned_data)
        except PeopleError as error:
            f.show_error(form, error)
        else:
            messages.success(request, _("Thank you: the rule bend is in the log."))
            return redirect("people:bend-list")
    return form_page(
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
    form = f.ReviewForm(posted(request), initial={"review_note": bend.review_note})
    if request.method == "POST" and form.is_valid():
        coaching.review_bend(bend, by=member, note=form.cleaned_data["review_note"])
        messages.success(request, _("Reviewed."))
        return redirect("people:bend-list")
    return form_page(
        request, form, title=_("Review: %(rule)s") % {"rule": bend.rule}, submit=_("Reviewed")
    )
