"""The case workflow: open, acknowledge, investigate, recover, follow up, close.

Every function writes the case and its `CaseEvent` in one transaction, so a history
never says more or less than what happened. Status changes are claimed with a
conditional UPDATE (`status=<the status read>`), so two people pressing the same
button move the case once.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from servicegap.core.models import Membership, P, Role, one_line
from servicegap.recovery import ladders
from servicegap.recovery.models import (
    SEVERITY_RANK,
    TOP_LEVEL,
    Case,
    CaseEvent,
    FollowUp,
    RecoveryAction,
    RecoverySettings,
    Severity,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from servicegap.core.models import Location, Organization
    from servicegap.customers.models import Alert, Customer
    from servicegap.feedback.models import Response
    from servicegap.standards.models import JourneyStep

S = Case.Status
# Where each status may go next. Low-severity cases may close once recovered; the others
# need a follow-up first (see `missing_for_close`).
TRANSITIONS: dict[str, frozenset[str]] = {
    S.NEW: frozenset({S.ACKNOWLEDGED}),
    S.ACKNOWLEDGED: frozenset({S.INVESTIGATING}),
    S.INVESTIGATING: frozenset({S.RECOVERED}),
    S.RECOVERED: frozenset({S.FOLLOWED_UP, S.CLOSED}),
    S.FOLLOWED_UP: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
}
# Severities from which a case needs a follow-up done before it closes.
FOLLOW_UP_FROM = Severity.MEDIUM


# Who may acknowledge a case the customer wrote to the top with (see `acknowledge_at_the_top`).
TOP_ROLES = frozenset({Role.OWNER, Role.EXECUTIVE})
TOP_ACK_MISSING = "an owner's or executive's acknowledgement (the customer wrote to the top)"


class CaseError(Exception):
    """A step the case's state does not allow; `missing` lists what closing still needs."""

    def __init__(self, message: str, missing: list[str] | None = None) -> None:
        super().__init__(message)
        self.missing = missing or []


def _user(by: Membership | None) -> User | None:
    return by.user if by is not None else None


def add_event(
    case: Case,
    kind: str,
    text: str,
    *,
    by: Membership | None,
    at: datetime | None = None,
    data: dict[str, Any] | None = None,
    corrects: CaseEvent | None = None,
) -> CaseEvent:
    event = CaseEvent.objects.create(
        organization_id=case.organization_id,
        case=case,
        kind=kind,
        text=text,
        by=_user(by),
        at=at or timezone.now(),
        data=data or {},
        corrects=corrects,
    )
    for hook in _event_hooks():
        hook(event)  # in the same transaction: the event and what it queues, or neither
    return event


@functools.cache
def _event_hooks() -> list[Callable[[CaseEvent], Any]]:
    """`RECOVERY_CASE_EVENT_HOOKS`: what the apps above recovery do with each new case
    event (the webhooks queue it), named in settings because recovery may not import
    them."""
    return [import_string(path) for path in settings.RECOVERY_CASE_EVENT_HOOKS]


def _same_org(organization_id: int, **objects: Any) -> None:
    for name, obj in objects.items():
        if obj is not None and obj.organization_id != organization_id:
            raise CaseError(f"{name}: not of this organisation.")


def open_case(
    *,
    organization: Organization,
    location: Location,
    source: str,
    summary: str,
    by: Membership | None,
    severity: str = Severity.MEDIUM,
    description: str = "",
    customer: Customer | None = None,
    response: Response | None = None,
    alert: Alert | None = None,
    p: str = "",
    step: JourneyStep | None = None,
    assignee: Membership | None = None,
    now: datetime | None = None,
    note: str = "",
) -> Case:
    """A new case with its deadlines from the organisation's rules, and its first event."""
    now = now or timezone.now()
    _same_org(
        organization.pk,
        location=location,
        customer=customer,
        response=response,
        alert=alert,
        step=step,
        assignee=assignee,
    )
    if not summary.strip():
        raise CaseError("summary: say in a line what went wrong.")
    ack, resolve = RecoverySettings.for_organization(organization).deadlines(severity)
    with transaction.atomic():
        case = Case.objects.create(
            organization=organization,
            location=location,
            source=source,
            severity=severity,
            summary=summary.strip(),
            description=description,
            customer=customer,
            response=response,
            alert=alert,
            p=p,
            step=step,
            assignee=assignee,
            opened_by=_user(by),
            opened_at=now,
            ack_due_at=now + ack,
            resolve_due_at=now + resolve,
            escalate_at=now + ack,
        )
        text = note or f"Opened ({case.get_source_display().lower()}): {case.summary}"
        add_event(case, CaseEvent.Kind.OPENED, text, by=by, at=now)
        if assignee is not None:
            add_event(
                case,
                CaseEvent.Kind.ASSIGNMENT,
                f"Assigned to {assignee.user.email}.",
                by=by,
                at=now,
            )
    return case


def add_note(case: Case, text: str, *, by: Membership) -> CaseEvent:
    if not text.strip():
        raise CaseError("text: write the note.")
    return add_event(case, CaseEvent.Kind.NOTE, text.strip(), by=by)


def correct_event(event: CaseEvent, text: str, *, by: Membership) -> CaseEvent:
    """Put a history entry right: a new event that points at it (the old one stays)."""
    if not text.strip():
        raise CaseError("text: write the correction.")
    return add_event(event.case, CaseEvent.Kind.CORRECTION, text.strip(), by=by, corrects=event)


def correct_case_entry(
    case: Case, event_code: UUID | None, text: str, *, by: Membership
) -> CaseEvent:
    """Correct the entry `event_code` of this case's history (`correct_event`); an entry
    of no case, or of another case, is refused naming `event`."""
    event = None
    if event_code is not None:
        event = case.events.filter(code=event_code).first()
    if event is None:
        raise CaseError("event: choose an entry of this case.")
    return correct_event(event, text, by=by)


def assign_case(case: Case, assignee: Membership | None, *, by: Membership) -> CaseEvent:
    if assignee is not None:
        _same_org(case.organization_id, assignee=assignee)
        if assignee.role == Role.SHOPPER or not assignee.can_see_location(case.location):
            raise CaseError("assignee: this member does not work at the case's location.")
    with transaction.atomic():
        case.assignee = assignee
        case.save(update_fields=["assignee"])
        who = assignee.user.email if assignee else "nobody"
        return add_event(case, CaseEvent.Kind.ASSIGNMENT, f"Assigned to {who}.", by=by)


def record_inquiry(
    case: Case,
    *,
    what_happened: str,
    p: str,
    step: JourneyStep | None,
    no_action_reason: str = "",
    by: Membership,
    now: datetime | None = None,
) -> CaseEvent:
    """What happened and why (the root cause as a P and a journey step), at `now`."""
    if case.status == S.CLOSED:
        raise CaseError("The case is closed; add a note instead.")
    if p and p not in P.values:
        raise CaseError("p: choose people, process or product.")
    _same_org(case.organization_id, step=step)
    with transaction.atomic():
        case.what_happened, case.p, case.step = what_happened.strip(), p, step
        case.no_action_reason = no_action_reason.strip()
        case.save(update_fields=["what_happened", "p", "step", "no_action_reason"])
        cause = " / ".join(x for x in (case.get_p_display() if p else "", str(step or "")) if x)
        text = f"Inquiry: {case.what_happened or '(no account yet)'}"
        if cause:
            text += f" Root cause: {cause}."
        if case.no_action_reason:
            text += f" No action because: {case.no_action_reason}"
        return add_event(case, CaseEvent.Kind.INQUIRY, text, by=by, at=now)


def missing_for_close(case: Case) -> list[str]:
    """What a full inquiry still lacks before the case may close, each named."""
    missing = []
    if not case.what_happened.strip():
        missing.append("what happened")
    if not case.p:
        missing.append("the root cause's P")
    if case.step_id is None:
        missing.append("the root cause's journey step")
    spent = case.actions.filter(approval__in=RecoveryAction.SPENT).exists()
    if not spent and not case.no_action_reason.strip():
        if case.actions.filter(approval=RecoveryAction.Approval.PENDING).exists():
            missing.append(
                "a recovery action or a reason for none (an action still waits for approval)"
            )
        else:
            missing.append("a recovery action or a reason for none")
    if case.waits_for_the_top:
        missing.append(TOP_ACK_MISSING)
    if SEVERITY_RANK[case.severity] >= SEVERITY_RANK[FOLLOW_UP_FROM] and not (
        case.follow_ups.filter(done_at__isnull=False).exists()
    ):
        missing.append(f"a follow-up done ({case.get_severity_display().lower()} severity)")
    return missing


def change_status(
    case: Case, to: str, *, by: Membership | None, now: datetime | None = None, note: str = ""
) -> CaseEvent:
    """Move the case along `TRANSITIONS`; closing checks `missing_for_close` and resolves
    a linked save-list alert."""
    now = now or timezone.now()
    if to not in S.values:
        raise CaseError(f"status: {to!r} is not a status.")
    old = case.status
    if to not in TRANSITIONS[old]:
        allowed = ", ".join(str(S(s).label).lower() for s in sorted(TRANSITIONS[old])) or "none"
        raise CaseError(
            f"A {S(old).label.lower()} case cannot become {S(to).label.lower()} (next: {allowed})."
        )
    if to == S.CLOSED:
        missing = missing_for_close(case)
        if missing:
            raise CaseError("Cannot close yet; missing: " + "; ".join(missing) + ".", missing)
    if to == S.FOLLOWED_UP and not case.follow_ups.filter(done_at__isnull=False).exists():
        raise CaseError("Record a follow-up as done first.", ["a follow-up done"])
    changes: dict[str, Any] = {"status": to}
    if to == S.ACKNOWLEDGED:
        changes["acknowledged_at"] = now
        changes["seconds_to_acknowledge"] = max(0, int((now - case.opened_at).total_seconds()))
        changes["escalate_at"] = max(case.resolve_due_at, now)
    elif to == S.RECOVERED:
        changes["recovered_at"] = now
        changes["seconds_to_resolve"] = max(0, int((now - case.opened_at).total_seconds()))
        changes["escalate_at"] = None
    elif to == S.CLOSED:
        changes["closed_at"] = now
        changes["escalate_at"] = None
    with transaction.atomic():
        if Case.objects.filter(pk=case.pk, status=old).update(**changes) != 1:
            raise CaseError("The case changed meanwhile; reload it and try again.")
        for name, value in changes.items():
            setattr(case, name, value)
        text = f"Status: {S(old).label} → {S(to).label}."
        if note.strip():
            text += f" {note.strip()}"
        event = add_event(
            case, CaseEvent.Kind.STATUS, text, by=by, at=now, data={"from": old, "to": to}
        )
        if to == S.CLOSED:
            _resolve_alert(case, by=by, now=now)
    return event


def _resolve_alert(case: Case, *, by: Membership | None, now: datetime) -> None:
    """Closing resolves the linked alert: saved, unless the last follow-up done says lost."""
    if case.alert_id is None:
        return
    from servicegap.customers import moments

    alert = case.alert
    if alert.is_resolved:
        return
    last = case.follow_ups.filter(done_at__isnull=False).order_by("-done_at", "-pk").first()
    saved = not (last is not None and last.outcome == FollowUp.Outcome.LOST)
    member = by or case.assignee
    if member is None:
        return  # resolve_alert needs someone; an automatic close names nobody
    moments.resolve_alert(alert, saved=saved, by=member, now=now)
    add_event(
        case,
        CaseEvent.Kind.NOTE,
        f"Save-list alert resolved: {'saved' if saved else 'lost'}.",
        by=by,
        at=now,
    )


def record_follow_up(
    case: Case,
    *,
    planned_on: date,
    channel: str,
    by: Membership,
    done: bool = False,
    outcome: str = FollowUp.Outcome.UNKNOWN,
    satisfaction: int | None = None,
    note: str = "",
    now: datetime | None = None,
) -> FollowUp:
    """Plan a follow-up, or record one done (with its outcome and satisfaction)."""
    now = now or timezone.now()
    if case.status == S.CLOSED:
        raise CaseError("The case is closed.")
    if satisfaction is not None and not 1 <= satisfaction <= 5:
        raise CaseError("satisfaction: from 1 to 5.")
    if not done and (outcome != FollowUp.Outcome.UNKNOWN or satisfaction is not None):
        raise CaseError("outcome: an outcome belongs to a follow-up that was done.")
    with transaction.atomic():
        follow_up = FollowUp.objects.create(
            organization_id=case.organization_id,
            case=case,
            planned_on=planned_on,
            channel=channel,
            done_at=now if done else None,
            done_by=by if done else None,
            outcome=outcome,
            satisfaction=satisfaction,
            note=note,
        )
        _follow_up_event(case, follow_up, by=by, now=now)
    return follow_up


def complete_follow_up(
    follow_up: FollowUp,
    *,
    outcome: str,
    satisfaction: int | None,
    note: str = "",
    by: Membership,
    now: datetime | None = None,
) -> FollowUp:
    now = now or timezone.now()
    if follow_up.is_done:
        raise CaseError("This follow-up is already recorded as done.")
    if follow_up.case.status == S.CLOSED:
        raise CaseError("The case is closed.")
    if satisfaction is not None and not 1 <= satisfaction <= 5:
        raise CaseError("satisfaction: from 1 to 5.")
    with transaction.atomic():
        follow_up.done_at, follow_up.done_by = now, by
        follow_up.outcome, follow_up.satisfaction = outcome, satisfaction
        if note:
            follow_up.note = note
        follow_up.save(update_fields=["done_at", "done_by", "outcome", "satisfaction", "note"])
        _follow_up_event(follow_up.case, follow_up, by=by, now=now)
    return follow_up


def _follow_up_event(case: Case, follow_up: FollowUp, *, by: Membership, now: datetime) -> None:
    if follow_up.is_done:
        text = (
            f"Follow-up done ({follow_up.get_channel_display().lower()}): "
            f"{follow_up.get_outcome_display().lower()}"
        )
        if follow_up.satisfaction is not None:
            text += f", satisfaction {follow_up.satisfaction}/5"
        text += "."
    else:
        text = (
            f"Follow-up planned for {follow_up.planned_on.day} {follow_up.planned_on:%b %Y} "
            f"({follow_up.get_channel_display().lower()})."
        )
    if follow_up.note:
        text += f" {follow_up.note}"
    add_event(
        case, CaseEvent.Kind.FOLLOW_UP, text, by=by, at=now, data={"follow_up": str(follow_up.code)}
    )
    if follow_up.is_done and case.status == S.RECOVERED:
        change_status(case, S.FOLLOWED_UP, by=by, now=now)


# Cases from other apps --------------------------------------------------------------------


def open_case_for_response(
    response: Response,
    *,
    by: Membership | None,
    severity: str = Severity.MEDIUM,
    why: str = "",
    now: datetime | None = None,
) -> Case:
    """The open case of `response`, or a new one linked to it (and to its customer)."""
    return find_or_open_case_for_response(response, by=by, severity=severity, why=why, now=now)[0]


def find_or_open_case_for_response(
    response: Response,
    *,
    by: Membership | None,
    severity: str = Severity.MEDIUM,
    why: str = "",
    now: datetime | None = None,
) -> tuple[Case, bool]:
    """`open_case_for_response`, and whether the case was opened now (False: the open
    case that was there already)."""
    existing = Case.objects.open().filter(response=response).first()
    if existing is not None:
        return existing, False
    sent = timezone.localtime(response.submitted_at, response.organization.tz)
    summary = f"Feedback from {sent.day} {sent:%b %Y}"  # the pages' "j M Y"
    if response.nps is not None:
        summary += f": {response.nps}/10 would recommend"
    description = response.comment
    try:
        with transaction.atomic():
            case = open_case(
                organization=response.organization,
                location=response.location,
                source=Case.Source.FEEDBACK,
                summary=summary,
                description=description,
                severity=severity,
                by=by,
                customer=response.customer,
                response=response,
                step=response.step,
                note=why,
                now=now,
            )
    except IntegrityError:  # opened by someone else a moment ago
        return Case.objects.open().get(response=response), False
    return case, True


def open_case_for_alert(alert: Alert, *, by: Membership) -> Case:
    """The open case of `alert`, or a new one for its customer at their home location;
    the alert is claimed by `by`."""
    return find_or_open_case_for_alert(alert, by=by)[0]


def find_or_open_case_for_alert(alert: Alert, *, by: Membership) -> tuple[Case, bool]:
    """`open_case_for_alert`, and whether the case was opened now (False: the open case
    that was there already)."""
    from servicegap.customers import moments

    existing = Case.objects.open().filter(alert=alert).first()
    if existing is not None:
        return existing, False
    customer = alert.customer
    location = customer.home_location
    if location is None:
        raise CaseError("The customer has no home location to open a case at.")
    reasons = " ".join(str(r.get("text", "")) for r in alert.reasons)
    severity = Severity.HIGH if alert.value_at_risk >= 500 else Severity.MEDIUM
    try:
        with transaction.atomic():
            case = open_case(
                organization=alert.organization,
                location=location,
                source=Case.Source.SAVE_LIST,
                summary=f"Save {customer}: {alert.get_kind_display().lower()}",
                description=f"{reasons}\nValue at risk: {alert.value_at_risk}.".strip(),
                severity=severity,
                by=by,
                customer=customer,
                alert=alert,
            )
    except IntegrityError:
        return Case.objects.open().get(alert=alert), False
    if not alert.is_resolved:
        # resolved meanwhile by someone else: the case stands, the alert stays theirs
        with contextlib.suppress(moments.AlertActionError):
            moments.claim_alert(alert, by=by)
    return case, True


# Automatic cases (the organisation chooses in its recovery settings) ----------------------


def open_case_for_detractor(response: Response) -> Case | None:
    """A case for a detractor response (0–6), when the organisation asks for one in its
    recovery settings; the case (the open one if there is one), or None."""
    if response.spam or response.nps is None or response.nps > 6:
        return None
    if not RecoverySettings.for_organization(response.organization).open_for_detractors:
        return None
    return open_case_for_response(
        response,
        by=None,
        why=f"Opened automatically: a detractor response ({response.nps}/10).",
    )


def open_case_for_churn_comment(response: Response) -> Case | None:
    """A high-severity case for a comment with a churn signal, when the organisation
    asks for one; the case (the open one if there is one), or None for spam."""
    if response.spam:
        return None
    if not RecoverySettings.for_organization(response.organization).open_for_churn_comments:
        return None
    return open_case_for_response(
        response,
        by=None,
        severity=Severity.HIGH,
        why="Opened automatically: the comment says the customer may not come back.",
    )


# Write to the top ------------------------------------------------------------------------


def open_case_to_the_top(response: Response, *, now: datetime | None = None) -> Case | None:
    """The case of a response whose customer asked for the owner to hear of it ("write to
    the top"): high severity, assigned at once to the top of the location's escalation
    ladder (`ladders.top_of_ladder`), who hear of it by e-mail. An open case of the
    response is raised to it instead of opening a second one. Idempotent: a response
    that already has such a case (open or closed) gets it back. None for spam, and for a
    response that did not ask.

    Without contact consent the case has no contact details (the response keeps none);
    its history says so."""
    if response.spam or not response.to_the_top:
        return None
    done = Case.objects.filter(response=response, to_the_top=True).order_by("pk").first()
    if done is not None:
        return done
    top = ladders.top_of_ladder(response.organization, response.location)
    assignee = top[0] if top else None
    reach = (
        "The customer may be contacted (see the response)."
        if response.contact_consent
        else "The customer left no contact details: no one can reply to them."
    )
    why = f"The customer wrote to the top: they asked for the owner to hear of it. {reach}"
    with transaction.atomic():
        case = open_case_for_response(response, by=None, severity=Severity.HIGH, why=why, now=now)
        _raise_to_the_top(case, assignee, why=why, now=now)
    transaction.on_commit(lambda: notify_the_top(case, top))
    return case


def _raise_to_the_top(
    case: Case, assignee: Membership | None, *, why: str, now: datetime | None = None
) -> None:
    """Mark the case as written to the top: high severity at least, at the top of the
    ladder (it never escalates further), with the top's first member as assignee."""
    changes: dict[str, Any] = {"to_the_top": True, "escalation_level": TOP_LEVEL}
    changes["escalate_at"] = None
    if SEVERITY_RANK[case.severity] < SEVERITY_RANK[Severity.HIGH]:
        changes["severity"] = Severity.HIGH
    if assignee is not None and case.assignee_id != assignee.pk:
        changes["assignee"] = assignee
    Case.objects.filter(pk=case.pk).update(**changes)
    for name, value in changes.items():
        setattr(case, name, value)
    if not case.events.filter(kind=CaseEvent.Kind.OPENED, text=why).exists():
        add_event(case, CaseEvent.Kind.NOTE, why, by=None, at=now)
    if "assignee" in changes:
        add_event(
            case,
            CaseEvent.Kind.ASSIGNMENT,
            f"Assigned to {assignee.user.email}, at the top of the escalation ladder.",
            by=None,
            at=now,
        )


def notify_the_top(case: Case, members: list[Membership]) -> int:
    """One e-mail to the people at the top of the ladder; the number sent (0 or 1)."""
    emails = sorted({m.user.email for m in members if m.user.email})
    if not emails:
        return 0
    org = case.organization
    due = timezone.localtime(case.ack_due_at, org.tz)
    body = (
        f"A customer of {case.location.name} asked for the owner to hear about this "
        "personally. The case is with you; it cannot close until an owner or an "
        "executive has acknowledged it on its page.\n\n"
        f"Case: {case.mail_title()}\n"
        f"Severity: {case.get_severity_display()}\n"
        f"Acknowledge by: {due:%Y-%m-%d %H:%M} ({org.time_zone})\n\n"
        f"{settings.SITE_URL}{case.get_absolute_url()}\n"
    )
    subject = one_line(f"[servicegap] Written to the top: {case.mail_title()[:80]}")
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, emails)


def acknowledge_at_the_top(
    case: Case, *, by: Membership, now: datetime | None = None, note: str = ""
) -> CaseEvent:
    """An owner or executive acknowledges a case the customer wrote to the top with; until
    then nobody may close it (`missing_for_close`). The acknowledgement is an event
    written in the same transaction; claimed with a conditional UPDATE, so it is done
    once."""
    now = now or timezone.now()
    if by.role not in TOP_ROLES:
        raise CaseError("Only an owner or an executive can acknowledge a case written to the top.")
    if not case.to_the_top:
        raise CaseError("This case was not written to the top.")
    if case.top_acknowledged_at is not None:
        raise CaseError("This case is already acknowledged by the top.")
    with transaction.atomic():
        claimed = Case.objects.filter(pk=case.pk, top_acknowledged_at=None).update(
            top_acknowledged_at=now, top_acknowledged_by=by
        )
        if claimed != 1:
            raise CaseError("The case changed meanwhile; reload it and try again.")
        case.top_acknowledged_at, case.top_acknowledged_by = now, by
        text = f"Acknowledged by the top ({by.get_role_display().lower()} {by.user.email})."
        if note.strip():
            text += f" {note.strip()}"
        return add_event(case, CaseEvent.Kind.TOP_ACK, text, by=by, at=now)
