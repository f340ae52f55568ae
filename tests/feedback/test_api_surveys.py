"""Surveys in the API, as on Feedback → Surveys: list, one, make, change (questions asked,
languages, in use or not) and wording."""

from __future__ import annotations

import pytest

from servicegap.core.models import Role
from servicegap.feedback.models import QUESTION_ORDER, Question, Survey
from tests.feedback.factories import SurveyFactory
from tests.feedback.test_api_links import READERS, call

LEADERS = {Role.OWNER, Role.EXECUTIVE}
EVERY_QUESTION = dict.fromkeys(QUESTION_ORDER, "optional")


def asked(survey: Survey) -> dict[str, str]:
    found = {q.kind: "required" if q.required else "optional" for q in survey.questions.all()}
    return {kind: found.get(kind, "") for kind in QUESTION_ORDER}


def counts() -> tuple[int, int]:
    return Survey.objects.count(), Question.objects.count()


# List and one ----------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_readers_list_the_organisations_surveys(
    client, role, member_of_role, survey, outsider_otto
):
    SurveyFactory(organization=outsider_otto.organization, name="Otto's survey")
    SurveyFactory(organization=survey.organization, name="Amber", questions=["nps", "comment"])
    response = call(client, member_of_role(role), "get", "/surveys")
    if role not in READERS:
        assert response.status_code == 403
        return
    assert response.status_code == 200
    items = response.json()
    assert [item["name"] for item in items] == ["Amber", "Guest survey"]
    amber, guest = items
    assert amber["asks"] == {
        **dict.fromkeys(QUESTION_ORDER, ""),
        "nps": "optional",
        "comment": "optional",
    }
    assert guest["asks"] == EVERY_QUESTION
    assert guest["languages"] == ["en", "fr", "es"] and guest["default_language"] == "en"
    assert guest["is_active"] is True and guest["code"] == str(survey.code)


@pytest.mark.parametrize("role", list(Role))
def test_readers_read_one_survey_its_questions_and_texts(client, role, member_of_role, survey):
    survey.title = "Tell us"
    survey.translations = {"fr": {"title": "Dites-nous"}}
    survey.save()
    Question.objects.filter(survey=survey, kind="people").update(
        required=True, label="Our team?", translations={"es": "¿Nuestro equipo?"}
    )
    response = call(client, member_of_role(role), "get", f"/surveys/{survey.code}")
    if role not in READERS:
        assert response.status_code == 403
        return
    assert response.status_code == 200
    data = response.json()
    assert [q["kind"] for q in data["questions"]] == QUESTION_ORDER
    people = data["questions"][0]
    assert people["required"] is True
    assert people["text"]["en"] == "Our team?" and people["text"]["es"] == "¿Nuestro equipo?"
    assert people["text"]["fr"] not in ("", "Our team?")  # servicegap's French wording
    nps = data["questions"][3]
    assert nps["text"]["en"] == "How likely are you to recommend us to a friend?"
    assert data["texts"]["en"]["title"] == "Tell us"
    assert data["texts"]["fr"]["title"] == "Dites-nous"
    assert data["texts"]["es"]["title"]  # servicegap's own, with the organisation's name
    assert "Sunny Side Cafés" in data["texts"]["es"]["title"]
    # the wording page's boxes: the survey's own texts, "" where servicegap's are used
    assert data["wording"]["en"]["title"] == "Tell us"
    assert data["wording"]["fr"]["title"] == "Dites-nous"
    assert data["wording"]["es"]["title"] == "" and data["wording"]["es"]["q_people"] == (
        "¿Nuestro equipo?"
    )
    assert data["wording"]["fr"]["q_people"] == ""


def test_another_organisations_survey_is_a_404(client, owner_olga, outsider_otto):
    foreign = SurveyFactory(organization=outsider_otto.organization)
    assert call(client, owner_olga, "get", f"/surveys/{foreign.code}").status_code == 404
    body = {"name": "Mine now"}
    assert call(client, owner_olga, "patch", f"/surveys/{foreign.code}", body).status_code == 404
    body = {"wording": {"en": {"title": "Mine"}}}
    path = f"/surveys/{foreign.code}/wording"
    assert call(client, owner_olga, "patch", path, body).status_code == 404
    foreign.refresh_from_db()
    assert foreign.name != "Mine now" and foreign.title == ""


# Make ------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_leaders_make_a_survey_asking_every_question(client, role, member_of_role, world):
    body = {"name": "Terrace survey", "languages": ["fr"]}
    response = call(client, member_of_role(role), "post", "/surveys", body)
    if role not in LEADERS:
        assert response.status_code == 403
        assert response.json()["detail"] == "Only owners and executives change surveys."
        assert counts() == (0, 0)
        return
    assert response.status_code == 201, response.content
    stored = Survey.objects.get(organization=world.org)
    assert stored.name == "Terrace survey" and stored.is_active
    assert stored.default_language == "en" and stored.offered_languages() == ["en", "fr"]
    assert asked(stored) == EVERY_QUESTION
    data = response.json()
    assert data["code"] == str(stored.code) and data["asks"] == EVERY_QUESTION
    assert data["languages"] == ["en", "fr"] and len(data["questions"]) == 8


def test_a_survey_asks_what_it_is_told(client, owner_olga, world):
    body = {
        "name": "Short one",
        "default_language": "fr",
        "is_active": False,
        "asks": {"people": "required", "comment": "optional", "contact": "optional"},
    }
    response = call(client, owner_olga, "post", "/surveys", body)
    assert response.status_code == 201, response.content
    stored = Survey.objects.get(organization=world.org)
    expected = {
        **dict.fromkeys(QUESTION_ORDER, ""),
        "people": "required",
        "comment": "optional",
        "contact": "optional",
    }
    assert asked(stored) == expected and response.json()["asks"] == expected
    assert stored.default_language == "fr" and not stored.is_active
    assert [q.kind for q in stored.questions.all()] == ["people", "comment", "contact"]


@pytest.mark.parametrize(
    ("change", "loc"),
    [
        # taken, whatever the case (the page says so above the form, not by the name)
        ({"name": "guest SURVEY"}, ["body", "payload", "name"]),
        ({"name": ""}, ["body", "payload", "name"]),
        ({"name": "x" * 121}, ["body", "payload", "name"]),
        ({"asks": {"step": "required"}}, ["body", "payload", "asks", "step"]),
        ({"asks": {"people": "always"}}, ["body", "payload", "asks", "people"]),
        ({"asks": {"people": ""}}, ["body", "payload"]),  # nothing asked
        ({"languages": ["xx"]}, ["body", "payload", "languages"]),
        ({"default_language": "xx"}, ["body", "payload", "default_language"]),
        ({"is_active": "yes"}, ["body", "payload", "is_active"]),
        ({"questions": []}, ["body", "payload", "questions"]),
    ],
)
def test_bad_surveys_are_a_422_naming_the_field_with_nothing_stored(
    client, owner_olga, survey, change, loc
):
    before = counts()
    response = call(client, owner_olga, "post", "/surveys", {"name": "New one", **change})
    assert response.status_code == 422, response.content
    assert loc in [error["loc"] for error in response.json()["detail"]]
    if change.get("name") == "guest SURVEY":
        assert response.json()["detail"][0]["msg"] == "A survey with this name already exists."
    assert counts() == before


# Change ----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_leaders_take_a_survey_out_of_use_and_back(
    client, role, member_of_role, survey, link, public
):
    path = f"/surveys/{survey.code}"
    response = call(client, member_of_role(role), "patch", path, {"is_active": False})
    survey.refresh_from_db()
    if role not in LEADERS:
        assert response.status_code == 403 and survey.is_active
        return
    assert response.status_code == 200, response.content
    assert response.json()["is_active"] is False and not survey.is_active
    # unchanged otherwise
    assert survey.name == "Guest survey" and asked(survey) == EVERY_QUESTION
    assert public.get(f"/s/{link.token}/").status_code == 410  # the form reads it again
    links = call(client, member_of_role(role), "get", "/links").json()
    assert [item["answerable"] for item in links] == [False]
    response = call(client, member_of_role(role), "patch", path, {"is_active": True})
    survey.refresh_from_db()
    assert response.status_code == 200 and survey.is_active
    assert public.get(f"/s/{link.token}/").status_code == 200


def test_only_the_questions_given_change(client, owner_olga, survey, link, public):
    body = {"asks": {"people": "", "nps": "required"}, "name": "Guest survey 2"}
    response = call(client, owner_olga, "patch", f"/surveys/{survey.code}", body)
    assert response.status_code == 200, response.content
    survey.refresh_from_db()
    expected = {**EVERY_QUESTION, "people": "", "nps": "required"}
    assert asked(survey) == expected and response.json()["asks"] == expected
    assert survey.name == "Guest survey 2"
    assert survey.offered_languages() == ["en", "fr", "es"]  # kept
    html = public.get(f"/s/{link.token}/").content.decode()
    assert 'name="people"' not in html and 'name="nps"' in html


def test_a_new_main_language_keeps_each_text_in_its_language(client, owner_olga, survey):
    survey.title = "Tell us"
    survey.translations = {"fr": {"title": "Dites-nous"}}
    survey.save()
    body = {"default_language": "fr"}
    response = call(client, owner_olga, "patch", f"/surveys/{survey.code}", body)
    assert response.status_code == 200, response.content
    survey.refresh_from_db()
    assert survey.default_language == "fr" and survey.title == "Dites-nous"
    assert survey.translations["en"] == {"title": "Tell us"}
    assert response.json()["languages"] == ["fr", "en", "es"]
    assert response.json()["texts"]["en"]["title"] == "Tell us"


@pytest.mark.parametrize(
    ("body", "loc"),
    [
        ({"name": "Other"}, ["body", "payload", "name"]),  # taken by the other survey
        ({"asks": dict.fromkeys(QUESTION_ORDER, "")}, ["body", "payload"]),
        ({"asks": {"contact": "required"}}, ["body", "payload", "asks", "contact"]),
        ({"languages": ["en", "de"]}, ["body", "payload", "languages"]),
        ({"colour": "blue"}, ["body", "payload", "colour"]),
    ],
)
def test_a_bad_change_is_a_422_with_nothing_changed(client, owner_olga, survey, body, loc):
    SurveyFactory(organization=survey.organization, name="Other")
    before = (counts(), asked(survey))
    response = call(client, owner_olga, "patch", f"/surveys/{survey.code}", body)
    assert response.status_code == 422, response.content
    assert loc in [error["loc"] for error in response.json()["detail"]]
    survey.refresh_from_db()
    assert (counts(), asked(survey)) == before
    assert survey.name == "Guest survey" and survey.languages == ["en", "fr", "es"]


def test_a_change_without_a_body_is_a_422(client, owner_olga, survey):
    response = call(client, owner_olga, "patch", f"/surveys/{survey.code}")
    assert response.status_code == 422


# Wording ---------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_leaders_change_the_wording(client, role, member_of_role, survey, link, public):
    survey.intro = "Old intro"
    survey.save()
    body = {"wording": {"fr": {"title": "Votre avis", "q_people": "Notre équipe ?"}}}
    path = f"/surveys/{survey.code}/wording"
    response = call(client, member_of_role(role), "patch", path, body)
    survey.refresh_from_db()
    if role not in LEADERS:
        assert response.status_code == 403
        assert survey.translations == {}
        return
    assert response.status_code == 200, response.content
    assert survey.translations == {"fr": {"title": "Votre avis"}}
    assert survey.intro == "Old intro"  # not given: kept
    people = survey.questions.get(kind="people")
    assert people.translations == {"fr": "Notre équipe ?"}
    data = response.json()
    assert data["texts"]["fr"]["title"] == "Votre avis"
    assert data["questions"][0]["text"]["fr"] == "Notre équipe ?"
    html = public.get(f"/s/{link.token}/?lang=fr").content.decode()
    assert "Votre avis" in html and "Notre équipe ?" in html
    # "" brings servicegap's wording back
    body = {"wording": {"en": {"intro": ""}, "fr": {"title": ""}}}
    response = call(client, member_of_role(role), "patch", path, body)
    survey.refresh_from_db()
    assert response.status_code == 200
    assert survey.intro == "" and survey.translations == {}
    assert response.json()["texts"]["en"]["intro"] == (
        "It takes a minute. Every answer is read by the team."
    )


@pytest.mark.parametrize(
    ("wording", "loc"),
    [
        ({"de": {"title": "Ihre Meinung"}}, ["body", "payload", "wording", "de", "title"]),
        ({"fr": {"subtitle": "x"}}, ["body", "payload", "wording", "fr", "subtitle"]),
        ({"en": {"title": "x" * 161}}, ["body", "payload", "wording", "en", "title"]),
        ({"fr": {"q_people": "x" * 201}}, ["body", "payload", "wording", "fr", "q_people"]),
        ({"fr": {"title": 5}}, ["body", "payload", "wording", "fr", "title"]),
    ],
)
def test_bad_wording_is_a_422_with_nothing_stored(client, owner_olga, survey, wording, loc):
    body = {"wording": {"es": {"title": "Su opinión"}, **wording}}
    response = call(client, owner_olga, "patch", f"/surveys/{survey.code}/wording", body)
    assert response.status_code == 422, response.content
    assert loc in [error["loc"] for error in response.json()["detail"]]
    survey.refresh_from_db()
    assert survey.title == "" and survey.translations == {}
    assert not any(q.translations or q.label for q in survey.questions.all())


def test_wording_of_a_question_not_asked_is_refused(client, owner_olga, world):
    survey = SurveyFactory(organization=world.org, questions=["nps"])
    body = {"wording": {"en": {"q_people": "Our team?"}}}
    response = call(client, owner_olga, "patch", f"/surveys/{survey.code}/wording", body)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "payload", "wording", "en", "q_people"]
