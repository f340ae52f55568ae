"""The Experienced lens and the inbox with a million responses, on SQLite and PostgreSQL.

Generates an organisation with 20 locations, 10 journey steps and 1,000,000 responses
over two years (each rating up to three P's) with bulk_create, then times the queries
the product runs: the lens (one GROUP BY over responses per location × step, every P at
once), NPS per location, the inbox's first page, count and a filtered page, and a deep
API cursor page.
Each query runs once cold and then 5 times; the median and the plan are printed.

    .venv/bin/python bench/feedback_lens.py --db sqlite
    .venv/bin/python bench/feedback_lens.py --db postgres          # a private cluster
    .venv/bin/python bench/feedback_lens.py --db postgres --database-url postgres://...
    .venv/bin/python bench/feedback_lens.py --responses 100000     # a quicker look
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(ROOT / "src"))  # the servicegap of this checkout
from feedback_submit import PrivatePostgres  # noqa: E402

LOCATIONS, STEPS = 20, 10
END = datetime(2026, 6, 30, tzinfo=UTC)
DAYS = 730


def configure(data_dir: Path, database_url: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "servicegap.settings"
    os.environ["SERVICEGAP_DATA_DIR"] = str(data_dir)
    os.environ["SERVICEGAP_SECRET_KEY"] = "bench-only-secret-key-not-for-production-0123456789"
    os.environ["SERVICEGAP_LOG_LEVEL"] = "WARNING"
    os.environ.pop("DATABASE_URL", None)
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def generate(total: int, batch: int) -> tuple[object, float]:
    from servicegap.core.models import Location, Organization
    from servicegap.feedback import surveys
    from servicegap.feedback.models import Response, SurveyLink
    from servicegap.standards.models import JourneyStep

    rng = random.Random(7)
    org = Organization.objects.create(name="Lens Bench", slug="lens-bench")
    survey = surveys.create_survey(org, name="Bench survey")
    locations = [
        Location.objects.create(organization=org, name=f"Location {n}") for n in range(LOCATIONS)
    ]
    steps = [JourneyStep.objects.create(organization=org, name=f"Step {n}") for n in range(STEPS)]
    links = [
        SurveyLink.objects.create(organization=org, survey=survey, location=location)
        for location in locations
    ]
    quality = {
        (loc.pk, p): rng.uniform(0.5, 0.95)
        for loc in locations
        for p in ("people", "process", "product")
    }
    started = time.perf_counter()
    made = 0
    while made < total:
        size = min(batch, total - made)
        responses = []
        for _ in range(size):
            link = rng.choice(links)
            when = END - timedelta(seconds=rng.randint(0, DAYS * 86400))
            step = rng.choice(steps) if rng.random() < 0.5 else None
            ratings = {
                p: 1 + sum(rng.random() < quality[(link.location_id, p)] for _ in range(4))
                for p in ("people", "process", "product")
                if rng.random() < 0.92
            }
            responses.append(
                Response(
                    **ratings,
                    organization=org,
                    survey=survey,
                    link=link,
                    location_id=link.location_id,
                    submitted_at=when,
                    language="en",
                    channel="table",
                    submission_id=uuid.uuid4(),
                    nps=rng.randint(0, 10) if rng.random() < 0.85 else None,
                    step=step,
                    comment="Fine." if rng.random() < 0.3 else "",
                    spam=rng.random() < 0.005,
                )
            )
        Response.objects.bulk_create(responses, batch_size=2000)
        made += size
        if made % 100_000 == 0:
            rate = made / (time.perf_counter() - started)
            print(f"  {made:>9,} responses ({rate:,.0f}/s)", file=sys.stderr)
    return org, time.perf_counter() - started


def timed(label: str, run, explain=None, repeat: int = 5) -> dict:
    cold_start = time.perf_counter()
    result = run()
    cold = time.perf_counter() - cold_start
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    row = {
        "query": label,
        "cold_ms": round(cold * 1000, 1),
        "median_ms": round(statistics.median(samples) * 1000, 1),
        "rows": result if isinstance(result, int) else len(result),
    }
    if explain is not None:
        row["plan"] = explain.explain()
    print(
        f"{label:58s} cold {row['cold_ms']:9.1f} ms   median {row['median_ms']:9.1f} ms",
        file=sys.stderr,
    )
    return row


def queries(org) -> list[dict]:
    from django.db import connection

    from servicegap.feedback import scoring
    from servicegap.feedback.models import Response

    if connection.vendor == "postgresql":
        # As autovacuum would have done by now. SQLite gets no ANALYZE: Django never runs
        # it, so the plans measured are the ones a servicegap database gets.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    responses = Response.objects.filter(organization=org)
    last_90 = END - timedelta(days=90)
    last_365 = END - timedelta(days=365)
    a_location = responses.values_list("location", flat=True).first()
    return [
        timed(
            "lens: location × P × step, last 90 days",
            lambda: scoring.experienced_scores(
                responses.filter(submitted_at__gte=last_90), "location", "p", "step"
            ),
            scoring.lens_query(responses.filter(submitted_at__gte=last_90), "location", "step"),
        ),
        timed(
            "lens: location × P × step, last 365 days",
            lambda: scoring.experienced_scores(
                responses.filter(submitted_at__gte=last_365), "location", "p", "step"
            ),
        ),
        timed(
            "lens: location × P, all two years",
            lambda: scoring.experienced_scores(responses, "location", "p"),
            scoring.lens_query(responses, "location"),
        ),
        timed(
            "NPS per location, last 90 days",
            lambda: list(
                scoring.nps_by_location(responses.filter(submitted_at__gte=last_90)).values()
            ),
        ),
        timed(
            "inbox: first page of 25, whole organisation",
            lambda: list(responses.filter(spam=False).select_related("location", "step")[:25]),
            responses.filter(spam=False)[:25],
        ),
        timed(
            "inbox: first page of 25, one location",
            lambda: list(
                responses.filter(spam=False, location=a_location).select_related(
                    "location", "step"
                )[:25]
            ),
        ),
        timed(
            "inbox: count for the pager, last 90 days",
            lambda: responses.filter(spam=False, submitted_at__gte=last_90).count(),
        ),
        timed(
            "inbox: detractors with a comment, people ≤ 2, 30 days",
            lambda: list(
                responses.filter(
                    spam=False,
                    submitted_at__gte=END - timedelta(days=30),
                    nps__lte=6,
                )
                .exclude(comment="")
                .filter(people__lte=2)[:25]
            ),
        ),
        timed(
            "API: a cursor page of 50 a year back",
            lambda: list(
                responses.filter(spam=False, submitted_at__lt=last_365).order_by(
                    "-submitted_at", "-pk"
                )[:51]
            ),
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--database-url", default="")
    parser.add_argument("--responses", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=20_000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="servicegap-bench-lens."))
    pg = None
    database_url = args.database_url
    if args.db == "postgres" and not database_url:
        pg = PrivatePostgres()
        database_url = pg.start()
    try:
        configure(data_dir, database_url)
        org, seconds = generate(args.responses, args.batch)
        from django.db.models import Count

        from servicegap.feedback.models import Response

        counts = Response.objects.aggregate(*(Count(p) for p in ("people", "process", "product")))
        rating_count = sum(counts.values())
        print(
            f"generated {args.responses:,} responses, {rating_count:,} ratings in {seconds:.0f} s",
            file=sys.stderr,
        )
        rows = queries(org)
        from django.db import connection

        report = {
            "database": connection.vendor,
            "responses": args.responses,
            "ratings": rating_count,
            "generation_seconds": round(seconds),
            "queries": rows,
        }
        connection.close()
    finally:
        if pg is not None:
            pg.stop()
        shutil.rmtree(data_dir, ignore_errors=True)
    text = json.dumps(report, indent=2, default=str)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")


if __name__ == "__main__":
    main()
