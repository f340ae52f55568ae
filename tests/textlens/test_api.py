"""The comment-analysis API: analyses with filters for a token's organisation; corrections."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.feedback.models import Response
from servicegap.textlens.models import Correction
from tests.feedback.factories import ResponseFactory
from tests.textlens.factories import CommentAnalysisFactory

pytestmark = pytest.mark.django_db

READERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR}
MANAGERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}
LIST = "/api/v1/textlens/analyses"


def bearer(member) -> dict:
    _token, secret = tokens.create_token(member, "test")
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def comment(link, text: str, **labels):
    response = ResponseFactory(organization=link.organization, link=link, comment=text)
    return CommentAnalysisFactory(organization=link.organization, response=response, **labels)


def post_correction(member, analysis, payload):
    return Client().post(
        f"{LIST}/{analysis.code}/corrections",
        json.dumps(payload),
        content_type="application/json",
        **bearer(member),
    )


def locs(response) -> list[list]:
    return [error["loc"] for error in response.json()["detail"]]


def test_the_schema_lists_the_textlens_paths(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "get" in paths[LIST]
    assert "get" in paths["/api/v1/textlens/analyses/{commentanalysis_code}"]
    assert "post" in paths["/api/v1/textlens/analyses/{commentanalysis_code}/corrections"]


@pytest.mark.parametrize("role", list(Role))
def test_analyses_are_read_by_supervisors_and_above(role, member_of_role, link):
    comment(link, "Slow service.")
    response = Client().get(LIST, **bearer(member_of_role(role)))
    assert response.status_code == (200 if role in READERS else 403)


def test_the_list_holds_the_labels_and_the_comment(owner_olga, link):
    analysis = comment(link, "Waited forty minutes.", sentiment="negative", process=True)
    item = Client().get(LIST, **bearer(owner_olga)).json()["items"][0]
    assert item["code"] == str(analysis.code)
    assert item["response"] == str(analysis.response.code)
    assert item["comment"] == "Waited forty minutes."
    assert item["sentiment"] == "negative" and item["topics"] == ["process"]
    assert item["location"]["name"] == "Location A"
    assert item["model_version"] == "rules" and item["corrected_at"] is None
    assert item["feelings"] == {"process": "negative"} and item["sure"] == {}


def test_the_list_gives_the_feeling_per_p_and_how_sure(owner_olga, link):
    comment(
        link,
        "Kind nurse, long wait.",
        sentiment="negative",
        people=True,
        process=True,
        feelings={"people": "positive", "process": "negative"},
        sure={"sentiment": 0.75, "people": 0.5, "process": 0.99, "churn": 0.2},
    )
    item = Client().get(LIST, **bearer(owner_olga)).json()["items"][0]
    assert item["feelings"] == {"people": "positive", "process": "negative"}
    # churn is not flagged, so how sure the model is of it is not given
    assert item["sure"] == {"sentiment": 0.75, "people": 0.5, "process": 0.99}


def test_the_list_filters_and_stays_in_the_token_organisation(
    owner_olga, outsider_otto, link, link_b, world
):
    comment(link, "alpha", sentiment="negative", people=True)
    comment(link_b, "bravo", sentiment="positive", process=False, product=True)
    foreign = CommentAnalysisFactory(organization=outsider_otto.organization)
    client, auth = Client(), bearer(owner_olga)

    def texts(**query):
        return {i["comment"] for i in client.get(LIST, query, **auth).json()["items"]}

    assert texts() == {"alpha", "bravo"}
    assert texts(p="people") == {"alpha"}
    assert texts(sentiment="positive") == {"bravo"}
    assert texts(location=str(world.location_b.code)) == {"bravo"}
    other = Client().get(LIST, **bearer(outsider_otto)).json()["items"]
    assert [i["code"] for i in other] == [str(foreign.code)]


def test_a_foreign_location_filter_is_an_error_naming_it(owner_olga, outsider_otto, link):
    from tests.factories import LocationFactory

    elsewhere = LocationFactory(organization=outsider_otto.organization)
    response = Client().get(LIST, {"location": str(elsewhere.code)}, **bearer(owner_olga))
    assert response.status_code == 422
    assert locs(response) == [["query", "location"]]


def test_an_unknown_sentiment_filter_is_an_error_naming_it(owner_olga, link):
    response = Client().get(LIST, {"sentiment": "furious"}, **bearer(owner_olga))
    assert response.status_code == 422
    assert ["query", "sentiment"] in [loc[:2] for loc in locs(response)]


def test_cursor_paging_walks_every_analysis_once(owner_olga, link):
    made = {str(comment(link, f"remark {n}").code) for n in range(7)}
    client, auth, seen, cursor = Client(), bearer(owner_olga), [], None
    while True:
        query = {"limit": 3} | ({"cursor": cursor} if cursor else {})
        page = client.get(LIST, query, **auth).json()
        seen += [item["code"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(made) and len(seen) == 7


def test_one_analysis_and_another_organisations_is_a_404(owner_olga, outsider_otto, link):
    analysis = comment(link, "Fine.")
    assert Client().get(f"{LIST}/{analysis.code}", **bearer(owner_olga)).status_code == 200
    assert Client().get(f"{LIST}/{analysis.code}", **bearer(outsider_otto)).status_code == 404
    assert post_correction(outsider_otto, analysis, {"sentiment": "positive"}).status_code == 404
    assert Correction.objects.count() == 0


@pytest.mark.parametrize("role", list(Role))
def test_only_managers_and_above_post_corrections(role, member_of_role, link):
    analysis = comment(link, "Fine.")
    response = post_correction(member_of_role(role), analysis, {"sentiment": "positive"})
    assert response.status_code == (201 if role in MANAGERS else 403)
    assert Correction.objects.count() == (1 if role in MANAGERS else 0)


def test_a_correction_sets_only_the_labels_given(manager_max, link):
    analysis = comment(link, "Fine.", sentiment="negative", process=True)
    response = post_correction(manager_max, analysis, {"topics": ["people"], "spam": True})
    assert response.status_code == 201
    body = response.json()
    assert body["topics"] == ["people"] and body["spam"] is True
    assert body["sentiment"] == "negative" and body["corrected_at"]
    assert Correction.objects.get().changes() == {"topics": ["people"], "spam": True}
    assert Response.objects.get(pk=analysis.response_id).spam


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"sentiment": "furious"}, "sentiment"),
        ({"topics": ["people", "price"]}, "topics"),
        ({"topics": "people"}, "topics"),
        ({"churn_signal": "yes"}, "churn_signal"),
        ({"spam": 1}, "spam"),
        ({"mood": "happy"}, "mood"),
    ],
)
def test_a_bad_correction_names_the_field_and_stores_nothing(manager_max, link, payload, field):
    analysis = comment(link, "Fine.")
    response = post_correction(manager_max, analysis, payload)
    assert response.status_code == 422
    assert any(loc[:3] == ["body", "payload", field] for loc in locs(response)), locs(response)
    assert Correction.objects.count() == 0


def test_an_empty_correction_is_refused(manager_max, link):
    analysis = comment(link, "Fine.")
    response = post_correction(manager_max, analysis, {})
    assert response.status_code == 422
    assert "Nothing to correct" in response.content.decode()
    assert Correction.objects.count() == 0


def test_the_schema_describes_the_correction_body(client):
    operation = client.get("/api/v1/openapi.json").json()["paths"][
        "/api/v1/textlens/analyses/{commentanalysis_code}/corrections"
    ]["post"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    assert set(schema["properties"]) == {"sentiment", "topics", "churn_signal", "spam"}


def test_a_body_that_is_not_an_object_is_refused(manager_max, link):
    analysis = comment(link, "Fine.")
    response = Client().post(
        f"{LIST}/{analysis.code}/corrections", "[1]", content_type="application/json",
        **bearer(manager_max),
    )  # fmt: skip
    assert response.status_code == 422
    assert Correction.objects.count() == 0
