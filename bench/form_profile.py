"""Where one public-form POST spends its CPU inside Django: the web worker's part only.

The WSGI application `servicegap serve` runs (`core/wsgi.py`), called in this process
with the same POSTs as feedback_submit.py (half with a comment, one in ten low, 32
links, many client addresses behind the proxy), follow-ups queued for the background
process as under `servicegap serve` (so they are not in the figures), the links kept
in this process as a server keeps them. Prints the CPU per request without the
profiler, then cProfile's table (CPU clock) of --n more requests. gunicorn's own work
(accepting, parsing, the access log: about 0.6 ms a request, bench/README.md) is not
here; bench/server_cpu.py measures the whole server.

    .venv/bin/python bench/form_profile.py                  # SQLite, a temporary folder
    .venv/bin/python bench/form_profile.py --db postgres    # a private PostgreSQL cluster

    .venv/bin/python bench/form_profile.py --follow-up      # and the follow-up's batches

Bounded: --warm + 2 × --n requests; nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from feedback_submit import (  # noqa: E402
    SETUP,
    VENV_BIN,
    PrivatePostgres,
    answers,
    environment,
    run_python,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--n", type=int, default=2000, help="requests per measure")
    parser.add_argument("--warm", type=int, default=200)
    parser.add_argument("--top", type=int, default=40, help="rows of the profile")
    parser.add_argument(
        "--follow-up", action="store_true", help="and the background process's batches"
    )
    args = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="servicegap-profile."))
    pg = PrivatePostgres() if args.db == "postgres" else None
    try:
        env = environment(data_dir, pg.start() if pg else "")
        env["SERVICEGAP_FEEDBACK_LINK_CACHE_SECONDS"] = "3600"  # the profiler slows time
        subprocess.run([str(VENV_BIN / "servicegap"), "migrate", "-v", "0"], env=env, check=True)
        tokens = json.loads(run_python(SETUP, env))
        profile(env, tokens, args)
    finally:
        if pg:
            pg.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


def profile(env: dict[str, str], tokens: list[str], args: argparse.Namespace) -> None:
    os.environ.update(env)
    sys.path[:0] = [part for part in env["PYTHONPATH"].split(os.pathsep) if part]
    from django.conf import settings

    from servicegap.core.wsgi import get_application

    app = get_application()
    settings.FEEDBACK_QUEUE_FOLLOW_UPS = True  # as `servicegap serve` sets for its workers
    rng = random.Random(1)

    def call(n: int) -> str:
        body = answers(rng, str(uuid.uuid4()))
        environ = {
            "REQUEST_METHOD": "POST",
            "PATH_INFO": f"/s/{tokens[n % len(tokens)]}/",
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "80",
            "HTTP_HOST": "127.0.0.1",
            "REMOTE_ADDR": "127.0.0.1",
            "HTTP_X_FORWARDED_FOR": f"10.{n % 250}.{n // 250 % 250}.1",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(body),
            "CONTENT_TYPE": "application/x-www-form-urlencoded",
            "CONTENT_LENGTH": str(len(body)),
        }
        status: list[str] = []
        answer = app(environ, lambda given, headers, exc_info=None: status.append(given))
        b"".join(answer)
        answer.close()
        return status[0]

    for n in range(args.warm):
        assert call(n).startswith("200"), "the form refused a warm-up POST"
    started = time.process_time()
    for n in range(args.n):
        call(args.warm + n)
    plain = (time.process_time() - started) * 1000 / args.n
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for n in range(args.n):
        call(args.warm + args.n + n)
    profiler.disable()
    print(f"{args.db}: {plain:.3f} ms of CPU per POST in this process, without the profiler")
    show(profiler, args.top)
    if args.follow_up:
        follow_up(args)


def follow_up(args: argparse.Namespace) -> None:
    """The background process's part: the pending responses of those POSTs followed up
    in its batches, half measured plainly, half under the profiler."""
    from servicegap.feedback.models import PendingResponse
    from servicegap.pipeline.followup import BATCH, follow_up_pending

    batches = max(1, PendingResponse.objects.count() // BATCH // 2)
    started = time.process_time()
    done, _more = follow_up_pending(batches)
    plain = (time.process_time() - started) * 1000 / max(done, 1)
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    follow_up_pending(batches + 1)
    profiler.disable()
    print(f"follow-up: {plain:.3f} ms of CPU per response ({done} responses), no profiler")
    show(profiler, args.top)


def show(profiler: cProfile.Profile, top: int) -> None:
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(top)
        print(out.getvalue())


if __name__ == "__main__":
    main()
