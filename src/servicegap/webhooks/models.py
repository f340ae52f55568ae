"""Outgoing webhooks: the URLs an owner registers, and each delivery made to them."""

from __future__ import annotations

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from servicegap.core.models import OrgOwned


def new_secret() -> str:
    return f"whsec_{secrets.token_urlsafe(32)}"


class Event(models.TextChoices):
    RESPONSE = "response.created", _("New feedback response")
    ALERT = "alert.sent", _("Alert about a response")
    CASE = "case.event", _("Recovery case event")


class Webhook(OrgOwned):
    """A URL that receives a signed POST for each chosen kind of event."""

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    url = models.URLField(_("URL"), max_length=500, help_text=_("An https:// address."))
    on_responses = models.BooleanField(_("new feedback responses"), default=True)
    on_alerts = models.BooleanField(_("alerts about a response"), default=True)
    on_case_events = models.BooleanField(_("recovery case events"), default=False)
    secret = models.CharField(max_length=80, default=new_secret, editable=False)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "url"],
                name="webhooks_webhook_unique_org_url",
                violation_error_message=_("This URL is already registered."),
            ),
        ]

    def __str__(self) -> str:
        return self.url

    def get_absolute_url(self) -> str:
        return reverse("webhooks:webhook-detail", args=[self.code])

    def wants(self, event: str) -> bool:
        return {
            Event.RESPONSE: self.on_responses,
            Event.ALERT: self.on_alerts,
            Event.CASE: self.on_case_events,
        }[Event(event)]


class Delivery(OrgOwned):
    """One event for one webhook: its body, fixed when queued (every retry sends and
    signs the same bytes), and how the sending went."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Given up")

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=20, choices=Event.choices)
    key = models.CharField(max_length=80)  # what the event is about: one delivery each
    body = models.TextField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["webhook", "event", "key"], name="webhooks_delivery_unique_event"
            ),
        ]
        indexes = [
            # delivery.deliver_due()
            models.Index(
                fields=["next_attempt_at"],
                name="webhooks_delivery_due",
                condition=Q(status="pending"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event} → {self.webhook_id} ({self.status})"
