"""Escalation ladders: the organisation's default and each location's own (owners edit)."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from servicegap.core import access
from servicegap.core.access import MemberRequest, get_for_member, member_required
from servicegap.core.models import Location
from servicegap.recovery import ladders
from servicegap.recovery.forms import LadderForm
from servicegap.recovery.models import LadderStep


def _initial(organization, location) -> dict:
    steps = LadderStep.objects.filter(organization=organization, location=location)
    initial = {}
    for step in steps.prefetch_related("members"):
        initial[f"level_{step.level}_members"] = list(step.members.all())
        initial[f"level_{step.level}_hours"] = step.hold_hours
    return initial


def _edit(request: MemberRequest, location: Location | None) -> HttpResponse:
    org = request.membership.organization
    can_edit = request.membership.role in access.ORGANISATION_ADMINS
    data = request.POST if request.method == "POST" and can_edit else None
    form = LadderForm(data, organization=org, location=location, initial=_initial(org, location))
    if data is not None and form.is_valid():
        try:
            ladders.save_ladder(org, location, form.rungs())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Escalation ladder saved."))
            return redirect(request.path)
    context = {
        "form": form,
        "location": location,
        "ladder": ladders.ladder_for(org, location),
        "can_edit": can_edit,
        "locations": request.membership.visible_locations().order_by("name"),
    }
    status = 400 if data is not None else 200
    return render(request, "recovery/ladder.html", context, status=status)


@member_required(access.LOCATION_MANAGERS)
def ladder_default(request: MemberRequest) -> HttpResponse:
    if request.method == "POST" and request.membership.role not in access.ORGANISATION_ADMINS:
        return HttpResponse(status=403)
    return _edit(request, None)


@member_required(access.LOCATION_MANAGERS)
def ladder_location(request: MemberRequest, location_code: UUID) -> HttpResponse:
    location = get_for_member(Location, request.membership, code=location_code)
    if request.method == "POST" and request.membership.role not in access.ORGANISATION_ADMINS:
        return HttpResponse(status=403)
    return _edit(request, location)
