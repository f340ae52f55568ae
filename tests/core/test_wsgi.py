"""The WSGI application of `servicegap serve`: public pages through the short middleware
stack, the rest through the whole of it."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory

from servicegap.core import wsgi
from servicegap.feedback.models import Response
from tests.feedback.factories import SurveyFactory, SurveyLinkFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def application():
    return wsgi.get_application()


def call(application, method: str, path: str, data: Any = None, **headers) -> tuple:
    """(status code, headers, body) of one request through the WSGI application."""
    factory = RequestFactory()
    request = getattr(factory, method)(path, data or {}, **headers)
    answer: dict = {}

    def start_response(status: str, response_headers: list, exc_info: Any = None) -> None:
        answer["status"], answer["headers"] = int(status.split()[0]), dict(response_headers)

    # As Django's test client does: the test's connection (and its transaction) stays
    # open across the request, instead of being closed at its start and end.
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    try:
        body = b"".join(application(request.environ, start_response))
    finally:
        for signal in (request_started, request_finished):
            signal.connect(close_old_connections)
    return answer["status"], answer["headers"], body.decode()


@pytest.fixture
def link(world):
    survey = SurveyFactory(organization=world.org, name="Guest survey")
    return SurveyLinkFactory(organization=world.org, survey=survey, location=world.location_a)


def test_the_public_form_goes_through_the_short_stack_only(application, link, monkeypatch):
    seen: list[str] = []
    real = wsgi.PublicPagesHandler.get_response

    def spy(self, request):
        seen.append(type(self).__name__)
        return real(self, request)

    monkeypatch.setattr(wsgi.PublicPagesHandler, "get_response", spy)
    status, headers, body = call(
        application, "get", link.public_path(), HTTP_ACCEPT_LANGUAGE="fr", SERVER_NAME="localhost"
    )
    assert status == 200 and 'name="submission_id"' in body
    assert seen == ["PublicPagesHandler"]
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Content-Language"] == "fr"
    assert "Accept-Language" in headers["Vary"]
    assert "no-cache" in headers["Cache-Control"]
    assert "Set-Cookie" not in headers  # no session, no CSRF cookie


def test_a_submission_through_it_is_stored_once(application, link):
    key = str(uuid.uuid4())
    for _attempt in range(2):
        status, _headers, _body = call(
            application, "post", link.public_path(), {"submission_id": key, "people": "4"},
            SERVER_NAME="localhost",
        )  # fmt: skip
        assert status == 200
    assert Response.objects.filter(submission_id=key).count() == 1


def test_every_other_page_goes_through_the_whole_stack(application):
    status, headers, _body = call(application, "get", "/", SERVER_NAME="localhost")
    assert status == 302 and headers["Location"].startswith("/accounts/login/")


def test_the_full_middleware_is_back_once_the_public_stack_is_built(application, settings):
    assert "django.contrib.sessions.middleware.SessionMiddleware" in settings.MIDDLEWARE
    assert settings.PUBLIC_MIDDLEWARE == [
        "django.middleware.security.SecurityMiddleware",
        "servicegap.core.middleware.PageHeadersMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
    ]


def test_an_unknown_public_link_is_not_found_through_the_short_stack(application):
    status, _headers, _body = call(application, "get", "/s/nothing-here/", SERVER_NAME="localhost")
    assert status == 404
