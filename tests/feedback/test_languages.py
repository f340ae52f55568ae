"""English, French and Spanish on the public form: from the browser, with a switch."""

from __future__ import annotations

import gettext
from pathlib import Path

import pytest

import servicegap.feedback
from servicegap.feedback.models import Response
from servicegap.feedback.views import accepted_languages
from tests.feedback.conftest import send
from tests.feedback.factories import SurveyFactory, SurveyLinkFactory

GREETING = {
    "en": "How friendly and helpful was our team?",
    "fr": "Notre équipe a-t-elle été aimable et serviable ?",
    "es": "¿Qué tan amable y atento fue nuestro equipo?",
}
SEND = {"en": ">Send<", "fr": ">Envoyer<", "es": ">Enviar<"}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_form_speaks_the_browsers_language(public, link, language):
    response = public.get(link.public_path(), HTTP_ACCEPT_LANGUAGE=f"{language},en;q=0.5")
    html = response.content.decode()
    assert GREETING[language] in html and SEND[language] in html
    assert f'<html lang="{language}">' in html
    assert response["Content-Language"] == language


def test_the_first_offered_language_of_the_browser_wins(public, link):
    html = public.get(link.public_path(), HTTP_ACCEPT_LANGUAGE="de-DE, es;q=0.8, fr;q=0.9")
    assert GREETING["fr"] in html.content.decode()


def test_a_language_the_browser_refuses_is_not_chosen(public, link):
    """q=0 says "not French" (RFC 9110): the survey's main language, English, then."""
    response = public.get(link.public_path(), HTTP_ACCEPT_LANGUAGE="de, fr;q=0")
    assert response["Content-Language"] == "en"


def test_a_language_the_survey_does_not_offer_falls_back_to_its_main_one(public, world):
    survey = SurveyFactory(organization=world.org, default_language="fr", languages=[])
    link = SurveyLinkFactory(organization=world.org, survey=survey, location=world.location_a)
    html = public.get(link.public_path(), HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert GREETING["fr"] in html
    assert 'hreflang="es"' not in html  # one language: no switch


def test_the_switch_links_to_every_offered_language(public, link):
    html = public.get(link.public_path()).content.decode()
    assert '<a href="?lang=fr" lang="fr" hreflang="fr">Français</a>' in html
    assert '<a href="?lang=es" lang="es" hreflang="es">Español</a>' in html
    assert '<span aria-current="true" lang="en">English</span>' in html


def test_the_switch_overrides_the_browser(public, link):
    html = public.get(link.public_path() + "?lang=es", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert GREETING["es"] in html
    assert 'action="/s/' + link.token + '/?lang=es"' in html


def test_the_answer_records_its_language(public, link):
    send(public, link, "?lang=fr", people=5)
    assert Response.objects.get().language == "fr"


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fr", "Merci de répondre à au moins une question avant d’envoyer."),
        ("es", "Responda al menos a una pregunta antes de enviar, por favor."),
    ],
)
def test_errors_are_in_the_customers_language(public, link, language, message):
    response = send(public, link, f"?lang={language}")
    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.parametrize(
    ("language", "thanks"),
    [
        ("fr", "Merci ! Vos réponses sont bien parvenues à l’équipe."),
        ("es", "¡Gracias! Sus respuestas han llegado al equipo."),
    ],
)
def test_the_thank_you_is_in_the_customers_language(public, link, language, thanks):
    assert thanks in send(public, link, f"?lang={language}", nps=8).content.decode()


def test_the_surveys_own_translation_wins_over_the_default(public, link):
    link.survey.translations = {"es": {"title": "¿Qué tal la comida hoy?"}}
    link.survey.save()
    html = public.get(link.public_path() + "?lang=es").content.decode()
    assert "¿Qué tal la comida hoy?" in html
    french = public.get(link.public_path() + "?lang=fr").content.decode()
    assert "Comment s’est passée votre visite chez Sunny Side Cafés ?" in french


def test_a_closed_link_explains_in_the_browsers_language(public, link):
    link.is_active = False
    link.save()
    html = public.get(link.public_path(), HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert "Este enlace de opinión ya no está en uso." in html


def po_entries(path: Path) -> dict[tuple[str, str], str]:
    """{(context, msgid): msgstr} of the translated single-line entries of a .po file."""
    entries, context, msgid = {}, "", None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("msgctxt "):
            context = line[9:-1]
        elif line.startswith("msgid "):
            msgid = line[7:-1]
        elif line.startswith("msgstr ") and msgid:
            if line[8:-1]:
                entries[(context, msgid)] = line[8:-1].replace('\\"', '"')
            context, msgid = "", None
    return entries


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_compiled_catalogue_matches_its_source(language):
    """Users' machines may lack gettext: the .mo ships with the code and must be current."""
    folder = Path(servicegap.feedback.__file__).parent / "locale" / language / "LC_MESSAGES"
    with (folder / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    entries = po_entries(folder / "django.po")
    assert len(entries) >= 45
    for (context, msgid), msgstr in entries.items():
        found = compiled.pgettext(context, msgid) if context else compiled.gettext(msgid)
        assert found == msgstr, msgid


def test_accept_language_is_read_by_quality():
    assert accepted_languages("de-DE, es;q=0.8, fr;q=0.9, *;q=0.1") == ["de", "fr", "es"]
    assert accepted_languages("") == []
    assert accepted_languages("en;q=bad, fr") == ["fr", "en"]
    for odd in ("nan", "inf", "5", "-1"):
        assert accepted_languages(f"en;q=0.9, fr;q={odd}") == ["en", "fr"]
    assert accepted_languages("en, fr;q=0") == ["en"]
