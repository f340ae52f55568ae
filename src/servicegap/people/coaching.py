"""Coaching notes tied to evidence, and the rule-bend log.

A note names what went well and what to do next time, and links the evidence it rests
on: an audit answer, an observation, a customer's comment or a recovery case, each of
which the author must be able to see. A supervisor who stepped in during service records
it on an observation (an audit of kind observation), so it shows in the Observed lens and
on the employee's page. The employee acknowledges or replies; nobody else may.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db.models import Count, Max, Sum
from django.utils import timezone

from servicegap.core.models import Employee, Location, Membership
from servicegap.people.models import CoachingNote, PeopleSettings, RuleBend
from servicegap.people.scenarios import PeopleError, same_org

if TYPE_CHECKING:
    from servicegap.audits.models import Audit, AuditAnswer
    from servicegap.feedback.models import Response
    from servicegap.recovery.models import Case, RecoveryAction

BENT_OFTEN_DAYS = 90


def _visible(model, member: Membership, obj, name: str) -> None:
    if obj is not None and not model.objects.for_member(member).filter(pk=obj.pk).exists():
        raise PeopleError(name, "you cannot see this evidence.")


def write_note(
    employee: Employee,
    *,
    by: Membership,
    went_well: str = "",
    next_time: str = "",
    answer: AuditAnswer | None = None,
    audit: Audit | None = None,
    response: Response | None = None,
    case: Case | None = None,
    is_intervention: bool = False,
    now: datetime | None = None,
) -> CoachingNote:
    """A coaching note to `employee`, linked to the evidence given."""
    from servicegap.audits.models import Audit as AuditModel
    from servicegap.audits.models import AuditAnswer as AnswerModel
    from servicegap.audits.models import Kind
    from servicegap.feedback.models import Response as ResponseModel
    from servicegap.recovery.models import Case as CaseModel

    same_org(employee.organization_id, answer=answer, audit=audit, response=response, case=case)
    if employee.location_id is None or not by.can_see_location(employee.location):
        raise PeopleError("employee", "you do not coach at this employee's location.")
    if employee.user_id is not None and employee.user_id == by.user_id:
        raise PeopleError("employee", "a coaching note is for someone else.")
    if not went_well.strip() and not next_time.strip():
        raise PeopleError("next_time", "say what went well or what to do next time.")
    _visible(AnswerModel, by, answer, "answer")
    _visible(AuditModel, by, audit, "audit")
    _visible(ResponseModel, by, response, "response")
    _visible(CaseModel, by, case, "case")
    if is_intervention and (audit is None or audit.kind != Kind.OBSERVATION):
        raise PeopleError("audit", "stepping in is recorded on an observation; link one.")
    return CoachingNote.objects.create(
        organization_id=employee.organization_id,
        employee=employee,
        location=employee.location,
        went_well=went_well.strip(),
        next_time=next_time.strip(),
        is_intervention=is_intervention,
        answer=answer,
        audit=audit,
        response=response,
        case=case,
        author=by.user,
        created_at=now or timezone.now(),
    )


def _own(note: CoachingNote, by: Membership) -> None:
    if note.employee.user_id != by.user_id:
        raise PeopleError("note", "only the employee the note is for may answer it.")


def acknowledge_note(note: CoachingNote, *, by: Membership, now: datetime | None = None) -> bool:
    """Mark the note read by its employee; False when it already was."""
    _own(note, by)
    done = CoachingNote.objects.filter(pk=note.pk, acknowledged_at=None).update(
        acknowledged_at=now or timezone.now()
    )
    return done == 1


def reply_to_note(
    note: CoachingNote, text: str, *, by: Membership, now: datetime | None = None
) -> CoachingNote:
    """The employee's reply (which also acknowledges the note)."""
    _own(note, by)
    if not text.strip():
        raise PeopleError("reply", "write your reply.")
    now = now or timezone.now()
    note.reply, note.replied_at = text.strip(), now
    note.acknowledged_at = note.acknowledged_at or now
    note.save(update_fields=["reply", "replied_at", "acknowledged_at"])
    return note


# Rule bends ---------------------------------------------------------------------------


def record_bend(
    *,
    by: Membership,
    location: Location,
    rule: str,
    why: str,
    cost: Decimal = Decimal("0"),
    outcome: str = "",
    happened_on: date | None = None,
    case: Case | None = None,
    action: RecoveryAction | None = None,
) -> RuleBend:
    """A time `by` bent a rule for a customer, optionally tied to a case and its
    empowerment-budget action."""
    from servicegap.recovery.models import Case as CaseModel

    same_org(by.organization_id, location=location, case=case, action=action)
    if not by.can_see_location(location):
        raise PeopleError("location", "choose a location you work at.")
    if not rule.strip():
        raise PeopleError("rule", "name the rule you bent.")
    if not why.strip():
        raise PeopleError("why", "say why you bent it.")
    if cost < 0:
        raise PeopleError("cost", "a cost is zero or more.")
    _visible(CaseModel, by, case, "case")
    if action is not None and (case is None or action.case_id != case.pk):
        raise PeopleError("action", "choose an action of the linked case.")
    if case is not None and case.location_id != location.pk:
        raise PeopleError("case", "the case is of another location.")
    return RuleBend.objects.create(
        organization_id=by.organization_id,
        location=location,
        rule=rule.strip(),
        why=why.strip(),
        cost=cost,
        outcome=outcome.strip(),
        happened_on=happened_on or timezone.localdate(),
        case=case,
        action=action,
        recorded_by=by.user,
    )


def review_bend(
    bend: RuleBend, *, by: Membership, note: str = "", now: datetime | None = None
) -> RuleBend:
    bend.reviewed_by, bend.reviewed_at = by.user, now or timezone.now()
    bend.review_note = note.strip()
    bend.save(update_fields=["reviewed_by", "reviewed_at", "review_note"])
    return bend


@dataclass(frozen=True)
class OftenBent:
    rule: str
    key: str
    count: int
    cost: Decimal
    last: date


def rules_bent_often(member: Membership, today: date | None = None) -> list[OftenBent]:
    """Rules bent at least the organisation's threshold in the last 90 days, at the
    member's locations: candidates to change on the service card."""
    today = today or timezone.localdate()
    threshold = PeopleSettings.for_organization(member.organization).rule_bent_often
    rows = (
        RuleBend.objects.for_member(member)
        .filter(happened_on__gt=today - timedelta(days=BENT_OFTEN_DAYS), happened_on__lte=today)
        .values("rule_key")
        .annotate(count=Count("pk"), cost=Sum("cost"), last=Max("happened_on"), rule=Max("rule"))
        .filter(count__gte=threshold)
        .order_by("-count", "rule_key")
    )
    return [OftenBent(r["rule"], r["rule_key"], r["count"], r["cost"], r["last"]) for r in rows]
