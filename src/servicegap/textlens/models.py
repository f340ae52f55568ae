"""What comment analysis stores: one result per comment, managers' corrections, models.

The analysis itself is plain functions (`servicegap.textlens.analyse`); these tables keep
its results so that screens and other apps read them with SQL. A `CommentAnalysis` copies
the organisation, location and time of its response, and holds each P as a boolean
column, so "how many negative comments about process per location this month" is one
GROUP BY over this table alone.

Its labels are the ones in force: the machine's, overridden label by label by the latest
`Correction` a manager made (the machine's own guess at that time is kept on the
correction). `TextModelVersion` records each model an organisation trained on its
corrections; the current one analyses its new comments.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from servicegap.core.models import LocationScopedQuerySet, Organization, OrgOwned, OrgQuerySet, P

TOPICS = tuple(P.values)  # "people", "process", "product": a boolean column each


class Sentiment(models.TextChoices):
    NEGATIVE = "negative", _("Negative")
    NEUTRAL = "neutral", _("Neutral")
    POSITIVE = "positive", _("Positive")


def negative_about(p: str) -> Q:
    """Comments about P `p` whose feeling for it is negative, as `feeling_of(p)` reads it:
    their own feeling for the P when one was read, else the comment's sentiment."""
    feeling = f"feelings__{p}"
    read = Q(**{f"{feeling}__in": Sentiment.values})
    return Q(**{p: True}) & (
        Q(**{feeling: Sentiment.NEGATIVE})
        | ((Q(**{f"{feeling}__isnull": True}) | ~read) & Q(sentiment=Sentiment.NEGATIVE))
    )


class CommentAnalysisQuerySet(LocationScopedQuerySet):
    def about(self, p: str) -> CommentAnalysisQuerySet:
        """Comments about one P."""
        return self.filter(**{p: True})


class CommentAnalysis(OrgOwned):
    """The analysis of one response's comment (one per response with a comment)."""

    # As OrgOwned's, without an index of its own: the indexes below lead with it.
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # The analysis goes with its response (an erasure of the response erases it too).
    response = models.OneToOneField(
        "feedback.Response", on_delete=models.CASCADE, related_name="analysis"
    )
    location = models.ForeignKey(
        "core.Location",
        verbose_name=_("location"),
        on_delete=models.RESTRICT,
        related_name="+",
        db_index=False,
    )
    submitted_at = models.DateTimeField(_("sent at"))
    sentiment = models.CharField(_("sentiment"), max_length=8, choices=Sentiment.choices)
    score = models.FloatField(_("score (−1 to 1)"), default=0.0)
    people = models.BooleanField(_("about people"), default=False)
    process = models.BooleanField(_("about process"), default=False)
    product = models.BooleanField(_("about product"), default=False)
    churn_signal = models.BooleanField(_("may not come back"), default=False)
    spam = models.BooleanField(_("spam"), default=False)
    language = models.CharField(_("language"), max_length=8, blank=True)
    reasons = models.JSONField(_("why"), default=list, blank=True)
    # {"people": "positive", "process": "negative"}: the feeling for each P, read from the
    # clauses naming it. Rows analysed before it existed have {} until re-analysed; a P
    # missing here shows the overall sentiment.
    feelings = models.JSONField(_("feeling per P"), default=dict, blank=True)
    # How sure the learned layer is of each label, 0..1 ({} when the rules spoke alone).
    sure = models.JSONField(_("how sure"), default=dict, blank=True)
    model_version = models.CharField(_("model version"), max_length=100)
    analysed_at = models.DateTimeField(_("analysed at"), default=timezone.now)
    # Set when a manager corrected a label; the labels above are then partly theirs.
    corrected_at = models.DateTimeField(_("corrected at"), null=True, blank=True)

    objects = CommentAnalysisQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("comment analysis")
        verbose_name_plural = _("comment analyses")
        indexes = [
            # explorer.filter_analyses(): newest first, of the organisation or a location,
            # and the API's cursor paging
            models.Index(
                fields=["organization", "-submitted_at", "-id"], name="textlens_analysis_recent"
            ),
            # explorer.summary(): counts per location, sentiment and P over a period
            models.Index(
                fields=[
                    "organization",
                    "submitted_at",
                    "location",
                    "sentiment",
                    "people",
                    "process",
                    "product",
                    "churn_signal",
                ],
                condition=Q(spam=False),
                name="textlens_analysis_summary",
            ),
            # the explorer's "may not come back" filter: few rows, newest first
            models.Index(
                fields=["organization", "-submitted_at"],
                condition=Q(churn_signal=True),
                name="textlens_analysis_churn",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(score__gte=-1) & Q(score__lte=1),
                name="textlens_commentanalysis_score_range",
                violation_error_message=_("A score lies between −1 and 1."),
            ),
            models.CheckConstraint(
                condition=Q(sentiment__in=["negative", "neutral", "positive"]),
                name="textlens_commentanalysis_sentiment_valid",
                violation_error_message=_("Unknown sentiment."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_sentiment_display()} · {', '.join(self.topics) or '—'}"

    def get_absolute_url(self) -> str:
        return reverse("textlens:analysis-detail", args=[self.code])

    @property
    def topics(self) -> list[str]:
        """The P's the comment is about, in the order of the P's."""
        return [p for p in TOPICS if getattr(self, p)]

    def topic_items(self) -> list[tuple[str, str]]:
        """(p, label) per P the comment is about: for templates."""
        labels = dict(P.choices)
        return [(p, labels[p]) for p in self.topics]

    def feeling_of(self, p: str) -> str:
        """The feeling for P `p`: its own if read, else the comment's."""
        feeling = (self.feelings or {}).get(p) if isinstance(self.feelings, dict) else None
        return feeling if feeling in Sentiment.values else self.sentiment

    def sure_of(self, label: str) -> int | None:
        """How sure the analysis is of `label`, in percent (None if not known)."""
        value = (self.sure or {}).get(label) if isinstance(self.sure, dict) else None
        if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1:
            return round(100 * value)
        return None

    def topic_chips(self) -> list[dict[str, Any]]:
        """Per P the comment is about: its label, feeling and how sure: for templates."""
        labels = dict(P.choices)
        feelings = dict(Sentiment.choices)
        return [
            {
                "p": p,
                "label": labels[p],
                "feeling": self.feeling_of(p),
                "feeling_label": feelings[self.feeling_of(p)],
                "sure": self.sure_of(p),
            }
            for p in self.topics
        ]

    @property
    def sentiment_sure(self) -> int | None:
        return self.sure_of("sentiment")

    @property
    def churn_sure(self) -> int | None:
        return self.sure_of("churn")

    @property
    def spam_sure(self) -> int | None:
        return self.sure_of("spam")

    def labels(self) -> dict[str, Any]:
        """The four labels a manager may correct, as stored."""
        return {
            "sentiment": self.sentiment,
            "topics": self.topics,
            "churn_signal": self.churn_signal,
            "spam": self.spam,
        }


class CorrectionQuerySet(LocationScopedQuerySet):
    location_field = "analysis__location"


class Correction(OrgOwned):
    """A manager's correction of some labels of one analysis.

    Each label is optional: empty means "not corrected". The topics are corrected as a
    whole set (all three P columns set, or none). Later corrections win label by label.
    `previous` holds the labels in force before, so the correction can be shown as a
    change.
    """

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    analysis = models.ForeignKey(
        CommentAnalysis, on_delete=models.CASCADE, related_name="corrections"
    )
    by = models.ForeignKey(
        "core.Membership",
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("when"), default=timezone.now, editable=False)
    sentiment = models.CharField(
        _("sentiment"), max_length=8, choices=Sentiment.choices, blank=True
    )
    people = models.BooleanField(_("about people"), null=True, blank=True)
    process = models.BooleanField(_("about process"), null=True, blank=True)
    product = models.BooleanField(_("about product"), null=True, blank=True)
    churn_signal = models.BooleanField(_("may not come back"), null=True, blank=True)
    spam = models.BooleanField(_("spam"), null=True, blank=True)
    previous = models.JSONField(_("labels before"), default=dict, blank=True, editable=False)

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            # learning.corrected_examples(): an organisation's corrections in order
            models.Index(fields=["organization", "created_at"], name="textlens_correction_org"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(sentiment__in=["", "negative", "neutral", "positive"]),
                name="textlens_correction_sentiment_valid",
                violation_error_message=_("Unknown sentiment."),
            ),
            models.CheckConstraint(
                condition=Q(people__isnull=True, process__isnull=True, product__isnull=True)
                | Q(people__isnull=False, process__isnull=False, product__isnull=False),
                name="textlens_correction_topics_whole",
                violation_error_message=_("Topics are corrected as a whole set."),
            ),
            models.CheckConstraint(
                condition=~Q(sentiment="")
                | Q(people__isnull=False)
                | Q(churn_signal__isnull=False)
                | Q(spam__isnull=False),
                name="textlens_correction_not_empty",
                violation_error_message=_("A correction corrects at least one label."),
            ),
        ]

    def __str__(self) -> str:
        return f"Correction of {self.analysis_id} at {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def topics(self) -> list[str] | None:
        """The corrected set of P's, or None when the topics were not corrected."""
        if self.people is None:
            return None
        return [p for p in TOPICS if getattr(self, p)]

    def changes(self) -> dict[str, Any]:
        """{label: corrected value} for the labels this correction sets."""
        found: dict[str, Any] = {}
        if self.sentiment:
            found["sentiment"] = self.sentiment
        if self.topics is not None:
            found["topics"] = self.topics
        if self.churn_signal is not None:
            found["churn_signal"] = self.churn_signal
        if self.spam is not None:
            found["spam"] = self.spam
        return found


class TextModelVersion(OrgOwned):
    """A model trained for one organisation on the base examples and its corrections."""

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    version = models.PositiveIntegerField(_("version"))
    # Relative to SERVICEGAP_DATA_DIR, so the data directory can move.
    path = models.CharField(_("file"), max_length=300)
    base_examples = models.PositiveIntegerField(_("base examples"), default=0)
    corrections = models.PositiveIntegerField(_("corrections"), default=0)
    created_at = models.DateTimeField(_("trained at"), default=timezone.now, editable=False)
    is_current = models.BooleanField(_("in use"), default=False)

    objects = OrgQuerySet.as_manager()

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "version"],
                name="textlens_textmodelversion_unique_org_version",
                violation_error_message=_("This version already exists."),
            ),
            models.UniqueConstraint(
                fields=["organization"],
                condition=Q(is_current=True),
                name="textlens_textmodelversion_one_current",
                violation_error_message=_("Only one model is in use at a time."),
            ),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The version as recorded on each analysis it made."""
        return f"org{self.organization_id}-v{self.version}"
