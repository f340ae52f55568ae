"""A supervisor who steps in during service records the observation and the coaching note
on one form, in one transaction: the observation counts in the Observed lens, the note
shows on the employee's page with what was said and a follow-up date."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from servicegap.audits.models import Audit, AuditAnswer, Kind, Result
from servicegap.core.models import Role
from servicegap.people import coaching, effects
from servicegap.people.models import CoachingNote
from servicegap.people.scenarios import PeopleError
from tests.audits.factories import AuditTemplateFactory
from tests.conftest import client_for
from tests.factories import EmployeeFactory
from tests.standards.factories import BehaviourFactory


@pytest.fixture
def sam(world, staff_sam):
    return EmployeeFactory(
        organization=world.org, location=world.location_a, user=staff_sam.user, first_name="Sam"
    )


@pytest.fixture
def behaviour(world):
    behaviour = BehaviourFactory(organization=world.org, text="Offers a menu within a minute")
    AuditTemplateFactory(organization=world.org, name="Dinner visit", behaviours=[behaviour])
    return behaviour


def _form(sam, behaviour, **changes) -> dict:
    data = {
        "employee": str(sam.code),
        "behaviour": str(behaviour.code),
        "result": "fail",
        "seen": "Guest waited four minutes; Sam said <b>we are busy</b>.",
        "intervention": "I brought the menu and apologised for the wait.",
        "next_time": "Greet first, then fetch the menu.",
        "follow_up_on": (timezone.localdate() + timedelta(days=7)).isoformat(),
    }
    return data | changes


def _nothing_saved() -> bool:
    return not Audit.objects.exists() and not CoachingNote.objects.exists()


def test_one_form_saves_the_observation_and_the_note_together(
    world, sam, behaviour, supervisor_sid
):
    client = client_for(supervisor_sid)
    page = client.get(reverse("people:observe") + f"?employee={sam.code}")
    assert page.status_code == 200
    assert f'value="{sam.code}" selected'.encode() in page.content
    response = client.post(reverse("people:observe"), _form(sam, behaviour))
    assert response.status_code == 302
    audit = Audit.objects.get()
    assert (audit.kind, audit.status, audit.location) == (
        Kind.OBSERVATION,
        Audit.Status.SUBMITTED,
        world.location_a,
    )
    answer = AuditAnswer.objects.get()
    assert (answer.behaviour, answer.result, answer.is_counted) == (behaviour, Result.FAIL, True)
    assert answer.note.startswith("Guest waited four minutes")
    note = CoachingNote.objects.get()
    assert (note.employee, note.audit, note.answer, note.is_intervention) == (
        sam,
        audit,
        answer,
        True,
    )
    assert note.intervention == "I brought the menu and apologised for the wait."
    assert note.next_time == "Greet first, then fetch the menu."
    assert note.follow_up_on == timezone.localdate() + timedelta(days=7)
    # The employee's page shows it, with the customer-facing text escaped.
    mine = client_for(supervisor_sid).get(reverse("people:employee", args=[sam.code]))
    assert b"I brought the menu" in mine.content
    assert b"&lt;b&gt;we are busy&lt;/b&gt;" in mine.content
    assert b"<b>we are busy</b>" not in mine.content


def test_the_observation_counts_in_the_observed_pass_rate(world, sam, behaviour, supervisor_sid):
    """One failed answer of one audit: a pass rate of 0 on n = 1."""
    now = timezone.now()
    coaching.observe_and_step_in(
        sam,
        by=supervisor_sid,
        behaviour=behaviour,
        result="fail",
        seen="No greeting",
        intervention="I greeted the table",
        next_time="Greet within a minute",
        now=now,
    )
    estimate = effects.pass_rate(
        AuditAnswer.objects.filter(location=world.location_a),
        now - timedelta(days=1),
        now + timedelta(days=1),
    )
    assert (estimate.value, estimate.n) == (0.0, 1)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("seen", ""),
        ("intervention", ""),
        ("next_time", ""),
        ("result", "maybe"),
        ("follow_up_on", "2001-01-01"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(field, value, sam, behaviour, supervisor_sid):
    response = client_for(supervisor_sid).post(
        reverse("people:observe"), _form(sam, behaviour, **{field: value})
    )
    assert response.status_code == 400
    assert response.context["form"].errors[field]
    assert _nothing_saved()


def test_a_behaviour_no_template_checks_is_refused_with_the_reason(world, sam, supervisor_sid):
    lonely = BehaviourFactory(organization=world.org)
    response = client_for(supervisor_sid).post(reverse("people:observe"), _form(sam, lonely))
    assert response.status_code == 400
    assert "no audit template" in response.context["form"].errors["behaviour"][0]
    assert _nothing_saved()


def test_when_the_note_is_refused_the_observation_is_not_kept(world, behaviour, supervisor_sid):
    """The note fails after the audit was written (a note to oneself): both roll back."""
    myself = EmployeeFactory(
        organization=world.org, location=world.location_a, user=supervisor_sid.user
    )
    with pytest.raises(PeopleError) as error:
        coaching.observe_and_step_in(
            myself,
            by=supervisor_sid,
            behaviour=behaviour,
            result="fail",
            seen="x",
            intervention="y",
            next_time="z",
        )
    assert error.value.field == "employee"
    assert _nothing_saved()


def test_an_employee_at_another_location_is_not_a_choice(world, behaviour, supervisor_sid):
    elsewhere = EmployeeFactory(organization=world.org, location=world.location_b)
    response = client_for(supervisor_sid).post(
        reverse("people:observe"), _form(elsewhere, behaviour)
    )
    assert response.status_code == 400
    assert response.context["form"].errors["employee"]
    assert _nothing_saved()


def test_another_organisations_employee_and_behaviour_are_refused(
    sam, behaviour, supervisor_sid, outsider_otto
):
    theirs = EmployeeFactory(organization=outsider_otto.organization)
    their_behaviour = BehaviourFactory(organization=outsider_otto.organization)
    client = client_for(supervisor_sid)
    response = client.post(reverse("people:observe"), _form(theirs, behaviour))
    assert response.status_code == 400 and response.context["form"].errors["employee"]
    response = client.post(reverse("people:observe"), _form(sam, their_behaviour))
    assert response.status_code == 400 and response.context["form"].errors["behaviour"]
    assert _nothing_saved()


@pytest.mark.parametrize("role", list(Role))
def test_supervisors_and_up_record_it(role, member_of_role, world, behaviour):
    member = member_of_role(role)
    employee = EmployeeFactory(organization=world.org, location=world.location_a)
    response = client_for(member).post(reverse("people:observe"), _form(employee, behaviour))
    allowed = role in (Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR)
    assert response.status_code == (302 if allowed else 403)
    assert CoachingNote.objects.filter(is_intervention=True).count() == (1 if allowed else 0)
