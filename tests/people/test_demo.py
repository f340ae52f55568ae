"""The demo's people: scenarios from the seeds and from lapses, graded tests (some blind by
two graders), coaching tied to evidence, rule bends, scorecards and ideas in every status."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import override_settings

from servicegap.core import demo
from servicegap.core.models import Membership, Organization, Role
from servicegap.people import coaching, ideas, scenarios
from servicegap.people.models import (
    Candidate,
    CoachingNote,
    Idea,
    RuleBend,
    Scenario,
    ScenarioAttempt,
    TrainingProposal,
)

TODAY = date(2026, 6, 30)
STEPS = [
    "servicegap.core.demo.seed_organization",
    "servicegap.standards.demo.seed",
    "servicegap.audits.demo.seed",
    "servicegap.feedback.demo.seed",
    "servicegap.recovery.demo.seed",
    "servicegap.people.demo.seed",
]


@pytest.fixture(scope="module")
def demo_org(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), override_settings(SERVICEGAP_DEMO_STEPS=STEPS):
        demo.seed(1, today=TODAY)
        yield Organization.objects.get(slug="demo")
        demo._delete_previous()


def test_scenarios_from_the_seeds_and_from_real_lapses(demo_org, db):
    found = Scenario.objects.filter(organization=demo_org)
    assert found.count() >= 8
    assert found.exclude(from_answer=None).exists()
    assert found.exclude(from_response=None).exists()
    assert found.exclude(from_case=None).exists()
    assert all(s.points.exists() for s in found)


def test_months_of_tests_some_graded_blind_by_two(demo_org, db):
    attempts = ScenarioAttempt.objects.filter(organization=demo_org)
    months = {a.due_on.month for a in attempts}
    assert len(months) >= 4
    doubles = [a for a in attempts if a.graders_wanted == 2 and a.graded_at]
    assert doubles and scenarios.agreement(doubles[0]) is not None
    assert attempts.filter(passed=True).exists() and attempts.filter(submitted_at=None).exists()


def test_coaching_links_every_kind_of_evidence_and_bends_are_flagged(demo_org, db):
    notes = CoachingNote.objects.filter(organization=demo_org)
    assert notes.exclude(answer=None).exists() and notes.exclude(response=None).exists()
    assert notes.exclude(case=None).exists() and notes.exclude(audit=None).exists()
    manager = Membership.objects.get(organization=demo_org, role=Role.MANAGER)
    assert RuleBend.objects.filter(organization=demo_org).count() == 5
    often = coaching.rules_bent_often(manager, today=TODAY)
    assert [o.key for o in often] == ["no substitutions on the set menu"]


def test_two_candidates_with_two_scorecards_each(demo_org, db):
    candidates = Candidate.objects.filter(organization=demo_org)
    assert [c.scorecards.count() for c in candidates] == [2, 2]


def test_ideas_in_every_status_one_adopted_with_a_measured_effect(demo_org, db):
    found = Idea.objects.filter(organization=demo_org)
    assert set(found.values_list("status", flat=True)) == set(Idea.Status.values)
    adopted = found.get(status=Idea.Status.ADOPTED)
    assert adopted.standard is not None
    effect = ideas.idea_effect(adopted)
    assert effect.observed.after_here.n > 0 and effect.observed.before_others.n > 0


def test_a_training_proposal_from_failures(demo_org, db):
    assert TrainingProposal.objects.filter(organization=demo_org).exists()


def test_role_plays_a_stepping_in_and_a_retired_scenario(demo_org, db):
    plays = ScenarioAttempt.objects.filter(
        organization=demo_org, kind=ScenarioAttempt.Kind.ROLE_PLAY
    )
    assert plays.count() == 2 and all(play.graded_at and play.score for play in plays)
    stepped = CoachingNote.objects.get(
        organization=demo_org, is_intervention=True, intervention__gt=""
    )
    assert stepped.audit.kind == "observation" and stepped.follow_up_on > TODAY
    assert stepped.audit.answers.get().result == "fail"
    retired = Scenario.objects.filter(organization=demo_org, is_active=False)
    assert retired.count() == 1 and not retired.get().assignments.exists()
