"""The digest's scheduled work (see CELERY_BEAT_SCHEDULE): each organisation's digest on
its day, one task per recipient, so that a retry after an SMTP failure resends nothing
that went out."""

from __future__ import annotations

import logging
import smtplib
from datetime import date

from celery import shared_task
from celery.result import EagerResult
from django.utils import timezone

from servicegap.core.models import Organization
from servicegap.gap import digest

log = logging.getLogger(__name__)


@shared_task(
    name="servicegap.gap.tasks.send_digest_to",
    autoretry_for=(smtplib.SMTPException, OSError),
    retry_backoff=60,
    retry_backoff_max=3600,
    retry_jitter=True,
    max_retries=6,
)
def send_digest_to(
    organization_id: int, since: str, until: str, user_id: int, force: bool = False
) -> str:
    """One person's digest of one period; an SMTP failure is retried with back-off, and
    the claimed row makes sure it is never sent twice."""
    organization = Organization.objects.get(pk=organization_id)
    return digest.send_to(
        organization, date.fromisoformat(since), date.fromisoformat(until), user_id, force=force
    )


def send_period(
    organization: Organization, since: date, until: date, users: list, *, force: bool = False
) -> dict[str, str]:
    """Queue one task per recipient (with no broker: run it here); e-mail → what happened,
    "queued" with a broker. A recipient whose sending failed does not stop the others:
    their row stays "failed", to be claimed again by the next run."""
    outcome = {}
    for user in users:
        try:
            result = send_digest_to.delay(
                organization.pk, since.isoformat(), until.isoformat(), user.pk, force
            )
        except Exception as error:  # run here, errors propagated (CELERY_TASK_EAGER_PROPAGATES)
            log.exception("Digest of %s for %s failed.", organization.slug, user.email)
            outcome[user.email] = f"failed: {error}"
            continue
        if not isinstance(result, EagerResult):
            outcome[user.email] = "queued"
        elif result.successful():
            outcome[user.email] = result.result
        else:
            outcome[user.email] = f"failed: {result.result}"
    return outcome


@shared_task(name="servicegap.gap.tasks.send_due_digests")
def send_due_digests() -> int:
    """Hourly: every organisation whose digest is due gets it; returns how many queued."""
    queued = 0
    for organization, since, until, users in digest.due(timezone.now()):
        send_period(organization, since, until, users)
        queued += len(users)
    return queued
