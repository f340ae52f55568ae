"""The digest's two small tables, the only ones gap owns (every figure is read from the
apps below): each organisation's schedule, and one row per digest sent, so that the
same period never reaches the same person twice.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from servicegap.core.models import Organization, OrgOwned


class DigestSchedule(OrgOwned):
    """When an organisation's digest goes out, and to whom.

    With no row the defaults hold: weekly, on Monday at 07:00 in the organisation's time
    zone, to its owners and executives. Managers chosen as recipients get the version of
    their own locations.
    """

    class Frequency(models.TextChoices):
        WEEKLY = "weekly", _("Weekly (the 7 days before)")
        MONTHLY = "monthly", _("Monthly (the calendar month before)")
        OFF = "off", _("Not sent")

    class Weekday(models.IntegerChoices):
        MONDAY = 0, _("Monday")
        TUESDAY = 1, _("Tuesday")
        WEDNESDAY = 2, _("Wednesday")
        THURSDAY = 3, _("Thursday")
        FRIDAY = 4, _("Friday")
        SATURDAY = 5, _("Saturday")
        SUNDAY = 6, _("Sunday")

    organization = models.OneToOneField(
        Organization, on_delete=models.CASCADE, related_name="digest_schedule"
    )
    frequency = models.CharField(
        _("how often"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    weekday = models.PositiveSmallIntegerField(
        _("day of the week (weekly)"), choices=Weekday.choices, default=Weekday.MONDAY
    )
    day_of_month = models.PositiveSmallIntegerField(
        _("day of the month (monthly)"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(28)],
        help_text=_("1 to 28, so that every month has it."),
    )
    hour = models.PositiveSmallIntegerField(
        _("hour"),
        default=7,
        validators=[MaxValueValidator(23)],
        help_text=_("In the organisation's time zone."),
    )
    recipients = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipients"),
        blank=True,
        related_name="+",
        help_text=_("None chosen: every owner and executive."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(weekday__range=(0, 6))
                & Q(day_of_month__range=(1, 28))
                & Q(hour__range=(0, 23)),
                name="gap_digestschedule_day_and_hour_valid",
                violation_error_message=_("Choose a day of the week, a day 1–28 and an hour."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organization}: {self.get_frequency_display()}"

    def last_period(self, today: date) -> tuple[date, date]:
        """The latest whole period before `today`: the 7 days up to yesterday (weekly),
        the previous calendar month (monthly)."""
        if self.frequency == self.Frequency.MONTHLY:
            until = today.replace(day=1) - timedelta(days=1)
            return until.replace(day=1), until
        until = today - timedelta(days=1)
        return until - timedelta(days=6), until

    def is_due(self, now: datetime) -> bool:
        """True on the chosen day, from the chosen hour, in the organisation's time zone."""
        if self.frequency == self.Frequency.OFF:
            return False
        local = timezone.localtime(now, self.organization.tz)
        if local.hour < self.hour:
            return False
        if self.frequency == self.Frequency.MONTHLY:
            last = calendar.monthrange(local.year, local.month)[1]
            return local.day == min(self.day_of_month, last)
        return local.weekday() == self.weekday


class DigestDelivery(OrgOwned):
    """One digest of one period for one person: claimed before it is sent, so that two
    workers (or a retry after an SMTP failure) never send it twice."""

    class Status(models.TextChoices):
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed, to be tried again")
        EMPTY = "empty", _("Not sent: no data in the period")

    since = models.DateField()
    until = models.DateField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    email = models.EmailField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SENDING)
    attempts = models.PositiveSmallIntegerField(default=1)
    claimed_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-until", "email"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "since", "until", "user"],
                name="gap_digestdelivery_once_per_period_and_person",
                violation_error_message=_("This digest was already sent to this person."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email} · {self.since} – {self.until} · {self.get_status_display()}"


class GettingStarted(OrgOwned):
    """Where a new organisation's getting-started checklist on Today stands: hidden for
    good once every step is done (so later visits ask one question, not seven), or when
    an owner dismissed it."""

    organization = models.OneToOneField(
        Organization, on_delete=models.CASCADE, related_name="getting_started"
    )
    completed_at = models.DateTimeField(null=True, blank=True)
    dismissed_at = models.DateTimeField(null=True, blank=True)
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    def __str__(self) -> str:
        return f"{self.organization} · getting started"

    @property
    def is_hidden(self) -> bool:
        return self.completed_at is not None or self.dismissed_at is not None
