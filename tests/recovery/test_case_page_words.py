"""The case and outcome pages in plain words: the customer's contact, who escalated,
who can be assigned, one definition of a customer kept, dates and plurals."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from servicegap.recovery import budgets, cases, escalation, outcomes
from servicegap.recovery.models import Case
from tests.conftest import _member, client_for
from tests.customers.factories import AlertFactory, CustomerFactory, VisitFactory
from tests.feedback.factories import ResponseFactory, SurveyLinkFactory
from tests.recovery.conftest import T0, new_case

S = Case.Status


def _response(world, **fields):
    link = SurveyLinkFactory(organization=world.org, location=world.location_a)
    return ResponseFactory(organization=world.org, link=link, nps=3, **fields)


def test_a_case_from_a_response_shows_the_contact_the_customer_left(world, manager_max):
    response = _response(world, contact_consent=True, contact="lena@example.test")
    client = client_for(manager_max)
    opened = client.post(f"/recovery/cases/from-response/{response.code}/")
    case = Case.objects.get(response=response)
    assert opened.status_code == 302
    html = client.get(case.get_absolute_url()).content.decode()
    assert "lena@example.test" in html
    sent = timezone.localtime(response.submitted_at, world.org.tz)
    assert f"Feedback from {sent.day} {sent:%b %Y}" in html  # the pages' own date format


def test_a_case_without_consent_says_so_and_shows_no_contact(world, manager_max):
    response = _response(world, contact_consent=False)
    client = client_for(manager_max)
    client.post(f"/recovery/cases/from-response/{response.code}/")
    html = client.get(Case.objects.get(response=response).get_absolute_url()).content.decode()
    assert "The customer did not ask to be contacted." in html


def test_an_automatic_escalation_is_by_servicegap_not_a_person(world, owner_olga, supervisor_sid):
    case = new_case(world, owner_olga, now=T0)
    late = case.ack_due_at + timedelta(minutes=5)
    assert escalation.escalate_overdue_cases(now=late) == 1
    html = client_for(owner_olga).get(case.get_absolute_url()).content.decode()
    history = html[html.index('id="history-title"') :]
    line = next(li for li in history.split("<li") if "Escalated" in li)
    assert "servicegap, automatically" in line
    assert "telling" in line  # those told are named as told, not as the authors


def test_assign_to_lists_only_members_who_can_take_the_case(
    world, owner_olga, supervisor_sid, staff_sam, shopper_sue
):
    elsewhere = _member(world, "bo@example.test", "staff", locations=[world.location_b])
    case = new_case(world, owner_olga)
    page = client_for(owner_olga).get(case.get_absolute_url())
    offered = {m.user.email for m in page.context["assign_form"].fields["assignee"].queryset}
    assert offered == {"olga@example.test", "sid@example.test", "sam@example.test"}
    assert elsewhere.user.email not in offered and shopper_sue.user.email not in offered


def test_assigning_someone_from_another_location_is_refused(world, owner_olga):
    elsewhere = _member(world, "bo@example.test", "staff", locations=[world.location_b])
    case = new_case(world, owner_olga)
    response = client_for(owner_olga).post(
        f"/recovery/cases/{case.code}/assign/", {"assignee": elsewhere.code}
    )
    assert response.status_code == 400
    assert "Choose a member who works at the case&#x27;s location." in response.content.decode()
    case.refresh_from_db()
    assert case.assignee is None


def test_every_figure_on_the_outcomes_page_uses_one_definition_of_kept(world, owner_olga, step):
    """An anonymous customer who said at the follow-up they would stay is kept in both the
    retention table and the table by action; a known customer who was marked lost but
    came back is kept in both too. Before, the two tables disagreed (0% against 100%)."""
    anonymous = new_case(world, owner_olga)
    came_back = CustomerFactory(organization=world.org, home_location=world.location_a)
    known = new_case(world, owner_olga, customer=came_back)
    for case, outcome in ((anonymous, "retained"), (known, "lost")):
        cases.change_status(case, S.ACKNOWLEDGED, by=owner_olga, now=T0 + timedelta(hours=1))
        cases.change_status(case, S.INVESTIGATING, by=owner_olga, now=T0 + timedelta(hours=1))
        cases.change_status(case, S.RECOVERED, by=owner_olga, now=T0 + timedelta(hours=2))
        budgets.record_action(case, kind="apology", amount="0", by=owner_olga)
        cases.record_follow_up(case, planned_on=T0.date(), channel="phone", by=owner_olga,
                               done=True, outcome=outcome, now=T0 + timedelta(days=1))  # fmt: skip
    VisitFactory(organization=world.org, customer=came_back, location=world.location_a,
                 visited_at=T0 + timedelta(days=5))  # fmt: skip
    qs = outcomes.cases_of_period(owner_olga, T0.date(), T0.date())
    # both kept: 2 of 2 = 100% in each table
    assert outcomes.retention_after_recovery(qs)["recovered"] == {
        "cases": 2, "retained": 2, "rate": 100.0
    }  # fmt: skip
    (apology,) = outcomes.by_action_kind(qs)
    assert (apology["known"], apology["retained"], apology["retained_rate"]) == (2, 2, 100.0)


def test_one_case_from_the_save_list_is_one_case(world, owner_olga):
    customer = CustomerFactory(organization=world.org, home_location=world.location_a)
    alert = AlertFactory(organization=world.org, customer=customer)
    new_case(world, owner_olga, customer=customer, alert=alert, now=timezone.now())
    html = client_for(owner_olga).get("/recovery/outcomes/").content.decode()
    assert "1 case from the save list" in html and "1 cases" not in html
