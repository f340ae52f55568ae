"""Registering, changing and removing an owner's webhook endpoints, for the page and the API.

The input is checked by `WebhookForm` (a public http(s) URL, not yet registered, and at
least one kind of event); these functions store what it accepted. Two owners registering
the same URL at the same moment meet the database's unique constraint: the second is told
the URL is taken, as the form would have said.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from servicegap.webhooks.forms import WebhookForm
from servicegap.webhooks.models import Webhook


def _save(form: WebhookForm, **extra: object) -> Webhook:
    webhook = form.save(commit=False)
    for name, value in extra.items():
        setattr(webhook, name, value)
    try:
        with transaction.atomic():
            webhook.save()
    except IntegrityError:
        raise ValidationError({"url": _("This URL is already registered.")}) from None
    return webhook


def register(form: WebhookForm, *, by) -> Webhook:
    """Store a new endpoint from a valid form, made by user `by`; its secret is new."""
    return _save(form, created_by=by)


def change(form: WebhookForm) -> Webhook:
    """Store a valid form's changes to its endpoint (the secret stays)."""
    return _save(form)


def remove(webhook: Webhook) -> None:
    """Remove the endpoint and its deliveries: nothing more is sent to it."""
    webhook.delete()
