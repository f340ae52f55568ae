"""Analysing stored comments with an organisation's model, and learning from corrections.

`analyse_response()` analyses one response's comment with the organisation's current
model and stores the result; `analyse_responses()` does the same for many at once
(the demo, `servicegap textlens reanalyse`). `correct()` records a manager's correction;
`retrain()` fits the organisation's own model on the base examples plus its corrections
and makes it the current one.

Models live under `SERVICEGAP_DATA_DIR/textlens/<organisation code>/`. Each server
process loads a version once and keeps it. A model file that is missing or cannot be
read is logged and the comment is analysed by the rule layers: a submission never fails
because of a model.
"""

from __future__ import annotations

import logging
import secrets
import shutil
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import Max, Prefetch
from django.utils import timezone

from servicegap.core.models import Membership, Organization, P
from servicegap.feedback import intake
from servicegap.feedback.erasure import ERASED
from servicegap.feedback.models import Response
from servicegap.textlens.models import (
    TOPICS,
    CommentAnalysis,
    Correction,
    Sentiment,
    TextModelVersion,
)

logger = logging.getLogger(__name__)

MODEL_DIR = "textlens"
# The spam reason this app writes on a response, so that it can tell its own flags
# (which it may lift again) from the honeypot's, the link rules' and managers'.
SPAM_REASON_PREFIX = "comment analysis"
BATCH_SIZE = 500


class CorrectionError(ValueError):
    """A correction that cannot be stored, naming the label at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class RetrainError(Exception):
    """Nothing to learn from, or a model that could not be trained or saved."""


# Models -------------------------------------------------------------------------------

# (organisation id, version) → the loaded model, or None when its file could not be read
# (then the rule layers analyse; logged once per process).
_loaded: dict[tuple[int, int], Any] = {}
# A sentinel for "the organisation's current model, whatever it is".
CURRENT: Any = object()


def model_path(row: TextModelVersion) -> Path:
    return Path(settings.DATA_DIR) / row.path


def model_folder(organization: Organization) -> str:
    """Where an organisation's models are kept, under the data directory. The demo
    organisation is rebuilt from scratch, under the same folder each time."""
    return f"{MODEL_DIR}/{'demo' if organization.is_demo else organization.code}"


def forget_demo_models() -> None:
    """Remove the model files of an earlier demo (before the demo trains its own)."""
    shutil.rmtree(Path(settings.DATA_DIR) / MODEL_DIR / "demo", ignore_errors=True)


# organisation id → (read at, its current version row or None): each process reads it
# at most every FEEDBACK_LINK_CACHE_SECONDS, so analysing a comment costs no query for
# it; a retrain in this process is seen at once (forget_current_version), one in another
# process within those seconds.
_current: dict[int, tuple[float, TextModelVersion | None]] = {}


def current_version(organization_id: int) -> TextModelVersion | None:
    now = time.monotonic()
    cached = _current.get(organization_id)
    if cached is not None and now - cached[0] < settings.FEEDBACK_LINK_CACHE_SECONDS:
        return cached[1]
    row = TextModelVersion.objects.filter(organization_id=organization_id, is_current=True).first()
    _current[organization_id] = (now, row)
    return row


def forget_current_version(sender: Any = None, instance: Any = None, **kwargs: Any) -> None:
    """Read the current version again next time (receiver of TextModelVersion's saves)."""
    if instance is None:
        _current.clear()
    else:
        _current.pop(instance.organization_id, None)


def model_for(organization_id: int) -> Any:
    """The organisation's current model: its own if it trained one, else the base model.

    When its own model's file is missing or corrupt, the rule layers stand in (logged).
    """
    from servicegap.textlens import learn

    row = current_version(organization_id)
    if row is None:
        return None  # the library's base model
    key = (organization_id, row.version)
    if key not in _loaded:
        try:
            _loaded[key] = learn.load_model(model_path(row))
            if _loaded[key].version != row.label:
                # Another organisation's model, or another version's: never used for this
                # one's comments (its remembered corrections are another's customers').
                raise learn.ModelError(f"the file holds model {_loaded[key].version}")
        except learn.ModelError as error:
            logger.warning(
                "textlens: model %s of organisation %s cannot be read (%s); "
                "analysing with the rule layers",
                row.label,
                organization_id,
                error,
            )
            _loaded[key] = None
    model = _loaded[key]
    return model if model is not None else rules_only()


def rules_only() -> Any:
    """What `analyse(model=...)` takes to use the rule layers alone."""
    from servicegap.textlens import learn

    return getattr(learn, "RULES", None)


def forget_models() -> None:
    """Drop this process's loaded models (tests; after moving the data directory)."""
    _loaded.clear()
    _current.clear()


# Storing analyses ---------------------------------------------------------------------


def _machine_fields(result: Any) -> dict[str, Any]:
    """The columns of a CommentAnalysis from the library's `Analysis`."""
    return {
        "sentiment": result.sentiment,
        "score": max(-1.0, min(1.0, float(result.score))),
        **{p: p in result.topics for p in TOPICS},
        "churn_signal": bool(result.churn_signal),
        "spam": bool(result.spam),
        "language": (result.language or "")[:8],
        "reasons": [str(reason) for reason in result.reasons],
        "feelings": {
            p: f
            for p, f in (getattr(result, "feelings", None) or {}).items()
            if p in TOPICS and f in Sentiment.values
        },
        "sure": {
            k: round(float(v), 3)
            for k, v in (getattr(result, "sure", None) or {}).items()
            if isinstance(v, (int, float)) and 0.0 <= float(v) <= 1.0
        },
        "model_version": str(result.model_version)[:100],
    }


def apply_corrections(fields: dict[str, Any], corrections: Iterable[Correction]) -> bool:
    """Override `fields` label by label with `corrections`, oldest first (the latest wins).

    Returns whether any correction applied.
    """
    applied = False
    for correction in corrections:
        for label, value in correction.changes().items():
            sure = dict(fields.get("sure") or {})
            if label == "topics":
                fields.update({p: p in value for p in TOPICS})
                sure.update(dict.fromkeys(value, 1.0))
            else:
                fields[label] = value
                sure[label.removesuffix("_signal")] = 1.0
                if label == "sentiment" and len(set((fields.get("feelings") or {}).values())) <= 1:
                    # one feeling for every P was the comment's: the corrected one now
                    fields["feelings"] = {}
            if "sure" in fields:
                fields["sure"] = sure
            applied = True
    return applied


def _spam_reason(analysis: CommentAnalysis) -> str:
    why = "; ".join(str(reason) for reason in analysis.reasons[:3])
    return f"{SPAM_REASON_PREFIX}: {why}" if why else SPAM_REASON_PREFIX


def _follow_spam(response: Response, analysis: CommentAnalysis) -> None:
    """Flag the response when its comment is spam; lift only a flag this app set."""
    if analysis.spam and not response.spam:
        intake.flag_spam(response, reason=_spam_reason(analysis))
    elif (
        not analysis.spam and response.spam and response.spam_reason.startswith(SPAM_REASON_PREFIX)
    ):
        intake.clear_spam(response)


def analyse_response(
    response: Response, *, model: Any = CURRENT, fresh: bool = False
) -> CommentAnalysis | None:
    """Analyse the response's comment, store the result and flag spam.

    A response without a comment has no analysis (an old one is removed). The labels a
    manager corrected stay corrected. What follows an analysis in other apps (moments of
    truth, automatic cases) is the pipeline's to call (`servicegap.pipeline`).
    """
    from servicegap.textlens import analyse

    if not response.comment.strip():
        CommentAnalysis.objects.filter(response=response).delete()
        return None
    if model is CURRENT:
        model = model_for(response.organization_id)
    result = analyse(response.comment, response.language or None, model=model)
    analysis = None
    if fresh and not result.spam and not connection.in_atomic_block:
        # The common case, a new comment that is not spam: one INSERT that commits on its
        # own (no transaction around it); a retried task that finds one goes on below.
        try:
            return CommentAnalysis.objects.create(
                organization_id=response.organization_id,
                response=response,
                location_id=response.location_id,
                submitted_at=response.submitted_at,
                analysed_at=timezone.now(),
                **_machine_fields(result),
            )
        except IntegrityError:
            pass
    with transaction.atomic():
        analysis, _news = _store(response, result, fresh=fresh)
        _follow_spam(response, analysis)
    return analysis


def analyse_new_responses(responses: Sequence[Response]) -> dict[int, str]:
    """Analyse the comments of responses just received and store the results in one
    INSERT; {response id: why} of those whose analysis failed (to be tried again).

    Spam comments go first, one by one (their responses get flagged before the pipeline
    alerts anyone), as does every response of a batch whose INSERT was refused
    (analysed already, or erased meanwhile). One failure never costs the others.
    """
    from servicegap.textlens import analyse

    failed: dict[int, str] = {}
    rows, one_by_one = [], []
    now = timezone.now()
    for response in responses:
        if not response.comment.strip():
            continue
        try:
            model = model_for(response.organization_id)
            result = analyse(response.comment, response.language or None, model=model)
        except Exception as error:
            logger.exception("textlens: response %s could not be analysed", response.pk)
            failed[response.pk] = f"comment analysis: {error!r}"
            continue
        if result.spam:
            one_by_one.append(response)
            continue
        rows.append(
            CommentAnalysis(
                organization_id=response.organization_id,
                response=response,
                location_id=response.location_id,
                submitted_at=response.submitted_at,
                analysed_at=now,
                **_machine_fields(result),
            )
        )
    failed |= _analyse_each(one_by_one)
    try:
        with transaction.atomic():
            CommentAnalysis.objects.bulk_create(rows)
    except DatabaseError:
        failed |= _analyse_each([row.response for row in rows])
    return failed


def _analyse_each(responses: Sequence[Response]) -> dict[int, str]:
    failed = {}
    for response in responses:
        try:
            with transaction.atomic():
                analyse_response(response, fresh=True)
        except Exception as error:
            logger.exception("textlens: response %s could not be analysed", response.pk)
            failed[response.pk] = f"comment analysis: {error!r}"
    return failed


def _store(response: Response, result: Any, *, fresh: bool = False) -> tuple[CommentAnalysis, bool]:
    """Create or update the response's analysis, keeping managers' corrections; and
    whether it is news for other apps: a first analysis, or a churn signal that was not
    there before. Re-reading old comments (a retrain, `reanalyse`) must not open cases
    or alerts again for what was already handled.

    `fresh`: the response has just been received, so it has no analysis and no
    corrections yet; one INSERT (should a retried task find one, the usual path runs).
    """
    fields = _machine_fields(result)
    if fresh:
        try:
            with transaction.atomic():
                created = CommentAnalysis.objects.create(
                    organization_id=response.organization_id,
                    response=response,
                    location_id=response.location_id,
                    submitted_at=response.submitted_at,
                    analysed_at=timezone.now(),
                    **fields,
                )
                return created, True
        except IntegrityError:
            pass
    existing = CommentAnalysis.objects.filter(response=response).first()
    corrections = list(existing.corrections.all()) if existing else []
    apply_corrections(fields, corrections)
    fields["analysed_at"] = timezone.now()
    if existing is not None:
        had_churn = existing.churn_signal
        for name, value in fields.items():
            setattr(existing, name, value)
        existing.save(update_fields=list(fields))
        return existing, existing.churn_signal and not had_churn
    created = CommentAnalysis.objects.create(
        organization_id=response.organization_id,
        response=response,
        location_id=response.location_id,
        submitted_at=response.submitted_at,
        **fields,
    )
    return created, True


@dataclass(frozen=True)
class BulkResult:
    """What `analyse_responses` did; `news` are the responses other apps should hear of:
    analysed for the first time, or with a churn signal that was not there before."""

    analysed: int
    created: int
    flagged_spam: int
    model_version: str
    news: tuple[Response, ...] = ()


def analyse_responses(
    organization: Organization,
    *,
    model: Any = CURRENT,
    responses: Iterable[Response] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BulkResult:
    """Analyse every comment of the organisation (or `responses`), in batches.

    Each batch is one transaction: its analyses are written with bulk INSERTs and
    UPDATEs, spam flags with one UPDATE. `progress(done, total)` is called after each.
    The pipeline (`servicegap.pipeline.followup.reanalyse`) follows up the result's
    `news`.
    """
    if model is CURRENT:
        model = model_for(organization.pk)
    if responses is None:
        responses = (
            Response.objects.filter(organization=organization)
            .exclude(comment="")
            .order_by("pk")
            .only(
                "pk",
                "organization_id",
                "location_id",
                "submitted_at",
                "language",
                "comment",
                "spam",
                "spam_reason",
            )  # fmt: skip
        )
    pending = [r for r in responses if r.comment.strip()]
    total, done, created, flagged, version = len(pending), 0, 0, 0, ""
    news: list[Response] = []
    for start in range(0, total, BATCH_SIZE):
        batch = pending[start : start + BATCH_SIZE]
        made, spam, stored, told = _store_batch(batch, model)
        created, flagged, done = created + made, flagged + spam, done + len(batch)
        news += told
        version = version or (stored[0][1].model_version if stored else "")
        if progress is not None:
            progress(done, total)
    return BulkResult(done, created, flagged, version, tuple(news))


def _store_batch(
    batch: Sequence[Response], model: Any
) -> tuple[int, int, list[tuple[Response, CommentAnalysis]], list[Response]]:
    from servicegap.textlens import analyse

    results = [analyse(r.comment, r.language or None, model=model) for r in batch]
    now = timezone.now()
    with transaction.atomic():
        existing = {
            a.response_id: a
            for a in CommentAnalysis.objects.filter(response__in=batch).prefetch_related(
                Prefetch("corrections", queryset=Correction.objects.order_by("created_at", "pk"))
            )
        }
        new, changed, stored, news = [], [], [], []
        for response, result in zip(batch, results, strict=True):
            fields = _machine_fields(result) | {"analysed_at": now}
            analysis = existing.get(response.pk)
            if analysis is None:
                analysis = CommentAnalysis(
                    organization_id=response.organization_id,
                    response=response,
                    location_id=response.location_id,
                    submitted_at=response.submitted_at,
                    **fields,
                )
                new.append(analysis)
                news.append((response, analysis))
            else:
                had_churn = analysis.churn_signal
                apply_corrections(fields, analysis.corrections.all())
                for name, value in fields.items():
                    setattr(analysis, name, value)
                changed.append(analysis)
                if analysis.churn_signal and not had_churn:
                    news.append((response, analysis))
            stored.append((response, analysis))
        CommentAnalysis.objects.bulk_create(new, batch_size=BATCH_SIZE)
        if changed:
            CommentAnalysis.objects.bulk_update(
                changed, [*_machine_fields_names(), "analysed_at"], batch_size=BATCH_SIZE
            )
        flagged = _bulk_follow_spam(stored)
    return len(new), flagged, stored, [response for response, _analysis in news]


def _machine_fields_names() -> list[str]:
    return [
        "sentiment", "score", *TOPICS, "churn_signal", "spam", "language", "reasons",
        "feelings", "sure", "model_version",
    ]  # fmt: skip


def _bulk_follow_spam(stored: list[tuple[Response, CommentAnalysis]]) -> int:
    """`_follow_spam` for a batch: one UPDATE per distinct reason, one to lift flags."""
    to_flag: dict[str, list[Response]] = {}
    to_clear: list[Response] = []
    for response, analysis in stored:
        if analysis.spam and not response.spam:
            to_flag.setdefault(_spam_reason(analysis)[:200], []).append(response)
        elif (
            not analysis.spam
            and response.spam
            and response.spam_reason.startswith(SPAM_REASON_PREFIX)
        ):
            to_clear.append(response)
    for reason, responses in to_flag.items():
        Response.objects.filter(pk__in=[r.pk for r in responses]).update(
            spam=True, spam_reason=reason
        )
        for response in responses:
            response.spam, response.spam_reason = True, reason
    if to_clear:
        Response.objects.filter(pk__in=[r.pk for r in to_clear]).update(spam=False, spam_reason="")
        for response in to_clear:
            response.spam, response.spam_reason = False, ""
    return sum(len(responses) for responses in to_flag.values())


# Corrections --------------------------------------------------------------------------


def clean_correction(
    *,
    sentiment: str | None = None,
    topics: Iterable[str] | None = None,
    churn_signal: bool | None = None,
    spam: bool | None = None,
) -> dict[str, Any]:
    """The correction's columns, or CorrectionError naming the first label at fault."""
    fields: dict[str, Any] = {}
    if sentiment not in (None, ""):
        if sentiment not in Sentiment.values:
            raise CorrectionError(
                "sentiment", f"{sentiment!r} is not one of {', '.join(Sentiment.values)}."
            )
        fields["sentiment"] = sentiment
    if topics is not None:
        if isinstance(topics, str):
            raise CorrectionError("topics", "Give a list of P's, not one text.")
        chosen = list(topics)
        unknown = [t for t in chosen if t not in P.values]
        if unknown:
            raise CorrectionError(
                "topics",
                f"{', '.join(map(repr, unknown))} is not a P; choose from {', '.join(P.values)}.",
            )
        fields.update({p: p in chosen for p in TOPICS})
    for name, value in (("churn_signal", churn_signal), ("spam", spam)):
        if value is not None:
            if not isinstance(value, bool):
                raise CorrectionError(name, "Give true or false.")
            fields[name] = value
    if not fields:
        raise CorrectionError(
            "__all__", "Nothing to correct: give a sentiment, topics, churn or spam."
        )
    return fields


def correct(
    analysis: CommentAnalysis,
    *,
    by: Membership | None,
    sentiment: str | None = None,
    topics: Iterable[str] | None = None,
    churn_signal: bool | None = None,
    spam: bool | None = None,
) -> Correction:
    """Record a manager's correction and put its labels in force on the analysis.

    Marking a comment as spam flags its response; saying it is not spam counts the
    response again, as the response page's own spam button does.
    """
    fields = clean_correction(
        sentiment=sentiment, topics=topics, churn_signal=churn_signal, spam=spam
    )
    with transaction.atomic():
        correction = Correction.objects.create(
            organization_id=analysis.organization_id,
            analysis=analysis,
            by=by,
            previous=analysis.labels(),
            **fields,
        )
        labels = {name: getattr(analysis, name) for name in _machine_fields_names()}
        apply_corrections(labels, [correction])
        for name, value in labels.items():
            setattr(analysis, name, value)
        analysis.corrected_at = correction.created_at
        analysis.save(update_fields=[*labels, "corrected_at"])
        if "spam" in fields:
            _correct_spam(analysis.response, fields["spam"], by)
    return correction


def _correct_spam(response: Response, spam: bool, by: Membership | None) -> None:
    if spam and not response.spam:
        who = by.user.email if by is not None else "a manager"
        intake.flag_spam(response, reason=f"marked as spam by {who} ({SPAM_REASON_PREFIX})")
    elif not spam and response.spam:
        intake.clear_spam(response)


# Learning -----------------------------------------------------------------------------


def corrected_examples(organization: Organization) -> list[Any]:
    """One training example per corrected comment, with only its corrected labels."""
    from servicegap.textlens.learn import Example

    analyses = (
        CommentAnalysis.objects.filter(organization=organization, corrected_at__isnull=False)
        .select_related("response")
        .prefetch_related(
            Prefetch("corrections", queryset=Correction.objects.order_by("created_at", "pk"))
        )
        .order_by("pk")
    )
    examples = []
    for analysis in analyses:
        labels: dict[str, Any] = {}
        for correction in analysis.corrections.all():
            labels.update(correction.changes())
        comment = analysis.response.comment.strip()
        if not labels or not comment or comment == ERASED:
            continue  # (an erased comment's labels stay, but there is no text to learn)
        topics = labels.get("topics")
        examples.append(
            Example(
                analysis.response.comment,
                language=analysis.language or None,
                sentiment=labels.get("sentiment"),
                topics=frozenset(topics) if topics is not None else None,
                churn=labels.get("churn_signal"),
                spam=labels.get("spam"),
            )
        )
    return examples


def retrain(organization: Organization, *, base_only: bool = False) -> TextModelVersion:
    """Fit the organisation's model on the base examples and its corrections, save it
    under the data directory with the next version number, and put it in use.

    `base_only`: with no corrections left (all erased), fit the base examples alone
    rather than refuse, so that the version number still moves on (each process keeps
    the models it loaded by number)."""
    from servicegap.textlens import learn

    own = corrected_examples(organization)
    if not own and not base_only:
        raise RetrainError(
            f"{organization.slug}: no corrections yet, so nothing to learn beyond the base "
            "model; correct some comments first."
        )
    base = list(learn.base_examples())
    latest = TextModelVersion.objects.filter(organization=organization).aggregate(
        latest=Max("version")
    )["latest"]
    row = TextModelVersion(
        organization=organization,
        version=(latest or 0) + 1,
        base_examples=len(base),
        corrections=len(own),
    )
    # Each training writes a file of its own: of two trainings at once, the one that
    # loses the version number removes only its own file, never the one now in use.
    row.path = f"{model_folder(organization)}/model-v{row.version}-{secrets.token_hex(4)}.bin"
    model = learn.train([*base, *own], version=row.label)
    target = model_path(row)
    target.parent.mkdir(parents=True, exist_ok=True)
    learn.save_model(model, target)
    try:
        with transaction.atomic():
            TextModelVersion.objects.filter(organization=organization, is_current=True).update(
                is_current=False
            )
            row.is_current = True
            row.save(force_insert=True)
    except IntegrityError as error:
        target.unlink(missing_ok=True)
        raise RetrainError(
            f"{organization.slug}: another training made version {row.version} at the same "
            "time; try again."
        ) from error
    _loaded[(organization.pk, row.version)] = model
    return row


def needs_retraining(organization: Organization) -> bool:
    """Corrections were made since the current model was trained (or none was)."""
    row = current_version(organization.pk)
    corrections = Correction.objects.filter(organization=organization)
    if row is not None:
        corrections = corrections.filter(created_at__gt=row.created_at)
    return corrections.exists()
