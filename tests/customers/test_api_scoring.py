"""`/api/v1/customers/score` and `/api/v1/customers/customers/{code}`: "Score now" as the
save list does it (owners and executives), the latest scoring, and one customer's score
with its reasons as their page shows them."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.customers.models import CustomerScore, ScoreRun, Visit
from tests.customers.conftest import simulate
from tests.customers.factories import CustomerScoreFactory, ScoreRunFactory, VisitFactory

READERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}
SCORERS = {Role.OWNER, Role.EXECUTIVE}


def call(client, member, method: str, path: str):
    _token, secret = tokens.create_token(member, "scoring")
    return getattr(client, method)(
        f"/api/v1/customers{path}", HTTP_AUTHORIZATION=f"Bearer {secret}"
    )


@pytest.mark.parametrize("role", list(Role))
def test_only_owners_and_executives_score(client, role, member_of_role, world):
    VisitFactory(organization=world.org, location=world.location_a)
    response = call(client, member_of_role(role), "post", "/score")
    if role not in SCORERS:
        assert response.status_code == 403 and "executives" in response.json()["detail"]
        assert not ScoreRun.objects.exists()
        return
    assert response.status_code == 201
    body = response.json()
    run = ScoreRun.objects.get()
    # One customer with one visit: too little to fit, and the run says so.
    assert body["code"] == str(run.code) and body["status"] == "too_little"
    assert (body["customers"], body["repeat_customers"]) == (1, 0)
    assert body["message"] == run.message and run.message
    assert not CustomerScore.objects.exists()


def test_scoring_stores_every_customers_score_readable_per_customer(client, owner_olga, world, now):
    made = simulate(world.org, world.location_a, customers=400, now=now)
    tz = world.org.tz
    days = {}
    for customer_id, at in Visit.objects.values_list("customer_id", "visited_at"):
        days.setdefault(customer_id, set()).add(timezone.localtime(at, tz).date())
    repeat = sum(1 for found in days.values() if len(found) > 1)  # came back another day
    body = call(client, owner_olga, "post", "/score").json()
    assert body["status"] == "done"
    assert (body["customers"], body["repeat_customers"]) == (len(days), repeat)
    assert CustomerScore.objects.count() == len(days)
    latest = call(client, owner_olga, "get", "/score").json()["latest"]
    assert latest["code"] == body["code"]
    # Each customer's score is read back as stored.
    customer = made[0]
    score = CustomerScore.objects.get(customer=customer)
    one = call(client, owner_olga, "get", f"/customers/{customer.code}").json()
    assert one["score"]["p_alive"] == pytest.approx(score.p_alive)
    assert Decimal(one["score"]["value_at_risk"]) == score.value_at_risk
    assert (
        one["visits"] == len([v for v in Visit.objects.filter(customer=customer)])
        and one["reasons"]
    )


@pytest.mark.parametrize("role", list(Role))
def test_readers_see_the_latest_scoring(client, role, member_of_role, world):
    ScoreRunFactory(organization=world.org, scored_at=timezone.now() - timedelta(days=2))
    latest = ScoreRunFactory(organization=world.org, message="120 customers")
    response = call(client, member_of_role(role), "get", "/score")
    if role not in READERS:
        assert response.status_code == 403
        return
    body = response.json()["latest"]
    assert body["code"] == str(latest.code) and body["message"] == "120 customers"
    assert (body["customers"], body["repeat_customers"], body["status"]) == (120, 80, "done")


def test_no_scoring_yet_and_another_organisations_is_never_shown(client, owner_olga, outsider_otto):
    ScoreRunFactory(organization=outsider_otto.organization)
    assert call(client, owner_olga, "get", "/score").json() == {"latest": None}


# One customer ---------------------------------------------------------------------------


@pytest.fixture
def scored(world):
    score = CustomerScoreFactory(
        organization=world.org, customer__organization=world.org,
        customer__home_location=world.location_a,
    )  # fmt: skip
    VisitFactory(
        organization=world.org, customer=score.customer, location=world.location_a,
        visited_at=timezone.now() - timedelta(days=10),
    )  # fmt: skip
    return score


@pytest.mark.parametrize("role", list(Role))
def test_one_customer_with_their_score_and_its_reasons(client, role, member_of_role, scored):
    response = call(client, member_of_role(role), "get", f"/customers/{scored.customer.code}")
    if role not in READERS:
        assert response.status_code == 403
        return
    body = response.json()
    currency = scored.organization.currency
    assert body["external_id"] == scored.customer.external_id and body["visits"] == 1
    assert body["days_since_last_visit"] == 10
    assert body["score"]["mean_spend"] == "30.00" and body["score"]["p_alive"] == 0.3
    # frequency 4 over 60 days: 5 visit days, one every 60 / 4 = 15 days; 10 days is
    # within twice that.
    assert body["reasons"] == [
        "5 visit days over 60 days: about one visit every 15 days.",
        "Last visit 10 days ago, within their usual rhythm.",
        f"Spends 30.00 {currency} per repeat visit; the estimate uses 29.00 {currency}, "
        "pulled towards the average of all customers.",
    ]


def test_a_customer_outside_the_managers_locations_or_organisation_is_a_404(
    client, manager_max, owner_olga, world, outsider_otto
):
    at_b = CustomerScoreFactory(
        organization=world.org, customer__organization=world.org,
        customer__home_location=world.location_b,
    )  # fmt: skip
    foreign = CustomerScoreFactory(organization=outsider_otto.organization)
    assert call(client, manager_max, "get", f"/customers/{at_b.customer.code}").status_code == 404
    assert call(client, owner_olga, "get", f"/customers/{at_b.customer.code}").status_code == 200
    path = f"/customers/{foreign.customer.code}"
    assert call(client, owner_olga, "get", path).status_code == 404


def test_a_customer_not_scored_yet_has_no_score_nor_reasons(client, owner_olga, world):
    visit = VisitFactory(organization=world.org, location=world.location_a)
    body = call(client, owner_olga, "get", f"/customers/{visit.customer.code}").json()
    assert body["score"] is None and body["reasons"] == [] and body["visits"] == 1
