"""One access helper per kind of people object: the object through the member's
`for_member` queryset (another organisation's, another location's, or for staff another
employee's, is a 404), and the role the action needs (too low a role is a 403)."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from django.http import Http404

from servicegap.core.access import get_for_member, require_role
from servicegap.core.models import Employee, Membership, Role
from servicegap.people.models import (
    Candidate,
    CoachingNote,
    Idea,
    InterviewQuestion,
    RubricPoint,
    RuleBend,
    Scenario,
    ScenarioAttempt,
    TrainingProposal,
)


def _need(member: Membership, roles: Iterable[Role] | None) -> None:
    if roles is not None:
        require_role(member, roles)


def get_scenario_for_member(member: Membership, code: UUID, need=None) -> Scenario:
    scenario = get_for_member(Scenario, member, code=code)
    _need(member, need)
    return scenario


def get_attempt_for_member(member: Membership, code: UUID, need=None) -> ScenarioAttempt:
    """Staff reach only their own attempts (see `AttemptQuerySet.for_member`)."""
    attempt = get_for_member(ScenarioAttempt, member, code=code)
    _need(member, need)
    return attempt


def get_employee_for_member(member: Membership, code: UUID) -> Employee:
    """An employee's page: the employee themselves, and their supervisors and up."""
    employee = get_for_member(Employee, member, code=code)
    if member.role in (Role.STAFF, Role.SHOPPER) and employee.user_id != member.user_id:
        raise Http404
    return employee


def get_note_for_member(member: Membership, code: UUID, need=None) -> CoachingNote:
    note = get_for_member(CoachingNote, member, code=code)
    _need(member, need)
    return note


def get_bend_for_member(member: Membership, code: UUID, need=None) -> RuleBend:
    bend = get_for_member(RuleBend, member, code=code)
    _need(member, need)
    return bend


def get_candidate_for_member(member: Membership, code: UUID, need=None) -> Candidate:
    candidate = get_for_member(Candidate, member, code=code)
    _need(member, need)
    return candidate


def get_idea_for_member(member: Membership, code: UUID, need=None) -> Idea:
    idea = get_for_member(Idea, member, code=code)
    _need(member, need)
    return idea


def get_training_for_member(member: Membership, code: UUID, need=None) -> TrainingProposal:
    proposal = get_for_member(TrainingProposal, member, code=code)
    _need(member, need)
    return proposal


def get_point_for_member(member: Membership, code: UUID, need=None) -> RubricPoint:
    point = get_for_member(RubricPoint, member, code=code)
    _need(member, need)
    return point


def get_question_for_member(member: Membership, code: UUID, need=None) -> InterviewQuestion:
    question = get_for_member(InterviewQuestion, member, code=code)
    _need(member, need)
    return question
