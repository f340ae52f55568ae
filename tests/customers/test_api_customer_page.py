"""The rest of a customer's page and of the Imports page in the API: the visit timeline,
the simple value calculator, the column guide and the sample files."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from servicegap.customers import samples
from tests.api.checks import named
from tests.core.organisation_api import call
from tests.customers.factories import CustomerFactory, CustomerScoreFactory, VisitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def customer(world):
    """Three visits at Location A (North), one at Location B (outside the North)."""
    customer = CustomerFactory(organization=world.org, home_location=world.location_a)
    now = timezone.now()
    for days, amount, where in [
        (30, "12.00", world.location_a),
        (10, "20.50", world.location_b),
        (20, "8.25", world.location_a),
        (5, "31.00", world.location_a),
    ]:
        VisitFactory(
            organization=world.org,
            customer=customer,
            location=where,
            amount=Decimal(amount),
            visited_at=now - timedelta(days=days),
        )
    return customer


def test_the_timeline_lists_the_visits_latest_first(client, owner_olga, customer):
    answer = call(client, owner_olga, "get", f"/customers/customers/{customer.code}/visits")
    assert answer.status_code == 200
    body = answer.json()
    assert body["count"] == 4
    assert [item["amount"] for item in body["items"]] == ["31.00", "20.50", "8.25", "12.00"]
    assert body["items"][1]["location"] == "Location B"


def test_a_manager_sees_only_the_visits_at_their_locations(client, manager_max, customer):
    answer = call(client, manager_max, "get", f"/customers/customers/{customer.code}/visits")
    assert answer.status_code == 200
    assert answer.json()["count"] == 3
    assert {item["location"] for item in answer.json()["items"]} == {"Location A"}


@pytest.mark.parametrize("member", ["supervisor_sid", "staff_sam", "shopper_sue"])
def test_roles_below_manager_are_refused(request, client, member, customer):
    member = request.getfixturevalue(member)
    for path in ("visits", "value"):
        answer = call(client, member, "get", f"/customers/customers/{customer.code}/{path}")
        assert answer.status_code == 403


def test_another_organisations_customer_is_a_404(client, outsider_otto, customer):
    for path in ("visits", "value"):
        answer = call(client, outsider_otto, "get", f"/customers/customers/{customer.code}/{path}")
        assert answer.status_code == 404


def test_the_value_is_spend_times_visits_a_week_times_52_times_years(client, owner_olga, customer):
    answer = call(
        client,
        owner_olga,
        "get",
        f"/customers/customers/{customer.code}/value",
        spend="10.00",
        per_week="2",
        years_from="1",
        years_to="2.5",
    )
    assert answer.status_code == 200, answer.content
    body = answer.json()
    # 10 × 2 × 52 × 1 = 1,040; × 2.5 = 2,600
    assert Decimal(body["value_from"]) == Decimal("1040")
    assert Decimal(body["value_to"]) == Decimal("2600")


def test_the_calculator_starts_from_the_customers_own_history(client, owner_olga, customer):
    # 6 repeat visits over 84 days (12 weeks): 0.5 a week, at 18.00 each; 3 to 5 years.
    CustomerScoreFactory(
        customer=customer,
        organization=customer.organization,
        frequency=6,
        recency_days=84,
        mean_spend=Decimal("18.00"),
    )
    body = call(client, owner_olga, "get", f"/customers/customers/{customer.code}/value").json()
    assert Decimal(body["per_week"]) == Decimal("0.5")
    assert Decimal(body["spend"]) == Decimal("18.00")
    # 18 × 0.5 × 52 × 3 = 1,404; × 5 = 2,340
    assert Decimal(body["value_from"]) == Decimal("1404")
    assert Decimal(body["value_to"]) == Decimal("2340")


def test_without_a_score_the_calculator_takes_30_once_a_week(client, owner_olga, customer):
    body = call(client, owner_olga, "get", f"/customers/customers/{customer.code}/value").json()
    # 30 × 1 × 52 × 3 = 4,680; × 5 = 7,800
    assert (Decimal(body["value_from"]), Decimal(body["value_to"])) == (4680, 7800)


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"years_from": "4", "years_to": "2"}, "years_to"),
        ({"spend": "-1"}, "spend"),
        ({"per_week": "51"}, "per_week"),
        ({"years_to": "x"}, "years_to"),
    ],
)
def test_bad_calculator_input_is_a_422_naming_the_field(client, owner_olga, customer, query, field):
    answer = call(client, owner_olga, "get", f"/customers/customers/{customer.code}/value", **query)
    assert named(answer, field), answer.content


def test_the_column_guide_is_the_sample_files_columns(client, manager_max):
    answer = call(client, manager_max, "get", "/customers/imports/columns")
    assert answer.status_code == 200
    columns = answer.json()
    assert [column["header"] for column in columns] == samples.HEADERS
    required = {column["header"] for column in columns if column["required"]}
    assert {"customer id", "date", "location", "amount"} <= required
    assert "consent" not in required


def test_the_sample_files_name_the_members_locations(client, world, manager_max):
    csv_answer = call(client, manager_max, "get", "/customers/imports/sample.csv")
    assert csv_answer.status_code == 200
    assert csv_answer["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(csv_answer.content.decode())))
    assert rows[0] == samples.HEADERS
    places = {row[samples.HEADERS.index("location")] for row in rows[1:]}
    assert places and places <= {"Location A"}  # the North's location only
    xlsx = call(client, manager_max, "get", "/customers/imports/sample.xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    assert xlsx["Content-Type"] == samples.XLSX_TYPE


@pytest.mark.parametrize("member", ["supervisor_sid", "staff_sam", "shopper_sue"])
def test_the_guide_and_samples_are_for_managers_and_up(request, client, member):
    member = request.getfixturevalue(member)
    for path in ("columns", "sample.csv", "sample.xlsx"):
        assert call(client, member, "get", f"/customers/imports/{path}").status_code == 403
