"""The people app's lists on Today (SERVICEGAP_TODAY_SECTIONS): a staff member's coaching
notes and tests due, a supervisor's or manager's coaching to follow up and tests to
grade; every role, a role with nothing to do, and another organisation's data."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from servicegap.core.models import Role
from servicegap.people.highlights import today_sections
from tests.conftest import client_for
from tests.factories import EmployeeFactory
from tests.people.factories import (
    CoachingNoteFactory,
    GradeFactory,
    ScenarioAssignmentFactory,
    ScenarioAttemptFactory,
)

HOME = "/"
PEOPLE_TITLES = ("Coaching notes for you", "Scenario tests to answer", "Coaching to follow up",
                 "Scenario tests to grade")  # fmt: skip


def page(member) -> str:
    response = client_for(member).get(HOME)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def sam(world, staff_sam):
    """Sam's employee record at Location A."""
    return EmployeeFactory(organization=world.org, location=world.location_a,
                           user=staff_sam.user, first_name="Sam", last_name="Server")  # fmt: skip


def note(world, employee, author, *, days_ago=0, **extra):
    return CoachingNoteFactory(organization=world.org, employee=employee,
                               author=author.user if author else None,
                               created_at=timezone.now() - timedelta(days=days_ago),
                               **extra)  # fmt: skip


def attempt(world, employee, *, due_in_days, title, **extra):
    assignment = ScenarioAssignmentFactory(
        organization=world.org, location=employee.location, scenario__title=title,
        due_on=timezone.localdate() + timedelta(days=due_in_days),
    )  # fmt: skip
    return ScenarioAttemptFactory(organization=world.org, assignment=assignment,
                                  employee=employee, **extra)  # fmt: skip


def test_staff_see_their_unread_notes_and_tests_due_nearest_first(world, sam, staff_sam,
                                                                 supervisor_sid):  # fmt: skip
    unread = note(world, sam, supervisor_sid, next_time="Offer water before the menu.")
    note(world, sam, supervisor_sid, days_ago=20, next_time="An old note, read long ago.",
         acknowledged_at=timezone.now() - timedelta(days=19))  # fmt: skip
    attempt(world, sam, due_in_days=6, title="A guest waits for the bill")
    attempt(world, sam, due_in_days=-2, title="A guest finds a hair in the soup")
    attempt(world, sam, due_in_days=1, title="Already answered",
            submitted_at=timezone.now())  # fmt: skip
    html = page(staff_sam)
    assert "Coaching notes for you" in html
    assert "Offer water before the menu." in html
    assert f"/people/employees/{sam.code}/#note-{unread.code}" in html
    assert "not yet acknowledged" in html
    assert "An old note, read long ago." not in html
    assert "Scenario tests to answer" in html
    soup, bill = html.index("hair in the soup"), html.index("waits for the bill")
    assert soup < bill  # the overdue one first
    assert "overdue since" in html
    assert "Already answered" not in html
    assert "Nothing needs you right now" not in html


def test_a_long_list_says_how_many_more(world, sam, staff_sam, supervisor_sid):
    for n in range(8):
        note(world, sam, supervisor_sid, next_time=f"Note number {n}.")
    (notes, _tests) = today_sections(staff_sam, now=timezone.now(),
                                     since=timezone.now() - timedelta(days=7))  # fmt: skip
    assert (len(notes.rows), notes.total) == (5, 8)
    assert "3 more." in page(staff_sam)


def test_staff_never_see_a_colleague_s_notes_or_tests(world, sam, staff_sam, supervisor_sid):
    other = EmployeeFactory(organization=world.org, location=world.location_a, first_name="Ada")
    note(world, other, supervisor_sid, next_time="For Ada only.")
    attempt(world, other, due_in_days=3, title="Ada's test")
    html = page(staff_sam)
    assert "For Ada only." not in html and "Ada&#x27;s test" not in html
    assert "Nothing needs you right now" in html


def test_a_supervisor_follows_up_unread_and_replied_notes_and_grades_tests(
    world, sam, supervisor_sid
):
    note(world, sam, supervisor_sid, days_ago=5, next_time="Unread for five days.")
    note(world, sam, supervisor_sid, days_ago=1, next_time="Written yesterday.")
    note(world, sam, supervisor_sid, days_ago=9, next_time="Replied to.",
         acknowledged_at=timezone.now() - timedelta(hours=2), reply="Done, thanks!",
         replied_at=timezone.now() - timedelta(hours=2))  # fmt: skip
    attempt(world, sam, due_in_days=2, title="Answered, to grade", submitted_at=timezone.now())
    graded = attempt(world, sam, due_in_days=2, title="Graded by Sid already",
                     submitted_at=timezone.now())  # fmt: skip
    GradeFactory(organization=world.org, attempt=graded, grader=supervisor_sid)
    html = page(supervisor_sid)
    assert "Coaching to follow up" in html
    assert "Unread for five days." in html and "Replied to." in html
    assert "Written yesterday." not in html  # not yet worth a word
    assert "replied" in html and "not acknowledged since" in html
    assert "Scenario tests to grade" in html
    assert "Answered, to grade" in html and "Graded by Sid already" not in html


def test_a_manager_sees_tests_to_grade_at_their_locations_only(world, sam, manager_max):
    far = EmployeeFactory(organization=world.org, location=world.location_b, first_name="Bo")
    attempt(world, sam, due_in_days=2, title="At Location A", submitted_at=timezone.now())
    attempt(world, far, due_in_days=2, title="At Location B", submitted_at=timezone.now())
    note(world, sam, manager_max, days_ago=4, next_time="Max's own note.")
    html = page(manager_max)
    assert "At Location A" in html and "At Location B" not in html
    assert "Max&#x27;s own note." in html


@pytest.mark.parametrize("role", [Role.OWNER, Role.EXECUTIVE, Role.SHOPPER])
def test_other_roles_get_no_people_lists(role, member_of_role, world, sam, supervisor_sid):
    note(world, sam, supervisor_sid, days_ago=5)
    attempt(world, sam, due_in_days=2, title="To grade", submitted_at=timezone.now())
    html = page(member_of_role(role))
    for title in PEOPLE_TITLES:
        assert title not in html


def test_staff_with_nothing_to_do_are_told_so(world, sam, staff_sam):
    assert "Nothing needs you right now" in page(staff_sam)


@pytest.mark.parametrize("role", [Role.STAFF, Role.SUPERVISOR, Role.MANAGER])
def test_with_nothing_to_do_no_empty_list_is_shown(role, member_of_role, world, sam):
    member = member_of_role(role)
    now = timezone.now()
    lists = today_sections(member, now=now, since=now - timedelta(days=7))
    assert len(lists) == 2 and all(item.total == 0 for item in lists)
    html = page(member)
    for title in PEOPLE_TITLES:
        assert title not in html


def test_another_organisation_s_notes_and_tests_are_never_shown(world, outsider_otto):
    foreign = EmployeeFactory(organization=outsider_otto.organization,
                              location__organization=outsider_otto.organization)  # fmt: skip
    CoachingNoteFactory(organization=outsider_otto.organization, employee=foreign,
                        next_time="Foreign note.")  # fmt: skip
    html = page(outsider_otto)
    assert "Foreign note." not in html


def test_the_lists_cost_a_bounded_number_of_queries(
    world, sam, staff_sam, supervisor_sid, django_assert_max_num_queries
):
    def more(count: int) -> None:
        for n in range(count):
            note(world, sam, supervisor_sid, next_time=f"More {n}.")
            attempt(world, sam, due_in_days=n + 1, title=f"Test {n}")

    client = client_for(staff_sam)
    client.get(HOME)
    more(6)
    with django_assert_max_num_queries(30) as first:
        client.get(HOME)
    more(20)
    with django_assert_max_num_queries(len(first.captured_queries)):
        html = client.get(HOME).content.decode()
    assert "more." in html
