"""A real Celery worker in another process, for the tests that need one (CI starts Redis
and PostgreSQL and sets SERVICEGAP_TEST_REDIS_URL)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.db import connection

REDIS_URL = os.environ.get("SERVICEGAP_TEST_REDIS_URL", "")


def needs_worker(test):
    """The marks of a test with a worker: it runs only with Redis, on a database other
    processes can share, outside a test transaction (they must see its rows)."""
    marks = [
        pytest.mark.redis,
        pytest.mark.skipif(
            not REDIS_URL, reason="needs SERVICEGAP_TEST_REDIS_URL (set by .ci/run)"
        ),
        pytest.mark.django_db(transaction=True),
    ]
    for mark in marks:
        test = mark(test)
    return test


def worker_environment(data_dir: Path) -> dict[str, str]:
    """The environment of another servicegap process on this test's database and Redis."""
    if connection.vendor != "postgresql":
        pytest.skip("the other processes need a database server they can share")
    parts = urlsplit(os.environ["DATABASE_URL"])
    return {
        **os.environ,
        "CELERY_BROKER_URL": REDIS_URL,
        "CELERY_RESULT_BACKEND": REDIS_URL,
        "DATABASE_URL": urlunsplit(parts._replace(path="/" + connection.settings_dict["NAME"])),
        "SERVICEGAP_DATA_DIR": str(data_dir),
    }


class Worker:
    output = ""  # what the worker printed, once it has stopped


@contextmanager
def running_worker(env: dict[str, str]) -> Iterator[Worker]:
    """`celery worker -c 1 -P solo` for the length of the block; its output after."""
    worker = Worker()
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "servicegap", "worker", "-c", "1", "-P", "solo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        yield worker
    finally:
        process.terminate()
        worker.output = process.communicate(timeout=30)[0].decode(errors="replace")
