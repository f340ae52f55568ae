"""Pages of the service card: the card itself (HTML and PDF) and its editor.

The card is for the team (owner to staff); editing is for leaders (owner, executive).
Items that audits may have used are retired, not deleted: only a retired item that
nothing refers to can be deleted.
"""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.db import transaction
from django.forms import ModelForm
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from servicegap.core import access
from servicegap.core.access import MemberRequest, get_for_member, member_required
from servicegap.core.models import Department, Location, Membership
from servicegap.standards import editing
from servicegap.standards.card import (
    ServiceCard,
    build_card,
    card_pdf_filename,
    render_card_pdf,
)
from servicegap.standards.forms import BehaviourForm, JourneyStepForm, StandardForm
from servicegap.standards.models import Behaviour, JourneyStep, Standard
from servicegap.standards.pdf import PANGO_HINT, PdfUnavailable

# The card ------------------------------------------------------------------------------


@member_required(access.TEAM)
def card(request: MemberRequest) -> HttpResponse:
    return _card_page(request, build_card(request.membership))


@member_required(access.TEAM)
def card_pdf(request: MemberRequest) -> HttpResponse:
    return _card_pdf(request, build_card(request.membership))


@member_required(access.TEAM)
def location_card(request: MemberRequest, location_code: UUID) -> HttpResponse:
    location = get_for_member(Location, request.membership, code=location_code)
    return _card_page(request, build_card(request.membership, location=location))


@member_required(access.TEAM)
def location_card_pdf(request: MemberRequest, location_code: UUID) -> HttpResponse:
    location = get_for_member(Location, request.membership, code=location_code)
    return _card_pdf(request, build_card(request.membership, location=location))


@member_required(access.TEAM)
def department_card(request: MemberRequest, department_code: UUID) -> HttpResponse:
    department = get_for_member(Department, request.membership, code=department_code)
    return _card_page(request, build_card(request.membership, department=department))


@member_required(access.TEAM)
def department_card_pdf(request: MemberRequest, department_code: UUID) -> HttpResponse:
    department = get_for_member(Department, request.membership, code=department_code)
    return _card_pdf(request, build_card(request.membership, department=department))


def _card_urls(card: ServiceCard) -> tuple[str, str]:
    """The card's page and its PDF."""
    if card.location is not None:
        args = [card.location.code]
        return reverse("standards:location-card", args=args), reverse(
            "standards:location-card-pdf", args=args
        )
    if card.department is not None:
        args = [card.department.code]
        return reverse("standards:department-card", args=args), reverse(
            "standards:department-card-pdf", args=args
        )
    return reverse("standards:card"), reverse("standards:card-pdf")


def _card_page(request: MemberRequest, card: ServiceCard) -> HttpResponse:
    membership = request.membership
    page_url, pdf_url = _card_urls(card)
    return render(
        request,
        "standards/card.html",
        {
            "card": card,
            "page_url": page_url,
            "pdf_url": pdf_url,
            "locations": membership.visible_locations(),
            "departments": Department.objects.for_member(membership),
            "can_edit": membership.role in access.LEADERS,
        },
    )


def _card_pdf(request: MemberRequest, card: ServiceCard) -> HttpResponse:
    try:
        pdf = render_card_pdf(card, request)
    except PdfUnavailable as error:
        page_url, _pdf_url = _card_urls(card)
        return render(
            request,
            "standards/pdf_unavailable.html",
            {"reason": str(error), "hint": PANGO_HINT, "page_url": page_url},
            status=503,
        )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{card_pdf_filename(card)}"'
    return response


# The editor ----------------------------------------------------------------------------


@member_required(access.LEADERS)
def editor(request: MemberRequest) -> HttpResponse:
    return render(
        request, "standards/editor.html", {"steps": editing.editor_steps(request.membership)}
    )


def _editor_url(item: editing.CardItem | None = None) -> str:
    url = reverse("standards:editor")
    return f"{url}#item-{item.code}" if item is not None else url


def _save_form(
    request: MemberRequest,
    form: ModelForm,
    *,
    title: str,
    intro: str = "",
    save=None,
) -> HttpResponse:
    """Show `form`; on a valid POST save it (with `save`, else `form.save`) and go back
    to the editor at the item. An invalid POST answers 400 and saves nothing."""
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            item = form.save(commit=False)
            message = save(item) if save is not None else item.save()
        messages.success(request, message or _("Saved."))
        return redirect(_editor_url(item))
    return render(
        request,
        "core/form.html",
        {"form": form, "title": title, "intro": intro, "cancel_url": _editor_url()},
        status=400 if form.is_bound else 200,
    )


def _added(item: editing.CardItem) -> str:
    editing.add_item(item)
    return _("Added.")


@member_required(access.LEADERS)
def step_create(request: MemberRequest) -> HttpResponse:
    form = JourneyStepForm(request.POST or None, membership=request.membership)
    return _save_form(request, form, title=_("Add a journey step"), save=_added)


@member_required(access.LEADERS)
def step_edit(request: MemberRequest, journeystep_code: UUID) -> HttpResponse:
    step = get_for_member(JourneyStep, request.membership, code=journeystep_code)
    form = JourneyStepForm(request.POST or None, instance=step, membership=request.membership)
    return _save_form(request, form, title=_("Edit the step %(name)s") % {"name": step.name})


@member_required(access.LEADERS)
def standard_create(request: MemberRequest, journeystep_code: UUID) -> HttpResponse:
    step = get_for_member(JourneyStep, request.membership, code=journeystep_code)
    form = StandardForm(request.POST or None, membership=request.membership, initial={"step": step})
    return _save_form(
        request,
        form,
        title=_("Add a standard to %(step)s") % {"step": step.name},
        intro=_("A standard says how we serve the guest at this step: “how we serve you”."),
        save=_added,
    )


@member_required(access.LEADERS)
def standard_edit(request: MemberRequest, standard_code: UUID) -> HttpResponse:
    standard = get_for_member(Standard, request.membership, code=standard_code)
    form = StandardForm(request.POST or None, instance=standard, membership=request.membership)
    return _save_form(request, form, title=_("Edit a standard"), save=_saved_standard)


def _saved_standard(standard: Standard) -> str:
    editing.save_standard(standard)
    return _("Saved.")


@member_required(access.LEADERS)
def behaviour_create(request: MemberRequest, standard_code: UUID) -> HttpResponse:
    standard = get_for_member(Standard, request.membership, code=standard_code)
    form = BehaviourForm(
        request.POST or None, membership=request.membership, initial={"standard": standard}
    )
    return _save_form(
        request,
        form,
        title=_("Add a behaviour"),
        intro=_(
            "“How you will know”: something a guest or a mystery shopper can see and "
            "check yes or no. Standard: %(text)s"
        )
        % {"text": standard.text},
        save=_added,
    )


@member_required(access.LEADERS)
def behaviour_edit(request: MemberRequest, behaviour_code: UUID) -> HttpResponse:
    behaviour = get_for_member(Behaviour, request.membership, code=behaviour_code)
    form = BehaviourForm(request.POST or None, instance=behaviour, membership=request.membership)
    return _save_form(
        request,
        form,
        title=_("Edit a behaviour"),
        intro=_(
            "Changing the text, weight, critical flag or target makes a new version "
            "(now version %(version)s); audits already made keep the wording they were "
            "given."
        )
        % {"version": behaviour.version},
        save=_saved_behaviour,
    )


def _saved_behaviour(behaviour: Behaviour) -> str:
    if editing.save_edited_behaviour(behaviour):
        return _("Saved as version %(version)s.") % {"version": behaviour.version}
    return _("Saved.")


# Reorder, retire, restore, delete: one view each for steps, standards and behaviours.


def _get_item(
    membership: Membership,
    *,
    journeystep_code: UUID | None = None,
    standard_code: UUID | None = None,
    behaviour_code: UUID | None = None,
) -> editing.CardItem:
    if journeystep_code is not None:
        return get_for_member(JourneyStep, membership, code=journeystep_code)
    if standard_code is not None:
        return get_for_member(Standard, membership, code=standard_code)
    return get_for_member(Behaviour, membership, code=behaviour_code)


@require_POST
@member_required(access.LEADERS)
def move(request: MemberRequest, **codes: UUID) -> HttpResponse:
    """Move an item up or down; htmx gets the editor's tree back, a plain form a redirect."""
    item = _get_item(request.membership, **codes)
    direction = request.POST.get("direction")
    if direction not in ("up", "down"):
        return HttpResponseBadRequest(_("direction: expected “up” or “down”."))
    editing.move(item, direction)
    if request.htmx:
        return render(
            request,
            "standards/_editor_tree.html",
            {"steps": editing.editor_steps(request.membership)},
        )
    return redirect(_editor_url(item))


@require_POST
@member_required(access.LEADERS)
def retire(request: MemberRequest, **codes: UUID) -> HttpResponse:
    item = _get_item(request.membership, **codes)
    editing.retire(item)
    messages.success(
        request,
        _(
            "Retired: it is off the card and out of new audits; past audits keep it. "
            "Restore it at any time."
        ),
    )
    return redirect(_editor_url(item))


@require_POST
@member_required(access.LEADERS)
def restore(request: MemberRequest, **codes: UUID) -> HttpResponse:
    item = _get_item(request.membership, **codes)
    editing.restore(item)
    messages.success(request, _("Restored: it is back on the card."))
    return redirect(_editor_url(item))


@require_POST
@member_required(access.LEADERS)
def delete(request: MemberRequest, **codes: UUID) -> HttpResponse:
    item = _get_item(request.membership, **codes)
    try:
        editing.delete_retired(item)
    except editing.NotDeletable as refusal:
        messages.error(request, str(refusal))
        return redirect(_editor_url(item))
    messages.success(request, _("Deleted."))
    return redirect(_editor_url())
