"""What schemathesis found, each pinned: the answers the schema documents, JSON 404s, and
days read only as written."""

from __future__ import annotations

import pytest
from django.test import Client

from servicegap.api.main import api
from servicegap.core import tokens

SCHEMA = api.get_openapi_schema()
OPERATIONS = [
    (path, method, operation)
    for path, methods in SCHEMA["paths"].items()
    for method, operation in methods.items()
]


@pytest.fixture
def bearer(world, owner_olga) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {tokens.create_token(owner_olga, 'schema')[1]}"}


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS, ids=lambda v: str(v)[:60])
def test_every_operation_documents_the_errors_it_can_answer(path, method, operation):
    codes = {int(code) for code in operation["responses"]}
    if operation.get("security"):
        assert {401, 403} <= codes
    if "{" in path or operation.get("parameters") or "requestBody" in operation:
        assert {404, 422} <= codes
    if "requestBody" in operation:
        assert 400 in codes
        assert operation["requestBody"].get("required") is True, "a missing body is refused"


@pytest.mark.parametrize(
    "path", ["/api/v1/audits/null,null/answers", "/api/v1/nothing-here", "/api/v1/cases/x\ny"]
)
@pytest.mark.parametrize("method", ["get", "post"])
def test_a_path_that_names_no_operation_is_a_json_404(path, method, bearer):
    response = getattr(Client(enforce_csrf_checks=True), method)(path, **bearer)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Not Found"}


@pytest.mark.parametrize(
    "path", ["/api/v1/audits", "/api/v1/feedback/responses", "/api/v1/textlens/analyses"]
)
@pytest.mark.parametrize("value", ["0", "1700000000", "2026-5-3", "03/05/2026"])
def test_a_day_is_read_only_as_written(path, value, client, bearer):
    response = client.get(path, {"until": value}, **bearer)
    assert response.status_code == 422
    assert [error["loc"][-1] for error in response.json()["detail"]] == ["until"]


def test_a_day_as_written_is_read(client, bearer):
    assert client.get("/api/v1/audits", {"until": "2026-05-03"}, **bearer).status_code == 200


def test_a_time_as_a_number_is_refused_naming_the_field(client, bearer, world):
    response = client.post(
        "/api/v1/customers/visits",
        {"customer": "c1", "location": str(world.location_a.code), "visited_at": 0},
        content_type="application/json",
        **bearer,
    )
    assert response.status_code == 422
    assert "visited_at" in str(response.json()["detail"])
