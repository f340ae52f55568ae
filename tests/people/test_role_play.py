"""A live role-play, scored by the supervisor who ran it on the scenario's rubric (the
card's behaviours and its own points, anchored levels or pass/fail, critical points),
counts as one of the employee's tests; a candidate's role-play in an interview is scored
on the same rubric the same way, on the interviewer's scorecard."""

from decimal import Decimal

import pytest
from django.urls import reverse

from servicegap.core.models import Role
from servicegap.people import interviews, scenarios
from servicegap.people.models import (
    Grade,
    PointScore,
    RolePlayLevel,
    RolePlayScore,
    RubricPoint,
    ScenarioAssignment,
    ScenarioAttempt,
    Scorecard,
)
from servicegap.people.scenarios import PeopleError
from tests.conftest import client_for
from tests.factories import EmployeeFactory
from tests.people.factories import (
    CandidateFactory,
    InterviewQuestionFactory,
    RubricPointFactory,
    ScenarioFactory,
)
from tests.standards.factories import BehaviourFactory


@pytest.fixture
def sam(world, staff_sam):
    return EmployeeFactory(organization=world.org, location=world.location_a, user=staff_sam.user)


@pytest.fixture
def rubric(world):
    """A card behaviour on levels, a pass/fail point of the scenario's own, and a
    critical point on levels."""
    scenario = ScenarioFactory(organization=world.org, title="The guest who is angry already")
    card = RubricPointFactory(
        organization=world.org,
        scenario=scenario,
        behaviour=BehaviourFactory(organization=world.org),
        text="Greets within a minute",
    )
    own = RubricPointFactory(
        organization=world.org,
        scenario=scenario,
        text="Names a time",
        scale=RubricPoint.Scale.PASS_FAIL,
        level_1="No time named",
        level_5="Names when the dish comes",
    )
    critical = RubricPointFactory(
        organization=world.org, scenario=scenario, text="Stays calm", is_critical=True
    )
    return scenario, card, own, critical


def _nothing_saved() -> bool:
    return not (
        ScenarioAssignment.objects.exists()
        or ScenarioAttempt.objects.exists()
        or Grade.objects.exists()
        or PointScore.objects.exists()
    )


def test_a_role_play_is_scored_on_the_rubric_and_counts_as_a_test(rubric, sam, supervisor_sid):
    """Levels 5, pass, 3: (1 + 1 + (3 − 1)/4) / 3 = 2.5/3 = 83.33; staff pass at 70."""
    scenario, card, own, critical = rubric
    attempt = scenarios.score_role_play(
        scenario,
        employee=sam,
        grader=supervisor_sid,
        levels={card.pk: 5, own.pk: 1, critical.pk: 3},
        comments={own.pk: "Said ten minutes"},
        note="Played a guest whose soup was cold.",
    )
    assert attempt.kind == ScenarioAttempt.Kind.ROLE_PLAY
    assert attempt.score == Decimal("83.33")
    assert (attempt.pass_mark, attempt.passed) == (70, True)
    assert attempt.submitted_at is not None and attempt.graded_at is not None
    assert attempt.answer == "Played a guest whose soup was cold."
    assert PointScore.objects.get(point=own).comment == "Said ten minutes"
    assert scenarios.results_over_time(sam) == [attempt]


def test_a_failed_critical_point_caps_the_role_play_at_50(rubric, sam, supervisor_sid):
    """Levels 5, pass, 2: (1 + 1 + 0.25) / 3 = 75, but "Stays calm" at 2 (below 3) fails
    a critical point: 50, not passed."""
    scenario, card, own, critical = rubric
    attempt = scenarios.score_role_play(
        scenario,
        employee=sam,
        grader=supervisor_sid,
        levels={card.pk: 5, own.pk: 1, critical.pk: 2},
    )
    assert (attempt.score, attempt.passed) == (Decimal("50.00"), False)


@pytest.mark.parametrize(
    ("which", "level"), [("own", 3), ("card", 0), ("card", 6), ("critical", None)]
)
def test_a_level_outside_the_points_scale_or_missing_is_refused(
    which, level, rubric, sam, supervisor_sid
):
    scenario, card, own, critical = rubric
    points = {"card": card, "own": own, "critical": critical}
    levels = {card.pk: 4, own.pk: 1, critical.pk: 4}
    if level is None:
        del levels[points[which].pk]
    else:
        levels[points[which].pk] = level
    with pytest.raises(PeopleError) as error:
        scenarios.score_role_play(scenario, employee=sam, grader=supervisor_sid, levels=levels)
    assert error.value.field == f"point-{points[which].pk}"
    assert _nothing_saved()


def test_a_retired_point_is_not_scored_in_a_new_role_play(rubric, sam, supervisor_sid):
    """With "Stays calm" retired: levels 5 and pass → 100 on two points."""
    scenario, card, own, critical = rubric
    critical.is_active = False
    critical.save()
    attempt = scenarios.score_role_play(
        scenario, employee=sam, grader=supervisor_sid, levels={card.pk: 5, own.pk: 1}
    )
    assert attempt.score == Decimal("100.00")
    assert not PointScore.objects.filter(point=critical).exists()


def test_a_retired_scenario_and_ones_own_role_play_are_refused(rubric, world, supervisor_sid):
    scenario, card, own, critical = rubric
    myself = EmployeeFactory(
        organization=world.org, location=world.location_a, user=supervisor_sid.user
    )
    levels = {card.pk: 4, own.pk: 1, critical.pk: 4}
    with pytest.raises(PeopleError, match="your own"):
        scenarios.score_role_play(scenario, employee=myself, grader=supervisor_sid, levels=levels)
    scenario.is_active = False
    scenario.save()
    other = EmployeeFactory(organization=world.org, location=world.location_a)
    with pytest.raises(PeopleError, match="retired"):
        scenarios.score_role_play(scenario, employee=other, grader=supervisor_sid, levels=levels)
    assert _nothing_saved()


def test_the_role_play_page_scores_and_shows_it_on_the_employees_page(
    rubric, sam, supervisor_sid, staff_sam
):
    scenario, card, own, critical = rubric
    client = client_for(supervisor_sid)
    url = reverse("people:scenario-role-play", args=[scenario.code])
    page = client.get(url)
    assert page.status_code == 200
    assert b"5: Apologises and brings the bill at once." in page.content  # the anchors
    assert b"critical" in page.content
    response = client.post(
        url,
        {
            "employee": str(sam.code),
            "note": "Cold soup",
            f"level-{card.pk}": "5",
            f"level-{own.pk}": "1",
            f"level-{critical.pk}": "3",
        },
    )
    attempt = ScenarioAttempt.objects.get()
    assert response.status_code == 302 and response["Location"] == attempt.get_absolute_url()
    mine = client_for(staff_sam).get(reverse("people:employee", args=[sam.code]))
    assert scenario.title.encode() in mine.content and b"83.33" in mine.content
    detail = client_for(staff_sam).get(attempt.get_absolute_url())
    assert b"live role-play" in detail.content


def test_the_page_refuses_a_missing_level_naming_the_point(rubric, sam, supervisor_sid):
    scenario, card, own, critical = rubric
    response = client_for(supervisor_sid).post(
        reverse("people:scenario-role-play", args=[scenario.code]),
        {"employee": str(sam.code), f"level-{card.pk}": "5", f"level-{own.pk}": "1"},
    )
    assert response.status_code == 400
    assert response.context["form"].errors[f"level-{critical.pk}"]
    assert _nothing_saved()


def test_an_employee_of_another_location_or_organisation_is_not_a_choice(
    rubric, world, supervisor_sid, outsider_otto
):
    scenario, card, own, critical = rubric
    levels = {f"level-{card.pk}": "5", f"level-{own.pk}": "1", f"level-{critical.pk}": "3"}
    url = reverse("people:scenario-role-play", args=[scenario.code])
    for employee in (
        EmployeeFactory(organization=world.org, location=world.location_b),
        EmployeeFactory(organization=outsider_otto.organization),
    ):
        response = client_for(supervisor_sid).post(url, {"employee": str(employee.code)} | levels)
        assert response.status_code == 400
        assert response.context["form"].errors["employee"]
    assert _nothing_saved()


def test_another_organisations_scenario_is_404(supervisor_sid, outsider_otto):
    theirs = ScenarioFactory(organization=outsider_otto.organization)
    response = client_for(supervisor_sid).get(
        reverse("people:scenario-role-play", args=[theirs.code])
    )
    assert response.status_code == 404


@pytest.mark.parametrize("role", list(Role))
def test_supervisors_and_up_score_role_plays(role, member_of_role, rubric):
    scenario, *_points = rubric
    response = client_for(member_of_role(role)).get(
        reverse("people:scenario-role-play", args=[scenario.code])
    )
    allowed = role in (Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR)
    assert response.status_code == (200 if allowed else 403)


# A candidate's role-play in an interview ------------------------------------------------


@pytest.fixture
def played(world, rubric):
    """A question of the bank whose role-play is the rubric's scenario, and a candidate."""
    scenario, *_points = rubric
    question = InterviewQuestionFactory(organization=world.org, role_play=scenario)
    candidate = CandidateFactory(organization=world.org, location=world.location_a)
    return question, candidate


def test_a_candidates_role_play_is_scored_on_the_rubric_as_a_test_is(
    rubric, played, manager_max, supervisor_sid
):
    """Levels 5, pass, 3 → 83.33; levels 5, pass, 2 → 75 capped at 50 (critical)."""
    _scenario, card, own, critical = rubric
    question, candidate = played
    interviews.submit_scorecard(
        candidate,
        interviewer=manager_max,
        call="yes",
        ratings={},
        role_plays={question.pk: {card.pk: 5, own.pk: 1, critical.pk: 3}},
    )
    interviews.submit_scorecard(
        candidate,
        interviewer=supervisor_sid,
        call="no",
        ratings={question.pk: 2},
        role_plays={question.pk: {card.pk: 5, own.pk: 1, critical.pk: 2}},
    )
    scores = [r.score for r in RolePlayScore.objects.order_by("pk")]
    assert scores == [Decimal("83.33"), Decimal("50.00")]
    assert RolePlayLevel.objects.count() == 6
    row = interviews.panel(candidate).rows[0]
    assert (row.question, row.ratings, row.role_plays) == (question, [None, 2], scores)
    assert row.role_play_spread == Decimal("33.33") and not row.role_plays_disagree


def test_a_candidates_role_play_missing_a_point_is_refused_and_nothing_saved(
    rubric, played, manager_max
):
    _scenario, card, own, critical = rubric
    question, candidate = played
    with pytest.raises(PeopleError) as error:
        interviews.submit_scorecard(
            candidate,
            interviewer=manager_max,
            call="yes",
            ratings={question.pk: 4},
            role_plays={question.pk: {card.pk: 5, own.pk: 1}},
        )
    assert error.value.field == f"rp-{question.pk}-{critical.pk}"
    with pytest.raises(PeopleError, match="no role-play"):
        other = InterviewQuestionFactory(organization=candidate.organization)
        interviews.submit_scorecard(
            candidate, interviewer=manager_max, call="yes", ratings={}, role_plays={other.pk: {}}
        )
    assert not Scorecard.objects.exists() and not RolePlayScore.objects.exists()


def test_the_scorecard_page_scores_a_role_play_and_refuses_half_of_one(
    rubric, played, manager_max, supervisor_sid
):
    _scenario, card, own, critical = rubric
    question, candidate = played
    url = reverse("people:scorecard-create", args=[candidate.code])
    client = client_for(manager_max)
    page = client.get(url)
    assert f"rp-{question.pk}-{critical.pk}".encode() in page.content
    half = {"call": "yes", f"rp-{question.pk}-{card.pk}": "4"}
    refused = client.post(url, half)
    assert refused.status_code == 400
    assert refused.context["form"].errors[f"rp-{question.pk}-{own.pk}"]
    assert not Scorecard.objects.exists()
    whole = half | {f"rp-{question.pk}-{own.pk}": "1", f"rp-{question.pk}-{critical.pk}": "5"}
    assert client.post(url, whole).status_code == 302
    # (0.75 + 1 + 1) / 3 = 91.67
    assert RolePlayScore.objects.get().score == Decimal("91.67")
    # The blind rule holds for the role-play too: the supervisor sees it only after theirs.
    before = client_for(supervisor_sid).get(candidate.get_absolute_url())
    assert b"91.67" not in before.content
    assert b"91.67" in client_for(manager_max).get(candidate.get_absolute_url()).content


def test_a_role_play_whose_scenario_has_no_points_is_refused(world, played, manager_max):
    question, candidate = played
    empty = ScenarioFactory(organization=world.org)
    question.role_play = empty
    question.save()
    page = client_for(manager_max).get(reverse("people:scorecard-create", args=[candidate.code]))
    assert f"rp-{question.pk}-".encode() not in page.content
    with pytest.raises(PeopleError, match="no rubric points"):
        interviews.submit_scorecard(
            candidate, interviewer=manager_max, call="yes", ratings={}, role_plays={question.pk: {}}
        )
    assert not Scorecard.objects.exists()
