"""Webhooks in the API: an owner's endpoints and their latest deliveries; add, change
and remove an endpoint.

As on the pages (Organisation → Webhooks), only owners see and change them. The input goes
through the page's `WebhookForm` (a public http(s) URL, not yet registered, at least one
kind of event) and is stored by `webhooks.endpoints`, as the page does. The signing secret
is shown once, in the answer that registers the endpoint, and never again here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from django.core.exceptions import ValidationError as FormError
from django.http import HttpRequest
from ninja import Field, Router, Schema
from ninja.errors import HttpError
from pydantic import ConfigDict

from servicegap.core.access import ORGANISATION_ADMINS, get_for_member
from servicegap.core.api import Status, field_refused, form_refused
from servicegap.core.auth import membership
from servicegap.core.models import Membership
from servicegap.webhooks import endpoints
from servicegap.webhooks.forms import WebhookForm
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


class WebhookCreatedOut(WebhookOut):
    secret: str = Field(description="The signing secret: shown in this answer only, keep it now.")


Url = Annotated[str, Field(min_length=1, max_length=500, description="A public http(s) URL.")]


class WebhookIn(Schema):
    model_config = ConfigDict(extra="forbid")

    url: Url
    on_responses: bool = True
    on_alerts: bool = True
    on_case_events: bool = False


class WebhookChangeIn(Schema):
    """Only the fields given change."""

    model_config = ConfigDict(extra="forbid")

    url: Url | None = None
    on_responses: bool | None = None
    on_alerts: bool | None = None
    on_case_events: bool | None = None


FIELDS = ("url", "on_responses", "on_alerts", "on_case_events")


def _checked(data: dict[str, Any], instance: Webhook) -> WebhookForm:
    # The form reads a checkbox's absence as False: give it only True or nothing.
    form = WebhookForm(
        {name: value for name, value in data.items() if value is not False}, instance=instance
    )
    if not form.is_valid():
        raise form_refused(form.errors)
    return form


@router.post(
    "",
    response={201: WebhookCreatedOut},
    summary="Register an endpoint (its signing secret is in this answer only)",
)
def create_webhook(request: HttpRequest, payload: WebhookIn) -> Any:
    member = _owner(request)
    form = _checked(payload.model_dump(), Webhook(organization=member.organization))
    try:
        webhook = endpoints.register(form, by=member.user)
    except FormError as error:
        raise form_refused(error.message_dict) from None
    return Status(201, {**_out(webhook), "secret": webhook.secret})


@router.patch(
    "/{uuid:webhook_code}",
    response=WebhookOut,
    summary="Change an endpoint's URL or the events it receives",
)
def update_webhook(
    request: HttpRequest, webhook_code: UUID, payload: WebhookChangeIn | None = None
) -> dict[str, Any]:
    member = _owner(request)
    webhook = get_for_member(Webhook, member, code=webhook_code)
    if payload is None:  # the endpoint is looked up first: another organisation's is a 404
        raise field_refused(message="Field required")
    data = {name: getattr(webhook, name) for name in FIELDS}
    data.update(payload.model_dump(exclude_none=True))
    form = _checked(data, webhook)
    try:
        webhook = endpoints.change(form)
    except FormError as error:
        raise form_refused(error.message_dict) from None
    return _out(webhook)


@router.delete(
    "/{uuid:webhook_code}",
    response={204: None},
    summary="Remove an endpoint and its deliveries",
)
def delete_webhook(request: HttpRequest, webhook_code: UUID) -> Any:
    endpoints.remove(get_for_member(Webhook, _owner(request), code=webhook_code))
    return Status(204, None)
