"""The frontline ideas board. Logic in `people.ideas`."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from servicegap.core import access
from servicegap.core.access import MemberRequest, member_required
from servicegap.people import forms as f
from servicegap.people import ideas
from servicegap.people.models import (
    Idea,
)
from servicegap.people.permissions import (
    get_idea_for_member,
)
from servicegap.people.scenarios import PeopleError
from servicegap.people.views.common import form_page, posted


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
    form = f.IdeaForm(posted(request), member=member)
    if request.method == "POST" and form.is_valid():
        try:
            idea = ideas.post_idea(by=member, **form.cleaned_data)
        except PeopleError as error:
            f.show_error(form, error)
        else:
            return redirect(idea)
    return form_page(
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
