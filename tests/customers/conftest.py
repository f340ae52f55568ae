"""Visit histories for the scoring and save list tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import numpy as np
import pytest

from servicegap.customers.models import Customer, Visit


def simulate(org, location, *, customers: int = 400, seed: int = 7, now: datetime) -> list:
    """Customers visiting at gamma-distributed rates who drop out after a visit with a
    beta-distributed chance (a BG/NBD process), over 200 days before `now`."""
    rng = np.random.default_rng(seed)
    made = Customer.objects.bulk_create(
        [
            Customer(organization=org, external_id=f"S{n:04d}", home_location=location)
            for n in range(customers)
        ]
    )
    visits = []
    start = now - timedelta(days=200)
    for customer in made:
        rate, drop = rng.gamma(1.0, 1 / 12), rng.beta(0.7, 3.0)
        day = rng.uniform(0, 150)
        first = None
        while day < 199:
            when = start + timedelta(days=float(day))
            first = first or when
            visits.append(
                Visit(
                    organization=org,
                    customer=customer,
                    location=location,
                    visited_at=when,
                    amount=Decimal(f"{rng.gamma(6, 5):.2f}"),
                    key=f"h:{customer.pk}:{len(visits)}",
                )
            )
            if rng.random() < drop:
                break
            day += rng.exponential(1 / rate)
        customer.first_seen = first
    Customer.objects.bulk_update(made, ["first_seen"])
    Visit.objects.bulk_create(visits)
    return made


@pytest.fixture
def now():
    from datetime import UTC

    return datetime(2024, 6, 30, 12, 0, tzinfo=UTC)
