"""The digest: the executive report by e-mail, on each organisation's schedule.

Each recipient gets one message per period: the report in HTML (inline styles, tables,
no script or image), the same in plain text, and the A4 PDF attached. Owners and
executives get the whole organisation; a manager chosen as a recipient gets the version
of their own locations.

Never twice: before sending, the (organisation, period, recipient) row is claimed, by
its unique constraint when it is new, else by a conditional UPDATE from "failed" (or,
when forced, from "sent"), so two workers never both send, and a retry after an SMTP
failure sends only what failed. A recipient who has left the organisation is skipped
and logged. The hourly beat task (`tasks.send_due_digests`) sends each organisation's
digest on its day; `servicegap report --send` sends one now.
"""

from __future__ import annotations

import logging
import time
from datetime import date, datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from servicegap.core import access
from servicegap.core.models import Membership, Organization, one_line
from servicegap.gap import report as reports
from servicegap.gap.models import DigestDelivery, DigestSchedule

log = logging.getLogger(__name__)

SENT, ALREADY_SENT, LEFT, NOT_ALLOWED, NO_ADDRESS, EMPTY = (
    "sent", "already sent", "left the organisation", "may not see the report",
    "no e-mail address", "no data in the period",
)  # fmt: skip
RECEIVING_ROLES = access.LOCATION_MANAGERS  # owners, executives, managers (their version)
STALE_CLAIM = timedelta(minutes=30)  # a "sending" row older than this may be forced again
RENDER_SECONDS = 120  # how long one process reuses a rendered report for other recipients
Delivery = DigestDelivery


def schedule_of(organization: Organization) -> DigestSchedule:
    """The organisation's schedule, or the default one (unsaved)."""
    found = DigestSchedule.objects.filter(organization=organization).first()
    return found or DigestSchedule(organization=organization)


def recipients(schedule: DigestSchedule) -> list:
    """The chosen recipients, or every owner and executive when none is chosen."""
    if schedule.pk:
        chosen = list(schedule.recipients.order_by("email", "pk"))
        if chosen:
            return chosen
    members = Membership.objects.filter(
        organization_id=schedule.organization_id, role__in=access.LEADERS
    ).select_related("user")
    return [m.user for m in members.order_by("user__email", "pk")]


def claim(
    organization: Organization, since: date, until: date, user, *, force: bool = False
) -> DigestDelivery | None:
    """The delivery row, claimed for this sender; None when it was sent (unless forced)
    or another worker is sending it."""
    now = timezone.now()
    delivery, created = Delivery.objects.get_or_create(
        organization=organization,
        since=since,
        until=until,
        user=user,
        defaults={"email": user.email, "claimed_at": now},
    )
    if created:
        return delivery
    again = Delivery.objects.filter(pk=delivery.pk, attempts=delivery.attempts)
    if force:
        again = again.exclude(status=Delivery.Status.SENDING, claimed_at__gt=now - STALE_CLAIM)
    else:
        again = again.filter(status=Delivery.Status.FAILED)
    claimed = again.update(
        status=Delivery.Status.SENDING,
        attempts=F("attempts") + 1,
        claimed_at=now,
        email=user.email,
        error="",
    )
    if claimed != 1:
        return None
    delivery.refresh_from_db()
    return delivery


def send_to(
    organization: Organization, since: date, until: date, user_id: int, *, force: bool = False
) -> str:
    """Send the digest of `since`–`until` to one person; return what happened.

    An SMTP error is recorded on the row and raised again, for the task to retry."""
    user = get_user_model().objects.filter(pk=user_id).first()
    membership = (
        Membership.objects.filter(organization=organization, user_id=user_id)
        .select_related("organization", "user")
        .first()
    )
    who = f"user {user_id}" if user is None else user.email
    if membership is None or user is None:
        log.warning("Digest of %s for %s skipped: %s.", organization.slug, who, LEFT)
        return LEFT
    if membership.role not in RECEIVING_ROLES:
        log.warning("Digest of %s for %s skipped: %s.", organization.slug, who, NOT_ALLOWED)
        return NOT_ALLOWED
    if not user.email:
        log.warning("Digest of %s for user %s skipped: %s.", organization.slug, user_id, NO_ADDRESS)
        return NO_ADDRESS
    delivery = claim(organization, since, until, user, force=force)
    if delivery is None:
        log.info("Digest of %s for %s: %s.", organization.slug, who, ALREADY_SENT)
        return ALREADY_SENT
    try:
        message = build_message(membership, since, until)
        if message is None:
            Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.EMPTY)
            log.info("Digest of %s for %s: %s, nothing sent.", organization.slug, who, EMPTY)
            return EMPTY
        message.send()
    except Exception as error:
        Delivery.objects.filter(pk=delivery.pk, status=Delivery.Status.SENDING).update(
            status=Delivery.Status.FAILED, error=one_line(error)[:300]
        )
        raise
    Delivery.objects.filter(pk=delivery.pk).update(
        status=Delivery.Status.SENT, sent_at=timezone.now()
    )
    return SENT


_rendered: dict[tuple, tuple[float, tuple]] = {}


def _parts(membership: Membership, since: date, until: date) -> tuple | None:
    """(subject, text, html, pdf or None) of the member's report; None for an empty
    period. The whole organisation's is rendered once for all its leaders."""
    scope = membership.pk if membership.is_location_scoped else None
    key = (membership.organization_id, since, until, scope)
    hit = _rendered.get(key)
    if hit and time.monotonic() - hit[0] < RENDER_SECONDS:
        return hit[1]
    report = reports.executive_report(membership, since, until)
    parts = None
    if report.has_data:
        link = _link(report)
        parts = (
            subject(report),
            reports.render_text(report, link=link),
            reports.render_html(report, link=link),
            _pdf(report),
        )
    _rendered.clear()
    _rendered[key] = (time.monotonic(), parts)
    return parts


def _pdf(report: reports.Report) -> bytes | None:
    from servicegap.standards.pdf import PdfUnavailable

    try:
        return reports.render_pdf(report)
    except PdfUnavailable as error:
        log.warning("Digest of %s sent without its PDF: %s", report.organization.slug, error)
        return None


def build_message(
    membership: Membership, since: date, until: date
) -> EmailMultiAlternatives | None:
    """The e-mail of the member's report, or None for a period with no data."""
    parts = _parts(membership, since, until)
    if parts is None:
        return None
    title, text, html, pdf = parts
    message = EmailMultiAlternatives(
        title, text, settings.DEFAULT_FROM_EMAIL, [membership.user.email]
    )
    message.attach_alternative(html, "text/html")
    if pdf is not None:
        name = f"report-{membership.organization.slug}-{since}-{until}.pdf"
        message.attach(name, pdf, "application/pdf")
    return message


def subject(report: reports.Report) -> str:
    return one_line(
        _("[servicegap] %(name)s: report for %(since)s to %(until)s")
        % {"name": report.organization.name, "since": report.since, "until": report.until}
    )


def _link(report: reports.Report) -> str:
    name = "gap:dashboard" if report.is_own_locations else "gap:report"
    query = f"since={report.since.isoformat()}&until={report.until.isoformat()}"
    return f"{settings.SITE_URL}{reverse(name)}?{query}"


def due(now: datetime) -> list[tuple[Organization, date, date, list]]:
    """Each organisation whose digest is due now, with its period and recipients who
    have not had it yet."""
    found = []
    schedules = {s.organization_id: s for s in DigestSchedule.objects.select_related()}
    for organization in Organization.objects.order_by("pk"):
        schedule = schedules.get(organization.pk) or DigestSchedule(organization=organization)
        schedule.organization = organization
        if not schedule.is_due(now):
            continue
        since, until = schedule.last_period(timezone.localtime(now, organization.tz).date())
        done = set(
            Delivery.objects.filter(organization=organization, since=since, until=until)
            .exclude(status=Delivery.Status.FAILED)
            .values_list("user_id", flat=True)
        )
        people = [user for user in recipients(schedule) if user.pk not in done]
        if people:
            found.append((organization, since, until, people))
    return found
