"""The background process without a broker: batches of pending responses and the
scheduled tasks on time, each due run claimed once across servers; started and stopped
by `servicegap serve`."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.utils import timezone

from servicegap.core.models import Role
from servicegap.feedback.models import PendingResponse
from servicegap.pipeline import background
from servicegap.pipeline.models import ScheduledTask
from servicegap.recovery.models import Case, CaseEvent
from servicegap.textlens.models import CommentAnalysis
from tests.conftest import _member
from tests.feedback.conftest import send
from tests.recovery.conftest import new_case

ROOT = Path(__file__).resolve().parents[2]
ESCALATE = {
    "escalate-overdue-recovery-cases": {
        "task": "servicegap.recovery.tasks.escalate_overdue_cases",
        "schedule": 300,
    }
}


@pytest.fixture
def queued(settings):
    """As in a web worker of `servicegap serve` without a broker: responses are stored
    with their pending rows, for the background process."""
    settings.FEEDBACK_QUEUE_FOLLOW_UPS = True


@pytest.fixture
def escalation_only(settings):
    settings.CELERY_BEAT_SCHEDULE = ESCALATE


def overdue_case(world) -> Case:
    _member(world, "sid@example.test", Role.SUPERVISOR, locations=[world.location_a])
    case = new_case(world, now=timezone.now() - timedelta(hours=5))  # ack within 4 hours
    assert case.is_overdue(timezone.now())
    return case


# One turn --------------------------------------------------------------------------------


@pytest.mark.usefixtures("queued")
def test_a_turn_follows_up_a_batch_of_pending_responses(public, link, manager_max):
    send(public, link, nps=2, comment="We waited forty minutes.", REMOTE_ADDR="10.0.0.1")
    send(public, link, nps=9, comment="Lovely staff.", REMOTE_ADDR="10.0.0.2")
    assert PendingResponse.objects.count() == 2 and not CommentAnalysis.objects.exists()
    assert background.turn() is False  # nothing more to do at once
    assert not PendingResponse.objects.exists()
    assert CommentAnalysis.objects.count() == 2


@pytest.mark.usefixtures("queued")
def test_a_full_batch_asks_for_another_turn_at_once(public, link, monkeypatch):
    monkeypatch.setattr(background.followup, "BATCH", 2)
    for n in range(3):
        send(public, link, people=4, comment=f"Visit {n}", REMOTE_ADDR=f"10.0.0.{n}")
    assert background.turn() is True and PendingResponse.objects.count() == 1
    assert background.turn() is False and not PendingResponse.objects.exists()


def test_a_turn_that_fails_is_logged_and_never_raises(db, monkeypatch, caplog):
    def away(*args, **kwargs):
        raise RuntimeError("database away")

    monkeypatch.setattr(background.followup, "follow_up_pending", away)
    with caplog.at_level(logging.ERROR, logger="servicegap.pipeline"):
        assert background.turn() is False
    assert "this turn failed" in caplog.text


def test_without_a_broker_serve_starts_the_background_process_and_its_workers_queue(settings):
    settings.CELERY_BROKER_URL = ""
    settings.FEEDBACK_QUEUE_FOLLOW_UPS = False
    assert background.alongside_server() == [sys.executable, "-m", "servicegap", "background"]
    assert settings.FEEDBACK_QUEUE_FOLLOW_UPS is True


def test_with_a_broker_serve_leaves_the_work_to_celery(settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    settings.FEEDBACK_QUEUE_FOLLOW_UPS = True
    assert background.alongside_server() is None


def test_the_loop_stops_when_asked_after_the_turn_in_hand(monkeypatch):
    stop = threading.Event()
    turns: list[int] = []

    def one_turn(now=None, *, runner=""):
        turns.append(1)
        stop.set()  # asked to stop during this turn's batch
        return True  # and more is waiting

    closed: list[int] = []
    monkeypatch.setattr(background, "turn", one_turn)
    # (Stale connections are dropped before each turn; here it would end the test's.)
    monkeypatch.setattr(background, "close_old_connections", lambda: closed.append(1))
    monkeypatch.setattr(background.followup, "running", lambda: contextlib.nullcontext("r1"))
    background.run(stop, poll=0.01)
    assert turns == [1] and closed == [1]


# The schedule ----------------------------------------------------------------------------


@pytest.mark.usefixtures("escalation_only")
def test_an_overdue_case_is_escalated_by_the_schedule_with_no_broker(world):
    case = overdue_case(world)
    now = timezone.now()
    assert background.run_due_tasks(now) == []  # first seen: due one interval later
    row = ScheduledTask.objects.get()
    assert row.due_at == now + timedelta(seconds=300)
    assert background.run_due_tasks(now + timedelta(seconds=299)) == []
    due = now + timedelta(seconds=300)
    assert background.run_due_tasks(due) == ["escalate-overdue-recovery-cases"]
    assert Case.objects.get(pk=case.pk).escalation_level == 1
    row.refresh_from_db()
    assert (row.runs, row.last_error) == (1, "")
    assert row.due_at == due + timedelta(seconds=300)
    assert background.run_due_tasks(due + timedelta(seconds=1)) == []  # once per due time


@pytest.mark.usefixtures("escalation_only")
def test_of_two_servers_that_read_the_same_due_time_one_runs_the_task(world):
    background.load_tasks()  # as the loop does first (the test alone found no task)
    case = overdue_case(world)
    now = timezone.now()
    ScheduledTask.objects.create(
        name="escalate-overdue-recovery-cases", task=ESCALATE[
            "escalate-overdue-recovery-cases"]["task"], due_at=now - timedelta(seconds=1),
    )  # fmt: skip
    entry = ESCALATE["escalate-overdue-recovery-cases"]
    seen_by_a = background.scheduled("escalate-overdue-recovery-cases", entry, now)
    seen_by_b = background.scheduled("escalate-overdue-recovery-cases", entry, now)
    assert background.claim(seen_by_a, background.next_due(entry, now)) is True
    assert background.claim(seen_by_b, background.next_due(entry, now)) is False
    background.run_task(seen_by_a, entry)
    assert CaseEvent.objects.filter(case=case, kind=CaseEvent.Kind.ESCALATION).count() == 1


def test_a_failing_scheduled_task_is_recorded_and_the_schedule_goes_on(db, settings, caplog):
    settings.CELERY_BEAT_SCHEDULE = {
        "score": {"task": "servicegap.customers.tasks.score_organization", "schedule": 60}
    }  # called without its organisation: it raises
    now = timezone.now()
    background.run_due_tasks(now)
    with caplog.at_level(logging.ERROR, logger="servicegap.pipeline"):
        assert background.run_due_tasks(now + timedelta(seconds=60)) == ["score"]
    row = ScheduledTask.objects.get()
    assert "TypeError" in row.last_error and row.runs == 1
    assert row.due_at == now + timedelta(seconds=120)
    assert "the scheduled task score failed" in caplog.text


def test_every_scheduled_task_is_registered_where_the_background_process_runs_it(settings):
    from celery import current_app

    current_app.loader.import_default_modules()
    for entry in settings.CELERY_BEAT_SCHEDULE.values():
        assert entry["task"] in current_app.tasks


# Real processes: `servicegap serve`, two background processes, on a SQLite file -------


def environment(data_dir: Path) -> dict[str, str]:
    """Another servicegap process on its own SQLite database in `data_dir`, no broker."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "CELERY_BROKER_URL", "CELERY_RESULT_BACKEND"}
    }
    return env | {
        "SERVICEGAP_DATA_DIR": str(data_dir),
        "SERVICEGAP_HTTPS": "false",
        "SERVICEGAP_LOG_LEVEL": "INFO",
        "PYTHONPATH": str(ROOT),
    }


def servicegap(env: dict[str, str], *args: str, timeout: float = 300) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "servicegap", *args],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def python(env: dict[str, str], code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture(scope="module")
def migrated(tmp_path_factory) -> Path:
    """A data directory whose SQLite database is migrated (once for the module)."""
    data_dir = tmp_path_factory.mktemp("servicegap-data")
    servicegap(environment(data_dir), "migrate", "--verbosity", "0")
    return data_dir


@pytest.fixture
def data_dir(migrated, tmp_path) -> Path:
    """A copy of the migrated database for this test."""
    copy = tmp_path / "data"
    copy.mkdir()
    (copy / "servicegap.sqlite3").write_bytes((migrated / "servicegap.sqlite3").read_bytes())
    return copy


def rows(data_dir: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(data_dir / "servicegap.sqlite3", timeout=20) as db:
        return db.execute(sql).fetchall()


SEED_CASE = """
import django
django.setup()
from datetime import timedelta
from django.utils import timezone
from servicegap.pipeline.models import ScheduledTask
from tests.conftest import _member
from tests.factories import LocationFactory, OrganizationFactory
from tests.recovery.conftest import new_case

class World:
    org = OrganizationFactory()
    location_a = LocationFactory(organization=org)

_member(World, "sid@example.test", "supervisor", locations=[World.location_a])
new_case(World, now=timezone.now() - timedelta(hours=5))
ScheduledTask.objects.create(
    name="escalate-overdue-recovery-cases",
    task="servicegap.recovery.tasks.escalate_overdue_cases",
    due_at=timezone.now() - timedelta(seconds=1),
)
"""


@pytest.mark.slow
def test_two_background_processes_run_a_due_task_once_and_escalate_the_case_once(data_dir):
    env = environment(data_dir)
    python(env, SEED_CASE)
    started = [
        subprocess.Popen(
            [sys.executable, "-m", "servicegap", "background", "--once"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        for _server in range(2)
    ]
    outputs = [p.communicate(timeout=120)[0].decode() for p in started]
    assert [p.returncode for p in started] == [0, 0], outputs
    runs = "SELECT runs, last_error FROM pipeline_scheduledtask WHERE name = '%s'"
    assert rows(data_dir, runs % "escalate-overdue-recovery-cases") == [(1, "")]
    # The other entries are first due one interval from now, as with beat.
    assert rows(data_dir, "SELECT sum(runs) FROM pipeline_scheduledtask") == [(1,)]
    assert rows(data_dir, "SELECT escalation_level FROM recovery_case") == [(1,)]
    escalations = "SELECT count(*) FROM recovery_caseevent WHERE kind = 'escalation'"
    assert rows(data_dir, escalations) == [(1,)]


SEED_LINK = """
import django
django.setup()
from tests.conftest import _member
from tests.factories import LocationFactory, OrganizationFactory
from tests.feedback.factories import SurveyLinkFactory

org = OrganizationFactory()
location = LocationFactory(organization=org)
_member(type("World", (), {"org": org}), "max@example.test", "manager", locations=[location])
link = SurveyLinkFactory(organization=org, location=location)
print(link.public_path())
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def post_form(port: int, path: str, **answers) -> int:
    body = urlencode({"submission_id": uuid.uuid4(), **answers}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", data=body,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )  # fmt: skip
    with urllib.request.urlopen(request, timeout=30) as answer:
        return answer.status


def children(pid: int) -> list[tuple[int, str]]:
    """(pid, command line) of the process's children."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ")
            found.append((int(child), cmdline.decode().strip()))
    return found


def wait_until(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.2)


def listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


@pytest.mark.slow
def test_serve_starts_the_background_process_which_follows_up_and_stops_with_it(data_dir):
    env = environment(data_dir)
    path = python(env, SEED_LINK)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "servicegap", "serve", "--no-migrate", "--port", str(port),
         "--workers", "1"],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        wait_until(lambda: listening(port) or server.poll() is not None, 240, "the server")
        beside = [c for c in children(server.pid) if c[1].endswith("servicegap background")]
        assert len(beside) == 1, children(server.pid)
        assert post_form(port, path, nps=2, people=1, comment="Cold soup, rude waiter") == 200
        wait_until(
            lambda: not rows(data_dir, "SELECT 1 FROM feedback_pendingresponse"), 60,
            "the follow-up",
        )  # fmt: skip
        assert rows(data_dir, "SELECT count(*) FROM textlens_commentanalysis") == [(1,)]
        assert rows(data_dir, "SELECT count(*) FROM feedback_response WHERE alerted_at IS NOT NULL")
        # The web worker only stored it: the background process followed it up.
    finally:
        server.send_signal(signal.SIGTERM)
        output = server.communicate(timeout=120)[0].decode(errors="replace")
    assert server.returncode == 0, output
    assert "background: stopped" in output
    assert not Path(f"/proc/{beside[0][0]}").exists() or (
        "zombie" in Path(f"/proc/{beside[0][0]}/status").read_text()
    ), output
    assert "Subject: Feedback to look at" in output


@pytest.mark.slow
def test_serve_starts_a_killed_background_process_again_which_follows_up(data_dir):
    env = environment(data_dir)
    path = python(env, SEED_LINK)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "servicegap", "serve", "--no-migrate", "--port", str(port),
         "--workers", "1"],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip

    def background_pids() -> list[int]:
        found = [c for c in children(server.pid) if c[1].endswith("servicegap background")]
        return [pid for pid, _ in found if "zombie" not in Path(f"/proc/{pid}/status").read_text()]

    try:
        wait_until(lambda: listening(port) or server.poll() is not None, 240, "the server")
        [first] = background_pids()
        os.kill(first, signal.SIGKILL)
        wait_until(lambda: background_pids() not in ([], [first]), 60, "a new background process")
        [second] = background_pids()
        assert second != first
        # The new one does the work: a response stored by the web worker is followed up.
        assert post_form(port, path, nps=2, people=1, comment="Cold soup, rude waiter") == 200
        wait_until(
            lambda: not rows(data_dir, "SELECT 1 FROM feedback_pendingresponse"), 60,
            "the follow-up",
        )  # fmt: skip
        assert rows(data_dir, "SELECT count(*) FROM textlens_commentanalysis") == [(1,)]
    finally:
        server.send_signal(signal.SIGTERM)
        output = server.communicate(timeout=120)[0].decode(errors="replace")
    assert server.returncode == 0, output
    restarts = [line for line in output.splitlines() if "starting it again" in line]
    assert len(restarts) == 1 and f"servicegap background (pid {first})" in restarts[0], output
    assert "background: stopped" in output  # the new one, stopped with the server
