"""What people do with audits: schedule, start, fill, submit, dispute, resolve, lock.

Each step is one function that checks its rule, writes its rows in one transaction and
records an `AuditEvent`, so the audit's history is complete and visible. Views and the
API call these; they do not change audits themselves.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.contrib.auth.models import AbstractBaseUser
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from servicegap.audits import scoring
from servicegap.audits.models import (
    Assignment,
    Audit,
    AuditAnswer,
    AuditEvent,
    AuditTemplate,
    Dispute,
    Kind,
    Result,
    month_of,
)
from servicegap.core.access import LOCATION_MANAGERS, SUPERVISORS, TEAM
from servicegap.core.models import Location, Membership, Role

Event = AuditEvent.Action

# Who may carry out which kind of audit (mystery shops need an assignment as well).
KIND_ROLES = {
    Kind.MYSTERY_SHOP: frozenset({Role.SHOPPER}),
    Kind.SELF_ASSESSMENT: TEAM,
    Kind.OBSERVATION: SUPERVISORS,
}
# Who sees the mystery-shop assignments: those who schedule them, and the shoppers.
ASSIGNMENT_ROLES = LOCATION_MANAGERS | {Role.SHOPPER}
EARTH_RADIUS_M = 6_371_008.8


class AuditError(Exception):
    """A rule of the audit workflow was broken; the message says which, for people."""


class AuditClosed(AuditError):
    """The audit is no longer a draft, so its answers cannot be edited."""


class MissingAnswers(AuditError):
    """Submitting needs every answer; `answers` are the ones still empty."""

    def __init__(self, answers: list[AuditAnswer]) -> None:
        self.answers = answers
        super().__init__(
            _("Answer every behaviour before submitting; %(count)s still open.")
            % {"count": len(answers)}
        )


@dataclass(frozen=True)
class Checkin:
    latitude: Decimal
    longitude: Decimal
    accuracy_m: int | None = None


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres between two points given in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def _event(audit: Audit, action: str, *, by, answer=None, detail: str = "", at=None) -> AuditEvent:
    return AuditEvent.objects.create(
        organization_id=audit.organization_id,
        audit=audit,
        answer=answer,
        action=action,
        detail=detail,
        by=by,
        at=at or timezone.now(),
    )


def _score_text(value: Decimal | None) -> str:
    return "—" if value is None else f"{value}"


# Permissions that depend on the object, not only on the role -------------------------


def can_fill(audit: Audit, membership: Membership) -> bool:
    """Only whoever performs the audit fills it in, and only while it is a draft."""
    return audit.is_draft and audit.is_performer(membership)


def can_dispute(audit: Audit, membership: Membership) -> bool:
    """Managers of the location dispute a submitted (not yet locked) audit's answers."""
    return (
        audit.status == Audit.Status.SUBMITTED
        and membership.role in (Role.OWNER, Role.EXECUTIVE, Role.MANAGER)
        and not audit.is_performer(membership)
    )


def can_resolve(dispute: Dispute, membership: Membership) -> bool:
    """The organisation's owner, or whoever performed the audit, resolves a dispute."""
    return dispute.is_open and (
        membership.role == Role.OWNER or dispute.answer.audit.is_performer(membership)
    )


def disputes_to_resolve(membership: Membership):
    """Open disputes this member is asked to resolve (the owner: all; others: their own)."""
    disputes = Dispute.objects.for_member(membership).open()
    if membership.role != Role.OWNER:
        disputes = disputes.filter(answer__audit__performed_by_id=membership.user_id)
    return disputes


def kinds_for(membership: Membership) -> list[str]:
    """The kinds of audit this member may start from the "new audit" page."""
    return [
        kind
        for kind in (Kind.SELF_ASSESSMENT, Kind.OBSERVATION)
        if membership.role in KIND_ROLES[kind]
    ]


# Assignments --------------------------------------------------------------------------


def schedule_assignment(
    *,
    location: Location,
    template: AuditTemplate,
    shopper: Membership,
    window_start: date,
    window_end: date,
    instructions: str = "",
    by: AbstractBaseUser,
) -> Assignment:
    """Ask a mystery shopper to audit a location with a template between two dates."""
    if shopper.role != Role.SHOPPER:
        raise AuditError(_("Only a member with the mystery shopper role can be assigned."))
    if window_end < window_start:
        raise AuditError(_("The window must end on or after its first day."))
    return Assignment.objects.create(
        organization_id=location.organization_id,
        location=location,
        template=template,
        shopper=shopper,
        window_start=window_start,
        window_end=window_end,
        instructions=instructions,
        created_by=by,
    )


def cancel_assignment(assignment: Assignment) -> bool:
    """Withdraw an assignment not yet started; False when it was started or cancelled."""
    if Audit.objects.filter(assignment=assignment).exists():
        return False
    return bool(
        Assignment.objects.filter(pk=assignment.pk, cancelled_at=None).update(
            cancelled_at=timezone.now()
        )
    )


# Starting and filling ------------------------------------------------------------------


@transaction.atomic
def start_audit(
    *,
    kind: str,
    location: Location,
    template: AuditTemplate,
    by: Membership,
    assignment: Assignment | None = None,
    performed_at: datetime | None = None,
    checkin: Checkin | None = None,
) -> Audit:
    """Create a draft audit with one empty answer per behaviour of the template.

    Each answer snapshots its behaviour (text, weight, critical flag, P, step, target,
    version). A mystery shop needs the shopper's own assignment; starting it again
    returns the audit already started.
    """
    if by.role not in KIND_ROLES[kind]:
        raise AuditError(_("Your role cannot carry out this kind of audit."))
    if kind == Kind.MYSTERY_SHOP:
        if assignment is None or assignment.shopper_id != by.pk:
            raise AuditError(_("A mystery shop needs an assignment of yours."))
        if assignment.cancelled_at is not None:
            raise AuditError(_("This assignment was cancelled."))
        existing = Audit.objects.filter(assignment=assignment).first()
        if existing is not None:
            return existing
        location, template = assignment.location, assignment.template
    now = timezone.now()
    performed_at = performed_at or now
    audit = Audit.objects.create(
        organization_id=location.organization_id,
        kind=kind,
        location=location,
        template=template,
        assignment=assignment,
        channel=template.channel,
        performed_by=by.user,
        performed_at=performed_at,
        performed_month=month_of(performed_at, by.organization.tz),
        started_at=now,
    )
    behaviours = (
        template.behaviours.on_card()
        .select_related("standard__step")
        .order_by("standard__step__position", "standard__position", "position", "pk")
    )
    AuditAnswer.objects.bulk_create(
        snapshot_answer(audit, behaviour, position) for position, behaviour in enumerate(behaviours)
    )
    _event(audit, Event.STARTED, by=by.user, at=now)
    if checkin is not None:
        record_checkin(audit, checkin, by=by.user)
    return audit


def snapshot_answer(audit: Audit, behaviour, position: int) -> AuditAnswer:
    """An empty answer that remembers what `behaviour` meant at this moment."""
    step = behaviour.standard.step
    return AuditAnswer(
        organization_id=audit.organization_id,
        audit=audit,
        position=position,
        behaviour=behaviour,
        behaviour_text=behaviour.text,
        behaviour_version=behaviour.version,
        weight=behaviour.weight,
        is_critical=behaviour.is_critical,
        p=behaviour.standard.p,
        step=step,
        step_name=step.name,
        step_position=step.position,
        target_comparison=behaviour.target_comparison,
        target_value=behaviour.target_value,
        target_unit=behaviour.target_unit,
        location_id=audit.location_id,
        kind=audit.kind,
        performed_at=audit.performed_at,
        performed_month=audit.performed_month,
    )


def record_checkin(audit: Audit, checkin: Checkin, *, by) -> Audit:
    """Keep where the browser said it was, and how far that is from the location."""
    _require_draft(audit)
    audit.checkin_latitude = checkin.latitude
    audit.checkin_longitude = checkin.longitude
    audit.checkin_accuracy_m = checkin.accuracy_m
    location = audit.location
    distance = None
    if location.latitude is not None and location.longitude is not None:
        distance = round(
            haversine_m(
                float(checkin.latitude),
                float(checkin.longitude),
                float(location.latitude),
                float(location.longitude),
            )
        )
    audit.checkin_distance_m = distance
    audit.save(
        update_fields=[
            "checkin_latitude",
            "checkin_longitude",
            "checkin_accuracy_m",
            "checkin_distance_m",
        ]
    )
    detail = "" if distance is None else _("%(m)s m from the location") % {"m": distance}
    _event(audit, Event.CHECKED_IN, by=by, detail=detail)
    return audit


def _require_draft(audit: Audit) -> None:
    if not audit.is_draft:
        raise AuditClosed(_("This audit was submitted and can no longer be changed."))


def save_answer(
    answer: AuditAnswer,
    *,
    result: str = "",
    measured_value: Decimal | None = None,
    note: str = "",
    photo: UploadedFile | None = None,
    remove_photo: bool = False,
) -> AuditAnswer:
    """Record one answer of a draft. With a measured value, the target decides pass/fail."""
    audit = answer.audit
    _require_draft(audit)
    if measured_value is not None and answer.is_measured:
        result = scoring.result_for_measure(
            answer.target_comparison, answer.target_value, measured_value
        )
    answer.result = result
    answer.measured_value = measured_value
    answer.note = note
    answer.answered_at = timezone.now()
    fields = ["result", "measured_value", "note", "answered_at"]
    old_photo = answer.photo.name if answer.photo else ""
    if photo is not None:
        answer.photo.save(photo.name, photo, save=False)
        fields.append("photo")
    elif remove_photo and old_photo:
        answer.photo = ""
        fields.append("photo")
    try:
        with transaction.atomic():
            # Saved only while the audit is still a draft, checked in the same transaction.
            if not Audit.objects.filter(pk=audit.pk, status=Audit.Status.DRAFT).exists():
                raise AuditClosed(_("This audit was submitted and can no longer be changed."))
            answer.save(update_fields=fields)
    except Exception:
        if photo is not None:  # the new file is not kept when its answer is not saved
            answer.photo.storage.delete(answer.photo.name)
        raise
    if "photo" in fields and old_photo:
        storage = answer.photo.storage
        transaction.on_commit(lambda: storage.delete(old_photo))
    return answer


def end_visit(audit: Audit, *, by) -> Audit:
    """Record when the visit ended (the first time only)."""
    _require_draft(audit)
    if audit.ended_at is None:
        audit.ended_at = timezone.now()
        audit.save(update_fields=["ended_at"])
        _event(audit, Event.ENDED, by=by, at=audit.ended_at)
    return audit


# Submitting and after -----------------------------------------------------------------


@transaction.atomic
def submit_audit(audit: Audit, *, by) -> scoring.AuditScore:
    """Submit a draft with every answer given: score it and make it read-only."""
    _require_draft(audit)
    answers = list(audit.answers.all())
    missing = [a for a in answers if not a.result]
    if missing:
        raise MissingAnswers(missing)
    result = scoring.score_answers(answers)
    now = timezone.now()
    audit.status = Audit.Status.SUBMITTED
    audit.submitted_at = now
    audit.ended_at = audit.ended_at or now
    fields = [*scoring.apply_score(audit, result), "status", "submitted_at", "ended_at"]
    claimed = Audit.objects.filter(pk=audit.pk, status=Audit.Status.DRAFT).update(
        status=Audit.Status.SUBMITTED
    )
    if not claimed:
        raise AuditClosed(_("This audit was already submitted."))
    audit.save(update_fields=fields)
    audit.answers.update(
        is_counted=True,
        location_id=audit.location_id,
        kind=audit.kind,
        performed_at=audit.performed_at,
        performed_month=audit.performed_month,
    )
    _event(audit, Event.SUBMITTED, by=by, at=now, detail=_score_text(result.score))
    return result


def rescore_audit(audit: Audit, *, by) -> scoring.AuditScore:
    """Score a submitted audit again from its answers; record it when the score moved."""
    before = audit.score
    result = scoring.score_answers(audit.answers.all())
    audit.save(update_fields=scoring.apply_score(audit, result))
    if result.score != before:
        detail = f"{_score_text(before)} → {_score_text(result.score)}"
        _event(audit, Event.RESCORED, by=by, detail=detail)
    return result


def dispute_answer(answer: AuditAnswer, *, reason: str, by: Membership) -> Dispute:
    """A manager challenges one answer of a submitted audit, giving a reason."""
    audit = answer.audit
    if not can_dispute(audit, by):
        raise AuditError(_("Only a submitted audit, not yet locked, can be disputed."))
    reason = reason.strip()
    if not reason:
        raise AuditError(_("Say why the answer is wrong."))
    try:
        with transaction.atomic():
            dispute = Dispute.objects.create(
                organization_id=answer.organization_id,
                answer=answer,
                reason=reason,
                raised_by=by.user,
            )
            _event(audit, Event.DISPUTED, by=by.user, answer=answer, detail=reason)
    except IntegrityError:
        raise AuditError(_("This answer is already disputed.")) from None
    return dispute


@transaction.atomic
def resolve_dispute(
    dispute: Dispute,
    *,
    outcome: str,
    by: Membership,
    result: str = "",
    measured_value: Decimal | None = None,
    note: str = "",
) -> scoring.AuditScore | None:
    """Close a dispute: the answer stands (upheld) or is changed; the audit is re-scored.

    Returns the new score when the answer changed.
    """
    if not can_resolve(dispute, by):
        raise AuditError(_("Only the owner or whoever performed the audit resolves a dispute."))
    answer = dispute.answer
    if outcome == Dispute.Outcome.CHANGED:
        if measured_value is not None and answer.is_measured:
            result = scoring.result_for_measure(
                answer.target_comparison, answer.target_value, measured_value
            )
        if result not in Result.values:
            raise AuditError(_("Choose the answer's new result."))
    elif outcome != Dispute.Outcome.UPHELD:
        raise AuditError(_("Choose whether the answer stands or changes."))
    now = timezone.now()
    claimed = Dispute.objects.filter(pk=dispute.pk, outcome="").update(
        outcome=outcome, resolution=note.strip(), resolved_by=by.user, resolved_at=now
    )
    if not claimed:
        raise AuditError(_("This dispute was already resolved."))
    dispute.refresh_from_db()
    audit = answer.audit
    if outcome == Dispute.Outcome.UPHELD:
        _event(audit, Event.UPHELD, by=by.user, answer=answer, detail=note.strip(), at=now)
        return None
    before = answer.get_result_display()
    answer.result = result
    fields = ["result"]
    if measured_value is not None:
        answer.measured_value = measured_value
        fields.append("measured_value")
    answer.save(update_fields=fields)
    detail = f"{before} → {answer.get_result_display()}"
    if note.strip():
        detail += f": {note.strip()}"
    _event(audit, Event.CHANGED, by=by.user, answer=answer, detail=detail, at=now)
    return rescore_audit(audit, by=by.user)


def lock_audit(audit: Audit, *, by) -> Audit:
    """Close a submitted audit to further disputes once every dispute is resolved."""
    if audit.status != Audit.Status.SUBMITTED:
        raise AuditError(_("Only a submitted audit can be locked."))
    if Dispute.objects.filter(answer__audit=audit).open().exists():
        raise AuditError(_("Resolve the open disputes before locking the audit."))
    now = timezone.now()
    if not Audit.objects.filter(pk=audit.pk, status=Audit.Status.SUBMITTED).update(
        status=Audit.Status.LOCKED, locked_at=now
    ):
        raise AuditError(_("This audit was already locked."))
    audit.status, audit.locked_at = Audit.Status.LOCKED, now
    _event(audit, Event.LOCKED, by=by, at=now)
    return audit
