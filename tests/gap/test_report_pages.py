"""The report's page and PDF for every role, the digest's settings page; bad periods."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from servicegap.core.models import Role
from servicegap.gap.models import DigestSchedule
from tests.conftest import client_for
from tests.gap.conftest import SINCE, UNTIL
from tests.standards.pdftext import _objects, contains, pdf_text
from tests.standards.test_pdf import needs_pango

PERIOD = {"since": SINCE.isoformat(), "until": UNTIL.isoformat()}
EMPTY = {"since": "2025-01-01", "until": "2025-01-31"}


def pages(pdf: bytes) -> int:
    """The page count of a WeasyPrint PDF (its /Pages object's /Count)."""
    for head, _data in _objects(pdf).values():
        found = re.search(rb"/Type\s*/Pages\b.*?/Count\s+(\d+)", head, re.S)
        if found:
            return int(found.group(1))
    raise AssertionError("no /Pages object")


@pytest.mark.parametrize("role", [Role.OWNER, Role.EXECUTIVE])
def test_owners_and_executives_read_the_report(role, member_of_role, report_world):
    response = client_for(member_of_role(role)).get(reverse("gap:report"), PERIOD)
    assert response.status_code == 200
    html = response.content.decode()
    assert "We believe 100 · mystery shoppers see 55 · customers say 46" in html
    assert "max@example.test" in html and "No manager" in html
    assert f"{reverse('gap:report-pdf')}?since=2026-09-01&amp;until=2026-11-30" in html
    assert "Download PDF" in html


@pytest.mark.parametrize("page", ["gap:report", "gap:report-pdf", "gap:digest-schedule"])
@pytest.mark.parametrize("role", [Role.MANAGER, Role.SUPERVISOR, Role.STAFF, Role.SHOPPER])
def test_other_roles_are_refused(page, role, member_of_role, world):
    response = client_for(member_of_role(role)).get(reverse(page), PERIOD)
    assert response.status_code == 403


def test_only_owners_set_the_digest(executive_erin):
    assert client_for(executive_erin).get(reverse("gap:digest-schedule")).status_code == 403


@pytest.mark.parametrize("page", ["gap:report", "gap:report-pdf", "gap:digest-schedule"])
def test_anonymous_visitors_are_sent_to_log_in(page, client):
    response = client.get(reverse(page))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_another_organisation_s_owner_sees_only_their_own(outsider_otto, report_world):
    html = client_for(outsider_otto).get(reverse("gap:report"), PERIOD).content.decode()
    assert "Location A" not in html and "max@example.test" not in html
    assert "nothing to report for this period" in html


def test_the_digest_cannot_name_another_organisation_s_member(owner_olga, outsider_otto):
    response = client_for(owner_olga).post(
        reverse("gap:digest-schedule"),
        {"frequency": "weekly", "weekday": "0", "day_of_month": "1", "hour": "7",
         "recipients": [outsider_otto.user.pk]},
    )  # fmt: skip
    assert response.status_code == 400
    assert "recipients" in response.context["form"].errors
    assert not DigestSchedule.objects.exists()


def test_the_owner_sets_a_monthly_digest_for_chosen_people(owner_olga, manager_max):
    response = client_for(owner_olga).post(
        reverse("gap:digest-schedule"),
        {"frequency": "monthly", "weekday": "0", "day_of_month": "3", "hour": "8",
         "recipients": [manager_max.user.pk, owner_olga.user.pk]},
    )  # fmt: skip
    assert response.status_code == 302
    schedule = DigestSchedule.objects.get(organization=owner_olga.organization)
    assert (schedule.frequency, schedule.day_of_month, schedule.hour) == ("monthly", 3, 8)
    assert set(schedule.recipients.all()) == {manager_max.user, owner_olga.user}


def test_a_day_of_the_month_past_28_is_an_error_naming_the_field(owner_olga):
    response = client_for(owner_olga).post(
        reverse("gap:digest-schedule"),
        {"frequency": "monthly", "weekday": "0", "day_of_month": "31", "hour": "7"},
    )
    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["day_of_month"]


@pytest.mark.parametrize("page", ["gap:report", "gap:report-pdf"])
def test_an_end_before_the_start_is_an_error_naming_the_field(page, owner_olga):
    response = client_for(owner_olga).get(
        reverse(page), {"since": "2026-10-01", "until": "2026-09-01"}
    )
    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["until"]


def test_a_period_with_no_data_says_so_and_offers_no_pdf(owner_olga, report_world):
    client = client_for(owner_olga)
    page = client.get(reverse("gap:report"), EMPTY).content.decode()
    assert "nothing to report for this period" in page
    assert "Download PDF" not in page
    response = client.get(reverse("gap:report-pdf"), EMPTY)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


def test_without_a_period_the_digest_s_latest_week(owner_olga, report_world):
    response = client_for(owner_olga).get(reverse("gap:report"))
    assert response.status_code == 200
    form = response.context["form"]
    assert (form.initial["until"] - form.initial["since"]).days == 6


@needs_pango
def test_the_pdf_is_one_a4_page_with_the_headline_and_each_direct_report(owner_olga, report_world):
    response = client_for(owner_olga).get(reverse("gap:report-pdf"), PERIOD)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="report-sunny-2026-09-01-2026-11-30.pdf"'
    )
    pdf = response.content
    assert pages(pdf) == 1
    for text in (
        "We believe 100 · mystery shoppers see 55 · customers say 46",
        "Location A · Bill · Process: we believe 100, shoppers see 55, customers say 25",
        "max@example.test",
        "No manager",
        "Location B",
        "Customers at risk and recovery",
    ):
        assert contains(pdf, text), (text, pdf_text(pdf)[:2000])


@pytest.mark.parametrize(("role", "shown"), [(Role.EXECUTIVE, True), (Role.MANAGER, False)])
def test_the_value_distance_page_links_leaders_to_the_report(role, shown, member_of_role, world):
    html = client_for(member_of_role(role)).get(reverse("gap:dashboard")).content.decode()
    assert (f'href="{reverse("gap:report")}"' in html) is shown


def test_the_admin_lists_the_digest_s_rows(admin_client, world):
    from tests.gap.factories import DigestDeliveryFactory, DigestScheduleFactory

    DigestScheduleFactory(organization=world.org)
    DigestDeliveryFactory(organization=world.org)
    for name in ("admin:gap_digestschedule_changelist", "admin:gap_digestdelivery_changelist"):
        assert admin_client.get(reverse(name)).status_code == 200


@needs_pango
def test_many_direct_reports_still_fit_one_page(report_world):
    """The PDF is set smaller, step by step, until it fits one A4 page."""
    from servicegap.gap import report

    found = report.executive_report(report_world.org, SINCE, UNTIL)
    found.direct_reports = found.direct_reports * 10
    pdf = report.render_pdf(found)
    assert pages(pdf) == 1
    assert contains(pdf, "Customers at risk and recovery")
