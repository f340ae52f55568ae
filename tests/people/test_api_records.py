"""The people API for scenarios (one, a new one with its rubric, a live role-play),
coaching notes, interviews and training: tenancy (another organisation's object is a
404, a foreign code in the body a 422 naming the field), roles, strict input, and
nothing saved on a refusal."""

import json

import pytest

from servicegap.people import training
from servicegap.people.models import (
    Candidate,
    CoachingNote,
    InterviewQuestion,
    RubricPoint,
    Scenario,
    ScenarioAttempt,
    Scorecard,
    TrainingProposal,
)
from tests.conftest import client_for
from tests.factories import EmployeeFactory
from tests.people.factories import (
    CandidateFactory,
    CoachingNoteFactory,
    InterviewQuestionFactory,
    RubricPointFactory,
    ScenarioChoiceFactory,
    ScenarioFactory,
    TrainingProposalFactory,
)
from tests.recovery.factories import CaseFactory
from tests.standards.factories import BehaviourFactory, JourneyStepFactory

API = "/api/v1/people"


def _post(client, url, body):
    return client.post(url, json.dumps(body), content_type="application/json")


def _names(response) -> set[str]:
    """The last element of each error's location: the field named."""
    return {str(error["loc"][-1]) for error in response.json()["detail"]}


def test_the_schema_lists_the_new_paths(client):
    paths = set(client.get("/api/v1/openapi.json").json()["paths"])
    assert {
        f"{API}/scenarios/{{scenario_code}}",
        f"{API}/scenarios/{{scenario_code}}/role-plays",
        f"{API}/coaching-notes",
        f"{API}/coaching-notes/{{coachingnote_code}}",
        f"{API}/interview-questions",
        f"{API}/candidates",
        f"{API}/candidates/{{candidate_code}}",
        f"{API}/candidates/{{candidate_code}}/scorecards",
        f"{API}/training",
        f"{API}/training/{{trainingproposal_code}}",
    } <= paths


# Scenarios ------------------------------------------------------------------------------


def test_a_supervisor_writes_a_scenario_with_its_rubric(world, supervisor_sid):
    step = JourneyStepFactory(organization=world.org)
    behaviour = BehaviourFactory(organization=world.org, text="Names a time")
    body = {
        "title": "Call back in 20 minutes",
        "situation": "A guest phones to ask where the delivery is.",
        "p": "process",
        "step": str(step.code),
        "points": [
            {"behaviour": str(behaviour.code)},
            {"text": "Offers to call back", "scale": "pass_fail", "is_critical": True},
        ],
    }
    made = _post(client_for(supervisor_sid), f"{API}/scenarios", body)
    assert made.status_code == 201
    out = made.json()
    assert [(p["text"], p["scale"], p["is_critical"]) for p in out["points"]] == [
        ("Names a time", "levels", False),
        ("Offers to call back", "pass_fail", True),
    ]
    assert out["step"] == str(step.code)
    detail = client_for(supervisor_sid).get(f"{API}/scenarios/{out['code']}")
    assert detail.status_code == 200 and detail.json()["title"] == "Call back in 20 minutes"


def test_a_foreign_step_or_behaviour_is_a_422_naming_it_and_nothing_is_saved(
    world, supervisor_sid, outsider_otto
):
    foreign_step = JourneyStepFactory(organization=outsider_otto.organization)
    foreign_behaviour = BehaviourFactory(organization=outsider_otto.organization)
    client = client_for(supervisor_sid)
    body = {"title": "T", "situation": "S", "p": "people"}
    bad_step = _post(client, f"{API}/scenarios", body | {"step": str(foreign_step.code)})
    assert bad_step.status_code == 422 and _names(bad_step) == {"step"}
    bad_point = _post(
        client,
        f"{API}/scenarios",
        body | {"points": [{"text": "ok"}, {"behaviour": str(foreign_behaviour.code)}]},
    )
    assert bad_point.status_code == 422
    assert bad_point.json()["detail"][0]["loc"] == ["body", "payload", "points", 1, "behaviour"]
    empty = _post(client, f"{API}/scenarios", body | {"title": ""})
    assert empty.status_code == 422 and "title" in _names(empty)
    assert not Scenario.objects.filter(organization=world.org).exists()
    assert not RubricPoint.objects.filter(organization=world.org).exists()


def test_staff_read_scenarios_without_the_right_response_and_cannot_write(
    world, staff_sam, supervisor_sid, outsider_otto
):
    scenario = ScenarioFactory(organization=world.org)
    ScenarioChoiceFactory(organization=world.org, scenario=scenario, is_best=True)
    staff = client_for(staff_sam)
    seen = staff.get(f"{API}/scenarios/{scenario.code}").json()
    assert [c["is_best"] for c in seen["choices"]] == [None]
    supervisor = client_for(supervisor_sid).get(f"{API}/scenarios/{scenario.code}").json()
    assert [c["is_best"] for c in supervisor["choices"]] == [True]
    body = {"title": "T", "situation": "S", "p": "people"}
    assert _post(staff, f"{API}/scenarios", body).status_code == 403
    foreign = ScenarioFactory(organization=outsider_otto.organization)
    assert staff.get(f"{API}/scenarios/{foreign.code}").status_code == 404


def test_a_role_play_through_the_api_counts_as_a_test(world, supervisor_sid, staff_sam):
    """Levels 4 and pass: (0.75 + 1) / 2 = 87.5, passed at the staff mark of 70."""
    sam = EmployeeFactory(organization=world.org, location=world.location_a, user=staff_sam.user)
    scenario = ScenarioFactory(organization=world.org)
    levels = RubricPointFactory(organization=world.org, scenario=scenario)
    passfail = RubricPointFactory(organization=world.org, scenario=scenario, scale="pass_fail")
    url = f"{API}/scenarios/{scenario.code}/role-plays"
    client = client_for(supervisor_sid)
    body = {
        "employee": str(sam.code),
        "levels": [
            {"point": str(levels.code), "level": 4},
            {"point": str(passfail.code), "level": 3},
        ],
    }
    refused = _post(client, url, body)
    assert refused.status_code == 422 and f"point-{passfail.pk}" in _names(refused)
    assert not ScenarioAttempt.objects.exists()
    body["levels"][1]["level"] = 1
    done = _post(client, url, body)
    assert done.status_code == 201
    assert done.json() | {"code": None} == {
        "code": None,
        "scenario": str(scenario.code),
        "employee": str(sam.code),
        "kind": "role_play",
        "score": "87.50",
        "pass_mark": 70,
        "passed": True,
    }
    assert _post(client_for(staff_sam), url, body).status_code == 403


# Coaching notes -------------------------------------------------------------------------


def test_a_note_through_the_api_links_its_evidence(world, supervisor_sid, staff_sam):
    sam = EmployeeFactory(organization=world.org, location=world.location_a, user=staff_sam.user)
    case = CaseFactory(organization=world.org, location=world.location_a)
    client = client_for(supervisor_sid)
    body = {"employee": str(sam.code), "next_time": "Offer a callback.", "case": str(case.code)}
    made = _post(client, f"{API}/coaching-notes", body)
    assert made.status_code == 201
    assert made.json()["evidence"] == {
        "answer": None,
        "audit": None,
        "response": None,
        "case": str(case.code),
    }
    mine = client_for(staff_sam).get(f"{API}/coaching-notes").json()
    assert [n["next_time"] for n in mine] == ["Offer a callback."]
    one = client_for(staff_sam).get(f"{API}/coaching-notes/{made.json()['code']}")
    assert one.status_code == 200


def test_a_note_with_foreign_evidence_or_nothing_to_say_is_refused(
    world, supervisor_sid, staff_sam, outsider_otto
):
    sam = EmployeeFactory(organization=world.org, location=world.location_a, user=staff_sam.user)
    foreign_case = CaseFactory(organization=outsider_otto.organization)
    other_location_case = CaseFactory(organization=world.org, location=world.location_b)
    client = client_for(supervisor_sid)
    body = {"employee": str(sam.code), "next_time": "x"}
    for case in (foreign_case, other_location_case):
        refused = _post(client, f"{API}/coaching-notes", body | {"case": str(case.code)})
        assert refused.status_code == 422 and _names(refused) == {"case"}
    silent = _post(client, f"{API}/coaching-notes", body | {"next_time": ""})
    assert silent.status_code == 422 and _names(silent) == {"next_time"}
    assert _post(client_for(staff_sam), f"{API}/coaching-notes", body).status_code == 403
    assert not CoachingNote.objects.exists()


def test_staff_read_only_their_own_notes_and_another_orgs_is_404(world, staff_sam, outsider_otto):
    sam = EmployeeFactory(organization=world.org, location=world.location_a, user=staff_sam.user)
    mine = CoachingNoteFactory(organization=world.org, employee=sam)
    colleague = CoachingNoteFactory(
        organization=world.org,
        employee=EmployeeFactory(organization=world.org, location=world.location_a),
    )
    foreign = CoachingNoteFactory(organization=outsider_otto.organization)
    client = client_for(staff_sam)
    assert [n["code"] for n in client.get(f"{API}/coaching-notes").json()] == [str(mine.code)]
    assert client.get(f"{API}/coaching-notes/{colleague.code}").status_code == 404
    assert client.get(f"{API}/coaching-notes/{foreign.code}").status_code == 404


# Interviews -----------------------------------------------------------------------------


def test_the_interview_flow_through_the_api_keeps_the_blind_rule(
    world, manager_max, supervisor_sid
):
    behaviour = BehaviourFactory(organization=world.org)
    made = _post(
        client_for(manager_max),
        f"{API}/interview-questions",
        {
            "text": "Tell me about a time you broke a rule for a customer.",
            "red_flags": "Never has.",
            "behaviours": [str(behaviour.code)],
        },
    )
    assert made.status_code == 201
    question = made.json()["code"]
    sid = client_for(supervisor_sid)
    candidate = _post(
        sid,
        f"{API}/candidates",
        {"location": str(world.location_a.code), "name": "Robin Hale", "role_applied": "Server"},
    )
    assert candidate.status_code == 201
    code = candidate.json()["code"]
    card = {"call": "yes", "ratings": [{"question": question, "rating": 4, "note": "Real story"}]}
    assert (
        _post(client_for(manager_max), f"{API}/candidates/{code}/scorecards", card).status_code
        == 201
    )
    before = sid.get(f"{API}/candidates/{code}").json()
    assert (before["readable"], before["scorecards_in"], before["scorecards"]) == (False, None, 1)
    bad = _post(
        sid,
        f"{API}/candidates/{code}/scorecards",
        card | {"ratings": [{"question": question, "rating": 6}]},
    )
    assert bad.status_code == 422 and "rating" in _names(bad)
    assert (
        _post(sid, f"{API}/candidates/{code}/scorecards", card | {"call": "no"}).status_code == 201
    )
    after = sid.get(f"{API}/candidates/{code}").json()
    assert after["readable"] and sorted(c["call"] for c in after["scorecards_in"]) == ["no", "yes"]
    again = _post(sid, f"{API}/candidates/{code}/scorecards", card)
    assert again.status_code == 409
    assert Scorecard.objects.count() == 2  # fmt: skip


def test_interview_input_from_another_organisation_is_refused(
    world, manager_max, supervisor_sid, staff_sam, outsider_otto
):
    foreign_question = InterviewQuestionFactory(organization=outsider_otto.organization)
    foreign_candidate = CandidateFactory(organization=outsider_otto.organization)
    candidate = CandidateFactory(organization=world.org, location=world.location_a)
    sid = client_for(supervisor_sid)
    card = {"call": "yes", "ratings": [{"question": str(foreign_question.code), "rating": 3}]}
    refused = _post(sid, f"{API}/candidates/{candidate.code}/scorecards", card)
    assert refused.status_code == 422 and _names(refused) == {"question"}
    assert sid.get(f"{API}/candidates/{foreign_candidate.code}").status_code == 404
    outside = _post(
        sid,
        f"{API}/candidates",
        {"location": str(world.location_b.code), "name": "Kit", "role_applied": "Host"},
    )
    assert outside.status_code == 422 and _names(outside) == {"location"}
    assert client_for(staff_sam).get(f"{API}/candidates").status_code == 403
    only_managers = _post(sid, f"{API}/interview-questions", {"text": "Why us?"})
    assert only_managers.status_code == 403
    assert not Scorecard.objects.exists()
    assert Candidate.objects.filter(organization=world.org).count() == 1
    assert not InterviewQuestion.objects.filter(organization=world.org).exists()


# Training -------------------------------------------------------------------------------


def test_training_is_proposed_and_read_through_the_api(world, manager_max, supervisor_sid):
    behaviour = BehaviourFactory(organization=world.org)
    scenario = ScenarioFactory(organization=world.org)
    RubricPointFactory(organization=world.org, scenario=scenario, behaviour=behaviour)
    client = client_for(manager_max)
    body = {"location": str(world.location_a.code), "behaviour": str(behaviour.code)}
    made = _post(client, f"{API}/training", body)
    assert made.status_code == 201 and made.json()["scenarios"] == [str(scenario.code)]
    code = made.json()["code"]
    assert client.get(f"{API}/training/{code}").json()["effect"] is None
    EmployeeFactory(organization=world.org, location=world.location_a)
    training.start_training(TrainingProposal.objects.get(), by=manager_max)
    effect = client.get(f"{API}/training/{code}").json()["effect"]
    # No audits at all: nothing to compare, "too few", and n is 0 four times.
    assert effect == {
        "value": None,
        "low": None,
        "high": None,
        "n": [0, 0, 0, 0],
        "too_few": True,
        "real": False,
    }
    assert [t["code"] for t in client.get(f"{API}/training").json()] == [code]
    assert _post(client_for(supervisor_sid), f"{API}/training", body).status_code == 403


def test_training_for_a_foreign_behaviour_or_an_uncovered_one_is_refused(
    world, manager_max, outsider_otto
):
    foreign = BehaviourFactory(organization=outsider_otto.organization)
    uncovered = BehaviourFactory(organization=world.org)
    client = client_for(manager_max)
    body = {"location": str(world.location_a.code)}
    bad = _post(client, f"{API}/training", body | {"behaviour": str(foreign.code)})
    assert bad.status_code == 422 and _names(bad) == {"behaviour"}
    none = _post(client, f"{API}/training", body | {"behaviour": str(uncovered.code)})
    assert none.status_code == 422 and _names(none) == {"scenarios"}
    theirs = TrainingProposalFactory(organization=outsider_otto.organization)
    assert client.get(f"{API}/training/{theirs.code}").status_code == 404
    assert not TrainingProposal.objects.filter(organization=world.org).exists()


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ("coaching-notes", {"owner", "executive", "manager", "supervisor", "staff"}),
        ("interview-questions", {"owner", "executive", "manager", "supervisor"}),
        ("candidates", {"owner", "executive", "manager", "supervisor"}),
        ("training", {"owner", "executive", "manager"}),
    ],
)
def test_each_list_answers_every_role(path, allowed, member_of_role):
    for role in ("owner", "executive", "manager", "supervisor", "staff", "shopper"):
        response = client_for(member_of_role(role)).get(f"{API}/{path}")
        assert response.status_code == (200 if role in allowed else 403), role


def test_a_candidates_role_play_is_scored_through_the_api(world, manager_max):
    """Levels 4 and pass on the role-play's rubric: (0.75 + 1) / 2 = 87.5."""
    scenario = ScenarioFactory(organization=world.org)
    levels = RubricPointFactory(organization=world.org, scenario=scenario)
    passfail = RubricPointFactory(organization=world.org, scenario=scenario, scale="pass_fail")
    question = InterviewQuestionFactory(organization=world.org, role_play=scenario)
    candidate = CandidateFactory(organization=world.org, location=world.location_a)
    url = f"{API}/candidates/{candidate.code}/scorecards"
    client = client_for(manager_max)
    play = {
        "question": str(question.code),
        "levels": [{"point": str(levels.code), "level": 4}],
    }
    half = _post(client, url, {"call": "yes", "role_plays": [play]})
    assert half.status_code == 422 and _names(half) == {f"rp-{question.pk}-{passfail.pk}"}
    stranger = RubricPointFactory(organization=world.org)
    wrong = {**play, "levels": [{"point": str(stranger.code), "level": 4}]}
    assert _post(client, url, {"call": "yes", "role_plays": [wrong]}).status_code == 422
    nothing = _post(client, url, {"call": "yes"})
    assert nothing.status_code == 422 and _names(nothing) == {"ratings"}
    assert not Scorecard.objects.exists()
    play["levels"].append({"point": str(passfail.code), "level": 1})
    done = _post(client, url, {"call": "yes", "role_plays": [play]})
    assert done.status_code == 201
    assert done.json()["role_plays"] == [
        {"question": str(question.code), "scenario": str(scenario.code), "score": "87.50"}
    ]
