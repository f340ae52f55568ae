"""The coaching pages' actions in the API: acknowledging and replying to a coaching note
(only the employee it is to), a note started from evidence, an observation with the
note of stepping in (one transaction), and the review of a rule bend with the rules bent
often. Every role, another organisation's object (404), bad input (422 naming the field,
nothing stored)."""

import json
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from servicegap.audits.models import Audit, AuditAnswer, Kind, Result
from servicegap.core.models import Role
from servicegap.people import coaching
from servicegap.people.models import CoachingNote, PeopleSettings, RuleBend
from servicegap.people.scenarios import PeopleError
from tests.api.checks import named
from tests.audits.factories import AuditAnswerFactory, AuditFactory, AuditTemplateFactory
from tests.conftest import client_for
from tests.factories import EmployeeFactory
from tests.feedback.factories import ResponseFactory, SurveyLinkFactory
from tests.people.factories import CoachingNoteFactory, RuleBendFactory
from tests.recovery.factories import CaseFactory
from tests.standards.factories import BehaviourFactory

API = "/api/v1/people"
TEAM = [Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR, Role.STAFF]
SUPERVISORS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR}
MANAGERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}


def _post(member, url, body=None):
    data = "" if body is None else json.dumps(body)  # None: no body at all
    return client_for(member).post(url, data, content_type="application/json")


@pytest.fixture
def sam(world, staff_sam):
    """Staff Sam's employee record, at Location A."""
    return EmployeeFactory(
        organization=world.org, location=world.location_a, user=staff_sam.user, first_name="Sam"
    )


@pytest.fixture
def note(world, sam):
    return CoachingNoteFactory(organization=world.org, employee=sam, next_time="Smile first.")


# Acknowledging a note: only the employee it is to -------------------------------------


@pytest.mark.parametrize("role", TEAM)
def test_every_team_role_acknowledges_a_note_to_themselves_once(world, member_of_role, role):
    member = member_of_role(role)
    me = EmployeeFactory(organization=world.org, location=world.location_a, user=member.user)
    mine = CoachingNoteFactory(organization=world.org, employee=me)
    answer = _post(member, f"{API}/coaching-notes/{mine.code}/acknowledge")
    assert answer.status_code == 200, answer.content
    mine.refresh_from_db()
    first = mine.acknowledged_at
    assert first is not None
    assert answer.json()["code"] == str(mine.code)
    assert answer.json()["acknowledged_at"] is not None
    again = _post(member, f"{API}/coaching-notes/{mine.code}/acknowledge")
    assert again.status_code == 200
    mine.refresh_from_db()
    assert mine.acknowledged_at == first  # the first acknowledgement stands


@pytest.mark.parametrize("role", [*sorted(SUPERVISORS), Role.SHOPPER])
def test_nobody_else_acknowledges_the_note(member_of_role, role, note):
    answer = _post(member_of_role(role), f"{API}/coaching-notes/{note.code}/acknowledge")
    assert answer.status_code == 403
    note.refresh_from_db()
    assert note.acknowledged_at is None


def test_a_colleagues_or_another_organisations_note_is_404(world, staff_sam, outsider_otto):
    colleague = CoachingNoteFactory(
        organization=world.org,
        employee=EmployeeFactory(organization=world.org, location=world.location_a),
    )
    foreign = CoachingNoteFactory(organization=outsider_otto.organization)
    for other in (colleague, foreign):
        for action in ("acknowledge", "reply"):
            answer = _post(staff_sam, f"{API}/coaching-notes/{other.code}/{action}", {"x": 1})
            assert answer.status_code == 404, (other, action)
    foreign_to_otto = CoachingNoteFactory(
        organization=outsider_otto.organization,
        employee=EmployeeFactory(organization=outsider_otto.organization),
    )
    answer = _post(staff_sam, f"{API}/coaching-notes/{foreign_to_otto.code}/acknowledge")
    assert answer.status_code == 404
    assert not CoachingNote.objects.exclude(acknowledged_at=None).exists()


# Replying to a note ----------------------------------------------------------------------


def test_the_employee_replies_and_that_acknowledges_the_note(staff_sam, note):
    answer = _post(staff_sam, f"{API}/coaching-notes/{note.code}/reply", {"reply": "  Will do. "})
    assert answer.status_code == 200, answer.content
    note.refresh_from_db()
    assert note.reply == "Will do."
    assert note.replied_at is not None and note.acknowledged_at == note.replied_at
    assert answer.json()["reply"] == "Will do."
    assert answer.json()["acknowledged_at"] is not None


@pytest.mark.parametrize("role", [*sorted(SUPERVISORS), Role.SHOPPER])
def test_nobody_else_replies(member_of_role, role, note):
    answer = _post(member_of_role(role), f"{API}/coaching-notes/{note.code}/reply", {"reply": "x"})
    assert answer.status_code == 403
    note.refresh_from_db()
    assert (note.reply, note.replied_at, note.acknowledged_at) == ("", None, None)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"reply": ""}, "reply"),
        ({"reply": "   "}, "reply"),
        ({"reply": "Fine\x00"}, "reply"),
        ({"reply": "x" * 4001}, "reply"),
        ({"reply": None}, "reply"),
        ({"reply": "Fine", "mood": "sad"}, "mood"),
        ({}, "reply"),
        (None, "payload"),
    ],
)
def test_a_bad_reply_is_refused_naming_the_field(staff_sam, note, body, field):
    answer = _post(staff_sam, f"{API}/coaching-notes/{note.code}/reply", body)
    assert named(answer, field), answer.content
    note.refresh_from_db()
    assert (note.reply, note.replied_at, note.acknowledged_at) == ("", None, None)


# A note started from evidence (the existing POST /coaching-notes) ------------------------


def _evidence(world, location):
    link = SurveyLinkFactory(organization=world.org, location=location)
    audit = AuditFactory(organization=world.org, location=location)
    return {
        "answer": AuditAnswerFactory(organization=world.org, audit=audit, result=Result.FAIL),
        "audit": audit,
        "response": ResponseFactory(organization=world.org, link=link, comment="Slow."),
        "case": CaseFactory(organization=world.org, location=location),
    }


@pytest.mark.parametrize("kind", ["answer", "audit", "response", "case"])
@pytest.mark.parametrize("role", list(Role))
def test_a_note_from_evidence_by_role(world, member_of_role, role, sam, kind):
    evidence = _evidence(world, world.location_a)[kind]
    body = {"employee": str(sam.code), "went_well": "Kind words.", kind: str(evidence.code)}
    answer = _post(member_of_role(role), f"{API}/coaching-notes", body)
    if role not in SUPERVISORS:
        assert answer.status_code == 403
        assert not CoachingNote.objects.exists()
        return
    assert answer.status_code == 201, answer.content
    made = CoachingNote.objects.get()
    assert (made.employee, made.went_well, made.next_time, getattr(made, kind)) == (
        sam,
        "Kind words.",
        "",
        evidence,
    )
    expected = {"answer": None, "audit": None, "response": None, "case": None}
    assert answer.json()["evidence"] == expected | {kind: str(evidence.code)}


def test_staff_are_refused_before_their_body_is_read(staff_sam, sam):
    answer = _post(staff_sam, f"{API}/coaching-notes", {"employee": "not a code", "x": 1})
    assert answer.status_code == 403


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"next_time": "", "went_well": "  "}, "next_time"),
        ({"went_well": "Good\x00"}, "went_well"),
        ({"next_time": "x" * 4001}, "next_time"),
        ({"is_intervention": True}, "audit"),  # stepping in is recorded on an observation
        ({"employee": "foreign"}, "employee"),
        ({"employee": "self"}, "employee"),
        ({"answer": "foreign"}, "answer"),
        ({"audit": "foreign"}, "audit"),
        ({"response": "foreign"}, "response"),
        ({"case": "out of scope"}, "case"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_a_bad_note_is_refused_naming_the_field(
    world, supervisor_sid, outsider_otto, sam, change, field
):
    body = {"employee": str(sam.code), "next_time": "Greet first."} | change
    other_org = outsider_otto.organization
    if change.get("employee") == "foreign":
        body["employee"] = str(EmployeeFactory(organization=other_org).code)
    if change.get("employee") == "self":
        me = EmployeeFactory(
            organization=world.org, location=world.location_a, user=supervisor_sid.user
        )
        body["employee"] = str(me.code)
    foreign_codes = {
        "answer": lambda: AuditAnswerFactory(organization=other_org).code,
        "audit": lambda: AuditFactory(organization=other_org).code,
        "response": lambda: ResponseFactory(organization=other_org).code,
    }
    for name, make in foreign_codes.items():
        if change.get(name) == "foreign":
            body[name] = str(make())
    if change.get("case") == "out of scope":  # Location B: not the supervisor's
        body["case"] = str(CaseFactory(organization=world.org, location=world.location_b).code)
    answer = _post(supervisor_sid, f"{API}/coaching-notes", body)
    assert named(answer, field), answer.content
    assert not CoachingNote.objects.exists()


# Stepping in during service ---------------------------------------------------------


@pytest.fixture
def behaviour(world):
    behaviour = BehaviourFactory(organization=world.org, text="Offers a menu within a minute")
    AuditTemplateFactory(organization=world.org, name="Dinner visit", behaviours=[behaviour])
    return behaviour


def _observation(sam, behaviour, changes=None) -> dict:
    return {
        "employee": str(sam.code),
        "behaviour": str(behaviour.code),
        "result": "fail",
        "seen": " Guest waited four minutes. ",
        "intervention": "I brought the menu and apologised.",
        "next_time": "Greet first, then fetch the menu.",
        "follow_up_on": (timezone.localdate() + timedelta(days=7)).isoformat(),
    } | (changes or {})


def _nothing_observed() -> bool:
    return not Audit.objects.exists() and not CoachingNote.objects.exists()


@pytest.mark.parametrize("role", list(Role))
def test_an_observation_and_its_note_by_role(world, member_of_role, role, sam, behaviour):
    answer = _post(member_of_role(role), f"{API}/observations", _observation(sam, behaviour))
    if role not in SUPERVISORS:
        assert answer.status_code == 403
        assert _nothing_observed()
        return
    assert answer.status_code == 201, answer.content
    audit = Audit.objects.get()
    assert (audit.kind, audit.status, audit.location) == (
        Kind.OBSERVATION,
        Audit.Status.SUBMITTED,
        world.location_a,
    )
    seen = AuditAnswer.objects.get()
    assert (seen.behaviour, seen.result, seen.note) == (
        behaviour,
        Result.FAIL,
        "Guest waited four minutes.",
    )
    note = CoachingNote.objects.get()
    assert (note.employee, note.audit, note.answer, note.is_intervention) == (
        sam,
        audit,
        seen,
        True,
    )
    assert note.intervention == "I brought the menu and apologised."
    assert note.next_time == "Greet first, then fetch the menu."
    assert note.follow_up_on == timezone.localdate() + timedelta(days=7)
    out = answer.json()
    assert out["code"] == str(note.code) and out["is_intervention"] is True
    assert out["evidence"] == {
        "answer": str(seen.code),
        "audit": str(audit.code),
        "response": None,
        "case": None,
    }
    assert out["follow_up_on"] == (timezone.localdate() + timedelta(days=7)).isoformat()


def test_an_observation_without_a_follow_up_date(supervisor_sid, sam, behaviour):
    body = _observation(sam, behaviour, {"result": "pass"})
    del body["follow_up_on"]
    answer = _post(supervisor_sid, f"{API}/observations", body)
    assert answer.status_code == 201, answer.content
    assert AuditAnswer.objects.get().result == Result.PASS
    assert CoachingNote.objects.get().follow_up_on is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"seen": ""}, "seen"),
        ({"seen": "Rude\x00"}, "seen"),
        ({"intervention": "  "}, "intervention"),
        ({"next_time": ""}, "next_time"),
        ({"next_time": "x" * 4001}, "next_time"),
        ({"result": "maybe"}, "result"),
        ({"follow_up_on": "2001-01-01"}, "follow_up_on"),
        ({"follow_up_on": 0}, "follow_up_on"),
        ({"behaviour": "foreign"}, "behaviour"),
        ({"behaviour": "retired"}, "behaviour"),
        ({"behaviour": "untemplated"}, "behaviour"),
        ({"employee": "foreign"}, "employee"),
        ({"employee": "self"}, "employee"),
        ({"employee": "out of scope"}, "employee"),
        ({"employee": None}, "employee"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_a_bad_observation_is_refused_naming_the_field_and_saves_nothing(
    world, supervisor_sid, outsider_otto, sam, behaviour, change, field
):
    other_org = outsider_otto.organization
    made = {
        ("behaviour", "foreign"): lambda: BehaviourFactory(organization=other_org),
        ("behaviour", "retired"): lambda: BehaviourFactory(organization=world.org, is_active=False),
        ("behaviour", "untemplated"): lambda: BehaviourFactory(organization=world.org),
        ("employee", "foreign"): lambda: EmployeeFactory(organization=other_org),
        ("employee", "self"): lambda: EmployeeFactory(
            organization=world.org, location=world.location_a, user=supervisor_sid.user
        ),
        ("employee", "out of scope"): lambda: EmployeeFactory(
            organization=world.org, location=world.location_b
        ),
    }
    body = _observation(sam, behaviour, change)
    for name, value in change.items():
        if (name, value) in made:
            body[name] = str(made[name, value]().code)
    answer = _post(supervisor_sid, f"{API}/observations", body)
    assert named(answer, field), answer.content
    assert _nothing_observed()


def test_a_refusal_inside_the_transaction_saves_neither(
    monkeypatch, supervisor_sid, sam, behaviour
):
    """The observation is written first; when the note is then refused, it goes too."""

    def refuse(*args, **kwargs):
        raise PeopleError("next_time", "refused for the test.")

    monkeypatch.setattr(coaching, "write_note", refuse)
    answer = _post(supervisor_sid, f"{API}/observations", _observation(sam, behaviour))
    assert named(answer, "next_time"), answer.content
    assert _nothing_observed() and not AuditAnswer.objects.exists()


def test_staff_are_refused_an_observation_before_their_body_is_read(staff_sam):
    assert _post(staff_sam, f"{API}/observations", {"seen": 5}).status_code == 403


# Reviewing a rule bend, and the rules bent often ----------------------------------------


@pytest.fixture
def bend(world, staff_sam):
    return RuleBendFactory(
        organization=world.org, location=world.location_a, recorded_by=staff_sam.user
    )


@pytest.mark.parametrize("role", list(Role))
def test_reviewing_a_bend_by_role(world, member_of_role, role, bend):
    member = member_of_role(role)
    url = f"{API}/rule-bends/{bend.code}/review"
    answer = _post(member, url, {"review_note": " Fine: allergies come first. "})
    bend.refresh_from_db()
    if role not in MANAGERS:
        # staff see only the bends they recorded, so Sam's own is a 403, not a 404
        assert answer.status_code == 403
        assert (bend.reviewed_by, bend.reviewed_at, bend.review_note) == (None, None, "")
        return
    assert answer.status_code == 200, answer.content
    assert (bend.reviewed_by, bend.review_note) == (member.user, "Fine: allergies come first.")
    assert bend.reviewed_at is not None
    assert answer.json()["review_note"] == "Fine: allergies come first."
    assert answer.json()["reviewed_at"] is not None
    listed = client_for(member).get(f"{API}/rule-bends").json()
    assert [(b["code"], b["review_note"]) for b in listed] == [
        (str(bend.code), "Fine: allergies come first.")
    ]


def test_a_review_without_a_note_and_a_second_review(manager_max, owner_olga, bend):
    assert _post(manager_max, f"{API}/rule-bends/{bend.code}/review", {}).status_code == 200
    bend.refresh_from_db()
    assert (bend.reviewed_by, bend.review_note) == (manager_max.user, "")
    again = _post(owner_olga, f"{API}/rule-bends/{bend.code}/review", {"review_note": "Agreed."})
    assert again.status_code == 200
    bend.refresh_from_db()
    assert (bend.reviewed_by, bend.review_note) == (owner_olga.user, "Agreed.")


def test_another_organisations_or_an_out_of_scope_bend_is_404_whatever_the_body(
    world, manager_max, outsider_otto
):
    foreign = RuleBendFactory(organization=outsider_otto.organization)
    south = RuleBendFactory(organization=world.org, location=world.location_b)
    for other in (foreign, south):
        for body in ({"review_note": "Seen."}, {"review_note": 5}, None):
            answer = _post(manager_max, f"{API}/rule-bends/{other.code}/review", body)
            assert answer.status_code == 404
    assert not RuleBend.objects.exclude(reviewed_at=None).exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"review_note": "x" * 2001}, "review_note"),
        ({"review_note": "Fine\x00"}, "review_note"),
        ({"review_note": None}, "review_note"),
        ({"review_note": "Fine", "approved": True}, "approved"),
        (None, "payload"),
    ],
)
def test_a_bad_review_is_refused_naming_the_field(manager_max, bend, body, field):
    answer = _post(manager_max, f"{API}/rule-bends/{bend.code}/review", body)
    assert named(answer, field), answer.content
    bend.refresh_from_db()
    assert (bend.reviewed_by, bend.reviewed_at, bend.review_note) == (None, None, "")


def _bent(world, location, rule, days_ago, cost="0"):
    return RuleBendFactory(
        organization=world.org,
        location=location,
        rule=rule,
        cost=Decimal(cost),
        happened_on=timezone.localdate() - timedelta(days=days_ago),
    )


@pytest.mark.parametrize("role", list(Role))
def test_the_rules_bent_often_by_role(world, member_of_role, role):
    for days, cost in ((1, "4.50"), (20, "2.00"), (80, "0")):
        _bent(world, world.location_a, "No substitutions", days, cost)
    _bent(world, world.location_a, "No substitutions", 120, "9.99")  # too long ago
    _bent(world, world.location_a, "Kitchen closes at 22:00", 0)  # bent once only
    answer = client_for(member_of_role(role)).get(f"{API}/rule-bends/often")
    if role not in MANAGERS:
        assert answer.status_code == 403
        return
    assert answer.status_code == 200, answer.content
    assert answer.json() == {
        "days": 90,
        "threshold": 3,
        "rules": [
            {
                "rule": "No substitutions",
                "key": "no substitutions",
                "count": 3,
                "cost": "6.50",
                "last": (timezone.localdate() - timedelta(days=1)).isoformat(),
            }
        ],
    }


def test_the_rules_bent_often_follow_the_threshold_and_the_managers_scope(world, manager_max):
    for days in (1, 2, 3):
        _bent(world, world.location_a, "No substitutions", days)
        _bent(world, world.location_b, "Kitchen closes at 22:00", days)  # South: not Max's
    url = f"{API}/rule-bends/often"
    rules = client_for(manager_max).get(url).json()["rules"]
    assert [(r["key"], r["count"]) for r in rules] == [("no substitutions", 3)]
    PeopleSettings.objects.create(organization=world.org, rule_bent_often=4)
    assert client_for(manager_max).get(url).json() == {"days": 90, "threshold": 4, "rules": []}


def test_the_schema_lists_the_coaching_actions(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "post" in paths[f"{API}/coaching-notes/{{coachingnote_code}}/acknowledge"]
    assert "post" in paths[f"{API}/coaching-notes/{{coachingnote_code}}/reply"]
    assert "post" in paths[f"{API}/observations"]
    assert "post" in paths[f"{API}/rule-bends/{{rulebend_code}}/review"]
    assert "get" in paths[f"{API}/rule-bends/often"]
    assert paths[f"{API}/coaching-notes"]["post"]["requestBody"]["required"] is True
