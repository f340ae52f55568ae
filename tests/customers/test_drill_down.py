"""The save list and the customer list of one home location, the save list by reason
(any of an alert's reasons, not only its first), their totals, and a customer's recovery
cases on their page."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from servicegap.core.models import Role
from servicegap.customers.models import Alert
from tests.conftest import client_for
from tests.customers.factories import AlertFactory, CustomerFactory, CustomerScoreFactory
from tests.factories import LocationFactory

SAVE_LIST = reverse("customers:save-list")
CUSTOMERS = reverse("customers:customer-list")
READERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}


def reasons(*kinds: str) -> list[dict]:
    return [{"kind": kind, "text": f"Because: {kind}", "at": "2026-09-01T10:00:00+00:00",
             "response": None} for kind in kinds]  # fmt: skip


def alert(world, location, kinds, value, **extra) -> Alert:
    return AlertFactory(organization=world.org, customer__home_location=location,
                        kind=kinds[0], reasons=reasons(*kinds), value_at_risk=Decimal(value),
                        **extra)  # fmt: skip


@pytest.fixture
def alerts(world):
    """Three on Location A's save list, one on Location B's, and two not on any list."""
    a, b = world.location_a, world.location_b
    return {
        "drifted_then_complained": alert(world, a, ["drifting", "complaint"], "900"),
        "complained": alert(world, a, ["complaint"], "40"),
        "detractor": alert(world, a, ["detractor"], "100"),
        "at_b": alert(world, b, ["drifting", "churn_phrase"], "5000"),
        "resolved": alert(world, a, ["complaint"], "700", status=Alert.Status.SAVED),
        "snoozed": alert(
            world,
            a,
            ["complaint"],
            "800",
            status=Alert.Status.SNOOZED,
            snoozed_until=datetime(2999, 1, 1, tzinfo=UTC),
        ),  # fmt: skip
    }


def listed(response) -> set:
    return set(response.context["page"].object_list)


# The reasons, in SQL ------------------------------------------------------------------------


def test_with_reason_finds_a_reason_anywhere_in_the_list(world, alerts):
    found = set(Alert.objects.filter(organization=world.org).with_reason("complaint"))
    assert found == {alerts[k] for k in ("drifted_then_complained", "complained", "resolved",
                                         "snoozed")}  # fmt: skip
    assert set(Alert.objects.with_reason("churn_phrase")) == {alerts["at_b"]}


def test_with_reason_reads_the_kind_not_the_words(world):
    words = [{"kind": "drifting", "text": '"kind": "complaint"', "at": "x", "response": None}]
    AlertFactory(organization=world.org, kind="drifting", reasons=words)
    AlertFactory(organization=world.org, kind="complaint", reasons=[])
    assert not Alert.objects.with_reason("complaint").exists()


def test_totals_count_customers_value_and_each_reason_in_one_query(
    world, alerts, django_assert_num_queries
):
    with django_assert_num_queries(1):
        totals = Alert.objects.filter(organization=world.org).on_save_list().totals()
    assert totals["customers"] == 4
    assert totals["total_value_at_risk"] == Decimal("6040.00")
    assert (totals["drifting"], totals["complaint"], totals["detractor"],
            totals["churn_phrase"]) == (2, 2, 1, 1)  # fmt: skip


# The save list ------------------------------------------------------------------------------


def test_the_save_list_filters_by_location_and_reason_with_its_totals(world, alerts, owner_olga):
    response = client_for(owner_olga).get(
        SAVE_LIST, {"location": world.location_a.code, "reason": "complaint"}
    )
    assert response.status_code == 200
    assert listed(response) == {alerts["drifted_then_complained"], alerts["complained"]}
    assert (
        "2 customers of Location A with the reason “Complaint” · value at risk 940.00 EUR"
        in response.text
    )
    per_reason = {label: count for label, count, _query in response.context["per_reason"]}
    assert per_reason == {"Drifting away": 1, "Complaint": 2, "Detractor": 0,
                          "Said they would not return": 0}  # fmt: skip


def test_the_save_list_of_one_location_adds_up_its_customers(world, alerts, owner_olga):
    response = client_for(owner_olga).get(SAVE_LIST, {"location": world.location_a.code})
    assert listed(response) == {alerts[k] for k in ("drifted_then_complained", "complained",
                                                    "detractor")}  # fmt: skip
    assert "3 customers of Location A · value at risk 1,040.00 EUR" in response.text
    # each reason's count links to those customers, keeping the location
    drifting = f"?location={world.location_a.code}&amp;reason=drifting"
    assert f'<a href="{drifting}">Drifting away</a>: 1' in response.text


def test_the_save_list_pages_keep_the_filters(world, owner_olga):
    for _n in range(51):
        alert(world, world.location_a, ["detractor", "complaint"], "10")
    response = client_for(owner_olga).get(
        SAVE_LIST, {"reason": "complaint", "location": world.location_a.code}
    )
    assert response.context["page"].paginator.count == 51
    assert f"?reason=complaint&amp;location={world.location_a.code}&amp;page=2" in response.text
    assert "value at risk 510.00 EUR" in response.text


@pytest.mark.parametrize(
    ("field", "value", "label"),
    [
        ("reason", "angry", "Reason"),
        ("location", "not-a-uuid", "Home location"),
        ("location", "9b2f1d0c-0000-4000-8000-000000000000", "Home location"),
    ],
)
def test_a_bad_filter_names_its_field_and_lists_nobody(
    world, alerts, owner_olga, field, value, label
):
    response = client_for(owner_olga).get(SAVE_LIST, {field: value})
    assert response.status_code == 400
    assert f"{label}: " in response.text
    assert listed(response) == set()
    assert "Correct the filter" in response.text


@pytest.mark.parametrize("role", list(Role))
def test_every_role_gets_the_save_list_it_may_see(world, alerts, member_of_role, role):
    client = client_for(member_of_role(role))
    response = client.get(SAVE_LIST, {"reason": "drifting"})
    if role not in READERS:
        assert response.status_code == 403
        return
    assert response.status_code == 200
    expected = {alerts["drifted_then_complained"]}
    if role != Role.MANAGER:  # the manager looks after the North region: Location A
        expected.add(alerts["at_b"])
    assert listed(response) == expected
    assert response.context["totals"]["customers"] == len(expected)
    at_b = client.get(SAVE_LIST, {"location": world.location_b.code})
    if role == Role.MANAGER:
        assert at_b.status_code == 400 and listed(at_b) == set()
        assert "5000" not in at_b.text
    else:
        assert listed(at_b) == {alerts["at_b"]}


def test_the_location_choices_are_the_members_own(world, alerts, manager_max):
    response = client_for(manager_max).get(SAVE_LIST)
    choices = list(response.context["form"].fields["location"].queryset)
    assert choices == [world.location_a]


def test_another_organisations_location_shows_none_of_its_customers(
    world, alerts, outsider_otto, owner_olga
):
    client = client_for(outsider_otto)
    for url in (SAVE_LIST, CUSTOMERS):
        response = client.get(url, {"location": world.location_a.code})
        assert response.status_code == 400 and "location" in response.context["form"].errors
        assert listed(response) == set()
    assert listed(client.get(SAVE_LIST)) == set()
    theirs = LocationFactory(organization=outsider_otto.organization, name="Elsewhere")
    mine = client_for(owner_olga).get(SAVE_LIST, {"location": theirs.code})
    assert mine.status_code == 400 and listed(mine) == set()


def test_the_filtered_save_list_keeps_its_queries_few(
    world, owner_olga, django_assert_max_num_queries
):
    for n in range(30):
        alert(world, world.location_a, ["drifting", "complaint"], str(n))
    client = client_for(owner_olga)
    query = {"location": world.location_a.code, "reason": "complaint"}
    client.get(SAVE_LIST, query)
    with django_assert_max_num_queries(14):
        response = client.get(SAVE_LIST, query)
    assert response.context["totals"]["customers"] == 30


# The customer list ----------------------------------------------------------------------------


@pytest.fixture
def customers(world):
    at_a = [CustomerFactory(organization=world.org, home_location=world.location_a,
                            external_id=f"A{n}") for n in range(3)]  # fmt: skip
    at_b = CustomerFactory(organization=world.org, home_location=world.location_b,
                           external_id="B0")  # fmt: skip
    CustomerScoreFactory(organization=world.org, customer=at_a[0], value_at_risk=Decimal("10.50"))
    CustomerScoreFactory(organization=world.org, customer=at_a[1], value_at_risk=Decimal("4.25"))
    CustomerScoreFactory(organization=world.org, customer=at_b, value_at_risk=Decimal("99"))
    return at_a, at_b


def test_the_customer_list_filters_by_home_location_with_totals(world, customers, owner_olga):
    at_a, at_b = customers
    response = client_for(owner_olga).get(CUSTOMERS, {"location": world.location_a.code})
    assert response.status_code == 200
    assert listed(response) == set(at_a)
    assert "3 customers of Location A · value at risk 14.75 EUR" in response.text
    both = client_for(owner_olga).get(CUSTOMERS, {"location": world.location_b.code, "q": "b0"})
    assert listed(both) == {at_b}
    assert "1 customer of Location B matching “b0” · value at risk 99.00 EUR" in both.text
    assert listed(client_for(owner_olga).get(CUSTOMERS, {"location": world.location_b.code,
                                                          "q": "A"})) == set()  # fmt: skip


def test_the_customer_list_pages_keep_the_location(world, owner_olga):
    for n in range(51):
        CustomerFactory(organization=world.org, home_location=world.location_a,
                        external_id=f"K{n:03}")  # fmt: skip
    response = client_for(owner_olga).get(CUSTOMERS, {"location": world.location_a.code})
    assert f"?location={world.location_a.code}&amp;page=2" in response.text
    assert "51 customers of Location A" in response.text


def test_a_bad_search_is_named_not_ignored(world, customers, owner_olga):
    response = client_for(owner_olga).get(CUSTOMERS, {"q": "x" * 65})
    assert response.status_code == 400
    assert "Customer id or name: " in response.text and listed(response) == set()


@pytest.mark.parametrize("role", list(Role))
def test_every_role_gets_the_customer_list_it_may_see(world, customers, member_of_role, role):
    at_a, at_b = customers
    client = client_for(member_of_role(role))
    response = client.get(CUSTOMERS, {"location": world.location_a.code})
    if role not in READERS:
        assert response.status_code == 403
        return
    assert listed(response) == set(at_a)
    at_b_page = client.get(CUSTOMERS, {"location": world.location_b.code})
    if role == Role.MANAGER:
        assert at_b_page.status_code == 400 and listed(at_b_page) == set()
    else:
        assert listed(at_b_page) == {at_b}


def test_the_filtered_customer_list_keeps_its_queries_few(
    world, owner_olga, django_assert_max_num_queries
):
    for n in range(30):
        customer = CustomerFactory(organization=world.org, home_location=world.location_a)
        CustomerScoreFactory(organization=world.org, customer=customer, value_at_risk=n)
    client = client_for(owner_olga)
    client.get(CUSTOMERS, {"location": world.location_a.code})
    with django_assert_max_num_queries(12):
        response = client.get(CUSTOMERS, {"location": world.location_a.code})
    assert response.context["totals"]["customers"] == 30


# A customer's recovery cases ---------------------------------------------------------------


@pytest.fixture
def customer_with_cases(world, staff_sam):
    from servicegap.recovery import cases

    customer = CustomerFactory(organization=world.org, home_location=world.location_a)

    def open_case(location, summary, severity, day):
        return cases.open_case(organization=world.org, location=location, source="phone",
                               summary=summary, severity=severity, customer=customer, by=None,
                               now=datetime(2026, 9, day, 10, tzinfo=UTC))  # fmt: skip

    here = open_case(world.location_a, "Cold soup, served late", "high", 3)
    cases.change_status(here, "acknowledged", by=staff_sam)
    there = open_case(world.location_b, "Wrong bill at the other place", "low", 5)
    other = CustomerFactory(organization=world.org, home_location=world.location_a)
    cases.open_case(organization=world.org, location=world.location_a, source="phone",
                    summary="Someone else's case", customer=other, by=None)  # fmt: skip
    return customer, here, there


def test_a_customers_page_lists_their_recovery_cases(world, customer_with_cases, owner_olga):
    customer, here, there = customer_with_cases
    response = client_for(owner_olga).get(customer.get_absolute_url())
    assert response.status_code == 200
    assert list(response.context["cases"]) == [there, here]  # newest first
    html = response.text
    assert f'href="{reverse("recovery:case-detail", args=[here.code])}"' in html
    assert "Cold soup, served late" in html and "Wrong bill at the other place" in html
    assert "3 Sep 2026" in html and "High" in html and "Acknowledged" in html
    assert "Someone else&#x27;s case" not in html and "Someone else's case" not in html


@pytest.mark.parametrize("role", list(Role))
def test_each_role_sees_only_the_cases_it_may_see(world, customer_with_cases, member_of_role, role):
    customer, here, there = customer_with_cases
    response = client_for(member_of_role(role)).get(customer.get_absolute_url())
    if role not in READERS:
        assert response.status_code == 403
        return
    expected = [here] if role == Role.MANAGER else [there, here]
    assert list(response.context["cases"]) == expected
    assert ("Wrong bill at the other place" in response.text) == (role != Role.MANAGER)


def test_a_customer_with_no_case_says_so(world, owner_olga):
    customer = CustomerFactory(organization=world.org, home_location=world.location_a)
    response = client_for(owner_olga).get(customer.get_absolute_url())
    assert "No recovery cases you may see." in response.text


def test_an_outsider_cannot_open_the_customer_or_their_cases(
    world, customer_with_cases, outsider_otto
):
    customer, here, _there = customer_with_cases
    assert client_for(outsider_otto).get(customer.get_absolute_url()).status_code == 404
    assert client_for(outsider_otto).get(here.get_absolute_url()).status_code == 404


def test_the_customer_page_does_not_query_per_case(
    world, customer_with_cases, owner_olga, django_assert_max_num_queries
):
    from servicegap.recovery import cases

    customer, _here, _there = customer_with_cases
    for n in range(10):
        cases.open_case(organization=world.org, location=world.location_a, source="phone",
                        summary=f"Case {n}", customer=customer, by=None)  # fmt: skip
    client = client_for(owner_olga)
    client.get(customer.get_absolute_url())
    with django_assert_max_num_queries(16):
        response = client.get(customer.get_absolute_url())
    assert len(response.context["cases"]) == 12
