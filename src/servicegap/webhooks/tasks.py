"""Webhooks' background work (see CELERY_BEAT_SCHEDULE): sending due deliveries."""

from __future__ import annotations

from celery import shared_task

from servicegap.webhooks import delivery


@shared_task(name="servicegap.webhooks.tasks.deliver_due")
def deliver_due() -> int:
    """Every few seconds: send the webhook deliveries that are due, retries included."""
    return delivery.deliver_due()
