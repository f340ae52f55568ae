"""The feedback API: a public POST per link token, and a filtered, cursor-paged list."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.test import Client, override_settings

from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.feedback.models import Response
from tests.conftest import client_for
from tests.feedback.factories import ResponseFactory

ALLOWED = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR}


def submit(link, token=None, **payload):
    payload.setdefault("submission_id", str(uuid.uuid4()))
    return Client(enforce_csrf_checks=True).post(
        f"/api/v1/feedback/links/{token or link.token}/responses",
        json.dumps(payload),
        content_type="application/json",
    )


def locs(response) -> list[list]:
    return [error["loc"] for error in response.json()["detail"]]


def bearer(member) -> dict:
    _token, secret = tokens.create_token(member, "test")
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def test_the_schema_lists_the_feedback_paths(client, db):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "post" in paths["/api/v1/feedback/links/{token}/responses"]
    assert "get" in paths["/api/v1/feedback/responses"]
    assert "/api/v1/feedback/responses/{response_code}" in paths


def test_the_public_post_needs_no_authentication_in_the_schema(client, db):
    operation = client.get("/api/v1/openapi.json").json()["paths"][
        "/api/v1/feedback/links/{token}/responses"
    ]["post"]
    assert not operation.get("security")


# POST ------------------------------------------------------------------------------------


def test_a_response_is_stored_with_its_ratings(link, steps):
    response = submit(
        link,
        people=5,
        process=2,
        nps=8,
        effort=6,
        step=str(steps[0].code),
        comment="Good",
        language="fr",
    )
    assert response.status_code == 201
    assert response.json()["created"] is True
    stored = Response.objects.get()
    assert (stored.nps, stored.effort, stored.step, stored.language) == (8, 6, steps[0], "fr")
    assert stored.ratings_by_p() == {"people": 5, "process": 2}


def test_the_same_submission_id_is_stored_once(link):
    key = str(uuid.uuid4())
    assert submit(link, submission_id=key, nps=9).status_code == 201
    again = submit(link, submission_id=key, nps=9)
    assert again.status_code == 200 and again.json() == {"submission_id": key, "created": False}
    assert Response.objects.count() == 1


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"people": 6}, "people"),
        ({"nps": -1}, "nps"),
        ({"effort": 0}, "effort"),
        ({"people": "5"}, "people"),  # strict: a number, not a string
        ({"comment": "x" * 100_000}, "comment"),
        ({"contact": "a@example.test", "people": 3}, "contact_consent"),
        ({"contact_consent": True, "people": 3}, "contact"),
        ({"step": "00000000-0000-4000-8000-000000000000"}, "step"),
        ({"language": "de", "nps": 5}, "language"),
        ({"colour": "blue", "nps": 5}, "colour"),
        ({"submission_id": "nope", "nps": 5}, "submission_id"),
        ({"comment": "caf\udcff"}, "comment"),
    ],
)
def test_bad_input_is_a_422_naming_the_field(link, payload, field):
    response = submit(link, **payload)
    assert response.status_code == 422, response.content
    assert ["body", "payload", field] in locs(response)
    assert Response.objects.count() == 0


def test_an_empty_submission_is_a_422(link):
    response = submit(link)
    assert response.status_code == 422
    assert "Please answer at least one question" in response.json()["detail"][0]["msg"]


def test_an_answer_to_a_question_not_asked_is_a_422(world, steps):
    from tests.feedback.factories import SurveyFactory, SurveyLinkFactory

    survey = SurveyFactory(organization=world.org, questions=["nps"])
    link = SurveyLinkFactory(organization=world.org, survey=survey, location=world.location_a)
    response = submit(link, nps=9, people=4)
    assert response.status_code == 422
    assert locs(response) == [["body", "payload", "people"]]


def test_invalid_utf8_is_a_400(link):
    response = Client().post(
        f"/api/v1/feedback/links/{link.token}/responses",
        b'{"submission_id": "' + str(uuid.uuid4()).encode() + b'", "comment": "\xff\xfe"}',
        content_type="application/json",
    )
    assert response.status_code == 400
    assert Response.objects.count() == 0


def test_html_is_refused_naming_the_field(link):
    response = submit(link, people=4, comment="<img src=x onerror=alert(1)>")
    assert response.status_code == 422
    assert locs(response) == [["body", "payload", "comment"]]
    assert "Please remove the HTML tags" in response.content.decode()
    assert Response.objects.count() == 0


def test_an_unknown_token_is_a_404(link):
    assert submit(link, token="unknown", nps=5).status_code == 404


def test_a_closed_link_is_a_410(link):
    link.is_active = False
    link.save()
    response = submit(link, nps=5)
    assert response.status_code == 410
    assert "no longer in use" in response.json()["detail"]


@override_settings(FEEDBACK_MAX_PER_ADDRESS=1)
def test_the_rate_limits_apply_to_the_api_too(link):
    assert submit(link, nps=5).status_code == 201
    refused = submit(link, nps=5)
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert Response.objects.count() == 1


def test_a_honeypot_free_api_still_flags_links_as_spam(link):
    submit(link, nps=9, comment="see http://spam.example")
    assert Response.objects.get().spam


# GET -------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_reading_responses_is_for_supervisors_and_above(role, member_of_role, link):
    response = Client().get("/api/v1/feedback/responses", **bearer(member_of_role(role)))
    assert response.status_code == (200 if role in ALLOWED else 403)


def test_reading_needs_a_token_or_a_session(client, link):
    assert client.get("/api/v1/feedback/responses").status_code == 401


def test_the_list_is_scoped_to_the_members_locations(supervisor_sid, link, link_b):
    mine = ResponseFactory(organization=link.organization, link=link)
    ResponseFactory(organization=link.organization, link=link_b)
    items = Client().get("/api/v1/feedback/responses", **bearer(supervisor_sid)).json()["items"]
    assert [item["code"] for item in items] == [str(mine.code)]


def test_the_list_shows_every_answer(owner_olga, link, steps):
    answer = ResponseFactory(
        organization=link.organization, link=link, nps=3, step=steps[0], people=2
    )
    item = Client().get("/api/v1/feedback/responses", **bearer(owner_olga)).json()["items"][0]
    assert item["code"] == str(answer.code)
    assert item["ratings"] == {"people": 2}
    assert (item["nps"], item["nps_group"]) == (3, "detractor")
    assert item["location"]["name"] == "Location A"
    assert item["step"]["name"] == "Arrival"


def test_the_list_pages_with_a_cursor_without_gaps_or_repeats(owner_olga, link):
    start = datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC"))
    made = [
        ResponseFactory(
            organization=link.organization, link=link, submitted_at=start + timedelta(hours=n // 2)
        )
        for n in range(7)  # pairs share a timestamp: the cursor breaks ties
    ]
    seen, cursor, client, headers = [], None, Client(), bearer(owner_olga)
    while True:
        query = {"limit": 3} | ({"cursor": cursor} if cursor else {})
        page = client.get("/api/v1/feedback/responses", query, **headers).json()
        seen += [item["code"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    expected = sorted(made, key=lambda r: (r.submitted_at, r.pk), reverse=True)
    assert seen == [str(r.code) for r in expected]


def test_the_list_filters_like_the_inbox(owner_olga, link, link_b, world):
    ResponseFactory(organization=link.organization, link=link, nps=10)
    low = ResponseFactory(organization=link.organization, link=link_b, nps=2, comment="bad")
    ResponseFactory(organization=link.organization, link=link, spam=True)
    query = {"nps": "detractor", "location": str(world.location_b.code), "comment": "yes"}
    items = Client().get("/api/v1/feedback/responses", query, **bearer(owner_olga)).json()["items"]
    assert [item["code"] for item in items] == [str(low.code)]
    only_spam = (
        Client()
        .get("/api/v1/feedback/responses", {"spam": "only"}, **bearer(owner_olga))
        .json()["items"]
    )
    assert [item["spam"] for item in only_spam] == [True]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"nps": "fans"}, "nps"),
        ({"min_score": 7}, "min_score"),
        ({"since": "yesterday"}, "since"),
        ({"cursor": "forged"}, "cursor"),
        ({"limit": 1000}, "limit"),
    ],
)
def test_a_bad_filter_is_a_422_naming_it(owner_olga, link, query, field):
    response = Client().get("/api/v1/feedback/responses", query, **bearer(owner_olga))
    assert response.status_code == 422
    assert any(loc[-1] == field for loc in locs(response))


def test_a_location_outside_the_scope_is_a_422(supervisor_sid, link, world):
    response = Client().get(
        "/api/v1/feedback/responses",
        {"location": str(world.location_b.code)},
        **bearer(supervisor_sid),
    )
    assert response.status_code == 422
    assert locs(response) == [["query", "location"]]


def test_one_response_of_another_organisation_is_a_404(owner_olga, outsider_otto):
    foreign = ResponseFactory(organization=outsider_otto.organization)
    response = Client().get(f"/api/v1/feedback/responses/{foreign.code}", **bearer(owner_olga))
    assert response.status_code == 404


def test_one_response_by_code(owner_olga, link):
    answer = ResponseFactory(organization=link.organization, link=link, nps=9)
    response = Client().get(f"/api/v1/feedback/responses/{answer.code}", **bearer(owner_olga))
    assert response.json()["nps_group"] == "promoter"


def test_the_list_query_count_does_not_grow(owner_olga, link, django_assert_max_num_queries):
    for _ in range(20):
        ResponseFactory(organization=link.organization, link=link, people=3)
    headers = bearer(owner_olga)
    client = Client()
    with django_assert_max_num_queries(8):
        items = client.get("/api/v1/feedback/responses", **headers).json()["items"]
    assert len(items) == 20


def test_a_logged_in_manager_reads_through_the_session(manager_max, link):
    ResponseFactory(organization=link.organization, link=link)
    assert len(client_for(manager_max).get("/api/v1/feedback/responses").json()["items"]) == 1
