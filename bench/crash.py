"""The crash test's long run: public submissions with retries while `servicegap serve`
is killed with SIGKILL (its whole process tree) and started again, then a count of what
was stored and followed up (tests/crashing.py; the CI smoke run is tests/test_crash.py).

    .venv/bin/python bench/crash.py --kills 10
    .venv/bin/python bench/crash.py --kills 10 --database-server postgres://postgres@127.0.0.1:5432/postgres

With --database-server, a fresh database is made on that PostgreSQL server for the run
and dropped after. The runners' heartbeat and silence keep their defaults (10 s, 40 s),
so the time from the last restart to every follow-up done is what a user would see.
Loopback only; the data directory is removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import crashing  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--load-seconds", type=float, nargs=2, default=(2.0, 6.0))
    parser.add_argument("--database-server", default="")
    options = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="servicegap-crash.") as folder:
        outcome = crashing.crash_run(
            Path(folder),
            database_server=options.database_server,
            kills=options.kills,
            load_seconds=tuple(options.load_seconds),
            clients=options.clients,
            done_within=600,
        )
    print(outcome.summary())
    print(f"took {time.monotonic() - started:.0f} s; load average {os.getloadavg()[0]:.1f}")
    failed = (
        outcome.lost or outcome.duplicated or outcome.pending or outcome.not_analysed
        or outcome.not_alerted or outcome.refused or outcome.gave_up
        or outcome.done_after_last_restart > 60
    )  # fmt: skip
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
