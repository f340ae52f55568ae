"""Sustained public feedback submissions per second: `servicegap serve` against a bare
Django view in a server of its own.

Starts `servicegap serve` (gunicorn, 2 workers by default; without a broker also its
background process, which follows up the responses) with bench/feedback_settings.py,
and beside it a bare Django project (bench/bare_settings.py: Django's default
middleware, one view that stores the POST once with an INSERT … ON CONFLICT DO NOTHING,
the same database settings) under gunicorn with as many workers. Then it alternates
timed rounds of the same POSTs to the bare view and to the real public form
(/s/<token>/), from a pool of threads on 127.0.0.1, and reports requests per second, p50
and p99 latency, each round's ratio with the load average, and the overall ratio. A
share of the POSTs repeat an earlier submission_id (a double click); afterwards every
form 2xx is checked against the rows stored: each distinct accepted submission exactly
one response, no more, no less.

    # SQLite (a fresh file in a temporary data directory)
    .venv/bin/python bench/feedback_submit.py --db sqlite
    # PostgreSQL: a private cluster on a spare port, removed afterwards (needs initdb)
    .venv/bin/python bench/feedback_submit.py --db postgres
    # ... or an existing database (it must be empty or disposable)
    .venv/bin/python bench/feedback_submit.py --db postgres --database-url postgres://...

Bounded: --seconds per round, --rounds, --max-requests per round; loopback only.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
VENV_BIN = ROOT / ".venv" / "bin"
HOST = "127.0.0.1"  # loopback only, by design
REPEAT_SHARE = 0.05  # form POSTs that resend an earlier submission_id
CLIENTS = 1 << 20  # distinct client addresses the requests come from
# The rate limits keep their defaults (200 responses per link, 40 per client address in
# the window) and cost what they cost in use: each check walks the newest responses of the
# link and of the client, at most the limit. Only the window is shortened, so that this
# load (hundreds of responses a second through 20 links) stays under the per-link limit.
RATE_WINDOW_SECONDS = 4

SETUP = """
import json, sys
import django
django.setup()
from servicegap.core.models import Location, Organization
from servicegap.feedback import surveys
from servicegap.feedback.models import SurveyLink
org = Organization.objects.create(name="Bench Bistro", slug="bench", time_zone="Europe/Paris")
survey = surveys.create_survey(org, name="Bench survey", languages=["en", "fr", "es"])
tokens = []
for n in range(4):
    location = Location.objects.create(organization=org, name=f"Bench {n}")
    links = surveys.create_links(survey=survey, location=location, channel="table",
                                 tables=[str(t) for t in range(1, 9)])
    tokens += [link.token for link in links]
json.dump(tokens, sys.stdout)
"""

COUNT = """
import json, sys
import django
django.setup()
from django.db.models import Q
from servicegap.feedback.models import Response
from servicegap.textlens.models import CommentAnalysis
from servicegap.feedback.models import FeedbackSettings
ids = [str(value) for value in Response.objects.values_list("submission_id", flat=True)]
from servicegap.core.models import Organization
rules = FeedbackSettings.for_organization(Organization.objects.get(slug="bench"))
low = rules.alert_rating_at_or_below
due = Response.objects.filter(spam=False).filter(
    Q(nps__lte=6 if rules.alert_on_detractor else -1) | Q(people__lte=low)
    | Q(process__lte=low) | Q(product__lte=low))
json.dump({"responses": len(ids), "distinct": len(set(ids)), "ids": ids,
           "alerts_due": due.count(), "alerted": due.exclude(alerted_at=None).count(),
           "comments": Response.objects.exclude(comment="").count(),
           "analysed": CommentAnalysis.objects.count()}, sys.stdout)
"""


@dataclass
class Round:
    kind: str
    elapsed: float = 0.0
    server_cpu: float = 0.0
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    accepted: set[str] = field(default_factory=set)
    repeats: int = 0
    errors: int = 0
    pending: int = 0
    drained_after: float = 0.0
    ended_at: tuple = ()  # CPU counters as the round ended (count_drain)
    database_cpu: float = 0.0
    client_cpu: float = 0.0
    worker_cpu: float = 0.0
    background_cpu: float = 0.0  # the part of server_cpu of `servicegap background`
    load: float = 0.0  # the machine's 1-minute load average as the round started

    @property
    def ok(self) -> int:
        return sum(n for status, n in self.statuses.items() if 200 <= status < 300)

    @property
    def rate(self) -> float:
        return self.ok / self.elapsed if self.elapsed else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def server_cpu_seconds(master: int) -> float:
    """CPU time used so far by a server: its master and every child process."""
    ticks = os.sysconf("SC_CLK_TCK")
    pids = [master]
    children = Path(f"/proc/{master}/task/{master}/children")
    if children.exists():
        pids += [int(pid) for pid in children.read_text().split()]
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # utime, stime, and of children that ended (a database's short-lived workers)
        total += sum(int(value) for value in fields[11:15])
    return total / ticks


def process_cpu_seconds(pid: int) -> float:
    """CPU time used so far by one process."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(value) for value in fields[11:13]) / os.sysconf("SC_CLK_TCK")


def background_pid(master: int) -> int | None:
    """The server's `servicegap background` process, if it has one."""
    children = Path(f"/proc/{master}/task/{master}/children")
    for pid in children.read_text().split() if children.exists() else []:
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if command[-3:-1] == [b"servicegap", b"background"]:
            return int(pid)
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


BARE_COUNT = """
import django
django.setup()
from feedback_bareapp.models import BareRow
print(BareRow.objects.count())
"""


def bare_environment(env: dict[str, str]) -> dict[str, str]:
    """The bare project's environment: its own settings, the same data directory and
    database server."""
    return env | {"DJANGO_SETTINGS_MODULE": "bare_settings"}


def environment(data_dir: Path, database_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "feedback_settings",
            # The servicegap of this checkout, whichever one the virtual environment installed.
            "PYTHONPATH": os.pathsep.join([str(BENCH), str(ROOT / "src"), str(ROOT)]),
            "SERVICEGAP_DATA_DIR": str(data_dir),
            "SERVICEGAP_SECRET_KEY": "bench-only-secret-key-not-for-production-0123456789",
            "SERVICEGAP_HTTPS": "false",
            "SERVICEGAP_ALLOWED_HOSTS": HOST,
            "SERVICEGAP_LOG_LEVEL": "WARNING",
            "SERVICEGAP_FEEDBACK_RATE_WINDOW": str(RATE_WINDOW_SECONDS),
            "SERVICEGAP_BEHIND_PROXY": "true",
        }
    )
    env.pop("DATABASE_URL", None)
    env.pop("CELERY_BROKER_URL", None)
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


PENDING = """
import django
django.setup()
from servicegap.feedback.models import PendingResponse
print(PendingResponse.objects.count())
"""


def pending(env: dict[str, str]) -> int:
    """Responses stored and not yet followed up (analysed, alerted) by the worker."""
    return int(run_python(PENDING, env))


def wait_for_follow_up(env: dict[str, str], timeout: float = 1800.0) -> float:
    """Seconds until the worker has followed up every response after the load stopped."""
    started = time.monotonic()
    while pending(env) and time.monotonic() - started < timeout:
        time.sleep(0.5)
    return round(time.monotonic() - started, 1)


def run_python(code: str, env: dict[str, str]) -> str:
    result = subprocess.run(
        [str(VENV_BIN / "python"), "-c", code],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        sys.exit(f"setup failed:\n{result.stderr}")
    return result.stdout


class PrivatePostgres:
    """initdb + pg_ctl in a temporary folder on a spare port, like .ci/run (fsync left on)."""

    def __init__(self) -> None:
        candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
        if not candidates:
            sys.exit("no PostgreSQL server binaries under /usr/lib/postgresql")
        self.bin = candidates[-1].parent
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="servicegap-bench-pg."))
        self.as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def pid(self) -> int:
        """The postmaster's process id (its backends are its children)."""
        return int((self.dir / "data" / "postmaster.pid").read_text().split()[0])

    def start(self) -> str:
        if self.as_pg:
            shutil.chown(self.dir, "postgres", "postgres")
        data = self.dir / "data"
        self._run(
            [
                str(self.bin / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
            ]
        )
        options = f"-p {self.port} -k {self.dir} -c listen_addresses={HOST}"
        self._run(
            [
                str(self.bin / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(self.dir / "log"),
                "-w",
                "-t",
                "60",
                "-o",
                options,
                "start",
            ]
        )
        self._run(
            [
                str(self.bin / "createdb"),
                "-h",
                HOST,
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "servicegap",
            ]
        )
        return f"postgres://postgres@{HOST}:{self.port}/servicegap"

    def stop(self) -> None:
        self._run(
            [str(self.bin / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop"],
            check=False,
        )
        shutil.rmtree(self.dir, ignore_errors=True)

    def _run(self, command: list[str], check: bool = True) -> None:
        subprocess.run([*self.as_pg, *command], cwd=self.dir, check=check, capture_output=True)


class PrivateRedis:
    """redis-server on a spare loopback port, nothing saved, removed afterwards."""

    def __init__(self) -> None:
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="servicegap-bench-redis."))

    def start(self) -> str:
        subprocess.run(
            [
                "redis-server",
                "--bind",
                HOST,
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "yes",
                "--dir",
                str(self.dir),
                "--pidfile",
                str(self.dir / "redis.pid"),
                "--logfile",
                str(self.dir / "log"),
            ],
            check=True,
        )
        for _ in range(100):
            try:
                with socket.create_connection((HOST, self.port), timeout=1) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return f"redis://{HOST}:{self.port}/1"
            except OSError:
                time.sleep(0.1)
        sys.exit("Redis did not answer")

    def stop(self) -> None:
        pid_file = self.dir / "redis.pid"
        if pid_file.exists():
            os.kill(int(pid_file.read_text()), signal.SIGTERM)
            time.sleep(0.5)
        shutil.rmtree(self.dir, ignore_errors=True)


def wait_for(port: int, timeout: float = 900.0, path: str = "/accounts/login/") -> None:
    """Wait for the server; `serve` collects and compresses static files first (minutes)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=2)
            connection.request("GET", path)
            if connection.getresponse().status < 500:
                return
        except OSError:
            time.sleep(0.3)
    sys.exit("the server did not answer")


def post(port: int, path: str, body: bytes, client: str) -> tuple[int, float]:
    started = time.perf_counter()
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": client}
    try:
        connection.request("POST", path, body, headers)
        response = connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    finally:
        connection.close()


def answers(rng: random.Random, submission_id: str) -> bytes:
    """A customer's answers, mostly content as real ones are: half with a comment, one in
    ten with low ratings (which alerts a manager)."""
    unhappy = rng.random() < 0.10
    low, high = (1, 3) if unhappy else (3, 5)
    data = {
        "submission_id": submission_id,
        "people": rng.randint(low, high),
        "process": rng.randint(low, high),
        "product": rng.randint(low, high),
        "nps": rng.randint(0, 6) if unhappy else rng.randint(7, 10),
        "effort": rng.randint(1, 7),
        "comment": rng.choice(["Lovely lunch.", "Slow service tonight.", "Great staff!"])
        if rng.random() < 0.5
        else "",
    }
    return urlencode(data).encode()


def run_round(
    kind: str,
    port: int,
    tokens: list[str],
    args: argparse.Namespace,
    seed: int,
    master: int,
    database: int | None = None,
    worker: int | None = None,
) -> Round:
    result = Round(kind)
    lock = threading.Lock()
    deadline = time.monotonic() + args.seconds
    budget = [args.max_requests]

    def worker(n: int) -> None:
        rng = random.Random(seed * 1000 + n)
        sent: list[str] = []
        while time.monotonic() < deadline:
            with lock:
                if budget[0] <= 0:
                    return
                budget[0] -= 1
            # The same answers to both, a share of them repeated (a double click).
            repeat = sent and rng.random() < REPEAT_SHARE
            key = rng.choice(sent) if repeat else str(uuid.uuid4())
            body = answers(rng, key)
            path = "/bench/bare/" if kind == "bare" else f"/s/{rng.choice(tokens)}/?lang=en"
            # Customers' phones: one of CLIENTS addresses, as a proxy in front would say.
            n = rng.randrange(CLIENTS)
            client = f"10.{n >> 16}.{(n >> 8) & 255}.{n & 255}"
            try:
                status, seconds = post(port, path, body, client)
            except OSError:
                with lock:
                    result.errors += 1
                continue
            with lock:
                result.statuses[status] = result.statuses.get(status, 0) + 1
                result.latencies.append(seconds)
                if 200 <= status < 300:
                    result.repeats += key in result.accepted
                    result.accepted.add(key)
            if 200 <= status < 300:
                sent.append(key)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(args.concurrency)]

    def others() -> tuple[float, float]:
        return (
            server_cpu_seconds(database) if database else 0.0,
            server_cpu_seconds(worker) if worker else 0.0,
        )

    result.load = os.getloadavg()[0]
    beside = background_pid(master)
    beside_cpu = process_cpu_seconds(beside) if beside else 0.0
    started, cpu, client, (db, work) = (
        time.monotonic(),
        server_cpu_seconds(master),
        time.process_time(),
        others(),
    )
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.elapsed = time.monotonic() - started
    result.server_cpu = server_cpu_seconds(master) - cpu
    if beside:
        result.background_cpu = process_cpu_seconds(beside) - beside_cpu
    result.client_cpu = time.process_time() - client
    db_after, work_after = others()
    result.database_cpu, result.worker_cpu = db_after - db, work_after - work
    result.ended_at = (
        beside,
        process_cpu_seconds(beside) if beside else 0.0,
        master,
        server_cpu_seconds(master),
        database,
        db_after,
    )
    return result


def count_drain(result: Round) -> None:
    """Add the CPU spent after the round, while its follow-up finished, to the round's:
    the form pays for all its work, not only what fitted inside its timed seconds."""
    beside, beside_cpu, master, server_cpu, database, db_cpu = result.ended_at
    if beside:
        result.background_cpu += process_cpu_seconds(beside) - beside_cpu
    result.server_cpu += server_cpu_seconds(master) - server_cpu
    if database:
        result.database_cpu += server_cpu_seconds(database) - db_cpu


def summarise(rounds: list[Round], kind: str) -> dict:
    mine = [r for r in rounds if r.kind == kind]
    latencies = [x for r in mine for x in r.latencies]
    merged = Round(kind, elapsed=sum(r.elapsed for r in mine), latencies=latencies)
    for r in mine:
        for status, n in r.statuses.items():
            merged.statuses[status] = merged.statuses.get(status, 0) + n
        merged.errors += r.errors
    cpu = sum(r.server_cpu for r in mine)
    n = max(1, len(latencies))
    return {
        "requests_per_s": round(merged.rate, 1),
        "server_cpu_ms_per_request": round(1000 * cpu / n, 2),
        # of which the background process (without a broker: the follow-up, the schedule)
        "background_cpu_ms_per_request": round(1000 * sum(r.background_cpu for r in mine) / n, 2),
        # the rest of the 2 cores' time, per request, in the same rounds
        "database_cpu_ms_per_request": round(1000 * sum(r.database_cpu for r in mine) / n, 2),
        "worker_cpu_ms_per_request": round(1000 * sum(r.worker_cpu for r in mine) / n, 2),
        "client_cpu_ms_per_request": round(1000 * sum(r.client_cpu for r in mine) / n, 2),
        "p50_ms": round(merged.percentile(0.50), 1),
        "p99_ms": round(merged.percentile(0.99), 1),
        "requests": len(latencies),
        "statuses": merged.statuses,
        "connection_errors": merged.errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--database-url", default="", help="an existing, disposable database")
    parser.add_argument(
        "--broker",
        action="store_true",
        help="as in production: a private Redis as Celery broker and one Celery worker "
        "(alerts and comment analysis leave the request; the worker shares the CPUs)",
    )
    parser.add_argument(
        "--pause-worker",
        action="store_true",
        help="with --broker: the worker (warmed up) is stopped during the load and resumed "
        "after it, as if it ran on another machine; then the backlog is timed",
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=6, help="client threads")
    parser.add_argument("--seconds", type=float, default=20.0, help="per round")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of each kind, alternated")
    parser.add_argument("--max-requests", type=int, default=20000, help="per round")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="servicegap-bench-feedback."))
    pg = None
    database_url = args.database_url
    if args.db == "postgres" and not database_url:
        pg = PrivatePostgres()
        database_url = pg.start()
    env = environment(data_dir, database_url)
    redis = PrivateRedis() if args.broker else None
    if redis is not None:
        env["CELERY_BROKER_URL"] = redis.start()
    server = bare_server = worker = worker_cpu = None
    bare_env = bare_environment(env)
    try:
        subprocess.run(
            [str(VENV_BIN / "servicegap"), "migrate", "-v", "0"], env=env, cwd=ROOT, check=True
        )
        subprocess.run(
            [str(VENV_BIN / "django-admin"), "migrate", "-v", "0"],
            env=bare_env,
            cwd=ROOT,
            check=True,
        )
        tokens = json.loads(run_python(SETUP, env))
        port, bare_port = free_port(), free_port()
        log = (data_dir / "server.log").open("w")
        server = subprocess.Popen(
            [
                str(VENV_BIN / "servicegap"),
                "serve",
                "--host",
                HOST,
                "--port",
                str(port),
                "--workers",
                str(args.workers),
                "--no-migrate",
            ],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        # The bare project: gunicorn with the same workers and access log as `serve`.
        bare_server = subprocess.Popen(
            [
                str(VENV_BIN / "gunicorn"),
                "--bind",
                f"{HOST}:{bare_port}",
                "--workers",
                str(args.workers),
                "--access-logfile",
                "-",
                "--timeout",
                "60",
                "bare_wsgi:application",
            ],
            env=bare_env,
            cwd=ROOT,
            stdout=(data_dir / "bare.log").open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        if redis is not None:
            worker = subprocess.Popen(
                [str(VENV_BIN / "celery"), "-A", "servicegap", "worker", "-c", "1", "-P", "solo"],
                env=env,
                cwd=ROOT,
                stdout=(data_dir / "worker.log").open("w"),
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_for(port)
        wait_for(bare_port, path="/bench/bare/")
        # Warm up both paths (imports, connections, template caches) before timing.
        for _ in range(20):
            body = answers(random.Random(), str(uuid.uuid4()))
            post(bare_port, "/bench/bare/", body, "10.255.0.1")
            post(port, f"/s/{tokens[0]}/", body, "10.255.0.1")
        warm_ids = 20
        # The first batch of the process that follows up (the worker, or without a broker
        # the background process of `serve`) imports scikit-learn and trains the base
        # comment model: seconds of CPU, once per process, done before timing starts.
        wait_for_follow_up(env)
        if worker is not None:
            worker_cpu = server_cpu_seconds(worker.pid)
            if args.pause_worker:
                os.killpg(worker.pid, signal.SIGSTOP)  # as if it ran on another machine
        rounds = []
        for n in range(args.rounds):
            for kind in ("bare", "form"):
                rounds.append(
                    run_round(
                        kind,
                        bare_port if kind == "bare" else port,
                        tokens,
                        args,
                        seed=n * 2 + (kind == "form"),
                        master=bare_server.pid if kind == "bare" else server.pid,
                        database=pg.pid() if pg is not None else None,
                        worker=worker.pid if worker is not None else None,
                    )
                )
                backlog = ""
                if worker is not None:
                    used = server_cpu_seconds(worker.pid) - worker_cpu
                    backlog = f" (worker CPU so far {used:.1f} s)"
                if kind == "form" and not args.pause_worker:
                    rounds[-1].pending = pending(env)
                    backlog += f", {rounds[-1].pending} responses not yet followed up"
                    # The follow-up finishes before the next bare round starts, so that
                    # the bare view never shares the cores with the form's leftovers.
                    rounds[-1].drained_after = wait_for_follow_up(env)
                    count_drain(rounds[-1])
                    backlog += f" (all after {rounds[-1].drained_after:.1f} s)"
                    ratio = rounds[-1].rate / rounds[-2].rate
                    backlog += f"; ratio {ratio:.2f}"
                print(
                    f"round {n + 1} {kind}: {rounds[-1].rate:.1f}/s, "
                    f"p99 {rounds[-1].percentile(0.99):.0f} ms, "
                    f"load {rounds[-1].load:.1f}{backlog}",
                    file=sys.stderr,
                )
        drained_after = backlog = None
        if worker is not None and args.pause_worker:
            backlog = pending(env)
            os.killpg(worker.pid, signal.SIGCONT)
        # Followed up by the worker, or by the background process of `serve`.
        drained_after = wait_for_follow_up(env)
    finally:
        for process in (server, bare_server):
            if process is not None:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=60)
    if worker is not None:
        worker_cpu = server_cpu_seconds(worker.pid) - worker_cpu
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=60)
    counts = json.loads(run_python(COUNT, env))
    counts["bare"] = int(run_python(BARE_COUNT, bare_env))
    if pg is not None:
        pg.stop()
    if redis is not None:
        redis.stop()
    server_log = (data_dir / "server.log").read_text(errors="replace")
    accepted = set().union(*(r.accepted for r in rounds if r.kind == "form"))
    stored = set(counts["ids"])
    bare, form = summarise(rounds, "bare"), summarise(rounds, "form")
    report = {
        "database": "sqlite" if not database_url else database_url.split("@")[0] + "@…",
        "background_work": "Celery worker via Redis"
        if redis is not None
        else "the background process of servicegap serve",
        "bare_view": "a Django project of its own: default middleware, one INSERT",
        "worker_paused_during_load": bool(args.pause_worker),
        "not_followed_up_when_load_stopped": backlog,
        "followed_up_s_after_load": drained_after,
        "pending_after_each_form_round": [r.pending for r in rounds if r.kind == "form"],
        "followed_up_s_after_each_form_round": [
            r.drained_after for r in rounds if r.kind == "form"
        ],
        "worker_cpu_ms_per_form_response": round(
            1000 * worker_cpu / max(1, counts["responses"] - warm_ids), 2
        )
        if worker_cpu is not None
        else None,
        "workers": args.workers,
        "concurrency": args.concurrency,
        "seconds_per_round": args.seconds,
        "rounds": args.rounds,
        "bare_view_rounds": bare,
        "public_form": form,
        "ratio": round(form["requests_per_s"] / bare["requests_per_s"], 3),
        # Each form round against the bare round just before it: how far the machine
        # moved during the run (a ratio from one pair of rounds alone is not a figure).
        "ratio_each_round": [
            round(form_round.rate / bare_round.rate, 2)
            for bare_round, form_round in zip(rounds[::2], rounds[1::2], strict=True)
        ],
        "load_average_each_round": [round(r.load, 1) for r in rounds],
        "cpu_ratio": round(
            bare["server_cpu_ms_per_request"] / form["server_cpu_ms_per_request"], 3
        ),
        "count_check": {
            "form_2xx": sum(n for s, n in form["statuses"].items() if 200 <= int(s) < 300),
            "distinct_accepted_submissions": len(accepted),
            "repeated_submissions_answered_2xx": sum(r.repeats for r in rounds),
            "stored_responses_after_warm_up": counts["responses"] - warm_ids,
            "every_accepted_stored_once": accepted <= stored
            and counts["distinct"] == counts["responses"]
            and counts["responses"] - warm_ids == len(accepted),
            "bare_2xx": sum(n for s, n in bare["statuses"].items() if 200 <= int(s) < 300),
            "bare_distinct_accepted": len(
                set().union(*(r.accepted for r in rounds if r.kind == "bare"))
            ),
            "bare_rows_after_warm_up": counts["bare"] - 20,
        },
        "database_is_locked_in_log": server_log.count("database is locked"),
        "server_errors_in_log": server_log.count("Internal Server Error"),
        "comments_analysed": f"{counts['analysed']} of {counts['comments']}",
        "alerts_sent": f"{counts['alerted']} of {counts['alerts_due']} due",
    }
    if report["server_errors_in_log"] or not report["count_check"]["every_accepted_stored_once"]:
        kept = Path(tempfile.gettempdir()) / f"feedback-bench-server-{int(time.time())}.log"
        shutil.copy(data_dir / "server.log", kept)
        report["server_log_kept_at"] = str(kept)
    shutil.rmtree(data_dir, ignore_errors=True)
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")


if __name__ == "__main__":
    main()
