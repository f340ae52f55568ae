"""Survey invitations for 100,000 visits: scheduling them after an import, then sending.

Builds, in a throwaway database, one organisation with 20 locations (each with an open
e-mail survey link), invitations turned on under the default rules (two hours after a
visit, 9:00 to 20:00, at most once a month per customer), and N visits (default
100,000) of the last day by M customers (default 80,000; 70% gave an e-mail address
with consent), all tagged with one finished import. Then it times:

1. `invitations.schedule_for_import(run)`: every visit looked at, the eligible ones
   invited under the frequency cap (one conditional UPDATE per invitation) and the
   invitations inserted;
2. `invitations.send_due(now)` once all are due: claimed a batch of 500 at a time by a
   conditional UPDATE, each message built (the organisation's text, both unsubscribe
   headers) and rendered to its MIME bytes by a mail backend that drops them (an SMTP
   server's own speed is not measured), then marked sent.

    .venv/bin/python bench/customers_invitations.py
    .venv/bin/python bench/customers_invitations.py --visits 10000 --customers 8000
    .venv/bin/python bench/customers_invitations.py --database-url postgres://...
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))  # the servicegap of this checkout

LOCATIONS = 20
NOW = datetime(2026, 6, 30, 16, 0, tzinfo=UTC)


def configure(data_dir: Path, database_url: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "servicegap.settings"
    os.environ["SERVICEGAP_DATA_DIR"] = str(data_dir)
    os.environ["SERVICEGAP_SECRET_KEY"] = "bench-only-secret-key-not-for-production-0123456789"
    os.environ["SERVICEGAP_LOG_LEVEL"] = "WARNING"
    os.environ["EMAIL_BACKEND"] = "__main__.RenderingBackend"
    os.environ.pop("DATABASE_URL", None)
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


class RenderingBackend:
    """Renders each message to the bytes an SMTP server would receive, then drops it."""

    sent = 0
    size = 0

    def __init__(self, *args, **kwargs) -> None:
        pass

    def open(self) -> bool:
        return True

    def close(self) -> None:
        pass

    def send_messages(self, messages) -> int:
        for message in messages:
            RenderingBackend.size += len(message.message().as_bytes())
        RenderingBackend.sent += len(messages)
        return len(messages)


def build(visits: int, customers: int):
    from servicegap.core.models import Location, Organization
    from servicegap.customers.models import Customer, ImportRun, InvitationSettings, Visit
    from servicegap.feedback.models import Survey, SurveyLink

    rng = random.Random(7)
    org = Organization.objects.create(name="Bench Cafés", slug="bench", time_zone="UTC")
    locations = Location.objects.bulk_create(
        [Location(organization=org, name=f"Location {n:02d}") for n in range(LOCATIONS)]
    )
    survey = Survey.objects.create(organization=org, name="Guest survey", languages=["en"])
    SurveyLink.objects.bulk_create(
        [
            SurveyLink(organization=org, survey=survey, location=loc, channel="email")
            for loc in locations
        ]  # fmt: skip
    )
    InvitationSettings.objects.create(organization=org, enabled=True)
    run = ImportRun.objects.create(
        organization=org, file_name="bench.csv", status=ImportRun.Status.DONE
    )
    made = []
    for n in range(customers):
        consent = rng.random() < 0.7
        made.append(
            Customer(
                organization=org,
                external_id=f"C{n:07d}",
                home_location=rng.choice(locations),
                contact_consent=consent,
                contact=f"guest{n}@example.test" if consent else "",
                import_run=run,
            )  # fmt: skip
        )
    Customer.objects.bulk_create(made, batch_size=5000)
    rows = []
    for n in range(visits):
        customer = made[n] if n < customers else rng.choice(made)
        rows.append(
            Visit(
                organization=org,
                customer=customer,
                location_id=customer.home_location_id,
                visited_at=NOW - timedelta(seconds=rng.randrange(86400)),
                amount=Decimal("24.50"),
                key=f"v:{n}",
                external_id=str(n),
                import_run=run,
            )  # fmt: skip
        )
    Visit.objects.bulk_create(rows, batch_size=5000)
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=80_000)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        configure(Path(data), args.database_url)
        from django.db import connection

        from servicegap.customers import invitations
        from servicegap.customers.models import SurveyInvitation

        started = time.perf_counter()
        run = build(args.visits, args.customers)
        print(f"built {args.visits:,} visits of {args.customers:,} customers "
              f"in {time.perf_counter() - started:.1f} s ({connection.vendor})")  # fmt: skip

        started, cpu = time.perf_counter(), time.process_time()
        scheduled = invitations.schedule_for_import(run, now=NOW)
        wall, used = time.perf_counter() - started, time.process_time() - cpu
        print(f"scheduled {scheduled:,} invitations for {args.visits:,} visits in {wall:.1f} s "
              f"(CPU {used:.1f} s): {args.visits / wall:,.0f} visits/s")  # fmt: skip

        due = SurveyInvitation.objects.order_by("-send_after").first().send_after
        started, cpu = time.perf_counter(), time.process_time()
        counts = invitations.send_due(due, batches=10**6)
        wall, used = time.perf_counter() - started, time.process_time() - cpu
        mean = RenderingBackend.size / max(RenderingBackend.sent, 1)
        print(f"sent {counts['sent']:,} invitations in {wall:.1f} s (CPU {used:.1f} s): "
              f"{counts['sent'] / wall:,.0f} e-mails/s, {mean:,.0f} bytes each; {counts}")  # fmt: skip
        left = SurveyInvitation.objects.exclude(status=SurveyInvitation.Status.SENT).count()
        print(f"invitations not sent: {left}")


if __name__ == "__main__":
    main()
