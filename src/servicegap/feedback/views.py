from __future__ import annotations

import math
import uuid
from uuid import UUID

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    StreamingHttpResponse,
)
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from servicegap.core import access
from servicegap.core.access import MemberRequest, get_for_member, member_required
from servicegap.core.models import Location, P
from servicegap.feedback import cards, exports, filters, intake, qr, surveys
from servicegap.feedback.forms import (
    TO_THE_TOP_QUESTION,
    FeedbackSettingsForm,
    InboxFilterForm,
    PublicResponseForm,
    SurveyForm,
    SurveyLinkCreateForm,
    SurveyLinkForm,
    SurveyWordingForm,
)
from servicegap.feedback.models import (
    FeedbackSettings,
    Response,
    Survey,
    SurveyLink,
    language_choices,
)
from servicegap.standards.pdf import PANGO_HINT, PdfUnavailable

INBOX_PAGE_SIZE = 25

# The public form ----------------------------------------------------------------------


def accepted_languages(header: str) -> list[str]:
    """Language codes from an Accept-Language header, most wanted first ("fr-CA" → "fr")."""
    weighted = []
    for position, part in enumerate(header.split(",")[:20]):
        code, _sep, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = math.nan
            if not 0 <= quality <= 1:
                quality = 0.001  # unreadable (bad, nan, inf, 5, -1): kept, last
        if code and code != "*" and quality > 0:  # q=0: "not this one" (RFC 9110)
            weighted.append((-quality, position, code.split("-")[0].lower()))
    return [code for _q, _p, code in sorted(weighted)]


def public_language(request: HttpRequest, offered: list[str]) -> str:
    """?lang= when the survey offers it, else the browser's first `offered` language, else
    the survey's main language (the first offered)."""
    asked = request.GET.get("lang", "")
    if asked in offered:
        return asked
    for code in accepted_languages(request.META.get("HTTP_ACCEPT_LANGUAGE", "")):
        if code in offered:
            return code
    return offered[0]


def _public_context(link: SurveyLink, language: str, **extra) -> dict:
    survey = link.survey
    names = dict(language_choices())
    offered = survey.offered_languages()
    return {
        "organization": link.organization,
        "language": language,
        "title": survey.text("title", language),
        "languages": [
            {"code": code, "name": names.get(code, code), "current": code == language}
            for code in offered
        ]
        if len(offered) > 1
        else [],
        **extra,
    }


def _public_render(
    request: HttpRequest, template: str, context: dict, language: str, status: int = 200
) -> HttpResponse:
    with translation.override(language):
        response = render(request, template, context, status=status)
    response["Content-Language"] = language
    return response


# Public: no login, no CSRF cookie. The form is open to anyone by design, so a forged
# cross-site POST could do nothing a visitor cannot; requiring a cookie would only lose
# the answers of customers whose in-app browser refuses it. Duplicates are stopped by
# `submission_id`, abuse by the honeypot and the rate limits.
@csrf_exempt
@never_cache
@vary_on_headers("Accept-Language")  # the page's language (no LocaleMiddleware here)
@require_http_methods(["GET", "POST"])
def public_form(request: HttpRequest, token: str) -> HttpResponse:
    try:
        public = intake.open_link(token)
    except intake.LinkUnavailable as error:
        language = translation.get_language_from_request(request)
        context = {"message": error.message, "language": language}
        return _public_render(
            request, "feedback/public_unavailable.html", context, language, error.status
        )
    link, survey = public.link, public.link.survey
    language = public_language(request, public.offered)
    options = {"survey": survey, "questions": public.questions, "steps": public.steps}
    options |= {"language": language, "fields": public.form_fields(language)}
    if request.method == "POST":
        form = PublicResponseForm(request.POST, **options)
        with translation.override(language):
            valid = form.is_valid()
        if valid:
            try:
                intake.receive(
                    link,
                    form.answers(),
                    submission_id=form.cleaned_data["submission_id"],
                    language=language,
                    address=intake.client_address(request),
                )
            except intake.RateLimited as limited:
                with translation.override(language):
                    notice = _(
                        "Many answers have just been sent from here. Please try again in a "
                        "few minutes: your answers are still in the form."
                    )
                response = _public_form_page(request, link, form, language, notice, 429)
                response["Retry-After"] = str(limited.retry_after)
                return response
            return _thank_you(request, public, language, _answered(form.answers()))
        return _public_form_page(request, link, form, language, "", 400)
    return _new_form_page(request, public, language, options)


def _new_form_page(
    request: HttpRequest, public: intake.PublicLink, language: str, options: dict
) -> HttpResponse:
    """A new customer's form: the same page for everyone but its submission key.

    Rendered once per link and language with a placeholder key, then served from the
    link's cached copy with a new key put in its place.
    """
    cached = public.form_pages.get(language)
    if cached is None:
        placeholder = uuid.uuid4()
        form = PublicResponseForm(initial={"submission_id": placeholder}, **options)
        page = _public_form_page(request, public.link, form, language, "", 200).content
        cached = public.form_pages[language] = (page, str(placeholder).encode())
    page, placeholder = cached
    response = HttpResponse(page.replace(placeholder, str(uuid.uuid4()).encode()))
    response["Content-Language"] = language
    return response


def _public_form_page(
    request: HttpRequest,
    link: SurveyLink,
    form: PublicResponseForm,
    language: str,
    notice: str,
    status: int,
) -> HttpResponse:
    context = _public_context(
        link,
        language,
        form=form,
        rows=form.rows(),
        intro=link.survey.text("intro", language),
        notice=notice,
        action=f"{link.public_path()}?lang={language}",
        # "Write to the top", after the answers; its note depends on the contact question.
        top_question=TO_THE_TOP_QUESTION,
        has_contact="contact_consent" in form.fields,
    )
    return _public_render(request, "feedback/public_form.html", context, language, status)


def _answered(answers: dict) -> str:
    """Which thank-you the customer gets: "" (no contact asked), "contact" (someone will
    be in touch), "top" (the owner hears of it, no one can reply) or "top-contact"."""
    contact = "contact" if answers.get("contact_consent") else ""
    if answers.get("to_the_top"):
        return "top-contact" if contact else "top"
    return contact


def _thank_you(
    request: HttpRequest, public: intake.PublicLink, language: str, answered: str = ""
) -> HttpResponse:
    """The same page for every customer, happy or not, and for a repeated submission;
    only what they asked for (`_answered`: contact, the owner) changes a sentence.

    Rendered once per link, language and kind of request, then served from the link's
    cached copy.
    """
    key = f"{language}:{answered}" if answered else language
    page = public.thank_you_pages.get(key)
    if page is None:
        link = public.link
        rules = FeedbackSettings.for_organization(link.organization)
        context = _public_context(
            link,
            language,
            thank_you=link.survey.text("thank_you", language),
            review_url=rules.review_url,
            in_touch=answered in ("contact", "top-contact"),
            to_the_top=answered in ("top", "top-contact"),
        )
        page = _public_render(request, "feedback/public_thanks.html", context, language).content
        public.thank_you_pages[key] = page
    response = HttpResponse(page)
    response["Content-Language"] = language
    return response


# Inbox, responses and exports ---------------------------------------------------------


def _inbox_filters(request: MemberRequest) -> tuple[InboxFilterForm, dict | None]:
    """The bound filter form and its cleaned data (None when invalid)."""
    form = InboxFilterForm(request.GET or None, membership=request.membership)
    if not form.is_bound:
        return form, {"spam": "hide"}
    return form, (form.cleaned_data if form.is_valid() else None)


@member_required(access.SUPERVISORS)
def inbox(request: MemberRequest) -> HttpResponse:
    membership = request.membership
    tz = membership.organization.tz
    form, cleaned = _inbox_filters(request)
    responses = Response.objects.for_member(membership)
    if cleaned is None:
        listed, summary, total = responses.none(), [], None
    else:
        listed = filters.filter_responses(responses, cleaned, tz)
        summary, total = filters.inbox_summary(membership, responses, cleaned, tz)
    page = Paginator(
        listed.select_related("location", "step", "analysis"), INBOX_PAGE_SIZE
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "feedback/inbox.html",
        {
            "form": form,
            "page": page,
            "summary": summary,
            "total": total,
            "ps": P.choices,
            "export_query": request.GET.urlencode(),
        },
        status=400 if cleaned is None else 200,
    )


@member_required(access.SUPERVISORS)
def response_detail(request: MemberRequest, response_code: UUID) -> HttpResponse:
    response = get_for_member(Response, request.membership, code=response_code)
    labels = dict(P.choices)
    ratings = response.ratings_by_p()
    return render(
        request,
        "feedback/response_detail.html",
        {
            "response": response,
            "ratings": [(labels[p], ratings.get(p)) for p in P.values],
            # The button posts to the recovery app's "case-from-response" (by URL name).
            "can_close_loop": request.membership.role in access.LOCATION_MANAGERS,
            "can_mark_spam": request.membership.role in access.LOCATION_MANAGERS,
        },
    )


@require_POST
@member_required(access.LOCATION_MANAGERS)
def response_spam(request: MemberRequest, response_code: UUID) -> HttpResponse:
    response = get_for_member(Response, request.membership, code=response_code)
    spam = request.POST.get("spam") == "yes"
    intake.mark_spam(response, spam, by_email=request.user.email)
    if spam:
        messages.success(request, _("Marked as spam: it no longer counts in any score."))
    else:
        messages.success(request, _("Not spam: it counts in the scores again."))
    return redirect(response)


def _export_queryset(request: MemberRequest):
    form, cleaned = _inbox_filters(request)
    if cleaned is None:
        return None, form
    responses = Response.objects.for_member(request.membership)
    return filters.filter_responses(responses, cleaned, request.membership.organization.tz), form


def _export_error(form: InboxFilterForm) -> HttpResponse:
    lines = [f"{name}: {' '.join(errors)}" for name, errors in form.errors.items()]
    return HttpResponse(
        "Cannot export: " + "; ".join(lines), status=400, content_type="text/plain; charset=utf-8"
    )


@member_required(access.SUPERVISORS)
def export_csv(request: MemberRequest) -> HttpResponse:
    responses, form = _export_queryset(request)
    if responses is None:
        return _export_error(form)
    response = StreamingHttpResponse(
        exports.csv_lines(responses, request.membership.organization.tz),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{exports.export_name("csv")}"'
    return response


@member_required(access.SUPERVISORS)
def export_xlsx(request: MemberRequest) -> HttpResponse:
    responses, form = _export_queryset(request)
    if responses is None:
        return _export_error(form)
    refusal = exports.xlsx_refusal(responses)
    if refusal:
        return HttpResponse(refusal, status=400, content_type="text/plain; charset=utf-8")
    return FileResponse(
        exports.xlsx_file(responses, request.membership.organization.tz),
        as_attachment=True,
        filename=exports.export_name("xlsx"),
        content_type=exports.XLSX_TYPE,
    )


# Surveys ------------------------------------------------------------------------------


@member_required(access.SUPERVISORS)
def survey_list(request: MemberRequest) -> HttpResponse:
    surveys_ = Survey.objects.for_member(request.membership).prefetch_related("questions")
    return render(
        request,
        "feedback/survey_list.html",
        {"surveys": surveys_, "can_edit": request.membership.role in access.LEADERS},
    )


def _survey_form(request: MemberRequest, survey: Survey | None, title: str) -> HttpResponse:
    old_language = survey.default_language if survey is not None else None
    form = SurveyForm(request.POST or None, instance=survey, membership=request.membership)
    if request.method == "POST" and form.is_valid():
        saved = surveys.save_survey_form(form, old_language)
        messages.success(request, _("Saved %(name)s.") % {"name": saved})
        return redirect(saved)
    return render(
        request,
        "feedback/survey_form.html",
        {"form": form, "title": title, "survey": survey},
        status=400 if form.is_bound else 200,
    )


@member_required(access.LEADERS)
def survey_create(request: MemberRequest) -> HttpResponse:
    return _survey_form(request, None, _("New survey"))


@member_required(access.LEADERS)
def survey_edit(request: MemberRequest, survey_code: UUID) -> HttpResponse:
    survey = get_for_member(Survey, request.membership, code=survey_code)
    return _survey_form(request, survey, _("Survey %(name)s") % {"name": survey})


@member_required(access.LEADERS)
def survey_wording(request: MemberRequest, survey_code: UUID) -> HttpResponse:
    survey = get_for_member(Survey, request.membership, code=survey_code)
    questions = list(survey.questions.all())
    for question in questions:
        question.survey = survey
    form = SurveyWordingForm(request.POST or None, survey=survey, questions=questions)
    if request.method == "POST" and form.is_valid():
        surveys.save_wording_form(survey, form.wording())
        messages.success(request, _("Wording saved."))
        return redirect("feedback:survey-wording", survey_code=survey.code)
    return render(
        request,
        "feedback/survey_wording.html",
        {"form": form, "survey": survey},
        status=400 if form.is_bound else 200,
    )


# Links, QR codes and table cards ------------------------------------------------------


def _links(request: MemberRequest):
    links = SurveyLink.objects.for_member(request.membership).select_related("survey", "location")
    selected = None
    code = request.GET.get("location", "")
    if code:
        try:
            selected = get_for_member(Location, request.membership, code=UUID(code))
        except ValueError:
            raise Http404 from None
        links = links.filter(location=selected)
    return links, selected


def _site_warning() -> str:
    """What to do when the site address is one phones cannot open; "" when it is fine."""
    if qr.is_loopback(settings.SITE_URL):
        return qr.LOOPBACK_HINT.format(url=settings.SITE_URL)
    return ""


@member_required(access.SUPERVISORS)
def link_list(request: MemberRequest) -> HttpResponse:
    links, selected = _links(request)
    return render(
        request,
        "feedback/link_list.html",
        {
            "links": sorted(links, key=SurveyLink.sort_key),
            "selected": selected,
            "locations": request.membership.visible_locations(),
            "can_edit": request.membership.role in access.LOCATION_MANAGERS,
            "site_warning": _site_warning(),
        },
    )


@member_required(access.LOCATION_MANAGERS)
def link_create(request: MemberRequest) -> HttpResponse:
    form = SurveyLinkCreateForm(request.POST or None, membership=request.membership)
    if request.method == "POST" and form.is_valid():
        made = surveys.make_links(
            request.membership.organization,
            survey=form.cleaned_data["survey"],
            location=form.cleaned_data["location"],
            channel=form.cleaned_data["channel"],
            tables=form.cleaned_data["tables"],
        )
        messages.success(request, _("%(count)d link(s) made.") % {"count": len(made)})
        return redirect(reverse("feedback:link-list") + f"?location={made[0].location.code}")
    return render(
        request,
        "core/form.html",
        {
            "form": form,
            "title": _("New feedback link"),
            "intro": _("Each link has its own QR code and table card."),
            "cancel_url": reverse("feedback:link-list"),
        },
        status=400 if form.is_bound else 200,
    )


@member_required(access.LOCATION_MANAGERS)
def link_edit(request: MemberRequest, surveylink_code: UUID) -> HttpResponse:
    link = get_for_member(SurveyLink, request.membership, code=surveylink_code)
    form = SurveyLinkForm(request.POST or None, instance=link, membership=request.membership)
    if request.method == "POST" and form.is_valid():
        surveys.save_link(form.save(commit=False))
        messages.success(request, _("Saved %(name)s.") % {"name": link})
        return redirect("feedback:link-list")
    return render(
        request,
        "core/form.html",
        {
            "form": form,
            "title": _("Link %(name)s") % {"name": link},
            "intro": link.public_url(),
            "cancel_url": reverse("feedback:link-list"),
        },
        status=400 if form.is_bound else 200,
    )


@member_required(access.SUPERVISORS)
def link_qr_svg(request: MemberRequest, surveylink_code: UUID) -> HttpResponse:
    link = get_for_member(SurveyLink, request.membership, code=surveylink_code)
    response = HttpResponse(qr.qr_svg(link.public_url()), content_type="image/svg+xml")
    response["Content-Disposition"] = f'inline; filename="feedback-{link.token}.svg"'
    return response


@member_required(access.SUPERVISORS)
def link_qr_png(request: MemberRequest, surveylink_code: UUID) -> HttpResponse:
    link = get_for_member(SurveyLink, request.membership, code=surveylink_code)
    response = HttpResponse(qr.qr_png(link.public_url()), content_type="image/png")
    response["Content-Disposition"] = f'inline; filename="feedback-{link.token}.png"'
    return response


def _cards(request: MemberRequest, links: list[SurveyLink], *, pdf_url: str = "") -> HttpResponse:
    context = {
        "pages": cards.pages(cards.card_list(links)),
        "site_warning": _site_warning(),
        "pdf_url": pdf_url,
    }
    return render(request, "feedback/link_cards.html", context)


@member_required(access.SUPERVISORS)
def link_card(request: MemberRequest, surveylink_code: UUID) -> HttpResponse:
    link = get_for_member(SurveyLink, request.membership, code=surveylink_code)
    return _cards(request, [link])


def _open_links(request: MemberRequest) -> list[SurveyLink]:
    links, _selected = _links(request)
    return cards.open_links(links)


@member_required(access.SUPERVISORS)
def link_cards(request: MemberRequest) -> HttpResponse:
    query = request.GET.urlencode()
    pdf_url = reverse("feedback:link-cards-pdf") + (f"?{query}" if query else "")
    return _cards(request, _open_links(request), pdf_url=pdf_url)


@member_required(access.SUPERVISORS)
def link_cards_pdf(request: MemberRequest) -> HttpResponse:
    """The table cards as a PDF, four to an A4 page; with no open link, a message."""
    links = _open_links(request)
    if not links:
        messages.info(request, _("There is no open link to print: make a link first."))
        return redirect("feedback:link-list")
    try:
        pdf = cards.cards_pdf(links)
    except PdfUnavailable:
        messages.error(
            request, _("PDFs cannot be made on this server. %(hint)s") % {"hint": PANGO_HINT}
        )
        return redirect("feedback:link-cards")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="table-cards.pdf"'
    return response


# Settings -----------------------------------------------------------------------------


@member_required(access.ORGANISATION_ADMINS)
def feedback_settings(request: MemberRequest) -> HttpResponse:
    instance = FeedbackSettings.for_organization(request.membership.organization)
    form = FeedbackSettingsForm(
        request.POST or None, instance=instance, membership=request.membership
    )
    if request.method == "POST" and form.is_valid():
        surveys.save_settings_form(form)
        messages.success(request, _("Feedback settings saved."))
        return redirect("feedback:settings")
    return render(
        request,
        "feedback/settings.html",
        {"form": form, "title": _("Feedback settings")},
        status=400 if form.is_bound else 200,
    )
