"""Factories for the people app; the tenancy test finds <Model>Factory here.

Every SubFactory follows `organization`, so `XFactory(organization=org)` builds a whole
chain (attempt, assignment, scenario, employee, location) inside that one organisation.
"""

from datetime import timedelta

import factory
from django.utils import timezone

from servicegap.core.models import P, Role
from servicegap.people.models import (
    Candidate,
    CoachingNote,
    Grade,
    Idea,
    IdeaVote,
    InterviewQuestion,
    PeopleSettings,
    PointScore,
    RolePlayLevel,
    RolePlayScore,
    RubricPoint,
    RuleBend,
    Scenario,
    ScenarioAssignment,
    ScenarioAttempt,
    ScenarioChoice,
    Scorecard,
    ScorecardRating,
    TrainingProposal,
)
from tests.factories import (
    EmployeeFactory,
    LocationFactory,
    MembershipFactory,
    OrganizationFactory,
    UserFactory,
)
from tests.standards.factories import JourneyStepFactory

ORG = factory.SelfAttribute("..organization")


class PeopleSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PeopleSettings
        django_get_or_create = ["organization"]

    organization = factory.SubFactory(OrganizationFactory)


class ScenarioFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Scenario

    organization = factory.SubFactory(OrganizationFactory)
    title = factory.Sequence(lambda n: f"A guest asks for the bill, scenario {n}")
    situation = "The guest waves twice and nobody comes."
    customer_lines = "I have been waiting for ten minutes."
    p = P.PEOPLE
    step = factory.SubFactory(JourneyStepFactory, organization=ORG)


class RubricPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RubricPoint

    organization = factory.SubFactory(OrganizationFactory)
    scenario = factory.SubFactory(ScenarioFactory, organization=ORG)
    text = factory.Sequence(lambda n: f"Apologises and names a time, point {n}")
    level_1 = "Ignores the wait."
    level_3 = "Apologises."
    level_5 = "Apologises and brings the bill at once."
    position = factory.Sequence(lambda n: n)


class ScenarioChoiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScenarioChoice

    organization = factory.SubFactory(OrganizationFactory)
    scenario = factory.SubFactory(ScenarioFactory, organization=ORG)
    text = factory.Sequence(lambda n: f"Bring the bill at once, choice {n}")
    position = factory.Sequence(lambda n: n)


class ScenarioAssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScenarioAssignment

    organization = factory.SubFactory(OrganizationFactory)
    scenario = factory.SubFactory(ScenarioFactory, organization=ORG)
    location = factory.SubFactory(LocationFactory, organization=ORG)
    due_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=7))


class ScenarioAttemptFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScenarioAttempt

    organization = factory.SubFactory(OrganizationFactory)
    assignment = factory.SubFactory(ScenarioAssignmentFactory, organization=ORG)
    scenario = factory.SelfAttribute("assignment.scenario")
    location = factory.SelfAttribute("assignment.location")
    employee = factory.SubFactory(
        EmployeeFactory, organization=ORG, location=factory.SelfAttribute("..location")
    )
    due_on = factory.SelfAttribute("assignment.due_on")
    answer = "I would apologise and bring the bill."


class GradeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Grade

    organization = factory.SubFactory(OrganizationFactory)
    attempt = factory.SubFactory(ScenarioAttemptFactory, organization=ORG)
    grader = factory.SubFactory(MembershipFactory, organization=ORG, role=Role.SUPERVISOR)
    score = 75


class PointScoreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PointScore

    organization = factory.SubFactory(OrganizationFactory)
    grade = factory.SubFactory(GradeFactory, organization=ORG)
    point = factory.SubFactory(
        RubricPointFactory,
        organization=ORG,
        scenario=factory.SelfAttribute("..grade.attempt.scenario"),
    )
    level = 4
    comment = "Good apology, slow bill."


class CoachingNoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CoachingNote

    organization = factory.SubFactory(OrganizationFactory)
    employee = factory.SubFactory(EmployeeFactory, organization=ORG)
    location = factory.SelfAttribute("employee.location")
    went_well = "Warm greeting at the door."
    next_time = "Offer the menu within two minutes."


class RuleBendFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RuleBend

    organization = factory.SubFactory(OrganizationFactory)
    location = factory.SubFactory(LocationFactory, organization=ORG)
    rule = "No substitutions on the set menu"
    why = "The guest is allergic to nuts."
    outcome = "The guest came back the next week."


class InterviewQuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InterviewQuestion

    organization = factory.SubFactory(OrganizationFactory)
    text = factory.Sequence(lambda n: f"Tell me about a difficult guest, question {n}")
    good_answer = "Listens first, then acts."
    red_flags = "Blames the guest."


class CandidateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Candidate

    organization = factory.SubFactory(OrganizationFactory)
    location = factory.SubFactory(LocationFactory, organization=ORG)
    name = factory.Sequence(lambda n: f"Candidate {n}")
    email = factory.Sequence(lambda n: f"candidate{n}@example.test")
    role_applied = "Server"
    applied_on = factory.LazyFunction(timezone.localdate)


class ScorecardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Scorecard

    organization = factory.SubFactory(OrganizationFactory)
    candidate = factory.SubFactory(CandidateFactory, organization=ORG)
    role_applied = factory.SelfAttribute("candidate.role_applied")
    interviewer = factory.SubFactory(MembershipFactory, organization=ORG, role=Role.MANAGER)
    call = Scorecard.Call.YES
    notes = "Calm and kind."


class ScorecardRatingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScorecardRating

    organization = factory.SubFactory(OrganizationFactory)
    scorecard = factory.SubFactory(ScorecardFactory, organization=ORG)
    question = factory.SubFactory(InterviewQuestionFactory, organization=ORG)
    rating = 4
    note = "A clear story."


class RolePlayScoreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RolePlayScore

    organization = factory.SubFactory(OrganizationFactory)
    scorecard = factory.SubFactory(ScorecardFactory, organization=ORG)
    scenario = factory.SubFactory(ScenarioFactory, organization=ORG)
    question = factory.SubFactory(
        InterviewQuestionFactory,
        organization=ORG,
        role_play=factory.SelfAttribute("..scenario"),
    )
    score = 75


class RolePlayLevelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RolePlayLevel

    organization = factory.SubFactory(OrganizationFactory)
    role_play = factory.SubFactory(RolePlayScoreFactory, organization=ORG)
    point = factory.SubFactory(
        RubricPointFactory,
        organization=ORG,
        scenario=factory.SelfAttribute("..role_play.scenario"),
    )
    level = 4


class IdeaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Idea

    organization = factory.SubFactory(OrganizationFactory)
    step = factory.SubFactory(JourneyStepFactory, organization=ORG)
    kind = Idea.Kind.DELIGHT
    title = factory.Sequence(lambda n: f"Warm towels after dessert, idea {n}")
    text = "Small, cheap, remembered."


class IdeaVoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IdeaVote

    organization = factory.SubFactory(OrganizationFactory)
    idea = factory.SubFactory(IdeaFactory, organization=ORG)
    voter = factory.SubFactory(UserFactory)


class TrainingProposalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingProposal

    organization = factory.SubFactory(OrganizationFactory)
    location = factory.SubFactory(LocationFactory, organization=ORG)
    source = TrainingProposal.Source.FAILURES
    p = P.PEOPLE
    reason = factory.Sequence(lambda n: f"A behaviour fails repeatedly, reason {n}")
