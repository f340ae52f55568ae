"""The value-distance pages: thin views over `gap.dashboard` and `gap.evidence`."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from servicegap.core import access
from servicegap.core.access import MemberRequest, member_required
from servicegap.core.views import home_context
from servicegap.gap import dashboard, evidence, getting_started, today
from servicegap.gap.filters import BadPeriod, GapFilterForm, build_scope


def _filters(request: MemberRequest) -> tuple[GapFilterForm, dict[str, Any]]:
    form = GapFilterForm(request.GET or None, membership=request.membership)
    if form.is_bound and not form.is_valid():
        return form, {}
    return form, form.cleaned_data if form.is_bound else {"colour": "distance"}


def _scope(request: MemberRequest, form: GapFilterForm, data: dict[str, Any]):
    """The scope of the request: a region, location or step the member cannot see is a 404.
    An unfiltered form shows the default period it stands for."""
    scope = build_scope(
        request.membership,
        since=data.get("since"),
        until=data.get("until"),
        region=data.get("region"),
        location=data.get("location"),
        p=data.get("p"),
        step=data.get("step"),
    )
    if not form.is_bound:
        form.initial.update(since=scope.since, until=scope.until)
    return scope


def _checked_scope(request: MemberRequest, form: GapFilterForm, data: dict[str, Any]):
    """The scope, or None with the error on the form (a period that cannot be shown)."""
    try:
        return _scope(request, form, data)
    except BadPeriod as error:
        form.add_error(error.field if error.field in form.fields else None, str(error))
        return None


def _query(scope) -> dict[str, str]:
    """The period and filters as query parameters, for links to the evidence."""
    query = {"since": scope.since.isoformat(), "until": scope.until.isoformat()}
    if scope.p:
        query["p"] = scope.p
    return query


@member_required(access.SUPERVISORS)
def dashboard_page(request: MemberRequest) -> HttpResponse:
    form, data = _filters(request)
    scope = None if form.errors else _checked_scope(request, form, data)
    if scope is None:
        return render(request, "gap/dashboard.html", {"form": form}, status=400)
    board = dashboard.build(request.membership, scope, data.get("colour") or "distance")
    context = {
        "form": form,
        "d": board,
        "headline": dashboard.headline_words(board),
        "line": dashboard.headline_line(board),
        "evidence": dashboard.headline_evidence(board),
        "query": _query(scope),
        "metrics": dict(GapFilterForm.base_fields["colour"].choices),
    }
    return render(request, "gap/dashboard.html", context)


@member_required(access.SUPERVISORS)
def card_evidence(request: MemberRequest) -> HttpResponse:
    form, data = _filters(request)
    scope = None if form.errors else _checked_scope(request, form, data)
    if scope is None:
        return render(request, "gap/card.html", {"form": form}, status=400)
    card = evidence.card_with_evidence(request.membership, scope)
    return render(request, "gap/card.html", {"form": form, "card": card, "scope": scope})


LAST_VISIT = "servicegap_today_seen_at"


@member_required()
def today_page(request: MemberRequest) -> HttpResponse:
    """What needs this member now; "new" means since their last visit to this page."""
    now = timezone.now()
    seen = parse_datetime(request.session.get(LAST_VISIT, "") or "")
    page = today.today(request.membership, now=now, since=seen)
    request.session[LAST_VISIT] = now.isoformat()
    context = {"t": page, **home_context(request.membership)}
    context["getting_started"] = getting_started.checklist(request.membership)
    return render(request, "gap/today.html", context)


@require_POST
@member_required(access.ORGANISATION_ADMINS)
def getting_started_dismiss(request: MemberRequest) -> HttpResponse:
    """Put the getting-started checklist away for the whole organisation."""
    getting_started.dismiss(request.membership)
    messages.success(request, _("The getting-started list is put away."))
    return redirect("core:home")
