"""The getting-started checklist on Today: it ticks itself from real rows, step by step,
is shown to owners and executives only, disappears when done or dismissed by an owner."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from servicegap.audits.models import Audit, Kind
from servicegap.core.models import Role
from servicegap.gap import getting_started
from servicegap.gap.models import GettingStarted
from tests.audits.factories import AssignmentFactory, AuditFactory
from tests.conftest import client_for
from tests.customers.factories import VisitFactory
from tests.factories import LocationFactory, MembershipFactory, OrganizationFactory, UserFactory
from tests.feedback.factories import ResponseFactory, SurveyFactory, SurveyLinkFactory
from tests.standards.factories import BehaviourFactory

STEPS = ["locations", "card", "qr", "response", "self_assessment", "mystery_shop", "visits"]


def ticked(membership) -> list[str]:
    found = getting_started.checklist(membership)
    return [step.key for step in found.steps if step.done]


def page(membership) -> str:
    return client_for(membership).get(reverse("core:home")).content.decode()


@pytest.fixture
def new_owner(db):
    """A brand-new organisation with its owner and nothing else."""
    org = OrganizationFactory(name="Fresh Start Bakery", slug="fresh")
    return MembershipFactory(organization=org, user=UserFactory(), role=Role.OWNER)


def test_a_new_organisation_sees_every_step_to_do(new_owner):
    found = getting_started.checklist(new_owner)
    assert [step.key for step in found.steps] == STEPS
    assert found.done_count == 0
    html = page(new_owner)
    assert "Getting started" in html and "0 of 7 done" in html
    assert reverse("kits:choose") in html
    assert reverse("customers:import-columns") in html


def test_the_checklist_ticks_itself_step_by_step_and_then_goes_away(new_owner):
    org = new_owner.organization
    location = LocationFactory(organization=org, name="Main Street")
    assert ticked(new_owner) == ["locations"]
    BehaviourFactory(organization=org)
    assert ticked(new_owner) == ["locations", "card"]
    survey = SurveyFactory(organization=org)
    link = SurveyLinkFactory(organization=org, survey=survey, location=location)
    assert ticked(new_owner) == ["locations", "card", "qr"]
    ResponseFactory(organization=org, survey=survey, link=link, location=location, spam=True)
    assert "response" not in ticked(new_owner)  # spam is not a customer
    ResponseFactory(organization=org, survey=survey, link=link, location=location)
    assert ticked(new_owner) == STEPS[:4]
    audit = AuditFactory(organization=org, location=location, kind=Kind.SELF_ASSESSMENT)
    assert "self_assessment" not in ticked(new_owner)  # a draft is not yet run
    Audit.objects.filter(pk=audit.pk).update(status=Audit.Status.SUBMITTED)
    assert ticked(new_owner) == STEPS[:5]
    assignment = AssignmentFactory(organization=org, location=location)
    assert ticked(new_owner) == STEPS[:6]
    assert "6 of 7 done" in page(new_owner)
    VisitFactory(organization=org, location=location)
    # Every step done: the list is put away for good, even if a row goes again.
    assert getting_started.checklist(new_owner) is None
    assert "Getting started" not in page(new_owner)
    assert GettingStarted.objects.get(organization=org).completed_at is not None
    assignment.delete()
    assert getting_started.checklist(new_owner) is None


def test_another_organisations_rows_tick_nothing(new_owner, world, owner_olga):
    LocationFactory(organization=world.org)
    BehaviourFactory(organization=world.org)
    assert ticked(new_owner) == []


@pytest.mark.parametrize("persona", ["owner_olga", "executive_erin"])
def test_leaders_see_the_checklist(persona, request):
    assert "Getting started" in page(request.getfixturevalue(persona))


@pytest.mark.parametrize("persona", ["manager_max", "supervisor_sid", "staff_sam", "shopper_sue"])
def test_other_roles_do_not_see_it(persona, request):
    membership = request.getfixturevalue(persona)
    assert getting_started.checklist(membership) is None
    assert "Getting started" not in page(membership)


def test_an_owner_dismisses_it_for_everyone(world, owner_olga, executive_erin):
    client = client_for(owner_olga)
    html = page(owner_olga)
    assert "Hide this list for everyone" in html
    response = client.post(reverse("gap:getting-started-dismiss"))
    assert response.status_code == 302 and response["Location"] == reverse("core:home")
    state = GettingStarted.objects.get(organization=world.org)
    assert state.dismissed_by == owner_olga.user
    assert "Getting started" not in page(owner_olga)
    assert "Getting started" not in page(executive_erin)


def test_an_executive_may_not_dismiss_it(world, executive_erin):
    assert "Hide this list for everyone" not in page(executive_erin)
    response = client_for(executive_erin).post(reverse("gap:getting-started-dismiss"))
    assert response.status_code == 403
    assert not GettingStarted.objects.exists()


@pytest.mark.parametrize("persona", ["manager_max", "supervisor_sid", "staff_sam", "shopper_sue"])
def test_other_roles_may_not_dismiss_it(persona, request):
    client = client_for(request.getfixturevalue(persona))
    assert client.post(reverse("gap:getting-started-dismiss")).status_code == 403
    assert not GettingStarted.objects.exists()


def test_dismissing_one_organisation_leaves_another_alone(world, owner_olga, new_owner):
    client_for(owner_olga).post(reverse("gap:getting-started-dismiss"))
    assert getting_started.checklist(new_owner) is not None


def test_dismissing_needs_a_post(world, owner_olga):
    assert client_for(owner_olga).get(reverse("gap:getting-started-dismiss")).status_code == 405


def test_anonymous_visitors_cannot_dismiss(db):
    response = Client().post(reverse("gap:getting-started-dismiss"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_checklist_costs_few_queries(new_owner, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        getting_started.checklist(new_owner)


def test_each_step_not_done_links_to_where_it_is_done(new_owner):
    html = page(new_owner)
    section = re.search(r'<section class="card getting-started".*?</section>', html, re.S).group(0)
    for name in [
        "core:location-create",
        "kits:choose",
        "feedback:link-list",
        "feedback:inbox",
        "audits:audit-start",
        "audits:assignment-create",
        "customers:import-columns",
    ]:
        assert reverse(name) in section
