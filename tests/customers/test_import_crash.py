"""A crash test: `servicegap import visits` killed with SIGKILL half way through writing,
then run again. Nothing of the killed run is ever visible, and the rerun imports every
visit once. On a SQLite file of its own, or on a fresh PostgreSQL database when the
suite runs with DATABASE_URL (the CI runs it both ways)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROWS = 120_000  # 12 committed batches of 10,000: the kill lands between two of them
CUSTOMERS = 9_000
LEASE = 2  # seconds, for the rerun not to wait a minute

pytestmark = pytest.mark.slow

SEED = """
import django
django.setup()
from servicegap.core.models import Location, Organization
org = Organization.objects.create(name="Crash Café", slug="crash", time_zone="UTC")
for name in ("North", "South"):
    Location.objects.create(organization=org, name=name)
"""

COUNTS = """
import django, json
django.setup()
from servicegap.customers.models import Customer, ImportRun, Visit
print(json.dumps({
    "visible_visits": Visit.objects.count(),
    "visible_customers": Customer.objects.count(),
    "all_visits": Visit.all_objects.count(),
    "all_customers": Customer.all_objects.count(),
    "distinct_keys": Visit.all_objects.values("key").distinct().count(),
    "runs": sorted(ImportRun.objects.values_list("status", flat=True)),
}))
"""


@pytest.fixture
def env(tmp_path) -> Iterator[dict[str, str]]:
    """Another servicegap's environment: a SQLite file in `tmp_path`, or a PostgreSQL
    database made for the test on the server of DATABASE_URL (dropped after)."""
    base = {k: v for k, v in os.environ.items()
            if k not in {"DATABASE_URL", "CELERY_BROKER_URL", "CELERY_RESULT_BACKEND"}}  # fmt: skip
    base |= {
        "SERVICEGAP_DATA_DIR": str(tmp_path / "data"),
        "SERVICEGAP_HTTPS": "false",
        "SERVICEGAP_LOG_LEVEL": "WARNING",
        "SERVICEGAP_IMPORT_LEASE_SECONDS": str(LEASE),
        "PYTHONPATH": str(ROOT),
    }
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield base
        return
    import psycopg

    name = f"servicegap_import_crash_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield base | {"DATABASE_URL": urlunsplit(urlsplit(url)._replace(path=f"/{name}"))}
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def python(env: dict[str, str], code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def counts(env: dict[str, str]) -> dict:
    import json

    return json.loads(python(env, COUNTS))


def hidden_rows_written(env: dict[str, str]) -> int:
    """Visits of a run still writing, read straight from the database (a Django process
    per look would take a second)."""
    sql = (
        "SELECT count(*) FROM customers_visit v JOIN customers_importrun r "
        "ON v.import_run_id = r.id WHERE r.status = 'writing'"
    )
    if "DATABASE_URL" in env:
        import psycopg

        with psycopg.connect(env["DATABASE_URL"]) as db:
            return db.execute(sql).fetchone()[0]
    import sqlite3

    with sqlite3.connect(Path(env["SERVICEGAP_DATA_DIR"]) / "servicegap.sqlite3", timeout=20) as db:
        return db.execute(sql).fetchone()[0]


def write_file(path: Path) -> Path:
    start = datetime(2025, 1, 1)
    with path.open("w") as handle:
        handle.write("customer,date,location,amount,visit id\n")
        for n in range(ROWS):
            when = start + timedelta(minutes=7 * n)
            handle.write(f"C{n % CUSTOMERS},{when:%Y-%m-%d %H:%M},"
                         f"{'North' if n % 3 else 'South'},{n % 50 + 5}.25,R{n}\n")  # fmt: skip
    return path


def import_command(path: Path) -> list[str]:
    return [sys.executable, "-m", "servicegap", "import", "visits", str(path), "--org", "crash",
            "--no-progress"]  # fmt: skip


def test_an_import_killed_half_way_then_run_again_shows_nothing_half_and_no_duplicates(
    env, tmp_path
):
    subprocess.run([sys.executable, "-m", "servicegap", "migrate", "--verbosity", "0"],
                   env=env, cwd=ROOT, check=True, timeout=600)  # fmt: skip
    python(env, SEED)
    path = write_file(tmp_path / "visits.csv")

    killed = subprocess.Popen(import_command(path), env=env, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    deadline = time.monotonic() + 240
    written = 0
    while time.monotonic() < deadline and killed.poll() is None:
        written = hidden_rows_written(env)
        if written >= 10_000:
            break
        time.sleep(0.05)
    assert killed.poll() is None, "the import ended before it could be killed half way"
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait(timeout=30)
    assert killed.returncode == -signal.SIGKILL

    after_kill = counts(env)
    assert 10_000 <= after_kill["all_visits"] < ROWS  # half written...
    assert after_kill["visible_visits"] == 0 and after_kill["visible_customers"] == 0  # ...unseen
    assert after_kill["runs"] == ["writing"]

    time.sleep(LEASE + 0.5)  # the killed run's lease is over
    rerun = subprocess.run(import_command(path), env=env, cwd=ROOT, capture_output=True,
                           text=True, timeout=600)  # fmt: skip
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert f"{ROWS} visits imported, 0 already known, {CUSTOMERS} new customers" in rerun.stdout

    final = counts(env)
    assert final == {
        "visible_visits": ROWS,
        "visible_customers": CUSTOMERS,
        "all_visits": ROWS,  # nothing of the killed run left hidden
        "all_customers": CUSTOMERS,
        "distinct_keys": ROWS,  # no duplicates
        "runs": ["done", "failed"],
    }
