"""A refused request writes one log line without a traceback; a server error keeps its
traceback."""

from __future__ import annotations

import logging
import uuid

from django.http import HttpResponse, HttpResponseServerError
from django.test import RequestFactory
from django.urls import reverse
from django.utils.log import log_response

from tests.conftest import client_for


def _request_records(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "django.request"]


def test_a_404_writes_one_line_and_no_traceback(world, owner_olga, caplog):
    url = reverse("customers:customer-detail", args=[uuid.uuid4()])
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client_for(owner_olga).get(url)
    assert response.status_code == 404
    records = _request_records(caplog)
    assert len(records) == 1
    assert records[0].getMessage() == f"Not Found: {url}"
    assert records[0].exc_info is None
    assert "Traceback" not in caplog.text


def test_a_403_writes_one_line_and_no_traceback(world, staff_sam, caplog):
    url = reverse("customers:save-list")
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client_for(staff_sam).get(url)
    assert response.status_code == 403
    records = _request_records(caplog)
    assert len(records) == 1
    assert records[0].getMessage().startswith("Forbidden")
    assert records[0].exc_info is None
    assert "Traceback" not in caplog.text


def test_a_server_error_keeps_its_traceback(caplog):
    """Django's own log_response, as its handler calls it for an uncaught exception."""
    request = RequestFactory().get("/broken/")
    try:
        raise ZeroDivisionError("a real fault")
    except ZeroDivisionError as error:
        with caplog.at_level(logging.ERROR, logger="django.request"):
            log_response(
                "Internal Server Error: %s", request.path, response=HttpResponseServerError(),
                request=request, exception=error,
            )  # fmt: skip
    (record,) = _request_records(caplog)
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError
    assert "Traceback" in caplog.text and "a real fault" in caplog.text


def test_a_refusal_logged_with_its_exception_loses_only_the_traceback(caplog):
    request = RequestFactory().get("/nothing/")
    try:
        raise LookupError("not here")
    except LookupError as error:
        with caplog.at_level(logging.WARNING, logger="django.request"):
            log_response("Not Found: %s", request.path, response=HttpResponse(status=404),
                         request=request, exception=error)  # fmt: skip
    (record,) = _request_records(caplog)
    assert record.getMessage() == "Not Found: /nothing/" and record.exc_info is None
