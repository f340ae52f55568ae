"""Erasing one customer from the people pages (the privacy app's step): coaching notes
and scenarios made from their responses or cases keep their lesson but lose what names or
quotes the customer. Counts only."""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import Q

from servicegap.core.models import Organization
from servicegap.feedback.erasure import redact
from servicegap.people.models import CoachingNote, Scenario

TEXTS = {
    CoachingNote: (("response_id", "case_id"), ("went_well", "next_time", "intervention")),
    Scenario: (("from_response_id", "from_case_id"), ("title", "situation", "customer_lines")),
}


def erase_customer_data(
    organization: Organization,
    *,
    response_ids: Sequence[int],
    case_ids: Sequence[int],
    needles: Sequence[str],
) -> dict[str, int]:
    """Redact `needles` from the notes and scenarios tied to these responses or cases."""
    changed = 0
    for model, ((response_field, case_field), fields) in TEXTS.items():
        tied = Q(**{f"{response_field}__in": list(response_ids)}) | Q(
            **{f"{case_field}__in": list(case_ids)}
        )
        for row in model.objects.filter(tied, organization=organization):
            before = [getattr(row, field) for field in fields]
            after = [redact(text, needles) for text in before]
            if after != before:
                for field, text in zip(fields, after, strict=True):
                    setattr(row, field, text)
                row.save(update_fields=list(fields))
                changed += 1
    return {"people_notes": changed}
