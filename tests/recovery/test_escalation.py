"""Deadlines per severity and the escalation task, with frozen time. (What executives hear
of recovery each week is the executive report's digest: tests/gap/test_digest.py.)"""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.core import mail

from servicegap.core.models import Role
from servicegap.recovery import cases, escalation, tasks
from servicegap.recovery.models import Case, CaseEvent, RecoverySettings, Severity
from tests.conftest import _member
from tests.recovery.conftest import T0, new_case

S = Case.Status


@pytest.mark.parametrize(
    ("severity", "ack_hours", "resolve_hours"),
    [("low", 24, 168), ("medium", 4, 72), ("high", 2, 48), ("critical", 1, 24)],
)
def test_default_deadlines_per_severity(severity, ack_hours, resolve_hours, world):
    case = new_case(world, severity=severity)
    assert case.ack_due_at - T0 == timedelta(hours=ack_hours)
    assert case.resolve_due_at - T0 == timedelta(hours=resolve_hours)
    assert case.escalate_at == case.ack_due_at


def test_the_organisations_own_deadlines(world):
    RecoverySettings.objects.create(organization=world.org, high_ack_hours=3, high_resolve_hours=30)
    case = new_case(world, severity=Severity.HIGH)
    assert (case.ack_due_at - T0, case.resolve_due_at - T0) == (
        timedelta(hours=3),
        timedelta(hours=30),
    )


def test_nothing_escalates_before_the_deadline(world, supervisor_sid):
    case = new_case(world)  # medium: acknowledge within 4 hours
    assert escalation.escalate_overdue_cases(now=T0 + timedelta(hours=4)) == 0
    assert Case.objects.get(pk=case.pk).escalation_level == 0
    assert not case.is_overdue(T0 + timedelta(hours=4))
    assert case.is_overdue(T0 + timedelta(hours=4, seconds=1))
    assert mail.outbox == []


def test_an_unacknowledged_case_escalates_to_the_supervisor_by_email(
    world, supervisor_sid, manager_max, django_capture_on_commit_callbacks
):
    case = new_case(world)
    at = T0 + timedelta(hours=4, minutes=5)
    with time_machine.travel(at, tick=False), django_capture_on_commit_callbacks(execute=True):
        assert tasks.escalate_overdue_cases.delay().get() == 1
    case.refresh_from_db()
    assert case.escalation_level == 1
    assert case.escalate_at == T0 + timedelta(hours=8, minutes=5)
    event = CaseEvent.objects.get(case=case, kind=CaseEvent.Kind.ESCALATION)
    assert event.text == (
        "Escalated to supervisor level, telling sid@example.test: "
        "not acknowledged 0 h 05 min after its deadline"
    )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["sid@example.test"]
    assert "Delivery question" in mail.outbox[0].subject
    assert case.get_absolute_url() in mail.outbox[0].body


def test_one_level_per_window_up_to_the_executive(
    world, supervisor_sid, manager_max, executive_erin, django_capture_on_commit_callbacks
):
    case = new_case(world)
    at = T0 + timedelta(hours=4, minutes=1)
    levels = []
    for minutes in (0, 60, 240, 241, 482, 960):
        with django_capture_on_commit_callbacks(execute=True):
            escalation.escalate_overdue_cases(now=at + timedelta(minutes=minutes))
        levels.append(Case.objects.get(pk=case.pk).escalation_level)
    # Escalates at once, then waits the 4-hour window each time (not at 4 h exactly, just
    # after), and stays at the top.
    assert levels == [1, 1, 1, 2, 3, 3]
    assert [m.to for m in mail.outbox] == [
        ["sid@example.test"],
        ["max@example.test"],
        ["erin@example.test"],
    ]
    assert Case.objects.get(pk=case.pk).escalate_at is None


def test_the_manager_of_another_region_is_not_told(world, manager_max, owner_olga):
    south = _member(world, "sol@example.test", Role.MANAGER, regions=[world.south])
    case = new_case(world, location=world.location_b)
    case.escalation_level = 1
    case.save()
    assert escalation.recipients(case, 2) == [south]
    # Location A's supervisor level has nobody at Location B: the owners hear of it.
    assert escalation.recipients(case, 1) == [owner_olga]


def test_an_acknowledged_case_escalates_at_its_resolve_deadline(world, staff_sam, supervisor_sid):
    case = new_case(world, staff_sam)
    cases.change_status(case, S.ACKNOWLEDGED, by=staff_sam, now=T0 + timedelta(hours=1))
    assert escalation.escalate_overdue_cases(now=T0 + timedelta(hours=71)) == 0
    assert escalation.escalate_overdue_cases(now=T0 + timedelta(hours=73)) == 1
    event = CaseEvent.objects.get(case=case, kind=CaseEvent.Kind.ESCALATION)
    assert event.text.endswith("not resolved 1 h 00 min after its deadline")


def test_recovered_and_closed_cases_never_escalate(world, staff_sam):
    case = new_case(world, staff_sam)
    for status in (S.ACKNOWLEDGED, S.INVESTIGATING, S.RECOVERED):
        cases.change_status(case, status, by=staff_sam, now=T0 + timedelta(minutes=10))
    assert escalation.escalate_overdue_cases(now=T0 + timedelta(days=30)) == 0
    assert Case.objects.get(pk=case.pk).escalation_level == 0


def test_a_stale_copy_does_not_escalate_twice(world, supervisor_sid):
    case = new_case(world)
    stale = Case.objects.get(pk=case.pk)
    now = T0 + timedelta(hours=5)
    assert escalation.escalate_case(case, now=now, reason="late") is not None
    assert escalation.escalate_case(stale, now=now, reason="late") is None
    assert Case.objects.get(pk=case.pk).escalation_level == 1


def test_the_e_mail_about_a_known_customers_case_does_not_name_them(
    world, supervisor_sid, django_capture_on_commit_callbacks
):
    """Its summary may hold the customer's name ("Save Maud Fenwick: …"): the mail says
    where and what kind of case, and links to it."""
    from tests.customers.factories import CustomerFactory

    customer = CustomerFactory(
        organization=world.org, name="Maud Fenwick", contact="maud@example.test",
        contact_consent=True, home_location=world.location_a,
    )  # fmt: skip
    case = cases.open_case(
        organization=world.org, location=world.location_a, source=Case.Source.SAVE_LIST,
        summary="Save Maud Fenwick: drifting away", by=None, now=T0, customer=customer,
    )  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        escalation.escalate_case(case, now=T0 + timedelta(hours=5), reason="late")
    message = mail.outbox[0]
    assert "Maud" not in message.subject + message.body
    assert "Save-list alert at Location A" in message.subject
    assert case.get_absolute_url() in message.body
