"""The daily retention clean-up: each organisation's personal data past its periods
(`RetentionSettings`) erased, as an erasure would, and logged as counts only.

- contact details: customers not seen for `contacts_months` lose name and contact;
  responses and survey invitations that old lose theirs;
- comments: the text of comments older than `comments_months` becomes "[erased]" (with
  the cases' and notes' quotes of it, webhook deliveries of those responses, and the
  comment model trained again when one of them had been corrected);
- failed uploads: files kept for "import without the bad rows", and their lists of bad
  rows, after `failed_uploads_days`.

Candidates' data is the people app's own clean-up (its retention setting, its task).
Running it twice erases nothing the second time (idempotent).
"""

from __future__ import annotations

import calendar
import logging
from datetime import datetime, timedelta
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from servicegap.core.models import Organization
from servicegap.customers import erasure as customers_erasure
from servicegap.feedback import erasure as feedback_erasure
from servicegap.feedback.models import Response
from servicegap.people import erasure as people_erasure
from servicegap.privacy.erasure import forget_in_models, remove_files
from servicegap.privacy.models import ErasureLog, RetentionSettings
from servicegap.recovery import erasure as recovery_erasure
from servicegap.textlens import erasure as textlens_erasure
from servicegap.webhooks import erasure as webhooks_erasure

logger = logging.getLogger(__name__)


def save_settings(organization: Organization, form) -> RetentionSettings:
    """Store a valid `RetentionSettingsForm` as the organisation's periods (the page's and
    the API's write)."""
    fields = {name: form.cleaned_data[name] for name in form.fields}
    rules, _created = RetentionSettings.objects.update_or_create(
        organization=organization, defaults=fields
    )
    return rules


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (the month's last day when
    it is shorter: 31 March less one month is 28 or 29 February)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def apply_retention(now: datetime | None = None) -> dict[str, int]:
    """Every organisation's clean-up; the rows erased per kind, over all of them."""
    now = now or timezone.now()
    totals: dict[str, int] = {}
    for organization in Organization.objects.order_by("pk"):
        for kind, count in apply_for(organization, now).items():
            totals[kind] = totals.get(kind, 0) + count
    logger.info("privacy: retention clean-up erased %s", totals or "nothing")
    return totals


def apply_for(organization: Organization, now: datetime) -> dict[str, int]:
    """One organisation's clean-up in one transaction (files removed after it); the
    counts, logged in an `ErasureLog` when anything was erased."""
    rules = RetentionSettings.for_organization(organization)
    with transaction.atomic():
        counts, files = _erase_comments(organization, months_before(now, rules.comments_months))
        contacts_before = months_before(now, rules.contacts_months)
        counts |= customers_erasure.erase_old_contacts(organization, contacts_before)
        counts["response_contacts"] = feedback_erasure.erase_old_contacts(
            organization, contacts_before
        )
        uploads, upload_files = customers_erasure.old_failed_uploads(
            organization, now - timedelta(days=rules.failed_uploads_days)
        )
        counts["uploads"] = uploads
        files += upload_files
        counts = {kind: count for kind, count in counts.items() if count}
        if counts:
            ErasureLog.objects.create(
                organization=organization,
                kind=ErasureLog.Kind.RETENTION,
                via=ErasureLog.Via.SCHEDULE,
                counts=counts,
            )
        transaction.on_commit(lambda: remove_files(files))
    return counts


def _erase_comments(
    organization: Organization, before: datetime
) -> tuple[dict[str, int], list[Path]]:
    response_ids = feedback_erasure.old_comments(organization, before)
    if not response_ids:
        return {}, []
    rows = Response.objects.filter(pk__in=response_ids)
    needles = feedback_erasure.needles_of(rows.values_list("comment", flat=True))
    codes = [str(code) for code in rows.values_list("code", flat=True)]
    case_ids = recovery_erasure.cases_of(organization, response_ids=response_ids)
    counts = textlens_erasure.erase_customer_data(organization, response_ids)
    counts["response_comments"] = rows.exclude(comment=feedback_erasure.ERASED).update(
        comment=feedback_erasure.ERASED
    )
    counts |= recovery_erasure.erase_customer_data(organization, case_ids, needles)
    counts |= people_erasure.erase_customer_data(
        organization, response_ids=response_ids, case_ids=case_ids, needles=needles
    )
    keys = [f"{kind}:{code}" for code in codes for kind in ("response", "alert")]
    counts |= webhooks_erasure.erase_customer_data(organization, keys=keys, needles=needles)
    model_counts, files = forget_in_models(organization, counts["corrected_comments"])
    return counts | model_counts, files
