"""Feedback fixtures: a survey asking every question in three languages, links at A and B."""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from django.test import Client

from servicegap.feedback import intake
from servicegap.feedback.models import SurveyLink
from tests.feedback.factories import SurveyFactory, SurveyLinkFactory
from tests.standards.factories import JourneyStepFactory


@pytest.fixture(autouse=True)
def fresh_cache(db):
    """Rate-limit counters live in the cache, links in each process: start with neither."""
    cache.clear()
    intake.forget_links()
    yield
    cache.clear()
    intake.forget_links()


@pytest.fixture
def survey(world):
    return SurveyFactory(organization=world.org, name="Guest survey")


@pytest.fixture
def steps(world):
    return [
        JourneyStepFactory(organization=world.org, name="Arrival", position=1),
        JourneyStepFactory(organization=world.org, name="Payment", position=2),
    ]


@pytest.fixture
def link(world, survey, steps) -> SurveyLink:
    return SurveyLinkFactory(
        organization=world.org, survey=survey, location=world.location_a, table="7"
    )


@pytest.fixture
def link_b(world, survey, steps) -> SurveyLink:
    return SurveyLinkFactory(
        organization=world.org, survey=survey, location=world.location_b, table="1"
    )


@pytest.fixture
def public() -> Client:
    """An anonymous browser that enforces CSRF, as a real one would."""
    return Client(enforce_csrf_checks=True)


def form_key(client: Client, link: SurveyLink, **headers) -> str:
    """GET the form and return the idempotency key it carries."""
    html = client.get(link.public_path(), **headers).content.decode()
    return re.search(r'name="submission_id" value="([0-9a-f-]{36})"', html).group(1)


def send(client: Client, link: SurveyLink, query: str = "", **answers):
    """GET the form, then POST `answers` with its key (unless given).

    Upper-case keywords (REMOTE_ADDR, HTTP_…) are request headers, not answers.
    """
    extra = {key: value for key, value in answers.items() if key.isupper()}
    data = {key: str(value) for key, value in answers.items() if not key.isupper()}
    data.setdefault("submission_id", form_key(client, link, **extra))
    return client.post(link.public_path() + query, data, **extra)
