"""The public form's INSERT on PostgreSQL is its own health check.

Django's `CONN_HEALTH_CHECKS` would send a `SELECT 1` before the customer's INSERT on
every request; instead the INSERT (safe to repeat: `ON CONFLICT` on the submission id)
finds a dead connection itself, opens a new one and runs once more. Only PostgreSQL
takes this path (`intake._insert_prepared`); the tests skip elsewhere.
"""

from __future__ import annotations

import uuid

import psycopg
import pytest
from django.db import OperationalError, connection

from servicegap.feedback import intake
from servicegap.feedback.models import Response

pytestmark = pytest.mark.django_db(transaction=True)

ANSWERS = {"ratings": {"people": 4}, "comment": "", "honeypot": ""}


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("the prepared INSERT is PostgreSQL's")


def _receive(link, key=None):
    key = key or uuid.uuid4()
    return intake.receive(link, ANSWERS, submission_id=key, language="en", address="10.0.0.9")


def _terminate(pid: int) -> None:
    """End a backend from a connection of its own, as a database restart would."""
    params = connection.get_connection_params()
    with psycopg.connect(**params, autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])


def test_a_connection_killed_between_requests_is_replaced_and_the_answer_stored(link):
    first = _receive(link)
    old_pid = connection.connection.info.backend_pid
    _terminate(old_pid)

    key = uuid.uuid4()
    second = _receive(link, key)

    assert first.created and second.created
    assert connection.connection.info.backend_pid != old_pid
    assert Response.objects.filter(submission_id=key).count() == 1
    assert Response.objects.count() == 2
    # And the retry of that answer is still recognised as stored.
    assert not _receive(link, key).created
    assert Response.objects.count() == 2


def test_no_health_check_round_trip_before_the_insert(link, monkeypatch):
    assert connection.settings_dict["CONN_HEALTH_CHECKS"]
    _receive(link)  # the connection is open and kept
    connection.health_check_done = False  # as at the start of the next request
    checks = []
    real = connection.is_usable
    monkeypatch.setattr(connection, "is_usable", lambda: checks.append(1) or real())

    assert _receive(link).created
    assert checks == []


def test_an_error_on_a_live_connection_is_raised_not_retried(link):
    """A statement the database refuses on a live connection (here: the table is locked
    past `lock_timeout`) is raised as it is, on the same connection, never run again on
    a new one (which would double the customer's wait)."""
    _receive(link)
    pid = connection.connection.info.backend_pid
    with connection.cursor() as cursor:
        cursor.execute("SET lock_timeout = '200ms'")
    params = connection.get_connection_params()
    with psycopg.connect(**params) as other:  # holds the lock until it leaves the block
        other.execute(f"LOCK TABLE {Response._meta.db_table} IN ACCESS EXCLUSIVE MODE")
        with pytest.raises(OperationalError, match="lock timeout"):
            _receive(link)
    assert connection.connection.info.backend_pid == pid
    assert Response.objects.count() == 1
