"""Coaching notes tied to evidence, and the rule-bend log.

A note names what went well and what to do next time, and links the evidence it rests
on: an audit answer, an observation, a customer's comment or a recovery case, each of
which the author must be able to see. A supervisor who stepped in during service records
it on an observation (an audit of kind observation), so it shows in the Observed lens and
on the employee's page: `observe_and_step_in` writes both in one transaction. The employee acknowledges or replies; nobody else may.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Count, Max, Sum
from django.utils import timezone

from servicegap.core import access
from servicegap.core.models import Employee, Location, Membership
from servicegap.people.models import CoachingNote, PeopleSettings, RuleBend
from servicegap.people.scenarios import PeopleError, same_org

if TYPE_CHECKING:
    from servicegap.audits.models import Audit, AuditAnswer
    from servicegap.feedback.models import Response
    from servicegap.recovery.models import Case, RecoveryAction
    from servicegap.standards.models import Behaviour

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


def template_for(behaviour: Behaviour):
    """The audit template in use that checks `behaviour` (the first by name), or None."""
    from servicegap.audits.models import AuditTemplate

    return (
        AuditTemplate.objects.filter(
            organization_id=behaviour.organization_id, is_active=True, behaviours=behaviour
        )
        .order_by("name", "pk")
        .first()
    )


def observe_and_step_in(
    employee: Employee,
    *,
    by: Membership,
    behaviour: Behaviour,
    result: str,
    seen: str,
    intervention: str,
    next_time: str,
    follow_up_on: date | None = None,
    now: datetime | None = None,
) -> CoachingNote:
    """A supervisor saw `employee` serve (often: mediocre service) and stepped in.

    In one transaction: an observation (a submitted audit of kind observation at the
    employee's location, with one answer on `behaviour`: its result and what was seen),
    so it counts in the Observed lens; and a coaching note that links it, says what the
    supervisor said or did and what to do next time, with a date to follow up. When
    anything is refused, neither is saved."""
    from servicegap.audits import workflow
    from servicegap.audits.models import Audit, Kind, Result, month_of

    now = now or timezone.now()
    same_org(employee.organization_id, behaviour=behaviour)
    if by.role not in access.SUPERVISORS:
        raise PeopleError("employee", "supervisors and managers record observations.")
    if employee.location_id is None or not by.can_see_location(employee.location):
        raise PeopleError("employee", "you do not coach at this employee's location.")
    if not type(behaviour).objects.on_card().filter(pk=behaviour.pk).exists():
        raise PeopleError("behaviour", "this behaviour is retired from the service card.")
    if result not in (Result.PASS, Result.FAIL):
        raise PeopleError("result", "say whether the behaviour was done.")
    if not seen.strip():
        raise PeopleError("seen", "say what you saw.")
    if not intervention.strip():
        raise PeopleError("intervention", "say what you said or did when you stepped in.")
    if not next_time.strip():
        raise PeopleError("next_time", "say what to do next time.")
    today = timezone.localdate(now, timezone=by.organization.tz)
    if follow_up_on is not None and follow_up_on < today:
        raise PeopleError("follow_up_on", "the follow-up date is in the past.")
    template = template_for(behaviour)
    if template is None:
        raise PeopleError(
            "behaviour", "no audit template in use checks this behaviour; add it to one first."
        )
    with transaction.atomic():
        audit = Audit.objects.create(
            organization_id=employee.organization_id,
            kind=Kind.OBSERVATION,
            location=employee.location,
            template=template,
            channel=template.channel,
            performed_by=by.user,
            performed_at=now,
            performed_month=month_of(now, by.organization.tz),
            started_at=now,
        )
        answer = workflow.snapshot_answer(audit, behaviour, 0)
        answer.result, answer.note, answer.answered_at = result, seen.strip(), now
        answer.save()
        workflow.submit_audit(audit, by=by.user)
        answer.refresh_from_db()
        note = write_note(
            employee,
            by=by,
            next_time=next_time,
            audit=audit,
            answer=answer,
            is_intervention=True,
            now=now,
        )
        note.intervention, note.follow_up_on = intervention.strip(), follow_up_on
        note.save(update_fields=["intervention", "follow_up_on"])
    return note


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


PRAISE_SHOWN = 20


def praise(member: Membership, employee: Employee) -> list[Response]:
    """Comments at the employee's location that the comment analysis found positive and
    that name them by first name (as a word, as the comment explorer finds staff
    praised), newest first, at most `PRAISE_SHOWN`: the employee page's "Customers who
    named them". Only the comments `member` may see."""
    from servicegap.feedback.models import Response as ResponseModel

    name = employee.first_name.strip()
    if len(name) < 2 or employee.location_id is None:
        return []
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    candidates = (
        ResponseModel.objects.for_member(member)
        .filter(
            location_id=employee.location_id,
            spam=False,
            analysis__sentiment="positive",
            comment__contains=name,
        )
        .order_by("-submitted_at")[:100]
    )
    return [r for r in candidates if pattern.search(r.comment)][:PRAISE_SHOWN]
