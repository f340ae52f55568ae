"""The public form's "write to the top" question, and the thank-you page: thank you once,
and, when the customer asked, who will be in touch (English, French, Spanish)."""

from __future__ import annotations

import re

import pytest

from servicegap.feedback.models import Response
from tests.feedback.conftest import send
from tests.feedback.factories import SurveyFactory, SurveyLinkFactory

QUESTION = {
    "en": "Would you like the owner to hear about this personally?",
    "fr": "Souhaitez-vous que le propriétaire en soit informé personnellement ?",
    "es": "¿Desea que el propietario se entere de esto personalmente?",
}
NOTE_WITH_CONTACT = {
    "en": "The owner can reply only if you also let us contact you above.",
    "fr": "Le propriétaire ne peut vous répondre que si vous nous permettez aussi",
    "es": "El propietario solo puede responderle si también nos permite contactarle",
}
THANKS = {"en": "Thank you", "fr": "Merci", "es": "Gracias"}
IN_TOUCH = {
    "en": "Someone from the team will be in touch with you soon.",
    "fr": "Quelqu’un de l’équipe vous contactera bientôt.",
    "es": "Alguien del equipo se pondrá en contacto con usted pronto.",
}
OWNER_HEARS = {
    "en": "The owner will hear about this personally.",
    "fr": "Le propriétaire en sera informé personnellement.",
    "es": "El propietario se enterará de esto personalmente.",
}
NO_REPLY = {
    "en": "You left no contact details, so no one can reply to you.",
    "fr": "Vous n’avez pas laissé de coordonnées : personne ne pourra vous répondre.",
    "es": "No dejó datos de contacto, así que nadie podrá responderle.",
}
LANGUAGES = ["en", "fr", "es"]


def main(html: str) -> str:
    return html.split("<main", 1)[1].split("</main>", 1)[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_asks_after_the_answers_with_a_note_on_consent(public, link, language):
    html = public.get(f"{link.public_path()}?lang={language}").content.decode()
    question = html.index(QUESTION[language])
    assert html.index('name="comment"') < question < html.index('type="submit"')
    assert NOTE_WITH_CONTACT[language] in html
    assert 'aria-describedby="top_note"' in html


def test_without_a_contact_question_the_note_says_no_one_can_answer(public, world, steps):
    survey = SurveyFactory(organization=world.org, questions=["nps", "comment"])
    link = SurveyLinkFactory(organization=world.org, survey=survey, location=world.location_a)
    html = public.get(link.public_path()).content.decode()
    assert "This form asks for no contact details" in html


def test_the_tick_is_stored_with_the_response(public, link):
    send(public, link, nps=3, to_the_top="on")
    send(public, link, nps=9)
    assert list(Response.objects.order_by("pk").values_list("to_the_top", flat=True)) == [
        True,
        False,
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_thank_you_page_says_thank_you_once(public, link, language):
    body = main(send(public, link, f"?lang={language}", nps=9).content.decode())
    assert len(re.findall(THANKS[language], body, flags=re.IGNORECASE)) == 1
    assert IN_TOUCH[language] not in body
    assert OWNER_HEARS[language] not in body


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_customer_who_may_be_contacted_is_told_someone_will_be_in_touch(public, link, language):
    html = send(public, link, f"?lang={language}", nps=4, contact_consent="on",
                contact="kim@example.test").content.decode()  # fmt: skip
    body = main(html)
    assert IN_TOUCH[language] in body
    assert len(re.findall(THANKS[language], body, flags=re.IGNORECASE)) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_writing_to_the_top_without_consent_says_no_one_can_reply(public, link, language):
    body = main(send(public, link, f"?lang={language}", nps=2, to_the_top="on").content.decode())
    assert OWNER_HEARS[language] in body
    assert NO_REPLY[language] in body
    assert IN_TOUCH[language] not in body


@pytest.mark.parametrize("language", LANGUAGES)
def test_writing_to_the_top_with_consent_says_someone_will_be_in_touch(public, link, language):
    html = send(public, link, f"?lang={language}", nps=2, to_the_top="on",
                contact_consent="on", contact="+33 6 12 34 56 78").content.decode()  # fmt: skip
    body = main(html)
    assert OWNER_HEARS[language] in body
    assert IN_TOUCH[language] in body
    assert NO_REPLY[language] not in body


def test_each_customer_gets_their_own_thank_you_from_the_cached_pages(public, link):
    """The pages are kept per link and language: one customer's request never shows on
    the next customer's page."""
    asked = send(public, link, nps=2, contact_consent="on", contact="kim@example.test")
    plain = send(public, link, nps=9)
    assert IN_TOUCH["en"] in asked.content.decode()
    assert IN_TOUCH["en"] not in plain.content.decode()


def test_bad_contact_details_with_the_tick_store_nothing(public, link):
    response = send(public, link, nps=2, to_the_top="on", contact="kim@example.test")
    assert response.status_code == 400
    assert "Tick this box if we may contact you" in response.content.decode()
    assert not Response.objects.exists()


# The same through the API --------------------------------------------------------------


def test_the_api_takes_and_shows_the_request_for_the_owner(link, owner_olga):
    from django.test import Client

    from tests.feedback.test_api import bearer, submit

    assert submit(link, nps=2, to_the_top=True).status_code == 201
    assert Response.objects.get().to_the_top is True
    item = Client().get("/api/v1/feedback/responses", **bearer(owner_olga)).json()["items"][0]
    assert item["to_the_top"] is True


def test_the_api_refuses_a_request_for_the_owner_that_is_not_true_or_false(link):
    from tests.feedback.test_api import locs, submit

    response = submit(link, nps=2, to_the_top="yes please")
    assert response.status_code == 422
    assert ["body", "payload", "to_the_top"] in locs(response)
    assert not Response.objects.exists()
