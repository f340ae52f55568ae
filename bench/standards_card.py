"""How long the service card takes: the HTML page, the API and the PDF.

Builds, in a throwaway SQLite database, the demo card (10 steps, 47 behaviours) and a
big one (30 steps, 150 standards, 900 behaviours), then times each view through
Django's test client and counts its queries.

    .venv/bin/python bench/standards_card.py
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from datetime import date

DATA_DIR = tempfile.mkdtemp(prefix="servicegap-bench-standards-")
os.environ["SERVICEGAP_DATA_DIR"] = DATA_DIR
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "servicegap.settings")
os.environ.setdefault("SERVICEGAP_HTTPS", "false")
# Plain static file storage (no collectstatic manifest needed), as in the tests.
os.environ.setdefault("SERVICEGAP_TESTING", "true")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from servicegap.core import demo as core_demo  # noqa: E402
from servicegap.core.models import Department, Membership, Organization, P, Role  # noqa: E402
from servicegap.standards import demo  # noqa: E402
from servicegap.standards.models import Behaviour, JourneyStep, Standard  # noqa: E402


def organisation(slug: str) -> tuple[Organization, dict[str, Department]]:
    org = Organization.objects.create(name=f"Bench {slug}", slug=slug)
    departments = {
        name: Department.objects.create(organization=org, name=name)
        for name in core_demo.DEPARTMENTS
    }
    return org, departments


def demo_card() -> Organization:
    org, departments = organisation("bench-demo")
    context = core_demo.DemoContext(organization=org, rng=random.Random(1), today=date.today())
    context.departments = departments
    demo.seed(context)
    return org


def big_card(steps: int = 30, standards: int = 5, behaviours: int = 6) -> Organization:
    org, departments = organisation("bench-big")
    names = list(departments.values())
    for s in range(steps):
        step = JourneyStep.objects.create(organization=org, name=f"Step {s}", position=s)
        made = Standard.objects.bulk_create(
            Standard(
                organization=org,
                step=step,
                p=list(P)[i % 3],
                department=names[i % 4],
                text=f"Standard {s}.{i}: how we serve you at this step.",
                position=i,
            )
            for i in range(standards)
        )
        Behaviour.objects.bulk_create(
            Behaviour(
                organization=org,
                standard=standard,
                position=b,
                weight=1 + b % 5,
                text=f"Behaviour {b} of {standard.text[:14]}: the guest sees it happen.",
            )
            for standard in made
            for b in range(behaviours)
        )
    return org


def client_for(org: Organization) -> Client:
    user = get_user_model().objects.create_user(username=f"owner@{org.slug}.test")
    Membership.objects.create(organization=org, user=user, role=Role.OWNER)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


def timed(client: Client, url: str, runs: int) -> tuple[float, int, int]:
    """Median milliseconds, queries of one run, response bytes."""
    times = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times), len(queries), len(response.content)


def main() -> None:
    call_command("migrate", verbosity=0)
    for label, org in (("demo card", demo_card()), ("big card", big_card())):
        count = Behaviour.objects.filter(organization=org).count()
        client = client_for(org)
        print(f"{label}: {count} behaviours")
        for name, url, runs in (
            ("HTML page", "/standards/", 20),
            ("API JSON", "/api/v1/standards/card", 20),
            ("PDF, first (imports WeasyPrint)", "/standards/card.pdf", 1),
            ("PDF, warm", "/standards/card.pdf", 3),
        ):
            ms, queries, size = timed(client, url, runs)
            print(f"  {name:34} {ms:8.1f} ms median  {queries:3d} queries  {size / 1024:7.1f} KiB")


if __name__ == "__main__":
    main()
