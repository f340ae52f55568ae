"""Taking in customers' answers: the one path that the public form and the API share.

`receive()` stores a submission exactly once: a second POST with the same
`submission_id` (a retry, a double click, a replayed API call) returns the stored
response instead of adding one, also when both arrive at the same moment (the unique
constraint decides, on SQLite and PostgreSQL alike). Before storing, it applies the
rate limits per link and per client address, counted from the stored responses in the
same statement. Spam is stored, flagged with its reason, and counted nowhere. What
follows a new response (its comment analysed, an alert e-mailed, other apps told) is
`handoff.py`'s, never the customer's wait.
"""

from __future__ import annotations

import functools
import logging
import math
import re
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from django import forms
from django.conf import settings
from django.db import InterfaceError, OperationalError, connection, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from servicegap.core import network
from servicegap.feedback import handoff
from servicegap.feedback.forms import PS, question_fields, step_choices
from servicegap.feedback.models import PendingResponse, Question, Response, SurveyLink
from servicegap.feedback.spam import spam_reason
from servicegap.standards.models import JourneyStep

logger = logging.getLogger(__name__)


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


class Submission:
    """A submission as stored: its response, and whether this call stored it (False for
    a retry of one stored before)."""

    def __init__(self, response: Response | None, created: bool) -> None:
        self._response = response
        self.created = created

    @classmethod
    def new(
        cls, pk: int, values: dict[str, Any], link: SurveyLink, step: JourneyStep | None
    ) -> Submission:
        """Just stored: the response object is made only when someone asks for it."""
        submission = cls(None, created=True)
        submission._made = (pk, values, link, step)
        return submission

    @property
    def pk(self) -> int:
        """The stored response's id (without making the response object)."""
        return self._made[0] if self._response is None else self._response.pk

    @property
    def response(self) -> Response:
        if self._response is None:
            pk, values, link, step = self._made
            response = Response(pk=pk, **values)
            response._state.adding = False
            response.organization = link.organization
            response.link = link
            response.location = link.location
            response.survey = link.survey
            if step is not None:
                response.step = step
            self._response = response
        return self._response


@dataclass
class PublicLink:
    """What the public form needs of a link: the link (with its survey, location,
    organisation and its rules) and the survey's questions, read in two queries; the
    organisation's journey steps, read when first needed."""

    link: SurveyLink
    questions: list[Question]
    loaded_at: float
    # The rendered thank-you page per language: the same for every customer.
    thank_you_pages: dict[str, bytes] = field(default_factory=dict)
    # The rendered new form per language, and the placeholder of its submission key.
    form_pages: dict[str, tuple[bytes, bytes]] = field(default_factory=dict)
    _fields: dict[str, dict[str, forms.Field]] = field(default_factory=dict)
    _steps: list[JourneyStep] | None = None

    @functools.cached_property
    def offered(self) -> list[str]:
        """The languages the survey is offered in, its main language first."""
        return self.link.survey.offered_languages()

    def steps(self) -> list[JourneyStep]:
        """The journey steps a customer may name (read when drawn or answered)."""
        if self._steps is None:
            self._steps = list(
                JourneyStep.objects.filter(
                    organization_id=self.link.organization_id, is_active=True
                )
            )
        return self._steps

    def form_fields(self, language: str) -> dict[str, forms.Field]:
        """The public form's question fields in `language`, made once and shared by every
        form of this link (validating and drawing a form never changes its fields)."""
        if language not in self._fields:
            fields = question_fields(self.questions, language)
            if "step" in fields:
                fields["step"].choices = functools.partial(step_choices, self.steps)
            self._fields[language] = fields
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


_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,32}")


def open_link(token: str) -> PublicLink:
    """The open link with this token, or LinkUnavailable (404 unknown, 410 closed)."""
    if not _TOKEN.fullmatch(token):
        raise _unknown_link()
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


def forget_links_of_steps(sender: Any = None, **kwargs: Any) -> None:
    """Receiver of JourneyStep's saves and deletes: the public forms ask again."""
    forget_links()


def forget_links() -> None:
    """Drop this process's copies of links, after an edit to a survey, link or the rules."""
    _public_links.clear()


def _unknown_link() -> LinkUnavailable:
    return LinkUnavailable(
        404,
        _("This feedback link does not exist. Please check the address, or scan the code again."),
    )


def _load_link(token: str, now: float) -> PublicLink:
    found = list(
        SurveyLink.objects.select_related(
            "survey", "location", "organization__feedback_settings"
        ).filter(token=token)[:1]
    )
    if not found:
        raise _unknown_link()
    link = found[0]
    link.survey.organization = link.organization  # the survey's texts name it
    questions = list(link.survey.questions.all())
    for question in questions:
        question.survey = link.survey  # its texts fall back to the survey's language
    return PublicLink(link=link, questions=questions, loaded_at=now)


def client_address(request: HttpRequest) -> str:
    """The caller's address, read as every rate limit reads it (core/network.py)."""
    return network.client_address(request)


def client_key(address: str, now: float | None = None) -> str:
    """The client address as it is kept: a keyed hash that changes every day.

    Only the rate limits read it; it cannot be turned back into the address, and the
    same address gives a different key tomorrow.
    """
    now = time.time() if now is None else now
    day = int(now // 86400)
    return salted_hmac("servicegap.feedback.client", f"{day}:{address}").hexdigest()[:16]


# Is the limit-th newest response of this link, or of this client, inside the window?
# Each walk is bounded by its limit and served by its index (SQLite and PostgreSQL alike).
_LINK_FULL = (
    "EXISTS (SELECT 1 FROM {table} WHERE link_id = %s AND submitted_at >= %s"
    " ORDER BY submitted_at DESC LIMIT 1 OFFSET %s)"
)
_CLIENT_FULL = (
    "EXISTS (SELECT 1 FROM {table} WHERE client_key = %s AND submitted_at >= %s"
    " ORDER BY submitted_at DESC LIMIT 1 OFFSET %s)"
)


@dataclass(frozen=True)
class _Limits:
    """The rate limits as the INSERT checks them: this link's and this client's last
    `window` seconds may hold at most `per_link` and `per_client` responses."""

    link_id: int
    key: str
    since: datetime
    per_link: int
    per_client: int
    window: int

    @classmethod
    def now(cls, link: SurveyLink, key: str, now: float) -> _Limits:
        window = settings.FEEDBACK_RATE_WINDOW
        return cls(
            link_id=link.pk,
            key=key,
            since=datetime.fromtimestamp(now - window, tz=UTC),
            per_link=settings.FEEDBACK_MAX_PER_LINK,
            per_client=settings.FEEDBACK_MAX_PER_ADDRESS,
            window=window,
        )

    def params(self) -> list[Any]:
        since = connection.ops.adapt_datetimefield_value(self.since)
        return [
            *(self.link_id, since, self.per_link - 1),
            *(self.key, since, self.per_client - 1),
        ]


def check_rate_limits(link: SurveyLink, key: str, now: float | None = None) -> None:
    """RateLimited when this link, or this client, sent its limit of responses in the
    last `FEEDBACK_RATE_WINDOW` seconds (with when a place frees up).

    Counted from the stored responses themselves (a sliding window over two indexes):
    every server process sees the same numbers, and taking a response writes nothing
    but the response. `receive()` makes the same check inside its INSERT.
    """
    now = time.time() if now is None else now
    limits = _Limits.now(link, key, now)
    table = connection.ops.quote_name(Response._meta.db_table)
    sql = f"SELECT {_LINK_FULL}, {_CLIENT_FULL}".format(table=table)
    with connection.cursor() as cursor:
        cursor.execute(sql, limits.params())
        link_full, client_full = cursor.fetchone()
    if not (link_full or client_full):
        return
    recent = Response.objects.filter(submitted_at__gte=limits.since).order_by("-submitted_at")
    rows, limit = (
        (recent.filter(link=link), limits.per_link)
        if link_full
        else (recent.filter(client_key=key), limits.per_client)
    )
    # A place frees up when the limit-th newest response leaves the window.
    nth = list(rows.values_list("submitted_at", flat=True)[limit - 1 : limit])
    free_at = nth[0].timestamp() + limits.window if nth else now  # (it left in the meantime)
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

    One statement checks the limits, skips a submission already stored and inserts the
    response. A submission that was already stored is answered as stored, even when the
    limits have since been reached (a retry must not look like a loss).
    """
    now = time.time()
    key = client_key(address, now)
    return _store(
        link,
        answers,
        submission_id=submission_id,
        language=language,
        client_key=key,
        now=datetime.fromtimestamp(now, tz=UTC),
        limits=_Limits.now(link, key, now),
    )


def submit_response(
    link: SurveyLink,
    answers: dict[str, Any],
    *,
    submission_id: uuid.UUID,
    language: str,
    now: datetime | None = None,
    client_key: str = "",
) -> Submission:
    """Store a response once, with no rate limit (the demo, imports, tests).

    `answers` is `PublicResponseForm.answers()`: ratings {p: 1–5}, nps, effort, step,
    comment, contact_consent, contact, to_the_top, honeypot. `client_key` is the sender's
    `client_key()`, which the rate limits count.
    """
    return _store(
        link,
        answers,
        submission_id=submission_id,
        language=language,
        client_key=client_key,
        now=now or timezone.now(),
        limits=None,
    )


def _store(
    link: SurveyLink,
    answers: dict[str, Any],
    *,
    submission_id: uuid.UUID,
    language: str,
    client_key: str,
    now: datetime,
    limits: _Limits | None,
) -> Submission:
    reason = spam_reason(answers.get("comment", ""), answers.get("honeypot", ""))
    consent = bool(answers.get("contact_consent"))
    ratings = answers.get("ratings", {})
    step = answers.get("step")
    values = {
        "organization_id": link.organization_id,
        "code": uuid.uuid4(),
        "survey_id": link.survey_id,
        "link_id": link.pk,
        "location_id": link.location_id,
        "submitted_at": now,
        "language": language,
        "channel": link.channel,
        "table": link.table,
        "submission_id": submission_id,
        **{p: ratings.get(p) for p in PS},
        "nps": answers.get("nps"),
        "effort": answers.get("effort"),
        "step_id": step.pk if step is not None else None,
        "comment": answers.get("comment", ""),
        "contact_consent": consent,
        "contact": answers.get("contact", "") if consent else "",
        "to_the_top": bool(answers.get("to_the_top")),
        "spam": bool(reason),
        "spam_reason": reason,
        "alerted_at": None,
        "client_key": client_key,
        "customer_id": None,
    }
    queue = handoff.queued()
    for _attempt in range(2):
        pk = _insert(values, limits, queue=queue)
        if pk is not None:
            break
        # Not stored: the same submission_id was stored before (a retry, a double click,
        # or the other of two that arrived together), or a limit is reached.
        existing = Response.objects.filter(submission_id=submission_id).order_by().first()
        if existing is not None:
            return Submission(existing, created=False)
        if limits is not None:
            check_rate_limits(link, client_key, now.timestamp())
        # Neither any more (a place freed up in the meantime): once more.
    else:
        raise RateLimited(retry_after=1)
    submission = Submission.new(pk, values, link, step)
    handoff.stored(submission, queued=queue)
    return submission


_COLUMNS = tuple(field for field in Response._meta.concrete_fields if not field.primary_key)
# Values the database driver cannot take as they are (UUIDs, aware times).
_PREPARED = frozenset(
    field.attname
    for field in _COLUMNS
    if field.get_internal_type() in {"UUIDField", "DateTimeField", "DateField", "JSONField"}
)


@functools.cache
def _insert_sql(vendor: str, limited: bool, queue: bool) -> str:
    """The INSERT of one response: nothing when its submission_id is stored already or
    (`limited`) a rate limit is reached; with `queue`, its follow-up row too."""
    quote = connection.ops.quote_name
    table = quote(Response._meta.db_table)
    columns = ", ".join(quote(field.column) for field in _COLUMNS)
    steps = quote(JourneyStep._meta.db_table)

    def value(field: Any) -> str:
        # Typed, so that PostgreSQL need not guess the type of each value in a SELECT.
        given = f"CAST(%s AS {field.db_type(connection)})" if vendor == "postgresql" else "%s"
        if field.attname == "step_id":
            # A step removed or retired since the form was drawn (other server processes
            # keep links for a few seconds) is not stored; the other answers are.
            return f"(SELECT id FROM {steps} WHERE id = {given} AND is_active)"
        return given

    selected = ", ".join(value(field) for field in _COLUMNS)
    where = f"NOT {_LINK_FULL} AND NOT {_CLIENT_FULL}".format(table=table) if limited else "1 = 1"
    insert = (
        f"INSERT INTO {table} ({columns}) SELECT {selected} WHERE {where} "
        f"ON CONFLICT ({quote('submission_id')}) DO NOTHING"
    )
    if vendor != "postgresql":
        return insert  # the id from the cursor; the queue row in a second statement
    pending = quote(PendingResponse._meta.db_table)
    queued = (
        f", queued AS (INSERT INTO {pending} (response_id, attempts) SELECT id, 0 FROM new)"
        if queue
        else ""
    )
    return f"WITH new AS ({insert} RETURNING id){queued} SELECT id FROM new"


def _insert(values: dict[str, Any], limits: _Limits | None, *, queue: bool) -> int | None:
    """Insert the response (and its follow-up row); its id, or None when not inserted."""
    params = [
        field.get_db_prep_save(values[field.attname], connection)
        if field.attname in _PREPARED
        else values[field.attname]
        for field in _COLUMNS
    ]
    if limits is not None:
        params += limits.params()
    sql = _insert_sql(connection.vendor, limits is not None, queue)
    if connection.vendor == "postgresql":
        if connection.in_atomic_block:
            # A savepoint, so that a failed INSERT leaves a caller's transaction usable
            # (the statement bypasses Django's cursor, which would mark it otherwise).
            with transaction.atomic():
                return _insert_prepared(sql, params)
        return _insert_prepared(sql, params)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)
        if cursor.rowcount != 1:
            return None
        pk = cursor.lastrowid
        if queue:
            pending = connection.ops.quote_name(PendingResponse._meta.db_table)
            cursor.execute(f"INSERT INTO {pending} (response_id, attempts) VALUES (%s, 0)", [pk])
    return pk


def _insert_prepared(sql: str, params: list[Any]) -> int | None:
    """Run the INSERT as a prepared statement of this connection (PostgreSQL).

    Planning it, with its two look-ups of the rate limits, costs PostgreSQL as much as
    running it; prepared once per connection, each submission only runs it. One
    statement, committed on its own unless a caller's transaction is open.

    Django's health check of a kept connection (CONN_HEALTH_CHECKS: a `SELECT 1` before
    the request's first query) would double the customer's round trips to the database.
    Outside a transaction the statement is its own check instead: it is safe to run
    twice (`ON CONFLICT` on the submission id), so when the connection turns out to have
    died since its last use (the database restarted, a proxy dropped it), it is closed,
    opened again and the statement run once more.
    """
    if connection.in_atomic_block:
        connection.close_if_health_check_failed()
        return _run_prepared(sql, params)
    connection.health_check_done = True  # for this request: the statement checks
    try:
        return _run_prepared(sql, params)
    except (OperationalError, InterfaceError):
        raw = connection.connection
        if raw is not None and not (raw.broken or raw.closed):
            raise  # the database refused the statement itself: not a dead connection
        logger.info("feedback: the database connection had died; opening a new one")
        connection.close()
        return _run_prepared(sql, params)


def _run_prepared(sql: str, params: list[Any]) -> int | None:
    import psycopg

    connection.ensure_connection()
    connection.validate_no_broken_transaction()
    raw = connection.connection
    with connection.wrap_database_errors, psycopg.Cursor(raw) as cursor:
        if raw.prepare_threshold is None:
            # Django turns psycopg's prepared statements off (its own queries bind their
            # values on the client, which never prepares); this statement asks for it.
            raw.prepare_threshold = 5
        if not getattr(raw, "_servicegap_generic_plans", False):
            # One plan for each shape of submission (psycopg prepares one statement per
            # set of value types): the values never change the plan. Only statements
            # prepared on this connection follow the setting. Inside a transaction the
            # setting may be rolled back, so it is kept as done only outside one.
            cursor.execute("SET plan_cache_mode = force_generic_plan")
            raw._servicegap_generic_plans = not connection.in_atomic_block
        cursor.execute(sql, params, prepare=True)
        row = cursor.fetchone()
    return row[0] if row else None


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


def mark_spam(response: Response, spam: bool, *, by_email: str) -> None:
    """A manager's verdict on a response, from the response page or the API: spam (with
    who said so) or not spam."""
    if spam:
        flag_spam(response, reason=f"marked as spam by {by_email}")
    else:
        clear_spam(response)
