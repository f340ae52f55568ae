"""Today, the home page: what needs each role now, for every role and a role with nothing."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from servicegap.audits.models import Audit, Kind
from servicegap.core.models import Role
from tests.audits.factories import AssignmentFactory, AuditFactory, DisputeFactory
from tests.conftest import client_for
from tests.customers.factories import AlertFactory, CustomerFactory
from tests.feedback.factories import ResponseFactory
from tests.recovery.factories import CaseFactory, RecoveryActionFactory

HOME = "/"


def page(member) -> str:
    response = client_for(member).get(HOME)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def work(world, staff_sam, supervisor_sid, shopper_sue):
    """Something for every role at Location A, and at Location B for leaders only."""
    now = timezone.now()
    late = now - timedelta(days=5)
    overdue = CaseFactory(
        organization=world.org, location=world.location_a, summary="Cold soup, nobody called",
        opened_at=late, ack_due_at=late + timedelta(hours=4),
        resolve_due_at=late + timedelta(hours=72),
    )  # fmt: skip
    CaseFactory(organization=world.org, location=world.location_b, summary="Far away case",
                opened_at=late, ack_due_at=late + timedelta(hours=1),
                resolve_due_at=late + timedelta(hours=2))  # fmt: skip
    CaseFactory(organization=world.org, location=world.location_a, summary="Sam's own case",
                assignee=staff_sam)  # fmt: skip
    CaseFactory(organization=world.org, location=world.location_a, summary="Sid's own case",
                assignee=supervisor_sid)  # fmt: skip
    RecoveryActionFactory(organization=world.org, case=overdue, by=staff_sam)
    DisputeFactory(organization=world.org, answer__audit__location=world.location_a,
                   answer__location=world.location_a)  # fmt: skip
    ResponseFactory(organization=world.org, link__location=world.location_a, nps=2,
                    process=1, comment="Waited an hour for the bill.")  # fmt: skip
    AlertFactory(organization=world.org,
                 customer=CustomerFactory(organization=world.org, external_id="SAVE-ME",
                                          home_location=world.location_a))  # fmt: skip
    AuditFactory(organization=world.org, location=world.location_a, status=Audit.Status.SUBMITTED,
                 submitted_at=now, kind=Kind.SELF_ASSESSMENT)  # fmt: skip
    AssignmentFactory(organization=world.org, location=world.location_a, shopper=shopper_sue,
                      window_start=now.date() - timedelta(days=9),
                      window_end=now.date() - timedelta(days=2))  # fmt: skip
    AssignmentFactory(organization=world.org, location=world.location_b, shopper=shopper_sue,
                      window_start=now.date(), window_end=now.date() + timedelta(days=5))  # fmt: skip
    return world


def test_the_owner_sees_every_kind_of_thing_to_do(owner_olga, work):
    html = page(owner_olga)
    for title in ("Value distance", "Overdue and escalated cases", "Gestures waiting for your approval",
                  "Disputed audit answers to resolve", "New detractors since your last visit",
                  "Top of the save list"):  # fmt: skip
        assert title in html, title
    assert "Cold soup, nobody called" in html
    assert "Far away case" in html
    assert "SAVE-ME" in html
    assert "Waited an hour for the bill." in html


def test_new_means_since_the_last_visit(owner_olga, work):
    client = client_for(owner_olga)
    assert "New detractors since your last visit" in client.get(HOME).content.decode()
    # Seen: the detractor is no longer new on the next visit.
    assert "New detractors since your last visit" not in client.get(HOME).content.decode()


def test_a_manager_sees_their_locations_and_audits_to_review(manager_max, work):
    html = page(manager_max)
    assert "Cold soup, nobody called" in html
    assert "Far away case" not in html  # Location B is not theirs
    assert "Audits to review" in html
    assert "Mystery shops overdue" in html


def test_a_supervisor_sees_their_cases_observations_due_and_low_ratings(supervisor_sid, work):
    html = page(supervisor_sid)
    assert "Sid&#x27;s own case" in html
    assert "Overdue cases at your locations" in html
    assert "Observations due this week" in html
    assert "New low ratings since your last visit" in html
    assert "Far away case" not in html
    assert "Value distance" not in html.split("<main")[1].split("Your areas")[0]


def test_staff_see_the_cases_assigned_to_them(staff_sam, work):
    html = page(staff_sam)
    assert "Sam&#x27;s own case" in html
    assert "Sid&#x27;s own case" not in html
    assert "Cold soup" not in html


def test_a_shopper_sees_open_assignments_nearest_first_with_a_start_button(shopper_sue, work):
    html = page(shopper_sue)
    assert "Your mystery shops to make" in html
    a, b = html.index("Location A"), html.index("Location B")
    assert a < b  # Location A's is due first (already late)
    assert html.count(">Start</a>") == 2


def test_a_role_with_nothing_to_do_is_told_so(staff_sam):
    assert "Nothing needs you right now" in page(staff_sam)


def test_another_organisations_work_is_never_shown(outsider_otto, work):
    html = page(outsider_otto)
    assert "Cold soup" not in html
    assert "SAVE-ME" not in html
    assert "Nothing needs you right now" in html


@pytest.mark.parametrize("role", list(Role))
def test_every_role_has_a_today_page(role, member_of_role, work):
    assert "<h1>Today</h1>" in page(member_of_role(role))


def test_the_queries_do_not_grow_with_the_things_to_do(
    world, owner_olga, work, django_assert_max_num_queries
):
    def more(count: int) -> None:
        for _ in range(count):
            CaseFactory(organization=world.org, location=world.location_a, escalation_level=1)
            AlertFactory(organization=world.org, customer__home_location=world.location_b)
            ResponseFactory(organization=world.org, link__location=world.location_a, nps=1)

    client = client_for(owner_olga)
    client.get(HOME)
    more(6)
    with django_assert_max_num_queries(45) as first:
        client.get(HOME)
    more(20)
    with django_assert_max_num_queries(len(first.captured_queries)):
        html = client.get(HOME).content.decode()
    assert "more." in html


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(HOME)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_what_a_customer_typed_is_escaped(world, owner_olga):
    ResponseFactory(organization=world.org, link__location=world.location_a, nps=0,
                    comment="<script>alert('x')</script>")  # fmt: skip
    html = page(owner_olga)
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


def test_a_manager_s_headline_covers_only_their_locations(world, manager_max, work):
    html = page(manager_max)
    assert "Location B" not in html.split("<main")[1].split("Your areas")[0]
