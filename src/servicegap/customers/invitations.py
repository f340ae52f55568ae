"""Survey invitations after a visit: one customer, one visit, one personal link.

A visit stored through the API, or by an import (new visits only), is invited when its
customer gave an e-mail address with consent, has not unsubscribed and their address
has not bounced; when the organisation turned invitations on; when the visit is not
older than the delay plus `late_hours`; and when the customer was not invited in the
last `every_days` (`schedule_visits`). The cap is claimed with a conditional UPDATE
of `Customer.next_invitation_at`, so two writers never invite one customer twice.

Every eligible customer gets the same invitation, whatever is known of their mood: the
organisation's text in the customer's language (one of the survey's), a personal link
and a one-click unsubscribe (`List-Unsubscribe` and `List-Unsubscribe-Post` headers,
and a link in the text). `send_due` (a scheduled task) claims due invitations with a
conditional UPDATE before sending, so none is sent twice; a mail server that is down
puts them back for later, an address the server refuses is marked bounced and never
tried again. An answer through the link belongs to that customer and that visit
(`record_answer`), and the pipeline then follows it up with the customer known.
"""

from __future__ import annotations

import contextlib
import logging
import smtplib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.db.models import Avg, Count, F, Q, Value
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from servicegap.core import stats
from servicegap.core.models import Membership, Organization
from servicegap.customers.models import (
    Customer,
    ImportRun,
    InvitationSettings,
    SurveyInvitation,
    Visit,
)
from servicegap.feedback import intake
from servicegap.feedback.models import Response, SurveyLink

logger = logging.getLogger(__name__)

BATCH = 500  # invitations claimed and sent at once
MAX_ATTEMPTS = 5  # sends that failed on the mail server before an invitation is given up
RETRY_AFTER = timedelta(minutes=15)  # times the attempt number
STALE_CLAIM = timedelta(minutes=30)  # still "being sent" this long after its claim: the sender died
STOPPED = "the sender stopped before this invitation was sent; tried again"
MIN_EVIDENCE = 5  # a response rate on fewer invitations is shown as "too few"

DEFAULT_TEXTS = {
    "en": {
        "subject": "How was your visit to {location}?",
        "message": "Thank you for coming to {location} on {date}. Would you tell us how it "
        "went? It takes a minute, and every answer is read.\n\n{organization}",
    },
    "fr": {
        "subject": "Comment s’est passée votre visite à {location} ?",
        "message": "Merci d’être venu à {location} le {date}. Pouvez-vous nous dire comment "
        "cela s’est passé ? Cela prend une minute, et chaque réponse est lue.\n\n{organization}",
    },
    "es": {
        "subject": "¿Qué tal su visita a {location}?",
        "message": "Gracias por venir a {location} el {date}. ¿Nos cuenta cómo fue? Es un "
        "minuto, y leemos cada respuesta.\n\n{organization}",
    },
}
FOOTER = {
    "en": "Your survey: {url}\nThis link works until {until}.\n\n"
    "No more surveys from us: {unsubscribe}",
    "fr": "Votre questionnaire : {url}\nCe lien fonctionne jusqu’au {until}.\n\n"
    "Ne plus recevoir de questionnaires : {unsubscribe}",
    "es": "Su encuesta: {url}\nEste enlace funciona hasta el {until}.\n\n"
    "No recibir más encuestas: {unsubscribe}",
}
PLACEHOLDERS = ("{location}", "{date}", "{organization}")


class InvitationUnusable(Exception):
    """A personal link that has run out or was answered already."""

    def __init__(self, message: Any) -> None:
        super().__init__(str(message))
        self.message = message


# The rules in words and in time ---------------------------------------------------------


def describe(rules: InvitationSettings) -> str:
    """The rules as a manager reads them."""
    if not rules.enabled:
        return "Customers are not invited to surveys after their visits (turned off)."
    hours, minutes = divmod(rules.delay_minutes, 60)
    if hours and minutes:
        delay = f"{hours} h {minutes} min"
    elif hours:
        delay = f"{hours} hour{'s' if hours != 1 else ''}"
    else:
        delay = f"{minutes} minutes"
    every = "a month" if rules.every_days == 30 else f"every {rules.every_days} days"
    if rules.every_days == 1:
        every = "a day"
    elif rules.every_days == 7:
        every = "a week"
    return (
        f"A customer is asked at most once {every}, {delay} after a visit, "
        f"between {rules.send_from:%H:%M} and {rules.send_until:%H:%M}; "
        f"the link works for {rules.valid_days} days. Visits more than "
        f"{rules.late_hours} hours past that delay are not invited."
    )


def first_moment(rules: InvitationSettings, after: datetime, tz) -> datetime:
    """The first moment from `after` inside the sending hours, in the organisation's
    time zone (never in its quiet hours)."""
    local = after.astimezone(tz)
    if local.time() < rules.send_from:
        return datetime.combine(local.date(), rules.send_from, tzinfo=tz)
    if local.time() > rules.send_until:
        return datetime.combine(local.date() + timedelta(days=1), rules.send_from, tzinfo=tz)
    return after


def why_not(customer: Customer) -> str:
    """Why the customer may not be invited ("" when they may)."""
    if not customer.contact_consent:
        return "no consent to be contacted"
    if "@" not in customer.contact:
        return "no e-mail address"
    if customer.unsubscribed_at:
        return "unsubscribed"
    if customer.email_bounced_at:
        return "their address bounced"
    return ""


# Scheduling ---------------------------------------------------------------------------


def schedule_visits(
    organization: Organization, visits: Iterable[Visit], *, now: datetime | None = None
) -> list[SurveyInvitation]:
    """Schedule an invitation for each new visit that may have one (see the module);
    the invitations made. `visits` carry their customer; they are taken oldest first."""
    rules = InvitationSettings.for_organization(organization)
    if not rules.enabled:
        return []
    now = now or timezone.now()
    tz = organization.tz
    delay = timedelta(minutes=rules.delay_minutes)
    links: dict[int, SurveyLink | None] = {}
    made = []
    with transaction.atomic():
        for visit in sorted(visits, key=lambda v: (v.visited_at, v.pk)):
            if why_not(visit.customer):
                continue
            if visit.visited_at + delay + timedelta(hours=rules.late_hours) < now:
                continue  # too far in the past
            if visit.location_id not in links:
                links[visit.location_id] = survey_link(visit.location_id)
            link = links[visit.location_id]
            if link is None:
                continue
            send_after = first_moment(rules, max(visit.visited_at + delay, now), tz)
            if not _claim_cap(visit.customer_id, send_after, rules.every_days):
                continue  # invited lately (or another visit of the day was)
            made.append(
                SurveyInvitation(
                    organization=organization,
                    customer=visit.customer,
                    visit=visit,
                    location_id=visit.location_id,
                    link=link,
                    channel=visit.channel,
                    language=visit.customer.language,
                    email=visit.customer.contact,
                    send_after=send_after,
                    created_at=now,
                )  # fmt: skip
            )
        SurveyInvitation.objects.bulk_create(made, batch_size=1000)
    return made


def _claim_cap(customer_id: int, send_after: datetime, every_days: int) -> bool:
    """Move the customer's next allowed invitation past this one, only if this one is
    allowed: of two writers, the one whose UPDATE matched invites."""
    return (
        Customer.all_objects.filter(pk=customer_id)
        .filter(Q(next_invitation_at=None) | Q(next_invitation_at__lte=send_after))
        .update(next_invitation_at=send_after + timedelta(days=every_days))
        == 1
    )


def survey_link(location_id: int) -> SurveyLink | None:
    """The open survey link an invitation to this location answers through: the
    location's e-mail link first, else its first open link."""
    links = SurveyLink.objects.open().filter(location_id=location_id).select_related("survey")
    email = SurveyLink.Channel.EMAIL
    return links.filter(channel=email).first() or links.order_by("pk").first()


def schedule_for_import(run: ImportRun, *, now: datetime | None = None) -> int:
    """Invitations for the visits an import added (never for visits it found stored);
    how many were scheduled."""
    organization = run.organization
    rules = InvitationSettings.for_organization(organization)
    if not rules.enabled:
        return 0
    now = now or timezone.now()
    oldest = now - timedelta(minutes=rules.delay_minutes, hours=rules.late_hours)
    visits = (
        Visit.all_objects.filter(organization=organization, import_run=run, visited_at__gte=oldest)
        .filter(
            customer__contact_consent=True,
            customer__contact__contains="@",
            customer__unsubscribed_at=None,
            customer__email_bounced_at=None,
        )
        .select_related("customer")
    )
    return len(schedule_visits(organization, visits.iterator(chunk_size=2000), now=now))


# Sending ------------------------------------------------------------------------------


def send_due(now: datetime | None = None, *, batches: int = 100) -> dict[str, int]:
    """Send the invitations that are due, a claimed batch at a time; counts by outcome.
    A batch stops at the first mail-server failure: the rest wait for the next run."""
    counts = {"sent": 0, "bounced": 0, "retry": 0, "failed": 0, "cancelled": 0}
    for _batch in range(batches):
        now_ = now or timezone.now()
        claimed = _claim(now_)
        if not claimed:
            break
        down = _send_batch(claimed, now_, counts)
        if down or len(claimed) < BATCH:
            break
    return counts


def _claim(now: datetime) -> list[SurveyInvitation]:
    """Up to BATCH due invitations, each moved from scheduled to being sent by its own
    conditional UPDATE (in one transaction): of two senders, only the one whose UPDATE
    matched sends it, on SQLite and PostgreSQL alike. Invitations a killed sender left
    "being sent" are scheduled again first (`release_stale`)."""
    release_stale(now)
    ids = list(
        SurveyInvitation.objects.due(now)
        .order_by("send_after")
        .values_list("pk", flat=True)[:BATCH]
    )
    sending = SurveyInvitation.Status.SENDING
    with transaction.atomic():
        mine = [
            pk
            for pk in ids
            if SurveyInvitation.objects.filter(
                pk=pk, status=SurveyInvitation.Status.SCHEDULED
            ).update(status=sending, claimed_at=now)
        ]
    return list(
        SurveyInvitation.objects.filter(pk__in=mine).select_related(
            "customer", "visit", "location", "link__survey", "organization"
        )
    )


def release_stale(now: datetime) -> int:
    """Invitations still "being sent" STALE_CLAIM after their claim belong to a sender that
    was killed: scheduled again now, as an attempt (given up after MAX_ATTEMPTS, so an
    invitation that kills its sender every time is not tried for ever). Each invitation is
    marked sent as soon as the mail server took it, so at most the one in flight when the
    sender died can go out twice. How many were released."""
    status = SurveyInvitation.Status
    stale = SurveyInvitation.objects.filter(status=status.SENDING, claimed_at__lt=now - STALE_CLAIM)
    given_up = stale.filter(attempts__gte=MAX_ATTEMPTS - 1).update(
        status=status.FAILED, attempts=F("attempts") + 1, last_error=STOPPED
    )
    again = stale.update(
        status=status.SCHEDULED, attempts=F("attempts") + 1, last_error=STOPPED, send_after=now
    )
    if given_up or again:
        logger.warning("invitations: %d left by a stopped sender taken again", given_up + again)
    return given_up + again


def _send_batch(claimed: Sequence[SurveyInvitation], now: datetime, counts: dict) -> bool:
    """Send the claimed invitations through one connection; whether the server is down."""
    rules_of: dict[int, InvitationSettings] = {}
    status = SurveyInvitation.Status
    connection = mail.get_connection()
    try:
        connection.open()
        down = ""
    except Exception as error:  # the server cannot be reached: every one tried later
        logger.warning("invitations: mail server unreachable (%r); tried again later", error)
        down = repr(error)[:300]
        for invitation in claimed:
            counts["failed" if _release(invitation, down, now) else "retry"] += 1
        return True
    try:
        for invitation in claimed:
            if down:
                _release(invitation, down, now, counted=False)
                counts["retry"] += 1
                continue
            reason = why_not(invitation.customer)
            if reason or invitation.customer.contact != invitation.email:
                _set(invitation, status=status.CANCELLED, last_error=reason or "address changed")
                counts["cancelled"] += 1
                continue
            organization = invitation.organization
            if organization.pk not in rules_of:
                rules_of[organization.pk] = InvitationSettings.for_organization(organization)
            try:
                connection.send_messages([message(invitation, rules_of[organization.pk], now)])
            except smtplib.SMTPRecipientsRefused as error:
                _bounce(invitation, repr(error), now)
                counts["bounced"] += 1
            except Exception as error:
                logger.warning("invitations: mail server failed (%r); tried again later", error)
                down = repr(error)[:300]
                counts["failed" if _release(invitation, down, now) else "retry"] += 1
            else:
                # Marked at once: a sender killed later must not send this one again.
                valid = timedelta(days=rules_of[organization.pk].valid_days)
                _set(
                    invitation,
                    status=status.SENT,
                    sent_at=now,
                    expires_at=now + valid,
                    last_error="",
                )
                counts["sent"] += 1
    finally:
        with contextlib.suppress(Exception):
            connection.close()
    return bool(down)


def _set(invitation: SurveyInvitation, **changes: Any) -> None:
    SurveyInvitation.objects.filter(pk=invitation.pk).update(**changes)


def _release(invitation: SurveyInvitation, why: str, now: datetime, *, counted=True) -> bool:
    """Back to scheduled, tried again later; given up after MAX_ATTEMPTS (True)."""
    attempts = invitation.attempts + (1 if counted else 0)
    if attempts >= MAX_ATTEMPTS:
        _set(invitation, status=SurveyInvitation.Status.FAILED, attempts=attempts, last_error=why)
        return True
    _set(
        invitation,
        status=SurveyInvitation.Status.SCHEDULED,
        attempts=attempts,
        last_error=why,
        send_after=now + RETRY_AFTER * max(attempts, 1),
    )
    return False


def _bounce(invitation: SurveyInvitation, why: str, now: datetime) -> None:
    """The server refused the address: marked, shown to managers, never tried again."""
    _set(invitation, status=SurveyInvitation.Status.BOUNCED, last_error=why[:300])
    Customer.all_objects.filter(pk=invitation.customer_id, email_bounced_at=None).update(
        email_bounced_at=now
    )


def language_of(invitation: SurveyInvitation) -> str:
    """The customer's language when the survey offers it, else the survey's own."""
    offered = invitation.link.survey.offered_languages()
    return invitation.language if invitation.language in offered else offered[0]


def texts(rules: InvitationSettings, language: str) -> dict[str, str]:
    """The organisation's subject and message in `language` (the default where blank)."""
    default = DEFAULT_TEXTS.get(language, DEFAULT_TEXTS["en"])
    own = (rules.texts or {}).get(language) or {}
    return {key: (own.get(key) or "").strip() or default[key] for key in ("subject", "message")}


def _fill(text: str, values: dict[str, str]) -> str:
    for placeholder in PLACEHOLDERS:
        text = text.replace(placeholder, values[placeholder[1:-1]])
    return text


def message(
    invitation: SurveyInvitation, rules: InvitationSettings, now: datetime
) -> mail.EmailMessage:
    """The invitation e-mail, with both unsubscribe headers (RFC 2369, RFC 8058)."""
    language = language_of(invitation)
    tz = invitation.organization.tz
    with translation.override(language):
        day = date_format(timezone.localtime(invitation.visit.visited_at, tz), "j F")
        until = date_format(timezone.localtime(now + timedelta(days=rules.valid_days), tz), "j F")
    values = {"location": invitation.location.name, "date": day,
              "organization": invitation.organization.name}  # fmt: skip
    wording = texts(rules, language)
    unsubscribe = invitation.unsubscribe_url()
    footer = FOOTER.get(language, FOOTER["en"]).format(
        url=f"{invitation.public_url()}?lang={language}", until=until, unsubscribe=unsubscribe
    )
    return mail.EmailMessage(
        subject=_fill(wording["subject"], values).replace("\n", " ")[:200],
        body=f"{_fill(wording['message'], values)}\n\n{footer}\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[invitation.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Content-Language": language,
        },
    )


# The customer's side: the link, the answer, unsubscribing -----------------------------


def find(token: str) -> SurveyInvitation | None:
    """The sent invitation with this token, or None."""
    if not token or len(token) > 48:
        return None
    return (
        SurveyInvitation.objects.filter(token=token, sent_at__isnull=False)
        .select_related("organization", "customer", "visit", "link__survey", "location")
        .first()
    )


def check_usable(invitation: SurveyInvitation, now: datetime | None = None) -> None:
    """Raise InvitationUnusable for a link that was answered or has run out."""
    now = now or timezone.now()
    if invitation.responded_at is not None:
        raise InvitationUnusable(_("This survey link was already used to answer. Thank you!"))
    if invitation.expires_at is None or invitation.expires_at <= now:
        raise InvitationUnusable(_("This survey link has run out."))


def mark_opened(invitation: SurveyInvitation, now: datetime | None = None) -> None:
    SurveyInvitation.objects.filter(pk=invitation.pk, opened_at=None).update(
        opened_at=now or timezone.now()
    )


def record_answer(
    invitation: SurveyInvitation,
    answers: dict[str, Any],
    *,
    submission_id: uuid.UUID,
    language: str,
    address: str,
    now: datetime | None = None,
) -> intake.Submission:
    """Store the answers through the invitation's survey link, once, as the answer of
    its customer about its visit. The same submission sent again is answered as stored;
    another answer through a used or run-out link raises InvitationUnusable."""
    now = now or timezone.now()
    with transaction.atomic():
        claimed = SurveyInvitation.objects.filter(
            pk=invitation.pk, responded_at=None, expires_at__gt=now
        ).update(responded_at=now, opened_at=Coalesce(F("opened_at"), Value(now)))
        if not claimed:
            stored = Response.objects.filter(
                survey_invitation__pk=invitation.pk, submission_id=submission_id
            ).first()
            if stored is not None:
                return intake.Submission(stored, created=False)
            invitation.refresh_from_db(fields=["responded_at", "expires_at"])
            check_usable(invitation, now)
            raise InvitationUnusable(_("This survey link has run out."))
        submission = intake.receive(
            invitation.link, answers, submission_id=submission_id, language=language,
            address=address,
        )  # fmt: skip
        Response.objects.filter(pk=submission.pk).update(customer_id=invitation.customer_id)
        SurveyInvitation.objects.filter(pk=invitation.pk).update(response_id=submission.pk)
    return submission


def unsubscribe(invitation: SurveyInvitation, now: datetime | None = None) -> None:
    """The customer asked for no more surveys: recorded for good, and their scheduled
    invitations cancelled."""
    now = now or timezone.now()
    with transaction.atomic():
        Customer.all_objects.filter(pk=invitation.customer_id, unsubscribed_at=None).update(
            unsubscribed_at=now
        )
        SurveyInvitation.objects.filter(pk=invitation.pk, unsubscribed_at=None).update(
            unsubscribed_at=now
        )
        SurveyInvitation.objects.filter(
            customer_id=invitation.customer_id, status=SurveyInvitation.Status.SCHEDULED
        ).update(status=SurveyInvitation.Status.CANCELLED, last_error="unsubscribed")


# Response rates ------------------------------------------------------------------------


@dataclass
class RateRow:
    location: str
    channel: str  # its label, as the page shows it
    month: datetime
    sent: int
    opened: int
    responded: int
    rate: stats.Estimate
    location_code: uuid.UUID | None = None
    channel_value: str = ""  # as stored: in_store, takeaway...


def rates(invitations, tz) -> list[RateRow]:
    """Sent, opened and answered invitations per location, visit channel and month of
    sending, with the response rate's Wilson interval (too few under MIN_EVIDENCE)."""
    reached = [SurveyInvitation.Status.SENT]
    rows = (
        invitations.filter(status__in=reached)
        .annotate(month=TruncMonth("sent_at", tzinfo=tz))
        .values("location__name", "location__code", "channel", "month")
        .annotate(
            sent=Count("pk"),
            opened=Count("pk", filter=Q(opened_at__isnull=False)),
            responded=Count("pk", filter=Q(response__isnull=False)),
        )
        .order_by("-month", "location__name", "channel")
    )
    labels = dict(Visit.Channel.choices)
    return [
        RateRow(
            location=row["location__name"],
            channel=str(labels.get(row["channel"], row["channel"])),
            month=row["month"],
            sent=row["sent"],
            opened=row["opened"],
            responded=row["responded"],
            rate=response_rate(row["responded"], row["sent"]),
            location_code=row["location__code"],
            channel_value=row["channel"],
        )
        for row in rows
    ]


def response_rate(responded: int, sent: int) -> stats.Estimate:
    """The share answered (0–100) with Wilson's interval; each invitation weighs 1."""
    return stats.wilson(responded, sent, sent, n=sent, minimum=MIN_EVIDENCE)


@dataclass
class Group:
    customers: int
    visits_per_customer: float | None
    spend_per_visit: float | None


@dataclass
class Comparison:
    invited: Group
    responders: Group
    notes: list[str]


def responders_compared(invitations, *, since: datetime) -> Comparison:
    """Customers invited against those who answered: visits since `since` per customer
    and spend per visit; a note for each that differs by more than a fifth."""
    sent = invitations.filter(status=SurveyInvitation.Status.SENT)
    invited = _group(sent.values("customer_id"), since)
    answered = _group(sent.filter(response__isnull=False).values("customer_id"), since)
    notes = []
    pairs = [
        ("visits_per_customer", "came {a:.1f} times since {since} against {b:.1f}"),
        ("spend_per_visit", "spent {a:.2f} a visit against {b:.2f}"),
    ]
    for attribute, words in pairs:
        a, b = getattr(answered, attribute), getattr(invited, attribute)
        if a is None or b is None or not b or answered.customers < MIN_EVIDENCE:
            continue
        if not 0.8 <= a / b <= 1.25:
            notes.append(
                "Customers who answered "
                + words.format(a=a, b=b, since=f"{since:%d %b %Y}")
                + " for all customers invited: do not read the few as the many."
            )
    return Comparison(invited=invited, responders=answered, notes=notes)


def _group(customer_ids, since: datetime) -> Group:
    visits = Visit.objects.filter(customer_id__in=customer_ids, visited_at__gte=since)
    found = visits.aggregate(
        customers=Count("customer_id", distinct=True), visits=Count("pk"), spend=Avg("amount")
    )
    customers = found["customers"]
    return Group(
        customers=customers,
        visits_per_customer=found["visits"] / customers if customers else None,
        spend_per_visit=float(found["spend"]) if found["spend"] is not None else None,
    )


# What Customers → Invitations shows, and its settings -----------------------------------

OVERVIEW_MONTHS = 12
PROBLEMS_SHOWN = 50


@dataclass
class Overview:
    rules: str  # the rules in words
    since: datetime  # rates and the comparison count invitations sent since then
    rows: list[RateRow]
    comparison: Comparison
    scheduled: int  # invitations waiting to be sent
    problems: Any  # the latest bounced or failed invitations, newest first


def overview(member: Membership, *, now: datetime | None = None) -> Overview:
    """The rules in words, response rates per location, channel and month (with their
    intervals), how responders differ from those invited, and the addresses that
    bounced: of the invitations of the member's locations (the page's and the API's)."""
    since = (now or timezone.now()) - timedelta(days=31 * OVERVIEW_MONTHS)
    mine = SurveyInvitation.objects.for_member(member)
    recent = mine.filter(sent_at__gte=since)
    problems = (
        mine.filter(status__in=[SurveyInvitation.Status.BOUNCED, SurveyInvitation.Status.FAILED])
        .select_related("customer", "location")
        .order_by("-send_after", "-pk")[:PROBLEMS_SHOWN]
    )
    return Overview(
        rules=describe(InvitationSettings.for_organization(member.organization)),
        since=since,
        rows=rates(recent, member.organization.tz),
        comparison=responders_compared(recent, since=since),
        scheduled=mine.filter(status=SurveyInvitation.Status.SCHEDULED).count(),
        problems=problems,
    )


def save_settings(organization: Organization, form) -> InvitationSettings:
    """Store a valid `InvitationSettingsForm` as the organisation's rules and texts.
    update_or_create, not the form's save: two owners saving the first settings at the
    same moment must not both insert the organisation's one row."""
    fields = {name: form.cleaned_data[name] for name in form.Meta.fields}
    found, _created = InvitationSettings.objects.update_or_create(
        organization=organization, defaults={**fields, "texts": form.texts()}
    )
    return found
