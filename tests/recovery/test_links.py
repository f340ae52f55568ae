"""Cases from feedback responses and save-list alerts, and the automatic ones."""

from __future__ import annotations

from decimal import Decimal

import pytest

from servicegap.core.models import P
from servicegap.customers.models import Alert
from servicegap.pipeline import followup
from servicegap.recovery import budgets, cases
from servicegap.recovery.models import Case, RecoverySettings, Severity
from tests.customers.factories import AlertFactory, CustomerFactory
from tests.feedback.factories import ResponseFactory, SurveyLinkFactory
from tests.recovery.conftest import T0

S = Case.Status


@pytest.fixture
def response(world, step):
    link = SurveyLinkFactory(organization=world.org, location=world.location_a)
    return ResponseFactory(
        organization=world.org, link=link, nps=3, step=step, comment="Cold chips, rude server."
    )


def test_closing_the_loop_opens_a_case_linked_to_the_response(response, manager_max):
    case = cases.open_case_for_response(response, by=manager_max)
    assert (case.response, case.location, case.source, case.step) == (
        response,
        response.location,
        Case.Source.FEEDBACK,
        response.step,
    )
    assert case.description == "Cold chips, rude server."
    assert case.get_absolute_url() == f"/recovery/cases/{case.code}/"


def test_one_open_case_per_response(response, manager_max, supervisor_sid):
    first = cases.open_case_for_response(response, by=manager_max)
    again = cases.open_case_for_response(response, by=supervisor_sid)
    assert again.pk == first.pk and Case.objects.count() == 1


def test_after_closing_a_new_case_may_be_opened(response, manager_max, step):
    first = cases.open_case_for_response(response, by=manager_max)
    first.severity = Severity.LOW
    first.save()
    for status in (S.ACKNOWLEDGED, S.INVESTIGATING, S.RECOVERED):
        cases.change_status(first, status, by=manager_max)
    cases.record_inquiry(
        first, what_happened="x", p=P.PEOPLE, step=step, no_action_reason="y", by=manager_max
    )
    cases.change_status(first, S.CLOSED, by=manager_max)
    second = cases.open_case_for_response(response, by=manager_max)
    assert second.pk != first.pk and second.response == response


def test_the_response_links_its_known_customer(world, response, manager_max):
    customer = CustomerFactory(organization=world.org, home_location=world.location_a)
    response.customer = customer
    response.save()
    assert cases.open_case_for_response(response, by=manager_max).customer == customer


# Save-list alerts -------------------------------------------------------------------------


@pytest.fixture
def alert(world):
    customer = CustomerFactory(organization=world.org, home_location=world.location_a)
    return AlertFactory(organization=world.org, customer=customer, value_at_risk=Decimal("640"))


def test_saving_a_customer_opens_a_case_and_claims_the_alert(alert, manager_max):
    case = cases.open_case_for_alert(alert, by=manager_max)
    assert (case.alert, case.customer, case.location, case.source) == (
        alert,
        alert.customer,
        alert.customer.home_location,
        Case.Source.SAVE_LIST,
    )
    assert case.severity == Severity.HIGH  # 640 at risk
    assert "P(alive) 30%" in case.description and "640" in case.description
    alert.refresh_from_db()
    assert alert.status == Alert.Status.CLAIMED and alert.claimed_by == manager_max.user
    assert cases.open_case_for_alert(alert, by=manager_max).pk == case.pk


def close(case, by, step, outcome):
    cases.record_inquiry(case, what_happened="Slow service.", p=P.PROCESS, step=step, by=by)
    budgets.record_action(case, kind="gift_certificate", amount="25.00", by=by)
    for status in (S.ACKNOWLEDGED, S.INVESTIGATING, S.RECOVERED):
        cases.change_status(case, status, by=by)
    cases.record_follow_up(
        case, planned_on=T0.date(), channel="phone", by=by, done=True, outcome=outcome
    )
    cases.change_status(case, S.CLOSED, by=by)


@pytest.mark.parametrize(
    ("outcome", "status"),
    [
        ("retained", Alert.Status.SAVED),
        ("unknown", Alert.Status.SAVED),
        ("lost", Alert.Status.LOST),
    ],
)
def test_closing_the_case_resolves_the_alert(outcome, status, alert, owner_olga, step):
    case = cases.open_case_for_alert(alert, by=owner_olga)
    close(case, owner_olga, step, outcome)
    alert.refresh_from_db()
    assert alert.status == status and alert.resolved_at is not None


# Automatic cases --------------------------------------------------------------------------


def test_no_automatic_case_unless_the_organisation_asks(response):
    followup.open_cases([response], {})
    assert not Case.objects.exists()


@pytest.mark.parametrize(("nps", "opened"), [(6, True), (7, False), (None, False)])
def test_a_detractor_opens_a_case_when_asked(nps, opened, world, response):
    RecoverySettings.objects.create(organization=world.org, open_for_detractors=True)
    response.nps = nps
    response.save()
    followup.open_cases([response], {})
    followup.open_cases([response], {})  # twice: one case
    assert Case.objects.count() == (1 if opened else 0)
    if opened:
        assert Case.objects.get().opened_by is None


def test_spam_opens_no_case(world, response):
    RecoverySettings.objects.create(organization=world.org, open_for_detractors=True)
    response.spam = True
    response.save()
    followup.open_cases([response], {})
    assert not Case.objects.exists()


@pytest.mark.parametrize(("churn", "opened"), [(True, True), (False, False)])
def test_a_churn_comment_opens_a_high_severity_case_when_asked(churn, opened, world, response):
    RecoverySettings.objects.create(organization=world.org, open_for_churn_comments=True)
    churned = {response.pk: ["never again"]} if churn else {}
    followup.open_cases([response], churned, new=False)  # as after a re-analysis
    assert Case.objects.count() == (1 if opened else 0)
    if opened:
        assert Case.objects.get().severity == Severity.HIGH
