"""The executive report (page and PDF) and the digest's schedule: thin views over
`gap.report` and `gap.digest`. Owners and executives see the report of everything; the
schedule is the owners'."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from servicegap.core import access
from servicegap.core.access import MemberRequest, member_required
from servicegap.gap import report, report_service
from servicegap.gap.forms import ReportPeriodForm
from servicegap.standards.pdf import PANGO_HINT, PdfUnavailable


def _report(request: MemberRequest) -> tuple[ReportPeriodForm, report.Report | None]:
    """The period form and the member's report of that period (None when the form is bad)."""
    return report_service.report_for(request.membership, request.GET or None)


def _report_page(request: MemberRequest, form, found, status: int = 200) -> HttpResponse:
    context = {"form": form, "r": found}
    if found is not None:
        context["query"] = f"since={found.since.isoformat()}&until={found.until.isoformat()}"
        context["empty"] = report.empty_words(found)
    return render(request, "gap/report.html", context, status=status)


@member_required(access.LEADERS)
def report_page(request: MemberRequest) -> HttpResponse:
    form, found = _report(request)
    return _report_page(request, form, found, 200 if found else 400)


@member_required(access.LEADERS)
def report_pdf(request: MemberRequest) -> HttpResponse:
    """The A4 PDF; a period with no data is the page saying so (404), not empty tables."""
    form, found = _report(request)
    if found is None:
        return _report_page(request, form, found, 400)
    try:
        pdf = report.render_pdf(found)
    except report.EmptyReport:
        return _report_page(request, form, found, 404)
    except PdfUnavailable as error:
        context = {
            "reason": str(error),
            "hint": PANGO_HINT,
            "page_url": f"{reverse('gap:report')}?since={found.since}&until={found.until}",
        }
        return render(request, "standards/pdf_unavailable.html", context, status=503)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{report.pdf_name(found)}"'
    return response


@member_required(access.ORGANISATION_ADMINS)
def digest_schedule(request: MemberRequest) -> HttpResponse:
    """The owner sets when the digest goes out and to whom; the latest deliveries below."""
    organization = request.membership.organization
    form = report_service.schedule_form(organization, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The digest's schedule is saved."))
        return redirect("gap:digest-schedule")
    context = {
        "form": form,
        "deliveries": report_service.latest_deliveries(request.membership),
        "next_period": report_service.next_period(organization),
        "default_recipients": [
            user.email for user in report_service.default_recipients(organization)
        ],
    }
    return render(request, "gap/digest_schedule.html", context, status=400 if form.errors else 200)
