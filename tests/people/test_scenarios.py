"""Scenario tests: assignment, answers, rubric scoring, blind double grading, agreement,
due and overdue, pass marks, and scenarios made from real lapses."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from servicegap.audits.models import Result
from servicegap.core.models import Role
from servicegap.people import scenarios
from servicegap.people.models import (
    Grade,
    PeopleSettings,
    PointScore,
    RubricPoint,
    ScenarioAssignment,
    ScenarioAttempt,
)
from servicegap.people.scenarios import PeopleError
from tests.audits.factories import AuditAnswerFactory
from tests.factories import EmployeeFactory
from tests.feedback.factories import ResponseFactory
from tests.people.factories import RubricPointFactory, ScenarioChoiceFactory, ScenarioFactory
from tests.recovery.factories import CaseFactory

TODAY = date(2026, 3, 2)


@pytest.fixture
def sam(world, staff_sam):
    return EmployeeFactory(organization=world.org, location=world.location_a, user=staff_sam.user)


@pytest.fixture
def rubric(world):
    """Three points: a 1–5 level point, a critical level point and a pass/fail point."""
    scenario = ScenarioFactory(organization=world.org)
    greet = RubricPointFactory(organization=world.org, scenario=scenario, text="Greets")
    listen = RubricPointFactory(
        organization=world.org, scenario=scenario, text="Listens", is_critical=True
    )
    bill = RubricPointFactory(
        organization=world.org,
        scenario=scenario,
        text="Brings the bill",
        scale=RubricPoint.Scale.PASS_FAIL,
    )
    return scenario, greet, listen, bill


def _answered(scenario, sam, manager, *, double=False, choice=None):
    assignment = scenarios.assign_scenario(
        scenario,
        location=sam.location,
        due_on=TODAY + timedelta(days=7),
        by=manager,
        employees=[sam],
        double_graded=double,
        today=TODAY,
    )
    attempt = assignment.attempts.get()
    member = sam.user.memberships.get()
    return scenarios.submit_answer(attempt, by=member, answer="I would apologise.", choice=choice)


def test_a_grade_is_scored_by_hand(rubric, sam, manager_max, supervisor_sid):
    scenario, greet, listen, bill = rubric
    attempt = _answered(scenario, sam, manager_max)
    # Greets 4 → (4−1)/4 = 0.75; Listens 5 → 1.0; bill pass → 1.
    # 100 × (0.75 + 1 + 1) / 3 = 91.67. Staff pass mark 70: passed.
    grade = scenarios.grade_attempt(
        attempt,
        grader=supervisor_sid,
        levels={greet.pk: 4, listen.pk: 5, bill.pk: 1},
        comments={greet.pk: "Warm, a bit late."},
    )
    attempt.refresh_from_db()
    assert grade.score == Decimal("91.67")
    assert attempt.score == Decimal("91.67")
    assert attempt.passed is True
    assert attempt.pass_mark == 70
    assert PointScore.objects.get(grade=grade, point=greet).comment == "Warm, a bit late."


def test_a_failed_critical_point_caps_the_grade_at_50(rubric, sam, manager_max, supervisor_sid):
    scenario, greet, listen, bill = rubric
    attempt = _answered(scenario, sam, manager_max)
    # 100 × (1 + 0.25 + 1) / 3 = 75, but Listens (critical) at 2 < 3 fails: capped at 50.
    grade = scenarios.grade_attempt(
        attempt, grader=supervisor_sid, levels={greet.pk: 5, listen.pk: 2, bill.pk: 1}
    )
    assert grade.score == Decimal("50.00")
    attempt.refresh_from_db()
    assert attempt.passed is False


def test_a_chosen_response_is_scored_automatically(rubric, sam, manager_max, supervisor_sid):
    scenario, greet, listen, bill = rubric
    ScenarioChoiceFactory(organization=scenario.organization, scenario=scenario, is_best=True)
    wrong = ScenarioChoiceFactory(organization=scenario.organization, scenario=scenario)
    attempt = _answered(scenario, sam, manager_max, choice=wrong)
    assert attempt.choice_correct is False
    # 100 × (1 + 1 + 1 + 0 for the wrong choice) / 4 = 75.
    grade = scenarios.grade_attempt(
        attempt, grader=supervisor_sid, levels={greet.pk: 5, listen.pk: 5, bill.pk: 1}
    )
    assert grade.score == Decimal("75.00")


def test_a_scenario_with_responses_needs_one_chosen(rubric, sam, manager_max):
    scenario, *_points = rubric
    ScenarioChoiceFactory(organization=scenario.organization, scenario=scenario, is_best=True)
    with pytest.raises(PeopleError) as error:
        _answered(scenario, sam, manager_max)
    assert error.value.field == "choice"
    assert ScenarioAttempt.objects.get().submitted_at is None


def test_a_level_outside_the_points_levels_is_refused_and_nothing_saved(
    rubric, sam, manager_max, supervisor_sid
):
    scenario, greet, listen, bill = rubric
    attempt = _answered(scenario, sam, manager_max)
    with pytest.raises(PeopleError) as error:
        scenarios.grade_attempt(
            attempt, grader=supervisor_sid, levels={greet.pk: 4, listen.pk: 5, bill.pk: 3}
        )
    assert error.value.field == f"point-{bill.pk}"
    assert "3 is not a level of “Brings the bill” (0 (fail) or 1 (pass))" in str(error.value)
    with pytest.raises(PeopleError, match="7 is not a level"):
        scenarios.grade_attempt(
            attempt, grader=supervisor_sid, levels={greet.pk: 7, listen.pk: 5, bill.pk: 1}
        )
    with pytest.raises(PeopleError, match="score “Listens”"):
        scenarios.grade_attempt(attempt, grader=supervisor_sid, levels={greet.pk: 4, bill.pk: 1})
    assert not Grade.objects.exists() and not PointScore.objects.exists()


def test_staff_cannot_grade_and_nobody_grades_twice(
    rubric, sam, manager_max, supervisor_sid, staff_sam
):
    scenario, greet, listen, bill = rubric
    attempt = _answered(scenario, sam, manager_max, double=True)
    levels = {greet.pk: 3, listen.pk: 3, bill.pk: 1}
    with pytest.raises(PeopleError, match="grader"):
        scenarios.grade_attempt(attempt, grader=staff_sam, levels=levels)
    scenarios.grade_attempt(attempt, grader=supervisor_sid, levels=levels)
    with pytest.raises(PeopleError, match="already scored"):
        scenarios.grade_attempt(attempt, grader=supervisor_sid, levels=levels)
    assert Grade.objects.count() == 1


def test_blind_double_grading_hides_each_grade_until_both_are_in(
    rubric, sam, manager_max, supervisor_sid, owner_olga
):
    scenario, greet, listen, bill = rubric
    attempt = _answered(scenario, sam, manager_max, double=True)
    first = scenarios.grade_attempt(
        attempt, grader=supervisor_sid, levels={greet.pk: 4, listen.pk: 3, bill.pk: 1}
    )
    attempt.refresh_from_db()
    assert attempt.score is None  # one of two grades: no score yet
    assert scenarios.grades_visible_to(attempt, manager_max) == []
    assert scenarios.grades_visible_to(attempt, supervisor_sid) == [first]
    assert scenarios.agreement(attempt) is None
    second = scenarios.grade_attempt(
        attempt, grader=manager_max, levels={greet.pk: 2, listen.pk: 3, bill.pk: 0}
    )
    assert scenarios.grades_visible_to(attempt, supervisor_sid) == [first, second]
    with pytest.raises(PeopleError, match="every wanted grade"):
        scenarios.grade_attempt(
            attempt, grader=owner_olga, levels={greet.pk: 2, listen.pk: 3, bill.pk: 0}
        )
    attempt.refresh_from_db()
    # first: 100 × (0.75 + 0.5 + 1)/3 = 75; second: 100 × (0.25 + 0.5 + 0)/3 = 25;
    # the attempt: their mean, 50.
    assert (first.score, second.score, attempt.score) == (
        Decimal("75.00"),
        Decimal("25.00"),
        Decimal("50.00"),
    )


def test_agreement_per_point_is_computed_by_hand(rubric, sam, manager_max, supervisor_sid):
    scenario, greet, listen, bill = rubric
    attempt = _answered(scenario, sam, manager_max, double=True)
    scenarios.grade_attempt(
        attempt, grader=supervisor_sid, levels={greet.pk: 4, listen.pk: 3, bill.pk: 1}
    )
    scenarios.grade_attempt(
        attempt, grader=manager_max, levels={greet.pk: 2, listen.pk: 3, bill.pk: 1}
    )
    result = scenarios.agreement(attempt)
    rows = {row.point.text: (row.levels, row.difference, row.agree) for row in result.points}
    # Greets 4 vs 2: apart by 2; Listens 3 vs 3 and the bill pass vs pass agree: 2 of 3.
    assert rows == {
        "Greets": ((4, 2), 2, False),
        "Listens": ((3, 3), 0, True),
        "Brings the bill": ((1, 1), 0, True),
    }
    assert result.exact_share == pytest.approx(200 / 3)


def test_the_pass_mark_follows_the_employees_role(world, rubric, manager_max, supervisor_sid):
    scenario, greet, listen, bill = rubric
    PeopleSettings.objects.create(organization=world.org, pass_mark_staff=60)
    lead = EmployeeFactory(organization=world.org, location=world.location_a, user=manager_max.user)
    attempt = _answered(scenario, lead, manager_max)
    # 100 × (0.5 + 0.5 + 1)/3 = 66.67: a manager's pass mark is 85 → failed.
    scenarios.grade_attempt(
        attempt, grader=supervisor_sid, levels={greet.pk: 3, listen.pk: 3, bill.pk: 1}
    )
    attempt.refresh_from_db()
    assert (attempt.score, attempt.pass_mark, attempt.passed) == (Decimal("66.67"), 85, False)
    assert PeopleSettings.for_organization(world.org).pass_mark(Role.STAFF) == 60


def test_assigning_a_scenario_with_no_rubric_is_refused(world, sam, manager_max):
    bare = ScenarioFactory(organization=world.org)
    with pytest.raises(PeopleError) as error:
        scenarios.assign_scenario(
            bare, location=world.location_a, due_on=TODAY, by=manager_max, today=TODAY
        )
    assert error.value.field == "scenario"
    assert "no rubric points" in str(error.value)
    assert not ScenarioAssignment.objects.exists()


def test_a_whole_location_is_assigned_and_due_then_overdue(world, rubric, sam, manager_max):
    scenario, *_points = rubric
    other = EmployeeFactory(organization=world.org, location=world.location_a)
    EmployeeFactory(organization=world.org, location=world.location_a, is_active=False)
    EmployeeFactory(organization=world.org, location=world.location_b)
    assignment = scenarios.assign_scenario(
        scenario, location=world.location_a, due_on=TODAY, by=manager_max, today=TODAY
    )
    attempts = list(assignment.attempts.order_by("employee__pk"))
    assert [a.employee for a in attempts] == sorted([sam, other], key=lambda e: e.pk)
    assert not attempts[0].is_overdue(TODAY)
    assert attempts[0].is_overdue(TODAY + timedelta(days=1))
    overdue = ScenarioAttempt.objects.filter(organization=world.org).overdue(TODAY + timedelta(1))
    assert overdue.count() == 2


def test_a_manager_cannot_assign_outside_their_locations_nor_in_the_past(
    world, rubric, manager_max
):
    scenario, *_points = rubric
    EmployeeFactory(organization=world.org, location=world.location_b)
    with pytest.raises(PeopleError, match="location"):
        scenarios.assign_scenario(
            scenario, location=world.location_b, due_on=TODAY, by=manager_max, today=TODAY
        )
    with pytest.raises(PeopleError, match="due_on"):
        scenarios.assign_scenario(
            scenario,
            location=world.location_a,
            due_on=TODAY - timedelta(days=1),
            by=manager_max,
            today=TODAY,
        )


def test_only_the_employee_answers_and_only_once(rubric, sam, manager_max, supervisor_sid):
    scenario, *_points = rubric
    attempt = _answered(scenario, sam, manager_max)
    with pytest.raises(PeopleError, match="already answered"):
        scenarios.submit_answer(attempt, by=sam.user.memberships.get(), answer="Again")
    with pytest.raises(PeopleError, match="only the employee"):
        scenarios.submit_answer(attempt, by=supervisor_sid, answer="For them")


def test_results_over_time_are_oldest_first(world, rubric, sam, manager_max):
    scenario, *_points = rubric
    later = scenarios.assign_scenario(
        scenario, location=world.location_a, due_on=TODAY + timedelta(30), by=manager_max,
        employees=[sam], today=TODAY,
    )  # fmt: skip
    sooner = scenarios.assign_scenario(
        scenario, location=world.location_a, due_on=TODAY + timedelta(3), by=manager_max,
        employees=[sam], today=TODAY,
    )  # fmt: skip
    assert [a.assignment for a in scenarios.results_over_time(sam)] == [sooner, later]


def test_a_scenario_made_from_a_failed_audit_answer_keeps_the_link(world, manager_max):
    answer = AuditAnswerFactory(
        organization=world.org,
        audit__location=world.location_a,
        result=Result.FAIL,
        note="Asked the guest to call back in 20 minutes.",
    )
    draft = scenarios.draft_from_answer(answer)
    assert draft.p == answer.p and draft.step == answer.step
    assert "call back in 20 minutes" in draft.situation
    scenario = scenarios.create_scenario(
        world.org, title=draft.title, situation=draft.situation, p=draft.p, step=draft.step,
        by=manager_max, draft=draft,
    )  # fmt: skip
    assert scenario.from_answer == answer
    point = scenario.points.get()
    assert point.behaviour == answer.behaviour


def test_a_passed_answer_is_no_lapse(world):
    answer = AuditAnswerFactory(organization=world.org, result=Result.PASS)
    with pytest.raises(PeopleError, match="answer"):
        scenarios.draft_from_answer(answer)


def test_a_scenario_from_a_comment_and_from_a_case(world, manager_max):
    response = ResponseFactory(
        organization=world.org, comment="Nobody cared that my order was wrong.", people=1,
        product=4,
    )  # fmt: skip
    draft = scenarios.draft_from_response(response)
    assert draft.customer_lines == "Nobody cared that my order was wrong."
    assert draft.p == "people"
    case = CaseFactory(organization=world.org, p="process", what_happened="The bill was wrong.")
    case_draft = scenarios.draft_from_case(case)
    assert case_draft.p == "process" and "The bill was wrong." in case_draft.situation
    scenario = scenarios.create_scenario(
        world.org, title="Bill", situation="x", p="process", by=manager_max, draft=case_draft
    )
    assert scenario.from_case == case


def test_a_scenario_without_a_title_or_with_another_orgs_step_is_refused(
    world, outsider_otto, manager_max
):
    from tests.standards.factories import JourneyStepFactory

    with pytest.raises(PeopleError, match="title"):
        scenarios.create_scenario(world.org, title=" ", situation="x", p="people", by=manager_max)
    foreign_step = JourneyStepFactory(organization=outsider_otto.organization)
    with pytest.raises(PeopleError, match="step"):
        scenarios.create_scenario(
            world.org, title="T", situation="x", p="people", step=foreign_step, by=manager_max
        )
