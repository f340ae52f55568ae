"""How the audit aggregations scale: the lens query, the report pages and the CSV export.

Builds, in a throwaway SQLite database (or the one named by DATABASE_URL), one
organisation with LOCATIONS locations, the demo service card (47 behaviours) and
MONTHS months of submitted audits (AUDITS_PER_MONTH per location, each answering a
template of about 25 behaviours), then times:

- `AuditAnswer.objects.lens(by=("location", "p", "step"), period="month")` over a year;
- the location report, the comparison and the audit list through Django's test client,
  with their query counts;
- streaming the answers CSV of everything, with the peak of Python memory while it runs.

    .venv/bin/python bench/audits_lens.py            # 40 locations, 36 months
    LOCATIONS=4 MONTHS=6 .venv/bin/python bench/audits_lens.py
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
import tracemalloc
from datetime import date, datetime, timedelta
from datetime import time as dtime

DATA_DIR = tempfile.mkdtemp(prefix="servicegap-bench-audits-")
os.environ["SERVICEGAP_DATA_DIR"] = DATA_DIR
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "servicegap.settings")
os.environ.setdefault("SERVICEGAP_HTTPS", "false")
os.environ.setdefault("SERVICEGAP_TESTING", "true")
os.environ.setdefault("SERVICEGAP_ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from servicegap.audits import scoring, workflow  # noqa: E402
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
from servicegap.standards import demo as standards_demo  # noqa: E402

LOCATIONS = int(os.environ.get("LOCATIONS", 40))
MONTHS = int(os.environ.get("MONTHS", 36))
AUDITS_PER_MONTH = int(os.environ.get("AUDITS_PER_MONTH", 8))
REPEAT = 5


def build() -> tuple[Organization, Membership]:
    rng = random.Random(7)
    org = Organization.objects.create(
        name="Bench audits", slug="bench-audits", time_zone="Europe/Paris"
    )
    departments = {
        name: Department.objects.create(organization=org, name=name)
        for name in core_demo.DEPARTMENTS
    }
    context = core_demo.DemoContext(organization=org, rng=rng, today=date.today())
    context.departments = departments
    standards_demo.seed(context)
    behaviours = context.behaviours
    locations = Location.objects.bulk_create(
        Location(organization=org, name=f"Location {i:03}") for i in range(LOCATIONS)
    )
    user = get_user_model().objects.create_user("owner@bench.test", "owner@bench.test", "x")
    owner = Membership.objects.create(organization=org, user=user, role=Role.OWNER)
    template = AuditTemplate.objects.create(organization=org, name="Visit", channel=Channel.VISIT)
    chosen = [b for b in behaviours if b.standard.step.name not in ("Phone order", "Delivery")][:25]
    template.behaviours.set(chosen)
    quality = {loc.pk: rng.uniform(0.55, 0.95) for loc in locations}
    kinds = [Kind.MYSTERY_SHOP, Kind.OBSERVATION, Kind.SELF_ASSESSMENT]
    start = date.today() - timedelta(days=30 * MONTHS)
    audits: list[Audit] = []
    answers: list[AuditAnswer] = []
    for location in locations:
        for month in range(MONTHS):
            for n in range(AUDITS_PER_MONTH):
                day = start + timedelta(days=30 * month + rng.randrange(30))
                when = datetime.combine(day, dtime(12 + n % 9), tzinfo=org.tz)
                audit = Audit(
                    organization=org,
                    kind=kinds[n % 3],
                    location=location,
                    template=template,
                    channel=Channel.VISIT,
                    performed_by=user,
                    performed_at=when,
                    performed_month=month_of(when, org.tz),
                    started_at=when,
                    ended_at=when + timedelta(minutes=50),
                    submitted_at=when + timedelta(hours=1),
                    status=Audit.Status.SUBMITTED,
                )
                mine = []
                for position, behaviour in enumerate(chosen):
                    answer = workflow.snapshot_answer(audit, behaviour, position)
                    answer.is_counted = True
                    roll = rng.random()
                    answer.result = (
                        Result.NA
                        if roll > 0.97
                        else Result.PASS
                        if roll < quality[location.pk]
                        else Result.FAIL
                    )
                    mine.append(answer)
                scoring.apply_score(audit, scoring.score_answers(mine))
                audits.append(audit)
                answers.append(mine)
    Audit.objects.bulk_create(audits, batch_size=2000)
    flat = []
    for audit, mine in zip(audits, answers, strict=True):
        for answer in mine:
            answer.audit_id = audit.pk
            flat.append(answer)
    AuditAnswer.objects.bulk_create(flat, batch_size=5000)
    return org, owner


CPU: list[float] = []  # process CPU time of the last `timed` (SQLite works in-process)


def timed(fn, repeat: int = REPEAT) -> float:
    """Median wall time of `fn`; the median CPU time of this process goes to CPU."""
    times, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    CPU[:] = [statistics.median(cpu)]
    return statistics.median(times)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms (CPU {CPU[0] * 1000:.0f} ms)"


def page(client: Client, url: str) -> tuple[float, int]:
    client.get(url)  # warm templates
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    count = len(queries)  # before the next request resets the query log
    return timed(lambda: client.get(url)), count


def main() -> None:
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    org, owner = build()
    built = time.perf_counter() - started
    audits = Audit.objects.filter(organization=org).count()
    answer_count = AuditAnswer.objects.filter(organization=org).count()
    print(
        f"database: {connection.vendor}; {audits} audits, {answer_count} answers "
        f"(built in {built:.0f} s)"
    )

    year_ago = datetime.now(tz=org.tz) - timedelta(days=365)
    answers = AuditAnswer.objects.for_member(owner).filter(performed_at__gte=year_ago)
    rows = answers.lens(by=("location", "p", "step"), period="month", tz=org.tz)
    lens_time = timed(lambda: answers.lens(by=("location", "p", "step"), period="month", tz=org.tz))
    print(f"lens, every location × P × step × month, 12 months: {len(rows)} rows, {ms(lens_time)}")
    one = AuditAnswer.objects.for_member(owner).filter(
        location=Location.objects.filter(organization=org).first()
    )
    print(
        f"lens of one location, all time, per P × step: {ms(timed(lambda: one.lens(by=('p', 'step'))))}"
    )

    client = Client()
    client.force_login(owner.user)
    location = Location.objects.filter(organization=org).first()
    for name, url in [
        ("location report (6 months)", reverse("audits:location-report", args=[location.code])),
        (
            "location report (24 months)",
            reverse("audits:location-report", args=[location.code]) + "?months=24",
        ),
        ("compare locations (6 months)", reverse("audits:compare")),
        ("audit list, first page", reverse("audits:list")),
    ]:
        seconds, queries = page(client, url)
        print(f"{name}: {ms(seconds)}, {queries} queries")

    url = reverse("audits:export-answers")

    def export() -> int:
        return sum(len(chunk) for chunk in client.get(url).streaming_content)

    size = export()  # warm
    seconds = timed(export, repeat=1)
    tracemalloc.start()  # slows Python down: measured apart from the time
    export()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"answers CSV, everything: {size / 1e6:.0f} MB in {ms(seconds)}; "
        f"peak Python memory while streaming {peak / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main()
