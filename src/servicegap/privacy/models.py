"""What the privacy app keeps: each organisation's retention periods, and a log of every
erasure (who, when, how many rows of each kind; never what was erased)."""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from servicegap.core.models import Organization, OrgOwned, OrgQuerySet

MONTHS_MAX = 120
DAYS_MAX = 365


class RetentionSettings(OrgOwned):
    """How long personal data is kept before the daily clean-up erases it."""

    organization = models.OneToOneField(
        Organization, on_delete=models.CASCADE, related_name="retention_settings"
    )
    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    contacts_months = models.PositiveSmallIntegerField(
        _("keep customers' contact details for (months)"),
        default=24,
        validators=[MinValueValidator(1), MaxValueValidator(MONTHS_MAX)],
        help_text=_("Counted from the customer's last visit, or from the response."),
    )
    comments_months = models.PositiveSmallIntegerField(
        _("keep the text of comments for (months)"),
        default=36,
        validators=[MinValueValidator(1), MaxValueValidator(MONTHS_MAX)],
        help_text=_("Ratings and the analysis's labels stay; the words are erased."),
    )
    failed_uploads_days = models.PositiveSmallIntegerField(
        _("keep uploads with bad rows for (days)"),
        default=7,
        validators=[MinValueValidator(1), MaxValueValidator(DAYS_MAX)],
        help_text=_("The file and its list of bad rows, kept to import it without them."),
    )

    class Meta:
        verbose_name = _("retention settings")
        verbose_name_plural = _("retention settings")
        constraints = [
            models.CheckConstraint(
                condition=Q(contacts_months__gte=1, contacts_months__lte=MONTHS_MAX)
                & Q(comments_months__gte=1, comments_months__lte=MONTHS_MAX)
                & Q(failed_uploads_days__gte=1, failed_uploads_days__lte=DAYS_MAX),
                name="privacy_retentionsettings_periods_in_range",
                violation_error_message=_("A period is out of range."),
            ),
        ]

    def __str__(self) -> str:
        return f"Retention of {self.organization}"

    @classmethod
    def for_organization(cls, organization: Organization) -> RetentionSettings:
        """The organisation's settings; the defaults when it never saved any (not stored)."""
        try:
            return organization.retention_settings
        except cls.DoesNotExist:
            return cls(organization=organization)


class LogImmutable(Exception):
    """An attempt to change or delete an erasure's log."""


class ErasureLogQuerySet(OrgQuerySet):
    def update(self, **kwargs: Any) -> int:
        raise LogImmutable("An erasure's log cannot be changed.")

    def delete(self) -> Any:
        raise LogImmutable("An erasure's log cannot be deleted.")


class ErasureLog(OrgOwned):
    """One erasure: a customer's on request, or a retention clean-up's. Append-only."""

    class Kind(models.TextChoices):
        CUSTOMER = "customer", _("A customer's data, on request")
        RETENTION = "retention", _("Retention clean-up")

    class Via(models.TextChoices):
        PAGE = "page", _("Customer's page")
        API = "api", _("API")
        COMMAND = "command", _("Command line")
        SCHEDULE = "schedule", _("Daily clean-up")

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    via = models.CharField(_("through"), max_length=10, choices=Via.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), default=timezone.now, editable=False)
    # {kind of row: how many}, e.g. {"visits": 12, "response_comments": 2}
    counts = models.JSONField(_("rows erased"), default=dict)

    objects = ErasureLogQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("erasure log")
        indexes = [models.Index(fields=["organization", "-at"], name="privacy_erasurelog_recent")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.at:%Y-%m-%d %H:%M}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise LogImmutable("An erasure's log cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise LogImmutable("An erasure's log cannot be deleted.")

    def get_absolute_url(self) -> str:
        return reverse("privacy:log")

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count_items(self) -> list[tuple[str, int]]:
        """(label, count) of each kind with rows, for pages."""
        from servicegap.privacy.erasure import KIND_LABELS

        return [
            (str(KIND_LABELS.get(kind, kind)), count)
            for kind, count in sorted(self.counts.items())
            if count
        ]
