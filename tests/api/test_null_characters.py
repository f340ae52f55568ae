"""Text with a NUL character is refused by every operation, naming where it was
(PostgreSQL cannot store one, Django's forms refuse it), and nothing is stored."""

from __future__ import annotations

import json
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from servicegap.core import api_input, tokens
from servicegap.core.models import Region
from servicegap.customers.models import ImportRun
from servicegap.feedback.models import Response
from servicegap.people.models import RuleBend
from tests.api.checks import named
from tests.feedback.factories import SurveyFactory, SurveyLinkFactory
from tests.people.factories import ScenarioFactory


@pytest.fixture
def owner(world, owner_olga) -> Client:
    _token, secret = tokens.create_token(owner_olga, "test")
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


def locs(response) -> list[list]:
    return [error["loc"] for error in response.json()["detail"]]


def test_a_body_field_with_a_nul_is_a_422_naming_it_and_nothing_is_stored(owner):
    response = owner.post(
        "/api/v1/organisation/regions", {"name": "Harbourside\x00"}, content_type="application/json"
    )
    assert response.status_code == 422
    assert locs(response) == [["body", "payload", "name"]]
    assert response.json()["detail"][0]["msg"] == "Null characters are not allowed."
    assert named(response, "name")
    assert not Region.objects.filter(name__startswith="Harbourside").exists()


def test_the_same_text_without_the_nul_is_stored(owner):
    response = owner.post(
        "/api/v1/organisation/regions", {"name": "Harbourside"}, content_type="application/json"
    )
    assert response.status_code == 201
    assert Region.objects.filter(name="Harbourside").exists()


def test_nested_fields_and_keys_are_named_each_one(owner):
    body = {"name": "ok", "texts": {"en": {"title": "a\x00b"}, "fr\x00": "x"}, "list": ["", "\x00"]}
    response = owner.patch(
        "/api/v1/organisation/regions/" + str(uuid.uuid4()),
        json.dumps(body),
        content_type="application/json",
    )
    assert response.status_code == 422
    assert locs(response) == [
        ["body", "payload", "texts", "en", "title"],
        ["body", "payload", "texts", "fr\x00"],
        ["body", "payload", "list", 1],
    ]


def test_a_query_parameter_with_a_nul_is_a_422_naming_it(owner):
    response = owner.get("/api/v1/customers/customers", {"external_id": "C-1\x00"})
    assert response.status_code == 422
    assert locs(response) == [["query", "external_id"]]


def test_a_form_field_of_an_upload_with_a_nul_is_a_422_naming_it(owner):
    upload = SimpleUploadedFile("visits.csv", b"customer id,date\nC-1,2026-01-01\n", "text/csv")
    response = owner.post(
        "/api/v1/customers/imports", {"file": upload, "column_customer": "id\x00"}
    )
    assert response.status_code == 422
    assert locs(response) == [["form", "column_customer"]]
    assert not ImportRun.objects.exists()


def test_the_public_form_refuses_a_comment_with_a_nul_and_stores_nothing(world):
    link = SurveyLinkFactory(
        organization=world.org,
        survey=SurveyFactory(organization=world.org),
        location=world.location_a,
    )
    response = Client(enforce_csrf_checks=True).post(
        f"/api/v1/feedback/links/{link.token}/responses",
        json.dumps({"submission_id": str(uuid.uuid4()), "people": 5, "comment": "Lovely\x00"}),
        content_type="application/json",
    )
    assert response.status_code == 422
    assert locs(response) == [["body", "payload", "comment"]]
    assert not Response.objects.exists()


def test_a_path_with_a_nul_names_no_object(world):
    response = Client().post(
        "/api/v1/feedback/links/ab%00cd/responses",
        json.dumps({"submission_id": str(uuid.uuid4()), "people": 5}),
        content_type="application/json",
    )
    assert response.status_code == 404


def test_the_check_comes_after_authentication(world):
    response = Client().get("/api/v1/customers/customers", {"external_id": "\x00"})
    assert response.status_code == 401


def test_a_body_that_is_not_json_is_still_a_400(owner):
    response = owner.post(
        "/api/v1/organisation/regions", b"{not json\x00", content_type="application/json"
    )
    assert response.status_code == 400


def test_an_uploads_file_name_keeps_no_nul(owner):
    upload = SimpleUploadedFile("visits\x00.csv", b"customer id,date\nC-1,2026-01-01\n", "text/csv")
    response = owner.post("/api/v1/customers/imports", {"file": upload})
    assert response.status_code == 201
    assert ImportRun.objects.get().file_name == "visits.csv"


@pytest.mark.parametrize("body", [{}, {"name": "Harbourside"}])
def test_a_form_body_sent_to_an_operation_that_takes_json_is_a_400_not_a_500(owner, body):
    """Reading a form's parts before the operation would leave the body unreadable."""
    multipart = owner.post("/api/v1/organisation/regions", body)
    assert multipart.status_code == 400
    urlencoded = owner.post(
        "/api/v1/organisation/regions",
        "name=Harbourside",
        content_type="application/x-www-form-urlencoded",
    )
    assert urlencoded.status_code == 400
    assert not Region.objects.filter(name="Harbourside").exists()


def test_a_lone_surrogate_in_a_body_is_a_422_naming_its_field(owner):
    response = owner.post(
        "/api/v1/organisation/regions",
        '{"name": "North \\ud800 side"}',
        content_type="application/json",
    )
    assert response.status_code == 422
    assert locs(response) == [["body", "payload", "name"]]
    assert "surrogate" in response.json()["detail"][0]["msg"]
    assert not Region.objects.filter(name__startswith="North ").exists()


@pytest.mark.parametrize(
    "content_type", ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]
)
def test_json_with_a_nul_under_a_form_content_type_is_refused_not_stored(
    owner, world, content_type
):
    """ninja and the people API parse a JSON body whatever its content type."""
    body = json.dumps({"name": "Harbourside\x00"})
    response = owner.post("/api/v1/organisation/regions", body, content_type=content_type)
    assert response.status_code == 400
    assert not Region.objects.filter(name__startswith="Harbourside").exists()
    bend = json.dumps(
        {"location": str(world.location_a.code), "rule": "a\x00b", "why": "A guest asked."}
    )
    response = owner.post("/api/v1/people/rule-bends", bend, content_type=content_type)
    assert response.status_code == 400
    assert not RuleBend.objects.exists()
    # an operation that reads its body itself (after the lookup) names the field
    scenario = ScenarioFactory(organization=world.org, title="Cold soup")
    change = json.dumps({"title": "Cold\x00soup"})
    response = owner.patch(
        f"/api/v1/people/scenarios/{scenario.code}", change, content_type=content_type
    )
    assert response.status_code == 422
    assert locs(response) == [["body", "payload", "title"]]
    scenario.refresh_from_db()
    assert scenario.title == "Cold soup"


def test_a_body_nested_too_deep_is_a_400_not_a_500(owner, world):
    deep = "[" * 100_000 + "]" * 100_000
    assert (
        owner.post(
            "/api/v1/organisation/regions", deep, content_type="application/json"
        ).status_code
        == 400
    )
    assert (
        owner.post("/api/v1/people/rule-bends", deep, content_type="application/json").status_code
        == 400
    )


def test_a_nested_body_is_refused_naming_the_place(owner):
    deep = '{"name": ' + "[" * 50 + '"\\u0000"' + "]" * 50 + "}"
    response = owner.post("/api/v1/organisation/regions", deep, content_type="application/json")
    assert response.status_code == 422
    assert locs(response) == [["body", "payload", "name", *[0] * 50]]


def test_the_walk_does_not_recurse_whatever_the_depth():
    """A body json.loads accepts may be deeper than a recursive walk could go."""
    value: object = "a\x00b"
    for _ in range(20_000):
        value = [value]
    assert [at for at, _why in api_input._in_json({"name": value})] == [("name", *[0] * 20_000)]
