"""Taking in customers' answers: the one path that the public form and the API share.

`receive()` stores a submission exactly once: a second POST with the same
`submission_id` (a retry, a double click, a replayed API call) returns the stored
response instead of adding one, also when both arrive at the same moment (the unique
constraint decides, on SQLite and PostgreSQL alike). Before storing, it applies the
rate limits per link and per client address, counted in the cache that every server
process shares. Spam is stored, flagged with its reason, and counted nowhere.
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from django import forms
from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from servicegap.core.models import P
from servicegap.feedback import alerts, signals
from servicegap.feedback.forms import question_fields
from servicegap.feedback.models import (
    Question,
    Response,
    SurveyLink,
    response_kwargs_from_link,
)
from servicegap.feedback.spam import spam_reason
from servicegap.standards.models import JourneyStep


class LinkUnavailable(Exception):
    """A token that leads nowhere (404) or to a link that is closed (410)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class RateLimited(Exception):
    """Too many submissions through one link or from one address in the current window."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"rate limited; retry after {retry_after} s")
        self.retry_after = retry_after


@dataclass(frozen=True)
class Submission:
    response: Response
    created: bool


@dataclass
class PublicLink:
    """What the public form needs of a link: the link (with its survey, location,
    organisation and its rules) and the survey's questions, read in two queries."""

    link: SurveyLink
    questions: list[Question]
    loaded_at: float
    # The rendered thank-you page per language: the same for every customer.
    thank_you_pages: dict[str, bytes] = field(default_factory=dict)
    _fields: dict[str, dict[str, forms.Field]] = field(default_factory=dict)

    def form_fields(self, language: str) -> dict[str, forms.Field]:
        """The public form's question fields in `language`, made once (forms copy them)."""
        if language not in self._fields:
            self._fields[language] = question_fields(self.questions, language)
        return self._fields[language]

    @property
    def is_open(self) -> bool:
        link = self.link
        return link.is_active and link.survey.is_active and link.location.is_active


# token → PublicLink. Links change rarely and are read on every submission, so each
# server process keeps what it read for FEEDBACK_LINK_CACHE_SECONDS: an edit made through
# another process reaches the public form after at most that long, one made in this
# process at once (`forget_links`).
_public_links: dict[str, PublicLink] = {}
MAX_CACHED_LINKS = 5000


def open_link(token: str) -> PublicLink:
    """The open link with this token, or LinkUnavailable (404 unknown, 410 closed)."""
    now = time.monotonic()
    public = _public_links.get(token)
    if public is None or now - public.loaded_at >= settings.FEEDBACK_LINK_CACHE_SECONDS:
        public = _load_link(token, now)
        if len(_public_links) >= MAX_CACHED_LINKS:
            _public_links.clear()
        _public_links[token] = public
    if not public.is_open:
        raise LinkUnavailable(
            410, _("This feedback link is no longer in use. Thank you for wanting to tell us!")
        )
    return public


def forget_links() -> None:
    """Drop this process's copies of links, after an edit to a survey, link or the rules."""
    _public_links.clear()


def _load_link(token: str, now: float) -> PublicLink:
    found = list(
        SurveyLink.objects.select_related(
            "survey", "location", "organization__feedback_settings"
        ).filter(token=token[:32])[:1]
    )
    if not found:
        raise LinkUnavailable(
            404,
            _(
                "This feedback link does not exist. Please check the address, or scan the code again."
            ),
        )
    link = found[0]
    link.survey.organization = link.organization  # the survey's texts name it
    questions = list(link.survey.questions.all())
    for question in questions:
        question.survey = link.survey  # its texts fall back to the survey's language
    return PublicLink(link=link, questions=questions, loaded_at=now)


def steps_for(link: SurveyLink) -> Callable[[], list[JourneyStep]]:
    """The journey steps a customer may name, read only when needed (drawn or answered)."""
    found: list[list[JourneyStep]] = []

    def steps() -> list[JourneyStep]:
        if not found:
            found.append(
                list(
                    JourneyStep.objects.filter(organization_id=link.organization_id, is_active=True)
                )
            )
        return found[0]

    return steps


def client_address(request: HttpRequest) -> str:
    """The caller's address; behind a trusted proxy, the one it saw (last X-Forwarded-For)."""
    if settings.FEEDBACK_TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return request.META.get("REMOTE_ADDR", "")


def client_key(address: str, now: float | None = None) -> str:
    """The client address as it is kept: a keyed hash that changes every day.

    Only the rate limits read it; it cannot be turned back into the address, and the
    same address gives a different key tomorrow.
    """
    now = time.time() if now is None else now
    day = int(now // 86400)
    return salted_hmac("servicegap.feedback.client", f"{day}:{address}").hexdigest()[:16]


# Is the limit-th newest response of this link, and of this client, inside the window?
# One round trip over the two indexes, each walk bounded by its limit (SQLite and
# PostgreSQL alike); the ORM builds the rare follow-up that says when a place frees up.
_RATE_SQL = """
SELECT
  (SELECT 1 FROM {table} WHERE link_id = %s AND submitted_at >= %s
   ORDER BY submitted_at DESC LIMIT 1 OFFSET %s),
  (SELECT 1 FROM {table} WHERE client_key = %s AND submitted_at >= %s
   ORDER BY submitted_at DESC LIMIT 1 OFFSET %s)
"""


def check_rate_limits(link: SurveyLink, key: str, now: float | None = None) -> None:
    """RateLimited when this link, or this client, sent its limit of responses in the
    last `FEEDBACK_RATE_WINDOW` seconds.

    Counted from the stored responses themselves (a sliding window over two indexes):
    every server process sees the same numbers, and taking a response writes nothing
    but the response.
    """
    now = time.time() if now is None else now
    window = settings.FEEDBACK_RATE_WINDOW
    since = datetime.fromtimestamp(now - window, tz=UTC)
    per_link, per_client = settings.FEEDBACK_MAX_PER_LINK, settings.FEEDBACK_MAX_PER_ADDRESS
    adapted = connection.ops.adapt_datetimefield_value(since)
    with connection.cursor() as cursor:
        cursor.execute(
            _RATE_SQL.format(table=connection.ops.quote_name(Response._meta.db_table)),
            [link.pk, adapted, per_link - 1, key, adapted, per_client - 1],
        )
        link_full, client_full = cursor.fetchone()
    if not (link_full or client_full):
        return
    recent = Response.objects.filter(submitted_at__gte=since).order_by("-submitted_at")
    rows, limit = (
        (recent.filter(link=link), per_link)
        if link_full
        else (recent.filter(client_key=key), per_client)
    )
    # A place frees up when the limit-th newest response leaves the window.
    nth = list(rows.values_list("submitted_at", flat=True)[limit - 1 : limit])
    free_at = nth[0].timestamp() + window if nth else now  # (it left in the meantime)
    raise RateLimited(retry_after=max(1, math.ceil(free_at - now)))


def receive(
    link: SurveyLink,
    answers: dict[str, Any],
    *,
    submission_id: uuid.UUID,
    language: str,
    address: str,
) -> Submission:
    """Store validated answers once, within the rate limits; return the stored response.

    A submission that was already stored is answered as stored, even when the limits
    have since been reached (a retry must not look like a loss).
    """
    key = client_key(address)
    try:
        check_rate_limits(link, key)
    except RateLimited:
        existing = Response.objects.filter(submission_id=submission_id).order_by().first()
        if existing is not None:
            return Submission(existing, created=False)
        raise
    return submit_response(
        link, answers, submission_id=submission_id, language=language, client_key=key
    )


def submit_response(
    link: SurveyLink,
    answers: dict[str, Any],
    *,
    submission_id: uuid.UUID,
    language: str,
    now: Any = None,
    client_key: str = "",
) -> Submission:
    """Write the response (one INSERT that commits on its own); alert if needed.

    `answers` is `PublicResponseForm.answers()`: ratings {p: 1–5}, nps, effort, step,
    comment, contact_consent, contact, honeypot. `client_key` is the sender's
    `client_key()`, which the rate limits count.
    """
    now = now or timezone.now()
    reason = spam_reason(answers.get("comment", ""), answers.get("honeypot", ""))
    consent = bool(answers.get("contact_consent"))
    ratings = answers.get("ratings", {})
    response = Response(
        **response_kwargs_from_link(link),
        submission_id=submission_id,
        submitted_at=now,
        language=language,
        **{p: ratings.get(p) for p in P.values},
        nps=answers.get("nps"),
        effort=answers.get("effort"),
        step=answers.get("step"),
        comment=answers.get("comment", ""),
        contact_consent=consent,
        contact=answers.get("contact", "") if consent else "",
        spam=bool(reason),
        spam_reason=reason,
        client_key=client_key,
    )
    try:
        if connection.in_atomic_block:
            # A savepoint inside a caller's transaction: a duplicate must not spoil it.
            with transaction.atomic():
                response.save(force_insert=True)
        else:
            response.save(force_insert=True)  # one INSERT commits on its own
    except IntegrityError:
        # The same submission_id won a race with this one: the stored one stands.
        existing = Response.objects.filter(submission_id=submission_id).order_by().first()
        if existing is None:
            raise
        return Submission(existing, created=False)
    alerts.alert_if_needed(response)
    transaction.on_commit(
        lambda: signals.response_received.send(sender=Response, response=response)
    )
    return Submission(response, created=True)


def flag_spam(response: Response, *, reason: str) -> None:
    """Mark a response as spam (kept, left out of every score), with why.

    The comment-analysis app calls this too, with its own reason.
    """
    reason = reason.strip()[:200] or "spam"
    Response.objects.filter(pk=response.pk).update(spam=True, spam_reason=reason)
    response.spam, response.spam_reason = True, reason


def clear_spam(response: Response) -> None:
    """Count a response again: it was not spam after all."""
    Response.objects.filter(pk=response.pk).update(spam=False, spam_reason="")
    response.spam, response.spam_reason = False, ""
