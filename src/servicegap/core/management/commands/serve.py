from __future__ import annotations

import hashlib
import logging
import subprocess
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.utils.module_loading import import_string
from gunicorn.app.base import BaseApplication

logger = logging.getLogger(__name__)

STOP_WAIT = 60.0  # seconds a process beside the server may take to finish and exit
# A process beside the server that dies is started again after RESTART_FIRST seconds;
# one that dies again within STEADY seconds of its start waits twice as long as the
# last time, up to RESTART_MOST, so that a process that cannot start does not spin.
CHECK_EVERY = 1.0
RESTART_FIRST = 1.0
RESTART_MOST = 60.0
STEADY = 30.0
# In the data directory (not STATIC_ROOT, which is served): the static sources'
# fingerprint at the last complete collect.
COLLECTED = "static-collected.txt"


class GunicornApplication(BaseApplication):
    """Gunicorn run in-process with options from the command line."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            if key in self.cfg.settings:  # older gunicorn lacks some settings
                self.cfg.set(key, value)

    def load(self) -> Any:
        from servicegap.core.wsgi import get_application

        return get_application()


class Command(BaseCommand):
    help = (
        "Migrate and collect static files when they changed, then serve servicegap with gunicorn."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="Address to listen on.")
        parser.add_argument("--port", type=int, default=8000, help="Port to listen on.")
        parser.add_argument("--workers", type=int, default=2, help="Worker processes.")
        parser.add_argument(
            "--no-migrate", action="store_true", help="Do not apply database migrations first."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        prepare(verbosity=options["verbosity"], migrate=not options["no_migrate"])
        self.stdout.write(f"Serving on http://{options['host']}:{options['port']}/ (Ctrl-C stops)")
        # The workers are forked from this process: a database connection left open here
        # would be one socket shared by every worker, and their queries would mix.
        connections.close_all()
        beside = start_alongside()
        try:
            GunicornApplication(
                gunicorn_options(options["host"], options["port"], options["workers"])
            ).run()
        finally:
            stop_alongside(beside)


class Alongside:
    """A process beside the server, started again whenever it dies (killed, crashed)
    until it is told to stop restarting: one log line each time, with a back-off for one that dies at once.

    Gunicorn's master reaps every child that exits, this one too; its exit status is
    then lost, so the log says only that it stopped and after how long."""

    def __init__(
        self,
        command: Sequence[str],
        *,
        check_every: float = CHECK_EVERY,
        first: float = RESTART_FIRST,
        most: float = RESTART_MOST,
        steady: float = STEADY,
    ) -> None:
        self.command = list(command)
        self.check_every, self.first, self.most, self.steady = check_every, first, most, steady
        self.restarts = 0
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self.process = self._start()
        self._watcher = threading.Thread(target=self._watch, name="serve-alongside", daemon=True)
        self._watcher.start()

    def _start(self) -> subprocess.Popen:
        self._started_at = time.monotonic()
        # In a process group of its own: Ctrl-C at the terminal reaches the server only,
        # which stops this process itself once it no longer restarts it.
        return subprocess.Popen(self.command, process_group=0)

    def _watch(self) -> None:
        delay = self.first
        while not self._stopping.wait(self.check_every):
            if self.process.poll() is None:
                continue
            lived = time.monotonic() - self._started_at
            delay = self.first if lived >= self.steady else delay
            logger.warning(
                "serve: %s (pid %d) stopped after %.1f s; starting it again in %g s",
                " ".join(self.command[-2:]), self.process.pid, lived, delay,
            )  # fmt: skip
            if self._stopping.wait(delay):
                return
            with self._lock:
                if self._stopping.is_set():
                    return
                self.process = self._start()
                self.restarts += 1
            delay = min(delay * 2, self.most)

    def stop_restarting(self) -> None:
        """No more restarts from now on (the process itself is left running)."""
        with self._lock:
            self._stopping.set()
        self._watcher.join()


def start_alongside() -> list[Alongside]:
    """Start the processes the features need beside the server: each entry of
    `SERVICEGAP_SERVE_ALONGSIDE` is the dotted path of a function that returns a
    command line to run (or None), called before gunicorn forks its workers. Each is
    started again if it dies while the server runs."""
    started = []
    for dotted in settings.SERVICEGAP_SERVE_ALONGSIDE:
        command = import_string(dotted)()
        if command:
            started.append(Alongside(command))
    return started


def stop_alongside(beside: list[Alongside], *, wait: float = STOP_WAIT) -> None:
    """Stop restarting the processes beside the server, then stop them."""
    for alongside in beside:
        alongside.stop_restarting()
    stop_processes([alongside.process for alongside in beside], wait=wait)


def stop_processes(processes: list[subprocess.Popen], *, wait: float = STOP_WAIT) -> None:
    """SIGTERM each process, which finishes the work in hand and exits; one still
    running after `wait` seconds is killed (its batch is taken again after the lease)."""
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def gunicorn_options(host: str, port: int, workers: int) -> dict[str, Any]:
    """How `serve` runs gunicorn: sync workers, with the hooks below."""
    return {
        "bind": f"{host}:{port}",
        "workers": workers,
        "accesslog": "-",
        "timeout": 60,
        # One control socket per server, in the data directory, so that two servers on
        # one machine do not take each other's.
        "control_socket": str(settings.DATA_DIR / f"gunicorn-{port}.ctl"),
        "worker_exit": worker_exiting,
    }


def worker_exiting(server: Any, worker: Any) -> None:
    """Gunicorn hook, in a worker about to exit: close its database connections."""
    connections.close_all()


def prepare(*, verbosity: int = 1, migrate: bool = True) -> None:
    """Bring the database and static files up to date before serving, doing only what
    changed: a restart with nothing new starts in seconds."""
    quiet = max(verbosity - 1, 0)
    if migrate and migrations_pending():
        call_command("migrate", interactive=False, verbosity=quiet)
    call_command("createcachetable", verbosity=quiet)
    fingerprint = static_fingerprint()
    if fingerprint != collected_fingerprint():
        call_command("collectstatic", interactive=False, verbosity=quiet)
        remember_collected(fingerprint)


def migrations_pending(alias: str = DEFAULT_DB_ALIAS) -> bool:
    """Whether the database lacks a migration of the code (the plan `migrate` would run)."""
    executor = MigrationExecutor(connections[alias])
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def static_fingerprint() -> str:
    """A digest of what `collectstatic` would collect: the storage, where to, and each
    source file found (its path, size and modification time)."""
    digest = hashlib.sha256()
    storage = settings.STORAGES["staticfiles"]["BACKEND"]
    digest.update(f"{storage}\0{settings.STATIC_ROOT}\0{settings.STATIC_URL}\n".encode())
    for finder in finders.get_finders():
        for path, source in finder.list([]):
            found = Path(source.path(path)).stat()
            prefix = getattr(source, "prefix", None) or ""
            digest.update(f"{prefix}/{path}\0{found.st_size}\0{found.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def collected_fingerprint() -> str:
    """The fingerprint of the last complete `collectstatic`, or "" when none is known
    or STATIC_ROOT was emptied since."""
    root = Path(settings.STATIC_ROOT)
    if not root.is_dir() or next(root.iterdir(), None) is None:
        return ""
    try:
        return (Path(settings.DATA_DIR) / COLLECTED).read_text().strip()
    except OSError:
        return ""


def remember_collected(fingerprint: str) -> None:
    """Keep the fingerprint of what was just collected, for the next start."""
    (Path(settings.DATA_DIR) / COLLECTED).write_text(fingerprint + "\n")
