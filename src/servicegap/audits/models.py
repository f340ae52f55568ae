"""The Believed and Observed lenses: audits against the service card.

An `AuditTemplate` is a chosen set of behaviours for one channel. An `Audit` is one
check of one location with a template: a mystery shop (an outsider, on an
`Assignment`), a self-assessment (the location's own managers and staff: Believed) or
an observation (a supervisor's spot check: Observed). Each `AuditAnswer` snapshots the
behaviour it answers (text, weight, critical flag, P, step, target and version), so
that editing the service card later never changes what a past audit means.

Answers also carry the organisation, location, kind, P, step and time of their audit,
so that the lenses read one table with one aggregation (`AuditAnswerQuerySet.lens`).
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Avg, Case, Count, F, Q, Value, When
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from servicegap.core.models import (
    Location,
    LocationScopedQuerySet,
    Membership,
    OrgOwned,
    OrgQuerySet,
    P,
    Role,
)
from servicegap.standards.models import Behaviour, JourneyStep


class Channel(models.TextChoices):
    VISIT = "visit", _("Visit")
    PHONE = "phone", _("Phone")
    ONLINE = "online", _("Online")
    DELIVERY = "delivery", _("Delivery")


class Kind(models.TextChoices):
    MYSTERY_SHOP = "mystery_shop", _("Mystery shop")
    SELF_ASSESSMENT = "self_assessment", _("Self-assessment")
    OBSERVATION = "observation", _("Observation")


# The lens each kind of audit feeds (DESIGN.md): what we believe, and what is observed.
BELIEVED_KINDS = (Kind.SELF_ASSESSMENT,)
OBSERVED_KINDS = (Kind.MYSTERY_SHOP, Kind.OBSERVATION)


class Result(models.TextChoices):
    PASS = "pass", _("Pass")
    FAIL = "fail", _("Fail")
    NA = "na", _("Not applicable")


def month_of(moment, tz) -> date:
    """The first day of the month of `moment` in the time zone `tz` (the organisation's)."""
    return timezone.localtime(moment, tz).date().replace(day=1)


# Audits whose answers count in scores and exports: submitted, or locked after review.
FINAL_STATUSES = ("submitted", "locked")


def photo_path(answer: AuditAnswer, filename: str) -> str:
    """Photos live under MEDIA_ROOT with an unguessable name; only a view serves them."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "img"
    return f"audits/{answer.organization_id}/{uuid.uuid4().hex}.{extension[:5]}"


# Audit templates ----------------------------------------------------------------------


class AuditTemplateQuerySet(OrgQuerySet):
    def active(self) -> AuditTemplateQuerySet:
        return self.filter(is_active=True)


class AuditTemplate(OrgOwned):
    """A chosen set of behaviours to check on one channel, e.g. "Dinner visit"."""

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=120)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    behaviours = models.ManyToManyField(
        Behaviour, verbose_name=_("behaviours"), related_name="+", blank=True
    )
    is_active = models.BooleanField(_("in use"), default=True)
    min_visit_minutes = models.PositiveSmallIntegerField(
        _("shortest visit, in minutes"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(24 * 60)],
        help_text=_(
            "A visit shorter than this (from start to leaving) is flagged to the manager: "
            "too short to have seen every behaviour. Empty: no minimum."
        ),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = AuditTemplateQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                "organization",
                Lower("name"),
                name="audits_audittemplate_unique_org_name",
                violation_error_code="unique_name",
                violation_error_message=_("A template with this name already exists."),
            ),
            models.CheckConstraint(
                condition=Q(channel__in=Channel.values), name="audits_audittemplate_channel_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name


# Mystery-shop assignments -------------------------------------------------------------


class AssignmentQuerySet(LocationScopedQuerySet):
    def for_member(self, membership: Membership | None) -> AssignmentQuerySet:
        """Managers see their locations' assignments; a shopper only their own.

        Supervisors and staff see none: a mystery shop is announced to nobody it checks.
        """
        if membership is None or membership.role in (Role.SUPERVISOR, Role.STAFF):
            return self.none()
        if membership.role == Role.SHOPPER:
            return self.filter(organization_id=membership.organization_id, shopper=membership)
        return super().for_member(membership)

    def open(self) -> AssignmentQuerySet:
        """Not cancelled and not yet carried out (no submitted audit)."""
        return self.filter(cancelled_at=None).exclude(audit__status__in=FINAL_STATUSES)


class Assignment(OrgOwned):
    """A mystery shop a manager asked a shopper to do at one location within some dates."""

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    location = models.ForeignKey(
        Location, verbose_name=_("location"), on_delete=models.CASCADE, related_name="+"
    )
    template = models.ForeignKey(
        AuditTemplate, verbose_name=_("template"), on_delete=models.RESTRICT, related_name="+"
    )
    shopper = models.ForeignKey(
        Membership,
        verbose_name=_("shopper"),
        on_delete=models.CASCADE,
        related_name="audit_assignments",
    )
    window_start = models.DateField(_("from"))
    window_end = models.DateField(_("until"))
    instructions = models.TextField(
        _("instructions"),
        blank=True,
        help_text=_("What to order or ask, e.g. ask whether we deliver to your street."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    cancelled_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["window_start", "pk"]
        indexes = [
            # a shopper's open assignments, for their audits page
            models.Index(fields=["shopper", "window_start"], name="audits_assignment_shopper"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(window_end__gte=models.F("window_start")),
                name="audits_assignment_window_order",
                violation_error_message=_("The window must end on or after its first day."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.location} · {self.template}"

    def get_absolute_url(self) -> str:
        return reverse("audits:assignment-detail", args=[self.code])


# Audits -------------------------------------------------------------------------------


class AuditQuerySet(LocationScopedQuerySet):
    def for_member(self, membership: Membership | None) -> AuditQuerySet:
        """Audits of the member's locations; a shopper sees only the audits they made.

        Supervisors and staff do not see a mystery shop until it is submitted, so that a
        shopper's visit is not given away while it is under way.
        """
        if membership is not None and membership.role == Role.SHOPPER:
            return self.filter(
                organization_id=membership.organization_id, performed_by_id=membership.user_id
            )
        qs = super().for_member(membership)
        if membership is not None and membership.role in (Role.SUPERVISOR, Role.STAFF):
            qs = qs.exclude(kind=Kind.MYSTERY_SHOP, status=Audit.Status.DRAFT)
        return qs

    def final(self) -> AuditQuerySet:
        """Submitted or locked: the audits that count."""
        return self.filter(status__in=FINAL_STATUSES)

    def trend(self) -> list[dict]:
        """Mean audit score per month and lens, with the number of audits behind each.

        One query: `month`, `lens` ("observed": mystery shops and observations;
        "believed": self-assessments), `score` (mean of the audits' scores, caps
        included) and `audits` (how many audits with a score the mean rests on).
        """
        lens = Case(
            When(kind__in=BELIEVED_KINDS, then=Value("believed")),
            default=Value("observed"),
            output_field=models.CharField(),
        )
        return list(
            self.final()
            .exclude(score=None)
            .annotate(month=F("performed_month"), lens=lens)
            .values("month", "lens")
            .annotate(score=Avg("score"), audits=Count("pk"))
            .order_by("month", "lens")
        )


class Audit(OrgOwned):
    """One check of one location against a template, by one person."""

    Kind = Kind
    Channel = Channel

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        LOCKED = "locked", _("Locked")

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    location = models.ForeignKey(
        Location, verbose_name=_("location"), on_delete=models.CASCADE, related_name="+"
    )
    template = models.ForeignKey(
        AuditTemplate, verbose_name=_("template"), on_delete=models.RESTRICT, related_name="audits"
    )
    assignment = models.OneToOneField(
        Assignment, on_delete=models.SET_NULL, null=True, blank=True, related_name="audit"
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    performed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("performed by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    performed_at = models.DateTimeField(_("performed at"), default=timezone.now)
    # The month of `performed_at` in the organisation's time zone (see `month_of`).
    performed_month = models.DateField(editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True, editable=False)
    locked_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Where the browser said it was at check-in, if the shopper allowed it.
    checkin_latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    checkin_longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    checkin_accuracy_m = models.PositiveIntegerField(null=True, blank=True)
    checkin_distance_m = models.PositiveIntegerField(
        _("distance from the location at check-in (m)"), null=True, blank=True
    )
    # The score and its evidence, stored when submitted and after a dispute's resolution.
    score = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    is_capped = models.BooleanField(default=False)
    passed_count = models.PositiveIntegerField(default=0)
    failed_count = models.PositiveIntegerField(default=0)
    na_count = models.PositiveIntegerField(default=0)
    passed_weight = models.PositiveIntegerField(default=0)
    applicable_weight = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ["-performed_at", "-pk"]
        indexes = [
            # AuditQuerySet.trend() and the audit list: a location's audits over time
            models.Index(
                fields=["organization", "location", "performed_at"],
                name="audits_audit_location_time",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__range=(Decimal(0), Decimal(100))),
                name="audits_audit_score_range",
                violation_error_message=_("A score is between 0 and 100."),
            ),
            models.CheckConstraint(
                condition=Q(kind__in=Kind.values), name="audits_audit_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "submitted", "locked"]),
                name="audits_audit_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(checkin_latitude__isnull=True)
                | Q(checkin_latitude__range=(-90, 90), checkin_longitude__range=(-180, 180)),
                name="audits_audit_checkin_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.location}"

    def get_absolute_url(self) -> str:
        return reverse("audits:audit-detail", args=[self.code])

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_STATUSES

    def is_performer(self, membership: Membership) -> bool:
        return self.performed_by_id is not None and self.performed_by_id == membership.user_id

    @property
    def visit_minutes(self) -> int | None:
        """Whole minutes from the start of the visit to leaving; None until both are known."""
        if self.started_at is None or self.ended_at is None:
            return None
        return int((self.ended_at - self.started_at).total_seconds() // 60)

    @property
    def too_short(self) -> bool:
        """The visit was shorter than its template's minimum (a flag for the manager)."""
        minimum = self.template.min_visit_minutes if self.template_id else None
        minutes = self.visit_minutes
        return minimum is not None and minutes is not None and minutes < minimum


# Answers ------------------------------------------------------------------------------


class AuditAnswerQuerySet(LocationScopedQuerySet):
    def for_member(self, membership: Membership | None) -> AuditAnswerQuerySet:
        """Answers of the audits the member may see (see `AuditQuerySet.for_member`)."""
        if membership is not None and membership.role == Role.SHOPPER:
            return self.filter(
                organization_id=membership.organization_id,
                audit__performed_by_id=membership.user_id,
            )
        qs = super().for_member(membership)
        if membership is not None and membership.role in (Role.SUPERVISOR, Role.STAFF):
            qs = qs.exclude(kind=Kind.MYSTERY_SHOP, is_counted=False)
        return qs

    def counted(self) -> AuditAnswerQuerySet:
        """Answers of submitted or locked audits: the ones scores are made of."""
        return self.filter(is_counted=True)

    def lens(self, *, by: tuple[str, ...] = ("location", "p", "step"), period=None, tz=None):
        """Scores per group in ONE SQL aggregation; see `scoring.lens_rows`."""
        from servicegap.audits.scoring import lens_rows

        return lens_rows(self, by=by, period=period, tz=tz)

    def failure_rates(self) -> list[dict]:
        """Per behaviour: in how many audits it failed, of how many it applied to."""
        applicable = Q(result__in=[Result.PASS, Result.FAIL])
        return list(
            self.counted()
            .values("behaviour_id", "behaviour__code", "behaviour__text", "p", "step_name")
            .annotate(
                failed=Count("audit", distinct=True, filter=Q(result=Result.FAIL)),
                audits=Count("audit", distinct=True, filter=applicable),
            )
            .filter(audits__gt=0)
            .order_by("-failed", "audits", "behaviour_id")
        )


class AuditAnswer(OrgOwned):
    """One behaviour checked in one audit, with a snapshot of what the behaviour meant."""

    Result = Result

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    audit = models.ForeignKey(Audit, on_delete=models.CASCADE, related_name="answers")
    position = models.PositiveIntegerField(default=0)
    # RESTRICT: a behaviour used by an answer cannot be deleted (retire it instead), but
    # deleting the whole organisation deletes both (PROTECT would block that).
    behaviour = models.ForeignKey(Behaviour, on_delete=models.RESTRICT, related_name="+")
    # Snapshot of the behaviour when the audit was started.
    behaviour_text = models.TextField(_("behaviour"))
    behaviour_version = models.PositiveIntegerField()
    weight = models.PositiveSmallIntegerField()
    is_critical = models.BooleanField(default=False)
    p = models.CharField(_("P"), max_length=10, choices=P.choices)
    step = models.ForeignKey(JourneyStep, on_delete=models.RESTRICT, related_name="+")
    step_name = models.CharField(_("journey step"), max_length=80)
    step_position = models.PositiveIntegerField(default=0)
    target_comparison = models.CharField(
        max_length=10, choices=Behaviour.Comparison.choices, blank=True
    )
    target_value = models.DecimalField(max_digits=9, decimal_places=2, null=True, blank=True)
    target_unit = models.CharField(max_length=20, blank=True)
    # Copied from the audit, so that one aggregation over answers gives every lens.
    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    performed_at = models.DateTimeField()
    performed_month = models.DateField()
    is_counted = models.BooleanField(default=False)
    # The answer.
    result = models.CharField(_("result"), max_length=4, choices=Result.choices, blank=True)
    measured_value = models.DecimalField(
        _("measured value"), max_digits=9, decimal_places=2, null=True, blank=True
    )
    note = models.TextField(_("note"), blank=True)
    photo = models.FileField(_("photo"), upload_to=photo_path, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    objects = AuditAnswerQuerySet.as_manager()

    class Meta:
        ordering = ["audit", "position", "pk"]
        indexes = [
            # AuditAnswerQuerySet.lens(): one aggregation per location × P × step × period
            # over a time range of the organisation. Covering: the aggregation reads the
            # index only (grouping columns, then result, weight and audit for the sums).
            models.Index(
                fields=[
                    "organization",
                    "performed_at",
                    "location",
                    "kind",
                    "p",
                    "step",
                    "performed_month",
                    "result",
                    "weight",
                    "audit",
                ],
                name="audits_answer_lens",
                condition=Q(is_counted=True),
            ),
            # reports.location_report(): lens() and failure_rates() of one location
            models.Index(
                fields=["location", "performed_at"],
                name="audits_answer_location",
                condition=Q(is_counted=True),
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["audit", "behaviour"],
                name="audits_auditanswer_unique_audit_behaviour",
                violation_error_message=_("This behaviour is already in the audit."),
            ),
            models.CheckConstraint(
                condition=Q(result__in=["", "pass", "fail", "na"]),
                name="audits_auditanswer_result_valid",
            ),
            models.CheckConstraint(
                condition=Q(weight__range=(1, 5)), name="audits_auditanswer_weight_range"
            ),
        ]

    def __str__(self) -> str:
        return self.behaviour_text[:80]

    @property
    def is_measured(self) -> bool:
        return self.target_value is not None

    @property
    def is_applicable(self) -> bool:
        return self.result in (Result.PASS, Result.FAIL)

    @property
    def target_label(self) -> str:
        """The snapshot target in words, e.g. "at most 3 rings"."""
        if self.target_value is None or not self.target_comparison:
            return ""
        value = format(self.target_value.normalize(), "f")
        comparison = Behaviour.Comparison(self.target_comparison).label
        return f"{comparison} {value} {self.target_unit}".strip()


# Disputes and the audit's history ------------------------------------------------------


class DisputeQuerySet(LocationScopedQuerySet):
    location_field = "answer__location"

    def for_member(self, membership: Membership | None) -> DisputeQuerySet:
        if membership is not None and membership.role == Role.SHOPPER:
            return self.filter(
                organization_id=membership.organization_id,
                answer__audit__performed_by_id=membership.user_id,
            )
        return super().for_member(membership)

    def open(self) -> DisputeQuerySet:
        return self.filter(outcome="")


class Dispute(OrgOwned):
    """A manager's challenge of one answer, resolved by the owner or whoever audited."""

    class Outcome(models.TextChoices):
        UPHELD = "upheld", _("Answer upheld")
        CHANGED = "changed", _("Answer changed")

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    answer = models.ForeignKey(AuditAnswer, on_delete=models.CASCADE, related_name="disputes")
    reason = models.TextField(_("reason"))
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    raised_at = models.DateTimeField(default=timezone.now)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices, blank=True)
    resolution = models.TextField(_("resolution note"), blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)

    objects = DisputeQuerySet.as_manager()

    class Meta:
        ordering = ["raised_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["answer"],
                condition=Q(outcome=""),
                name="audits_dispute_one_open_per_answer",
                violation_error_message=_("This answer is already disputed."),
            ),
        ]

    def __str__(self) -> str:
        return self.reason[:80]

    @property
    def is_open(self) -> bool:
        return not self.outcome


class AuditEventQuerySet(LocationScopedQuerySet):
    location_field = "audit__location"

    def for_member(self, membership: Membership | None) -> AuditEventQuerySet:
        if membership is not None and membership.role == Role.SHOPPER:
            return self.filter(
                organization_id=membership.organization_id,
                audit__performed_by_id=membership.user_id,
            )
        return super().for_member(membership)


class AuditEvent(OrgOwned):
    """One line of an audit's history: who did what, when. Written once, never changed."""

    class Action(models.TextChoices):
        STARTED = "started", _("started the audit")
        CHECKED_IN = "checked_in", _("checked in")
        ENDED = "ended", _("ended the visit")
        SUBMITTED = "submitted", _("submitted")
        DISPUTED = "disputed", _("disputed an answer")
        UPHELD = "upheld", _("upheld a disputed answer")
        CHANGED = "changed", _("changed a disputed answer")
        RESCORED = "rescored", _("re-scored")
        LOCKED = "locked", _("locked")

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    audit = models.ForeignKey(Audit, on_delete=models.CASCADE, related_name="events")
    answer = models.ForeignKey(
        AuditAnswer, on_delete=models.CASCADE, null=True, blank=True, related_name="events"
    )
    action = models.CharField(max_length=12, choices=Action.choices)
    detail = models.TextField(blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.detail}".strip()

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and not self._state.adding:
            raise ValueError("Audit events are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Audit events are append-only.")
