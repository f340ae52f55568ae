"""The comment explorer, one analysed comment, and managers' corrections."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from servicegap.core import access
from servicegap.core.access import MemberRequest, get_for_member, member_required
from servicegap.core.models import P
from servicegap.textlens import explorer, retraining
from servicegap.textlens.forms import SHOW_CHOICES, CorrectionForm, ExplorerFilterForm
from servicegap.textlens.models import CommentAnalysis, Correction

PAGE_SIZE = 25


@member_required(access.SUPERVISORS)
def explore(request: MemberRequest) -> HttpResponse:
    """One tab at a time, so that the comments are never below the analysis: the
    comments (with their counts per location folded away), what people talk about, or
    the staff praised by name; only the open tab's numbers are worked out."""
    membership = request.membership
    tz = membership.organization.tz
    form = ExplorerFilterForm(request.GET or None, membership=membership)
    cleaned = (
        {"spam": "hide", "show": "comments"}
        if not form.is_bound
        else (form.cleaned_data if form.is_valid() else None)
    )
    analyses = CommentAnalysis.objects.for_member(membership)
    locations = list(membership.visible_locations())
    show = cleaned["show"] if cleaned else "comments"
    counts, total, talk = [], None, None
    if cleaned is None:
        listed = analyses.none()
    else:
        listed = explorer.filter_analyses(analyses, cleaned, tz)
        if show == "comments":
            counts, total = explorer.counts_by_location(listed, locations)
        else:
            talk = explorer.talk_about(listed, membership, locations)
    page = Paginator(
        listed.select_related("response", "location").order_by("-submitted_at", "-pk"), PAGE_SIZE
    ).get_page(request.GET.get("page") if show == "comments" else 1)
    query = request.GET.copy()
    query.pop("page", None)
    query.pop("show", None)
    return render(
        request,
        "textlens/explorer.html",
        {
            "form": form,
            "show": show,
            "tabs": [(value, label) for value, label in SHOW_CHOICES],
            "page": page,
            "counts": counts,
            "total": total,
            "talk": talk,
            "ps": P.choices,
            "query": query.urlencode(),  # the filters, without the page and the tab
            "min_evidence": explorer.MIN_EVIDENCE,
            "text_limit": explorer.TEXT_LIMIT,
        },
        status=400 if cleaned is None else 200,
    )


def _detail(
    request: MemberRequest, analysis: CommentAnalysis, form: CorrectionForm | None, status: int
) -> HttpResponse:
    can_correct = request.membership.role in access.LOCATION_MANAGERS
    corrections = Correction.objects.for_member(request.membership).filter(analysis=analysis)
    return render(
        request,
        "textlens/analysis_detail.html",
        {
            "analysis": analysis,
            "response": analysis.response,
            "corrections": corrections.select_related("by__user").order_by("-created_at"),
            "form": form or (CorrectionForm(analysis=analysis) if can_correct else None),
        },
        status=status,
    )


@member_required(access.SUPERVISORS)
def analysis_detail(request: MemberRequest, commentanalysis_code: UUID) -> HttpResponse:
    analysis = get_for_member(CommentAnalysis, request.membership, code=commentanalysis_code)
    return _detail(request, analysis, None, 200)


@require_POST
@member_required(access.LOCATION_MANAGERS)
def analysis_correct(request: MemberRequest, commentanalysis_code: UUID) -> HttpResponse:
    analysis = get_for_member(CommentAnalysis, request.membership, code=commentanalysis_code)
    form = CorrectionForm(request.POST, analysis=analysis)
    if not form.is_valid():
        return _detail(request, analysis, form, 400)
    retraining.correct(analysis, by=request.membership, **form.changes())
    messages.success(request, _("Correction saved. The model learns from it at its next training."))
    if request.POST.get("back") == "response":
        return redirect(analysis.response)
    return redirect(analysis)
