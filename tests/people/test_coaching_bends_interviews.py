"""Coaching notes and their evidence, the rule-bend log, and interview scorecards with
the blind rule, the panel and the erasure of candidates' data."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from servicegap.audits.models import Kind, Result
from servicegap.people import coaching, interviews
from servicegap.people.models import (
    Candidate,
    CoachingNote,
    PeopleSettings,
    RuleBend,
    Scorecard,
    ScorecardRating,
)
from servicegap.people.scenarios import PeopleError
from tests.audits.factories import AuditAnswerFactory, AuditFactory
from tests.factories import EmployeeFactory
from tests.feedback.factories import ResponseFactory
from tests.people.factories import CandidateFactory, InterviewQuestionFactory
from tests.recovery.factories import CaseFactory, RecoveryActionFactory
from tests.standards.factories import BehaviourFactory

TODAY = date(2026, 3, 2)


@pytest.fixture
def sam(world, staff_sam):
    return EmployeeFactory(organization=world.org, location=world.location_a, user=staff_sam.user)


# Coaching -------------------------------------------------------------------------------


def test_a_note_links_each_kind_of_evidence(world, sam, supervisor_sid):
    answer = AuditAnswerFactory(
        organization=world.org, audit__location=world.location_a, result=Result.FAIL
    )
    observation = AuditFactory(
        organization=world.org, location=world.location_a, kind=Kind.OBSERVATION
    )
    response = ResponseFactory(organization=world.org, link__location=world.location_a)
    case = CaseFactory(organization=world.org, location=world.location_a)
    made = [
        coaching.write_note(sam, by=supervisor_sid, next_time="Offer a time.", answer=answer),
        coaching.write_note(sam, by=supervisor_sid, went_well="Calm.", audit=observation),
        coaching.write_note(sam, by=supervisor_sid, went_well="Named.", response=response),
        coaching.write_note(sam, by=supervisor_sid, next_time="Call back.", case=case),
    ]
    assert [str(n.evidence_label) for n in made] == [
        "audit answer",
        "observation",
        "customer comment",
        "recovery case",
    ]
    assert all(n.location == world.location_a for n in made)


def test_stepping_in_is_recorded_on_an_observation(world, sam, supervisor_sid):
    shop = AuditFactory(organization=world.org, location=world.location_a, kind=Kind.MYSTERY_SHOP)
    with pytest.raises(PeopleError) as error:
        coaching.write_note(sam, by=supervisor_sid, next_time="x", audit=shop, is_intervention=True)
    assert error.value.field == "audit"
    observation = AuditFactory(
        organization=world.org, location=world.location_a, kind=Kind.OBSERVATION
    )
    note = coaching.write_note(
        sam, by=supervisor_sid, next_time="I took over the table.", audit=observation,
        is_intervention=True,
    )  # fmt: skip
    assert note.is_intervention and note.audit == observation


def test_evidence_the_author_cannot_see_is_refused(world, sam, supervisor_sid, outsider_otto):
    elsewhere = CaseFactory(organization=world.org, location=world.location_b)
    with pytest.raises(PeopleError, match="case"):
        coaching.write_note(sam, by=supervisor_sid, next_time="x", case=elsewhere)
    foreign = CaseFactory(organization=outsider_otto.organization)
    with pytest.raises(PeopleError, match="case"):
        coaching.write_note(sam, by=supervisor_sid, next_time="x", case=foreign)
    with pytest.raises(PeopleError, match="next_time"):
        coaching.write_note(sam, by=supervisor_sid)
    assert not CoachingNote.objects.exists()


def test_only_the_employee_acknowledges_or_replies(world, sam, staff_sam, supervisor_sid):
    note = coaching.write_note(sam, by=supervisor_sid, next_time="Smile at the door.")
    with pytest.raises(PeopleError, match="only the employee"):
        coaching.acknowledge_note(note, by=supervisor_sid)
    assert coaching.acknowledge_note(note, by=staff_sam) is True
    assert coaching.acknowledge_note(note, by=staff_sam) is False
    coaching.reply_to_note(note, "Will do.", by=staff_sam)
    note.refresh_from_db()
    assert note.reply == "Will do." and note.acknowledged_at is not None


def test_staff_see_only_their_own_notes(world, sam, staff_sam, supervisor_sid, manager_max):
    colleague = EmployeeFactory(organization=world.org, location=world.location_a)
    mine = coaching.write_note(sam, by=supervisor_sid, next_time="Mine")
    theirs = coaching.write_note(colleague, by=supervisor_sid, next_time="Theirs")
    assert list(CoachingNote.objects.for_member(staff_sam)) == [mine]
    assert set(CoachingNote.objects.for_member(manager_max)) == {mine, theirs}


# Rule bends -----------------------------------------------------------------------------


def test_a_bend_is_recorded_with_its_case_and_budget_action(world, staff_sam):
    case = CaseFactory(organization=world.org, location=world.location_a)
    action = RecoveryActionFactory(organization=world.org, case=case)
    bend = coaching.record_bend(
        by=staff_sam, location=world.location_a, rule="No  substitutions", why="Allergy",
        cost=Decimal("4.50"), case=case, action=action,
    )  # fmt: skip
    assert bend.rule_key == "no substitutions" and bend.action == action


def test_bad_bends_are_refused_with_the_field(world, staff_sam):
    case = CaseFactory(organization=world.org, location=world.location_a)
    other_case = CaseFactory(organization=world.org, location=world.location_a)
    action = RecoveryActionFactory(organization=world.org, case=other_case)
    for kwargs, field in [
        ({"rule": "", "why": "x"}, "rule"),
        ({"rule": "x", "why": ""}, "why"),
        ({"rule": "x", "why": "y", "cost": Decimal("-1")}, "cost"),
        ({"rule": "x", "why": "y", "case": case, "action": action}, "action"),
    ]:
        with pytest.raises(PeopleError) as error:
            coaching.record_bend(by=staff_sam, location=world.location_a, **kwargs)
        assert error.value.field == field
    with pytest.raises(PeopleError, match="location"):
        coaching.record_bend(by=staff_sam, location=world.location_b, rule="x", why="y")
    assert not RuleBend.objects.exists()


def test_a_rule_bent_often_is_flagged(world, staff_sam, manager_max):
    for days in (1, 20, 80):
        coaching.record_bend(
            by=staff_sam, location=world.location_a, rule="No Substitutions", why="x",
            happened_on=TODAY - timedelta(days=days),
        )  # fmt: skip
    coaching.record_bend(
        by=staff_sam, location=world.location_a, rule="Kitchen closes at 22:00", why="x",
        happened_on=TODAY,
    )  # fmt: skip
    coaching.record_bend(
        by=staff_sam, location=world.location_a, rule="no substitutions", why="old",
        happened_on=TODAY - timedelta(days=120),
    )  # fmt: skip
    often = coaching.rules_bent_often(manager_max, today=TODAY)
    assert [(o.key, o.count) for o in often] == [("no substitutions", 3)]
    PeopleSettings.objects.create(organization=world.org, rule_bent_often=4)
    assert coaching.rules_bent_often(manager_max, today=TODAY) == []


def test_staff_see_only_the_bends_they_recorded(world, staff_sam, supervisor_sid):
    mine = coaching.record_bend(by=staff_sam, location=world.location_a, rule="a", why="b")
    coaching.record_bend(by=supervisor_sid, location=world.location_a, rule="c", why="d")
    assert list(RuleBend.objects.for_member(staff_sam)) == [mine]
    assert RuleBend.objects.for_member(supervisor_sid).count() == 2


# Interviews -----------------------------------------------------------------------------


@pytest.fixture
def bank(world):
    greet, listen, own = (BehaviourFactory(organization=world.org) for _ in range(3))
    rules = InterviewQuestionFactory(
        organization=world.org,
        text="Tell me about a time in a past job that you broke the rules for a customer.",
    )
    rules.behaviours.set([greet])
    angry = InterviewQuestionFactory(organization=world.org)
    angry.behaviours.set([listen])
    never = InterviewQuestionFactory(organization=world.org)
    never.behaviours.set([own])
    return rules, angry, never, own


def test_a_second_scorecard_by_the_same_interviewer_is_refused(world, bank, manager_max):
    rules, angry, *_rest = bank
    candidate = CandidateFactory(organization=world.org, location=world.location_a)
    interviews.submit_scorecard(
        candidate, interviewer=manager_max, call="yes", ratings={rules.pk: 4}
    )
    with pytest.raises(PeopleError, match="already scored"):
        interviews.submit_scorecard(
            candidate, interviewer=manager_max, call="no", ratings={angry.pk: 2}
        )
    assert Scorecard.objects.count() == 1 and ScorecardRating.objects.count() == 1


def test_a_rating_outside_1_to_5_is_refused_and_nothing_saved(world, bank, manager_max):
    rules, *_rest = bank
    candidate = CandidateFactory(organization=world.org, location=world.location_a)
    with pytest.raises(PeopleError) as error:
        interviews.submit_scorecard(
            candidate, interviewer=manager_max, call="yes", ratings={rules.pk: 6}
        )
    assert error.value.field == f"question-{rules.pk}"
    with pytest.raises(PeopleError, match="call"):
        interviews.submit_scorecard(
            candidate, interviewer=manager_max, call="maybe", ratings={rules.pk: 3}
        )
    assert not Scorecard.objects.exists()


def test_an_interviewer_reads_others_scorecards_only_after_submitting(
    world, bank, manager_max, supervisor_sid, owner_olga
):
    rules, *_rest = bank
    candidate = CandidateFactory(organization=world.org, location=world.location_a)
    interviews.submit_scorecard(
        candidate, interviewer=manager_max, call="yes", ratings={rules.pk: 4}
    )
    assert interviews.may_read_scorecards(candidate, manager_max)
    assert not interviews.may_read_scorecards(candidate, supervisor_sid)
    assert interviews.may_read_scorecards(candidate, owner_olga)
    interviews.submit_scorecard(
        candidate, interviewer=supervisor_sid, call="no_decision", ratings={rules.pk: 2}
    )
    assert interviews.may_read_scorecards(candidate, supervisor_sid)


def test_the_panel_shows_disagreements_and_attributes_nobody_asked_about(
    world, bank, manager_max, supervisor_sid
):
    rules, angry, never, own = bank
    candidate = CandidateFactory(organization=world.org, location=world.location_a)
    interviews.submit_scorecard(
        candidate, interviewer=manager_max, call="yes", ratings={rules.pk: 5, angry.pk: 3}
    )
    interviews.submit_scorecard(
        candidate, interviewer=supervisor_sid, call="no", ratings={rules.pk: 2, angry.pk: 3}
    )
    panel = interviews.panel(candidate)
    rows = {row.question.pk: (row.ratings, row.spread, row.disagree) for row in panel.rows}
    # The rules question: 5 and 2, three apart → a disagreement; the angry one: 3 and 3.
    assert rows == {rules.pk: ([5, 2], 3, True), angry.pk: ([3, 3], 0, False)}
    assert panel.calls_differ
    assert panel.not_asked == [own]


def test_candidates_personal_data_is_erased_after_the_retention(world, manager_max, bank):
    rules, *_rest = bank
    PeopleSettings.objects.create(organization=world.org, candidate_retention_days=30)
    old = interviews.add_candidate(
        by=manager_max, location=world.location_a, name="Robin Hale", role_applied="Server",
        email="robin@example.test", applied_on=TODAY - timedelta(days=31),
    )  # fmt: skip
    recent = interviews.add_candidate(
        by=manager_max, location=world.location_a, name="Kit Moor", role_applied="Host",
        applied_on=TODAY - timedelta(days=10),
    )  # fmt: skip
    interviews.submit_scorecard(
        old, interviewer=manager_max, call="yes", ratings={rules.pk: 4}, notes={rules.pk: "Hale"}
    )
    assert interviews.erase_expired_candidates(TODAY) == 1
    old.refresh_from_db()
    assert (old.name, old.email) == (interviews.ERASED_NAME, "")
    assert ScorecardRating.objects.get().note == ""
    assert Candidate.objects.get(pk=recent.pk).name == "Kit Moor"
    with pytest.raises(PeopleError, match="erased"):
        interviews.submit_scorecard(old, interviewer=manager_max, call="no", ratings={rules.pk: 1})


def _applied(manager, world, name: str, days_ago: int) -> Candidate:
    return interviews.add_candidate(
        by=manager,
        location=world.location_a,
        name=name,
        role_applied="Server",
        applied_on=TODAY - timedelta(days=days_ago),
    )


def test_shortening_the_retention_erases_candidates_already_stored(world, manager_max):
    """Stored under 180 days, then the setting drops to 30: a candidate of 40 days ago
    is past it (40 > 30) at the next clean-up; one of 20 days ago is not."""
    settings = PeopleSettings.objects.create(organization=world.org, candidate_retention_days=180)
    older = _applied(manager_max, world, "Robin Hale", 40)
    newer = _applied(manager_max, world, "Kit Moor", 20)
    assert interviews.erase_expired_candidates(TODAY) == 0
    settings.candidate_retention_days = 30
    settings.save()
    assert interviews.erase_after(older) == TODAY - timedelta(days=10)
    assert interviews.erase_expired_candidates(TODAY) == 1
    older.refresh_from_db()
    assert older.name == interviews.ERASED_NAME
    assert Candidate.objects.get(pk=newer.pk).name == "Kit Moor"


def test_lengthening_the_retention_keeps_candidates_already_stored(world, manager_max):
    """Stored under 30 days, then the setting grows to 365: a candidate of 40 days ago
    is kept (40 ≤ 365) until 365 days have passed, and erased the day after."""
    settings = PeopleSettings.objects.create(organization=world.org, candidate_retention_days=30)
    candidate = _applied(manager_max, world, "Robin Hale", 40)
    settings.candidate_retention_days = 365
    settings.save()
    assert interviews.erase_expired_candidates(TODAY) == 0
    assert Candidate.objects.get(pk=candidate.pk).name == "Robin Hale"
    assert interviews.erase_after(candidate) == TODAY + timedelta(days=325)
    assert interviews.erase_expired_candidates(TODAY + timedelta(days=325)) == 0
    assert interviews.erase_expired_candidates(TODAY + timedelta(days=326)) == 1


def test_each_organisation_is_erased_by_its_own_retention(world, manager_max, outsider_otto):
    """The other organisation keeps the default 180 days while this one sets 30."""
    PeopleSettings.objects.create(organization=world.org, candidate_retention_days=30)
    mine = _applied(manager_max, world, "Robin Hale", 40)
    theirs = CandidateFactory(
        organization=outsider_otto.organization,
        location__organization=outsider_otto.organization,
        applied_on=TODAY - timedelta(days=40),
    )
    assert interviews.erase_expired_candidates(TODAY) == 1
    assert Candidate.objects.get(pk=mine.pk).erased_at is not None
    assert Candidate.objects.get(pk=theirs.pk).erased_at is None
