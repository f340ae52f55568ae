"""Lower apps link up to the people pages by URL name: "make a scenario from this" on a
failed audit answer, an unhappy comment and a recovery case; "propose training" on what
fails most. The retention task erases candidates' data."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from servicegap.audits.models import Kind, Result
from servicegap.people import tasks
from servicegap.people.models import Candidate
from tests.audits.factories import AuditAnswerFactory
from tests.conftest import client_for
from tests.feedback.factories import ResponseFactory
from tests.people.factories import CandidateFactory
from tests.recovery.factories import CaseFactory


def test_a_failed_answer_offers_a_scenario_to_supervisors_not_staff(
    world, supervisor_sid, staff_sam
):
    answer = AuditAnswerFactory(
        organization=world.org,
        audit__location=world.location_a,
        audit__kind=Kind.OBSERVATION,
        result=Result.FAIL,
        is_counted=True,
    )
    link = reverse("people:scenario-from-answer", args=[answer.code]).encode()
    page = client_for(supervisor_sid).get(answer.audit.get_absolute_url())
    assert page.status_code == 200 and link in page.content
    page = client_for(staff_sam).get(answer.audit.get_absolute_url())
    assert link not in page.content


def test_a_case_and_a_comment_offer_a_scenario(world, supervisor_sid):
    case = CaseFactory(organization=world.org, location=world.location_a)
    page = client_for(supervisor_sid).get(case.get_absolute_url())
    assert reverse("people:scenario-from-case", args=[case.code]).encode() in page.content
    response = ResponseFactory(
        organization=world.org, link__location=world.location_a, comment="Cold soup.", people=1
    )
    page = client_for(supervisor_sid).get(reverse("feedback:response-detail", args=[response.code]))
    assert reverse("people:scenario-from-response", args=[response.code]).encode() in page.content


def test_what_fails_most_proposes_training_to_managers(world, manager_max):
    answer = AuditAnswerFactory(
        organization=world.org,
        audit__location=world.location_a,
        audit__kind=Kind.OBSERVATION,
        result=Result.FAIL,
        is_counted=True,
    )
    url = reverse("audits:location-report", args=[world.location_a.code])
    page = client_for(manager_max).get(url)
    assert page.status_code == 200
    expected = f"?location={world.location_a.code}&amp;behaviour={answer.behaviour.code}"
    assert expected.encode() in page.content
    form = client_for(manager_max).get(
        reverse("people:training-propose"),
        {"location": str(world.location_a.code), "behaviour": str(answer.behaviour.code)},
    )
    assert f'value="{answer.behaviour.code}" selected'.encode() in form.content


def test_the_daily_task_erases_candidates_past_their_retention(world):
    old = CandidateFactory(
        organization=world.org,
        location=world.location_a,
        applied_on=timezone.localdate() - timedelta(days=181),  # kept 180 days by default
    )
    CandidateFactory(organization=world.org, location=world.location_a)
    assert tasks.erase_expired_candidates.delay().get() == 1
    old.refresh_from_db()
    assert old.erased_at is not None and old.email == ""
    assert Candidate.objects.filter(erased_at=None).count() == 1


def test_a_coaching_note_is_started_from_a_comment_and_the_employee_chosen(
    world, supervisor_sid, staff_sam
):
    from servicegap.people.models import CoachingNote
    from tests.factories import EmployeeFactory

    sam = EmployeeFactory(organization=world.org, location=world.location_a, user=staff_sam.user)
    response = ResponseFactory(
        organization=world.org, link__location=world.location_a, comment="Sam was lovely."
    )
    client = client_for(supervisor_sid)
    detail = client.get(reverse("feedback:response-detail", args=[response.code]))
    assert f"?response={response.code}".encode() in detail.content
    url = reverse("people:note-start")
    page = client.get(url, {"response": str(response.code)})
    assert page.status_code == 200 and b"Sam was lovely." in page.content
    empty = client.post(url, {"response": str(response.code), "went_well": "Named by a guest."})
    assert empty.status_code == 400 and not CoachingNote.objects.exists()
    done = client.post(
        url,
        {"response": str(response.code), "employee": str(sam.code), "went_well": "Named."},
    )
    assert done.status_code == 302
    note = CoachingNote.objects.get()
    assert (note.employee, note.response) == (sam, response)


def test_owners_set_pass_marks_and_a_mark_over_100_is_refused(world, owner_olga, manager_max):
    from servicegap.people.models import PeopleSettings

    url = reverse("people:settings")
    assert client_for(manager_max).get(url).status_code == 403
    data = {
        "pass_mark_staff": "75",
        "pass_mark_supervisor": "120",
        "pass_mark_manager": "90",
        "rule_bent_often": "3",
        "candidate_retention_days": "90",
    }
    refused = client_for(owner_olga).post(url, data)
    assert refused.status_code == 400 and b"between 0 and 100" in refused.content
    assert not PeopleSettings.objects.exists()
    assert (
        client_for(owner_olga).post(url, {**data, "pass_mark_supervisor": "80"}).status_code == 302
    )
    assert PeopleSettings.for_organization(world.org).pass_mark_staff == 75
