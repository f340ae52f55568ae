"""The people pages' actions in the API: proposing an idea and deciding on it (try,
decline, merge, adopt), editing and retiring interview questions; with the pages'
roles, another organisation's object a 404, and input refused naming the field with
nothing stored."""

import json

import pytest
from django.utils import timezone

from servicegap.people.models import Idea, IdeaVote
from servicegap.standards.models import Behaviour, Standard
from tests.api.checks import named
from tests.conftest import client_for
from tests.people.factories import (
    IdeaFactory,
    IdeaVoteFactory,
    InterviewQuestionFactory,
    ScenarioFactory,
)
from tests.standards.factories import BehaviourFactory, JourneyStepFactory, StandardFactory

API = "/api/v1/people/ideas"


def _post(member, url, body=None):
    data = "" if body is None else json.dumps(body)  # None: no body at all
    return client_for(member).post(url, data, content_type="application/json")


@pytest.fixture
def step(world):
    return JourneyStepFactory(organization=world.org, name="Dessert")


@pytest.fixture
def idea(world, step):
    return IdeaFactory(organization=world.org, step=step, title="Warm towels")


# Proposing an idea: the whole team; shoppers have no people pages.


@pytest.mark.parametrize(
    "who", ["owner_olga", "executive_erin", "manager_max", "supervisor_sid", "staff_sam"]
)
def test_every_team_role_proposes_an_idea(request, who, step):
    member = request.getfixturevalue(who)
    body = {"step": str(step.code), "kind": "hassle", "title": "No queue at the till"}
    answer = _post(member, API, body)
    assert answer.status_code == 201, answer.content
    made = Idea.objects.get(code=answer.json()["code"])
    assert (made.title, made.kind, made.step, made.author) == (
        "No queue at the till",
        "hassle",
        step,
        member.user,
    )
    assert answer.json()["status"] == "new" and answer.json()["votes"] == 0


def test_a_shopper_proposes_no_idea(shopper_sue, step):
    body = {"step": str(step.code), "kind": "delight", "title": "Mints"}
    assert _post(shopper_sue, API, body).status_code == 403
    assert Idea.objects.count() == 0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"kind": "whim"}, "kind"),
        ({"title": ""}, "title"),
        ({"step": None}, "step"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_a_bad_idea_is_refused_naming_the_field(staff_sam, step, change, field):
    body = {"step": str(step.code), "kind": "delight", "title": "Mints", **change}
    if change.get("step", "") is None:
        body["step"] = str(JourneyStepFactory().code)  # another organisation's step
    before = Idea.objects.count()
    answer = _post(staff_sam, API, body)
    assert named(answer, field), answer.content
    assert Idea.objects.count() == before


def test_a_retired_step_takes_no_idea(staff_sam, step):
    step.is_active = False
    step.save()
    answer = _post(staff_sam, API, {"step": str(step.code), "kind": "delight", "title": "M"})
    assert named(answer, "step") and Idea.objects.count() == 0


def test_one_idea_reads_back_and_another_organisations_is_404(staff_sam, idea, outsider_otto):
    IdeaVoteFactory(organization=idea.organization, idea=idea, voter=staff_sam.user)
    answer = client_for(staff_sam).get(f"{API}/{idea.code}")
    assert answer.status_code == 200
    assert answer.json()["title"] == "Warm towels" and answer.json()["votes"] == 1
    foreign = IdeaFactory(organization=outsider_otto.organization)
    assert client_for(staff_sam).get(f"{API}/{foreign.code}").status_code == 404


# Trying: location managers and up, at locations in their scope.


@pytest.mark.parametrize("who", ["owner_olga", "executive_erin", "manager_max"])
def test_managers_and_up_try_an_idea(request, who, world, idea, mailoutbox):
    member = request.getfixturevalue(who)
    IdeaVoteFactory(organization=world.org, idea=idea)
    answer = _post(member, f"{API}/{idea.code}/try", {"locations": [str(world.location_a.code)]})
    assert answer.status_code == 200, answer.content
    idea.refresh_from_db()
    assert idea.status == Idea.Status.TRYING
    assert list(idea.trying_locations.all()) == [world.location_a]
    assert idea.trying_since == timezone.localdate(timezone=world.org.tz)
    assert answer.json()["trying_locations"] == [str(world.location_a.code)]
    assert len(mailoutbox) == 1  # the one voter is told


@pytest.mark.parametrize("who", ["supervisor_sid", "staff_sam", "shopper_sue"])
def test_supervisors_staff_and_shoppers_try_no_idea(request, who, world, idea):
    member = request.getfixturevalue(who)
    answer = _post(member, f"{API}/{idea.code}/try", {"locations": [str(world.location_a.code)]})
    assert answer.status_code == 403
    idea.refresh_from_db()
    assert idea.status == Idea.Status.NEW


def test_another_organisations_idea_is_404_whatever_the_body(manager_max, outsider_otto):
    # No body, or a well-shaped one the form would refuse: the idea is looked up first.
    foreign = IdeaFactory(organization=outsider_otto.organization)
    for action, body in [
        ("try", None),
        ("try", {"locations": []}),
        ("decline", {"reason": ""}),
        ("merge", None),
        ("adopt", {"text": "x"}),
    ]:
        answer = _post(manager_max, f"{API}/{foreign.code}/{action}", body)
        assert answer.status_code == 404, (action, answer.content)
    foreign.refresh_from_db()
    assert foreign.status == Idea.Status.NEW


def test_a_location_outside_the_managers_regions_is_refused_naming_it(manager_max, world, idea):
    # Max manages the North region; Location B is in the South.
    answer = _post(
        manager_max, f"{API}/{idea.code}/try", {"locations": [str(world.location_b.code)]}
    )
    assert named(answer, "locations")
    idea.refresh_from_db()
    assert idea.status == Idea.Status.NEW and idea.trying_locations.count() == 0


@pytest.mark.parametrize(
    ("body", "field"),
    [(None, "payload"), ({}, "locations"), ({"locations": []}, "locations"), ({"x": 1}, "x")],
)
def test_a_bad_try_is_refused_naming_the_field(manager_max, idea, body, field):
    answer = _post(manager_max, f"{API}/{idea.code}/try", body)
    assert named(answer, field), answer.content
    idea.refresh_from_db()
    assert idea.status == Idea.Status.NEW


def test_an_idea_tried_already_is_a_409(manager_max, world, idea):
    url = f"{API}/{idea.code}/try"
    assert _post(manager_max, url, {"locations": [str(world.location_a.code)]}).status_code == 200
    again = _post(manager_max, url, {"locations": [str(world.location_a.code)]})
    assert again.status_code == 409 and "trying idea cannot become trying" in again.json()["detail"]


# Declining: location managers and up, saying why.


@pytest.mark.parametrize("who", ["owner_olga", "executive_erin", "manager_max"])
def test_managers_and_up_decline_an_idea(request, who, idea):
    member = request.getfixturevalue(who)
    answer = _post(member, f"{API}/{idea.code}/decline", {"reason": "Too costly in winter."})
    assert answer.status_code == 200, answer.content
    idea.refresh_from_db()
    assert (idea.status, idea.reason) == (Idea.Status.DECLINED, "Too costly in winter.")
    assert answer.json()["reason"] == "Too costly in winter."


@pytest.mark.parametrize("who", ["supervisor_sid", "staff_sam", "shopper_sue"])
def test_others_decline_no_idea(request, who, idea):
    member = request.getfixturevalue(who)
    assert _post(member, f"{API}/{idea.code}/decline", {"reason": "No."}).status_code == 403
    idea.refresh_from_db()
    assert idea.status == Idea.Status.NEW


@pytest.mark.parametrize(("body", "field"), [(None, "payload"), ({"reason": ""}, "reason")])
def test_a_decline_without_a_reason_is_refused(manager_max, idea, body, field):
    answer = _post(manager_max, f"{API}/{idea.code}/decline", body)
    assert named(answer, field), answer.content
    idea.refresh_from_db()
    assert idea.status == Idea.Status.NEW and idea.reason == ""


def test_a_declined_idea_cannot_be_declined_again(manager_max, idea):
    url = f"{API}/{idea.code}/decline"
    assert _post(manager_max, url, {"reason": "No."}).status_code == 200
    assert _post(manager_max, url, {"reason": "Still no."}).status_code == 409
    idea.refresh_from_db()
    assert idea.reason == "No."


# Merging: location managers and up; the votes move, a double vote kept once.


def test_merging_moves_the_votes_keeping_a_double_voter_once(world, manager_max, step, idea):
    into = IdeaFactory(organization=world.org, step=step, title="Hot towels")
    both, only_dup = IdeaVoteFactory(organization=world.org, idea=idea), None
    IdeaVoteFactory(organization=world.org, idea=into, voter=both.voter)
    only_dup = IdeaVoteFactory(organization=world.org, idea=idea)
    answer = _post(manager_max, f"{API}/{idea.code}/merge", {"into": str(into.code)})
    assert answer.status_code == 200, answer.content
    # Two votes on the duplicate: one voter had voted for both (dropped), one moves.
    assert answer.json()["moved_votes"] == 1
    assert answer.json()["status"] == "merged" and answer.json()["merged_into"] == str(into.code)
    assert set(into.votes.values_list("voter", flat=True)) == {both.voter_id, only_dup.voter_id}
    assert IdeaVote.objects.filter(idea=idea).count() == 0


@pytest.mark.parametrize("who", ["supervisor_sid", "staff_sam", "shopper_sue"])
def test_others_merge_no_idea(request, who, world, step, idea):
    into = IdeaFactory(organization=world.org, step=step)
    member = request.getfixturevalue(who)
    assert _post(member, f"{API}/{idea.code}/merge", {"into": str(into.code)}).status_code == 403
    idea.refresh_from_db()
    assert idea.status == Idea.Status.NEW


def test_merging_into_itself_or_elsewhere_is_refused_naming_into(manager_max, outsider_otto, idea):
    IdeaVoteFactory(organization=idea.organization, idea=idea)
    foreign = IdeaFactory(organization=outsider_otto.organization)
    for into in (idea, foreign):
        answer = _post(manager_max, f"{API}/{idea.code}/merge", {"into": str(into.code)})
        assert named(answer, "into"), answer.content
    assert named(_post(manager_max, f"{API}/{idea.code}/merge", None), "payload")
    idea.refresh_from_db()
    assert idea.status == Idea.Status.NEW and idea.votes.count() == 1


# Adopting: owners and executives only.


@pytest.mark.parametrize("who", ["owner_olga", "executive_erin"])
def test_leaders_adopt_an_idea_as_a_new_standard(request, who, idea, step):
    member = request.getfixturevalue(who)
    body = {"text": "Offer a warm towel with dessert.", "p": "people"}
    answer = _post(member, f"{API}/{idea.code}/adopt", body)
    assert answer.status_code == 200, answer.content
    standard = Standard.objects.get(code=answer.json()["standard"])
    assert (standard.step, standard.p, standard.text) == (
        step,
        "people",
        "Offer a warm towel with dessert.",
    )
    assert answer.json()["status"] == "adopted" and answer.json()["behaviour"] is None


def test_adopting_under_a_standard_adds_a_behaviour(owner_olga, world, idea, step):
    standard = StandardFactory(organization=world.org, step=step)
    body = {"text": "A warm towel.", "standard": str(standard.code)}
    answer = _post(owner_olga, f"{API}/{idea.code}/adopt", body)
    assert answer.status_code == 200, answer.content
    behaviour = Behaviour.objects.get(code=answer.json()["behaviour"])
    assert (behaviour.standard, behaviour.text, behaviour.position) == (
        standard,
        "A warm towel.",
        1,
    )


@pytest.mark.parametrize("who", ["manager_max", "supervisor_sid", "staff_sam", "shopper_sue"])
def test_only_leaders_adopt(request, who, idea):
    member = request.getfixturevalue(who)
    body = {"text": "A warm towel.", "p": "people"}
    assert _post(member, f"{API}/{idea.code}/adopt", body).status_code == 403
    idea.refresh_from_db()
    assert idea.status == Idea.Status.NEW


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (None, "payload"),
        ({"text": "", "p": "people"}, "text"),
        ({"text": "A towel."}, "p"),
        ({"text": "A towel.", "p": "luck"}, "p"),
        ({"text": "A towel.", "standard": "other-step"}, "standard"),
    ],
)
def test_a_bad_adoption_is_refused_naming_the_field(owner_olga, world, idea, body, field):
    if body and body.get("standard") == "other-step":
        body["standard"] = str(StandardFactory(organization=world.org).code)
    standards, behaviours = Standard.objects.count(), Behaviour.objects.count()
    answer = _post(owner_olga, f"{API}/{idea.code}/adopt", body)
    assert named(answer, field), answer.content
    assert (Standard.objects.count(), Behaviour.objects.count()) == (standards, behaviours)
    idea.refresh_from_db()
    assert idea.status == Idea.Status.NEW


def test_a_declined_idea_cannot_be_adopted(owner_olga, idea):
    assert _post(owner_olga, f"{API}/{idea.code}/decline", {"reason": "No."}).status_code == 200
    before = Standard.objects.count()
    answer = _post(owner_olga, f"{API}/{idea.code}/adopt", {"text": "A towel.", "p": "people"})
    assert answer.status_code == 409 and Standard.objects.count() == before


# The interview bank: managers and up change and retire questions.

QUESTIONS = "/api/v1/people/interview-questions"


@pytest.fixture
def question(world):
    return InterviewQuestionFactory(organization=world.org, text="Tell me about a bad day.")


def _put(member, url, body):
    return client_for(member).put(url, json.dumps(body), content_type="application/json")


@pytest.mark.parametrize("who", ["owner_olga", "executive_erin", "manager_max"])
def test_managers_and_up_edit_a_question(request, who, world, question):
    member = request.getfixturevalue(who)
    behaviour = BehaviourFactory(organization=world.org)
    role_play = ScenarioFactory(organization=world.org)
    body = {
        "text": "  Tell me about a rush.  ",
        "good_answer": "Calm.",
        "behaviours": [str(behaviour.code)],
        "role_play": str(role_play.code),
    }
    answer = _put(member, f"{QUESTIONS}/{question.code}", body)
    assert answer.status_code == 200, answer.content
    question.refresh_from_db()
    assert (question.text, question.good_answer, question.red_flags) == (
        "Tell me about a rush.",
        "Calm.",
        "",
    )
    assert list(question.behaviours.all()) == [behaviour] and question.role_play == role_play
    assert answer.json()["behaviours"] == [str(behaviour.code)]


@pytest.mark.parametrize("who", ["supervisor_sid", "staff_sam", "shopper_sue"])
def test_others_edit_and_retire_no_question(request, who, question):
    member = request.getfixturevalue(who)
    assert _put(member, f"{QUESTIONS}/{question.code}", {"text": "Mine."}).status_code == 403
    assert _post(member, f"{QUESTIONS}/{question.code}/retire", {}).status_code == 403
    question.refresh_from_db()
    assert question.text == "Tell me about a bad day." and question.is_active


def test_another_organisations_question_is_404(manager_max, outsider_otto):
    foreign = InterviewQuestionFactory(organization=outsider_otto.organization)
    assert _put(manager_max, f"{QUESTIONS}/{foreign.code}", {"text": "Mine."}).status_code == 404
    assert _post(manager_max, f"{QUESTIONS}/{foreign.code}", None).status_code in (404, 405)
    assert _post(manager_max, f"{QUESTIONS}/{foreign.code}/retire").status_code == 404
    assert _post(manager_max, f"{QUESTIONS}/{foreign.code}/retire", {}).status_code == 404
    foreign.refresh_from_db()
    assert foreign.is_active and foreign.text != "Mine."


@pytest.mark.parametrize("field", ["text", "behaviours", "role_play"])
def test_a_bad_edit_is_refused_naming_the_field(manager_max, outsider_otto, question, field):
    foreign_behaviour = BehaviourFactory(organization=outsider_otto.organization)
    foreign_scenario = ScenarioFactory(organization=outsider_otto.organization)
    body = {
        "text": " " if field == "text" else "New text.",
        "behaviours": [str(foreign_behaviour.code)] if field == "behaviours" else [],
        "role_play": str(foreign_scenario.code) if field == "role_play" else None,
    }
    answer = _put(manager_max, f"{QUESTIONS}/{question.code}", body)
    assert named(answer, field), answer.content
    question.refresh_from_db()
    assert question.text == "Tell me about a bad day." and question.behaviours.count() == 0


def test_retiring_and_bringing_back_a_question(manager_max, question):
    url = f"{QUESTIONS}/{question.code}/retire"
    assert named(_post(manager_max, url), "payload")
    question.refresh_from_db()
    assert question.is_active
    answer = _post(manager_max, url, {})
    assert answer.json() == {"code": str(question.code), "in_use": False}
    listed = client_for(manager_max).get(QUESTIONS).json()
    assert str(question.code) not in [q["code"] for q in listed]
    assert _post(manager_max, url, {"in_use": True}).json()["in_use"] is True
    question.refresh_from_db()
    assert question.is_active
    assert named(_post(manager_max, url, {"in_use": "maybe"}), "in_use")
