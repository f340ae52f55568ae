"""Write to the top, end to end: the customer asks on the public form for the owner to
hear of their visit; the follow-up opens a high-severity case at the top of the
location's escalation ladder; Today and the report mark it; nobody closes it before an
owner or executive has acknowledged it."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.feedback.models import Response
from servicegap.gap import report
from servicegap.pipeline import followup
from servicegap.recovery import cases, ladders
from servicegap.recovery.models import TOP_LEVEL, Case, CaseEvent, Severity
from tests.conftest import _member, client_for
from tests.feedback.conftest import send
from tests.recovery.conftest import T0, ready_to_close
from tests.standards.factories import JourneyStepFactory

TOP_SUBJECT = "[servicegap] Written to the top"


@pytest.fixture
def top(world, owner_olga, executive_erin):
    """Location A's own ladder puts the owner at the top; Location B follows the
    organisation's default, whose top is the executive."""
    ladders.save_ladder(world.org, None, {TOP_LEVEL: ([executive_erin], 12)})
    ladders.save_ladder(world.org, world.location_a, {TOP_LEVEL: ([owner_olga], 12)})
    return {"a": owner_olga, "b": executive_erin}


def post(public, link, capture, **answers):
    """The customer's POST; the request follows the response up after its commit."""
    with capture(execute=True):
        response = send(public, link, **answers)
    assert response.status_code == 200
    return response


def top_mail() -> list:
    return [m for m in mail.outbox if m.subject.startswith(TOP_SUBJECT)]


def test_a_response_written_to_the_top_opens_a_case_at_the_top_of_each_location_s_ladder(
    world, public, link, link_b, top, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    post(public, link, capture, nps=3, comment="The waiter laughed at my complaint.",
         to_the_top="on", contact_consent="on", contact="kim@example.test")  # fmt: skip
    post(public, link_b, capture, nps=8, comment="Please tell the owner the lift is broken.",
         to_the_top="on")  # fmt: skip
    at_a = Case.objects.get(location=world.location_a)
    at_b = Case.objects.get(location=world.location_b)
    for case, who in ((at_a, top["a"]), (at_b, top["b"])):
        assert case.to_the_top
        assert case.severity == Severity.HIGH
        assert case.assignee == who
        assert case.escalation_level == TOP_LEVEL and case.escalate_at is None
        assert case.waits_for_the_top
    # Location A's own ladder (the owner), Location B the default (the executive).
    assert sorted(m.to[0] for m in top_mail()) == ["erin@example.test", "olga@example.test"]
    # Without consent: the case is opened, with no contact details, and says so.
    assert Response.objects.get(location=world.location_b).contact == ""
    assert at_b.events.filter(text__contains="left no contact details").exists()
    assert at_a.events.filter(text__contains="may be contacted").exists()


def test_without_the_tick_no_case_is_opened(world, public, link, top,
                                            django_capture_on_commit_callbacks):  # fmt: skip
    post(public, link, django_capture_on_commit_callbacks, nps=3, comment="Slow.")
    assert not Case.objects.exists()
    assert not top_mail()


def test_spam_written_to_the_top_opens_nothing(world, link, top):
    from servicegap.feedback import intake

    answers = {"nps": 2, "comment": "Nice", "to_the_top": True, "honeypot": "http://x.test"}
    stored = intake.submit_response(link, answers, submission_id=uuid.uuid4(), language="en")
    followup.follow_up([stored.response])
    assert not Case.objects.exists()


def test_a_response_followed_up_twice_opens_one_case(world, link, top,
                                                     django_capture_on_commit_callbacks):  # fmt: skip
    from servicegap.feedback import intake

    answers = {"nps": 1, "comment": "Cold food.", "to_the_top": True}
    stored = intake.submit_response(link, answers, submission_id=uuid.uuid4(), language="en")
    response = Response.objects.get(pk=stored.pk)
    with django_capture_on_commit_callbacks(execute=True):
        followup.follow_up([response])
        followup.follow_up([response])
    assert Case.objects.count() == 1
    assert len(top_mail()) == 1
    # Even once its case is closed, a third follow-up gives the same case back.
    case = Case.objects.get()
    Case.objects.filter(pk=case.pk).update(status=Case.Status.CLOSED)
    assert cases.open_case_to_the_top(response) == case
    assert Case.objects.count() == 1


def test_an_open_detractor_case_is_raised_to_the_top_not_doubled(world, link, top, staff_sam):
    from servicegap.feedback import intake

    answers = {"nps": 1, "comment": "Cold food.", "to_the_top": True}
    stored = intake.submit_response(link, answers, submission_id=uuid.uuid4(), language="en")
    response = Response.objects.get(pk=stored.pk)
    first = cases.open_case_for_response(response, by=staff_sam)  # medium, at the front line
    raised = cases.open_case_to_the_top(response)
    assert raised.pk == first.pk
    first.refresh_from_db()
    assert first.to_the_top and first.severity == Severity.HIGH
    assert first.assignee == top["a"]


def test_the_top_defaults_to_the_executives_then_the_owners(world, owner_olga, executive_erin):
    assert ladders.top_of_ladder(world.org, world.location_a) == [executive_erin]
    executive_erin.delete()
    assert ladders.top_of_ladder(world.org, world.location_a) == [owner_olga]


# Closing only after the top's acknowledgement ------------------------------------------


@pytest.fixture
def written(world, public, link, top, staff_sam, django_capture_on_commit_callbacks):
    """A case written to the top at Location A, moved on by staff until only the top's
    acknowledgement is missing."""
    post(public, link, django_capture_on_commit_callbacks, nps=2, comment="Rude at the door.",
         to_the_top="on")  # fmt: skip
    case = Case.objects.get()
    for status in ("acknowledged", "investigating", "recovered"):
        cases.change_status(case, status, by=staff_sam)
    ready_to_close(case, staff_sam, JourneyStepFactory(organization=world.org, name="Door"))
    case.refresh_from_db()
    assert case.status == Case.Status.FOLLOWED_UP
    return case


def close(member, case):
    return client_for(member).post(f"/recovery/cases/{case.code}/status/", {"to": "closed"})


def test_nobody_closes_it_before_the_top_acknowledges_then_they_can(
    written, staff_sam, manager_max, owner_olga
):
    for member in (staff_sam, manager_max):
        refused = close(member, written)
        assert refused.status_code == 400
        assert "an owner&#x27;s or executive&#x27;s acknowledgement" in refused.content.decode()
        written.refresh_from_db()
        assert written.status == Case.Status.FOLLOWED_UP
    # Staff and managers cannot acknowledge for the top.
    assert client_for(staff_sam).post(f"/recovery/cases/{written.code}/top-ack/").status_code == 403
    assert (
        client_for(manager_max).post(f"/recovery/cases/{written.code}/top-ack/").status_code == 403
    )
    page = client_for(owner_olga).get(written.get_absolute_url()).content.decode()
    assert "Waiting for an owner or an executive to acknowledge it" in page
    acked = client_for(owner_olga).post(
        f"/recovery/cases/{written.code}/top-ack/", {"text": "I will call them myself."}
    )
    assert acked.status_code == 302
    written.refresh_from_db()
    assert written.top_acknowledged_by == owner_olga
    event = written.events.get(kind=CaseEvent.Kind.TOP_ACK)
    assert event.at == written.top_acknowledged_at  # written together
    assert "I will call them myself." in event.text
    assert close(manager_max, written).status_code == 302
    written.refresh_from_db()
    assert written.status == Case.Status.CLOSED


def test_the_acknowledgement_is_refused_twice_and_below_the_top(
    written, executive_erin, supervisor_sid
):
    with pytest.raises(cases.CaseError, match="Only an owner or an executive"):
        cases.acknowledge_at_the_top(written, by=supervisor_sid)
    cases.acknowledge_at_the_top(written, by=executive_erin)
    with pytest.raises(cases.CaseError, match="already acknowledged"):
        cases.acknowledge_at_the_top(written, by=executive_erin)
    assert written.events.filter(kind=CaseEvent.Kind.TOP_ACK).count() == 1


def test_an_ordinary_case_cannot_be_acknowledged_for_the_top(world, owner_olga, staff_sam):
    case = cases.open_case(organization=world.org, location=world.location_a, source="phone",
                           summary="Wrong order", by=staff_sam, now=T0)  # fmt: skip
    with pytest.raises(cases.CaseError, match="not written to the top"):
        cases.acknowledge_at_the_top(case, by=owner_olga)
    assert "acknowledgement" not in "; ".join(cases.missing_for_close(case))


def test_another_organisation_gets_a_404(written, outsider_otto):
    response = client_for(outsider_otto).post(f"/recovery/cases/{written.code}/top-ack/")
    assert response.status_code == 404
    written.refresh_from_db()
    assert written.top_acknowledged_at is None


def test_the_api_shows_the_flag_and_the_acknowledgement(client, written, owner_olga):
    _token, secret = tokens.create_token(owner_olga, "CRM")
    url = f"/api/v1/recovery/cases/{written.code}"
    body = client.get(url, HTTP_AUTHORIZATION=f"Bearer {secret}").json()
    assert body["to_the_top"] is True and body["top_acknowledged_at"] is None
    cases.acknowledge_at_the_top(written, by=owner_olga)
    body = client.get(url, HTTP_AUTHORIZATION=f"Bearer {secret}").json()
    assert body["top_acknowledged_at"] is not None


# Marked on Today and in the report -------------------------------------------------------


def today(member) -> str:
    response = client_for(member).get("/")
    assert response.status_code == 200
    return response.content.decode()


def test_today_marks_it_for_owners_executives_and_the_assignee(
    world, written, owner_olga, executive_erin, manager_max, staff_sam
):
    for member in (owner_olga, executive_erin):
        html = today(member)
        assert "Customers who wrote to the top" in html
        assert "wrote to the top · to acknowledge" in html
    # Not the manager's, nor staff's: the case is the owner's.
    for member in (manager_max, staff_sam):
        assert "Customers who wrote to the top" not in today(member)
    cases.acknowledge_at_the_top(written, by=owner_olga)
    html = today(owner_olga)
    assert "wrote to the top · to acknowledge" not in html
    assert "Customers who wrote to the top" in html  # until it is closed


def test_a_manager_at_the_top_of_a_ladder_sees_it_assigned_to_them(
    world, public, link, manager_max, django_capture_on_commit_callbacks
):
    ladders.save_ladder(world.org, world.location_a, {TOP_LEVEL: ([manager_max], 12)})
    post(public, link, django_capture_on_commit_callbacks, nps=4, to_the_top="on")
    html = today(manager_max)
    assert "Customers who wrote to the top" in html
    assert "wrote to the top · to acknowledge" in html


def test_the_report_and_the_digest_text_mark_it(world, written, owner_olga):
    day = timezone.localdate(timezone.now(), world.org.tz)
    made = report.executive_report(world.org, day - timedelta(days=6), day)
    assert made.to_the_top.period == 1 and made.to_the_top.waiting == 1
    html, text = report.render_html(made), report.render_text(made)
    for body in (html, text):
        assert "1 customer asked in this period for the owner to hear of their visit" in body
        assert "1 case still waits for an owner" in body
        assert "not yet acknowledged" in body
    cases.acknowledge_at_the_top(written, by=owner_olga)
    again = report.render_html(report.executive_report(world.org, day - timedelta(days=6), day))
    assert "Every one is acknowledged." in again


def test_a_report_without_such_cases_leaves_the_section_out(world, owner_olga, staff_sam):
    cases.open_case(organization=world.org, location=world.location_a, source="phone",
                    summary="Wrong order", by=staff_sam)  # fmt: skip
    day = timezone.localdate(timezone.now(), world.org.tz)
    made = report.executive_report(world.org, day - timedelta(days=6), day)
    assert "wrote to the top" not in report.render_html(made)


def test_a_member_who_cannot_see_the_location_is_never_at_its_top(world, people_b):
    with pytest.raises(Exception, match="cannot see Location A"):
        ladders.save_ladder(world.org, world.location_a, {TOP_LEVEL: ([people_b], 12)})


@pytest.fixture
def people_b(world):
    return _member(world, "bea@example.test", Role.MANAGER, locations=[world.location_b])
