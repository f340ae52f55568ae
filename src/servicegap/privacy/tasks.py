"""The privacy app's scheduled work (see CELERY_BEAT_SCHEDULE): the retention clean-up,
run by Celery beat with a broker and by `servicegap background` without one."""

from __future__ import annotations

from celery import shared_task

from servicegap.privacy import retention


@shared_task(name="servicegap.privacy.tasks.apply_retention")
def apply_retention() -> dict[str, int]:
    """Daily: erase personal data past each organisation's retention periods."""
    return retention.apply_retention()
