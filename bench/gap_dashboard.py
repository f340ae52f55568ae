"""The value-distance dashboard at scale: the page against the SQL aggregates it needs.

Builds, in a throwaway database, one organisation with 100 locations, the demo service
card (10 steps, 23 standards, 47 behaviours), 1,000,000 feedback responses over 13
months (ratings per P, NPS, step), 50,000 audits with about 1.2 million counted answers
(self-assessments, mystery shops, observations) and 200,000 customers with scores, some
of them on the save list. The big tables are written with `executemany` in batches.

Then, in the same run and in alternating rounds, it times (median of ROUNDS; wall time
and this process's CPU time; on PostgreSQL also the server backend's CPU time):

- the request: GET /gap/ through Django's test client as the owner, for the default
  90-day period, and the same with a location filter;
- the aggregates: the four statements `lenses.compute()` runs for that page (audits,
  responses, customers, the card: recorded as the page's own functions issue them, then
  replayed with a cursor and fetched, nothing around them);
- for reference, every SELECT the request runs (session, membership, filters, lenses,
  evidence), replayed the same way.

The target: the request takes at most twice the time of the aggregates.

    .venv/bin/python bench/gap_dashboard.py                       # SQLite in a temp dir
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sg_bench_gap .venv/bin/python bench/gap_dashboard.py
    RESPONSES=100000 AUDITS=5000 CUSTOMERS=20000 .venv/bin/python bench/gap_dashboard.py  # small
    PROFILE=1 ...       # also print cProfile's top functions of one request
    KEEP=1 ...          # keep the database (and print where it is)
    DATABASE_URL=sqlite:////tmp/gap.sqlite3 REUSE=1 ...  # time a kept database again

On PostgreSQL the database named by DATABASE_URL is created (dropped first if it
exists, unless REUSE=1) and dropped at the end (unless KEEP=1).
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlparse

DATA_DIR = tempfile.mkdtemp(prefix="servicegap-bench-gap-")
os.environ["SERVICEGAP_DATA_DIR"] = DATA_DIR
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "servicegap.settings")
os.environ.setdefault("SERVICEGAP_HTTPS", "false")
os.environ.setdefault("SERVICEGAP_TESTING", "true")
os.environ.setdefault("SERVICEGAP_ALLOWED_HOSTS", "testserver")
os.environ.setdefault("SERVICEGAP_LOG_LEVEL", "WARNING")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

LOCATIONS = int(os.environ.get("LOCATIONS", 100))
RESPONSES = int(os.environ.get("RESPONSES", 1_000_000))
AUDITS = int(os.environ.get("AUDITS", 50_000))
ANSWERS_PER_AUDIT = 24  # of the card's 47 behaviours: 50,000 audits → 1.2 million answers
CUSTOMERS = int(os.environ.get("CUSTOMERS", 200_000))
SAVE_LIST_SHARE = 0.04
ROUNDS = int(os.environ.get("ROUNDS", 5))
DAYS = 395  # 13 months of data: the 12 months of the trend and the previous period
BATCH = 10_000
SLUG = "bench-gap"


def prepare_postgres(url: str) -> None:
    """Create the database named by `url` (dropped first, unless REUSE=1)."""
    import psycopg

    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    admin = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and os.environ.get("REUSE"):
            return
        if exists:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_postgres(url: str) -> None:
    import psycopg

    parsed = urlparse(url)
    admin = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{parsed.path.lstrip("/")}" WITH (FORCE)')


DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL.startswith("postgres"):
    prepare_postgres(DATABASE_URL)

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, models, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from servicegap.audits.models import (  # noqa: E402
    Audit,
    AuditAnswer,
    AuditTemplate,
    Channel,
    Kind,
    Result,
    month_of,
)
from servicegap.core import demo as core_demo  # noqa: E402
from servicegap.core.models import Department, Location, Membership, Organization, Role  # noqa: E402
from servicegap.customers.models import Alert, Customer, CustomerScore, ScoreRun  # noqa: E402
from servicegap.feedback import surveys  # noqa: E402
from servicegap.feedback.models import Response, SurveyLink  # noqa: E402
from servicegap.gap import dashboard, lenses  # noqa: E402
from servicegap.gap.filters import build_scope  # noqa: E402
from servicegap.standards import demo as standards_demo  # noqa: E402

# Writing rows fast ------------------------------------------------------------------------


def _converter(field: models.Field) -> Callable[[object], object] | None:
    """How a Python value of `field` becomes a database parameter; None: as it is."""
    sqlite = connection.vendor == "sqlite"
    if isinstance(field, models.DateTimeField):
        return connection.ops.adapt_datetimefield_value if sqlite else None
    if isinstance(field, models.DateField):
        return connection.ops.adapt_datefield_value if sqlite else None
    if isinstance(field, models.UUIDField):
        return (lambda value: value.hex) if sqlite else None
    if isinstance(field, models.DecimalField | models.JSONField):
        return lambda value: field.get_db_prep_save(value, connection)
    return None


def insert(model: type[models.Model], columns: list[str], rows: Iterable[tuple], **fixed) -> int:
    """INSERT `rows` (values of `columns`, field names) with executemany in batches; every
    other column takes `fixed[name]` or the field's default, converted once."""
    fields = {f.name: f for f in model._meta.concrete_fields if not f.primary_key}
    rest = [name for name in fields if name not in columns]
    constants = []
    for name in rest:
        field = fields[name]
        value = fixed[name] if name in fixed else field.get_default()
        if value is None and not field.null:
            raise ValueError(f"{model.__name__}.{name} needs a value")
        constants.append(field.get_db_prep_save(value, connection))
    converters = [(i, c) for i, name in enumerate(columns) if (c := _converter(fields[name]))]
    quote = connection.ops.quote_name
    names = [fields[name].column for name in columns + rest]
    sql = (
        f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(map(quote, names))}) "
        f"VALUES ({', '.join(['%s'] * len(names))})"
    )
    constants_tuple = tuple(constants)
    written = 0
    batch: list[tuple] = []

    def flush() -> None:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(sql, batch)

    for row in rows:
        if converters:
            row = list(row)
            for index, convert in converters:
                if row[index] is not None:
                    row[index] = convert(row[index])
        batch.append((*row, *constants_tuple))
        if len(batch) >= BATCH:
            flush()
            written += len(batch)
            batch = []
    if batch:
        flush()
        written += len(batch)
    return written


def random_uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


# The organisation ------------------------------------------------------------------------


def build() -> None:
    rng = random.Random(18)
    now = datetime.now(tz=UTC)
    org = Organization.objects.create(name="Bench gap", slug=SLUG, time_zone="Europe/Paris")
    departments = {
        name: Department.objects.create(organization=org, name=name)
        for name in core_demo.DEPARTMENTS
    }
    context = core_demo.DemoContext(organization=org, rng=rng, today=date.today())
    context.departments = departments
    standards_demo.seed(context)
    behaviours = context.behaviours
    steps = list(context.journey_steps.values())
    locations = Location.objects.bulk_create(
        Location(organization=org, name=f"Location {i:03}") for i in range(LOCATIONS)
    )
    user = get_user_model().objects.create_user("owner@bench.test", "owner@bench.test", "x")
    Membership.objects.create(organization=org, user=user, role=Role.OWNER)
    timer = time.perf_counter()
    responses(org, locations, steps, rng, now)
    print(f"  responses: {RESPONSES:,} in {time.perf_counter() - timer:.0f} s", flush=True)
    timer = time.perf_counter()
    answers = audits(org, locations, behaviours, user, rng, now)
    print(
        f"  audits: {AUDITS:,}, answers {answers:,} in {time.perf_counter() - timer:.0f} s",
        flush=True,
    )
    timer = time.perf_counter()
    customers(org, locations, rng, now)
    print(f"  customers: {CUSTOMERS:,} in {time.perf_counter() - timer:.0f} s", flush=True)


def responses(org, locations, steps, rng: random.Random, now: datetime) -> None:
    survey = surveys.create_survey(org, name="Bench survey")
    links = [
        SurveyLink.objects.create(organization=org, survey=survey, location=location)
        for location in locations
    ]
    quality = {
        (link.pk, p): rng.uniform(0.45, 0.95)
        for link in links
        for p in ("people", "process", "product")
    }
    step_ids = [step.pk for step in steps]

    def rows() -> Iterable[tuple]:
        for _ in range(RESPONSES):
            link = links[rng.randrange(len(links))]
            ratings = [
                1 + sum(rng.random() < quality[(link.pk, p)] for _ in range(4))
                if rng.random() < 0.9
                else None
                for p in ("people", "process", "product")
            ]
            yield (
                link.pk,
                link.location_id,
                now - timedelta(seconds=rng.randrange(DAYS * 86400)),
                random_uuid(rng),
                random_uuid(rng),
                *ratings,
                rng.randint(0, 10) if rng.random() < 0.85 else None,
                step_ids[rng.randrange(len(step_ids))] if rng.random() < 0.7 else None,
                rng.random() < 0.005,
            )

    insert(
        Response,
        [
            "link",
            "location",
            "submitted_at",
            "code",
            "submission_id",
            "people",
            "process",
            "product",
            "nps",
            "step",
            "spam",
        ],  # fmt: skip
        rows(),
        organization=org.pk,
        survey=survey.pk,
        language="en",
        channel=SurveyLink.Channel.TABLE,
    )


def audits(org, locations, behaviours, user, rng: random.Random, now: datetime) -> int:
    template = AuditTemplate.objects.create(organization=org, name="Visit", channel=Channel.VISIT)
    template.behaviours.set(behaviours)
    kinds = [Kind.SELF_ASSESSMENT] * 4 + [Kind.MYSTERY_SHOP] * 3 + [Kind.OBSERVATION] * 3
    made = []
    for _ in range(AUDITS):
        location = locations[rng.randrange(len(locations))]
        when = now - timedelta(seconds=rng.randrange(DAYS * 86400))
        made.append((rng.choice(kinds), location.pk, when, month_of(when, org.tz)))
    insert(
        Audit,
        [
            "kind",
            "location",
            "performed_at",
            "performed_month",
            "code",
            "started_at",
            "ended_at",
            "submitted_at",
        ],  # fmt: skip
        (
            (kind, loc, when, month, random_uuid(rng), when, when, when)
            for kind, loc, when, month in made
        ),
        organization=org.pk,
        template=template.pk,
        channel=Channel.VISIT,
        performed_by=user.pk,
        status=Audit.Status.SUBMITTED,
    )
    audit_ids = list(
        Audit.objects.filter(organization=org).order_by("pk").values_list("pk", flat=True)
    )
    snapshot = [
        (
            b.pk,
            b.text,
            b.version,
            b.weight,
            b.is_critical,
            b.standard.p,
            b.standard.step_id,
            b.standard.step.name,
            b.standard.step.position,
            b.target_comparison,
            b.target_value,
            b.target_unit,
        )  # fmt: skip
        for b in behaviours
    ]
    quality = {
        (loc.pk, kind): rng.uniform(0.5, 0.97) + (0.05 if kind == Kind.SELF_ASSESSMENT else 0)
        for loc in locations
        for kind in Kind.values
    }

    def rows() -> Iterable[tuple]:
        for audit_id, (kind, loc, when, month) in zip(audit_ids, made, strict=True):
            chosen = rng.sample(range(len(snapshot)), ANSWERS_PER_AUDIT)
            bar = quality[(loc, kind)]
            for position, index in enumerate(sorted(chosen)):
                roll = rng.random()
                result = Result.NA if roll > 0.97 else Result.PASS if roll < bar else Result.FAIL
                yield (
                    audit_id, position, *snapshot[index], loc, kind, when, month, result,
                    random_uuid(rng), when,
                )  # fmt: skip

    return insert(
        AuditAnswer,
        [
            "audit",
            "position",
            "behaviour",
            "behaviour_text",
            "behaviour_version",
            "weight",
            "is_critical",
            "p",
            "step",
            "step_name",
            "step_position",
            "target_comparison",
            "target_value",
            "target_unit",
            "location",
            "kind",
            "performed_at",
            "performed_month",
            "result",
            "code",
            "answered_at",
        ],  # fmt: skip
        rows(),
        organization=org.pk,
        is_counted=True,
    )


def customers(org, locations, rng: random.Random, now: datetime) -> None:
    insert(
        Customer,
        ["external_id", "home_location", "code", "first_seen"],
        (
            (f"C{i:07}", locations[rng.randrange(len(locations))].pk, random_uuid(rng), now)
            for i in range(CUSTOMERS)
        ),
        organization=org.pk,
    )
    ids = list(
        Customer.objects.filter(organization=org).order_by("pk").values_list("pk", flat=True)
    )
    run = ScoreRun.objects.create(organization=org, status=ScoreRun.Status.DONE)
    scored = []

    def rows() -> Iterable[tuple]:
        for customer in ids:
            p_alive = rng.betavariate(3, 1.5)
            if_active = Decimal(round(rng.lognormvariate(5, 1), 2))
            value = (if_active * Decimal(p_alive)).quantize(Decimal("0.01"))
            at_risk = if_active - value
            scored.append((customer, at_risk))
            yield (customer, p_alive, value, at_risk)

    insert(
        CustomerScore,
        ["customer", "p_alive", "model_value", "value_at_risk"],
        rows(),
        organization=org.pk,
        run=run.pk,
        frequency=3,
        recency_days=120,
        age_days=300,
        mean_spend=Decimal("25.00"),
        expected_visits_90=1.0,
        expected_visits_365=4.0,
        expected_spend=Decimal("25.00"),
    )
    listed = rng.sample(scored, int(len(scored) * SAVE_LIST_SHARE))
    Alert.objects.bulk_create(
        (
            Alert(
                organization=org,
                customer_id=customer,
                kind=Alert.Kind.DRIFTING,
                reasons=[{"kind": "drifting", "text": "Has not come back", "at": None}],
                value_at_risk=at_risk,
                status=rng.choice([Alert.Status.OPEN, Alert.Status.CLAIMED]),
            )
            for customer, at_risk in listed
        ),
        batch_size=2000,
    )


# Timing -----------------------------------------------------------------------------------


def backend_pid() -> int | None:
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def process_cpu(pid: int | None) -> float:
    """CPU seconds of another process on this machine (the PostgreSQL backend)."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Recorder:
    """Every statement the code under it sends, for replaying."""

    def __init__(self) -> None:
        self.statements: list[tuple[str, tuple]] = []

    def __call__(self, execute, sql, params, many, context):
        self.statements.append((sql, params))
        return execute(sql, params, many, context)


def recorded(fn: Callable[[], object]) -> list[tuple[str, tuple]]:
    recorder = Recorder()
    with connection.execute_wrapper(recorder):
        fn()
    return recorder.statements


def replay(statements: list[tuple[str, tuple]]) -> int:
    rows = 0
    with connection.cursor() as cursor:
        for sql, params in statements:
            cursor.execute(sql, params)
            rows += len(cursor.fetchall())
    return rows


class Sample:
    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.server: list[float] = []

    def run(self, fn: Callable[[], object], pid: int | None) -> None:
        server, cpu, wall = process_cpu(pid), time.process_time(), time.perf_counter()
        fn()
        self.wall.append(time.perf_counter() - wall)
        self.cpu.append(time.process_time() - cpu)
        self.server.append(process_cpu(pid) - server)

    def text(self) -> str:
        out = (
            f"{statistics.median(self.wall) * 1000:7.0f} ms "
            f"(CPU {statistics.median(self.cpu) * 1000:.0f} ms"
        )
        if connection.vendor == "postgresql":
            out += f", server backend {statistics.median(self.server) * 1000:.0f} ms"
        spread = f"{min(self.wall) * 1000:.0f}–{max(self.wall) * 1000:.0f}"
        return out + f"; runs {spread} ms)"


def compare(client: Client, owner: Membership, label: str, url: str, **filters) -> None:
    """Time the page and its aggregates in alternating rounds."""
    scope = build_scope(owner, **filters)
    groupings = list(dict.fromkeys(dashboard.GROUPINGS))
    aggregates = recorded(
        lambda: (
            lenses.audit_rows(owner, scope, groupings),
            lenses.response_rows(owner, scope, groupings),
            lenses.customer_rows(owner, scope),
            lenses.intended_rows(owner),
        )
    )
    assert len(aggregates) == 4, len(aggregates)
    response = client.get(url)  # warm: templates, caches, the database's pages
    assert response.status_code == 200, response.status_code
    everything = recorded(lambda: client.get(url))
    selects = [  # a UNION starts with "(SELECT" on PostgreSQL
        (sql, params)
        for sql, params in everything
        if sql.lstrip("( \n").upper().startswith("SELECT")
    ]
    pid = backend_pid()
    page, minimal, all_sql = Sample(), Sample(), Sample()
    ratios = []
    for _ in range(ROUNDS):
        page.run(lambda: client.get(url), pid)
        minimal.run(lambda: replay(aggregates), pid)
        all_sql.run(lambda: replay(selects), pid)
        ratios.append(page.wall[-1] / minimal.wall[-1])
    ratio = statistics.median(page.wall) / statistics.median(minimal.wall)
    print(f"\n{label}: {url}")
    print(f"  request GET (one client, {len(everything)} queries) {page.text()}")
    print(f"  the 4 lens aggregates, replayed          {minimal.text()}")
    print(f"  every SELECT of the request, replayed ({len(selects)}) {all_sql.text()}")
    print(
        f"  ratio request / aggregates: {ratio:.2f} (target ≤ 2.00: "
        f"{'met' if ratio <= 2 else 'MISSED'}); each round " + ", ".join(f"{r:.2f}" for r in ratios)
    )
    cpu_ratio = (statistics.median(page.cpu) + statistics.median(page.server)) / (
        statistics.median(minimal.cpu) + statistics.median(minimal.server)
    )
    print(f"  ratio of CPU time (this process + the server backend): {cpu_ratio:.2f}")
    print(f"  load average now: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if os.environ.get("PROFILE"):
        profiler = cProfile.Profile()
        profiler.enable()
        client.get(url)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(40)
        print(out.getvalue())


def sizes(org: Organization) -> str:
    answers = AuditAnswer.objects.filter(organization=org, is_counted=True)
    return (
        f"{Location.objects.filter(organization=org).count()} locations, "
        f"{Response.objects.filter(organization=org).count():,} responses, "
        f"{Audit.objects.filter(organization=org).count():,} audits, "
        f"{answers.count():,} counted answers, "
        f"{Customer.objects.filter(organization=org).count():,} customers "
        f"({CustomerScore.objects.filter(organization=org).count():,} scored, "
        f"{Alert.objects.filter(organization=org).count():,} on the save list)"
    )


def main() -> None:
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    call_command("migrate", verbosity=0)
    org = Organization.objects.filter(slug=SLUG).first()
    if org is None:
        started = time.perf_counter()
        build()
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
        org = Organization.objects.get(slug=SLUG)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # As autovacuum would have done after the load (since PostgreSQL 13 it also
            # vacuums after inserts, which lets index-only scans skip the table).
            cursor.execute("VACUUM ANALYZE")
    version = (
        connection.Database.sqlite_version
        if connection.vendor == "sqlite"
        else connection.cursor().connection.info.server_version
    )
    print(f"database: {connection.vendor} {version}; {sizes(org)}")
    owner = Membership.objects.get(organization=org, role=Role.OWNER)
    client = Client()
    client.force_login(owner.user)
    url = reverse("gap:dashboard")
    compare(client, owner, "dashboard, every location, default 90 days", url)
    location = Location.objects.filter(organization=org).order_by("name")[min(17, LOCATIONS - 1)]
    compare(
        client,
        owner,
        f"dashboard, one location ({location.name})",
        f"{url}?location={location.code}",
        location=location.code,
    )
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    try:
        main()
    finally:
        connection.close()
        if os.environ.get("KEEP"):
            print(f"kept: {DATABASE_URL or connection.settings_dict['NAME']}")
        else:
            if DATABASE_URL.startswith("postgres"):
                drop_postgres(DATABASE_URL)
            shutil.rmtree(DATA_DIR, ignore_errors=True)
