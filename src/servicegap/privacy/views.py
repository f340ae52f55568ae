"""Owners' pages: find a customer to erase, confirm and erase, the erasure log, and the
retention settings. Every query starts from the owner's membership."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from servicegap.core import access
from servicegap.core.access import MemberRequest, get_for_member, member_required
from servicegap.customers import erasure as customers_erasure
from servicegap.customers.models import Customer
from servicegap.people.models import PeopleSettings
from servicegap.privacy import erasure, retention
from servicegap.privacy.forms import FindCustomerForm, RetentionSettingsForm
from servicegap.privacy.models import ErasureLog, RetentionSettings

LOG_SHOWN = 100
MATCHES_SHOWN = 20


@member_required(access.ORGANISATION_ADMINS)
def find_customer(request: MemberRequest) -> HttpResponse:
    """Find the customer to erase by id, name, e-mail address or phone number."""
    form = FindCustomerForm(request.GET or None)
    found = None
    if form.is_valid():
        customers = Customer.objects.for_member(request.membership).select_related("home_location")
        found = customers_erasure.find_customers(customers, form.cleaned_data["q"])
    return render(
        request,
        "privacy/find.html",
        {"form": form, "found": found[:MATCHES_SHOWN] if found else found},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


@require_http_methods(["GET", "POST"])
@member_required(access.ORGANISATION_ADMINS)
def erase_customer(request: MemberRequest, customer_code: UUID) -> HttpResponse:
    """GET: what will be erased, and that it cannot be undone; POST: erase it."""
    customer = get_for_member(Customer, request.membership, code=customer_code)
    if request.method == "POST":
        try:
            erasure.erase_customer(customer, by=request.user, via=ErasureLog.Via.PAGE)
        except erasure.ErasureError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The customer's data was erased."))
        return redirect("privacy:log")
    counts = erasure.preview(customer, request.membership)
    context = {
        "customer": customer,
        "counts": counts,
        "responses": counts["responses"],
        "comments": counts["comments"],
    }
    return render(request, "privacy/erase_confirm.html", context)


@member_required(access.ORGANISATION_ADMINS)
def erasure_log(request: MemberRequest) -> HttpResponse:
    """The organisation's erasures: who, when, how many rows of each kind."""
    logs = ErasureLog.objects.for_member(request.membership).select_related("by")[:LOG_SHOWN]
    return render(request, "privacy/log.html", {"logs": logs})


@require_http_methods(["GET", "POST"])
@member_required(access.ORGANISATION_ADMINS)
def retention_settings(request: MemberRequest) -> HttpResponse:
    organization = request.membership.organization
    form = RetentionSettingsForm(
        request.POST or None, instance=RetentionSettings.for_organization(organization)
    )
    if request.method == "POST" and form.is_valid():
        retention.save_settings(organization, form)
        messages.success(request, _("Retention settings saved."))
        return redirect("privacy:settings")
    candidates = PeopleSettings.for_organization(organization).candidate_retention_days
    return render(
        request,
        "privacy/settings.html",
        {"form": form, "candidate_days": candidates},
        status=400 if form.is_bound else 200,
    )
