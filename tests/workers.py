"""A real Celery worker, or a real `servicegap serve`, in another process, for the tests
that need one (CI starts Redis and PostgreSQL and sets SERVICEGAP_TEST_REDIS_URL; the
server needs PostgreSQL only)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
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


def server_environment(data_dir: Path) -> dict[str, str]:
    """The environment of a `servicegap serve` of this test's database, with no broker."""
    env = worker_environment(data_dir)
    for name in ("CELERY_BROKER_URL", "CELERY_RESULT_BACKEND", "EMAIL_BACKEND"):
        env.pop(name, None)
    # Plain HTTP on loopback; alert e-mails printed (the console backend, the default).
    return env | {"SERVICEGAP_HTTPS": "false", "SERVICEGAP_LOG_LEVEL": "WARNING"}


SERVE = """
import sys
import django
django.setup()
from servicegap.core.management.commands.serve import GunicornApplication, gunicorn_options
GunicornApplication(gunicorn_options("127.0.0.1", int(sys.argv[1]), workers=1)).run()
"""


class Server:
    output = ""  # what the server printed, once it has stopped

    def __init__(self, process: subprocess.Popen, port: int) -> None:
        self.process, self.port = process, port

    def stop(self) -> str:
        """SIGTERM, as a service manager stops it: the workers finish and exit."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        self.output = self.process.communicate(timeout=60)[0].decode(errors="replace")
        return self.output


@contextmanager
def running_server(env: dict[str, str]) -> Iterator[Server]:
    """`servicegap serve` as it runs gunicorn (its workers and hooks; no migrations or
    static files, which the test database and the form need not) for the block."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-c", SERVE, str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    server = Server(process, port)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"the server did not start:\n{server.stop()}")
                time.sleep(0.1)
        yield server
    finally:
        server.stop()
