from __future__ import annotations

from uuid import UUID

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.forms import ModelForm
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from servicegap.core import access, organizations, tokens
from servicegap.core.access import MemberRequest, get_for_member, member_required
from servicegap.core.forms import (
    AcceptInvitationSignupForm,
    AccountSettingsForm,
    ApiTokenForm,
    DepartmentForm,
    EmployeeForm,
    InvitationForm,
    LocationForm,
    MembershipForm,
    OrganizationForm,
    RegionForm,
)
from servicegap.core.models import (
    AccountSettings,
    ApiToken,
    Department,
    Employee,
    Invitation,
    Location,
    Membership,
    Region,
)
from servicegap.core.navigation import AREAS_BY_SLUG, area_url


def _save_form(
    request: MemberRequest,
    form_class: type[ModelForm],
    *,
    instance=None,
    title: str,
    success_url: str,
    cancel_url: str,
) -> HttpResponse:
    """Show a member-bound model form; on a valid POST save it and go to `success_url`."""
    with transaction.atomic():
        form = form_class(request.POST or None, instance=instance, membership=request.membership)
        if request.method == "POST" and form.is_valid():
            saved = form.save()
            messages.success(request, _("Saved %(name)s.") % {"name": saved})
            return redirect(success_url)
    return render(
        request,
        "core/form.html",
        {"form": form, "title": title, "cancel_url": cancel_url},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


# Home and navigation ------------------------------------------------------------------


@member_required()
def home(request: MemberRequest) -> HttpResponse:
    return render(request, "core/home.html", home_context(request.membership))


def home_context(membership: Membership) -> dict:
    """The member's locations and areas: the part of the home page core itself knows."""
    locations = membership.visible_locations().select_related("region")
    areas = [
        {"area": item["area"], "url": item["url"], "ready": item["ready"]}
        for item in _areas_for(membership)
    ]
    return {
        "locations": locations[:50],
        "location_count": locations.count(),
        "areas": areas,
        "can_add_location": membership.role in access.LEADERS,
    }


def _areas_for(membership: Membership) -> list[dict]:
    items = []
    for area in AREAS_BY_SLUG.values():
        if area.slug == "home" or membership.role not in area.roles:
            continue
        url, ready = area_url(area)
        items.append({"area": area, "url": url, "ready": ready})
    return items


@member_required()
def coming_soon(request: MemberRequest, area: str) -> HttpResponse:
    found = AREAS_BY_SLUG.get(area)
    if found is None:
        raise Http404
    access.require_role(request.membership, found.roles)
    return render(request, "core/coming_soon.html", {"area": found})


# Organisations ------------------------------------------------------------------------


@login_required
def organization_create(request: MemberRequest) -> HttpResponse:
    form = OrganizationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        membership = organizations.create_organization(owner=request.user, **form.cleaned_data)
        access.remember_organization(request, membership)
        messages.success(
            request,
            _("%(name)s is ready. Add your first location.")
            % {"name": membership.organization.name},
        )
        return redirect("core:location-create")
    return render(
        request,
        "core/form.html",
        {
            "form": form,
            "title": _("Create an organisation"),
            "intro": _("You will be its owner, and can invite others afterwards."),
            "cancel_url": reverse("core:home") if request.membership else "",
        },
        status=400 if form.is_bound else 200,
    )


@member_required(access.ORGANISATION_ADMINS)
def organization_settings(request: MemberRequest) -> HttpResponse:
    organization = request.membership.organization
    form = OrganizationForm(request.POST or None, instance=organization)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Organisation settings saved."))
        return redirect("core:home")
    return render(
        request,
        "core/form.html",
        {"form": form, "title": _("Organisation settings"), "cancel_url": reverse("core:home")},
        status=400 if form.is_bound else 200,
    )


@login_required
def account_settings(request: MemberRequest) -> HttpResponse:
    """The member's own choices (their language), kept on their account."""
    instance = AccountSettings.objects.filter(user=request.user).first()
    form = AccountSettingsForm(
        request.POST or None, instance=instance or AccountSettings(user=request.user)
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your settings are saved."))
        return redirect("core:account-settings")
    return render(
        request,
        "core/form.html",
        {
            "form": form,
            "title": _("Your account"),
            "intro": _("These choices are yours, in every organisation you belong to."),
            "cancel_url": reverse("core:home") if request.membership else "",
        },
        status=400 if form.is_bound else 200,
    )


@require_POST
@login_required
def switch_organization(request: MemberRequest) -> HttpResponse:
    try:
        code = UUID(request.POST.get("organization", ""))
    except ValueError:
        raise Http404 from None
    membership = get_object_or_404(
        Membership.objects.select_related("organization"),
        user=request.user,
        organization__code=code,
    )
    access.remember_organization(request, membership)
    messages.info(
        request, _("You are now working in %(name)s.") % {"name": membership.organization}
    )
    return redirect("core:home")


# Locations, regions, departments ------------------------------------------------------


@member_required(access.TEAM)
def location_list(request: MemberRequest) -> HttpResponse:
    locations = organizations.locations_for(request.membership)
    return render(
        request,
        "core/location_list.html",
        {"locations": locations, "can_edit": request.membership.role in access.LEADERS},
    )


@member_required(access.TEAM)
def location_detail(request: MemberRequest, location_code: UUID) -> HttpResponse:
    location = get_for_member(Location, request.membership, code=location_code)
    employees = (
        Employee.objects.for_member(request.membership)
        .filter(location=location, is_active=True)
        .select_related("department")
    )
    return render(
        request,
        "core/location_detail.html",
        {
            "location": location,
            "employees": employees,
            "can_edit": request.membership.role in access.LEADERS,
        },
    )


@member_required(access.LEADERS)
def location_create(request: MemberRequest) -> HttpResponse:
    return _save_form(
        request,
        LocationForm,
        title=_("Add a location"),
        success_url=reverse("core:location-list"),
        cancel_url=reverse("core:location-list"),
    )


@member_required(access.LEADERS)
def location_edit(request: MemberRequest, location_code: UUID) -> HttpResponse:
    location = get_for_member(Location, request.membership, code=location_code)
    return _save_form(
        request,
        LocationForm,
        instance=location,
        title=_("Edit %(name)s") % {"name": location},
        success_url=location.get_absolute_url(),
        cancel_url=location.get_absolute_url(),
    )


@member_required(access.TEAM)
def region_list(request: MemberRequest) -> HttpResponse:
    regions = organizations.regions_for(request.membership)
    return render(
        request,
        "core/region_list.html",
        {"regions": regions, "can_edit": request.membership.role in access.LEADERS},
    )


@member_required(access.LEADERS)
def region_create(request: MemberRequest) -> HttpResponse:
    url = reverse("core:region-list")
    return _save_form(request, RegionForm, title=_("Add a region"), success_url=url, cancel_url=url)


@member_required(access.LEADERS)
def region_edit(request: MemberRequest, region_code: UUID) -> HttpResponse:
    region = get_for_member(Region, request.membership, code=region_code)
    url = reverse("core:region-list")
    return _save_form(
        request,
        RegionForm,
        instance=region,
        title=_("Edit %(name)s") % {"name": region},
        success_url=url,
        cancel_url=url,
    )


@member_required(access.TEAM)
def department_list(request: MemberRequest) -> HttpResponse:
    departments = organizations.departments_for(request.membership)
    return render(
        request,
        "core/department_list.html",
        {"departments": departments, "can_edit": request.membership.role in access.LEADERS},
    )


@member_required(access.LEADERS)
def department_create(request: MemberRequest) -> HttpResponse:
    url = reverse("core:department-list")
    return _save_form(
        request, DepartmentForm, title=_("Add a department"), success_url=url, cancel_url=url
    )


@member_required(access.LEADERS)
def department_edit(request: MemberRequest, department_code: UUID) -> HttpResponse:
    department = get_for_member(Department, request.membership, code=department_code)
    url = reverse("core:department-list")
    return _save_form(
        request,
        DepartmentForm,
        instance=department,
        title=_("Edit %(name)s") % {"name": department},
        success_url=url,
        cancel_url=url,
    )


# Employees ----------------------------------------------------------------------------


@member_required(access.SUPERVISORS)
def employee_list(request: MemberRequest) -> HttpResponse:
    location_code = request.GET.get("location", "")
    selected = None
    if location_code:
        try:
            selected = get_for_member(Location, request.membership, code=UUID(location_code))
        except ValueError:
            raise Http404 from None
    employees = organizations.employees_for(
        request.membership, location=selected, show_all=request.GET.get("show") == "all"
    )
    return render(
        request,
        "core/employee_list.html",
        {
            "employees": employees,
            "locations": request.membership.visible_locations(),
            "selected": selected,
            "show_all": request.GET.get("show") == "all",
            "can_edit": request.membership.role in access.LOCATION_MANAGERS,
        },
    )


@member_required(access.LOCATION_MANAGERS)
def employee_create(request: MemberRequest) -> HttpResponse:
    url = reverse("core:employee-list")
    return _save_form(
        request, EmployeeForm, title=_("Add an employee"), success_url=url, cancel_url=url
    )


@member_required(access.LOCATION_MANAGERS)
def employee_edit(request: MemberRequest, employee_code: UUID) -> HttpResponse:
    employee = get_for_member(Employee, request.membership, code=employee_code)
    url = reverse("core:employee-list")
    return _save_form(
        request,
        EmployeeForm,
        instance=employee,
        title=_("Edit %(name)s") % {"name": employee},
        success_url=url,
        cancel_url=url,
    )


# Members and invitations --------------------------------------------------------------


@member_required(access.ORGANISATION_ADMINS)
def member_list(request: MemberRequest) -> HttpResponse:
    members = organizations.members_of(request.membership)
    invitations = organizations.open_invitations(request.membership)
    return render(
        request,
        "core/member_list.html",
        {"members": members, "invitations": invitations, "now": timezone.now()},
    )


@member_required(access.ORGANISATION_ADMINS)
def member_invite(request: MemberRequest) -> HttpResponse:
    form = InvitationForm(request.POST or None, membership=request.membership)
    if request.method == "POST" and form.is_valid():
        invitation = organizations.invite_member(
            form.save(commit=False),
            invited_by=request.user,
            regions=form.cleaned_data.get("regions", ()),
            locations=form.cleaned_data.get("locations", ()),
        )
        _send_invitation(request, invitation)
        return redirect("core:member-list")
    return render(
        request,
        "core/form.html",
        {
            "form": form,
            "title": _("Invite a member"),
            "intro": _("They get an e-mail with a link that works once, for %(days)s days.")
            % {"days": settings.INVITATION_MAX_AGE_DAYS},
            "cancel_url": reverse("core:member-list"),
            "submit_label": _("Send the invitation"),
        },
        status=400 if form.is_bound else 200,
    )


def _send_invitation(request: MemberRequest, invitation: Invitation) -> None:
    """E-mail the link; if the mail server refuses, say so and keep the invitation."""
    error = organizations.try_send_invitation(invitation, request.build_absolute_uri("/"))
    if error is not None:
        messages.error(
            request,
            _(
                "The invitation to %(email)s is saved, but the e-mail could not be sent "
                "(%(error)s). Check the e-mail settings, then use “Send again”."
            )
            % {"email": invitation.email, "error": error},
        )
    else:
        messages.success(request, _("Invitation sent to %(email)s.") % {"email": invitation.email})


@require_POST
@member_required(access.ORGANISATION_ADMINS)
def invitation_resend(request: MemberRequest, invitation_code: UUID) -> HttpResponse:
    invitation = get_for_member(Invitation, request.membership, code=invitation_code)
    if invitation.is_pending():
        _send_invitation(request, invitation)
    else:
        messages.warning(request, _("That invitation was already used, withdrawn or expired."))
    return redirect("core:member-list")


@member_required(access.ORGANISATION_ADMINS)
def invitation_revoke(request: MemberRequest, invitation_code: UUID) -> HttpResponse:
    invitation = get_for_member(Invitation, request.membership, code=invitation_code)
    if request.method != "POST":
        return _confirm(
            request,
            _("Withdraw the invitation to %(email)s?") % {"email": invitation.email},
            _("The link in their e-mail will stop working."),
            _("Withdraw the invitation"),
        )
    if organizations.revoke_invitation(invitation):
        messages.success(
            request, _("The invitation to %(email)s was withdrawn.") % {"email": invitation.email}
        )
    else:
        messages.warning(request, _("That invitation was already used or withdrawn."))
    return redirect("core:member-list")


def _confirm(request: MemberRequest, question: str, detail: str, button: str) -> HttpResponse:
    """Ask before doing something that cannot be undone; the form posts back here."""
    return render(
        request,
        "core/confirm.html",
        {
            "question": question,
            "detail": detail,
            "button": button,
            "cancel_url": reverse("core:member-list"),
        },
    )


@member_required(access.ORGANISATION_ADMINS)
def member_edit(request: MemberRequest, membership_code: UUID) -> HttpResponse:
    member = get_for_member(Membership, request.membership, code=membership_code)
    url = reverse("core:member-list")
    return _save_form(
        request,
        MembershipForm,
        instance=member,
        title=_("Role of %(email)s") % {"email": member.user.email},
        success_url=url,
        cancel_url=url,
    )


@member_required(access.ORGANISATION_ADMINS)
def member_remove(request: MemberRequest, membership_code: UUID) -> HttpResponse:
    member = get_for_member(Membership, request.membership, code=membership_code)
    if request.method != "POST":
        return _confirm(
            request,
            _("Remove %(email)s from %(name)s?")
            % {"email": member.user.email, "name": member.organization.name},
            _("They will no longer see anything of this organisation. Their login stays."),
            _("Remove"),
        )
    try:
        organizations.remove_member(member)
    except organizations.LastOwnerError as error:
        messages.error(request, str(error))
        return redirect("core:member-list")
    messages.success(
        request,
        _("%(email)s no longer belongs to this organisation.") % {"email": member.user.email},
    )
    return redirect("core:member-list")


def invitation_accept(request: MemberRequest, token: str) -> HttpResponse:
    """Accept an invitation: log in as the invited address, or choose a password."""
    invitation = get_object_or_404(Invitation.objects.select_related("organization"), token=token)
    context = {"invitation": invitation}
    try:
        organizations.check_invitation(invitation)
    except organizations.InvitationError as error:
        return render(
            request, "core/invitation_accept.html", {**context, "error": error}, status=410
        )

    user = request.user
    if user.is_authenticated:
        if user.email.lower() != invitation.email:
            context["wrong_user"] = True
            return render(request, "core/invitation_accept.html", context, status=403)
        if request.method == "POST":
            return _accept(request, invitation, user)
        return render(request, "core/invitation_accept.html", context)

    context["has_account"] = organizations.login_exists(invitation.email)
    form = AcceptInvitationSignupForm(request.POST or None, email=invitation.email)
    if request.method == "POST" and not context["has_account"] and form.is_valid():
        try:
            with transaction.atomic():
                user = organizations.create_invited_user(invitation, form.cleaned_data["password1"])
                membership = organizations.accept_invitation(invitation, user)
        except IntegrityError:
            # A double click, or a login made with this address meanwhile.
            context["has_account"] = True
            return render(request, "core/invitation_accept.html", context, status=409)
        except organizations.InvitationError as error:
            return render(
                request, "core/invitation_accept.html", {**context, "error": error}, status=410
            )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return _welcome(request, membership)
    context["form"] = form
    return render(
        request, "core/invitation_accept.html", context, status=400 if form.is_bound else 200
    )


def _accept(request: MemberRequest, invitation: Invitation, user) -> HttpResponse:
    try:
        membership = organizations.accept_invitation(invitation, user)
    except organizations.InvitationError as error:
        return render(
            request,
            "core/invitation_accept.html",
            {"invitation": invitation, "error": error},
            status=410,
        )
    return _welcome(request, membership)


def _welcome(request: MemberRequest, membership: Membership) -> HttpResponse:
    access.remember_organization(request, membership)
    messages.success(request, _("Welcome to %(name)s.") % {"name": membership.organization})
    return redirect("core:home")


# API tokens ---------------------------------------------------------------------------


@member_required(access.ORGANISATION_ADMINS)
def token_list(request: MemberRequest) -> HttpResponse:
    form = ApiTokenForm(request.POST or None)
    secret = None
    if request.method == "POST" and form.is_valid():
        token, secret = tokens.create_token(request.membership, form.cleaned_data["name"])
        messages.success(
            request,
            _("Token %(name)s made. Copy it now: it is shown only once.") % {"name": token.name},
        )
        form = ApiTokenForm()
    api_tokens = organizations.tokens_of(request.membership)
    return render(
        request,
        "core/token_list.html",
        {"form": form, "tokens": api_tokens, "secret": secret},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


@require_POST
@member_required(access.ORGANISATION_ADMINS)
def token_revoke(request: MemberRequest, apitoken_code: UUID) -> HttpResponse:
    token = get_for_member(ApiToken, request.membership, code=apitoken_code)
    if tokens.revoke_token(token):
        messages.success(request, _("Token %(name)s revoked.") % {"name": token.name})
    return redirect("core:token-list")
