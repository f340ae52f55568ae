"""Public pages of a customer's survey invitation (no login): the personal link, and
unsubscribing. The token is the key; they show the organisation's name and the form,
nothing of the customer."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django.views.decorators.vary import vary_on_headers

from servicegap.customers import invitations
from servicegap.customers.models import SurveyInvitation
from servicegap.feedback import intake, public_pages


def _unknown(request: HttpRequest) -> HttpResponse:
    language = translation.get_language_from_request(request)
    with translation.override(language):
        response = render(
            request, "customers/public_invitation_unknown.html", {"language": language}, status=404
        )
    response["Content-Language"] = language
    return response


def _unusable(
    request: HttpRequest, invitation: SurveyInvitation, language: str, message: str
) -> HttpResponse:
    """A clear page for a used or run-out link, offering the survey's ordinary link."""
    link = invitation.link
    return public_pages.render_page(
        request, link, language, "customers/public_invitation_used.html", 410,
        message=message, survey_url=f"{link.public_path()}?lang={language}",
    )  # fmt: skip


# Public: no login and no CSRF cookie, like the feedback form (the token is the key).
@csrf_exempt
@never_cache
@vary_on_headers("Accept-Language")
@require_http_methods(["GET", "POST"])
def invitation_form(request: HttpRequest, token: str) -> HttpResponse:
    invitation = invitations.find(token)
    if invitation is None:
        return _unknown(request)
    try:
        public = intake.open_link(invitation.link.token)
    except intake.LinkUnavailable as error:
        language = translation.get_language_from_request(request)
        return public_pages.render_page(
            request, invitation.link, language, "feedback/public_unavailable.html",
            error.status, message=error.message,
        )  # fmt: skip
    language = public_pages.language(request, public, invitation.language)
    action = f"{invitation.public_path()}?lang={language}"
    if request.method == "GET":
        try:
            invitations.check_usable(invitation)
        except invitations.InvitationUnusable as unusable:
            return _unusable(request, invitation, language, unusable.message)
        invitations.mark_opened(invitation)
        form = public_pages.form_for(public, language)
        return public_pages.render_form(request, public, form, language, action=action)
    form = public_pages.form_for(public, language, request.POST)
    with translation.override(language):
        valid = form.is_valid()
    if not valid:
        return public_pages.render_form(request, public, form, language, action=action, status=400)
    try:
        invitations.record_answer(
            invitation, form.answers(), submission_id=form.cleaned_data["submission_id"],
            language=language, address=intake.client_address(request),
        )  # fmt: skip
    except invitations.InvitationUnusable as unusable:
        return _unusable(request, invitation, language, unusable.message)
    except intake.RateLimited as limited:
        with translation.override(language):
            notice = translation.gettext(
                "Many answers have just been sent from here. Please try again in a few "
                "minutes: your answers are still in the form."
            )
        response = public_pages.render_form(
            request, public, form, language, action=action, status=429, notice=notice
        )
        response["Retry-After"] = str(limited.retry_after)
        return response
    return public_pages.render_thanks(request, public, language, form.answers())


@csrf_exempt  # mail clients' one-click POST (RFC 8058) carries no cookie
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET: one button (so that a mail scanner following links unsubscribes nobody);
    POST: no more surveys for this customer, for good."""
    invitation = invitations.find(token)
    if invitation is None:
        return _unknown(request)
    language = invitations.language_of(invitation)
    done = request.method == "POST"
    if done:
        invitations.unsubscribe(invitation)
    return public_pages.render_page(
        request, invitation.link, language, "customers/public_unsubscribe.html",
        done=done, action=request.path,
    )  # fmt: skip
