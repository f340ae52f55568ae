"""People pages shared by every area: the People home, a supervisor's team, the
people settings, and the small helpers the area modules use."""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Count, OuterRef, Subquery
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from servicegap.core import access
from servicegap.core.access import MemberRequest, member_required
from servicegap.core.models import Employee, Membership
from servicegap.people import forms as f
from servicegap.people import scenarios
from servicegap.people.models import (
    CoachingNote,
    PeopleSettings,
    ScenarioAttempt,
)


def form_page(
    request: MemberRequest, form, *, title: str, intro: str = "", submit: str = "", status=None
) -> HttpResponse:
    if status is None:
        status = 400 if request.method == "POST" else 200
    context = {"form": form, "title": title, "intro": intro, "submit_label": submit}
    return render(request, "core/form.html", context, status=status)


def posted(request: MemberRequest):
    """The POST data (even empty) of a POST, else None: an empty POST is a bound form."""
    return request.POST if request.method == "POST" else None


def in_use_wanted(request: MemberRequest) -> bool:
    """A retire/restore POST: `in_use=1` brings the item back, anything else retires it."""
    return request.POST.get("in_use") == "1"


def my_employee(member: Membership) -> Employee | None:
    return Employee.objects.filter(
        organization_id=member.organization_id, user_id=member.user_id
    ).first()


@member_required(access.TEAM)
def home(request: MemberRequest) -> HttpResponse:
    member = request.membership
    me = my_employee(member)
    today = timezone.localdate(timezone=member.organization.tz)
    attempts = (
        ScenarioAttempt.objects.for_member(member)
        .filter(employee=me, submitted_at=None)
        .select_related("scenario")
        if me
        else ScenarioAttempt.objects.none()
    )
    to_grade = list(scenarios.attempts_to_grade(member).select_related("scenario", "employee")[:20])
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


@member_required(access.ORGANISATION_ADMINS)
def people_settings(request: MemberRequest) -> HttpResponse:
    """Pass marks per role, when a rule counts as bent often, candidates' data retention."""
    member = request.membership
    current = PeopleSettings.for_organization(member.organization)
    form = f.SettingsForm(posted(request), instance=current)
    if request.method == "POST" and form.is_valid():
        scenarios.save_settings(member.organization, form)
        messages.success(request, _("Settings saved."))
        return redirect("people:settings")
    return form_page(request, form, title=_("People settings"), submit=_("Save"))
