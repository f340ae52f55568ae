"""Erasing one customer from recovery cases (the privacy app's step).

A case about the customer (theirs, opened from one of their responses or alerts) stays,
with its history and money, but every text of it loses what names or quotes them: the
summary, description, account, notes of events, actions and follow-ups. History events
are otherwise append-only; erasure is the one change made to them. Counts only.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from django.db import models
from django.db.models import Q

from servicegap.core.models import Organization
from servicegap.feedback.erasure import ERASED, redact
from servicegap.recovery.models import Case, CaseEvent, FollowUp, RecoveryAction

CASE_TEXTS = ("summary", "description", "what_happened", "no_action_reason")
ACTION_TEXTS = ("note", "approval_reason", "decision_note")


def cases_of(
    organization: Organization,
    *,
    customer_id: int | None = None,
    response_ids: Sequence[int] = (),
    alert_ids: Sequence[int] = (),
) -> list[int]:
    """The ids of the cases about the customer, their responses or alerts."""
    about = Q(response_id__in=list(response_ids)) | Q(alert_id__in=list(alert_ids))
    if customer_id is not None:
        about |= Q(customer_id=customer_id)
    return list(Case.objects.filter(about, organization=organization).values_list("pk", flat=True))


def event_codes(case_ids: Sequence[int]) -> list[str]:
    """The codes of these cases' events (the webhooks' delivery keys name them)."""
    return [str(code) for code in CaseEvent.objects.filter(case_id__in=case_ids).values_list(
        "code", flat=True
    )]  # fmt: skip


def erase_customer_data(
    organization: Organization, case_ids: Sequence[int], needles: Sequence[str]
) -> dict[str, int]:
    """Redact `needles` from every text of these cases; counts of the rows changed."""
    counts = {"case_texts": 0, "case_events": 0, "case_actions": 0}
    for case in Case.objects.filter(organization=organization, pk__in=case_ids):
        if _redact_row(case, CASE_TEXTS, needles):
            if not case.summary.strip(" .:"):
                case.summary = ERASED
            case.save(update_fields=list(CASE_TEXTS))
            counts["case_texts"] += 1
    # The one change history allows: through the plain QuerySet, past CaseEvent's guard.
    events = models.QuerySet(CaseEvent).filter(case_id__in=case_ids)
    for event in events:
        text = redact(event.text, needles)
        data = _redact_json(event.data, needles)
        if text != event.text or data != event.data:
            models.QuerySet(CaseEvent).filter(pk=event.pk).update(text=text, data=data)
            counts["case_events"] += 1
    for model, fields in ((RecoveryAction, ACTION_TEXTS), (FollowUp, ("note",))):
        for row in model.objects.filter(case_id__in=case_ids):
            if _redact_row(row, fields, needles):
                row.save(update_fields=list(fields))
                counts["case_actions"] += 1
    return counts


def _redact_row(row: Any, fields: Sequence[str], needles: Sequence[str]) -> bool:
    changed = False
    for field in fields:
        before = getattr(row, field)
        after = redact(before, needles)
        if after != before:
            setattr(row, field, after)
            changed = True
    return changed


def _redact_json(data: Any, needles: Sequence[str]) -> Any:
    text = json.dumps(data, ensure_ascii=False)
    if not any(needle.lower() in text.lower() for needle in needles):
        return data
    return json.loads(json.dumps(_walk(data, needles)))


def _walk(value: Any, needles: Sequence[str]) -> Any:
    if isinstance(value, str):
        return redact(value, needles)
    if isinstance(value, list):
        return [_walk(item, needles) for item in value]
    if isinstance(value, dict):
        return {key: _walk(item, needles) for key, item in value.items()}
    return value
