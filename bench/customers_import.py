"""Importing a million visits: `servicegap import visits` against a bare `executemany`.

Writes a CSV of N visits (default 1,000,000: 100,000 customers, 20 locations, two years,
with visit ids), then in the same run and the same database:

1. imports it with `importer.import_visits` (both passes: every row checked, then
   written in committed batches tagged with the run, customers created on the way, and
   the run marked done), timed from the file to the last commit, with the process's
   peak memory (ru_maxrss) after it and the longest of its transactions (on SQLite the
   time the write lock is held: public feedback submissions wait that long at most);
2. inserts the same visit rows, already parsed into tuples in memory (not timed), with
   one bare `cursor.executemany` per 5,000 rows in one transaction, into the same table
   (same indexes) for a second organisation whose customers exist beforehand.

It prints rows per second of both and their ratio (target: the import reaches at least
50% of the bare insert's rows per second).

    .venv/bin/python bench/customers_import.py --db sqlite
    .venv/bin/python bench/customers_import.py --db postgres          # a private cluster
    .venv/bin/python bench/customers_import.py --db postgres --database-url postgres://...
    .venv/bin/python bench/customers_import.py --rows 100000          # a quicker look
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(ROOT / "src"))  # the servicegap of this checkout
from feedback_submit import PrivatePostgres  # noqa: E402

LOCATIONS = 20
END = datetime(2026, 6, 30, tzinfo=UTC)
DAYS = 730
BATCH = 5000


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


def write_csv(path: Path, rows: int, customers: int) -> None:
    """N visits in time order, streamed to the file."""
    rng = random.Random(7)
    step = DAYS * 86400 / rows
    start = END - timedelta(days=DAYS)
    with path.open("w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["customer", "date", "location", "amount", "channel", "visit id"])
        for n in range(rows):
            when = start + timedelta(seconds=n * step)
            out.writerow(
                [
                    f"C{rng.randrange(customers):07d}",
                    when.strftime("%Y-%m-%d %H:%M:%S"),
                    f"Location {rng.randrange(LOCATIONS)}",
                    f"{rng.uniform(4, 80):.2f}",
                    "in_store",
                    f"T{n:08d}",
                ]
            )


def organisation(slug: str):
    from servicegap.core.models import Location, Organization

    org = Organization.objects.create(name=slug, slug=slug, time_zone="UTC")
    Location.objects.bulk_create(
        [Location(organization=org, name=f"Location {n}") for n in range(LOCATIONS)]
    )
    return org


class TimedTransactions:
    """Stands in for `django.db.transaction` in the importer and records how long each
    outermost `atomic()` block lasts, from BEGIN to COMMIT: the time SQLite's write lock
    is held (the connection begins IMMEDIATE transactions)."""

    def __init__(self, real) -> None:
        self.real = real
        self.durations: list[float] = []

    def __getattr__(self, name):
        return getattr(self.real, name)

    @contextlib.contextmanager
    def atomic(self, *args, **kwargs):
        outermost = not self.real.get_connection().in_atomic_block
        started = time.perf_counter()
        with self.real.atomic(*args, **kwargs):
            yield
        if outermost:
            self.durations.append(time.perf_counter() - started)


def run_import(path: Path) -> tuple[float, object, list[float]]:
    from servicegap.customers import importer

    org = organisation("import-bench")
    timed = TimedTransactions(importer.transaction)
    importer.transaction = timed
    try:
        started = time.perf_counter()
        report = importer.import_visits(path, org, now=END)
        elapsed = time.perf_counter() - started
    finally:
        importer.transaction = timed.real
    assert report.written and report.bad_rows == 0, importer.summary(report)
    return elapsed, report, timed.durations


def run_baseline(path: Path) -> float:
    """The same rows as tuples, inserted with a bare executemany (the timed part)."""
    from django.db import connection, transaction

    from servicegap.core.models import Location
    from servicegap.customers.models import Customer, Visit

    org = organisation("executemany-bench")
    locations = dict(Location.objects.filter(organization=org).values_list("name", "pk"))
    with path.open(newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        raw = list(reader)
    ids = sorted({row[0] for row in raw})
    Customer.objects.bulk_create(
        [Customer(organization=org, external_id=i) for i in ids], batch_size=BATCH
    )
    customers = dict(Customer.objects.filter(organization=org).values_list("external_id", "pk"))
    to_time = Visit._meta.get_field("visited_at").get_db_prep_value
    to_amount = Visit._meta.get_field("amount").get_db_prep_value
    rows = [
        (
            org.pk,
            customers[c],
            locations[loc],
            to_time(datetime.fromisoformat(when).replace(tzinfo=UTC), connection),
            to_amount(Decimal(amount), connection),
            channel,
            visit_id,
            "v:" + visit_id,
        )
        for c, when, loc, amount, channel, visit_id in raw
    ]
    del raw
    quote = connection.ops.quote_name
    columns = ["organization_id", "customer_id", "location_id", "visited_at", "amount",
               "channel", "external_id", "key"]  # fmt: skip
    sql = (
        f"INSERT INTO {quote(Visit._meta.db_table)} ({', '.join(map(quote, columns))}) "
        f"VALUES ({', '.join(['%s'] * len(columns))})"
    )
    started = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH):
            cursor.executemany(sql, rows[start : start + BATCH])
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--database-url", default="")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=0, help="default: rows / 10")
    parser.add_argument("--batch-size", type=int, default=0, help="default: the importer's")
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="servicegap-bench-import."))
    pg = None
    database_url = args.database_url
    try:
        if args.db == "postgres" and not database_url:
            pg = PrivatePostgres()
            database_url = pg.start()
        configure(data_dir, database_url)
        from django.db import connection

        from servicegap.customers import importer

        if args.batch_size:
            importer.BATCH_SIZE = args.batch_size
        path = data_dir / "visits.csv"
        write_csv(path, args.rows, args.customers or max(1, args.rows // 10))
        size = path.stat().st_size
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        elapsed, report, locks = run_import(path)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        baseline = run_baseline(path)
        ours, bare = args.rows / elapsed, args.rows / baseline
        print(
            f"database: {connection.vendor} {connection.Database.sqlite_version if connection.vendor == 'sqlite' else connection.pg_version}"
        )
        print(
            f"file: {args.rows:,} visits, {report.customers_added:,} customers, {size / 1024**2:.0f} MB"
        )
        print(f"import (check + write): {elapsed:.1f} s, {ours:,.0f} rows/s")
        print(f"bare executemany:       {baseline:.1f} s, {bare:,.0f} rows/s")
        print(f"import batches of {importer.BATCH_SIZE:,} rows; transactions: {len(locks)}, "
              f"longest {max(locks):.3f} s, median {sorted(locks)[len(locks) // 2]:.3f} s"
              + (" (SQLite's write lock held)" if connection.vendor == "sqlite" else ""))  # fmt: skip
        print(f"ratio: {ours / bare:.0%} of the bare insert's rows per second (target 50%)")
        print(f"peak memory (ru_maxrss): {before / 1024:.0f} MB before the import, "
              f"{peak / 1024:.0f} MB after it")  # fmt: skip
    finally:
        if pg is not None:
            pg.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
