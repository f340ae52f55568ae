"""The crash test, short: public submissions with retries while `servicegap serve` is
killed with SIGKILL (its whole process tree) and started again three times, on SQLite,
or on a fresh PostgreSQL database of its own when DATABASE_URL names a PostgreSQL
server (CI's second run). Nothing acknowledged is lost, nothing is stored twice, and
every follow-up (analysis, alerts) is done within a minute of the last restart. The
long run is bench/crash.py.

Skipped only where the system lacks what it needs (POSIX signals, Linux's /proc);
in CI (`CI` set) that is a failure, not a skip.
"""

from __future__ import annotations

import os

import pytest

from tests import crashing

MISSING = crashing.missing_from_this_system()
if MISSING and os.environ.get("CI"):
    pytest.fail(f"CI must run the crash test; this system lacks {MISSING}", pytrace=False)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(bool(MISSING), reason=f"the crash test needs {MISSING}"),
]

# A runner killed mid-batch is taken for dead after 6 s of silence here (40 s by
# default, as bench/crash.py runs it), so that the smoke run stays short.
SHORT_SILENCE = {
    "SERVICEGAP_PIPELINE_HEARTBEAT_SECONDS": "2",
    "SERVICEGAP_PIPELINE_SILENT_SECONDS": "6",
}


def database_server() -> str:
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else ""


def test_submissions_survive_three_kills_of_the_server_none_lost_none_twice_all_followed_up(
    tmp_path,
):
    outcome = crashing.crash_run(
        tmp_path,
        database_server=database_server(),
        kills=3,
        load_seconds=(1.0, 2.5),
        clients=4,
        done_within=60,
        extra_env=SHORT_SILENCE,
        report=lambda line: None,
    )
    summary = outcome.summary()  # shown by any failing assertion below
    assert outcome.kills == 3, summary
    assert outcome.retried > 0, "no kill fell on a request: the test proves nothing"
    assert len(outcome.acknowledged) > 0 and outcome.refused == [] and outcome.gave_up == 0
    assert (outcome.lost, outcome.duplicated, outcome.stored_unacknowledged) == (0, 0, 0), summary
    assert outcome.stored == len(outcome.acknowledged)
    assert outcome.pending == 0, summary
    assert (outcome.not_analysed, outcome.analysed_twice) == (0, 0)
    assert outcome.not_alerted == 0 and outcome.alerted > 0
    assert outcome.done_after_last_restart <= 60, summary
