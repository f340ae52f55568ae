"""Every page and API that filters by a period refuses a day its bounds could not hold
(9999-12-31 plus a day; year 1 east of UTC) with the field named, never a 500."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from servicegap.core import tokens
from tests.conftest import client_for

PAGES = [
    "feedback:inbox",
    "feedback:export-csv",
    "feedback:export-xlsx",
    "textlens:explorer",
    "audits:list",
    "audits:export-audits",
    "audits:export-answers",
    "recovery:outcomes",
    "recovery:budget-use",
]
APIS = ["/api/v1/feedback/responses", "/api/v1/textlens/analyses", "/api/v1/audits"]
FAR = [("until", "9999-12-31"), ("since", "0001-01-01"), ("since", "1899-12-31")]


@pytest.fixture
def east(world):
    world.org.time_zone = "Asia/Tokyo"  # year 1 at midnight here is before datetime.min in UTC
    world.org.save()
    return world


@pytest.mark.django_db
@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize(("field", "day"), FAR)
def test_a_page_refuses_a_day_out_of_bounds_naming_it(east, owner_olga, name, field, day):
    client = client_for(owner_olga)
    client.raise_request_exception = False
    response = client.get(reverse(name), {field: day})
    assert response.status_code in (200, 400)
    if response.status_code == 200 and not response.streaming:
        assert "Choose a day from the year 1900 to the year 9998." in response.text


@pytest.mark.django_db
@pytest.mark.parametrize("path", APIS)
@pytest.mark.parametrize(("field", "day"), FAR)
def test_an_api_refuses_a_day_out_of_bounds_naming_it(east, owner_olga, path, field, day):
    _token, secret = tokens.create_token(owner_olga, "test")
    response = Client(raise_request_exception=False).get(
        path, {field: day}, HTTP_AUTHORIZATION=f"Bearer {secret}"
    )
    assert response.status_code == 422, response.content
    assert field in response.text


@pytest.mark.django_db
def test_the_first_and_last_days_allowed_are_taken(east, owner_olga):
    client = client_for(owner_olga)
    response = client.get(reverse("feedback:inbox"), {"since": "1900-01-01", "until": "9998-12-31"})
    assert response.status_code == 200
    assert "Choose a day" not in response.text
