"""Erasing customers' words and contact details from feedback (the privacy app's steps).

`erase_customer_data()` erases what one customer wrote: each response keeps its ratings
(the scores rest on them) but its comment becomes `ERASED`, its contact details go and it
no longer points at the customer. `erase_old_comments()` and `erase_old_contacts()` are
the retention clean-ups. Each returns counts only, never what was erased.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime

from servicegap.core.models import Organization
from servicegap.feedback.models import Response

# What an erased text reads as, wherever it was.
ERASED = "[erased]"
# A sentence of a comment at least this long is looked for on its own, when other texts
# (case notes, coaching notes) may quote part of it.
QUOTED_PART_MIN = 12
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def needles_of(texts: Iterable[str]) -> list[str]:
    """The strings to look for in other texts: each text, and each of its sentences long
    enough to be recognised when quoted on its own; longest first, no blanks or markers."""
    found: set[str] = set()
    for text in texts:
        text = (text or "").strip()
        if not text or text == ERASED:
            continue
        found.add(text)
        found.update(
            part.strip()
            for part in _SENTENCE_END.split(text)
            if len(part.strip()) >= QUOTED_PART_MIN
        )
    return sorted(found, key=lambda s: (-len(s), s))


def redact(text: str, needles: Sequence[str]) -> str:
    """`text` with every occurrence of each needle (any case) replaced by `ERASED`; a
    needle that starts or ends with a letter or digit only as a whole word there, so that
    a customer id "12" leaves "2012" alone."""
    if not text:
        return text
    for needle in needles:
        if needle and needle.lower() in text.lower():
            pattern = re.escape(needle)
            if re.match(r"\w", needle):
                pattern = r"(?<!\w)" + pattern
            if re.search(r"\w$", needle):
                pattern += r"(?!\w)"
            text = re.sub(pattern, ERASED, text, flags=re.IGNORECASE)
    return text


def responses_of(organization: Organization, customer_id: int, contact: str) -> list[int]:
    """The ids of the responses the customer sent: linked to them, or left with their
    contact details."""
    linked = set(
        Response.objects.filter(organization=organization, customer_id=customer_id).values_list(
            "pk", flat=True
        )
    )
    if contact.strip():
        linked.update(
            Response.objects.filter(
                organization=organization, contact__iexact=contact.strip()
            ).values_list("pk", flat=True)
        )
    return sorted(linked)


def erase_customer_data(organization: Organization, response_ids: Sequence[int]) -> dict[str, int]:
    """Erase the comments and contact details of these responses; counts per kind."""
    responses = Response.objects.filter(organization=organization, pk__in=response_ids)
    comments = responses.exclude(comment="").exclude(comment=ERASED).update(comment=ERASED)
    contacts = responses.exclude(contact="").update(contact="")
    responses.update(contact_consent=False, customer=None, client_key="")
    return {"response_comments": comments, "response_contacts": contacts}


def old_comments(organization: Organization, before: datetime) -> list[int]:
    """The responses sent before `before` whose comment is still there."""
    return list(
        Response.objects.filter(organization=organization, submitted_at__lt=before)
        .exclude(comment="")
        .exclude(comment=ERASED)
        .values_list("pk", flat=True)
    )


def erase_old_contacts(organization: Organization, before: datetime) -> int:
    """Retention: drop the contact details of responses sent before `before`."""
    return (
        Response.objects.filter(organization=organization, submitted_at__lt=before)
        .exclude(contact="")
        .update(contact="", contact_consent=False)
    )
