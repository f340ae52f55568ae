"""A live role-play, scored by the supervisor who ran it on the scenario's rubric (the
card's behaviours and its own points, anchored levels or pass/fail, critical points),
counts as one of the employee's tests."""

from decimal import Decimal

import pytest
from django.urls import reverse

from servicegap.core.models import Role
from servicegap.people import scenarios
from servicegap.people.models import (
    Grade,
    PointScore,
    RubricPoint,
    ScenarioAssignment,
    ScenarioAttempt,
)
from servicegap.people.scenarios import PeopleError
from tests.conftest import client_for
from tests.factories import EmployeeFactory
from tests.people.factories import RubricPointFactory, ScenarioFactory
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
