"""CPU per request inside the servers, by process: `servicegap serve` (its master, each
worker, its background process) against the bare project under gunicorn, the same
POSTs sent one at a time (one client, a new connection each, as feedback_submit.py
does), so that no request waits for another and each process's CPU is its own work.

Both servers run as feedback_submit.py starts them (same settings, same access log);
CPU is read from /proc before and after each measure (user and system time apart), the
best of --repeat measures of --n requests. CPU time depends little on the machine's
load, unlike the request rate.

    .venv/bin/python bench/server_cpu.py                 # SQLite
    .venv/bin/python bench/server_cpu.py --db postgres   # a private PostgreSQL cluster
    .venv/bin/python bench/form_profile.py              # where the form worker's CPU goes

Bounded: --n requests per measure, --repeat measures; loopback only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from feedback_submit import (  # noqa: E402
    HOST,
    ROOT,
    SETUP,
    VENV_BIN,
    PrivatePostgres,
    answers,
    bare_environment,
    environment,
    free_port,
    post,
    run_python,
    wait_for,
    wait_for_follow_up,
)


def cpu_by_process(master: int) -> dict[int, tuple[float, float, str]]:
    """(user, system) CPU seconds and the command of a server's master and children."""
    ticks = os.sysconf("SC_CLK_TCK")
    pids = [master]
    children = Path(f"/proc/{master}/task/{master}/children")
    if children.exists():
        pids += [int(pid) for pid in children.read_text().split()]
    out = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        name = "master" if pid == master else "background" if "background" in command else "worker"
        out[pid] = (int(fields[11]) / ticks, int(fields[12]) / ticks, name)
    return out


def measure(port: int, path_of, master: int, n: int, seed: int, settle=None) -> dict[str, float]:
    """ms of CPU per request for each kind of process, user + system."""
    rng = random.Random(seed)
    requests = []
    for _ in range(n):
        m = rng.randrange(1 << 20)
        body = answers(rng, str(uuid.uuid4()))
        requests.append((path_of(rng), body, f"10.{m >> 16}.{(m >> 8) & 255}.{m & 255}"))
    before = cpu_by_process(master)
    started = time.monotonic()
    for path, body, client in requests:
        status, _seconds = post(port, path, body, client)
        assert 200 <= status < 300, status
    elapsed = time.monotonic() - started
    if settle is not None:
        settle()  # the background process's follow-up of these requests
    after = cpu_by_process(master)
    totals: dict[str, float] = {}
    for pid, (user, system, name) in after.items():
        u0, s0, _ = before.get(pid, (0.0, 0.0, name))
        totals[f"{name} user"] = totals.get(f"{name} user", 0.0) + user - u0
        totals[f"{name} system"] = totals.get(f"{name} system", 0.0) + system - s0
    result = {key: round(1000 * value / n, 3) for key, value in sorted(totals.items())}
    result["total"] = round(1000 * sum(totals.values()) / n, 3)
    result["wall ms per request"] = round(1000 * elapsed / n, 3)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--n", type=int, default=1500, help="requests per measure")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", choices=["form", "bare"])
    args = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="servicegap-bench-cpu."))
    pg = PrivatePostgres() if args.db == "postgres" else None
    env = environment(data_dir, pg.start() if pg else "")
    bare_env = bare_environment(env)
    server = bare_server = None
    try:
        subprocess.run([str(VENV_BIN / "servicegap"), "migrate", "-v", "0"], env=env, check=True)
        subprocess.run(
            [str(VENV_BIN / "django-admin"), "migrate", "-v", "0"], env=bare_env, check=True
        )
        tokens = json.loads(run_python(SETUP, env))
        port, bare_port = free_port(), free_port()
        server = subprocess.Popen(
            [str(VENV_BIN / "servicegap"), "serve", "--host", HOST, "--port", str(port)]
            + ["--workers", str(args.workers), "--no-migrate"],
            env=env,
            cwd=ROOT,
            stdout=(data_dir / "server.log").open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        bare_server = subprocess.Popen(
            [str(VENV_BIN / "gunicorn"), "--bind", f"{HOST}:{bare_port}"]
            + ["--workers", str(args.workers), "--access-logfile", "-", "--timeout", "60"]
            + ["bare_wsgi:application"],
            env=bare_env,
            cwd=ROOT,
            stdout=(data_dir / "bare.log").open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for(port)
        wait_for(bare_port, path="/bench/bare/")
        for _ in range(50):
            body = answers(random.Random(), str(uuid.uuid4()))
            post(bare_port, "/bench/bare/", body, "10.255.0.1")
            post(port, f"/s/{tokens[0]}/?lang=en", body, "10.255.0.1")
        wait_for_follow_up(env)
        results: dict[str, list[dict]] = {"bare": [], "form": []}
        for k in range(args.repeat):
            for kind in ("bare", "form"):
                if args.only and kind != args.only:
                    continue
                if kind == "bare":
                    results[kind].append(
                        measure(bare_port, lambda rng: "/bench/bare/", bare_server.pid, args.n, k)
                    )
                else:
                    results[kind].append(
                        measure(
                            port,
                            lambda rng: f"/s/{rng.choice(tokens)}/?lang=en",
                            server.pid,
                            args.n,
                            k,
                            settle=lambda: wait_for_follow_up(env),
                        )
                    )
                print(kind, json.dumps(results[kind][-1]), file=sys.stderr)
    finally:
        for process in (server, bare_server):
            if process is not None:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=60)
        if pg is not None:
            pg.stop()
        shutil.rmtree(data_dir, ignore_errors=True)
    best = {kind: min(rows, key=lambda row: row["total"]) for kind, rows in results.items() if rows}
    best["load average"] = round(os.getloadavg()[0], 1)
    print(json.dumps(best, indent=2))


if __name__ == "__main__":
    main()
