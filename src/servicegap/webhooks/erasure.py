"""Erasing one customer from outgoing webhook deliveries (the privacy app's step).

A delivery's body is fixed when it is queued and may carry a response's comment or a
case note. Deliveries about the customer's responses, alerts or case events, and any
whose body names or quotes them, are deleted: a pending one is then never sent. Counts
only.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import Q

from servicegap.core.models import Organization
from servicegap.webhooks.models import Delivery

BODY_NEEDLE_MIN = 8


def erase_customer_data(
    organization: Organization, *, keys: Sequence[str], needles: Sequence[str]
) -> dict[str, int]:
    """Delete the deliveries with one of these keys or whose body holds a needle."""
    match = Q(key__in=list(keys))
    # Across every body only what cannot be a common word or number (a short name or id
    # would take other customers' deliveries with it); the keys find the rest.
    for needle in (needle for needle in needles if len(needle) >= BODY_NEEDLE_MIN):
        match |= Q(body__icontains=needle)
        # the body is JSON: a quote or non-ASCII text may be escaped there
        escaped = needle.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        if escaped != needle:
            match |= Q(body__icontains=escaped)
    deleted, _ = Delivery.objects.filter(match, organization=organization).delete()
    return {"webhook_deliveries": deleted}
