"""Escalation: an overdue case climbs the chain (front line → supervisor → manager →
executive) one level at a time, and the people at the new level hear of it by e-mail.

A case's `escalate_at` is the moment it next escalates: its acknowledgement deadline
while new, its resolution deadline once acknowledged, and after each escalation the
organisation's acknowledgement window again (the new level gets as long to react as the
first did). Recovered and closed cases never escalate. The periodic task calls
`escalate_overdue_cases`; each case is claimed with a conditional UPDATE, so two workers
never raise the same case twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from servicegap.core.models import Membership, Organization, Role, one_line
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
        f"Case: {case.summary}\n"
        f"Severity: {case.get_severity_display()}\n"
        f"Status: {case.get_status_display()}\n"
        f"Why: {reason}\n"
        f"Resolve by: {due:%Y-%m-%d %H:%M} ({org.time_zone})\n\n"
        f"{settings.SITE_URL}{case.get_absolute_url()}\n"
    )
    return send_mail(
        one_line(f"[servicegap] Escalated: {case.summary[:80]}"),
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
            f"Escalated to {CHAIN[level].label.lower()} level ({names}): {reason}",
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


# The executives' weekly digest -----------------------------------------------------------


@dataclass
class DigestRow:
    label: str
    open: int = 0
    overdue: int = 0
    escalated: int = 0
    cases: list[Case] = field(default_factory=list)


def digest_rows(organization: Organization, now: datetime) -> list[DigestRow]:
    """Open, overdue and escalated cases per direct report of an executive (each manager,
    by the locations they look after), and a row for locations no manager looks after."""
    cases = list(
        Case.objects.filter(organization=organization)
        .open()
        .select_related("location")
        .order_by("opened_at")
    )
    managers = list(
        Membership.objects.filter(organization=organization, role=Role.MANAGER)
        .select_related("user")
        .order_by("user__email")
    )
    rows, covered = [], set()
    for manager in managers:
        seen = set(manager.visible_locations().values_list("pk", flat=True))
        covered |= seen
        rows.append(_row(manager.user.email, [c for c in cases if c.location_id in seen], now))
    rest = [c for c in cases if c.location_id not in covered]
    if rest:
        rows.append(_row("No manager", rest, now))
    return rows


def _row(label: str, cases: list[Case], now: datetime) -> DigestRow:
    return DigestRow(
        label=label,
        open=len(cases),
        overdue=sum(1 for c in cases if c.is_overdue(now)),
        escalated=sum(1 for c in cases if c.escalation_level > 0),
        cases=cases,
    )


def digest_text(organization: Organization, rows: list[DigestRow], now: datetime) -> str:
    lines = [
        f"Service recovery at {organization.name}, week to "
        f"{timezone.localtime(now, organization.tz):%Y-%m-%d}.",
        "",
        f"{'Direct report':<40} {'open':>5} {'overdue':>8} {'escalated':>10}",
    ]
    for row in rows:
        lines.append(f"{row.label:<40} {row.open:>5} {row.overdue:>8} {row.escalated:>10}")
    lines.append("")
    for row in rows:
        late = [c for c in row.cases if c.is_overdue(now) or c.escalation_level > 0]
        for case in late[:10]:
            lines.append(
                f"- {row.label}: {case.location.name}: {case.summary} "
                f"({case.get_status_display().lower()}, level {case.escalation_level})"
            )
    lines.append("")
    lines.append(f"{settings.SITE_URL}/recovery/")
    return "\n".join(lines)


def send_weekly_digests(now: datetime | None = None) -> int:
    """One e-mail per executive of every organisation with open cases; returns how many."""
    now = now or timezone.now()
    sent = 0
    org_ids = Case.objects.open().values_list("organization_id", flat=True).distinct()
    for organization in Organization.objects.filter(pk__in=org_ids).order_by("pk"):
        executives = Membership.objects.filter(
            organization=organization, role=Role.EXECUTIVE
        ).select_related("user")
        emails = sorted({m.user.email for m in executives if m.user.email})
        if not emails:
            continue
        text = digest_text(organization, digest_rows(organization, now), now)
        for email in emails:
            sent += send_mail(
                one_line(f"[servicegap] Weekly service-recovery digest: {organization.name}"),
                text,
                settings.DEFAULT_FROM_EMAIL,
                [email],
            )
    return sent
