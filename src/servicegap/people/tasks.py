"""People's scheduled work (see CELERY_BEAT_SCHEDULE): erasing candidates' data."""

from __future__ import annotations

from celery import shared_task

from servicegap.people import interviews


@shared_task(name="servicegap.people.tasks.erase_expired_candidates")
def erase_expired_candidates() -> int:
    """Daily: erase the personal data of candidates past the organisation's retention."""
    return interviews.erase_expired_candidates()
