"""The owner's webhooks: register a URL, see each one's secret and deliveries, remove it."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import OuterRef, Subquery
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from servicegap.core.access import (
    ORGANISATION_ADMINS,
    MemberRequest,
    get_for_member,
    member_required,
)
from servicegap.webhooks import endpoints
from servicegap.webhooks.forms import WebhookForm
from servicegap.webhooks.models import Delivery, Webhook

RECENT = 50  # deliveries shown on a webhook's page


@member_required(ORGANISATION_ADMINS)
def webhook_list(request: MemberRequest) -> HttpResponse:
    org = request.membership.organization
    form = WebhookForm(request.POST or None, instance=Webhook(organization=org))
    if request.method == "POST" and form.is_valid():
        try:
            webhook = endpoints.register(form, by=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The webhook is registered. Its secret is on its page."))
            return redirect(webhook)
    last = Delivery.objects.filter(webhook=OuterRef("pk")).order_by("-created_at", "-pk")
    webhooks = Webhook.objects.for_member(request.membership).annotate(
        last_status=Subquery(last.values("status")[:1]),
        last_code=Subquery(last.values("last_status_code")[:1]),
        last_at=Subquery(last.values("created_at")[:1]),
    )
    return render(
        request,
        "webhooks/webhook_list.html",
        {"form": form, "webhooks": webhooks, "statuses": dict(Delivery.Status.choices)},
        status=400 if request.method == "POST" else 200,
    )


@member_required(ORGANISATION_ADMINS)
def webhook_detail(request: MemberRequest, webhook_code: UUID) -> HttpResponse:
    webhook = get_for_member(Webhook, request.membership, code=webhook_code)
    deliveries = webhook.deliveries.all()[:RECENT]
    return render(
        request, "webhooks/webhook_detail.html", {"webhook": webhook, "deliveries": deliveries}
    )


@require_POST
@member_required(ORGANISATION_ADMINS)
def webhook_delete(request: MemberRequest, webhook_code: UUID) -> HttpResponse:
    webhook = get_for_member(Webhook, request.membership, code=webhook_code)
    endpoints.remove(webhook)
    messages.success(request, _("The webhook is removed; nothing more is sent to it."))
    return redirect("webhooks:webhook-list")
