"""The case list filtered by root cause (P and journey step) and by the day a case was
opened, with the number of cases that match; as the value-distance page links to it."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from servicegap.core.models import P, Role
from tests.conftest import client_for
from tests.recovery.conftest import T0, new_case
from tests.standards.factories import JourneyStepFactory

LIST = reverse("recovery:case-list")
PARIS = ZoneInfo("Europe/Paris")
TEAM = [Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR, Role.STAFF]


@pytest.fixture
def serving(world):
    return JourneyStepFactory(organization=world.org, name="Serving")


@pytest.fixture
def cases(world, step, serving):
    """Process · Ordering at A twice (3 March and 31 March 23:30 Paris), People ·
    Serving at A, Process · Ordering at B, and a case with no root cause yet."""
    return {
        "ordering": new_case(world, p=P.PROCESS, step=step),
        "ordering_late": new_case(
            world, p=P.PROCESS, step=step, now=datetime(2025, 3, 31, 23, 30, tzinfo=PARIS)
        ),
        "serving": new_case(world, p=P.PEOPLE, step=serving, now=T0 + timedelta(days=1)),
        "at_b": new_case(world, p=P.PROCESS, step=step, location=world.location_b),
        "unknown": new_case(world, now=T0 + timedelta(days=2)),
    }


def listed(response) -> set:
    return set(response.context["page"].object_list)


def test_p_and_step_choose_cases_by_their_root_cause(world, step, cases, owner_olga):
    response = client_for(owner_olga).get(LIST, {"p": "process", "step": step.code})
    assert response.status_code == 200
    assert listed(response) == {cases["ordering"], cases["ordering_late"], cases["at_b"]}
    assert "3 cases match." in response.text
    people = client_for(owner_olga).get(LIST, {"p": "people"})
    assert listed(people) == {cases["serving"]} and "1 case matches." in people.text


def test_the_days_are_the_organisations_and_until_includes_its_last_day(
    world, step, cases, owner_olga
):
    client = client_for(owner_olga)
    march = client.get(LIST, {"since": "2025-03-03", "until": "2025-03-31", "step": step.code})
    # Opened in the last half-hour of the last day: still in the period.
    assert cases["ordering_late"] in listed(march)
    assert listed(client.get(LIST, {"since": "2025-04-01"})) == set()
    assert listed(client.get(LIST, {"until": "2025-03-03"})) == {
        cases["ordering"],
        cases["at_b"],
    }
    assert listed(client.get(LIST, {"since": "2025-03-04", "until": "2025-03-05"})) == {
        cases["serving"],
        cases["unknown"],
    }


def test_a_case_opened_just_after_midnight_local_is_on_the_next_day(world, owner_olga):
    # 1 April 00:30 in Paris is 31 March 22:30 UTC: a UTC day would put it in March.
    case = new_case(world, now=datetime(2025, 4, 1, 0, 30, tzinfo=PARIS))
    client = client_for(owner_olga)
    assert case not in listed(client.get(LIST, {"until": "2025-03-31"}))
    assert case in listed(client.get(LIST, {"since": "2025-04-01", "until": "2025-04-01"}))


def test_the_filters_stay_in_the_pagers_links(world, step, owner_olga):
    for _n in range(26):
        new_case(world, p=P.PROCESS, step=step)
    response = client_for(owner_olga).get(LIST, {"p": "process", "since": "2025-03-01"})
    assert response.context["page"].paginator.count == 26
    assert "26 cases match." in response.text
    assert "?p=process&amp;since=2025-03-01&amp;page=2" in response.text
    assert 'value="2025-03-01"' in response.text  # the form shows the chosen day


@pytest.mark.parametrize(
    ("field", "value", "label"),
    [
        ("p", "price", "Root cause: P"),
        ("step", "not-a-uuid", "Root cause: journey step"),
        ("step", "9b2f1d0c-0000-4000-8000-000000000000", "Root cause: journey step"),
        ("since", "2025-02-30", "Opened from"),
        ("until", "9999-12-31", "Opened until"),
        ("since", "1899-12-31", "Opened from"),
    ],
)
def test_a_bad_value_is_a_form_error_naming_the_field(
    world, cases, owner_olga, field, value, label
):
    response = client_for(owner_olga).get(LIST, {field: value})
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert f"{label}: " in response.text
    assert listed(response) == set()  # never the unfiltered list


def test_an_end_before_the_start_names_the_end(world, cases, owner_olga):
    response = client_for(owner_olga).get(LIST, {"since": "2025-03-10", "until": "2025-03-01"})
    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["until"]
    assert "Opened until: End on or after the first day." in response.text


@pytest.mark.parametrize("role", TEAM)
def test_every_role_of_the_team_sees_only_its_locations_cases(
    world, step, cases, member_of_role, role
):
    client = client_for(member_of_role(role))
    response = client.get(LIST, {"p": "process", "step": step.code})
    assert response.status_code == 200
    expected = {cases["ordering"], cases["ordering_late"]}
    if role in (Role.OWNER, Role.EXECUTIVE):
        expected.add(cases["at_b"])
    assert listed(response) == expected
    assert f"{len(expected)} cases match." in response.text


def test_a_shopper_may_not_open_the_list(world, cases, shopper_sue):
    assert client_for(shopper_sue).get(LIST, {"p": "process"}).status_code == 403


def test_another_organisations_step_or_location_shows_none_of_its_cases(
    world, step, cases, outsider_otto, owner_olga
):
    client = client_for(outsider_otto)
    for field, value in [("step", step.code), ("location", world.location_a.code)]:
        response = client.get(LIST, {field: value})
        assert response.status_code == 400 and field in response.context["form"].errors
        assert listed(response) == set()
    assert listed(client.get(LIST)) == set()
    theirs = JourneyStepFactory(organization=outsider_otto.organization, name="Theirs")
    mine = client_for(owner_olga).get(LIST, {"step": theirs.code})
    assert mine.status_code == 400 and "Theirs" not in mine.text


def test_the_filtered_list_keeps_its_queries_few(
    world, step, staff_sam, django_assert_max_num_queries
):
    for _n in range(30):
        new_case(world, staff_sam, p=P.PROCESS, step=step)
    client = client_for(staff_sam)
    query = {"p": "process", "step": step.code, "since": "2025-01-01", "until": "2025-12-31"}
    client.get(LIST, query)
    with django_assert_max_num_queries(14):
        response = client.get(LIST, query)
    assert response.context["page"].paginator.count == 30
