"""Scenarios, their rubric points and interview questions are edited and retired from the
people pages by the roles that write them: retired items stay for history (their tests,
grades and scorecards) and are offered for nothing new."""

import pytest
from django.urls import reverse
from django.utils import timezone

from servicegap.core.models import Role
from servicegap.people import scenarios, training
from servicegap.people.models import InterviewQuestion, RubricPoint, Scenario
from servicegap.people.scenarios import PeopleError
from tests.conftest import client_for
from tests.factories import EmployeeFactory
from tests.people.factories import (
    CandidateFactory,
    InterviewQuestionFactory,
    PointScoreFactory,
    RubricPointFactory,
    ScenarioAttemptFactory,
    ScenarioFactory,
    ScorecardFactory,
    ScorecardRatingFactory,
)
from tests.standards.factories import BehaviourFactory, JourneyStepFactory

WRITERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR}
BANK_KEEPERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}


@pytest.fixture
def scenario(world):
    scenario = ScenarioFactory(organization=world.org, title="The late delivery")
    RubricPointFactory(organization=world.org, scenario=scenario, text="Names a time")
    RubricPointFactory(organization=world.org, scenario=scenario, text="Apologises")
    return scenario


def _scenario_form(world, **changes) -> dict:
    step = JourneyStepFactory(organization=world.org, name="Delivery")
    data = {
        "title": "The delivery that never came",
        "situation": "A regular calls: the order is an hour late.",
        "customer_lines": "Where is my food?",
        "p": "process",
        "step": str(step.code),
        "difficulty": "3",
    }
    return data | changes


# Scenarios ------------------------------------------------------------------------------


def test_a_supervisor_edits_a_scenario_and_its_tests_stay(world, scenario, supervisor_sid):
    attempt = ScenarioAttemptFactory(
        organization=world.org, assignment__scenario=scenario, assignment__location=world.location_a
    )
    url = reverse("people:scenario-edit", args=[scenario.code])
    client = client_for(supervisor_sid)
    assert b"The late delivery" in client.get(url).content  # the form starts filled in
    response = client.post(url, _scenario_form(world))
    assert response.status_code == 302
    scenario.refresh_from_db()
    assert (scenario.title, scenario.p, scenario.difficulty, scenario.step.name) == (
        "The delivery that never came",
        "process",
        3,
        "Delivery",
    )
    assert list(scenario.attempts.all()) == [attempt]


def test_editing_a_scenario_refuses_an_empty_title_and_changes_nothing(
    world, scenario, supervisor_sid
):
    response = client_for(supervisor_sid).post(
        reverse("people:scenario-edit", args=[scenario.code]), _scenario_form(world, title="")
    )
    assert response.status_code == 400
    assert response.context["form"].errors["title"]
    scenario.refresh_from_db()
    assert scenario.title == "The late delivery"


def test_a_retired_scenario_is_kept_but_offered_for_nothing_new(
    world, scenario, supervisor_sid, manager_max, staff_sam
):
    behaviour = BehaviourFactory(organization=world.org)
    RubricPointFactory(organization=world.org, scenario=scenario, behaviour=behaviour)
    attempt = ScenarioAttemptFactory(
        organization=world.org, assignment__scenario=scenario, assignment__location=world.location_a
    )
    response = client_for(supervisor_sid).post(
        reverse("people:scenario-retire", args=[scenario.code])
    )
    assert response.status_code == 302
    scenario.refresh_from_db()
    assert not scenario.is_active
    # Hidden from the library for staff, listed as retired for writers, its page kept.
    assert (
        b"The late delivery"
        not in client_for(staff_sam).get(reverse("people:scenario-list")).content
    )
    writers_list = client_for(supervisor_sid).get(reverse("people:scenario-list"))
    assert b"Retired" in writers_list.content and b"The late delivery" in writers_list.content
    detail = client_for(supervisor_sid).get(scenario.get_absolute_url())
    assert detail.status_code == 200 and b"Retired" in detail.content
    assert ScenarioAttemptFactory._meta.model.objects.filter(pk=attempt.pk).exists()
    # No new test, role-play, training proposal or interview role-play.
    employee = EmployeeFactory(organization=world.org, location=world.location_a)
    with pytest.raises(PeopleError, match="retired"):
        scenarios.assign_scenario(
            scenario, location=world.location_a, due_on=attempt.due_on, by=manager_max
        )
    with pytest.raises(PeopleError, match="retired"):
        scenarios.score_role_play(scenario, employee=employee, grader=supervisor_sid, levels={})
    assert scenario not in training.covering_scenarios(world.org.pk, behaviour=behaviour)
    question_form = client_for(manager_max).get(reverse("people:question-create"))
    assert str(scenario.code).encode() not in question_form.content
    # And back in use.
    client_for(supervisor_sid).post(
        reverse("people:scenario-retire", args=[scenario.code]), {"in_use": "1"}
    )
    scenario.refresh_from_db()
    assert scenario.is_active


# Rubric points --------------------------------------------------------------------------


def _point_form(**changes) -> dict:
    data = {
        "text": "Names a time and keeps to it",
        "scale": "levels",
        "level_1": "No time",
        "level_3": "A vague time",
        "level_5": "A time, and a call if it slips",
        "is_critical": "on",
    }
    return data | changes


def test_a_rubric_point_is_edited(scenario, supervisor_sid):
    point = scenario.points.first()
    response = client_for(supervisor_sid).post(
        reverse("people:point-edit", args=[point.code]), _point_form()
    )
    assert response.status_code == 302
    point.refresh_from_db()
    assert (point.text, point.level_5, point.is_critical) == (
        "Names a time and keeps to it",
        "A time, and a call if it slips",
        True,
    )


def test_a_scored_points_scale_stays_and_the_form_says_why(world, scenario, supervisor_sid):
    point = scenario.points.first()
    PointScoreFactory(
        organization=world.org,
        point=point,
        grade__attempt__assignment__scenario=scenario,
        grade__attempt__assignment__location=world.location_a,
    )
    response = client_for(supervisor_sid).post(
        reverse("people:point-edit", args=[point.code]), _point_form(scale="pass_fail")
    )
    assert response.status_code == 400
    assert "retire it" in response.context["form"].errors["scale"][0]
    point.refresh_from_db()
    assert (point.scale, point.text) == (RubricPoint.Scale.LEVELS, "Names a time")


def test_a_retired_point_leaves_the_grading_form_and_keeps_its_levels(
    world, scenario, supervisor_sid
):
    retired, kept = scenario.points.all()
    score = PointScoreFactory(
        organization=world.org,
        point=retired,
        grade__attempt__assignment__scenario=scenario,
        grade__attempt__assignment__location=world.location_a,
    )
    client = client_for(supervisor_sid)
    assert client.post(reverse("people:point-retire", args=[retired.code])).status_code == 302
    retired.refresh_from_db()
    assert not retired.is_active
    attempt = ScenarioAttemptFactory(
        organization=world.org,
        assignment__scenario=scenario,
        assignment__location=world.location_a,
        submitted_at=timezone.now(),
    )
    page = client.get(attempt.get_absolute_url())
    assert f"level-{kept.pk}".encode() in page.content
    assert f"level-{retired.pk}".encode() not in page.content
    assert score.__class__.objects.filter(pk=score.pk).exists()
    detail = client.get(scenario.get_absolute_url())
    assert b"retired" in detail.content and b"Use again" in detail.content


def test_the_last_point_in_use_cannot_be_retired(scenario, supervisor_sid):
    first, last = scenario.points.all()
    client = client_for(supervisor_sid)
    client.post(reverse("people:point-retire", args=[first.code]))
    response = client.post(reverse("people:point-retire", args=[last.code]))
    assert response.status_code == 400
    assert b"last point in use" in response.content
    last.refresh_from_db()
    assert last.is_active


# Interview questions --------------------------------------------------------------------


def test_a_manager_edits_a_question_and_its_behaviours(world, manager_max):
    question = InterviewQuestionFactory(organization=world.org, text="Old wording")
    behaviour = BehaviourFactory(organization=world.org)
    response = client_for(manager_max).post(
        reverse("people:question-edit", args=[question.code]),
        {
            "text": "Tell me about a time you broke a rule for a customer.",
            "good_answer": "A real story, the customer first.",
            "red_flags": "Never has.",
            "behaviours": [str(behaviour.code)],
        },
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.text == "Tell me about a time you broke a rule for a customer."
    assert list(question.behaviours.all()) == [behaviour]


def test_a_question_needs_its_text(world, manager_max):
    question = InterviewQuestionFactory(organization=world.org, text="Old wording")
    response = client_for(manager_max).post(
        reverse("people:question-edit", args=[question.code]), {"text": ""}
    )
    assert response.status_code == 400 and response.context["form"].errors["text"]
    question.refresh_from_db()
    assert question.text == "Old wording"


def test_a_retired_question_is_asked_no_more_but_stays_on_scorecards(world, manager_max):
    question = InterviewQuestionFactory(organization=world.org, text="Why this job?")
    other = InterviewQuestionFactory(organization=world.org, text="A hard guest?")
    candidate = CandidateFactory(organization=world.org, location=world.location_a)
    card = ScorecardFactory(organization=world.org, candidate=candidate, interviewer=manager_max)
    ScorecardRatingFactory(organization=world.org, scorecard=card, question=question, rating=4)
    client = client_for(manager_max)
    assert client.post(reverse("people:question-retire", args=[question.code])).status_code == 302
    assert not InterviewQuestion.objects.get(pk=question.pk).is_active
    bank = client.get(reverse("people:interview-list"))
    assert b"Retired questions" in bank.content
    fresh = CandidateFactory(organization=world.org, location=world.location_a)
    form = client.get(reverse("people:scorecard-create", args=[fresh.code]))
    assert b"A hard guest?" in form.content and b"Why this job?" not in form.content
    panel = client.get(candidate.get_absolute_url())
    assert b"Why this job?" in panel.content  # the past scorecard keeps it
    client.post(reverse("people:question-retire", args=[question.code]), {"in_use": "1"})
    assert InterviewQuestion.objects.get(pk=question.pk).is_active
    assert other.is_active


# Who may, and another organisation's ------------------------------------------------------


def _objects(org):
    scenario = ScenarioFactory(organization=org)
    point = RubricPointFactory(organization=org, scenario=scenario)
    RubricPointFactory(organization=org, scenario=scenario)
    question = InterviewQuestionFactory(organization=org)
    return {
        "people:scenario-edit": (scenario, WRITERS),
        "people:scenario-retire": (scenario, WRITERS),
        "people:point-edit": (point, WRITERS),
        "people:point-retire": (point, WRITERS),
        "people:question-edit": (question, BANK_KEEPERS),
        "people:question-retire": (question, BANK_KEEPERS),
    }


@pytest.mark.parametrize("role", list(Role))
def test_each_role_may_edit_and_retire_only_what_it_writes(role, member_of_role, world):
    client = client_for(member_of_role(role))
    for name, (obj, allowed) in _objects(world.org).items():
        url = reverse(name, args=[obj.code])
        response = client.post(url) if name.endswith("retire") else client.get(url)
        expected = (302 if name.endswith("retire") else 200) if role in allowed else 403
        assert response.status_code == expected, name


def test_another_organisations_items_are_404(world, owner_olga, outsider_otto):
    theirs = _objects(outsider_otto.organization)
    client = client_for(owner_olga)
    for name, (obj, _allowed) in theirs.items():
        url = reverse(name, args=[obj.code])
        assert client.get(url).status_code in (404, 405), name
        assert client.post(url).status_code == 404, name
    assert Scenario.objects.filter(organization=outsider_otto.organization, is_active=True).exists()
