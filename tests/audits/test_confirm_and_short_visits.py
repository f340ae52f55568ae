"""Submitting asks for a confirmation that says the audit cannot be changed afterwards;
a visit shorter than its template's minimum is flagged to the manager."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse

from servicegap.audits.models import Audit
from tests.audits.conftest import answer_all, start_shop
from tests.audits.test_shopper_flow import fields
from tests.conftest import client_for

ALL_PASS = {"The": "pass", "Staff": "pass"}


def test_submitting_asks_first_and_changes_nothing(assignment, shopper_sue):
    audit = start_shop(assignment, shopper_sue)
    data = fields(audit, ALL_PASS, action="submit")
    del data["confirmed"]
    response = client_for(shopper_sue).post(reverse("audits:audit-fill", args=[audit.code]), data)
    assert response.status_code == 200
    assert "Once submitted, the audit cannot be changed" in response.text
    assert 'name="confirmed" value="yes"' in response.text
    audit.refresh_from_db()
    assert audit.status == Audit.Status.DRAFT
    assert audit.answers.filter(result="pass").count() == audit.answers.count()  # kept


def test_confirming_submits(assignment, shopper_sue):
    audit = start_shop(assignment, shopper_sue)
    answer_all(audit, ALL_PASS)
    client = client_for(shopper_sue)
    url = reverse("audits:audit-submit", args=[audit.code])
    assert client.post(url).status_code == 200  # the question, not the deed
    audit.refresh_from_db()
    assert audit.status == Audit.Status.DRAFT
    assert client.post(url, {"confirmed": "yes"}).status_code == 302
    audit.refresh_from_db()
    assert audit.status == Audit.Status.SUBMITTED


def test_the_confirmation_is_for_the_performer_only(assignment, shopper_sue, manager_max):
    audit = start_shop(assignment, shopper_sue)
    answer_all(audit, ALL_PASS)
    url = reverse("audits:audit-submit", args=[audit.code])
    assert client_for(manager_max).post(url, {"confirmed": "yes"}).status_code == 403
    audit.refresh_from_db()
    assert audit.status == Audit.Status.DRAFT


def _visit(assignment, shopper, minutes: int) -> Audit:
    audit = start_shop(assignment, shopper)
    Audit.objects.filter(pk=audit.pk).update(
        ended_at=audit.started_at + timedelta(minutes=minutes, seconds=30)
    )
    audit.refresh_from_db()
    answer_all(audit, ALL_PASS)
    return audit


@pytest.mark.parametrize(("minutes", "flagged"), [(12, True), (20, False), (45, False)])
def test_a_visit_under_the_minimum_is_flagged_to_the_manager(
    assignment, template, shopper_sue, manager_max, minutes, flagged
):
    template.min_visit_minutes = 20
    template.save()
    audit = _visit(assignment, shopper_sue, minutes)
    assert audit.visit_minutes == minutes
    assert audit.too_short is flagged
    client = client_for(shopper_sue)
    client.post(reverse("audits:audit-submit", args=[audit.code]), {"confirmed": "yes"})
    detail = client_for(manager_max).get(audit.get_absolute_url()).text
    listing = client_for(manager_max).get(reverse("audits:list")).text
    assert ("Short visit: 12 minutes" in detail) is flagged
    assert ("short visit" in listing) is flagged


def test_the_shopper_is_told_before_submitting_a_short_visit(assignment, template, shopper_sue):
    template.min_visit_minutes = 30
    template.save()
    audit = _visit(assignment, shopper_sue, 5)
    page = client_for(shopper_sue).post(reverse("audits:audit-submit", args=[audit.code]))
    assert "The visit lasted 5 minutes." in page.text
    assert "at least 30 minutes: the manager will see" in page.text


def test_no_minimum_flags_nothing(assignment, shopper_sue):
    audit = _visit(assignment, shopper_sue, 1)
    assert audit.template.min_visit_minutes is None and not audit.too_short


def test_a_minimum_over_a_day_is_refused_by_name(world, template, manager_max):
    url = reverse("audits:template-edit", args=[template.code])
    response = client_for(manager_max).post(url, {
        "name": template.name, "channel": template.channel, "min_visit_minutes": "5000",
        "behaviours": [str(b.code) for b in template.behaviours.all()], "is_active": "on",
    })  # fmt: skip
    assert response.status_code == 400
    assert "min_visit_minutes" in response.context["form"].errors
    template.refresh_from_db()
    assert template.min_visit_minutes is None
