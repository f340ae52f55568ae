"""The Behaved lens: who the customers are, when they came, what they spent, what they are worth.

A `Customer` is known by the organisation's own id for them (a loyalty number, a POS
account). Each `Visit` is one row of an imported file; `Visit.key` makes a re-import add
nothing twice. `CustomerScore` holds the latest BG/NBD and Gamma-Gamma numbers of a
customer, `ScoreRun` the fit they came from (or why there could be none), and `Alert`
is a moment of truth: a valuable customer about to be lost, with its reasons.

A customer belongs to a home location (where their first imported visit was), so that a
manager of some locations sees the customers of those locations.
"""

from __future__ import annotations

import json
import secrets
import uuid
from datetime import datetime, time, timedelta
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import NotSupportedError, models
from django.db.models import Count, F, Func, Q, Sum, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from servicegap.core.models import (
    LocationScopedQuerySet,
    Organization,
    OrgOwned,
    OrgQuerySet,
)

# A fit resting on fewer repeat customers than this is refused (btyd says so too).
MIN_REPEAT_CUSTOMERS = 50
EXTERNAL_ID_MAX_LENGTH = 64
MODEL_VERSION = "bgnbd+gamma-gamma/1"
CENT = Decimal("0.01")
# An unhappy customer this recent stays at the top of the save list, whatever their value.
RECENT_UNHAPPY_DAYS = 30


class CustomerSettings(OrgOwned):
    """One organisation's rules for the save list."""

    organization = models.OneToOneField(
        Organization, on_delete=models.CASCADE, related_name="customer_settings"
    )
    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    alert_below_p_alive = models.DecimalField(
        _("alert when P(alive) falls below"),
        max_digits=3,
        decimal_places=2,
        default=Decimal("0.50"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))],
        help_text=_("From 0 to 1; 0 turns these alerts off. Negative moments alert anyway."),
    )
    annual_discount_rate = models.DecimalField(
        _("yearly discount rate"),
        max_digits=4,
        decimal_places=3,
        default=Decimal("0.100"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))],
        help_text=_("Money next year is worth this much less than money today, e.g. 0.10."),
    )

    objects = OrgQuerySet.as_manager()

    class Meta:
        verbose_name = _("customer settings")
        verbose_name_plural = _("customer settings")
        constraints = [
            models.CheckConstraint(
                condition=Q(alert_below_p_alive__range=(0, 1)),
                name="customers_customersettings_threshold_range",
                violation_error_message=_("The threshold is a number from 0 to 1."),
            ),
            models.CheckConstraint(
                condition=Q(annual_discount_rate__range=(0, 1)),
                name="customers_customersettings_discount_range",
                violation_error_message=_("The discount rate is a number from 0 to 1."),
            ),
        ]

    def __str__(self) -> str:
        return f"Customer settings of {self.organization_id}"

    @classmethod
    def for_organization(cls, organization: Organization) -> CustomerSettings:
        """The organisation's settings; the defaults (not stored) when it never saved any."""
        try:
            return organization.customer_settings
        except cls.DoesNotExist:
            return cls(organization=organization)


class CustomerQuerySet(LocationScopedQuerySet):
    location_field = "home_location"


def published(run: ImportRun | None = None) -> Q:
    """Rows stored before imports were tagged, or by an import marked done. An import
    writes in committed batches (so that it never holds SQLite's write lock for long)
    and its rows are seen all at once when its run is marked done; a failed run's rows
    are deleted and never seen. `run`: an import that also sees its own rows."""
    unfinished = ImportRun.objects.exclude(status=ImportRun.Status.DONE)
    if run is not None:
        unfinished = unfinished.exclude(pk=run.pk)
    return ~Q(import_run__in=unfinished.values("pk"))


class PublishedManager(models.Manager):
    """The default manager of imported rows: those of an unfinished import left out."""

    def get_queryset(self):
        return super().get_queryset().filter(published())


def import_run_field() -> models.ForeignKey:
    return models.ForeignKey(
        "customers.ImportRun",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        db_index=False,  # only a failed import looks its rows up, in one pass over the table
    )


class Customer(OrgOwned):
    """Someone who comes back (or does not). Name and contact are kept only with consent."""

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    external_id = models.CharField(
        _("customer id"),
        max_length=EXTERNAL_ID_MAX_LENGTH,
        help_text=_("Your own id for the customer: loyalty card, account or POS number."),
    )
    home_location = models.ForeignKey(
        "core.Location",
        verbose_name=_("home location"),
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="+",
    )
    contact_consent = models.BooleanField(_("agreed to be contacted"), default=False)
    name = models.CharField(_("name"), max_length=120, blank=True)
    contact = models.CharField(
        _("contact"), max_length=120, blank=True, help_text=_("E-mail or phone number.")
    )
    first_seen = models.DateTimeField(_("first visit"), null=True, blank=True)
    tags = models.JSONField(_("tags"), default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    import_run = import_run_field()
    # Survey invitations (invitations.py): the customer's language ("" for the survey's
    # own), when they unsubscribed (for good), when their address bounced (not tried
    # again), and the first moment the next invitation may be sent (the frequency cap).
    language = models.CharField(_("language"), max_length=8, blank=True, db_default="")
    unsubscribed_at = models.DateTimeField(_("unsubscribed from surveys"), null=True, blank=True)
    email_bounced_at = models.DateTimeField(_("e-mail address bounced"), null=True, blank=True)
    next_invitation_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = PublishedManager.from_queryset(CustomerQuerySet)()
    all_objects = models.Manager()  # with the rows of unfinished imports (the importer's)

    class Meta:
        ordering = ["external_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "external_id"],
                name="customers_customer_unique_org_external_id",
                violation_error_message=_("A customer with this id already exists."),
            ),
            models.CheckConstraint(
                condition=Q(contact_consent=True) | (Q(contact="") & Q(name="")),
                name="customers_customer_personal_data_needs_consent",
                violation_error_message=_("Name and contact are kept only with consent."),
            ),
        ]

    def __str__(self) -> str:
        return self.name or self.external_id

    def get_absolute_url(self) -> str:
        return reverse("customers:customer-detail", args=[self.code])


class Visit(OrgOwned):
    """One visit: when, where, how much. `key` is unique per organisation: "v:" and the
    file's own visit id, or "h:" and a digest of customer, location, time and amount."""

    class Channel(models.TextChoices):
        IN_STORE = "in_store", _("In store")
        TAKEAWAY = "takeaway", _("Takeaway")
        DELIVERY = "delivery", _("Delivery")
        ONLINE = "online", _("Online")
        PHONE = "phone", _("Phone")
        OTHER = "other", _("Other")

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    customer = models.ForeignKey(
        Customer, on_delete=models.CASCADE, related_name="visits", db_index=False
    )
    location = models.ForeignKey(
        "core.Location", verbose_name=_("location"), on_delete=models.RESTRICT, related_name="+"
    )
    visited_at = models.DateTimeField(_("when"))
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)
    channel = models.CharField(
        _("channel"), max_length=10, choices=Channel.choices, default=Channel.IN_STORE
    )
    external_id = models.CharField(_("visit id"), max_length=EXTERNAL_ID_MAX_LENGTH, blank=True)
    key = models.CharField(max_length=80, editable=False)
    import_run = import_run_field()

    objects = PublishedManager.from_queryset(LocationScopedQuerySet)()
    all_objects = models.Manager()  # with the rows of unfinished imports (the importer's)

    class Meta:
        ordering = ["-visited_at", "-pk"]
        indexes = [
            # scoring.customer_summaries(): one GROUP BY customer, reading the index alone
            # for the time; the customer's timeline too.
            models.Index(fields=["customer", "visited_at"], name="customers_visit_customer_time"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "key"],
                name="customers_visit_unique_org_key",
                violation_error_message=_("This visit was already imported."),
            ),
            models.CheckConstraint(
                condition=Q(amount__gte=0),
                name="customers_visit_amount_not_negative",
                violation_error_message=_("An amount cannot be negative."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.customer_id} · {self.visited_at:%Y-%m-%d %H:%M}"


class ImportRun(OrgOwned):
    """One uploaded file of visits, as it is checked and imported; the page polls it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        CHECKING = "checking", _("Checking")
        INVALID = "invalid", _("Bad rows found, nothing imported")
        WRITING = "writing", _("Importing")
        STOPPING = "stopping", _("Stopping, its rows being removed")
        DONE = "done", _("Imported")
        FAILED = "failed", _("Failed, nothing imported")
        CANCELLED = "cancelled", _("Cancelled, nothing imported")

    FINISHED = (Status.INVALID, Status.DONE, Status.FAILED, Status.CANCELLED)
    # A process works on the run (and renews `heartbeat_at`) in these states.
    RUNNING = (Status.CHECKING, Status.WRITING, Status.STOPPING)

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    file_name = models.CharField(_("file"), max_length=200)
    stored_as = models.CharField(max_length=300, editable=False)
    columns = models.JSONField(_("column mapping"), default=dict, blank=True)
    skip_bad_rows = models.BooleanField(_("skip bad rows"), default=False)
    dry_run = models.BooleanField(_("check only"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    rows_total = models.PositiveIntegerField(default=0)
    rows_done = models.PositiveIntegerField(default=0)
    bad_rows = models.PositiveIntegerField(default=0)
    visits_added = models.PositiveIntegerField(default=0)
    visits_known = models.PositiveIntegerField(default=0)
    customers_added = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)
    message = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    finished_at = models.DateTimeField(null=True, blank=True)
    # Renewed every few seconds by the process working on the run: a running run whose
    # heartbeat is older than the lease (`CUSTOMERS_IMPORT_LEASE_SECONDS`) was stopped.
    heartbeat_at = models.DateTimeField(null=True, blank=True, editable=False)
    cancel_requested = models.BooleanField(default=False, editable=False)

    objects = OrgQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["heartbeat_at"],
                name="customers_importrun_running",
                condition=Q(status__in=["checking", "writing", "stopping"]),
            ),  # importer.stopped_runs()
        ]

    def __str__(self) -> str:
        return f"{self.file_name} · {self.get_status_display()}"

    def get_absolute_url(self) -> str:
        return reverse("customers:import-detail", args=[self.code])

    @property
    def is_finished(self) -> bool:
        return self.status in self.FINISHED

    def is_stopped(self, now: datetime | None = None) -> bool:
        """Running, by its status, but its process has not renewed the lease: killed."""
        if self.status not in self.RUNNING:
            return False
        lease = timedelta(seconds=settings.CUSTOMERS_IMPORT_LEASE_SECONDS)
        return (self.heartbeat_at or self.created_at) < (now or timezone.now()) - lease

    @property
    def can_cancel(self) -> bool:
        return not self.is_finished and not self.cancel_requested

    @property
    def percent(self) -> int:
        if self.is_finished:
            return 100
        return int(100 * self.rows_done / self.rows_total) if self.rows_total else 0


class ScoreRun(OrgOwned):
    """One fit of an organisation's customers: its parameters, or why there are none."""

    class Status(models.TextChoices):
        DONE = "done", _("Scored")
        TOO_LITTLE_DATA = "too_little", _("Too little data")

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    model_version = models.CharField(max_length=40, default=MODEL_VERSION)
    customers = models.PositiveIntegerField(_("customers"), default=0)
    repeat_customers = models.PositiveIntegerField(_("repeat customers"), default=0)
    parameters = models.JSONField(default=dict, blank=True)
    message = models.TextField(blank=True)
    scored_at = models.DateTimeField(default=timezone.now)

    objects = OrgQuerySet.as_manager()

    class Meta:
        ordering = ["-scored_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_status_display()} · {self.scored_at:%Y-%m-%d %H:%M}"


class CustomerScoreQuerySet(LocationScopedQuerySet):
    location_field = "customer__home_location"


class CustomerScore(OrgOwned):
    """A customer's latest numbers. Periods are days; money in the organisation's currency."""

    customer = models.OneToOneField(Customer, on_delete=models.CASCADE, related_name="score")
    run = models.ForeignKey(ScoreRun, on_delete=models.CASCADE, related_name="scores")
    frequency = models.PositiveIntegerField(_("repeat visits (days)"))
    recency_days = models.PositiveIntegerField(_("first to last visit (days)"))
    age_days = models.PositiveIntegerField(_("known for (days)"))
    mean_spend = models.DecimalField(
        _("mean spend of repeat visits"), max_digits=12, decimal_places=2
    )
    p_alive = models.FloatField(_("P(alive)"))
    expected_visits_90 = models.FloatField(_("expected visits, 90 days"))
    expected_visits_365 = models.FloatField(_("expected visits, 365 days"))
    expected_spend = models.DecimalField(
        _("expected spend per visit"), max_digits=12, decimal_places=2
    )
    model_value = models.DecimalField(_("model value"), max_digits=14, decimal_places=2)
    value_at_risk = models.DecimalField(_("value at risk"), max_digits=14, decimal_places=2)
    model_version = models.CharField(max_length=40, default=MODEL_VERSION)
    scored_at = models.DateTimeField(default=timezone.now)

    objects = CustomerScoreQuerySet.as_manager()

    class Meta:
        ordering = ["-value_at_risk"]

    def __str__(self) -> str:
        return f"{self.customer_id}: P(alive) {self.p_alive:.2f}"


class HasReason(Func):
    """True when an alert's `reasons` (a JSON list of {"kind", "text", "at", "response"})
    hold one of `kind`, wherever it is in the list.

    Django's `contains` lookup on a JSONField is not supported on SQLite, so each engine
    is asked in its own words: jsonb containment on PostgreSQL, a walk of the list with
    json_each on SQLite (the two engines servicegap runs on).
    """

    output_field = models.BooleanField()

    def __init__(self, kind: str) -> None:
        self.kind = kind
        super().__init__(F("reasons"))

    def _reasons(self, compiler, connection) -> tuple[str, list]:
        sql, params = compiler.compile(self.get_source_expressions()[0])
        return sql, list(params)

    def as_sql(self, compiler, connection, **extra_context):
        raise NotSupportedError(f"Alert reasons cannot be searched on {connection.vendor}.")

    def as_sqlite(self, compiler, connection, **extra_context):
        reasons, params = self._reasons(compiler, connection)
        sql = (
            f"EXISTS (SELECT 1 FROM json_each({reasons}) AS reason "
            "WHERE json_extract(reason.value, '$.kind') = %s)"
        )
        return sql, (*params, self.kind)

    def as_postgresql(self, compiler, connection, **extra_context):
        reasons, params = self._reasons(compiler, connection)
        return f"({reasons} @> %s::jsonb)", (*params, json.dumps([{"kind": self.kind}]))


class HasRecentReason(Func):
    """True when an alert's `reasons` hold one of `kinds` noted at or after `since`
    (each reason's "at" is an ISO time with its offset, compared as a moment; an "at"
    that is not a time counts as not recent, on both databases)."""

    output_field = models.BooleanField()

    def __init__(self, kinds: list[str], since) -> None:
        self.kinds, self.since = [str(kind) for kind in kinds], since
        super().__init__(F("reasons"))

    def _reasons(self, compiler, connection) -> tuple[str, list]:
        sql, params = compiler.compile(self.get_source_expressions()[0])
        return sql, list(params)

    def as_sql(self, compiler, connection, **extra_context):
        raise NotSupportedError(f"Alert reasons cannot be searched on {connection.vendor}.")

    def as_sqlite(self, compiler, connection, **extra_context):
        reasons, params = self._reasons(compiler, connection)
        marks = ", ".join(["%s"] * len(self.kinds))
        sql = (
            f"EXISTS (SELECT 1 FROM json_each({reasons}) AS reason "
            f"WHERE json_extract(reason.value, '$.kind') IN ({marks}) "
            "AND julianday(json_extract(reason.value, '$.at')) >= julianday(%s))"
        )
        return sql, (*params, *self.kinds, self.since.isoformat())

    def as_postgresql(self, compiler, connection, **extra_context):
        reasons, params = self._reasons(compiler, connection)
        sql = (
            f"EXISTS (SELECT 1 FROM jsonb_array_elements({reasons}) AS reason "
            "WHERE reason ->> 'kind' = ANY(%s) AND CASE WHEN reason ->> 'at' ~ "
            "'^[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN (reason ->> 'at')::timestamptz END >= %s)"
        )
        return sql, (*params, self.kinds, self.since)


class AlertQuerySet(LocationScopedQuerySet):
    location_field = "customer__home_location"

    def with_recent_unhappiness(self, now=None) -> AlertQuerySet:
        """Each alert annotated `recent_unhappy`: a reason other than drifting (a low
        score, a complaint, words about not coming back) in the last RECENT_UNHAPPY_DAYS."""
        since = (now or timezone.now()) - timedelta(days=RECENT_UNHAPPY_DAYS)
        return self.annotate(recent_unhappy=HasRecentReason(Alert.UNHAPPY_KINDS, since))

    def with_reason(self, kind: str) -> AlertQuerySet:
        """Alerts with a reason of `kind` among their reasons, not only the first."""
        return self.filter(HasReason(kind))

    def totals(self) -> dict[str, Any]:
        """In one query: how many alerts (one per customer), their value at risk, and
        how many have each kind of reason (an alert may have several)."""
        per_kind = {kind: Count("pk", filter=Q(HasReason(kind))) for kind in Alert.Kind.values}
        totals = self.aggregate(
            customers=Count("pk"),
            total_value_at_risk=Coalesce(Sum("value_at_risk"), Value(Decimal("0"))),
            **per_kind,
        )
        # SQLite's sum drops the cents' zeros (940 for 940.00): money has two places.
        totals["total_value_at_risk"] = Decimal(totals["total_value_at_risk"]).quantize(CENT)
        return totals

    def unresolved(self) -> AlertQuerySet:
        return self.filter(status__in=Alert.UNRESOLVED)

    def on_save_list(self, now=None) -> AlertQuerySet:
        """Open and claimed alerts, and snoozed ones whose snooze has ended."""
        now = now or timezone.now()
        return self.filter(
            Q(status__in=[Alert.Status.OPEN, Alert.Status.CLAIMED])
            | Q(status=Alert.Status.SNOOZED, snoozed_until__lte=now)
        )


class Alert(OrgOwned):
    """A moment of truth: a customer about to be lost. One unresolved alert per customer;
    each new reason is added to its list (`reasons`: [{"kind", "text", "at", "response"}])."""

    class Kind(models.TextChoices):
        DRIFTING = "drifting", _("Drifting away")
        DETRACTOR = "detractor", _("Detractor")
        COMPLAINT = "complaint", _("Complaint")
        CHURN_PHRASE = "churn_phrase", _("Said they would not return")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        CLAIMED = "claimed", _("Claimed")
        SNOOZED = "snoozed", _("Snoozed")
        SAVED = "saved", _("Resolved: saved")
        LOST = "lost", _("Resolved: lost")

    UNRESOLVED = (Status.OPEN, Status.CLAIMED, Status.SNOOZED)
    # What a customer said or did, as against what the model infers (drifting)
    UNHAPPY_KINDS = (Kind.DETRACTOR, Kind.COMPLAINT, Kind.CHURN_PHRASE)

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="alerts")
    kind = models.CharField(_("first reason"), max_length=12, choices=Kind.choices)
    reasons = models.JSONField(_("reasons"), default=list)
    value_at_risk = models.DecimalField(
        _("value at risk"), max_digits=14, decimal_places=2, default=Decimal("0")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    snoozed_until = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    resolved_at = models.DateTimeField(null=True, blank=True)

    objects = AlertQuerySet.as_manager()

    class Meta:
        ordering = ["-value_at_risk", "-created_at"]
        indexes = [
            # the save list: unresolved alerts of an organisation by value at risk
            models.Index(
                fields=["organization", "-value_at_risk"],
                name="customers_alert_save_list",
                condition=Q(status__in=["open", "claimed", "snoozed"]),
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["customer"],
                condition=Q(status__in=["open", "claimed", "snoozed"]),
                name="customers_alert_one_unresolved_per_customer",
                violation_error_message=_("This customer already has an open alert."),
            ),
            models.CheckConstraint(
                condition=Q(status__in=["open", "claimed", "snoozed", "saved", "lost"]),
                name="customers_alert_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.customer} · {self.get_kind_display()}"

    def get_absolute_url(self) -> str:
        return reverse("customers:customer-detail", args=[self.customer.code])

    @property
    def is_resolved(self) -> bool:
        return self.status not in self.UNRESOLVED


def _invitation_token() -> str:
    """43 URL-safe characters: 256 random bits, the key to one customer's survey."""
    return secrets.token_urlsafe(32)


class InvitationSettings(OrgOwned):
    """One organisation's rules for survey invitations after a visit (invitations.py)."""

    organization = models.OneToOneField(
        Organization, on_delete=models.CASCADE, related_name="invitation_settings"
    )
    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    enabled = models.BooleanField(
        _("invite customers after a visit"),
        default=False,
        help_text=_("Only customers who gave an e-mail address with consent are invited."),
    )
    delay_minutes = models.PositiveIntegerField(
        _("minutes after the visit"),
        default=120,
        validators=[MaxValueValidator(7 * 24 * 60)],
    )
    send_from = models.TimeField(_("not before"), default=time(9, 0))
    send_until = models.TimeField(_("not after"), default=time(20, 0))
    every_days = models.PositiveSmallIntegerField(
        _("at most once every (days)"),
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text=_("Per customer, whatever the number of visits."),
    )
    valid_days = models.PositiveSmallIntegerField(
        _("link works for (days)"),
        default=7,
        validators=[MinValueValidator(1), MaxValueValidator(90)],
    )
    late_hours = models.PositiveSmallIntegerField(
        _("skip visits older than (hours past the delay)"),
        default=48,
        validators=[MinValueValidator(1), MaxValueValidator(720)],
        help_text=_("A visit imported later than this is not invited."),
    )
    # {language: {"subject": ..., "message": ...}}; a language left out has the default.
    texts = models.JSONField(_("texts"), default=dict, blank=True)

    objects = OrgQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation settings")
        verbose_name_plural = _("invitation settings")
        constraints = [
            models.CheckConstraint(
                condition=Q(send_from__lt=F("send_until")),
                name="customers_invitationsettings_window_order",
                violation_error_message=_("“Not before” must come before “not after”."),
            ),
            models.CheckConstraint(
                condition=Q(every_days__gte=1) & Q(valid_days__gte=1) & Q(late_hours__gte=1),
                name="customers_invitationsettings_positive",
                violation_error_message=_("Days and hours are at least 1."),
            ),
        ]

    def __str__(self) -> str:
        return f"Invitation settings of {self.organization_id}"

    @classmethod
    def for_organization(cls, organization: Organization) -> InvitationSettings:
        """The organisation's settings; the defaults (not stored, off) when none saved."""
        try:
            return organization.invitation_settings
        except cls.DoesNotExist:
            return cls(organization=organization)


class SurveyInvitationQuerySet(LocationScopedQuerySet):
    def due(self, now) -> SurveyInvitationQuerySet:
        return self.filter(status=SurveyInvitation.Status.SCHEDULED, send_after__lte=now)


class SurveyInvitation(OrgOwned):
    """One customer asked about one visit: a personal link to the location's survey,
    e-mailed once, valid `InvitationSettings.valid_days` from sending. Not to be
    confused with `core.Invitation` (a person asked to join the organisation)."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        BOUNCED = "bounced", _("Bounced")
        FAILED = "failed", _("Not sent (mail server)")
        CANCELLED = "cancelled", _("Cancelled")

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    token = models.CharField(max_length=48, unique=True, default=_invitation_token, editable=False)
    customer = models.ForeignKey(
        Customer, on_delete=models.CASCADE, related_name="survey_invitations"
    )
    visit = models.OneToOneField(
        Visit, on_delete=models.CASCADE, related_name="survey_invitation", db_index=False
    )
    location = models.ForeignKey(
        "core.Location", verbose_name=_("location"), on_delete=models.RESTRICT, related_name="+"
    )
    link = models.ForeignKey(
        "feedback.SurveyLink", on_delete=models.RESTRICT, related_name="+", db_index=False
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Visit.Channel.choices)
    language = models.CharField(_("language"), max_length=8)
    email = models.CharField(_("address"), max_length=120)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SCHEDULED
    )
    send_after = models.DateTimeField(_("send after"))
    attempts = models.PositiveSmallIntegerField(default=0)
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    expires_at = models.DateTimeField(_("link works until"), null=True, blank=True)
    opened_at = models.DateTimeField(_("opened"), null=True, blank=True)
    responded_at = models.DateTimeField(_("answered"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    response = models.OneToOneField(
        "feedback.Response",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="survey_invitation",
    )
    last_error = models.CharField(_("why"), max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = SurveyInvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-send_after", "-pk"]
        indexes = [
            # invitations.send_due(): scheduled invitations by due time
            models.Index(
                fields=["send_after"],
                name="customers_invitation_due",
                condition=Q(status="scheduled"),
            ),
            # rates(): an organisation's invitations sent in a period
            models.Index(fields=["organization", "sent_at"], name="customers_invitation_sent"),
            models.Index(fields=["customer", "send_after"], name="customers_invitation_customer"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    status__in=["scheduled", "sending", "sent", "bounced", "failed", "cancelled"]
                ),
                name="customers_surveyinvitation_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.customer_id} · {self.send_after:%Y-%m-%d %H:%M} · {self.status}"

    def public_path(self) -> str:
        return reverse("invitation_public:form", args=[self.token])

    def public_url(self) -> str:
        return settings.SITE_URL + self.public_path()

    def unsubscribe_url(self) -> str:
        return settings.SITE_URL + reverse("invitation_public:unsubscribe", args=[self.token])
