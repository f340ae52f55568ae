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
        erase_after=timezone.localdate() - timedelta(days=1),
    )
    CandidateFactory(organization=world.org, location=world.location_a)
    assert tasks.erase_expired_candidates.delay().get() == 1
    old.refresh_from_db()
    assert old.erased_at is not None and old.email == ""
    assert Candidate.objects.filter(erased_at=None).count() == 1
