"""Webhooks in the API: an owner's endpoints and their latest deliveries, read only.

As on the pages (Organisation → Webhooks), only owners see them; the signing secret is
never shown here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.errors import HttpError

from servicegap.core.access import ORGANISATION_ADMINS, get_for_member
from servicegap.core.auth import membership
from servicegap.core.models import Membership
from servicegap.webhooks.models import Delivery, Webhook

router = Router(tags=["webhooks"])
RECENT = 50  # deliveries shown per endpoint, newest first


class WebhookOut(Schema):
    code: UUID
    url: str
    on_responses: bool
    on_alerts: bool
    on_case_events: bool
    is_active: bool
    created_at: datetime


class DeliveryOut(Schema):
    code: UUID
    event: str
    status: str
    attempts: int
    last_status_code: int | None
    last_error: str
    created_at: datetime
    delivered_at: datetime | None


class WebhookDetailOut(WebhookOut):
    deliveries: list[DeliveryOut]


def _owner(request: HttpRequest) -> Membership:
    member = membership(request)
    if member.role not in ORGANISATION_ADMINS:
        raise HttpError(403, "Only owners see the webhooks.")
    return member


def _out(webhook: Webhook) -> dict[str, Any]:
    return {name: getattr(webhook, name) for name in WebhookOut.model_fields}


@router.get("", response=list[WebhookOut], summary="The organisation's webhook endpoints")
def list_webhooks(request: HttpRequest) -> list[dict[str, Any]]:
    return [_out(webhook) for webhook in Webhook.objects.for_member(_owner(request))]


@router.get(
    "/{uuid:webhook_code}",
    response=WebhookDetailOut,
    summary="One endpoint with its latest deliveries",
)
def get_webhook(request: HttpRequest, webhook_code: UUID) -> dict[str, Any]:
    webhook = get_for_member(Webhook, _owner(request), code=webhook_code)
    deliveries = Delivery.objects.filter(webhook=webhook).order_by("-created_at")[:RECENT]
    return {
        **_out(webhook),
        "deliveries": [
            {name: getattr(delivery, name) for name in DeliveryOut.model_fields}
            for delivery in deliveries
        ],
    }
