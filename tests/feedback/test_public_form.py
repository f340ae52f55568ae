"""The public form at /s/<token>/: every question kind, idempotency, spam and bad input."""

from __future__ import annotations

import time
import uuid
from datetime import timedelta

import pytest
import time_machine
from django.test import override_settings
from django.utils import timezone

from servicegap.feedback import intake
from servicegap.feedback.models import Question, Response
from servicegap.feedback.tasks import forget_client_keys
from servicegap.standards.models import JourneyStep
from tests.factories import OrganizationFactory
from tests.feedback.conftest import form_key, send
from tests.feedback.factories import SurveyFactory, SurveyLinkFactory


def stored() -> int:
    return Response.objects.count()


# The page --------------------------------------------------------------------------------


def test_the_form_needs_no_login_and_asks_every_question(public, link):
    response = public.get(link.public_path())
    html = response.content.decode()
    assert response.status_code == 200
    for text in (
        "How friendly and helpful was our team?",
        "How smooth was the service",
        "How good was what you came for?",
        "How likely are you to recommend us to a friend?",
        "How easy was it to get what you wanted today?",
        "Which part of your visit are you telling us about?",
        "Anything you would like to tell us?",
        "May we contact you about your answers?",
    ):
        assert text in html
    assert "Arrival" in html and "Payment" in html


def test_the_page_is_light_and_has_no_javascript(public, link):
    response = public.get(link.public_path())
    html = response.content.decode().lower()
    assert len(response.content) < 50_000
    assert "<script" not in html
    assert " on" + "click" not in html
    assert '<link rel="stylesheet"' not in html  # one request: the style is inline


def test_the_page_shows_the_form_and_nothing_of_the_app(public, link, owner_olga):
    html = public.get(link.public_path()).content.decode()
    assert link.organization.name in html
    assert "Main" not in html  # the app's navigation
    assert "Location B" not in html
    assert "/feedback/" not in html


def test_the_form_is_never_cached(public, link):
    response = public.get(link.public_path())
    assert "no-store" in response["Cache-Control"]


def test_every_form_carries_a_fresh_idempotency_key(public, link):
    assert form_key(public, link) != form_key(public, link)


def test_the_honeypot_is_hidden_from_people(public, link):
    html = public.get(link.public_path()).content.decode()
    assert 'class="hp" aria-hidden="true"' in html
    assert 'name="website"' in html and 'tabindex="-1"' in html


# Every question kind ---------------------------------------------------------------------


@pytest.mark.parametrize("p", ["people", "process", "product"])
def test_a_rating_of_each_p_is_stored_in_its_column(public, link, p):
    response = send(public, link, **{p: 2})
    assert response.status_code == 200
    stored_response = Response.objects.get()
    assert stored_response.ratings_by_p() == {p: 2}
    assert (stored_response.location, stored_response.spam) == (link.location, False)


def test_nps_and_effort_are_stored_on_the_response(public, link):
    send(public, link, nps=10, effort=3)
    response = Response.objects.get()
    assert (response.nps, response.effort, response.nps_group) == (10, 3, "promoter")


def test_the_journey_step_is_stored(public, link, steps):
    send(public, link, people=5, step=steps[1].code)
    assert Response.objects.get().step == steps[1]


def test_the_comment_is_stored(public, link):
    send(public, link, comment="  The soup was cold.  ")
    assert Response.objects.get().comment == "The soup was cold."


def test_contact_details_are_kept_with_consent(public, link):
    send(public, link, people=4, contact_consent="on", contact="ana@example.test")
    response = Response.objects.get()
    assert response.contact_consent and response.contact == "ana@example.test"


def test_contact_details_without_the_consent_box_are_refused(public, link):
    response = send(public, link, people=4, contact="ana@example.test")
    assert response.status_code == 400
    assert "Tick this box if we may contact you" in response.content.decode()
    assert stored() == 0


def test_a_consent_box_without_details_asks_for_them(public, link):
    response = send(public, link, people=4, contact_consent="on")
    assert response.status_code == 400
    assert "Please give an e-mail address or a phone number" in response.content.decode()


def test_a_phone_number_is_accepted_as_contact(public, link):
    send(public, link, comment="Call me", contact_consent="on", contact="+33 6 12 34 56 78")
    assert Response.objects.get().contact == "+33 6 12 34 56 78"


def test_the_channel_and_table_come_from_the_link(public, link):
    send(public, link, people=3)
    response = Response.objects.get()
    assert (response.channel, response.table, response.location) == (
        "table",
        "7",
        link.location,
    )


def test_a_required_question_must_be_answered(public, world, steps):
    survey = SurveyFactory(organization=world.org, questions=["people", "comment"])
    Question.objects.filter(survey=survey, kind="people").update(required=True)
    link = SurveyLinkFactory(organization=world.org, survey=survey, location=world.location_a)
    response = send(public, link, comment="Fine")
    assert response.status_code == 400
    assert "Please answer this question." in response.content.decode()
    assert stored() == 0


def test_the_whole_visit_answers_the_step_question_even_if_marked_required(public, link):
    """ "My whole visit" is the step question's first answer: never refused as no answer
    (a survey saved before the question could no longer be made required)."""
    Question.objects.filter(survey=link.survey, kind="step").update(required=True)
    assert '<option value="" selected>My whole visit</option>' in public.get(
        link.public_path()
    ).content.decode("utf-8")
    response = send(public, link, people=4, step="")
    assert response.status_code == 200
    assert Response.objects.get().step is None


def test_a_survey_asks_only_its_questions(public, world):
    survey = SurveyFactory(organization=world.org, questions=["nps"])
    link = SurveyLinkFactory(organization=world.org, survey=survey, location=world.location_a)
    html = public.get(link.public_path()).content.decode()
    assert "recommend us" in html
    assert "friendly and helpful" not in html
    send(public, link, nps=8, people=1)
    assert (Response.objects.get().nps, Response.objects.get().people) == (8, None)


# Idempotency -----------------------------------------------------------------------------


def test_a_double_click_is_stored_once_and_shows_the_same_thank_you(public, link):
    key = form_key(public, link)
    first = public.post(link.public_path(), {"submission_id": key, "people": "5"})
    second = public.post(link.public_path(), {"submission_id": key, "people": "5"})
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert stored() == 1


def test_a_retry_after_a_lost_answer_is_stored_once(link):
    key = uuid.uuid4()
    answers = {"ratings": {"people": 4}, "comment": "", "honeypot": ""}
    first = intake.receive(link, answers, submission_id=key, language="en", address="1.2.3.4")
    again = intake.receive(link, answers, submission_id=key, language="en", address="1.2.3.4")
    assert first.created and not again.created
    assert again.response.pk == first.response.pk


def test_two_simultaneous_submissions_with_one_key_store_one_response(link):
    """The second writer loses the unique-constraint race and gets the stored row."""
    key = uuid.uuid4()
    answers = {"ratings": {"people": 4, "product": 2}, "comment": "", "honeypot": ""}
    first = intake.submit_response(link, answers, submission_id=key, language="en")
    # As if both had passed the "already stored?" check before either wrote.
    second = intake.submit_response(link, answers, submission_id=key, language="en")
    assert first.created and not second.created
    assert second.response.pk == first.response.pk
    assert stored() == 1
    assert Response.objects.get().ratings_by_p() == {"people": 4, "product": 2}


# Spam ------------------------------------------------------------------------------------


def test_a_filled_honeypot_is_kept_as_spam(public, link):
    send(public, link, people=1, website="http://cheap.example")
    response = Response.objects.get()
    assert response.spam and response.spam_reason == "honeypot field filled in"


def test_a_comment_with_a_link_is_kept_as_spam(public, link):
    send(public, link, people=5, comment="Best deals at www.example.test now")
    response = Response.objects.get()
    assert response.spam and response.spam_reason == "link in the comment"


def test_spam_gets_the_same_thank_you_as_anyone(public, link):
    response = send(public, link, people=5, comment="Visit https://spam.example")
    assert response.status_code == 200
    assert "Thank you" in response.content.decode()


# The thank-you page ----------------------------------------------------------------------


@pytest.mark.parametrize("nps", [0, 10])
def test_every_customer_is_invited_to_review_happy_or_not(public, link, nps):
    from tests.feedback.factories import FeedbackSettingsFactory

    FeedbackSettingsFactory(organization=link.organization, review_url="https://reviews.example/x")
    html = send(public, link, nps=nps).content.decode()
    assert 'href="https://reviews.example/x"' in html
    assert "Write a public review" in html


def test_no_review_invitation_without_a_review_page(public, link):
    html = send(public, link, nps=10).content.decode()
    assert "Write a public review" not in html


def test_the_surveys_own_thank_you_is_shown(public, world, link):
    link.survey.thank_you = "Merci mille fois, see you soon."
    link.survey.save()
    assert "Merci mille fois, see you soon." in send(public, link, nps=9).content.decode()


# Bad input: a clear message, nothing stored ------------------------------------------------


def test_an_empty_submission_asks_for_an_answer(public, link):
    response = send(public, link)
    assert response.status_code == 400
    assert "Please answer at least one question before sending." in response.content.decode()
    assert stored() == 0


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("people", "6", "Choose a whole number from 1 to 5."),
        ("process", "0", "Choose a whole number from 1 to 5."),
        ("product", "-1", "Choose a whole number from 1 to 5."),
        ("nps", "11", "Choose a whole number from 0 to 10."),
        ("effort", "8", "Choose a whole number from 1 to 7."),
        ("people", "4.5", "Choose a whole number from 1 to 5."),
        (
            "step",
            "00000000-0000-4000-8000-000000000000",
            "Choose one of the parts of the visit listed.",
        ),
    ],
)
def test_answers_out_of_range_are_refused(public, link, field, value, message):
    response = send(public, link, **{field: value, "comment": "ok"})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert stored() == 0


def test_a_100_kb_comment_is_refused_with_its_length(public, link):
    response = send(public, link, comment="x" * 100_000)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Please keep your comment under 2000 characters (it has 100000)." in html
    assert stored() == 0


def test_invalid_utf8_is_refused(public, link):
    key = form_key(public, link)
    body = f"submission_id={key}&people=4&comment=caf%C3%A9%FF%FEbad".encode()
    response = public.post(
        link.public_path(), body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    assert "could not be read" in response.content.decode()
    assert stored() == 0


def test_a_missing_or_forged_key_is_refused(public, link):
    response = public.post(link.public_path(), {"submission_id": "not-a-uuid", "people": "4"})
    assert response.status_code == 400
    assert "missing its key" in response.content.decode()
    assert stored() == 0


@pytest.mark.parametrize(
    ("field", "html"),
    [
        ("comment", "<script>alert(1)</script>"),
        ("comment", "Waited <b>40</b> minutes"),
        ("comment", "Nice <!-- hidden --> place"),
        ("comment", "Great <br/> food"),
        ("comment", "<a href=https://example.org>cheap pills</a>"),
        ("comment", "<svg onload=alert(1)>"),
        ("contact", "<img src=x onerror=alert(1)>"),
    ],
)
def test_html_in_any_field_is_refused_naming_it_and_shown_escaped(public, link, field, html):
    answers = {"people": 4, "contact_consent": "on", "contact": "ana@example.org", field: html}
    response = send(public, link, **answers)
    page = response.content.decode()
    assert response.status_code == 400
    assert "Please remove the HTML tags (text between &lt; and &gt;)." in page
    assert html not in page
    assert stored() == 0


@pytest.mark.parametrize("language", ["fr", "es"])
def test_html_is_refused_in_the_customer_s_language(public, link, language):
    response = send(public, link, query=f"?lang={language}", people=4, comment="<b>hi</b>")
    assert response.status_code == 400
    assert {"fr": "Merci de retirer les balises HTML", "es": "quite las etiquetas HTML"}[
        language
    ] in response.content.decode()


@pytest.mark.parametrize(
    "text",
    [
        "I <3 this place",
        "portions < last time",
        "5 > 4 stars",
        "<-",
        "Le serveur a dit <<pas possible>>",
        "El camarero dijo <<no hay mesa>>",
        "Attente <une heure et addition >40€",
        "Wait was <a long time>, bill >50 euros",
        "Write to me at <ana@example.org>",
        "<i think> it was fine",
    ],
)
def test_angle_brackets_that_are_no_html_are_kept(public, link, text):
    assert send(public, link, people=4, comment=text).status_code == 200
    assert Response.objects.get().comment == text


def test_an_unknown_token_says_so(public, db):
    response = public.get("/s/no-such-token/")
    assert response.status_code == 404
    assert "This feedback link does not exist" in response.content.decode()
    assert public.post("/s/no-such-token/", {"people": "4"}).status_code == 404
    assert stored() == 0


@pytest.mark.parametrize("closed", ["link", "survey", "location"])
def test_a_closed_link_says_it_is_no_longer_used(public, link, closed):
    target = {"link": link, "survey": link.survey, "location": link.location}[closed]
    target.is_active = False
    target.save()
    response = public.post(link.public_path(), {"submission_id": str(uuid.uuid4()), "people": "4"})
    assert response.status_code == 410
    assert "no longer in use" in response.content.decode()
    assert public.get(link.public_path()).status_code == 410
    assert stored() == 0


def test_another_organisations_data_never_shows_on_a_link(public, link):
    other = SurveyLinkFactory(organization=OrganizationFactory(name="Elsewhere Ltd"))
    html = public.get(link.public_path()).content.decode()
    assert "Elsewhere Ltd" not in html
    assert other.organization.name in public.get(other.public_path()).content.decode()


# Rate limits -----------------------------------------------------------------------------


@override_settings(FEEDBACK_MAX_PER_LINK=2, FEEDBACK_MAX_PER_ADDRESS=100)
def test_too_many_submissions_through_one_link_are_refused(public, link):
    assert send(public, link, people=4).status_code == 200
    assert send(public, link, people=4, REMOTE_ADDR="10.0.0.2").status_code == 200
    refused = send(public, link, people=4, comment="third")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "try again in a few minutes" in refused.content.decode()
    assert "third" in refused.content.decode()  # the answers stay in the form
    assert stored() == 2


@override_settings(FEEDBACK_MAX_PER_LINK=100, FEEDBACK_MAX_PER_ADDRESS=1)
def test_too_many_submissions_from_one_address_are_refused(public, link, link_b):
    assert send(public, link, people=4).status_code == 200
    assert send(public, link_b, people=4).status_code == 429
    assert send(public, link_b, people=4, REMOTE_ADDR="10.9.9.9").status_code == 200
    assert stored() == 2


@override_settings(FEEDBACK_MAX_PER_LINK=1, FEEDBACK_MAX_PER_ADDRESS=1)
def test_a_retry_of_a_stored_submission_is_not_rate_limited(public, link):
    key = form_key(public, link)
    assert public.post(link.public_path(), {"submission_id": key, "people": "3"}).status_code == 200
    assert public.post(link.public_path(), {"submission_id": key, "people": "3"}).status_code == 200
    assert stored() == 1


@override_settings(SERVICEGAP_TRUSTED_PROXIES=1, FEEDBACK_MAX_PER_ADDRESS=1)
def test_behind_a_proxy_the_forwarded_address_is_limited(public, link):
    assert send(public, link, people=4, HTTP_X_FORWARDED_FOR="9.9.9.9, 1.1.1.1").status_code == 200
    assert send(public, link, people=4, HTTP_X_FORWARDED_FOR="9.9.9.9, 2.2.2.2").status_code == 200
    assert send(public, link, people=4, HTTP_X_FORWARDED_FOR="8.8.8.8, 2.2.2.2").status_code == 429


@override_settings(FEEDBACK_MAX_PER_LINK=2, FEEDBACK_MAX_PER_ADDRESS=100, FEEDBACK_RATE_WINDOW=600)
def test_the_window_slides_and_retry_after_says_when_a_place_frees_up(public, link):
    # Two responses 500 s and 100 s ago fill the link's window of 600 s; the older one
    # leaves it in 100 s, so that is when a place frees up.
    now = timezone.now()
    for seconds_ago in (500, 100):
        stamp = now - timedelta(seconds=seconds_ago)
        with time_machine.travel(stamp, tick=False):
            assert (
                send(public, link, people=4, REMOTE_ADDR=f"10.0.0.{seconds_ago % 250}").status_code
                == 200
            )
    with time_machine.travel(now, tick=False):
        refused = send(public, link, people=4)
    assert refused.status_code == 429
    assert 99 <= int(refused["Retry-After"]) <= 101
    # 101 s later the older one has left the window.
    with time_machine.travel(now + timedelta(seconds=101), tick=False):
        assert send(public, link, people=4).status_code == 200
    assert stored() == 3


def test_the_client_is_kept_as_a_daily_key_and_forgotten(public, link):
    assert send(public, link, people=4, REMOTE_ADDR="10.1.2.3").status_code == 200
    response = Response.objects.get()
    assert response.client_key and "10.1.2.3" not in response.client_key
    today = intake.client_key("10.1.2.3")
    assert response.client_key == today
    assert intake.client_key("10.1.2.4") != today
    assert intake.client_key("10.1.2.3", now=time.time() + 86400) != today  # tomorrow's
    # The periodic task empties keys older than two days, and only those.
    assert forget_client_keys() == 0
    Response.objects.update(submitted_at=timezone.now() - timedelta(days=3))
    assert forget_client_keys() == 1
    assert Response.objects.get().client_key == ""


def test_a_step_removed_after_the_form_was_drawn_is_left_out(public, link, steps):
    key = form_key(public, link)  # the form, with its journey steps, is drawn and kept
    arrival = steps[0]
    # Retired in another server process, which cannot tell this one: for a few seconds
    # this process still offers it.
    JourneyStep.objects.filter(pk=arrival.pk).update(is_active=False)
    answer = {"submission_id": key, "people": "4", "step": str(arrival.code)}
    assert public.post(link.public_path(), answer).status_code == 200
    stored = Response.objects.get()
    assert stored.people == 4 and stored.step is None


def test_a_step_changed_here_reaches_the_form_at_once(public, link, steps):
    form_key(public, link)
    steps[0].is_active = False
    steps[0].save()
    assert steps[0].name not in public.get(link.public_path()).content.decode()


@pytest.mark.parametrize("token", ["a%00b", "..", "x" * 40, "a b"])
def test_a_token_that_cannot_be_one_is_not_found(public, token):
    assert public.get(f"/s/{token}/").status_code == 404
