"""CPU per public form request, in one process, without a server or a client: what
Django and servicegap cost a customer's POST (and GET), against the bare view of
bench/bare_settings.py, each on a fresh SQLite file (the machine's load barely changes
CPU time, though not at all). With --profile, the cProfile (CPU time) of the form's
POSTs and GETs, sorted by cumulative time.

    .venv/bin/python bench/profile_submit.py            # the form (POST, GET), then the bare view
    .venv/bin/python bench/profile_submit.py --profile  # and where the form spends it
    .venv/bin/python bench/profile_submit.py --data DIR # keep the data directory

Also prints the background process's CPU per response (the pipeline's follow-up), which
`feedback_submit.py` counts in the server's column, and the queries of one POST and one
GET (a link is read again every FEEDBACK_LINK_CACHE_SECONDS: its two queries may show).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path[:0] = [str(BENCH), str(ROOT / "src")]

from feedback_submit import SETUP, answers  # noqa: E402


def environ(path: str, body: bytes, client: str, method: str = "POST") -> dict:
    return {
        "REQUEST_METHOD": method,
        "PATH_INFO": path.split("?")[0],
        "QUERY_STRING": path.partition("?")[2],
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "HTTP_HOST": "127.0.0.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_X_FORWARDED_FOR": client,
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
        "wsgi.url_scheme": "http",
        "SERVER_PROTOCOL": "HTTP/1.1",
    }


def call(app, env: dict) -> str:
    status = []
    body = b"".join(app(env, lambda s, h, *a: status.append(s)))
    assert body is not None
    return status[0]


def run(app, paths, n: int, seed: int, method: str = "POST", profile=None) -> float:
    """CPU seconds per request over `n` requests."""
    rng = random.Random(seed)
    requests = []
    for _ in range(n):
        body = answers(rng, str(uuid.uuid4())) if method == "POST" else b""
        m = rng.randrange(1 << 20)
        requests.append((rng.choice(paths), body, f"10.{m >> 16}.{(m >> 8) & 255}.{m & 255}"))
    statuses: dict[str, int] = {}
    started = time.process_time()
    if profile:
        profile.enable()
    for path, body, client in requests:
        status = call(app, environ(path, body, client, method))
        statuses[status] = statuses.get(status, 0) + 1
    if profile:
        profile.disable()
    used = time.process_time() - started
    assert all(s.startswith("200") for s in statuses), statuses
    return used / n


def form(args) -> None:
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    import json

    from django.db import connection

    from servicegap.core.wsgi import get_application
    from servicegap.feedback.models import SurveyLink
    from servicegap.pipeline import followup

    tokens = list(
        SurveyLink.objects.filter(organization__slug="bench").values_list("token", flat=True)
    )
    if not tokens:  # a new data directory
        out = io.StringIO()
        sys_stdout, sys.stdout = sys.stdout, out
        exec(SETUP.replace("import django\ndjango.setup()", ""), {})
        sys.stdout = sys_stdout
        tokens = json.loads(out.getvalue())
    from django.conf import settings

    settings.FEEDBACK_QUEUE_FOLLOW_UPS = True  # as in serve without a broker
    app = get_application()
    paths = [f"/s/{t}/?lang=en" for t in tokens]
    run(app, paths, 200, 1)  # warm: links, templates, models
    run(app, paths, 50, 2, "GET")
    post_queries, get_queries = [], []

    def counted(into):
        def wrapper(execute, sql, params, many, context):
            into.append(sql)
            return execute(sql, params, many, context)

        return wrapper

    with connection.execute_wrapper(counted(post_queries)):
        call(app, environ(paths[0], answers(random.Random(5), str(uuid.uuid4())), "10.9.9.9"))
    with connection.execute_wrapper(counted(get_queries)):
        call(app, environ(paths[0], b"", "10.9.9.9", "GET"))
    post = min(run(app, paths, args.n, 10 + k) for k in range(3))
    get = min(run(app, paths, args.n // 2, 20 + k, "GET") for k in range(3))
    print(f"form POST: {1000 * post:.3f} ms CPU per request ({len(post_queries)} queries)")
    print(f"form GET:  {1000 * get:.3f} ms CPU per request ({len(get_queries)} queries)")
    for sql in post_queries:
        print("   POST query:", sql[:160])
    for sql in get_queries:
        print("   GET query:", sql[:160])
    started, done = time.process_time(), 0
    while True:
        n, more = followup.follow_up_pending(batches=1)
        done += n
        if not n:
            break
    follow = (time.process_time() - started) / max(done, 1)
    print(f"follow-up: {1000 * follow:.3f} ms CPU per response ({done} responses)")
    if args.profile:
        for method in ("POST", "GET"):
            profile = cProfile.Profile(time.process_time)  # CPU, not waiting for the disk
            run(app, paths, args.n, 30, method, profile=profile)
            print(f"\n--- the form's {method}s, by cumulative CPU time")
            pstats.Stats(profile).strip_dirs().sort_stats("cumulative").print_stats(40)


def bare(args) -> None:
    import django
    from django.core.handlers.wsgi import WSGIHandler
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    app = WSGIHandler()
    paths = ["/bench/bare/"]
    run(app, paths, 200, 1)
    post = min(run(app, paths, args.n, 10 + k) for k in range(3))
    print(f"bare POST: {1000 * post:.3f} ms CPU per request")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="requests per measure")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--only", choices=["form", "bare"])
    parser.add_argument("--data", help="a data directory to keep (default: a new one)")
    args = parser.parse_args()
    if args.only:
        (form if args.only == "form" else bare)(args)
        return
    with tempfile.TemporaryDirectory(prefix="sg-profile-") as fresh:
        data = args.data or fresh
        env = os.environ | {
            "PYTHONPATH": os.pathsep.join([str(BENCH), str(ROOT / "src"), str(ROOT)]),
            "SERVICEGAP_DATA_DIR": data,
            "SERVICEGAP_SECRET_KEY": "bench-only-secret-key-not-for-production-0123456789",
            "SERVICEGAP_HTTPS": "false",
            "SERVICEGAP_ALLOWED_HOSTS": "127.0.0.1",
            "SERVICEGAP_LOG_LEVEL": "WARNING",
            "SERVICEGAP_FEEDBACK_RATE_WINDOW": "4",
            "SERVICEGAP_BEHIND_PROXY": "true",
        }
        env.pop("DATABASE_URL", None)
        env.pop("CELERY_BROKER_URL", None)
        extra = ["--n", str(args.n)] + (["--profile"] if args.profile else [])
        for only, settings in (("form", "feedback_settings"), ("bare", "bare_settings")):
            subprocess.run(
                [sys.executable, __file__, "--only", only, *extra],
                env=env | {"DJANGO_SETTINGS_MODULE": settings},
                check=True,
            )
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
