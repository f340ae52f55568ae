"""What the report and digest pages do, as plain functions that the pages
(`report_views`) and the API (`gap.api`) both call: the period asked, completed, and
the member's report of it; the digest's schedule as its page shows it, and saved."""

from __future__ import annotations

from datetime import date
from typing import Any

from servicegap.core.models import Membership, Organization
from servicegap.gap import digest, forms, report
from servicegap.gap.forms import DigestScheduleForm, ReportPeriodForm
from servicegap.gap.models import DigestDelivery, DigestSchedule

LATEST_DELIVERIES = 20  # the digest page's list


def report_for(
    member: Membership, data: dict[str, Any] | None
) -> tuple[ReportPeriodForm, report.Report | None]:
    """The period form over `data` (None: the default period) and the member's report of
    that period; None for the report when the form refuses the period."""
    form = ReportPeriodForm(data or None)
    if form.is_bound and not form.is_valid():
        return form, None
    cleaned = form.cleaned_data if form.is_bound else {}
    since, until = forms.period(member.organization, cleaned.get("since"), cleaned.get("until"))
    if not form.is_bound:
        form.initial.update(since=since, until=until)
    return form, report.executive_report(member, since, until)


def schedule_form(organization: Organization, data: dict[str, Any] | None) -> DigestScheduleForm:
    """The digest schedule's form, over the saved schedule (or the default one)."""
    return DigestScheduleForm(
        data, instance=digest.schedule_of(organization), organization=organization
    )


def latest_deliveries(member: Membership):
    """The digests sent lately, newest first, as the schedule page lists them."""
    deliveries = DigestDelivery.objects.for_member(member).order_by("-claimed_at", "-pk")
    return deliveries[:LATEST_DELIVERIES]


def next_period(organization: Organization) -> tuple[date, date]:
    """The latest whole period: what the digest would send now."""
    return forms.default_period(organization)


def default_recipients(organization: Organization) -> list:
    """Who receives the digest when nobody is chosen: every owner and executive."""
    return digest.recipients(DigestSchedule(organization=organization))
