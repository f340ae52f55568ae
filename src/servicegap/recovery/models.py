"""Service recovery: a complaint becomes a case with an owner, deadlines and a history.

A `Case` moves new → acknowledged → investigating → recovered → followed up → closed
(`TRANSITIONS`); each step, note, assignment, escalation and action leaves a `CaseEvent`,
which is never changed or deleted (a correction is a new event). `RecoveryAction` is what
was done for the customer and what it cost, checked against the spender's
`EmpowermentBudget`; `FollowUp` is the call or visit afterwards and what came of it.
`RecoverySettings` holds an organisation's deadlines per severity and its automatic
opening rules. The workflow lives in `cases.py`, escalation in `escalation.py`, budgets
in `budgets.py` and the outcome figures in `outcomes.py`.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from servicegap.core.models import (
    LocationScopedQuerySet,
    Membership,
    Organization,
    OrgOwned,
    OrgQuerySet,
    P,
    Role,
)

if TYPE_CHECKING:
    from datetime import datetime


class Severity(models.TextChoices):
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")
    CRITICAL = "critical", _("Critical")


SEVERITY_RANK = {s: i for i, s in enumerate(Severity.values)}

# Hours to acknowledge and to resolve, per severity, until an organisation sets its own.
DEFAULT_DEADLINES = {
    Severity.LOW: (24, 168),
    Severity.MEDIUM: (4, 72),
    Severity.HIGH: (2, 48),
    Severity.CRITICAL: (1, 24),
}

# The escalation chain: level → the role that hears of a case at that level.
CHAIN = (Role.STAFF, Role.SUPERVISOR, Role.MANAGER, Role.EXECUTIVE)
TOP_LEVEL = len(CHAIN) - 1
# A member's rank in the chain; owners sit above executives (they approve anything).
ROLE_RANK = {
    Role.STAFF: 0,
    Role.SUPERVISOR: 1,
    Role.MANAGER: 2,
    Role.EXECUTIVE: 3,
    Role.OWNER: 4,
}


def _hours_field(label: str, default: int) -> models.PositiveIntegerField:
    return models.PositiveIntegerField(
        label, default=default, validators=[MinValueValidator(1), MaxValueValidator(24 * 90)]
    )


class RecoverySettings(OrgOwned):
    """One organisation's recovery rules: deadlines per severity, automatic cases."""

    organization = models.OneToOneField(
        Organization, on_delete=models.CASCADE, related_name="recovery_settings"
    )
    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    low_ack_hours = _hours_field(_("low: acknowledge within (hours)"), 24)
    low_resolve_hours = _hours_field(_("low: resolve within (hours)"), 168)
    medium_ack_hours = _hours_field(_("medium: acknowledge within (hours)"), 4)
    medium_resolve_hours = _hours_field(_("medium: resolve within (hours)"), 72)
    high_ack_hours = _hours_field(_("high: acknowledge within (hours)"), 2)
    high_resolve_hours = _hours_field(_("high: resolve within (hours)"), 48)
    critical_ack_hours = _hours_field(_("critical: acknowledge within (hours)"), 1)
    critical_resolve_hours = _hours_field(_("critical: resolve within (hours)"), 24)
    open_for_detractors = models.BooleanField(
        _("open a case for every detractor response"),
        default=False,
        help_text=_("A response that answers 0–6 to “would you recommend us”."),
    )
    open_for_churn_comments = models.BooleanField(
        _("open a case for a comment saying the customer may not come back"), default=False
    )

    objects = OrgQuerySet.as_manager()

    class Meta:
        verbose_name = _("recovery settings")
        verbose_name_plural = _("recovery settings")

    def __str__(self) -> str:
        return f"Recovery settings of {self.organization_id}"

    @classmethod
    def for_organization(cls, organization: Organization) -> RecoverySettings:
        """The organisation's settings; the defaults (not stored) when it never saved any."""
        try:
            return organization.recovery_settings
        except cls.DoesNotExist:
            return cls(organization=organization)

    def deadlines(self, severity: str) -> tuple[timedelta, timedelta]:
        """(time to acknowledge, time to resolve) for a case of `severity`."""
        ack = getattr(self, f"{severity}_ack_hours")
        resolve = getattr(self, f"{severity}_resolve_hours")
        return timedelta(hours=ack), timedelta(hours=resolve)


class EmpowermentBudget(OrgOwned):
    """What a member of a role may spend on recovery without asking anyone."""

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=[(r.value, r.label) for r in CHAIN],
    )
    per_customer_per_day = models.DecimalField(
        _("per customer per day"),
        max_digits=12,
        decimal_places=2,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0"))],
    )
    monthly_cap = models.DecimalField(
        _("per member per month"),
        max_digits=12,
        decimal_places=2,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0"))],
    )

    objects = OrgQuerySet.as_manager()

    class Meta:
        ordering = ["role"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "role"],
                name="recovery_empowermentbudget_unique_org_role",
                violation_error_message=_("This role already has a budget."),
            ),
            models.CheckConstraint(
                condition=Q(per_customer_per_day__gte=0) & Q(monthly_cap__gte=0),
                name="recovery_empowermentbudget_not_negative",
                violation_error_message=_("A budget cannot be negative."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()}: {self.per_customer_per_day} / {self.monthly_cap}"


class CaseQuerySet(LocationScopedQuerySet):
    def open(self) -> CaseQuerySet:
        return self.exclude(status=Case.Status.CLOSED)

    def overdue(self, now: datetime) -> CaseQuerySet:
        """Open cases past the deadline that applies to their status."""
        return self.filter(
            Q(status=Case.Status.NEW, ack_due_at__lt=now)
            | Q(
                status__in=[Case.Status.ACKNOWLEDGED, Case.Status.INVESTIGATING],
                resolve_due_at__lt=now,
            )
        )

    def due_for_escalation(self, now: datetime) -> CaseQuerySet:
        return self.filter(escalate_at__lt=now, escalation_level__lt=TOP_LEVEL).open()


class Case(OrgOwned):
    """A customer's complaint, followed until it is put right and the customer asked."""

    class Source(models.TextChoices):
        FEEDBACK = "feedback", _("Feedback response")
        SAVE_LIST = "save_list", _("Save-list alert")
        PHONE = "phone", _("Phone call")
        WALK_IN = "walk_in", _("Walk-in")
        STAFF = "staff", _("Staff entry")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        ACKNOWLEDGED = "acknowledged", _("Acknowledged")
        INVESTIGATING = "investigating", _("Investigating")
        RECOVERED = "recovered", _("Recovered")
        FOLLOWED_UP = "followed_up", _("Followed up")
        CLOSED = "closed", _("Closed")

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    location = models.ForeignKey(
        "core.Location", verbose_name=_("location"), on_delete=models.RESTRICT, related_name="+"
    )
    # A case outlives the customer data it came from (an erasure request): the links empty.
    customer = models.ForeignKey(
        "customers.Customer",
        verbose_name=_("customer"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="recovery_cases",
    )
    response = models.ForeignKey(
        "feedback.Response",
        verbose_name=_("feedback response"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="recovery_cases",
    )
    alert = models.ForeignKey(
        "customers.Alert",
        verbose_name=_("save-list alert"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="recovery_cases",
    )
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    severity = models.CharField(
        _("severity"), max_length=10, choices=Severity.choices, default=Severity.MEDIUM
    )
    summary = models.CharField(_("summary"), max_length=200)
    description = models.TextField(_("description"), max_length=5000, blank=True)
    # The inquiry: what happened and why, asked for before a case may close.
    what_happened = models.TextField(_("what happened"), max_length=5000, blank=True)
    p = models.CharField(_("root cause: P"), max_length=10, choices=P.choices, blank=True)
    step = models.ForeignKey(
        "standards.JourneyStep",
        verbose_name=_("root cause: journey step"),
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="+",
    )
    no_action_reason = models.TextField(_("why no action"), max_length=2000, blank=True)
    status = models.CharField(
        _("status"), max_length=15, choices=Status.choices, default=Status.NEW
    )
    assignee = models.ForeignKey(
        Membership,
        verbose_name=_("assigned to"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    escalation_level = models.PositiveSmallIntegerField(
        _("escalation level"), default=0, validators=[MaxValueValidator(TOP_LEVEL)]
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    opened_at = models.DateTimeField(_("opened"), default=timezone.now)
    ack_due_at = models.DateTimeField(_("acknowledge by"))
    resolve_due_at = models.DateTimeField(_("resolve by"))
    # The next moment escalate_overdue_cases() raises the case a level; None when done.
    escalate_at = models.DateTimeField(null=True, blank=True, editable=False)
    acknowledged_at = models.DateTimeField(null=True, blank=True, editable=False)
    recovered_at = models.DateTimeField(null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The customer asked for the owner to hear of it ("write to the top"): it may close
    # only once an owner or executive has acknowledged it (cases.acknowledge_at_the_top).
    to_the_top = models.BooleanField(_("the customer wrote to the top"), default=False)
    top_acknowledged_at = models.DateTimeField(null=True, blank=True, editable=False)
    top_acknowledged_by = models.ForeignKey(
        Membership, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Seconds from opening, kept so that averages per location are one SQL aggregate.
    seconds_to_acknowledge = models.PositiveIntegerField(null=True, blank=True, editable=False)
    seconds_to_resolve = models.PositiveIntegerField(null=True, blank=True, editable=False)

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-opened_at", "-pk"]
        indexes = [
            # escalation.escalate_overdue_cases(): open cases by their next escalation
            models.Index(
                fields=["escalate_at"],
                name="recovery_case_escalate_open",
                condition=~Q(status="closed"),
            ),
            # the case list of an organisation, newest first
            models.Index(fields=["organization", "-opened_at"], name="recovery_case_org_opened"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["response"],
                condition=Q(response__isnull=False) & ~Q(status="closed"),
                name="recovery_case_one_open_per_response",
                violation_error_message=_("This response already has an open case."),
            ),
            models.UniqueConstraint(
                fields=["alert"],
                condition=Q(alert__isnull=False) & ~Q(status="closed"),
                name="recovery_case_one_open_per_alert",
                violation_error_message=_("This alert already has an open case."),
            ),
            models.CheckConstraint(
                condition=Q(escalation_level__lte=TOP_LEVEL),
                name="recovery_case_escalation_level_range",
            ),
            models.CheckConstraint(
                condition=Q(
                    status__in=[
                        "new",
                        "acknowledged",
                        "investigating",
                        "recovered",
                        "followed_up",
                        "closed",
                    ]
                ),
                name="recovery_case_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.summary

    def get_absolute_url(self) -> str:
        return reverse("recovery:case-detail", args=[self.code])

    def mail_title(self) -> str:
        """What e-mails (and so a console mail backend's log) call the case: its summary,
        unless it is about a known customer, whose name it may hold; then its source and
        location only (the link leads to the rest)."""
        if self.customer_id is None:
            return self.summary
        return f"{self.get_source_display()} at {self.location.name}"

    @property
    def is_open(self) -> bool:
        return self.status != self.Status.CLOSED

    def is_overdue(self, now: datetime | None = None) -> bool:
        now = now or timezone.now()
        if self.status == self.Status.NEW:
            return self.ack_due_at < now
        if self.status in (self.Status.ACKNOWLEDGED, self.Status.INVESTIGATING):
            return self.resolve_due_at < now
        return False

    @property
    def waits_for_the_top(self) -> bool:
        """Written to the top and not yet acknowledged by an owner or executive."""
        return self.to_the_top and self.top_acknowledged_at is None

    @property
    def escalation_role(self) -> str:
        return CHAIN[self.escalation_level].label


class CaseEventQuerySet(LocationScopedQuerySet):
    location_field = "case__location"

    def update(self, **kwargs: Any) -> int:
        raise EventImmutable(_("History events cannot be changed; add a correction instead."))

    def delete(self) -> Any:
        raise EventImmutable(_("History events cannot be deleted; add a correction instead."))


class EventImmutable(Exception):
    """An attempt to change or delete a case's history."""


class CaseEvent(OrgOwned):
    """One entry of a case's history. Append-only: `save` refuses an update and `delete`
    refuses; a mistake is put right by a new event of kind `correction`."""

    class Kind(models.TextChoices):
        OPENED = "opened", _("Opened")
        NOTE = "note", _("Note")
        STATUS = "status", _("Status changed")
        ASSIGNMENT = "assignment", _("Assigned")
        ESCALATION = "escalation", _("Escalated")
        INQUIRY = "inquiry", _("Inquiry")
        ACTION = "action", _("Recovery action")
        APPROVAL = "approval", _("Approval")
        FOLLOW_UP = "follow_up", _("Follow-up")
        CORRECTION = "correction", _("Correction")
        TOP_ACK = "top_ack", _("Acknowledged by the top")

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    text = models.TextField(_("text"), max_length=5000)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now, editable=False)
    corrects = models.ForeignKey(
        "self",
        verbose_name=_("corrects"),
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="corrections",
    )
    data = models.JSONField(default=dict, blank=True)

    objects = CaseEventQuerySet.as_manager()

    class Meta:
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["case", "at"], name="recovery_event_case_at")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:60]}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise EventImmutable(_("History events cannot be changed; add a correction instead."))
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise EventImmutable(_("History events cannot be deleted; add a correction instead."))


class CaseChildQuerySet(LocationScopedQuerySet):
    location_field = "case__location"


class RecoveryAction(OrgOwned):
    """What was done to make it right, by whom, at what cost; above the spender's budget
    it waits for someone higher in the chain."""

    class Kind(models.TextChoices):
        APOLOGY = "apology", _("Apology")
        REMAKE = "remake", _("Remake or replace")
        REFUND = "refund", _("Refund")
        DISCOUNT = "discount", _("Discount")
        GIFT_CERTIFICATE = "gift_certificate", _("Gift certificate")
        COMPLIMENTARY = "complimentary", _("Complimentary item")
        OTHER = "other", _("Other")

    class Approval(models.TextChoices):
        WITHIN_BUDGET = "within_budget", _("Within budget")
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    # Money that counts as spent (and against budgets).
    SPENT = (Approval.WITHIN_BUDGET, Approval.APPROVED)

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="actions")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2, default=Decimal("0"))
    note = models.CharField(_("note"), max_length=500, blank=True)
    by = models.ForeignKey(
        Membership,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # The spender's role when spending: the budget that applied.
    by_role = models.CharField(max_length=20, choices=Role.choices, editable=False)
    at = models.DateTimeField(default=timezone.now, editable=False)
    day = models.DateField(editable=False)  # `at` in the organisation's time zone
    approval = models.CharField(
        _("approval"), max_length=15, choices=Approval.choices, default=Approval.WITHIN_BUDGET
    )
    approval_reason = models.CharField(_("why approval is needed"), max_length=500, blank=True)
    decided_by = models.ForeignKey(
        Membership, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True, editable=False)
    decision_note = models.CharField(_("decision note"), max_length=500, blank=True)

    objects = CaseChildQuerySet.as_manager()

    class Meta:
        ordering = ["at", "pk"]
        indexes = [
            # budgets.spent(): one member's spending over a day or a month
            models.Index(fields=["by", "day"], name="recovery_action_by_day"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gte=0),
                name="recovery_recoveryaction_amount_not_negative",
                violation_error_message=_("An amount cannot be negative."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.amount}"

    @property
    def is_spent(self) -> bool:
        return self.approval in self.SPENT


class FollowUp(OrgOwned):
    """The call, message or visit after a recovery: did the customer stay, and are they
    satisfied now."""

    class Channel(models.TextChoices):
        PHONE = "phone", _("Phone call")
        EMAIL = "email", _("E-mail")
        MESSAGE = "message", _("Text message")
        VISIT = "visit", _("In person")
        LETTER = "letter", _("Letter")

    class Outcome(models.TextChoices):
        RETAINED = "retained", _("Retained")
        LOST = "lost", _("Lost")
        UNKNOWN = "unknown", _("Unknown")

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="follow_ups")
    planned_on = models.DateField(_("planned for"))
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    done_by = models.ForeignKey(
        Membership,
        verbose_name=_("done by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    outcome = models.CharField(
        _("outcome"), max_length=10, choices=Outcome.choices, default=Outcome.UNKNOWN
    )
    satisfaction = models.PositiveSmallIntegerField(
        _("satisfaction afterwards (1–5)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    note = models.CharField(_("note"), max_length=500, blank=True)

    objects = CaseChildQuerySet.as_manager()

    class Meta:
        ordering = ["planned_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(satisfaction__isnull=True) | Q(satisfaction__range=(1, 5)),
                name="recovery_followup_satisfaction_range",
                violation_error_message=_("Satisfaction is from 1 to 5."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} · {self.planned_on}"

    @property
    def is_done(self) -> bool:
        return self.done_at is not None


class LadderStep(OrgOwned):
    """One rung of an escalation ladder: who hears of an overdue case at `level`, and how
    long they may hold it before it climbs again. A rung with a location is that
    location's own; one without is the organisation's default. A level with no rung
    falls back to the chain's role (CHAIN) at the case's location."""

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    location = models.ForeignKey(
        "core.Location",
        verbose_name=_("location"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="ladder_steps",
    )
    level = models.PositiveSmallIntegerField(
        _("level"), validators=[MinValueValidator(1), MaxValueValidator(TOP_LEVEL)]
    )
    members = models.ManyToManyField(Membership, verbose_name=_("who"), related_name="+")
    hold_hours = _hours_field(_("may hold an overdue case for (hours)"), 24)

    objects = OrgQuerySet.as_manager()

    class Meta:
        ordering = ["location", "level"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "level"],
                condition=Q(location__isnull=True),
                name="recovery_ladderstep_one_default_per_level",
                violation_error_message=_("The default ladder already has this level."),
            ),
            models.UniqueConstraint(
                fields=["location", "level"],
                condition=Q(location__isnull=False),
                name="recovery_ladderstep_one_per_location_level",
                violation_error_message=_("This location's ladder already has this level."),
            ),
            models.CheckConstraint(
                condition=Q(level__gte=1, level__lte=TOP_LEVEL),
                name="recovery_ladderstep_level_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.location or 'default'} · {self.level}"
