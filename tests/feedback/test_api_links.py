"""Survey links, their QR code and spam marking in the API, as on the feedback pages."""

from __future__ import annotations

import json

import pytest

from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.feedback.models import Response, Survey, SurveyLink
from tests.feedback.factories import ResponseFactory, SurveyFactory, SurveyLinkFactory

READERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR}
MANAGERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}


def call(client, member, method: str, path: str, body=None):
    _token, secret = tokens.create_token(member, "links")
    send = getattr(client, method)
    extra = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    if body is not None:
        return send(
            f"/api/v1/feedback{path}", json.dumps(body), content_type="application/json", **extra
        )
    return send(f"/api/v1/feedback{path}", **extra)


# List ------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_readers_list_the_links_they_see_and_others_are_refused(
    client, role, member_of_role, link, link_b
):
    response = call(client, member_of_role(role), "get", "/links")
    if role not in READERS:
        assert response.status_code == 403
        return
    assert response.status_code == 200
    codes = [item["code"] for item in response.json()]
    if role in {Role.MANAGER, Role.SUPERVISOR}:  # Location A only
        assert codes == [str(link.code)]
    else:  # Location A before Location B
        assert codes == [str(link.code), str(link_b.code)]
    first = response.json()[0]
    assert first["table"] == "7" and first["is_active"] and first["answerable"]
    assert first["public_url"].endswith(f"/s/{link.token}/")
    assert first["location"]["name"] == "Location A"


def test_the_list_filters_by_location_and_another_organisations_matches_nothing(
    client, owner_olga, outsider_otto, world, link, link_b
):
    response = call(client, owner_olga, "get", f"/links?location={world.location_b.code}")
    assert [item["code"] for item in response.json()] == [str(link_b.code)]
    foreign = SurveyLinkFactory(organization=outsider_otto.organization)
    response = call(client, owner_olga, "get", f"/links?location={foreign.location.code}")
    assert response.status_code == 200 and response.json() == []


def test_tables_sort_as_people_count(client, owner_olga, world, survey):
    for table in ("10", "2", "Terrace 1"):
        SurveyLinkFactory(
            organization=world.org, survey=survey, location=world.location_a, table=table
        )
    response = call(client, owner_olga, "get", "/links")
    assert [item["table"] for item in response.json()] == ["2", "10", "Terrace 1"]


# Create ----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_managers_make_one_link_per_table(client, role, member_of_role, world, survey):
    body = {
        "location": str(world.location_a.code),
        "channel": "table",
        "tables": "1-3, Terrace 1",
        "survey": str(survey.code),
    }
    response = call(client, member_of_role(role), "post", "/links", body)
    if role not in MANAGERS:
        assert response.status_code == 403
        assert not SurveyLink.objects.exists()
        return
    assert response.status_code == 201, response.content
    stored = SurveyLink.objects.filter(location=world.location_a, survey=survey)
    assert sorted(stored.values_list("table", flat=True)) == ["1", "2", "3", "Terrace 1"]
    assert {item["code"] for item in response.json()} == {str(s.code) for s in stored}


def test_without_a_survey_the_first_link_makes_the_standard_one(client, owner_olga, world):
    body = {"location": str(world.location_a.code), "channel": "counter"}
    response = call(client, owner_olga, "post", "/links", body)
    assert response.status_code == 201, response.content
    (made,) = response.json()
    assert made["survey"]["name"] == "Customer survey" and made["table"] == ""
    assert made["channel"] == "counter"
    assert Survey.objects.filter(organization=world.org).count() == 1


def test_with_surveys_in_use_one_must_be_chosen(client, owner_olga, world, survey):
    body = {"location": str(world.location_a.code)}
    response = call(client, owner_olga, "post", "/links", body)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "payload", "survey"]
    assert not SurveyLink.objects.exists()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"tables": "5-1"}, "tables"),
        ({"tables": "1, 1"}, "tables"),
        ({"tables": "1-250"}, "tables"),
        ({"channel": "pigeon"}, "channel"),
        ({"location": "00000000-0000-4000-8000-000000000000"}, "location"),
    ],
)
def test_bad_input_is_a_422_naming_the_field_with_nothing_stored(
    client, owner_olga, world, survey, change, field
):
    body = {"location": str(world.location_a.code), "survey": str(survey.code), **change}
    response = call(client, owner_olga, "post", "/links", body)
    assert response.status_code == 422
    assert field in json.dumps(response.json()["detail"])
    assert not SurveyLink.objects.exists()


def test_another_organisations_location_or_survey_is_refused(
    client, owner_olga, manager_max, outsider_otto, world, survey
):
    foreign = SurveyFactory(organization=outsider_otto.organization)
    body = {"location": str(world.location_a.code), "survey": str(foreign.code)}
    response = call(client, owner_olga, "post", "/links", body)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "payload", "survey"]
    # a location outside the manager's region
    body = {"location": str(world.location_b.code), "survey": str(survey.code)}
    response = call(client, manager_max, "post", "/links", body)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "payload", "location"]
    assert not SurveyLink.objects.exists()


def test_a_closed_survey_is_not_offered(client, owner_olga, world, survey):
    Survey.objects.filter(pk=survey.pk).update(is_active=False)
    body = {"location": str(world.location_a.code), "survey": str(survey.code)}
    response = call(client, owner_olga, "post", "/links", body)
    assert response.status_code == 422
    assert not SurveyLink.objects.exists()


# Close and reopen ------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_managers_close_and_reopen_a_link(client, role, member_of_role, link, public):
    response = call(client, member_of_role(role), "post", f"/links/{link.code}/close")
    link.refresh_from_db()
    if role not in MANAGERS:
        assert response.status_code == 403 and link.is_active
        return
    assert response.status_code == 200
    assert response.json()["is_active"] is False and not link.is_active
    assert public.get(f"/s/{link.token}/").status_code == 410  # the form reads it again
    response = call(client, member_of_role(role), "post", f"/links/{link.code}/reopen")
    link.refresh_from_db()
    assert response.status_code == 200 and link.is_active
    assert public.get(f"/s/{link.token}/").status_code == 200


def test_closing_a_closed_link_is_a_409(client, owner_olga, link):
    assert call(client, owner_olga, "post", f"/links/{link.code}/close").status_code == 200
    response = call(client, owner_olga, "post", f"/links/{link.code}/close")
    assert response.status_code == 409
    assert response.json()["detail"] == "This link is already closed."
    response = call(client, owner_olga, "post", f"/links/{link.code}/reopen")
    assert response.status_code == 200
    response = call(client, owner_olga, "post", f"/links/{link.code}/reopen")
    assert response.status_code == 409
    assert response.json()["detail"] == "This link is already open."


def test_a_link_elsewhere_is_a_404(client, manager_max, owner_olga, outsider_otto, link_b):
    response = call(client, manager_max, "post", f"/links/{link_b.code}/close")
    assert response.status_code == 404
    foreign = SurveyLinkFactory(organization=outsider_otto.organization)
    for path in ("close", "reopen", "qr.svg"):
        method = "get" if path == "qr.svg" else "post"
        response = call(client, owner_olga, method, f"/links/{foreign.code}/{path}")
        assert response.status_code == 404
    link_b.refresh_from_db()
    foreign.refresh_from_db()
    assert link_b.is_active and foreign.is_active


# QR code ---------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_readers_get_the_qr_code_the_page_serves(client, role, member_of_role, link):
    member = member_of_role(role)
    response = call(client, member, "get", f"/links/{link.code}/qr.svg")
    if role not in READERS:
        assert response.status_code == 403
        return
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response.content.lstrip().startswith(b"<?xml") or b"<svg" in response.content[:200]
    client.force_login(member.user)
    page = client.get(f"/feedback/links/{link.code}/qr.svg")
    assert page.status_code == 200 and page.content == response.content


# Spam ------------------------------------------------------------------------------------


@pytest.fixture
def answer(world, link) -> Response:
    return ResponseFactory(organization=world.org, link=link, comment="Lovely soup.")


@pytest.mark.parametrize("role", list(Role))
def test_managers_mark_spam_and_not_spam(client, role, member_of_role, answer):
    member = member_of_role(role)
    response = call(client, member, "post", f"/responses/{answer.code}/spam", {"spam": True})
    answer.refresh_from_db()
    if role not in MANAGERS:
        assert response.status_code == 403
        assert not answer.spam
        return
    assert response.status_code == 200
    assert answer.spam and answer.spam_reason == f"marked as spam by {member.user.email}"
    assert response.json()["spam"] is True
    assert response.json()["spam_reason"] == answer.spam_reason
    response = call(client, member, "post", f"/responses/{answer.code}/spam", {"spam": False})
    answer.refresh_from_db()
    assert response.status_code == 200 and response.json()["spam"] is False
    assert not answer.spam and answer.spam_reason == ""


def test_spam_marking_elsewhere_is_a_404(
    client, manager_max, owner_olga, outsider_otto, world, link_b
):
    at_b = ResponseFactory(organization=world.org, link=link_b)
    response = call(client, manager_max, "post", f"/responses/{at_b.code}/spam", {"spam": True})
    assert response.status_code == 404
    foreign = ResponseFactory(organization=outsider_otto.organization)
    response = call(client, owner_olga, "post", f"/responses/{foreign.code}/spam", {"spam": True})
    assert response.status_code == 404
    assert not Response.objects.filter(spam=True).exists()


@pytest.mark.parametrize("body", [{}, {"spam": "yes"}, {"spam": 1}, {"spam": True, "why": "x"}])
def test_bad_spam_input_is_a_422_with_nothing_stored(client, owner_olga, answer, body):
    response = call(client, owner_olga, "post", f"/responses/{answer.code}/spam", body)
    assert response.status_code == 422
    answer.refresh_from_db()
    assert not answer.spam
