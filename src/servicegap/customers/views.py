"""Pages of the customers app: the save list, customers, imports, settings.

For owners, executives and managers (a manager sees the customers whose home location
they look after); settings for owners only.
"""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Sum
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from servicegap.core import access
from servicegap.core.access import MemberRequest, get_for_member, member_required
from servicegap.customers import importer, invitations, moments, scoring, uploads
from servicegap.customers.forms import (
    DEFAULT_YEARS,
    CalculatorForm,
    CustomerSearchForm,
    CustomerSettingsForm,
    InvitationSettingsForm,
    ResolveForm,
    SaveListFilterForm,
    SnoozeForm,
    UploadForm,
)
from servicegap.customers.models import (
    RECENT_UNHAPPY_DAYS,
    Alert,
    Customer,
    CustomerScore,
    CustomerSettings,
    ImportRun,
    InvitationSettings,
    SurveyInvitation,
    Visit,
)
from servicegap.customers.visits import last_visits
from servicegap.feedback.models import Response

PAGE_SIZE = 50
TIMELINE_VISITS = 200
CASES_SHOWN = 50
READERS = access.LOCATION_MANAGERS


def _listing(request: MemberRequest, items) -> dict:
    """The page asked for, and the other GET parameters for the pager's links."""
    query = request.GET.copy()
    query.pop("page", None)
    page = Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))
    return {"page": page, "query": query.urlencode()}


@member_required(READERS)
def save_list(request: MemberRequest) -> HttpResponse:
    member = request.membership
    form = SaveListFilterForm(request.GET or None, membership=member)
    alerts = form.filter_alerts(Alert.objects.for_member(member).on_save_list())
    totals = alerts.totals()
    listing = _listing(
        request,
        alerts.with_recent_unhappiness()
        .select_related("customer", "customer__home_location", "customer__score", "claimed_by")
        .order_by(*form.ordering()),
    )
    page = listing["page"]
    page.object_list = list(page.object_list)
    last = last_visits(member, [alert.customer_id for alert in page.object_list])
    for alert in page.object_list:
        alert.last_visit = last.get(alert.customer_id)
    snoozed = Alert.objects.for_member(member).filter(
        status=Alert.Status.SNOOZED, snoozed_until__gt=timezone.now()
    )
    context = {
        **listing,
        "form": form,
        "totals": totals,
        "per_reason": _per_reason(request, totals),
        "snoozed": snoozed.count(),
        "run": scoring.latest_run(member.organization),
        "currency": member.organization.currency,
        "snooze_form": SnoozeForm(),
        "resolve_form": ResolveForm(),
        "can_score": member.role in access.LEADERS,
        "rules": CustomerSettings.for_organization(member.organization),
        "recent_days": RECENT_UNHAPPY_DAYS,
    }
    return render(request, "customers/save_list.html", context, status=_status(form))


def _status(form) -> int:
    return 400 if form.is_bound and not form.is_valid() else 200


def _per_reason(request: MemberRequest, totals: dict) -> list[tuple[str, int, str]]:
    """(label, how many of the listed customers have it, the list of those) per reason."""
    query = request.GET.copy()
    query.pop("page", None)
    rows = []
    for kind in Alert.Kind:
        query["reason"] = kind.value
        rows.append((kind.label, totals[kind.value], query.urlencode()))
    return rows


def _alert_action(request: MemberRequest, code: UUID, action) -> HttpResponse:
    alert = get_for_member(Alert, request.membership, code=code)
    try:
        action(alert)
    except moments.AlertActionError as error:
        messages.error(request, str(error))
    return redirect("customers:save-list")


@require_POST
@member_required(READERS)
def alert_claim(request: MemberRequest, alert_code: UUID) -> HttpResponse:
    return _alert_action(
        request, alert_code, lambda alert: moments.claim_alert(alert, by=request.membership)
    )


@require_POST
@member_required(READERS)
def alert_snooze(request: MemberRequest, alert_code: UUID) -> HttpResponse:
    alert = get_for_member(Alert, request.membership, code=alert_code)
    form = SnoozeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose for how many days to snooze."))
        return redirect("customers:save-list")
    return _alert_action(
        request,
        alert.code,
        lambda a: moments.snooze_alert(a, days=form.cleaned_data["days"], by=request.membership),
    )


@require_POST
@member_required(READERS)
def alert_resolve(request: MemberRequest, alert_code: UUID) -> HttpResponse:
    alert = get_for_member(Alert, request.membership, code=alert_code)
    form = ResolveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say whether the customer was saved or lost."))
        return redirect("customers:save-list")
    saved = form.cleaned_data["outcome"] == "saved"
    return _alert_action(
        request, alert.code, lambda a: moments.resolve_alert(a, saved=saved, by=request.membership)
    )


@require_POST
@member_required(access.LEADERS)
def score_now(request: MemberRequest) -> HttpResponse:
    run = scoring.score_organization(request.membership.organization)
    if run.status == run.Status.TOO_LITTLE_DATA:
        messages.warning(request, _("Not scored: %(why)s") % {"why": run.message})
    else:
        messages.success(request, _("Scored: %(what)s") % {"what": run.message})
    return redirect("customers:save-list")


@member_required(READERS)
def customer_list(request: MemberRequest) -> HttpResponse:
    form = CustomerSearchForm(request.GET or None, membership=request.membership)
    customers = form.filter_customers(
        Customer.objects.for_member(request.membership)
        .select_related("score", "home_location")
        .order_by("external_id")
    )
    # One score per customer: the join adds no rows.
    totals = customers.aggregate(customers=Count("pk"), value_at_risk=Sum("score__value_at_risk"))
    return render(
        request,
        "customers/customer_list.html",
        {"form": form, **_listing(request, customers),
         "totals": totals, "currency": request.membership.organization.currency},
        status=_status(form),
    )  # fmt: skip


@member_required(READERS)
def customer_detail(request: MemberRequest, customer_code: UUID) -> HttpResponse:
    member = request.membership
    customer = get_for_member(Customer, member, code=customer_code)
    organization = member.organization
    visits = list(
        Visit.objects.for_member(member)
        .filter(customer=customer)
        .select_related("location")
        .order_by("-visited_at", "-pk")[:TIMELINE_VISITS]
    )
    visit_count = Visit.objects.for_member(member).filter(customer=customer).count()
    _attach_invitations(visits)
    responses = (
        Response.objects.for_member(member)
        .filter(customer=customer)
        .select_related("location")
        .order_by("-submitted_at")[:50]
    )
    score = CustomerScore.objects.filter(customer=customer).select_related("run").first()
    # The recovery app's cases, through the reverse relation (customers never import it),
    # limited to those the member may see.
    cases = (
        customer.recovery_cases.for_member(member)
        .select_related("location")
        .order_by("-opened_at", "-pk")[:CASES_SHOWN]
    )
    calculator, simple = _calculator(request, score)
    last = last_visits(member, [customer.pk]).get(customer.pk)
    days_since = last.days_ago if last else None
    context = {
        "last_visit": last,
        "if_still_a_customer": score.model_value + score.value_at_risk if score else None,
        "customer": customer,
        "visits": visits,
        "visit_count": visit_count,
        "responses": responses,
        "alerts": customer.alerts.select_related("claimed_by").order_by("-created_at"),
        "cases": cases,
        "score": score,
        "reasons": scoring.score_reasons(score, organization.currency, days_since) if score else [],
        "run": scoring.latest_run(organization),
        "calculator": calculator,
        "simple": simple,
        "currency": organization.currency,
    }
    return render(request, "customers/customer_detail.html", context)


def _calculator(request: MemberRequest, score: CustomerScore | None):
    """The simple value calculator, filled from the customer's own history by default."""
    defaults = scoring.calculator_defaults(score, DEFAULT_YEARS)
    given = {k: v for k, v in request.GET.items() if k in defaults}
    form = CalculatorForm(given or None, initial=defaults)
    data = form.cleaned_data if given and form.is_valid() else (None if given else defaults)
    if data is None:
        return form, None
    return form, (
        scoring.simple_value(data["spend"], data["per_week"], data["years_from"]),
        scoring.simple_value(data["spend"], data["per_week"], data["years_to"]),
        data,
    )


@member_required(READERS)
def import_list(request: MemberRequest) -> HttpResponse:
    runs = _runs_for(request)
    return render(request, "customers/import_list.html", _listing(request, runs))


def _runs_for(request: MemberRequest):
    return uploads.runs_for(request.membership)  # a manager sees their own imports


@member_required(READERS)
def import_upload(request: MemberRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        run = uploads.start_import(
            form.cleaned_data["file"],
            by=request.membership,
            columns=form.columns(),
            day_first=not form.cleaned_data["month_first"],
            dry_run=form.cleaned_data["dry_run"],
        )
        return redirect(run)
    return render(
        request,
        "customers/import_upload.html",
        {"form": form, "fields": importer.FIELDS, "required": importer.REQUIRED},
        status=400 if form.is_bound else 200,
    )


@member_required(READERS)
def import_detail(request: MemberRequest, importrun_code: UUID) -> HttpResponse:
    run = _get_run(request, importrun_code)
    progress = importer.read_progress(run.code) if run.status == run.Status.WRITING else None
    template = (
        "customers/_import_status.html"
        if request.headers.get("HX-Request")
        else "customers/import_detail.html"
    )
    context = {"run": run, "progress": progress, "stopped": run.is_stopped()}
    return render(request, template, context)


def _get_run(request: MemberRequest, code: UUID) -> ImportRun:
    return get_object_or_404(_runs_for(request), code=code)


@require_POST
@member_required(READERS)
def import_skip_bad_rows(request: MemberRequest, importrun_code: UUID) -> HttpResponse:
    run = _get_run(request, importrun_code)
    if not uploads.can_skip_bad_rows(run):
        messages.error(
            request, _("Only a checked file with bad rows can be imported without them.")
        )
        return redirect(run)
    return redirect(uploads.retry_skipping_bad_rows(run))


@require_POST
@member_required(READERS)
def import_cancel(request: MemberRequest, importrun_code: UUID) -> HttpResponse:
    """Cancel the run (the roles that may import, their own runs): one waiting at once,
    a running one at its next batch; nothing of it is shown."""
    run = _get_run(request, importrun_code)
    if uploads.cancel_import(run):
        messages.success(request, _("Import cancelled: nothing of it is imported."))
    else:
        messages.error(request, _("This import has finished: there is nothing to cancel."))
    return redirect(run)


@member_required(access.ORGANISATION_ADMINS)
def customer_settings(request: MemberRequest) -> HttpResponse:
    instance = CustomerSettings.for_organization(request.membership.organization)
    form = CustomerSettingsForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        moments.save_settings(request.membership.organization, form)
        messages.success(request, _("Customer settings saved."))
        return redirect("customers:settings")
    return render(
        request,
        "customers/settings.html",
        {"form": form, "title": _("Save list settings")},
        status=400 if form.is_bound else 200,
    )


# Survey invitations ----------------------------------------------------------------------


def _attach_invitations(visits: list[Visit]) -> None:
    """Each visit's survey invitation and its answer (`visit.invitation`), in one query."""
    found = SurveyInvitation.objects.filter(visit_id__in=[v.pk for v in visits]).select_related(
        "response"
    )
    by_visit = {invitation.visit_id: invitation for invitation in found}
    for visit in visits:
        visit.invitation = by_visit.get(visit.pk)


@member_required(access.LOCATION_MANAGERS)
def invitation_overview(request: MemberRequest) -> HttpResponse:
    """The rules in words, response rates per location, channel and month (with their
    intervals), how responders differ from those invited, and the addresses that bounced."""
    found = invitations.overview(request.membership)
    context = {
        "rules": found.rules,
        "rows": found.rows,
        "comparison": found.comparison,
        "since": found.since,
        "problems": found.problems,
        "scheduled": found.scheduled,
        "minimum": invitations.MIN_EVIDENCE,
        "currency": request.membership.organization.currency,
    }
    return render(request, "customers/invitations.html", context)


@member_required(access.ORGANISATION_ADMINS)
def invitation_settings(request: MemberRequest) -> HttpResponse:
    organization = request.membership.organization
    instance = InvitationSettings.for_organization(organization)
    form = InvitationSettingsForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        invitations.save_settings(organization, form)
        messages.success(request, _("Invitation settings saved."))
        return redirect("customers:invitations")
    return render(
        request,
        "customers/settings.html",
        {
            "form": form,
            "title": _("Survey invitation settings"),
            "tab": "invitations",
            "rules": invitations.describe(instance),
        },  # fmt: skip
        status=400 if form.is_bound else 200,
    )
