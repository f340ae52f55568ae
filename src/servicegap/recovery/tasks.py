"""Recovery's scheduled work (see CELERY_BEAT_SCHEDULE): escalation. The digest for the
top is the executive report's (gap/tasks.py)."""

from __future__ import annotations

from celery import shared_task

from servicegap.recovery import escalation


@shared_task(name="servicegap.recovery.tasks.escalate_overdue_cases")
def escalate_overdue_cases() -> int:
    """Every few minutes: raise overdue cases one level and notify by e-mail."""
    return escalation.escalate_overdue_cases()
