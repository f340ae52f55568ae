"""Surveys and links for managers: questions, wording, links per table, QR codes, cards."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from servicegap.core.models import Role
from servicegap.feedback.models import FeedbackSettings, Question, Survey, SurveyLink
from tests.conftest import client_for
from tests.feedback.factories import SurveyFactory, SurveyLinkFactory

LEADERS = {Role.OWNER, Role.EXECUTIVE}
MANAGERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}
SUPERVISORS = MANAGERS | {Role.SUPERVISOR}


def kinds(survey: Survey) -> list[str]:
    return list(survey.questions.values_list("kind", flat=True))


# Surveys ---------------------------------------------------------------------------------


def test_an_executive_makes_a_survey_choosing_its_questions(executive_erin):
    response = client_for(executive_erin).post(
        "/feedback/surveys/new/",
        {
            "name": "Lunch",
            "default_language": "fr",
            "languages": ["en", "es"],
            "is_active": "on",
            "ask_people": "required",
            "ask_nps": "optional",
            "ask_comment": "optional",
        },
    )
    survey = Survey.objects.get()
    assert response.status_code == 302
    assert kinds(survey) == ["people", "nps", "comment"]
    assert survey.questions.get(kind="people").required
    assert survey.offered_languages() == ["fr", "en", "es"]


def test_a_survey_must_ask_something(owner_olga):
    response = client_for(owner_olga).post(
        "/feedback/surveys/new/", {"name": "Nothing", "default_language": "en"}
    )
    assert response.status_code == 400
    assert "Ask at least one question." in response.content.decode()
    assert not Survey.objects.exists()


def test_survey_names_are_unique_in_an_organisation(owner_olga, survey):
    response = client_for(owner_olga).post(
        "/feedback/surveys/new/",
        {"name": "guest SURVEY", "default_language": "en", "ask_nps": "optional"},
    )
    assert response.status_code == 400
    assert "A survey with this name already exists." in response.content.decode()
    # … next to the name, not above the whole form
    assert response.context["form"].errors["name"] == ["A survey with this name already exists."]


def test_editing_a_survey_drops_and_adds_questions(owner_olga, survey):
    client_for(owner_olga).post(
        f"/feedback/surveys/{survey.code}/",
        {"name": survey.name, "default_language": "en", "ask_effort": "required"},
    )
    assert kinds(survey) == ["effort"]
    assert survey.questions.get().required


@pytest.mark.parametrize("role", list(Role))
def test_only_leaders_edit_surveys(role, member_of_role, survey):
    client = client_for(member_of_role(role))
    assert client.get("/feedback/surveys/new/").status_code == (200 if role in LEADERS else 403)
    edit = client.get(f"/feedback/surveys/{survey.code}/")
    assert edit.status_code == (200 if role in LEADERS else 403)
    listing = client.get("/feedback/surveys/")
    assert listing.status_code == (200 if role in SUPERVISORS else 403)


def test_another_organisations_survey_is_not_found(owner_olga, outsider_otto):
    foreign = SurveyFactory(organization=outsider_otto.organization)
    assert client_for(owner_olga).get(f"/feedback/surveys/{foreign.code}/").status_code == 404


def test_the_wording_is_saved_per_language_and_shown_to_customers(owner_olga, survey, public, link):
    response = client_for(owner_olga).post(
        f"/feedback/surveys/{survey.code}/wording/",
        {
            "en__title": "How was lunch?",
            "fr__title": "Comment était le déjeuner ?",
            "fr__q_product": "Et la cuisine ?",
            "es__q_product": "",
        },
    )
    assert response.status_code == 302
    survey.refresh_from_db()
    assert survey.title == "How was lunch?"
    assert survey.translations == {"fr": {"title": "Comment était le déjeuner ?"}}
    assert Question.objects.get(survey=survey, kind="product").translations == {
        "fr": "Et la cuisine ?"
    }
    french = public.get(link.public_path() + "?lang=fr").content.decode()
    assert "Comment était le déjeuner ?" in french and "Et la cuisine ?" in french
    assert "How was lunch?" in public.get(link.public_path()).content.decode()


def test_a_new_main_language_keeps_each_text_in_its_language(owner_olga, survey, public, link):
    client = client_for(owner_olga)
    client.post(
        f"/feedback/surveys/{survey.code}/wording/",
        {
            "en__title": "How was lunch?",
            "fr__title": "Comment était le déjeuner ?",
            "en__q_product": "And the food?",
            "fr__q_product": "Et la cuisine ?",
        },
    )
    asks = {f"ask_{q.kind}": "optional" for q in survey.questions.all()}
    response = client.post(
        f"/feedback/surveys/{survey.code}/",
        {
            "name": survey.name,
            "default_language": "fr",
            "languages": ["en", "es"],
            "is_active": "on",
        }
        | asks,
    )
    assert response.status_code == 302
    survey.refresh_from_db()
    assert (survey.default_language, survey.title) == ("fr", "Comment était le déjeuner ?")
    assert survey.translations == {"en": {"title": "How was lunch?"}}
    product = Question.objects.get(survey=survey, kind="product")
    assert (product.label, product.translations) == ("Et la cuisine ?", {"en": "And the food?"})
    french = public.get(link.public_path() + "?lang=fr").content.decode()
    english = public.get(link.public_path() + "?lang=en").content.decode()
    assert "Comment était le déjeuner ?" in french and "Et la cuisine ?" in french
    assert "How was lunch?" not in french and "And the food?" not in french
    assert "How was lunch?" in english and "And the food?" in english


@pytest.mark.parametrize(("field", "model"), [("title", Survey), ("q_product", Question)])
def test_a_text_longer_than_its_column_is_refused_naming_the_limit(
    owner_olga, survey, field, model
):
    limit = model._meta.get_field("title" if model is Survey else "label").max_length
    response = client_for(owner_olga).post(
        f"/feedback/surveys/{survey.code}/wording/", {f"en__{field}": "T" * (limit + 1)}
    )
    assert response.status_code == 400
    assert f"at most {limit} characters" in response.content.decode()
    survey.refresh_from_db()
    assert survey.title == ""
    assert not Question.objects.filter(survey=survey).exclude(label="").exists()


def test_a_new_main_language_whose_texts_overflow_their_boxes_is_refused(owner_olga, survey):
    """Wording saved before the limits were the columns' (a 174-character title)."""
    Survey.objects.filter(pk=survey.pk).update(translations={"fr": {"title": "T" * 174}})
    asks = {f"ask_{q.kind}": "optional" for q in survey.questions.all()}
    response = client_for(owner_olga).post(
        f"/feedback/surveys/{survey.code}/",
        {"name": survey.name, "default_language": "fr", "is_active": "on"} | asks,
    )
    assert response.status_code == 400
    assert "In this language, title is longer than its main-language box allows" in (
        response.content.decode()
    )
    survey.refresh_from_db()
    assert (survey.default_language, survey.title) == ("en", "")


def test_surveys_saved_when_the_part_of_the_visit_could_be_required_no_longer_say_so(survey):
    from importlib import import_module

    from django.apps import apps

    Question.objects.filter(survey=survey, kind="step").update(required=True)
    migration = import_module("servicegap.feedback.migrations.0010_step_question_never_required")
    migration.step_never_required(apps, None)
    assert not Question.objects.filter(required=True, kind="step").exists()


def test_the_part_of_the_visit_cannot_be_made_required(owner_olga, survey):
    Question.objects.filter(survey=survey, kind="step").update(required=True)
    html = client_for(owner_olga).get(f"/feedback/surveys/{survey.code}/").content.decode()
    step = html[html.index('name="ask_step"') :]
    step = step[: step.index("</select>")]
    assert "required" not in step.split(">", 1)[1]  # not offered; shown as optional
    assert '<option value="optional" selected>' in step


def test_the_wording_page_shows_the_default_wording_as_placeholders(owner_olga, survey):
    html = client_for(owner_olga).get(f"/feedback/surveys/{survey.code}/wording/").content.decode()
    assert 'placeholder="How friendly and helpful was our team?"' in html
    assert 'placeholder="Notre équipe a-t-elle été aimable et serviable ?"' in html


# Links -----------------------------------------------------------------------------------


def test_a_manager_makes_one_link_per_table(manager_max, survey, world):
    response = client_for(manager_max).post(
        "/feedback/links/new/",
        {
            "survey": survey.code,
            "location": world.location_a.code,
            "channel": "table",
            "tables": "1-3, Terrace",
        },
    )
    assert response.status_code == 302
    links = SurveyLink.objects.order_by("pk")
    assert [link.table for link in links] == ["1", "2", "3", "Terrace"]
    assert len({link.token for link in links}) == 4
    assert all(len(link.token) == 16 for link in links)


def test_a_manager_cannot_make_a_link_outside_their_locations(manager_max, survey, world):
    response = client_for(manager_max).post(
        "/feedback/links/new/",
        {"survey": survey.code, "location": world.location_b.code, "channel": "receipt"},
    )
    assert response.status_code == 400
    assert not SurveyLink.objects.exists()


@pytest.mark.parametrize("tables", ["5-1", "1-500", "a, a", "x" * 41])
def test_a_bad_table_list_is_explained(owner_olga, survey, world, tables):
    response = client_for(owner_olga).post(
        "/feedback/links/new/",
        {
            "survey": survey.code,
            "location": world.location_a.code,
            "channel": "table",
            "tables": tables,
        },
    )
    assert response.status_code == 400
    assert not SurveyLink.objects.exists()


def test_closing_a_link(owner_olga, link):
    client_for(owner_olga).post(
        f"/feedback/links/{link.code}/",
        {
            "survey": link.survey.code,
            "location": link.location.code,
            "channel": "receipt",
            "table": "",
        },
    )
    link.refresh_from_db()
    assert not link.is_active and link.channel == "receipt"


@pytest.mark.parametrize("role", list(Role))
def test_link_pages_by_role(role, member_of_role, link):
    client = client_for(member_of_role(role))
    assert client.get("/feedback/links/").status_code == (200 if role in SUPERVISORS else 403)
    expected = 200 if role in MANAGERS else 403
    if role == Role.MANAGER or role in LEADERS:
        expected = 200
    assert client.get(f"/feedback/links/{link.code}/").status_code == expected
    qr = client.get(f"/feedback/links/{link.code}/qr.svg")
    assert qr.status_code == (200 if role in SUPERVISORS else 403)


def test_a_supervisor_sees_only_their_locations_links(supervisor_sid, link, link_b):
    html = client_for(supervisor_sid).get("/feedback/links/").content.decode()
    assert link.token in html and link_b.token not in html
    assert (
        client_for(supervisor_sid).get(f"/feedback/links/{link_b.code}/qr.svg").status_code == 404
    )


@override_settings(SITE_URL="https://service.example")
def test_the_qr_codes_point_at_the_public_url(owner_olga, link):
    client = client_for(owner_olga)
    svg = client.get(f"/feedback/links/{link.code}/qr.svg")
    assert svg["Content-Type"] == "image/svg+xml"
    assert b"<svg" in svg.content
    assert f"https://service.example/s/{link.token}/".encode() in svg.content
    png = client.get(f"/feedback/links/{link.code}/qr.png")
    assert png["Content-Type"] == "image/png"
    assert png.content.startswith(b"\x89PNG\r\n\x1a\n")


def test_the_table_card_has_the_qr_code_the_url_and_the_table(owner_olga, link):
    html = client_for(owner_olga).get(f"/feedback/links/{link.code}/card/").content.decode()
    assert "<svg" in html and link.public_url() in html
    assert "table 7" in html and "Scan to tell us about your visit" in html


def test_the_cards_page_prints_every_open_link_of_a_location(owner_olga, link, link_b, world):
    closed = SurveyLinkFactory(
        organization=world.org, survey=link.survey, location=world.location_a, is_active=False
    )
    html = (
        client_for(owner_olga)
        .get("/feedback/links/cards/", {"location": world.location_a.code})
        .content.decode()
    )
    assert link.public_url() in html
    assert link_b.public_url() not in html and closed.public_url() not in html


# The links command -----------------------------------------------------------------------


@override_settings(SITE_URL="https://service.example")
def test_the_links_command_prints_one_public_url_per_open_link(link, link_b, world):
    SurveyLinkFactory(organization=world.org, survey=link.survey, is_active=False)
    out = io.StringIO()
    err = io.StringIO()
    call_command("links", "--org", world.org.slug, stdout=out, stderr=err)
    assert out.getvalue().splitlines() == [
        f"Location A · QR code on a table · table 7\thttps://service.example/s/{link.token}/",
        f"Location B · QR code on a table · table 1\thttps://service.example/s/{link_b.token}/",
    ]
    assert err.getvalue() == ""  # a real address: no warning


def test_tables_are_listed_in_the_order_people_count(owner_olga, link, world):
    for table in ["10", "2", "Terrace 10", "terrace 9", "1"]:
        SurveyLinkFactory(
            organization=world.org, survey=link.survey, location=world.location_a, table=table
        )
    out = io.StringIO()
    call_command("links", "--org", world.org.slug, stdout=out, stderr=io.StringIO())
    tables = [line.split("\t")[0].rsplit("table ", 1)[-1] for line in out.getvalue().splitlines()]
    assert tables == ["1", "2", "7", "10", "terrace 9", "Terrace 10"]
    html = client_for(owner_olga).get("/feedback/links/").content.decode()
    positions = [
        html.index(f"table {t} ·") for t in ["1", "2", "7", "10", "terrace 9", "Terrace 10"]
    ]
    assert positions == sorted(positions)


def test_the_links_command_names_an_unknown_organisation(db):
    with pytest.raises(CommandError, match="No organisation with the short name 'nope'"):
        call_command("links", "--org", "nope")


# Settings --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_only_owners_change_the_feedback_settings(role, member_of_role):
    response = client_for(member_of_role(role)).get("/feedback/settings/")
    assert response.status_code == (200 if role == Role.OWNER else 403)


def test_an_owner_sets_the_alert_rule_and_review_page(owner_olga):
    client = client_for(owner_olga)
    response = client.post(
        "/feedback/settings/",
        {"alert_rating_at_or_below": "3", "review_url": "https://reviews.example/us"},
    )
    assert response.status_code == 302
    rules = FeedbackSettings.objects.get()
    assert (rules.alert_on_detractor, rules.alert_rating_at_or_below) == (False, 3)
    assert rules.review_url == "https://reviews.example/us"
    bad = client.post("/feedback/settings/", {"alert_rating_at_or_below": "9"})
    assert bad.status_code == 400
    assert "Ensure this value is less than or equal to 5." in bad.content.decode()
