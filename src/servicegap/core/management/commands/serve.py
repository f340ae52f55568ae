from __future__ import annotations

import subprocess
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import connections
from django.utils.module_loading import import_string
from gunicorn.app.base import BaseApplication

STOP_WAIT = 60.0  # seconds a process beside the server may take to finish and exit


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
    help = "Migrate, collect static files and serve servicegap with gunicorn."

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


def start_alongside() -> list[subprocess.Popen]:
    """Start the processes the features need beside the server: each entry of
    `SERVICEGAP_SERVE_ALONGSIDE` is the dotted path of a function that returns a
    command line to run (or None), called before gunicorn forks its workers."""
    started = []
    for dotted in settings.SERVICEGAP_SERVE_ALONGSIDE:
        command = import_string(dotted)()
        if command:
            started.append(subprocess.Popen(command))
    return started


def stop_alongside(processes: list[subprocess.Popen], *, wait: float = STOP_WAIT) -> None:
    """SIGTERM each process started beside the server, which finishes the work in hand
    and exits; one still running after `wait` seconds is killed (its batch is taken
    again after the lease)."""
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
    """Bring the database and static files up to date before serving."""
    if migrate:
        call_command("migrate", interactive=False, verbosity=max(verbosity - 1, 0))
    call_command("createcachetable", verbosity=max(verbosity - 1, 0))
    call_command("collectstatic", interactive=False, verbosity=max(verbosity - 1, 0))
