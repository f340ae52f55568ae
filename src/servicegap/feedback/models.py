"""The Experienced lens: what customers say.

A `Survey` is a set of `Question`s (at most one per kind) with its texts in several
languages. A `SurveyLink` puts a survey in front of customers at one location (a QR
code on a table, a receipt, a delivery text) under an unguessable token: `/s/<token>/`.

Each answer sheet is one `Response` row, with its 1–5 rating of each P in a column of
its own (`people`, `process`, `product`), beside the location, journey step, time, NPS
and spam flag. The Experienced lens (score per location × P × journey step × period)
and NPS are then one GROUP BY over responses, with no join, on SQLite and PostgreSQL
alike, served by one covering index; a submission is one INSERT. Spam is kept and
flagged, never counted: every score filters `spam=False`, which the index is built for.
"""

from __future__ import annotations

import re
import secrets
import uuid
from typing import Any

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from servicegap.core.models import (
    LocationScopedQuerySet,
    Organization,
    OrgOwned,
    OrgQuerySet,
    P,
)
from servicegap.standards.models import JourneyStep

# A score resting on fewer answers than this is shown as "few answers".
MIN_EVIDENCE = 5
COMMENT_MAX_LENGTH = 2000
CONTACT_MAX_LENGTH = 120


def language_choices() -> list[tuple[str, str]]:
    """The site's languages, each named in itself (English, Français, Español)."""
    return [
        (code, LANG_INFO.get(code, {}).get("name_local", str(name)).capitalize())
        for code, name in settings.LANGUAGES
    ]


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def in_language(text: Any, language: str) -> str:
    """A lazy translation in `language` (switching languages only when needed)."""
    if translation.get_language() == language:
        return str(text)
    with translation.override(language):
        return str(text)


class FeedbackSettings(OrgOwned):
    """One organisation's rules for feedback alerts, and its public review page."""

    # One per organisation, reachable from it in the same query as a survey link
    # (select_related("organization__feedback_settings")): the public form reads it.
    organization = models.OneToOneField(
        Organization, on_delete=models.CASCADE, related_name="feedback_settings"
    )
    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    alert_on_detractor = models.BooleanField(
        _("e-mail managers about detractors"),
        default=True,
        help_text=_("A customer who answers 0 to 6 to “would you recommend us?”."),
    )
    alert_rating_at_or_below = models.PositiveSmallIntegerField(
        _("e-mail managers about ratings at or below"),
        default=2,
        validators=[MinValueValidator(0), MaxValueValidator(5)],
        help_text=_("On the 1–5 scale of each P; 0 turns these e-mails off."),
    )
    review_url = models.URLField(
        _("public review page"),
        blank=True,
        help_text=_(
            "Every customer who answers is invited to also post a public review here, "
            "whatever their score. Leave empty to invite nobody."
        ),
    )

    objects = OrgQuerySet.as_manager()

    class Meta:
        verbose_name = _("feedback settings")
        verbose_name_plural = _("feedback settings")
        constraints = [
            models.CheckConstraint(
                condition=Q(alert_rating_at_or_below__range=(0, 5)),
                name="feedback_feedbacksettings_threshold_range",
                violation_error_message=_("The threshold is a whole number from 0 to 5."),
            ),
        ]

    def __str__(self) -> str:
        return f"Feedback settings of {self.organization_id}"

    @classmethod
    def for_organization(cls, organization: Organization) -> FeedbackSettings:
        """The organisation's settings; the defaults when it never saved any (not stored).

        No query when the organisation was loaded with its settings (select_related).
        """
        try:
            return organization.feedback_settings
        except cls.DoesNotExist:
            return cls(organization=organization)


class Survey(OrgOwned):
    """The questions customers are asked, and the texts around them, in several languages.

    `title`, `intro` and `thank_you` are in `default_language`; `translations` holds the
    same texts in other languages, as {"fr": {"title": "…", "intro": "…", "thank_you":
    "…"}}. An empty text falls back to servicegap's own wording in the customer's language.
    """

    TEXT_FIELDS = ("title", "intro", "thank_you")

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(
        _("name"), max_length=120, help_text=_("For you and your team; customers do not see it.")
    )
    title = models.CharField(_("title"), max_length=160, blank=True)
    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    thank_you = models.TextField(_("thank-you message"), max_length=600, blank=True)
    default_language = models.CharField(_("main language"), max_length=8, default="en")
    languages = models.JSONField(_("languages offered"), default=list, blank=True)
    translations = models.JSONField(_("translations"), default=dict, blank=True)
    is_active = models.BooleanField(_("in use"), default=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = OrgQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                "organization",
                Lower("name"),
                name="feedback_survey_unique_org_name",
                violation_error_code="unique_name",
                violation_error_message=_("A survey with this name already exists."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("feedback:survey-edit", args=[self.code])

    def offered_languages(self) -> list[str]:
        """The languages customers may choose, the main language first."""
        known = language_codes()
        offered = [code for code in self.languages if code in known]
        if self.default_language in offered:
            offered.remove(self.default_language)
        return [self.default_language, *offered]

    def own_text(self, field: str, language: str) -> str:
        """The survey's own wording of `field` in `language`, or "" when it has none."""
        if language == self.default_language:
            return getattr(self, field)
        return str((self.translations.get(language) or {}).get(field, "")).strip()

    def text(self, field: str, language: str) -> str:
        """What the customer reads: the survey's own wording, else servicegap's default."""
        own = self.own_text(field, language)
        if own:
            return own
        return in_language(DEFAULT_SURVEY_TEXTS[field], language) % {"name": self.organization.name}


DEFAULT_SURVEY_TEXTS = {
    "title": _("How was your visit to %(name)s?"),
    "intro": _("It takes a minute. Every answer is read by the team."),
    "thank_you": _("Thank you! Your answers have reached the team."),
}


class Question(OrgOwned):
    """One question of a survey. Its kind says what is asked and where the answer goes."""

    class Kind(models.TextChoices):
        PEOPLE = "people", _("Rating of the people (1–5)")
        PROCESS = "process", _("Rating of the process (1–5)")
        PRODUCT = "product", _("Rating of the product (1–5)")
        NPS = "nps", _("Would recommend (0–10, NPS)")
        EFFORT = "effort", _("Ease (1–7, customer effort)")
        STEP = "step", _("Which part of the visit")
        COMMENT = "comment", _("Comment")
        CONTACT = "contact", _("Permission to contact")

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    required = models.BooleanField(_("required"), default=False)
    label = models.CharField(
        _("wording"), max_length=200, blank=True, help_text=_("Empty: servicegap's wording.")
    )
    translations = models.JSONField(_("translations"), default=dict, blank=True)

    objects = OrgQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "kind"],
                name="feedback_question_unique_survey_kind",
                violation_error_message=_("This survey already asks this question."),
            ),
            models.CheckConstraint(
                condition=Q(
                    kind__in=[
                        "people",
                        "process",
                        "product",
                        "nps",
                        "effort",
                        "step",
                        "comment",
                        "contact",
                    ]
                ),
                name="feedback_question_kind_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.get_kind_display()

    @property
    def is_rating(self) -> bool:
        return self.kind in P.values

    def own_text(self, language: str) -> str:
        if language == self.survey.default_language:
            return self.label
        return str(self.translations.get(language, "")).strip()

    def text(self, language: str) -> str:
        own = self.own_text(language)
        if own:
            return own
        return in_language(DEFAULT_QUESTION_TEXTS[self.kind], language)


# Questions in the order a survey asks them, worded the way a customer thinks.
QUESTION_ORDER = [kind.value for kind in Question.Kind]
# Questions a customer may always leave: contact (only with consent), and the part of the
# visit, whose first answer, the whole visit, is no particular part.
NEVER_REQUIRED = frozenset({Question.Kind.CONTACT, Question.Kind.STEP})
DEFAULT_QUESTION_TEXTS = {
    "people": _("How friendly and helpful was our team?"),
    "process": _("How smooth was the service: waiting, ordering, paying?"),
    "product": _("How good was what you came for?"),
    "nps": _("How likely are you to recommend us to a friend?"),
    "effort": _("How easy was it to get what you wanted today?"),
    "step": _("Which part of your visit are you telling us about?"),
    "comment": _("Anything you would like to tell us?"),
    "contact": _("May we contact you about your answers?"),
}


def _link_token() -> str:
    """16 URL-safe characters: 96 random bits, short enough for a QR code on a table."""
    return secrets.token_urlsafe(12)


class SurveyLinkQuerySet(LocationScopedQuerySet):
    def open(self) -> SurveyLinkQuerySet:
        """Links a customer may answer through right now."""
        return self.filter(is_active=True, survey__is_active=True, location__is_active=True)


def natural_key(text: str) -> list[Any]:
    """ "Terrace 10" after "Terrace 2": digits compare as numbers, the rest without case."""
    return [int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", text)]


class SurveyLink(OrgOwned):
    """Where a survey meets customers: a location, and optionally a table or channel."""

    class Channel(models.TextChoices):
        TABLE = "table", _("QR code on a table")
        COUNTER = "counter", _("QR code at the counter or door")
        RECEIPT = "receipt", _("Receipt")
        DELIVERY = "delivery", _("Delivery message")
        EMAIL = "email", _("E-mail")
        SMS = "sms", _("Text message")
        WEB = "web", _("Website")

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    token = models.CharField(max_length=32, unique=True, default=_link_token, editable=False)
    survey = models.ForeignKey(
        Survey, verbose_name=_("survey"), on_delete=models.RESTRICT, related_name="links"
    )
    location = models.ForeignKey(
        "core.Location", verbose_name=_("location"), on_delete=models.RESTRICT, related_name="+"
    )
    channel = models.CharField(
        _("channel"), max_length=10, choices=Channel.choices, default=Channel.TABLE
    )
    table = models.CharField(
        _("table"), max_length=40, blank=True, help_text=_("e.g. 12 or Terrace 3 (optional).")
    )
    is_active = models.BooleanField(
        _("open"), default=True, help_text=_("A closed link tells customers it is no longer used.")
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = SurveyLinkQuerySet.as_manager()

    class Meta:
        ordering = ["location__name", "channel", "table", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    channel__in=["table", "counter", "receipt", "delivery", "email", "sms", "web"]
                ),
                name="feedback_surveylink_channel_valid",
            ),
        ]

    def __str__(self) -> str:
        where = f"{self.location} · {self.get_channel_display()}"
        return f"{where} · {self.table}" if self.table else where

    def get_absolute_url(self) -> str:
        return reverse("feedback:link-edit", args=[self.code])

    def sort_key(self) -> tuple[Any, ...]:
        """Location, channel, then the table in the order people count: 2 before 10."""
        return (self.location.name.casefold(), self.channel, natural_key(self.table), self.pk)

    def public_path(self) -> str:
        return reverse("feedback_public:form", args=[self.token])

    def public_url(self) -> str:
        return settings.SITE_URL + self.public_path()


class ResponseQuerySet(LocationScopedQuerySet):
    def counted(self) -> ResponseQuerySet:
        """Responses that count in scores: everything but spam."""
        return self.filter(spam=False)


class Response(OrgOwned):
    """One customer's answers, sent once through one link.

    `submission_id` is the idempotency key the form (or API client) made: a second
    POST with the same key finds this row instead of adding one.
    """

    # As OrgOwned's, without an index of its own: every query of responses filters by
    # organisation first, which the indexes below lead with; a lone organisation index
    # tempts SQLite's planner away from them.
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    survey = models.ForeignKey(Survey, on_delete=models.RESTRICT, related_name="responses")
    # Indexed with the time below, for the rate limit per link.
    link = models.ForeignKey(
        SurveyLink, on_delete=models.RESTRICT, related_name="responses", db_index=False
    )
    # No index of its own: the inbox and the lens indexes below serve location filters, and
    # SQLite would otherwise scan this one for the lens (checked in bench/feedback_lens.py).
    location = models.ForeignKey(
        "core.Location",
        verbose_name=_("location"),
        on_delete=models.RESTRICT,
        related_name="+",
        db_index=False,
    )
    submitted_at = models.DateTimeField(_("sent at"), default=timezone.now)
    language = models.CharField(_("language"), max_length=8)
    channel = models.CharField(_("channel"), max_length=10, choices=SurveyLink.Channel.choices)
    table = models.CharField(_("table"), max_length=40, blank=True)
    submission_id = models.UUIDField(unique=True, editable=False)
    # The 1–5 rating of each P (named as P's values), empty when not answered.
    people = models.PositiveSmallIntegerField(_("people (1–5)"), null=True, blank=True)
    process = models.PositiveSmallIntegerField(_("process (1–5)"), null=True, blank=True)
    product = models.PositiveSmallIntegerField(_("product (1–5)"), null=True, blank=True)
    nps = models.PositiveSmallIntegerField(_("would recommend (0–10)"), null=True, blank=True)
    effort = models.PositiveSmallIntegerField(_("ease (1–7)"), null=True, blank=True)
    # Step and customer are indexed only where set (see Meta): most responses have
    # neither, and each index costs every submission.
    step = models.ForeignKey(
        JourneyStep,
        verbose_name=_("part of the visit"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,
    )
    comment = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH, blank=True)
    contact_consent = models.BooleanField(_("may be contacted"), default=False)
    contact = models.CharField(_("contact"), max_length=CONTACT_MAX_LENGTH, blank=True)
    # "Would you like the owner to hear about this personally?": the pipeline opens a
    # high-severity case at the top of the location's escalation ladder (recovery).
    to_the_top = models.BooleanField(_("asked for the owner"), default=False)
    spam = models.BooleanField(_("spam"), default=False)
    spam_reason = models.CharField(_("why spam"), max_length=200, blank=True)
    alerted_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The sender's address as intake.client_key() keeps it (a keyed hash that changes
    # daily), for the rate limit per client; emptied after two days (tasks.py).
    client_key = models.CharField(max_length=16, blank=True, editable=False)
    # The known customer who answered, when the customers app recognised them.
    customer = models.ForeignKey(
        "customers.Customer",
        verbose_name=_("customer"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="responses",
        db_index=False,
    )

    objects = ResponseQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        indexes = [
            # inbox(): newest responses first, also of one location (whose rows come along
            # often enough), with or without spam, and cursor paging in the API
            models.Index(
                fields=["organization", "-submitted_at", "-id"], name="feedback_response_inbox"
            ),
            # scoring.experienced_scores() and scoring.nps_by_location(): one GROUP BY
            # location, step over a period, spam left out; covering, so the table itself
            # is never read.
            models.Index(
                fields=[
                    "organization",
                    "submitted_at",
                    "location",
                    "step",
                    "people",
                    "process",
                    "product",
                    "nps",
                    "spam",  # only false here, but SQLite reads the index alone only with it
                ],
                condition=Q(spam=False),
                name="feedback_response_lens",
            ),
            # intake.check_rate_limits(): the latest responses of a link, of a client
            models.Index(fields=["link", "-submitted_at"], name="feedback_response_link"),
            # (not partial: SQLite cannot tell that `client_key = 'x'` implies it is not '')
            models.Index(fields=["client_key", "-submitted_at"], name="feedback_response_client"),
            # a step or customer removed (SET NULL), a customer's responses
            models.Index(
                fields=["step"], condition=Q(step__isnull=False), name="feedback_response_step"
            ),
            models.Index(
                fields=["customer"],
                condition=Q(customer__isnull=False),
                name="feedback_response_customer",
            ),
        ]
        constraints = [
            *[
                models.CheckConstraint(
                    condition=Q(**{f"{p}__isnull": True}) | Q(**{f"{p}__range": (1, 5)}),
                    name=f"feedback_response_{p}_range",
                    violation_error_message=_("A rating is a whole number from 1 to 5."),
                )
                for p in ("people", "process", "product")
            ],
            models.CheckConstraint(
                condition=Q(nps__isnull=True) | Q(nps__range=(0, 10)),
                name="feedback_response_nps_range",
                violation_error_message=_("Would recommend is a whole number from 0 to 10."),
            ),
            models.CheckConstraint(
                condition=Q(effort__isnull=True) | Q(effort__range=(1, 7)),
                name="feedback_response_effort_range",
                violation_error_message=_("Ease is a whole number from 1 to 7."),
            ),
            models.CheckConstraint(
                condition=Q(contact_consent=True) | Q(contact=""),
                name="feedback_response_contact_needs_consent",
                violation_error_message=_("Contact details are kept only with consent."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.location} · {self.submitted_at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self) -> str:
        return reverse("feedback:response-detail", args=[self.code])

    @property
    def nps_group(self) -> str:
        """promoter (9–10), passive (7–8), detractor (0–6) or "" when not answered."""
        if self.nps is None:
            return ""
        if self.nps >= 9:
            return "promoter"
        return "passive" if self.nps >= 7 else "detractor"

    def ratings_by_p(self) -> dict[str, int]:
        """{p: 1–5} for each P the customer rated, in the order of the P's."""
        return {p: getattr(self, p) for p in P.values if getattr(self, p) is not None}

    def rating_items(self) -> list[tuple[str, str, int]]:
        """(p, its label, 1–5) for each P rated: for templates."""
        labels = dict(P.choices)
        return [(p, labels[p], value) for p, value in self.ratings_by_p().items()]


class PendingResponseQuerySet(models.QuerySet):
    def given_up(self) -> PendingResponseQuerySet:
        """Follow-ups that failed their attempts: for an operator to look at."""
        return self.exclude(failed_at=None)


class PendingResponse(models.Model):
    """A stored response whose follow-up has not run yet (`servicegap.pipeline`): its
    comment analysed, its alert e-mailed, its customer's moments, automatic cases.

    Where follow-ups are queued, the request that stores a response writes this row
    with it and leaves; the pipeline takes pending rows in batches (`taken_at` and
    `taken_by`: a batch whose runner died is taken again once its heartbeat is older than
    `PIPELINE_SILENT_SECONDS`, or in any case after `pipeline.followup.LEASE`) and
    deletes each row once its response is followed up. A response whose follow-up
    failed keeps its row, with the step and reason in `last_error`, and is tried again
    after the lease; after its attempts it is given up (`failed_at`) and stays listed
    for an operator (`servicegap followups`, the admin) until retried or dismissed.
    """

    response = models.OneToOneField(
        Response, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    taken_at = models.DateTimeField(null=True, blank=True)
    # The run id of the process that took it (`pipeline.models.Runner`): free again once
    # that process stops beating, long before the lease runs out. Empty: the lease only.
    taken_by = models.CharField(max_length=32, blank=True, default="", db_default="")
    attempts = models.PositiveSmallIntegerField(default=0)  # follow-ups that failed
    last_error = models.TextField(blank=True, default="", db_default="")
    failed_at = models.DateTimeField(null=True, blank=True)  # given up: for an operator

    objects = PendingResponseQuerySet.as_manager()

    def __str__(self) -> str:
        return f"pending follow-up of response {self.response_id}"
