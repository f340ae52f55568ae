"""Training proposed from failures, and its measured effect. Logic in `people.training`."""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID

from django.contrib import messages
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from servicegap.core import access
from servicegap.core.access import MemberRequest, member_required
from servicegap.core.models import Location
from servicegap.people import forms as f
from servicegap.people import training
from servicegap.people.models import (
    ScenarioAttempt,
    TrainingProposal,
)
from servicegap.people.permissions import (
    get_training_for_member,
)
from servicegap.people.scenarios import PeopleError
from servicegap.people.views.common import form_page


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
    return form_page(
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
    return form_page(request, form, title=_("Start the training"), submit=_("Assign"))
