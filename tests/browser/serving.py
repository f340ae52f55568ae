"""What the browser tests share: Debian's Chromium, a phone's viewport, and
`servicegap serve` on a spare port for the length of a module (the Chromium fixture is
in conftest.py)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.pipeline.test_background import listening, wait_until

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("SERVICEGAP_CHROMIUM") or shutil.which("chromium") or ""
PHONE = {"width": 390, "height": 844}


def site_env(data: Path, **settings: str) -> dict[str, str]:
    """This process's environment for a served site in `data`: SQLite, no HTTPS, no broker."""
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env.pop("CELERY_BROKER_URL", None)
    env.update(SERVICEGAP_DATA_DIR=str(data), SERVICEGAP_HTTPS="false", **settings)
    return env


@contextmanager
def served(env: dict[str, str], port: int, log: Path | None = None) -> Iterator[str]:
    """`servicegap serve` (already migrated) on `port` until the block ends: its base URL.
    With `log`, the server's output goes there (and is shown if it fails to start)."""
    output = log.open("w") if log else subprocess.DEVNULL
    server = subprocess.Popen(
        [sys.executable, "-m", "servicegap", "serve", "--no-migrate", "--port", str(port),
         "--workers", "2"],
        env=env, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        wait_until(lambda: listening(port) or server.poll() is not None, 240, "the server")
        assert server.poll() is None, "servicegap serve stopped at start:\n" + (
            log.read_text() if log else ""
        )
        yield f"http://127.0.0.1:{port}"
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
        if log:
            output.close()
