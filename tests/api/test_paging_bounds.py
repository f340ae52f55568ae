"""Every paged list of the API refuses a page position past what the databases hold."""

import pytest

from servicegap.api.main import api
from servicegap.core import tokens
from tests.customers.factories import CustomerFactory

HUGE = "28735904367925882035462209536"  # past a 64-bit integer


def paged_operations() -> list[tuple[str, str]]:
    """(path, parameter) for every GET operation of every mounted router that takes a
    paging parameter, read from the API's own schema."""
    found = []
    for path, operations in api.get_openapi_schema()["paths"].items():
        for parameter in operations.get("get", {}).get("parameters", []):
            if parameter["in"] == "query" and parameter["name"] in {"offset", "limit"}:
                found.append((path, parameter["name"]))
    return found


PAGED = paged_operations()


def test_the_walk_finds_the_paged_lists():
    paths = {path for path, _name in PAGED}
    assert {"/api/v1/audits", "/api/v1/recovery/cases"} <= paths
    assert len(PAGED) >= 8


@pytest.mark.parametrize(("path", "name"), PAGED)
def test_a_huge_paging_number_is_refused_naming_the_field(client, world, owner_olga, path, name):
    # A paged list under an object: a real object's code in its place.
    objects = {"{customer_code}": lambda: CustomerFactory(organization=world.org).code}
    for placeholder, make in objects.items():
        if placeholder in path:
            path = path.replace(placeholder, str(make()))
    assert "{" not in path, "a paged list under an object: give the test its code"
    _token, secret = tokens.create_token(owner_olga, "paging")
    response = client.get(path, {name: HUGE}, HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert response.status_code == 422
    assert any(error["loc"][-1] == name for error in response.json()["detail"])


@pytest.mark.parametrize("path", ["/api/v1/audits", "/api/v1/recovery/cases"])
def test_the_largest_allowed_offset_answers_an_empty_page(client, world, owner_olga, path):
    _token, secret = tokens.create_token(owner_olga, "paging")
    response = client.get(path, {"offset": 1_000_000_000}, HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert response.status_code == 200
    assert response.json()["items"] == []
