"""The public form for other apps' public pages (a customer's personal survey link in
`customers`): the same form, texts and thank-you page as `/s/<token>/`, posting
elsewhere. Feedback never learns who the customer is; the caller stores the answers."""

from __future__ import annotations

import uuid
from typing import Any

from django.http import HttpRequest, HttpResponse

from servicegap.feedback import intake
from servicegap.feedback.forms import PublicResponseForm
from servicegap.feedback.models import SurveyLink
from servicegap.feedback.views import (
    _answered,
    _public_context,
    _public_render,
    _thank_you,
    public_language,
)

__all__ = ["form_for", "language", "render_form", "render_page", "render_thanks"]


def language(request: HttpRequest, public: intake.PublicLink, preferred: str = "") -> str:
    """?lang= or the browser's language when the survey offers it; else `preferred`
    when offered (the customer's own); else the survey's main language."""
    offered = public.offered
    if request.GET.get("lang", "") in offered or preferred not in offered:
        return public_language(request, offered)
    return preferred


def form_for(public: intake.PublicLink, language: str, data: Any = None) -> PublicResponseForm:
    """The link's public form in `language`, bound to `data` when given, else new."""
    options: dict[str, Any] = {"survey": public.link.survey, "questions": public.questions}
    options |= {"steps": public.steps, "language": language}
    options["fields"] = public.form_fields(language)
    if data is not None:
        return PublicResponseForm(data, **options)
    return PublicResponseForm(initial={"submission_id": uuid.uuid4()}, **options)


def render_form(
    request: HttpRequest,
    public: intake.PublicLink,
    form: PublicResponseForm,
    language: str,
    *,
    action: str,
    status: int = 200,
    notice: str = "",
) -> HttpResponse:
    """The public form page of `public`'s survey, posting to `action`."""
    link = public.link
    context = _public_context(
        link, language, form=form, rows=form.rows(), intro=link.survey.text("intro", language),
        notice=notice, action=action,
    )  # fmt: skip
    return _public_render(request, "feedback/public_form.html", context, language, status)


def render_thanks(
    request: HttpRequest, public: intake.PublicLink, language: str, answers: dict | None = None
) -> HttpResponse:
    """The link's thank-you page: the same for every customer, happy or not; only what
    they asked for (to be contacted, the owner to hear of it) changes a sentence."""
    return _thank_you(request, public, language, _answered(answers or {}))


def render_page(
    request: HttpRequest,
    link: SurveyLink,
    language: str,
    template: str,
    status: int = 200,
    **extra: Any,
) -> HttpResponse:
    """Another app's public page in the public form's layout, naming the organisation."""
    context = _public_context(link, language, **extra)
    return _public_render(request, template, context, language, status)
