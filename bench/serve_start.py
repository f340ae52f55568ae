"""Seconds from starting `servicegap serve` to its first answer, on a fresh data
directory (everything to do: migrate, collect static files) and then on restarts
when nothing changed.

    .venv/bin/python bench/serve_start.py --restarts 5
    .venv/bin/python bench/serve_start.py --restarts 5 --database-url postgres://...  # empty db
    # an older commit, for a before/after:
    mkdir /tmp/before && git archive COMMIT src | tar -x -C /tmp/before
    .venv/bin/python bench/serve_start.py --restarts 5 --src /tmp/before/src

Each start runs `servicegap serve --port P` (2 workers, SQLite file in a temporary data
directory unless --database-url) and polls GET / until any HTTP answer arrives; the
server is then stopped with SIGTERM and waited for. Prints each start and the median of
the restarts. Loopback only; the data directory is removed afterwards.
"""

from __future__ import annotations

import argparse
import http.client
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def environment(data_dir: Path, database_url: str, src: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "CELERY_BROKER_URL", "CELERY_RESULT_BACKEND"}
    }
    env |= {
        "SERVICEGAP_DATA_DIR": str(data_dir),
        "SERVICEGAP_HTTPS": "false",
        "SERVICEGAP_SECRET_KEY": "bench-only-secret-key-not-for-production-0123456789",
        "SERVICEGAP_ALLOWED_HOSTS": HOST,
        "PYTHONPATH": str(src),
    }
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def answers(port: int) -> bool:
    try:
        connection = http.client.HTTPConnection(HOST, port, timeout=5)
        connection.request("GET", "/")
        connection.getresponse().read()
        connection.close()
    except OSError:
        return False
    return True


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by one process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(value) for value in fields[11:13]) / os.sysconf("SC_CLK_TCK")


def start_once(env: dict[str, str], timeout: float = 600) -> tuple[float, float]:
    """Seconds until the new server answers, and the CPU seconds its main process (the
    one that prepares, then runs gunicorn's master) used by then: a figure the load of
    a shared machine hardly changes. The server is stopped afterwards."""
    port = free_port()
    started = time.monotonic()
    server = subprocess.Popen(
        [sys.executable, "-m", "servicegap", "serve", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while not answers(port):
            if server.poll() is not None:
                sys.exit(f"serve exited with {server.returncode}")
            if time.monotonic() - started > timeout:
                sys.exit("serve did not answer in time")
            time.sleep(0.05)
        return time.monotonic() - started, cpu_seconds(server.pid)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--restarts", type=int, default=5)
    parser.add_argument("--database-url", default="")
    parser.add_argument(
        "--src",
        type=Path,
        default=ROOT / "src",
        help="servicegap sources to time (another checkout's src/)",
    )
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="servicegap-bench-start.") as folder:
        env = environment(Path(folder), options.database_url, options.src)
        first, first_cpu = start_once(env)
        print(f"first start (migrate, collect static files): {first:.1f} s, CPU {first_cpu:.1f} s")
        again = [start_once(env) for _restart in range(options.restarts)]
        print("restarts, nothing changed:", " ".join(f"{s:.1f}" for s, _cpu in again), "s")
        print("  main process CPU:", " ".join(f"{cpu:.1f}" for _s, cpu in again), "s")
        median = statistics.median(s for s, _cpu in again)
        median_cpu = statistics.median(cpu for _s, cpu in again)
        print(f"median restart: {median:.1f} s, CPU {median_cpu:.1f} s")
        load = os.getloadavg()[0]
        print(f"load average (1 min) at the end: {load:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
