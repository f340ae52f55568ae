"""Outgoing webhooks: what is queued for which event, how each delivery is signed and
sent, retried with back-off, and which URLs may be called at all.

Events are queued in plain sight by the code that makes them: `queue_responses()` is a
step of the pipeline's follow-up (pipeline/followup.py) for new responses and their
alerts; `queue_case_event()` is called for every recovery case event through
`RECOVERY_CASE_EVENT_HOOKS` (recovery may not import this app). Queuing writes one
`Delivery` row per subscribed webhook, unique per (webhook, event, object), so a step
that runs twice after a crash queues nothing twice.

Sending is background work: `deliver_due()` (the Celery task `deliver_due`, scheduled in
`CELERY_BEAT_SCHEDULE`, so the brokerless `servicegap background` runs it too) claims
each due delivery with a conditional UPDATE, POSTs its body, and on failure schedules
the next try after a growing pause (`backoff`), giving up after `ATTEMPTS` tries.

Signature: the header `Servicegap-Signature: t=<unix time>,v1=<hex>` where `<hex>` is
HMAC-SHA256, keyed with the webhook's secret, of `<unix time>.<body>`. A receiver
recomputes it and refuses a time too far from its own clock (replays).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import logging
import socket
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from servicegap.feedback.models import Response
from servicegap.recovery.models import CaseEvent
from servicegap.webhooks.models import Delivery, Event, Webhook

logger = logging.getLogger(__name__)

ATTEMPTS = 8  # tries of one delivery before it is given up
FIRST_PAUSE = 30  # seconds before the second try; each later pause is 4 times longer
LONGEST_PAUSE = 6 * 60 * 60


def lease() -> timedelta:
    """How long a claimed delivery is left to its process before another may try it: a
    process killed mid-POST holds it no longer than this (under a minute), and a live
    one needs at most two waits of `WEBHOOKS_TIMEOUT` (connecting, then the answer)."""
    return timedelta(seconds=max(45, 3 * settings.WEBHOOKS_TIMEOUT))


BATCH = 50
SIGNATURE_HEADER = "Servicegap-Signature"


# Which URLs may be called ---------------------------------------------------------------


def check_url(url: str) -> None:
    """Refuse a URL that is not http(s), or whose host is (or resolves to) a private,
    loopback, link-local or otherwise non-public address, unless the operator allows
    them (`WEBHOOKS_ALLOW_PRIVATE_ADDRESSES`). Raises ValidationError saying why."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValidationError(_("Enter an http:// or https:// address."), code="scheme")
    if settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES:
        return
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        found = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (OSError, ValueError, UnicodeError):
        raise ValidationError(
            _("The host %(host)s cannot be found; check the address."),
            code="unknown_host",
            params={"host": parts.hostname},
        ) from None
    for *_rest, sockaddr in found:
        address = ipaddress.ip_address(sockaddr[0].split("%")[0])
        if not address.is_global or address.is_multicast:
            raise ValidationError(
                _(
                    "%(host)s is a private, loopback or link-local address (%(address)s); "
                    "webhooks go only to public addresses."
                ),
                code="private_address",
                params={"host": parts.hostname, "address": address},
            )


# Queuing --------------------------------------------------------------------------------


def active_webhooks(organization_ids: Iterable[int]) -> dict[int, list[Webhook]]:
    """{organisation id: its active webhooks} for these organisations, in one query
    (an organisation without any is left out)."""
    found: dict[int, list[Webhook]] = {}
    for webhook in Webhook.objects.filter(
        organization_id__in=set(organization_ids), is_active=True
    ):
        found.setdefault(webhook.organization_id, []).append(webhook)
    return found


def queue(
    organization_id: int,
    event: str,
    key: str,
    data: dict[str, Any],
    *,
    active: dict[int, list[Webhook]] | None = None,
) -> int:
    """One delivery of `event` about `key` for each active webhook of the organisation
    that asked for it (none twice); how many were queued. `active` is what
    `active_webhooks()` read for a batch, else they are read here."""
    if active is None:
        active = active_webhooks([organization_id])
    webhooks = [webhook for webhook in active.get(organization_id, []) if webhook.wants(event)]
    if not webhooks:
        return 0
    now = timezone.now()
    rows = []
    for webhook in webhooks:
        code = uuid.uuid4()
        body = {"id": str(code), "event": event, "created_at": now.isoformat(), "data": data}
        rows.append(
            Delivery(
                organization_id=organization_id,
                webhook=webhook,
                code=code,
                event=event,
                key=key,
                body=json.dumps(body, separators=(",", ":"), ensure_ascii=False),
                next_attempt_at=now,
                created_at=now,
            )
        )
    made = Delivery.objects.bulk_create(rows, ignore_conflicts=True)
    transaction.on_commit(_deliver_soon)
    return len(made)


def queue_responses(
    responses: Sequence[Response], *, active: dict[int, list[Webhook]] | None = None
) -> None:
    """The pipeline's step: `response.created` for each response, and `alert.sent` for
    each that was e-mailed as an alert. Spam is not sent. The organisations' webhooks
    are read once (or given, as `active_webhooks()` read them for a whole batch): a
    response of an organisation without any costs no query."""
    if active is None:
        active = active_webhooks(response.organization_id for response in responses)
    for response in responses:
        if response.spam or response.organization_id not in active:
            continue
        data = response_data(response)
        key = f"response:{response.code}"
        queue(response.organization_id, Event.RESPONSE, key, data, active=active)
        if response.alerted_at is not None:
            key = f"alert:{response.code}"
            queue(response.organization_id, Event.ALERT, key, data, active=active)


def queue_case_event(event: CaseEvent) -> None:
    """`RECOVERY_CASE_EVENT_HOOKS` entry: `case.event` for each new case event."""
    case = event.case
    data = {
        "case": str(case.code),
        "case_status": case.status,
        "location": case.location.name,
        "kind": event.kind,
        "text": event.text,
        "at": event.at.isoformat(),
    }
    queue(event.organization_id, Event.CASE, f"case-event:{event.code}", data)


def response_data(response: Response) -> dict[str, Any]:
    """What an integration is told of a response: its scores and comment, not the
    customer's contact details."""
    return {
        "response": str(response.code),
        "location": response.location.name,
        "survey": response.survey.name,
        "submitted_at": response.submitted_at.isoformat(),
        "language": response.language,
        "ratings": {
            "people": response.people,
            "process": response.process,
            "product": response.product,
        },
        "nps": response.nps,
        "effort": response.effort,
        "comment": response.comment,
        "alerted_at": response.alerted_at.isoformat() if response.alerted_at else None,
    }


def _deliver_soon() -> None:
    """With a broker, a worker sends the new deliveries at once; without one they wait
    for the schedule (seconds), so that no web request waits on someone else's server."""
    if settings.CELERY_BROKER_URL:
        from servicegap.webhooks.tasks import deliver_due

        deliver_due.delay()


# Sending --------------------------------------------------------------------------------


def sign(secret: str, timestamp: int, body: str) -> str:
    """The signature header's value for `body` sent at `timestamp`."""
    mac = hmac.new(secret.encode(), f"{timestamp}.{body}".encode(), hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def backoff(attempts: int) -> timedelta:
    """The pause after the `attempts`-th failed try: 30 s, 2 min, 8 min, … up to 6 h."""
    return timedelta(seconds=min(FIRST_PAUSE * 4 ** (attempts - 1), LONGEST_PAUSE))


def deliver_due(now: datetime | None = None, limit: int = BATCH) -> int:
    """Send the deliveries that are due (each claimed first); how many were delivered."""
    now = now or timezone.now()
    due = Delivery.objects.filter(status=Delivery.Status.PENDING, next_attempt_at__lte=now)
    sent = 0
    for delivery in due.select_related("webhook").order_by("next_attempt_at")[:limit]:
        if claim(delivery, now):
            sent += deliver(delivery, now)
    return sent


def claim(delivery: Delivery, now: datetime) -> bool:
    """Move the due time past the lease, only if nobody else did since it was read."""
    claimed = Delivery.objects.filter(
        pk=delivery.pk, status=Delivery.Status.PENDING, next_attempt_at=delivery.next_attempt_at
    ).update(next_attempt_at=now + lease())
    return claimed == 1


def deliver(delivery: Delivery, now: datetime) -> bool:
    """POST the delivery once and record the result; whether it was delivered."""
    code, error = post(delivery)
    attempts = delivery.attempts + 1
    changes: dict[str, Any] = {"attempts": attempts, "last_status_code": code}
    if error:
        changes["last_error"] = error[:500]
        if attempts >= ATTEMPTS:
            changes["status"] = Delivery.Status.FAILED
        else:
            changes["next_attempt_at"] = now + backoff(attempts)
    else:
        changes |= {"status": Delivery.Status.DELIVERED, "delivered_at": now, "last_error": ""}
    Delivery.objects.filter(pk=delivery.pk).update(**changes)
    return not error


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer, not a new address to call (it could point inside)."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def post(delivery: Delivery) -> tuple[int | None, str]:
    """(HTTP status or None, error or "") of one POST of the delivery's body."""
    webhook = delivery.webhook
    try:
        check_url(webhook.url)  # again: the host's address may have changed
    except ValidationError as error:
        return None, " ".join(error.messages)
    body = delivery.body.encode()
    request = urllib.request.Request(
        webhook.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "servicegap-webhooks",
            "Servicegap-Event": delivery.event,
            "Servicegap-Delivery": str(delivery.code),
            SIGNATURE_HEADER: sign(webhook.secret, int(time.time()), delivery.body),
        },
    )
    try:
        with _opener.open(request, timeout=settings.WEBHOOKS_TIMEOUT) as answer:
            status = answer.status
    except urllib.error.HTTPError as error:
        return error.code, f"HTTP {error.code}"
    except (OSError, ValueError) as error:
        return None, f"not reached: {error}"
    if not 200 <= status < 300:
        return status, f"HTTP {status}"
    return status, ""
