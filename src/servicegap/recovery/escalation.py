"""Escalation: an overdue case climbs the chain (front line → supervisor → manager →
executive) one level at a time, and the people at the new level hear of it by e-mail.

A case's `escalate_at` is the moment it next escalates: its acknowledgement deadline
while new, its resolution deadline once acknowledged, and after each escalation the
organisation's acknowledgement window again (the new level gets as long to react as the
first did). Recovered and closed cases never escalate. The periodic task calls
`escalate_overdue_cases`; each case is claimed with a conditional UPDATE, so two workers
never raise the same case twice.

What executives hear of recovery each week or month is in the executive report's digest
(gap/digest.py), per direct report.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from servicegap.core.models import Membership, Role, one_line
from servicegap.recovery import ladders
from servicegap.recovery.models import (
    CHAIN,
    TOP_LEVEL,
    Case,
    CaseEvent,
    RecoverySettings,
)


def recipients(case: Case, level: int) -> list[Membership]:
    """Who hears of the case at `level`: the people of its location's ladder at that level
    (its own, else the organisation's, see `ladders`); without a rung, the members of the
    chain's role who look after the location (by their explicit scope: every location,
    its region or the location itself); owners when the level has nobody."""
    if level >= 1:
        rung = ladders.rung_for(case.organization, case.location, level)
        if rung.members:
            return list(rung.members)
    role = CHAIN[level]
    members = Membership.objects.filter(organization_id=case.organization_id, role=role)
    if role not in (Role.EXECUTIVE, Role.OWNER):
        scope = Q(all_locations=True) | Q(locations=case.location_id)
        if case.location.region_id:
            scope |= Q(regions=case.location.region_id)
        members = members.filter(scope)
    found = list(members.select_related("user").distinct().order_by("pk"))
    if not found:
        found = list(
            Membership.objects.filter(organization_id=case.organization_id, role=Role.OWNER)
            .select_related("user")
            .order_by("pk")
        )
    return found


def notify_escalation(case: Case, members: list[Membership], reason: str) -> int:
    """One e-mail to the people now responsible; returns the number sent (0 or 1)."""
    emails = sorted({m.user.email for m in members if m.user.email})
    if not emails:
        return 0
    org = case.organization
    due = timezone.localtime(case.resolve_due_at, org.tz)
    body = (
        f"A service-recovery case at {case.location.name} is now with you "
        f"({CHAIN[case.escalation_level].label.lower()} level).\n\n"
        f"Case: {case.mail_title()}\n"
        f"Severity: {case.get_severity_display()}\n"
        f"Status: {case.get_status_display()}\n"
        f"Why: {reason}\n"
        f"Resolve by: {due:%Y-%m-%d %H:%M} ({org.time_zone})\n\n"
        f"{settings.SITE_URL}{case.get_absolute_url()}\n"
    )
    return send_mail(
        one_line(f"[servicegap] Escalated: {case.mail_title()[:80]}"),
        body,
        settings.DEFAULT_FROM_EMAIL,
        emails,
    )


def escalate_case(
    case: Case,
    *,
    now: datetime,
    reason: str,
    by: Membership | None = None,
    notify: bool = True,
) -> CaseEvent | None:
    """Raise the case one level, record it and tell the new level; None when someone
    else raised it first or it is already at the top."""
    if case.escalation_level >= TOP_LEVEL or not case.is_open:
        return None
    level = case.escalation_level + 1
    ack, _resolve = RecoverySettings.for_organization(case.organization).deadlines(case.severity)
    hold = ladders.hold_for(ladders.rung_for(case.organization, case.location, level), ack)
    following = now + hold if level < TOP_LEVEL else None
    with transaction.atomic():
        claimed = Case.objects.filter(
            pk=case.pk, escalation_level=case.escalation_level, escalate_at=case.escalate_at
        ).update(escalation_level=level, escalate_at=following)
        if claimed != 1:
            return None
        case.escalation_level, case.escalate_at = level, following
        members = recipients(case, level)
        names = ", ".join(m.user.email for m in members) or "nobody"
        from servicegap.recovery.cases import add_event

        event = add_event(
            case,
            CaseEvent.Kind.ESCALATION,
            f"Escalated to {CHAIN[level].label.lower()} level, telling {names}: {reason}",
            by=by,
            at=now,
            data={"level": level},
        )
        if notify:
            transaction.on_commit(lambda: notify_escalation(case, members, reason))
    return event


def overdue_reason(case: Case, now: datetime) -> str:
    if case.status == Case.Status.NEW:
        late = now - case.ack_due_at
        return f"not acknowledged {_hours(late)} after its deadline"
    late = now - case.resolve_due_at
    if late >= timedelta(0):
        return f"not resolved {_hours(late)} after its deadline"
    return "no answer at the previous level"


def _hours(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes // 60} h {minutes % 60:02d} min"


def escalate_overdue_cases(now: datetime | None = None, *, batch: int = 500) -> int:
    """Raise every case whose `escalate_at` has passed by one level; return how many."""
    now = now or timezone.now()
    done = 0
    cases = (
        Case.objects.due_for_escalation(now)
        .select_related("organization", "location")
        .order_by("escalate_at", "pk")[:batch]
    )
    for case in cases:
        if escalate_case(case, now=now, reason=overdue_reason(case, now)) is not None:
            done += 1
    return done
