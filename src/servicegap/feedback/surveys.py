"""Workflows for surveys and their links: questions asked, wording, links per table."""

from __future__ import annotations

from django.db import transaction

from servicegap.core.models import Location
from servicegap.feedback.intake import forget_links
from servicegap.feedback.models import (
    NEVER_REQUIRED,
    QUESTION_ORDER,
    FeedbackSettings,
    Question,
    Survey,
    SurveyLink,
)


def save_survey_form(form, old_language: str | None) -> Survey:
    """The survey pages' and the API's save: `save_survey`, then every process's public
    form reads the survey again."""
    survey = save_survey(form, old_language)
    forget_links()
    return survey


def save_wording_form(survey: Survey, wording: dict[str, dict[str, str]]) -> None:
    """The wording page's and the API's save: `save_wording`, then the public forms read
    the survey again."""
    save_wording(survey, wording)
    forget_links()


def save_settings_form(form) -> FeedbackSettings:
    """The feedback settings page's and the API's save (alert rules, review page): the
    public forms read the rules again (the thank-you page invites to the review page)."""
    rules = form.save()
    forget_links()
    return rules


@transaction.atomic
def save_survey(form, old_language: str | None) -> Survey:
    """Save a survey's settings form and the questions it asks, together; a main language
    changed from `old_language` keeps each text in its language (see `move_main_language`)."""
    survey = form.save()
    if old_language is not None:
        move_main_language(survey, old_language)
    set_questions(survey, form.asks())
    return survey


def move_main_language(survey: Survey, old: str) -> None:
    """The main language's texts live in the survey's and questions' own fields, the
    others' in `translations`: when the main language changes from `old`, the texts in
    those fields (old's) join old's translations, and the new main language's
    translations move into the fields."""
    new = survey.default_language
    if new == old:
        return
    translations = dict(survey.translations or {})
    ours = {field: getattr(survey, field) for field in Survey.TEXT_FIELDS if getattr(survey, field)}
    theirs = translations.pop(new, None) or {}
    if ours:
        translations[old] = {**(translations.get(old) or {}), **ours}
    for field in Survey.TEXT_FIELDS:
        setattr(survey, field, str(theirs.get(field, "")))
    survey.translations = translations
    survey.save(update_fields=[*Survey.TEXT_FIELDS, "translations"])
    for question in survey.questions.all():
        labels = dict(question.translations or {})
        label = str(labels.pop(new, "") or "")
        if question.label:
            labels[old] = question.label
        question.label, question.translations = label, labels
        question.save(update_fields=["label", "translations"])


@transaction.atomic
def set_questions(survey: Survey, asks: dict[str, str]) -> list[Question]:
    """Ask exactly the kinds whose mode is "optional" or "required", in the standard order.

    A question no longer asked is deleted; answers already given stay on their responses.
    """
    existing = {question.kind: question for question in survey.questions.all()}
    kept = []
    for position, kind in enumerate(QUESTION_ORDER):
        mode = asks.get(kind, "")
        question = existing.get(kind)
        if not mode:
            if question is not None:
                question.delete()
            continue
        required = mode == "required" and kind not in NEVER_REQUIRED
        if question is None:
            question = Question.objects.create(
                organization_id=survey.organization_id,
                survey=survey,
                kind=kind,
                position=position,
                required=required,
            )
        elif (question.required, question.position) != (required, position):
            question.required, question.position = required, position
            question.save(update_fields=["required", "position"])
        kept.append(question)
    return kept


@transaction.atomic
def create_survey(
    organization, *, name: str, default_language: str = "en", languages=(), asks=None, **texts
) -> Survey:
    """A survey asking every question (optional) unless `asks` says otherwise."""
    survey = Survey.objects.create(
        organization=organization,
        name=name,
        default_language=default_language,
        languages=list(languages),
        **texts,
    )
    set_questions(survey, asks or dict.fromkeys(QUESTION_ORDER, "optional"))
    return survey


@transaction.atomic
def save_wording(survey: Survey, wording: dict[str, dict[str, str]]) -> None:
    """Store the survey's own texts per language; an empty text means the default wording.

    `wording` is {language: {"title"|"intro"|"thank_you"|"q_<kind>": text}}.
    """
    questions = list(survey.questions.all())
    translations = dict(survey.translations)
    for language, texts in wording.items():
        if language == survey.default_language:
            for field in Survey.TEXT_FIELDS:
                setattr(survey, field, texts.get(field, ""))
        else:
            own = {field: texts[field] for field in Survey.TEXT_FIELDS if texts.get(field)}
            translations[language] = own
        for question in questions:
            text = texts.get(f"q_{question.kind}", "")
            if language == survey.default_language:
                question.label = text
            elif text:
                question.translations = {**question.translations, language: text}
            else:
                question.translations = {
                    k: v for k, v in question.translations.items() if k != language
                }
    survey.translations = {lang: texts for lang, texts in translations.items() if texts}
    survey.save()
    Question.objects.bulk_update(questions, ["label", "translations"])


@transaction.atomic
def create_links(
    *, survey: Survey, location: Location, channel: str, tables: list[str]
) -> list[SurveyLink]:
    """One link, or one per table, each with its own token."""
    return [
        SurveyLink.objects.create(
            organization_id=survey.organization_id,
            survey=survey,
            location=location,
            channel=channel,
            table=table,
        )
        for table in (tables or [""])
    ]


@transaction.atomic
def make_links(
    organization, *, survey: Survey | None, location: Location, channel: str, tables: list[str]
) -> list[SurveyLink]:
    """The new-link page's and the API's links: with no survey chosen, the organisation's
    standard one (made, or reopened, with them); all stored, or none."""
    survey = survey or default_survey(organization)
    return create_links(survey=survey, location=location, channel=channel, tables=tables)


def set_link_open(link: SurveyLink, is_open: bool) -> SurveyLink:
    """Open or close a link in one conditional UPDATE; raises `LinkStateError` when it is
    already so. Every process's public form reads the link again."""
    done = SurveyLink.objects.filter(pk=link.pk, is_active=not is_open).update(is_active=is_open)
    if not done:
        raise LinkStateError(
            "This link is already open." if is_open else "This link is already closed."
        )
    link.is_active = is_open
    forget_links()
    return link


def save_link(link: SurveyLink) -> SurveyLink:
    """Store an edited link; every process's public form reads it again."""
    link.save()
    forget_links()
    return link


class LinkStateError(Exception):
    """A step the link's state refuses (closing a closed link)."""


DEFAULT_SURVEY_NAME = "Customer survey"


@transaction.atomic
def default_survey(organization) -> Survey:
    """The survey a first link uses when the organisation has none in use: "Customer
    survey", asking every question in English, French and Spanish (made, or reopened)."""
    survey = Survey.objects.filter(
        organization=organization, name__iexact=DEFAULT_SURVEY_NAME
    ).first()
    if survey is None:
        return create_survey(organization, name=DEFAULT_SURVEY_NAME, languages=["en", "fr", "es"])
    if not survey.is_active:
        survey.is_active = True
        survey.save(update_fields=["is_active"])
    return survey
