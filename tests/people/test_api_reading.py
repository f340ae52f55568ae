"""Reading through the people API what the pages show: one test with its answer, the
graders' scores and comments and how far they agree (`GET /people/tests/{code}`, as the
test's page), the tests waiting for the caller's grade (`to_grade`, as the People
home), an idea's measured effect (`GET /people/ideas/{code}`, as the idea's page) and
the customers' praise of an employee by name (`GET /people/employees/{code}/praise`,
as the employee's page).

The test below has two rubric points on the 1–5 scale (a level counts (level − 1) / 4)
and a chosen response, right (counts 1). Sid scores 5 and 3: (1 + 0.5 + 1) / 3 = 83.33;
Max scores 5 and 4: (1 + 0.75 + 1) / 3 = 91.67; the test's score is their mean, 87.50,
over the staff pass mark of 70.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from servicegap.core.models import Role
from servicegap.people import ideas, scenarios
from servicegap.people.models import ScenarioAttempt
from tests.audits.factories import AuditAnswerFactory
from tests.conftest import _member, client_for
from tests.factories import EmployeeFactory
from tests.feedback.factories import ResponseFactory
from tests.people.factories import (
    IdeaFactory,
    RubricPointFactory,
    ScenarioChoiceFactory,
    ScenarioFactory,
)
from tests.standards.factories import BehaviourFactory, JourneyStepFactory
from tests.textlens.factories import CommentAnalysisFactory

API = "/api/v1/people"
SEE_LOCATION_A = [Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR]


def get(member, path, query=None):
    return client_for(member).get(API + path, query or {})


# One test --------------------------------------------------------------------------------


class GivenTest:
    """The test given to Sam, with its scenario's two points and its best response."""

    def __init__(self, world, manager_max, staff_sam):
        self.sam = EmployeeFactory(
            organization=world.org, location=world.location_a, user=staff_sam.user
        )
        self.scenario = ScenarioFactory(organization=world.org, title="The bill, twice asked")
        self.first = RubricPointFactory(
            organization=world.org, scenario=self.scenario, text="Apologises", position=0
        )
        self.second = RubricPointFactory(
            organization=world.org, scenario=self.scenario, text="Names a time", position=1
        )
        self.best = ScenarioChoiceFactory(
            organization=world.org, scenario=self.scenario, text="Bring it now", is_best=True
        )
        self.attempt = scenarios.assign_scenario(
            self.scenario,
            location=world.location_a,
            due_on=timezone.localdate() + timedelta(days=3),
            by=manager_max,
            employees=[self.sam],
            double_graded=True,
        ).attempts.get()

    def answer(self, staff_sam):
        scenarios.submit_answer(
            self.attempt, by=staff_sam, answer="I am sorry; it comes now.", choice=self.best
        )

    def grade(self, grader, first: int, second: int, comment: str = ""):
        scenarios.grade_attempt(
            self.attempt,
            grader=grader,
            levels={self.first.pk: first, self.second.pk: second},
            comments={self.first.pk: comment},
        )


@pytest.fixture
def given(world, manager_max, staff_sam) -> GivenTest:
    return GivenTest(world, manager_max, staff_sam)


def _grades(response) -> list[tuple]:
    return [
        (
            g["grader"],
            g["score"],
            [(p["point_text"], p["level"], p["comment"]) for p in g["points"]],
        )
        for g in response.json()["grades"]
    ]


SID = (
    "sid@example.test",
    "83.33",
    [("Apologises", 5, "Said sorry first."), ("Names a time", 3, "")],
)
MAX = ("max@example.test", "91.67", [("Apologises", 5, ""), ("Names a time", 4, "")])


def test_a_test_not_answered_yet_shows_no_answer_and_no_grades(given, staff_sam):
    response = get(staff_sam, f"/tests/{given.attempt.code}")
    assert response.status_code == 200, response.content
    out = response.json()
    assert (out["code"], out["scenario_title"], out["employee"]) == (
        str(given.attempt.code),
        "The bill, twice asked",
        str(given.sam.code),
    )
    assert out["scenario_situation"] == "The guest waves twice and nobody comes."
    assert (out["answer"], out["choice"], out["grades"], out["agreement"]) == (None, None, [], None)
    assert (out["kind"], out["graders_wanted"], out["grades_in"], out["to_grade"]) == (
        "written",
        2,
        0,
        False,
    )


def test_grades_stay_blind_until_both_are_in(given, staff_sam, supervisor_sid, manager_max):
    given.answer(staff_sam)
    given.grade(supervisor_sid, 5, 3, "Said sorry first.")
    path = f"/tests/{given.attempt.code}"
    # Sid sees his own scores only; Max, who has not graded, and Sam see none.
    assert _grades(get(supervisor_sid, path)) == [SID]
    assert _grades(get(manager_max, path)) == []
    mine = get(staff_sam, path).json()
    assert mine["grades"] == [] and mine["agreement"] is None and mine["score"] is None
    assert mine["answer"] == "I am sorry; it comes now."
    assert mine["choice"] == {"code": str(given.best.code), "text": "Bring it now", "correct": True}
    assert (mine["grades_in"], mine["graded_at"]) == (1, None)
    # Max still has to grade it; Sid has graded it; Sam does not grade his own.
    assert get(manager_max, path).json()["to_grade"] is True
    assert get(supervisor_sid, path).json()["to_grade"] is False
    assert mine["to_grade"] is False


@pytest.mark.parametrize("role", [*SEE_LOCATION_A, Role.STAFF])
def test_once_both_are_in_everyone_who_sees_it_reads_scores_comments_and_agreement(
    given, role, member_of_role, staff_sam, supervisor_sid, manager_max
):
    given.answer(staff_sam)
    given.grade(supervisor_sid, 5, 3, "Said sorry first.")
    given.grade(manager_max, 5, 4)
    response = get(member_of_role(role), f"/tests/{given.attempt.code}")
    assert response.status_code == 200, response.content
    out = response.json()
    assert _grades(response) == [SID, MAX]
    assert (out["score"], out["pass_mark"], out["passed"], out["grades_in"]) == (
        "87.50",
        70,
        True,
        2,
    )
    assert out["graded_at"] is not None and out["to_grade"] is False
    assert out["agreement"] == {
        "exact_share": 50.0,
        "points": [
            {
                "point": str(given.first.code),
                "point_text": "Apologises",
                "levels": [5, 5],
                "difference": 0,
                "agree": True,
            },
            {
                "point": str(given.second.code),
                "point_text": "Names a time",
                "levels": [3, 4],
                "difference": 1,
                "agree": False,
            },
        ],
    }


def test_other_staff_a_location_out_of_scope_and_another_organisation_get_a_404(
    world, given, outsider_otto
):
    tess = _member(world, "tess@example.test", Role.STAFF, locations=[world.location_a])
    south = _member(world, "sue.b@example.test", Role.SUPERVISOR, locations=[world.location_b])
    for member in (tess, south, outsider_otto):
        response = get(member, f"/tests/{given.attempt.code}")
        assert response.status_code == 404 and "answer" not in response.json()


def test_a_shopper_has_no_people_pages(given, shopper_sue):
    assert get(shopper_sue, f"/tests/{given.attempt.code}").status_code == 403
    assert get(shopper_sue, "/tests", {"to_grade": "true"}).status_code == 403


# Tests to grade ------------------------------------------------------------------------


@pytest.fixture
def waiting(world, given, staff_sam, supervisor_sid, manager_max) -> dict[str, ScenarioAttempt]:
    """Sam's test answered and graded by Sid; a test of Tom's answered, graded by nobody;
    one of Tom's not answered; one of Sid's own, answered."""
    given.answer(staff_sam)
    given.grade(supervisor_sid, 5, 3)
    tom_member = _member(world, "tom@example.test", Role.STAFF, locations=[world.location_a])
    tom = EmployeeFactory(organization=world.org, location=world.location_a, user=tom_member.user)
    sid = EmployeeFactory(
        organization=world.org, location=world.location_a, user=supervisor_sid.user
    )
    due = timezone.localdate() + timedelta(days=5)
    handed = scenarios.assign_scenario(
        given.scenario, location=world.location_a, due_on=due, by=manager_max, employees=[tom, sid]
    )
    toms = handed.attempts.get(employee=tom)
    scenarios.submit_answer(toms, by=tom_member, answer="Sorry.", choice=given.best)
    sids = handed.attempts.get(employee=sid)
    scenarios.submit_answer(sids, by=supervisor_sid, answer="Sorry!", choice=given.best)
    other = ScenarioFactory(organization=world.org, title="Unanswered")
    RubricPointFactory(organization=world.org, scenario=other)
    unanswered = scenarios.assign_scenario(
        other,
        location=world.location_a,
        due_on=due,
        by=manager_max,
        employees=[tom],
    ).attempts.get()
    return {"sams": given.attempt, "toms": toms, "sids": sids, "unanswered": unanswered}


def _codes(response) -> set[str]:
    assert response.status_code == 200, response.content
    return {row["code"] for row in response.json()}


def test_to_grade_lists_the_tests_waiting_for_the_callers_grade(
    waiting, supervisor_sid, manager_max, owner_olga, staff_sam
):
    codes = {name: str(a.code) for name, a in waiting.items()}
    # Max: every answered one not fully graded, his own grade not given.
    assert _codes(get(manager_max, "/tests", {"to_grade": "true"})) == {
        codes["sams"],
        codes["toms"],
        codes["sids"],
    }
    # Sid graded Sam's and does not grade his own.
    assert _codes(get(supervisor_sid, "/tests", {"to_grade": "true"})) == {codes["toms"]}
    assert _codes(get(owner_olga, "/tests", {"to_grade": "true"})) == {
        codes["sams"],
        codes["toms"],
        codes["sids"],
    }
    # Staff grade nothing: the filter keeps none of their own tests.
    assert _codes(get(staff_sam, "/tests", {"to_grade": "true"})) == set()
    assert _codes(get(staff_sam, "/tests")) == {codes["sams"]}


def test_each_listed_test_says_how_far_its_grading_is(waiting, supervisor_sid):
    rows = {row["code"]: row for row in get(supervisor_sid, "/tests").json()}
    state = {
        name: (
            rows[str(a.code)]["grades_in"],
            rows[str(a.code)]["graders_wanted"],
            rows[str(a.code)]["to_grade"],
        )
        for name, a in waiting.items()
    }
    assert state == {
        "sams": (1, 2, False),
        "toms": (0, 1, True),
        "sids": (0, 1, False),
        "unanswered": (0, 1, False),
    }


def test_to_grade_is_what_the_people_home_lists(waiting, supervisor_sid, manager_max):
    for member in (supervisor_sid, manager_max):
        page = client_for(member).get(reverse("people:home"))
        shown = {str(a.code) for a in page.context["to_grade"]}
        assert shown == _codes(get(member, "/tests", {"to_grade": "true"}))


def test_a_bad_to_grade_is_a_422_naming_it(staff_sam):
    from tests.api.checks import named

    assert named(get(staff_sam, "/tests", {"to_grade": "maybe"}), "to_grade")


# An idea's measured effect ---------------------------------------------------------------


def test_an_ideas_effect_is_in_its_answer_once_tried(world, owner_olga, staff_sam, shopper_sue):
    """Tried at Location A 60 days ago. Observed pass rate of the step: A 2/10 → 8/10,
    B 5/10 → 6/10: (80 − 20) − (60 − 50) = +50 points, n = 10 audits each. Ratings of
    the step: A 2.4 → 4.2 (35 → 80), B 3.4 → 3.4 (60 → 60): +45, n = 5 each."""
    now = timezone.now()
    step = JourneyStepFactory(organization=world.org)
    behaviour = BehaviourFactory(organization=world.org, standard__step=step)
    idea = IdeaFactory(organization=world.org, step=step)
    never = get(staff_sam, f"/ideas/{idea.code}").json()
    assert never["effect"] is None
    ideas.try_idea(
        idea,
        by=owner_olga,
        locations=[world.location_a],
        today=timezone.localdate() - timedelta(days=60),
    )
    for location, days, passed in (
        (world.location_a, 100, 2),
        (world.location_a, 30, 8),
        (world.location_b, 100, 5),
        (world.location_b, 30, 6),
    ):
        for i in range(10):
            AuditAnswerFactory(
                organization=world.org,
                audit__location=location,
                audit__kind="observation",
                audit__performed_at=now - timedelta(days=days, hours=i),
                behaviour=behaviour,
                result="pass" if i < passed else "fail",
                is_counted=True,
            )
    ratings = {
        (world.location_a, 100): [2, 2, 3, 3, 2],
        (world.location_a, 30): [4, 4, 4, 5, 4],
        (world.location_b, 100): [3, 3, 3, 4, 4],
        (world.location_b, 30): [3, 4, 3, 4, 3],
    }
    for (location, days), values in ratings.items():
        for value in values:
            ResponseFactory(
                organization=world.org,
                link__location=location,
                step=step,
                people=value,
                submitted_at=now - timedelta(days=days),
            )
    response = get(staff_sam, f"/ideas/{idea.code}")
    assert response.status_code == 200, response.content
    effect = response.json()["effect"]
    assert effect["observed"]["value"] == pytest.approx(50.0)
    assert effect["observed"]["n"] == [10, 10, 10, 10]
    assert effect["experienced"]["value"] == pytest.approx(45.0)
    assert effect["experienced"]["n"] == [5, 5, 5, 5]
    assert effect["observed"]["too_few"] is False and effect["experienced"]["too_few"] is False
    # The interval is the one the idea's page shows (`ideas.idea_effect`).
    shown = ideas.idea_effect(idea)
    for lens in ("observed", "experienced"):
        part = getattr(shown, lens)
        assert effect[lens]["low"] == pytest.approx(part.low)
        assert effect[lens]["high"] == pytest.approx(part.high)
        assert effect[lens]["real"] is part.real
    assert get(shopper_sue, f"/ideas/{idea.code}").status_code == 403


def test_another_organisations_idea_is_a_404(staff_sam, outsider_otto):
    foreign = IdeaFactory(organization=outsider_otto.organization)
    response = get(staff_sam, f"/ideas/{foreign.code}")
    assert response.status_code == 404 and "effect" not in response.json()


# Praise by name ---------------------------------------------------------------------------


@pytest.fixture
def anna(world, staff_sam):
    return EmployeeFactory(
        organization=world.org, location=world.location_a, first_name="Anna", user=staff_sam.user
    )


def praised(world, comment, *, location=None, sentiment="positive", days=1, spam=False):
    analysis = CommentAnalysisFactory(
        organization=world.org,
        response__link__location=location or world.location_a,
        response__comment=comment,
        response__spam=spam,
        response__submitted_at=datetime(2026, 3, 20, 12, tzinfo=UTC) - timedelta(days=days),
        sentiment=sentiment,
    )
    return analysis.response


@pytest.fixture
def comments(world, anna) -> dict[str, object]:
    return {
        "newer": praised(world, "Anna was lovely to our kids.", days=1),
        "older": praised(world, "Thanks to Anna!", days=5),
        "not_a_word": praised(world, "Annabelle found us a table.", days=2),
        "negative": praised(world, "Anna ignored us.", sentiment="negative", days=2),
        "elsewhere": praised(world, "Anna was great.", location=world.location_b, days=2),
        "spam": praised(world, "Anna Anna Anna", spam=True, days=2),
    }


@pytest.mark.parametrize("role", [*SEE_LOCATION_A, Role.STAFF])
def test_praise_by_name_as_the_employee_page_shows_it(role, member_of_role, anna, comments):
    response = get(member_of_role(role), f"/employees/{anna.code}/praise")
    assert response.status_code == 200, response.content
    rows = response.json()
    assert [(row["response"], row["comment"]) for row in rows] == [
        (str(comments["newer"].code), "Anna was lovely to our kids."),
        (str(comments["older"].code), "Thanks to Anna!"),
    ]
    assert [datetime.fromisoformat(row["submitted_at"]) for row in rows] == [
        datetime(2026, 3, 19, 12, tzinfo=UTC),
        datetime(2026, 3, 15, 12, tzinfo=UTC),
    ]


def test_the_page_shows_the_same_praise(anna, comments, supervisor_sid):
    page = client_for(supervisor_sid).get(reverse("people:employee", args=[anna.code]))
    assert [r.pk for r in page.context["praise"]] == [comments["newer"].pk, comments["older"].pk]


def test_praise_of_another_employee_is_a_404_to_staff_and_a_403_to_shoppers(
    world, anna, comments, shopper_sue
):
    tess = _member(world, "tess@example.test", Role.STAFF, locations=[world.location_a])
    response = get(tess, f"/employees/{anna.code}/praise")
    assert response.status_code == 404 and "Anna" not in response.content.decode()
    assert get(shopper_sue, f"/employees/{anna.code}/praise").status_code == 403


def test_praise_out_of_scope_or_of_another_organisation_is_a_404(
    world, anna, comments, outsider_otto
):
    south = _member(world, "sue.b@example.test", Role.SUPERVISOR, locations=[world.location_b])
    for member in (south, outsider_otto):
        response = get(member, f"/employees/{anna.code}/praise")
        assert response.status_code == 404 and "Anna" not in response.content.decode()
    foreign = EmployeeFactory(organization=outsider_otto.organization, first_name="Anna")
    assert get(outsider_otto, f"/employees/{foreign.code}/praise").json() == []
