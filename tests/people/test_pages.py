"""The people pages: who sees what, the flows through the forms, and bad input refused
with the field named and nothing half saved."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from servicegap.audits.models import Kind, Result
from servicegap.core.models import Role
from servicegap.people import scenarios
from servicegap.people.models import (
    CoachingNote,
    Grade,
    Idea,
    IdeaVote,
    RuleBend,
    Scenario,
    ScenarioAttempt,
    Scorecard,
)
from tests.audits.factories import AuditAnswerFactory, AuditFactory
from tests.conftest import client_for
from tests.factories import EmployeeFactory
from tests.people.factories import (
    CandidateFactory,
    CoachingNoteFactory,
    IdeaFactory,
    InterviewQuestionFactory,
    RubricPointFactory,
    RuleBendFactory,
    ScenarioFactory,
)
from tests.recovery.factories import CaseFactory
from tests.standards.factories import JourneyStepFactory


@pytest.fixture
def sam(world, staff_sam):
    return EmployeeFactory(organization=world.org, location=world.location_a, user=staff_sam.user)


@pytest.mark.parametrize("role", list(Role))
def test_the_people_home_is_for_the_team(role, member_of_role):
    response = client_for(member_of_role(role)).get(reverse("people:home"))
    assert response.status_code == (403 if role == Role.SHOPPER else 200)


def test_the_navigation_links_to_people_now(owner_olga):
    page = client_for(owner_olga).get(reverse("core:home"))
    assert reverse("people:home").encode() in page.content


def test_a_scenario_is_made_from_a_failed_answer_through_the_form(world, supervisor_sid):
    answer = AuditAnswerFactory(
        organization=world.org, audit__location=world.location_a, result=Result.FAIL
    )
    client = client_for(supervisor_sid)
    url = reverse("people:scenario-from-answer", args=[answer.code])
    page = client.get(url)
    assert page.status_code == 200
    assert answer.behaviour_text.encode() in page.content
    response = client.post(
        url,
        {
            "title": "Call back in 20 minutes",
            "situation": "A guest asks where the delivery is.",
            "p": answer.p,
            "step": str(answer.step.code),
            "difficulty": "2",
        },
    )
    scenario = Scenario.objects.get()
    assert response.status_code == 302 and response["Location"] == scenario.get_absolute_url()
    assert scenario.from_answer == answer and scenario.points.get().behaviour == answer.behaviour


def test_staff_cannot_make_scenarios_and_another_orgs_answer_is_404(
    world, staff_sam, supervisor_sid, outsider_otto
):
    foreign = AuditAnswerFactory(organization=outsider_otto.organization, result=Result.FAIL)
    url = reverse("people:scenario-from-answer", args=[foreign.code])
    assert client_for(supervisor_sid).get(url).status_code == 404
    assert client_for(staff_sam).get(reverse("people:scenario-create")).status_code == 403


def test_assigning_a_scenario_without_rubric_names_the_reason(world, manager_max, sam):
    scenario = ScenarioFactory(organization=world.org)
    response = client_for(manager_max).post(
        reverse("people:scenario-assign", args=[scenario.code]),
        {
            "location": str(world.location_a.code),
            "due_on": (timezone.localdate() + timedelta(days=3)).isoformat(),
        },
    )
    assert response.status_code == 400
    assert b"no rubric points" in response.content
    assert not ScenarioAttempt.objects.exists()


def test_the_answer_then_grade_flow_through_the_pages(world, manager_max, supervisor_sid, sam):
    scenario = ScenarioFactory(organization=world.org)
    point = RubricPointFactory(organization=world.org, scenario=scenario)
    assignment = scenarios.assign_scenario(
        scenario,
        location=world.location_a,
        due_on=timezone.localdate() + timedelta(days=3),
        by=manager_max,
        employees=[sam],
    )
    attempt = assignment.attempts.get()
    staff = client_for(sam.user.memberships.get())
    page = staff.get(attempt.get_absolute_url())
    assert page.status_code == 200 and b"Send my answer" in page.content
    staff.post(reverse("people:attempt-answer", args=[attempt.code]), {"answer": "Sorry!"})
    grade_url = reverse("people:attempt-grade", args=[attempt.code])
    supervisor = client_for(supervisor_sid)
    refused = supervisor.post(grade_url, {f"level-{point.pk}": "9"})
    assert refused.status_code == 400 and not Grade.objects.exists()
    assert staff.post(grade_url, {f"level-{point.pk}": "5"}).status_code == 403
    done = supervisor.post(grade_url, {f"level-{point.pk}": "5", f"comment-{point.pk}": "Good"})
    assert done.status_code == 302
    attempt.refresh_from_db()
    assert attempt.score == 100 and attempt.passed


def test_staff_reach_only_their_own_results_notes_and_bends(world, sam, staff_sam, supervisor_sid):
    colleague = EmployeeFactory(organization=world.org, location=world.location_a)
    their_attempt = ScenarioAttempt.objects.create(
        organization=world.org,
        assignment=scenarios.ScenarioAssignment.objects.create(
            organization=world.org,
            scenario=ScenarioFactory(organization=world.org),
            location=world.location_a,
            due_on=timezone.localdate(),
        ),
        scenario=Scenario.objects.get(),
        employee=colleague,
        location=world.location_a,
        due_on=timezone.localdate(),
    )
    their_note = CoachingNoteFactory(organization=world.org, employee=colleague)
    their_bend = RuleBendFactory(organization=world.org, location=world.location_a)
    staff = client_for(staff_sam)
    assert staff.get(reverse("people:employee", args=[colleague.code])).status_code == 404
    assert staff.get(their_attempt.get_absolute_url()).status_code == 404
    assert staff.post(reverse("people:note-acknowledge", args=[their_note.code])).status_code == 404
    bends = staff.get(reverse("people:bend-list"))
    assert their_bend.why.encode() not in bends.content
    assert staff.get(reverse("people:employee", args=[sam.code])).status_code == 200
    supervisor = client_for(supervisor_sid)
    assert supervisor.get(reverse("people:employee", args=[colleague.code])).status_code == 200


def test_a_coaching_note_links_the_evidence_named_in_the_link(world, sam, supervisor_sid):
    observation = AuditFactory(
        organization=world.org, location=world.location_a, kind=Kind.OBSERVATION
    )
    case = CaseFactory(organization=world.org, location=world.location_a)
    client = client_for(supervisor_sid)
    url = reverse("people:note-create", args=[sam.code])
    page = client.get(url, {"case": str(case.code)})
    assert page.status_code == 200 and case.summary.encode() in page.content
    response = client.post(
        url,
        {"audit": str(observation.code), "next_time": "Take over sooner.", "is_intervention": "on"},
    )
    assert response.status_code == 302
    note = CoachingNote.objects.get()
    assert note.audit == observation and note.is_intervention
    page = client_for(sam.user.memberships.get()).get(reverse("people:employee", args=[sam.code]))
    assert b"Take over sooner." in page.content and b"stepped in" in page.content


def test_an_empty_note_is_refused_with_the_field(world, sam, supervisor_sid):
    response = client_for(supervisor_sid).post(reverse("people:note-create", args=[sam.code]), {})
    assert response.status_code == 400
    assert b"say what went well or what to do next time" in response.content
    assert not CoachingNote.objects.exists()


def test_a_bend_with_a_negative_cost_is_refused(world, staff_sam):
    response = client_for(staff_sam).post(
        reverse("people:bend-create"),
        {
            "location": str(world.location_a.code),
            "rule": "No refunds",
            "why": "x",
            "cost": "-3",
            "happened_on": timezone.localdate().isoformat(),
        },
    )
    assert response.status_code == 400 and not RuleBend.objects.exists()


def test_voting_twice_through_the_page_is_refused(world, staff_sam):
    idea = IdeaFactory(organization=world.org)
    client = client_for(staff_sam)
    url = reverse("people:idea-vote", args=[idea.code])
    assert client.post(url).status_code == 302
    second = client.post(url)
    assert second.status_code == 400 and b"already voted" in second.content
    assert IdeaVote.objects.count() == 1


def test_adopting_an_idea_is_for_leaders_and_a_retired_step_is_refused(
    world, owner_olga, manager_max
):
    step = JourneyStepFactory(organization=world.org)
    idea = IdeaFactory(organization=world.org, step=step)
    url = reverse("people:idea-adopt", args=[idea.code])
    data = {"text": "A warm towel", "p": "people"}
    assert client_for(manager_max).post(url, data).status_code == 403
    step.is_active = False
    step.save()
    refused = client_for(owner_olga).post(url, data)
    assert refused.status_code == 400 and b"is retired" in refused.content
    idea.refresh_from_db()
    assert idea.status == Idea.Status.NEW


def test_an_interviewer_sees_others_scorecards_only_after_submitting(
    world, manager_max, supervisor_sid
):
    question = InterviewQuestionFactory(organization=world.org)
    candidate = CandidateFactory(organization=world.org, location=world.location_a)
    Scorecard.objects.create(
        organization=world.org,
        candidate=candidate,
        role_applied=candidate.role_applied,
        interviewer=manager_max,
        call="yes",
        notes="The manager finds them calm",
    )
    client = client_for(supervisor_sid)
    page = client.get(candidate.get_absolute_url())
    assert page.status_code == 200 and b"The manager finds them calm" not in page.content
    response = client.post(
        reverse("people:scorecard-create", args=[candidate.code]),
        {"call": "no_decision", f"rating-{question.pk}": "3"},
    )
    assert response.status_code == 302
    page = client.get(candidate.get_absolute_url())
    assert b"The manager finds them calm" in page.content
    again = client.post(
        reverse("people:scorecard-create", args=[candidate.code]),
        {"call": "yes", f"rating-{question.pk}": "4"},
    )
    assert again.status_code == 400 and b"already scored" in again.content


def test_another_organisations_idea_candidate_and_training_are_404(
    world, owner_olga, outsider_otto
):
    from tests.people.factories import TrainingProposalFactory

    org = outsider_otto.organization
    client = client_for(owner_olga)
    for url in (
        reverse("people:idea-detail", args=[IdeaFactory(organization=org).code]),
        CandidateFactory(organization=org).get_absolute_url(),
        TrainingProposalFactory(organization=org).get_absolute_url(),
    ):
        assert client.get(url).status_code == 404, url


def test_training_is_proposed_from_a_failing_behaviour_and_started_in_one_click(
    world, manager_max, sam
):
    answer = AuditAnswerFactory(organization=world.org, audit__location=world.location_a)
    scenario = ScenarioFactory(organization=world.org)
    RubricPointFactory(organization=world.org, scenario=scenario, behaviour=answer.behaviour)
    client = client_for(manager_max)
    response = client.post(
        reverse("people:training-propose"),
        {
            "location": str(world.location_a.code),
            "behaviour": str(answer.behaviour.code),
            "source": "failures",
        },
    )
    assert response.status_code == 302
    proposal_url = response["Location"]
    page = client.get(proposal_url)
    assert scenario.title.encode() in page.content
    start = client.post(
        proposal_url + "start/",
        {"due_on": (timezone.localdate() + timedelta(days=7)).isoformat()},
    )
    assert start.status_code == 302
    assert ScenarioAttempt.objects.get().employee == sam
    assert b"Measured effect" in client.get(proposal_url).content


def test_the_team_page_counts_each_employees_tests_without_more_queries_per_employee(
    world, manager_max, supervisor_sid, staff_sam, django_assert_max_num_queries
):
    scenario = ScenarioFactory(organization=world.org)
    RubricPointFactory(organization=world.org, scenario=scenario)
    team = EmployeeFactory.create_batch(6, organization=world.org, location=world.location_a)
    EmployeeFactory(organization=world.org, location=world.location_b, first_name="Faraway")
    today = timezone.localdate()
    scenarios.assign_scenario(
        scenario, location=world.location_a, due_on=today, by=manager_max, today=today
    )
    ScenarioAttempt.objects.filter(employee=team[0]).update(due_on=today - timedelta(days=2))
    client = client_for(supervisor_sid)
    with django_assert_max_num_queries(12):
        page = client.get(reverse("people:team"))
    assert page.status_code == 200
    assert str(team[0]).encode() in page.content and b"Faraway" not in page.content
    assert b'<strong class="error">1</strong>' in page.content  # one overdue test
    assert client_for(staff_sam).get(reverse("people:team")).status_code == 403


def test_list_pages_do_not_grow_in_queries_with_rows(
    world, owner_olga, staff_sam, django_assert_max_num_queries
):
    for _ in range(8):
        RubricPointFactory(organization=world.org, scenario=ScenarioFactory(organization=world.org))
        IdeaFactory(organization=world.org)
        RuleBendFactory(organization=world.org, location=world.location_a)
    client = client_for(owner_olga)
    for name in ("people:scenario-list", "people:idea-list", "people:bend-list"):
        with django_assert_max_num_queries(14):
            assert client.get(reverse(name)).status_code == 200


def test_the_assign_page_gives_the_tests_as_asked(world, manager_max, sam):
    scenario = ScenarioFactory(organization=world.org)
    RubricPointFactory(organization=world.org, scenario=scenario)
    EmployeeFactory(organization=world.org, location=world.location_a)  # not chosen
    due = timezone.localdate(timezone=world.org.tz) + timedelta(days=4)
    response = client_for(manager_max).post(
        reverse("people:scenario-assign", args=[scenario.code]),
        {
            "location": str(world.location_a.code),
            "employees": [str(sam.code)],
            "due_on": due.isoformat(),
            "double_graded": "on",
        },
    )
    assert response.status_code == 302
    attempt = ScenarioAttempt.objects.get()
    assert (attempt.employee, attempt.due_on, attempt.graders_wanted) == (sam, due, 2)


def test_the_settings_page_keeps_one_row_and_refuses_a_retention_past_100_years(world, owner_olga):
    from servicegap.people.models import PeopleSettings

    url = reverse("people:settings")
    client = client_for(owner_olga)
    data = {
        "pass_mark_staff": "75",
        "pass_mark_supervisor": "80",
        "pass_mark_manager": "90",
        "rule_bent_often": "3",
        "candidate_retention_days": "36501",
    }
    refused = client.post(url, data)
    assert refused.status_code == 400 and b"At most 36500 days" in refused.content
    assert not PeopleSettings.objects.exists()
    assert client.post(url, {**data, "candidate_retention_days": "90"}).status_code == 302
    assert client.post(url, {**data, "candidate_retention_days": "60"}).status_code == 302
    rules = PeopleSettings.objects.get()
    assert (rules.organization, rules.pass_mark_staff, rules.candidate_retention_days) == (
        world.org,
        75,
        60,
    )
