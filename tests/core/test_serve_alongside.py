"""`servicegap serve` starts a process that dies beside the server again: one log line
each time, after a back-off that doubles while it keeps dying at once; never once told
to stop. Real processes (a Python one-liner stands in for `servicegap background`)."""

from __future__ import annotations

import logging
import os
import re
import signal
import sys
import time
from pathlib import Path

import pytest

from servicegap.core.management.commands import serve

LOGGER = "servicegap.core.management.commands.serve"
SLEEPER = [sys.executable, "-c", "import time; time.sleep(120)"]


def delays(caplog) -> list[float]:
    """The back-off of each restart the log announced, in seconds."""
    found = []
    for record in caplog.records:
        if record.name == LOGGER:
            found.append(float(re.search(r"starting it again in ([\d.]+) s", record.message)[1]))
    return found


def wait_until(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    return state != "Z"


def test_a_killed_process_is_started_again_with_one_log_line(caplog):
    caplog.set_level(logging.WARNING, logger=LOGGER)
    beside = serve.Alongside(SLEEPER, check_every=0.05, first=0.1)
    try:
        first = beside.process.pid
        os.kill(first, signal.SIGKILL)
        wait_until(lambda: beside.restarts == 1, 30, "the restart")
        second = beside.process.pid
        assert second != first and alive(second) and not alive(first)
        messages = [r.getMessage() for r in caplog.records if r.name == LOGGER]
        assert len(messages) == 1
        assert f"(pid {first}) stopped after" in messages[0]
        assert "starting it again in 0.1 s" in messages[0]
        time.sleep(0.5)  # a process that keeps running is left alone
        assert beside.restarts == 1 and beside.process.pid == second
    finally:
        serve.stop_alongside([beside], wait=10)
    assert not alive(second)


def test_a_process_that_dies_at_once_waits_twice_as_long_each_time_up_to_the_most(caplog):
    caplog.set_level(logging.WARNING, logger=LOGGER)
    failing = [sys.executable, "-c", "import sys; sys.exit(3)"]
    beside = serve.Alongside(failing, check_every=0.02, first=0.1, most=0.4, steady=60)
    try:
        wait_until(lambda: beside.restarts >= 5, 60, "five restarts")
    finally:
        serve.stop_alongside([beside], wait=10)
    announced = delays(caplog)
    assert len(announced) >= 5 and announced[:5] == [0.1, 0.2, 0.4, 0.4, 0.4]


def test_a_process_that_ran_for_a_while_is_started_again_after_the_first_delay(caplog):
    caplog.set_level(logging.WARNING, logger=LOGGER)
    short_lived = [sys.executable, "-c", "import time; time.sleep(0.3)"]
    beside = serve.Alongside(short_lived, check_every=0.02, first=0.1, most=10, steady=0.2)
    try:
        wait_until(lambda: beside.restarts >= 3, 60, "three restarts")
    finally:
        serve.stop_alongside([beside], wait=10)
    assert set(delays(caplog)) == {0.1}  # each lived past `steady`: no back-off


def test_once_told_to_stop_restarting_a_dead_process_stays_dead(caplog):
    caplog.set_level(logging.WARNING, logger=LOGGER)
    beside = serve.Alongside(SLEEPER, check_every=0.02, first=0.05)
    pid = beside.process.pid
    serve.stop_alongside([beside], wait=10)  # SIGTERM, as when the server stops
    assert beside.process.poll() is not None and not alive(pid)
    time.sleep(0.3)
    assert beside.restarts == 0 and beside.process.pid == pid and delays(caplog) == []


def test_a_restart_waiting_its_back_off_is_called_off_by_the_stop(caplog):
    caplog.set_level(logging.WARNING, logger=LOGGER)
    beside = serve.Alongside(SLEEPER, check_every=0.02, first=30)
    os.kill(beside.process.pid, signal.SIGKILL)
    wait_until(lambda: delays(caplog) == [30.0], 30, "the death to be noticed")
    started = time.monotonic()
    serve.stop_alongside([beside], wait=10)
    assert time.monotonic() - started < 5  # not after the 30 s back-off
    assert beside.restarts == 0
