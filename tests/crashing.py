"""The crash test: public submissions from real HTTP clients while `servicegap serve` is
killed with SIGKILL and started again, then a count of what was stored and followed up.

Used by tests/test_crash.py (a short smoke run, in CI on SQLite and on PostgreSQL) and
bench/crash.py (the long run). Each client sends the public form with a fresh
`submission_id` (the form's idempotency key) and sends the same submission again until
it is answered 200 (connection refused or reset, a timeout, a 429 or a 5xx are retried),
as a phone whose customer taps "send" again would. The server is killed mid-load with
its whole process tree (gunicorn's master and workers, and the background process,
which runs in a process group of its own), started again, and so on. At the end:

- lost: acknowledged submissions not stored (must be 0);
- duplicated: submissions stored more than once (must be 0);
- every follow-up done: no pending response left, every comment analysed once, every
  detractor alerted, within `done_within` seconds of the last restart.
"""

from __future__ import annotations

import http.client
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
COMMENTS = [
    "The soup was cold and nobody came back to our table.",
    "Lovely staff, quick service.",
    "We waited forty minutes for the bill.",
    "Clean room, friendly welcome at the desk.",
    "I will not come back, the manager was rude.",
]


def missing_from_this_system() -> str:
    """What this system lacks to run the crash test (POSIX signals and process groups,
    Linux's /proc to find a server's processes), or ""."""
    if os.name != "posix" or not hasattr(os, "killpg"):
        return "POSIX process groups and signals"
    if not Path(f"/proc/{os.getpid()}/task").is_dir():
        return "/proc (Linux) to find the server's processes"
    return ""


@dataclass
class Outcome:
    """What a crash run did and found."""

    database: str = ""
    kills: int = 0
    sent: int = 0  # POSTs, retries included
    retried: int = 0  # POSTs that were sent again (no answer, 429, 5xx)
    acknowledged: set[str] = field(default_factory=set)
    refused: list[str] = field(default_factory=list)  # unexpected answers (4xx but 429)
    gave_up: int = 0  # submissions never acknowledged before the client's deadline
    stored: int = 0
    lost: int = 0
    duplicated: int = 0
    stored_unacknowledged: int = 0
    pending: int = -1
    not_analysed: int = -1
    analysed_twice: int = -1
    not_alerted: int = -1
    alerted: int = 0
    restart_seconds: list[float] = field(default_factory=list)
    done_after_last_restart: float = -1.0  # seconds from the last restart to all done

    def summary(self) -> str:
        restarts = " ".join(f"{s:.1f}" for s in self.restart_seconds)
        return (
            f"{self.database}: {self.kills} kills, {len(self.acknowledged)} acknowledged "
            f"submissions ({self.sent} POSTs, {self.retried} retried, {self.gave_up} given "
            f"up, {len(self.refused)} refused), {self.stored} stored, {self.lost} lost, "
            f"{self.duplicated} duplicated, {self.stored_unacknowledged} stored but never "
            f"acknowledged; {self.alerted} alerted, {self.not_alerted} detractors not "
            f"alerted, {self.not_analysed} comments not analysed, {self.analysed_twice} "
            f"analysed twice, {self.pending} pending; all followed up "
            f"{self.done_after_last_restart:.1f} s after the last restart; restarts to the "
            f"first answer: {restarts} s"
        )


# The database: a SQLite file in the data directory, or a fresh PostgreSQL database ----


@contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """A new empty database on the PostgreSQL server of `server_url` for the block
    (dropped after), or "" (SQLite in the data directory) when `server_url` is empty."""
    if not server_url:
        yield ""
        return
    import psycopg

    name = f"servicegap_crash_{uuid.uuid4().hex[:12]}"
    admin = urlunsplit(urlsplit(server_url)._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(urlsplit(server_url)._replace(path="/" + name))
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def environment(data_dir: Path, database_url: str, extra: dict[str, str]) -> dict[str, str]:
    """servicegap processes on this data directory and database, without a broker."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "CELERY_BROKER_URL", "CELERY_RESULT_BACKEND"}
        and not k.startswith("SERVICEGAP_")
    }
    env |= {
        "DJANGO_SETTINGS_MODULE": "servicegap.settings",
        "SERVICEGAP_DATA_DIR": str(data_dir),
        "SERVICEGAP_HTTPS": "false",
        "SERVICEGAP_SECRET_KEY": "crash-test-only-secret-key-not-for-production-0123456789",
        "SERVICEGAP_ALLOWED_HOSTS": HOST,
        "SERVICEGAP_LOG_LEVEL": "WARNING",
        # The load comes from one address to a few links: the limits must not refuse it.
        "SERVICEGAP_FEEDBACK_MAX_PER_LINK": "1000000",
        "SERVICEGAP_FEEDBACK_MAX_PER_ADDRESS": "1000000",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
    }
    if database_url:
        env["DATABASE_URL"] = database_url
    return env | extra


SEED = """
import json, sys
import django
django.setup()
from servicegap.core.management.commands.serve import prepare
from tests.conftest import _member
from tests.factories import LocationFactory, OrganizationFactory
from tests.feedback.factories import SurveyLinkFactory

prepare(verbosity=0)  # migrate and collect static files, as the first start would
org = OrganizationFactory()
location = LocationFactory(organization=org)
_member(type("World", (), {"org": org}), "max@example.test", "manager", locations=[location])
paths = [SurveyLinkFactory(organization=org, location=location).public_path() for n in range(4)]
json.dump(paths, sys.stdout)
"""


def seed(env: dict[str, str]) -> list[str]:
    """Migrate, collect static files, and make an organisation with a manager and four
    public links; their paths."""
    import json

    done = subprocess.run(
        [sys.executable, "-c", SEED], env=env, cwd=ROOT, capture_output=True, text=True,
        timeout=600,
    )  # fmt: skip
    if done.returncode:
        raise RuntimeError(f"seeding failed:\n{done.stderr}")
    return json.loads(done.stdout)


class Counts:
    """Plain SQL on the run's database (no Django in this process)."""

    def __init__(self, data_dir: Path, database_url: str) -> None:
        self.data_dir, self.database_url = data_dir, database_url

    def rows(self, sql: str) -> list[tuple]:
        if self.database_url:
            import psycopg

            with psycopg.connect(self.database_url) as connection:
                return connection.execute(sql).fetchall()
        with sqlite3.connect(self.data_dir / "servicegap.sqlite3", timeout=30) as connection:
            return connection.execute(sql).fetchall()

    def one(self, sql: str) -> int:
        return int(self.rows(sql)[0][0])


# The server and its killing ------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def tree(pid: int) -> list[int]:
    """The process and all its descendants (from /proc)."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                queue += [int(child) for child in (task / "children").read_text().split()]
            except OSError:
                continue
    return found


class Server:
    """`servicegap serve` in a session of its own, killed with its whole tree."""

    def __init__(self, env: dict[str, str], port: int, log: Path) -> None:
        self.env, self.port, self.log = env, port, log
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 300) -> float:
        """Start and wait for the first answer; seconds it took."""
        started = time.monotonic()
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "servicegap", "serve", "--port", str(self.port),
                 "--workers", "2"],
                env=self.env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
        while not self.answers():
            if self.process.poll() is not None:
                raise RuntimeError(f"serve exited with {self.process.returncode}: {self.tail()}")
            if time.monotonic() - started > timeout:
                raise RuntimeError(f"serve did not answer in {timeout} s: {self.tail()}")
            time.sleep(0.05)
        return time.monotonic() - started

    def answers(self) -> bool:
        try:
            connection = http.client.HTTPConnection(HOST, self.port, timeout=2)
            connection.request("GET", "/accounts/login/")
            connection.getresponse().read()
            connection.close()
        except OSError:
            return False
        return True

    def kill(self) -> None:
        """SIGKILL to every process of the server at once, as a crash or an OOM killer
        would: its session (master, workers) and the background process's own group."""
        assert self.process is not None
        pids = tree(self.process.pid)
        for pid in pids:
            try:
                os.kill(pid, signal.SIGSTOP)  # none of them can react to the others' death
            except ProcessLookupError:
                continue
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                continue
        with suppress(ProcessLookupError):  # a worker forked as the tree was read
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=60)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=120)
            except subprocess.TimeoutExpired:
                self.kill()

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]


# The clients --------------------------------------------------------------------------


class Clients:
    """Threads that submit the public form until told to stop; each submission is sent
    again, with the same `submission_id`, until it is answered 200."""

    def __init__(self, port: int, paths: list[str], threads: int, outcome: Outcome) -> None:
        self.port, self.paths, self.outcome = port, paths, outcome
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.threads = [
            threading.Thread(target=self._client, args=(n,), daemon=True) for n in range(threads)
        ]

    def __enter__(self) -> Clients:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join()

    def _client(self, n: int) -> None:
        chance = random.Random(n)
        while not self.stop.is_set():
            submission = str(uuid.uuid4())
            answers = {
                "submission_id": submission,
                "nps": chance.randint(0, 10),
                "people": chance.randint(1, 5),
            }
            if chance.random() < 0.6:
                answers["comment"] = chance.choice(COMMENTS)
            path = chance.choice(self.paths)
            if self._send_until_answered(path, urlencode(answers).encode()):
                with self.lock:
                    self.outcome.acknowledged.add(submission)

    def _send_until_answered(self, path: str, body: bytes, give_up: float = 240) -> bool:
        deadline = time.monotonic() + give_up
        first = True
        while time.monotonic() < deadline:
            with self.lock:
                self.outcome.sent += 1
                self.outcome.retried += not first
            first = False
            try:
                status = self._post(path, body)
            except (OSError, http.client.HTTPException):
                time.sleep(0.1)  # refused while the server is down, reset when killed
                continue
            if status == 200:
                return True
            if status == 429 or status >= 500:
                time.sleep(0.2)
                continue
            with self.lock:
                self.outcome.refused.append(f"{status} for {body[:80]!r}")
            return False
        with self.lock:
            self.outcome.gave_up += 1
        return False

    def _post(self, path: str, body: bytes) -> int:
        connection = http.client.HTTPConnection(HOST, self.port, timeout=20)
        try:
            connection.request(
                "POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"}
            )
            answer = connection.getresponse()
            answer.read()
            return answer.status
        finally:
            connection.close()


# The run ---------------------------------------------------------------------------------


def crash_run(
    data_dir: Path,
    *,
    database_server: str = "",
    kills: int = 3,
    load_seconds: tuple[float, float] = (1.0, 3.0),
    clients: int = 4,
    done_within: float = 60.0,
    extra_env: dict[str, str] | None = None,
    report=print,
) -> Outcome:
    """Seed, serve, kill and restart `kills` times under load, then count. `database_server`:
    a PostgreSQL URL on whose server a fresh database is made (and dropped), or "" for
    SQLite."""
    outcome = Outcome(database="PostgreSQL" if database_server else "SQLite")
    with fresh_database(database_server) as database_url:
        env = environment(data_dir, database_url, extra_env or {})
        paths = seed(env)
        port = free_port()
        server = Server(env, port, data_dir / "serve.log")
        chance = random.Random(kills)
        try:
            outcome.restart_seconds.append(server.start())
            with Clients(port, paths, clients, outcome):
                for _kill in range(kills):
                    time.sleep(chance.uniform(*load_seconds))
                    server.kill()
                    outcome.kills += 1
                    last_restart = time.monotonic()
                    outcome.restart_seconds.append(server.start())
                    report(f"kill {outcome.kills}: {len(outcome.acknowledged)} acknowledged")
                time.sleep(chance.uniform(*load_seconds))
            count(outcome, Counts(data_dir, database_url), last_restart, done_within)
        finally:
            server.stop()
    return outcome


def count(outcome: Outcome, counts: Counts, last_restart: float, done_within: float) -> None:
    """Wait (up to `done_within` s after the last restart) for every follow-up, then count."""
    while counts.one("SELECT count(*) FROM feedback_pendingresponse"):
        if time.monotonic() - last_restart > done_within:
            break
        time.sleep(0.25)
    outcome.done_after_last_restart = time.monotonic() - last_restart
    outcome.pending = counts.one("SELECT count(*) FROM feedback_pendingresponse")
    stored = [str(uuid.UUID(str(sid))) for (sid,) in counts.rows(
        "SELECT submission_id FROM feedback_response")]  # fmt: skip
    outcome.stored = len(stored)
    outcome.duplicated = len(stored) - len(set(stored))
    outcome.lost = len(outcome.acknowledged - set(stored))
    outcome.stored_unacknowledged = len(set(stored) - outcome.acknowledged)
    outcome.not_analysed = counts.one(
        "SELECT count(*) FROM feedback_response WHERE comment <> '' AND id NOT IN "
        "(SELECT response_id FROM textlens_commentanalysis)"
    )
    outcome.analysed_twice = counts.one(
        "SELECT count(*) FROM (SELECT response_id FROM textlens_commentanalysis "
        "GROUP BY response_id HAVING count(*) > 1) AS twice"
    )
    detractors = "SELECT count(*) FROM feedback_response WHERE nps <= 6 AND NOT spam"
    outcome.not_alerted = counts.one(detractors + " AND alerted_at IS NULL")
    outcome.alerted = counts.one(detractors + " AND alerted_at IS NOT NULL")
