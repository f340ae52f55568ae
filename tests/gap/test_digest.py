"""The digest by e-mail: sent through the locmem backend with an HTML part, a text part
and the PDF; never twice for the same period and person unless forced; a person who left
is skipped and logged; an SMTP failure is retried and never sends twice; the schedule."""

from __future__ import annotations

import logging
import smtplib
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend

from servicegap.core.models import Membership
from servicegap.gap import digest, tasks
from servicegap.gap.models import DigestDelivery, DigestSchedule
from tests.gap.conftest import SINCE, UNTIL
from tests.standards.pdftext import contains
from tests.standards.test_pdf import needs_pango

PARIS = ZoneInfo("Europe/Paris")
HEADLINE = "We believe 100 · mystery shoppers see 55 · customers say 46"


@pytest.fixture(autouse=True)
def fresh_renders():
    digest._rendered.clear()


@pytest.fixture
def retried(monkeypatch):
    """Run tasks here as a worker would: Celery's autoretry re-runs a failed task (at once
    here, after its back-off on a worker) instead of raising the first error."""
    monkeypatch.setitem(tasks.send_digest_to.app.conf, "task_eager_propagates", False)


def leaders(world):
    return digest.recipients(digest.schedule_of(world.org))


def send(world, users=None, **options):
    return tasks.send_period(world.org, SINCE, UNTIL, users or leaders(world), **options)


@needs_pango
def test_each_leader_gets_the_report_in_html_text_and_pdf(report_world):
    assert send(report_world) == {"erin@example.test": "sent", "olga@example.test": "sent"}
    assert sorted(m.to[0] for m in mail.outbox) == ["erin@example.test", "olga@example.test"]
    message = mail.outbox[0]
    assert message.subject == "[servicegap] Sunny Side Cafés: report for 2026-09-01 to 2026-11-30"
    assert HEADLINE in message.body
    assert f"{settings.SITE_URL}/gap/report/?since=2026-09-01&until=2026-11-30" in message.body
    ((html, kind),) = message.alternatives
    assert kind == "text/html"
    assert HEADLINE in html and "max@example.test" in html
    assert "<script" not in html and "<img" not in html
    ((name, pdf, mimetype),) = message.attachments
    assert (name, mimetype) == ("report-sunny-2026-09-01-2026-11-30.pdf", "application/pdf")
    assert contains(pdf, HEADLINE) and contains(pdf, "max@example.test")
    assert DigestDelivery.objects.filter(status="sent").count() == 2


def test_the_same_period_twice_is_refused_unless_forced(report_world, owner_olga):
    users = [owner_olga.user]
    assert send(report_world, users) == {"olga@example.test": "sent"}
    assert send(report_world, users) == {"olga@example.test": "already sent"}
    assert len(mail.outbox) == 1
    assert send(report_world, users, force=True) == {"olga@example.test": "sent"}
    assert len(mail.outbox) == 2
    delivery = DigestDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("sent", 2)


def test_a_row_being_sent_by_another_worker_is_not_claimed_again(report_world, owner_olga):
    first = digest.claim(report_world.org, SINCE, UNTIL, owner_olga.user)
    assert first is not None and first.status == "sending"
    assert digest.claim(report_world.org, SINCE, UNTIL, owner_olga.user) is None
    assert digest.claim(report_world.org, SINCE, UNTIL, owner_olga.user, force=True) is None


def test_a_recipient_who_left_is_skipped_and_logged(report_world, owner_olga, caplog):
    schedule = DigestSchedule.objects.create(organization=report_world.org)
    gone = Membership.objects.get(user__email="erin@example.test")
    schedule.recipients.set([owner_olga.user, gone.user])
    gone.delete()
    with caplog.at_level(logging.WARNING, logger="servicegap.gap.digest"):
        outcome = send(report_world, digest.recipients(schedule))
    assert outcome == {"erin@example.test": "left the organisation", "olga@example.test": "sent"}
    assert [m.to for m in mail.outbox] == [["olga@example.test"]]
    assert "erin@example.test skipped: left the organisation" in caplog.text
    assert not DigestDelivery.objects.filter(email="erin@example.test").exists()


def test_an_smtp_failure_is_retried_and_never_sends_twice(report_world, monkeypatch, retried):
    calls = []
    real = EmailBackend.send_messages

    def flaky(self, messages):
        calls.append(messages[0].to[0])
        if calls.count("olga@example.test") == 1 and messages[0].to == ["olga@example.test"]:
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        return real(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", flaky)
    assert send(report_world) == {"erin@example.test": "sent", "olga@example.test": "sent"}
    assert calls == ["erin@example.test", "olga@example.test", "olga@example.test"]
    assert sorted(m.to[0] for m in mail.outbox) == ["erin@example.test", "olga@example.test"]
    olga = DigestDelivery.objects.get(email="olga@example.test")
    assert (olga.status, olga.attempts) == ("sent", 2)
    assert send(report_world) == {
        "erin@example.test": "already sent",
        "olga@example.test": "already sent",
    }
    assert len(mail.outbox) == 2


def test_a_server_down_through_every_retry_leaves_a_failed_row_to_try_later(
    report_world, owner_olga, monkeypatch, retried
):
    def down(self, messages):
        raise ConnectionRefusedError(111, "Connection refused")

    monkeypatch.setattr(EmailBackend, "send_messages", down)
    outcome = send(report_world, [owner_olga.user])
    assert outcome["olga@example.test"].startswith("failed:")
    delivery = DigestDelivery.objects.get()
    assert delivery.status == "failed"
    assert delivery.attempts == tasks.send_digest_to.max_retries + 1
    assert "Connection refused" in delivery.error
    monkeypatch.undo()
    assert send(report_world, [owner_olga.user]) == {"olga@example.test": "sent"}
    assert len(mail.outbox) == 1


def test_a_manager_gets_the_version_of_their_own_locations(report_world, manager_max):
    assert send(report_world, [manager_max.user]) == {"max@example.test": "sent"}
    (message,) = mail.outbox
    assert "We believe 100 · mystery shoppers see 55 · customers say 25" in message.body
    assert "Location B" not in message.body and "Location B" not in message.alternatives[0][0]
    assert f"{settings.SITE_URL}/gap/?since=2026-09-01&until=2026-11-30" in message.body


def test_staff_named_as_recipients_get_nothing(report_world, staff_sam):
    assert send(report_world, [staff_sam.user]) == {"sam@example.test": "may not see the report"}
    assert mail.outbox == []


def test_a_period_with_no_data_sends_nothing(report_world, owner_olga):
    from datetime import date

    outcome = tasks.send_period(
        report_world.org, date(2025, 1, 1), date(2025, 1, 31), [owner_olga.user]
    )
    assert outcome == {"olga@example.test": "no data in the period"}
    assert mail.outbox == []
    assert DigestDelivery.objects.get().status == "empty"


# The schedule ---------------------------------------------------------------------------

# Monday 7 December 2026.
MONDAY_8 = datetime(2026, 12, 7, 8, 0, tzinfo=PARIS)


def test_by_default_weekly_on_monday_morning_for_the_week_before(world):
    schedule = DigestSchedule(organization=world.org)
    assert schedule.is_due(MONDAY_8)
    assert not schedule.is_due(MONDAY_8.replace(hour=6))
    assert not schedule.is_due(MONDAY_8.replace(day=8))
    since, until = schedule.last_period(MONDAY_8.date())
    assert (since.isoformat(), until.isoformat()) == ("2026-11-30", "2026-12-06")


def test_monthly_on_its_day_for_the_month_before(world):
    schedule = DigestSchedule(organization=world.org, frequency="monthly", day_of_month=3)
    assert schedule.is_due(datetime(2026, 12, 3, 9, 0, tzinfo=PARIS))
    assert not schedule.is_due(datetime(2026, 12, 4, 9, 0, tzinfo=PARIS))
    since, until = schedule.last_period(datetime(2026, 12, 3).date())
    assert (since.isoformat(), until.isoformat()) == ("2026-11-01", "2026-11-30")


def test_an_organisation_that_turned_it_off_gets_nothing(world):
    assert not DigestSchedule(organization=world.org, frequency="off").is_due(MONDAY_8)


def test_the_hourly_task_sends_each_due_digest_once(report_world):
    from servicegap.recovery.cases import open_case

    open_case(
        organization=report_world.org, location=report_world.location_a, source="phone",
        summary="Late delivery", by=None, now=MONDAY_8.replace(day=2),
    )  # fmt: skip
    with time_machine.travel(MONDAY_8, tick=False):
        assert tasks.send_due_digests.delay().get() == 2
        assert tasks.send_due_digests.delay().get() == 0
    assert sorted(m.to[0] for m in mail.outbox) == ["erin@example.test", "olga@example.test"]
    assert {(d.since.isoformat(), d.until.isoformat()) for d in DigestDelivery.objects.all()} == {
        ("2026-11-30", "2026-12-06")
    }
    with time_machine.travel(MONDAY_8.replace(day=8), tick=False):
        assert tasks.send_due_digests.delay().get() == 0
