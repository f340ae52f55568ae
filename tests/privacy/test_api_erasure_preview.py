"""What erasing a customer would touch, in the API: the erase page's counts, for owners,
through the same function, and nothing erased."""

from __future__ import annotations

import pytest

from servicegap.core.models import Role
from servicegap.customers.models import Customer
from servicegap.privacy.models import ErasureLog
from tests.conftest import PASSWORD
from tests.core.organisation_api import call
from tests.customers.factories import AlertFactory, CustomerFactory, SurveyInvitationFactory
from tests.feedback.factories import ResponseFactory, SurveyLinkFactory
from tests.privacy.conftest import CUSTOMER_ID
from tests.recovery.factories import CaseFactory

pytestmark = pytest.mark.django_db


def preview_path(customer) -> str:
    return f"/privacy/customers/{customer.code}/erase"


@pytest.fixture
def customer(world, link, customer_with_visits):
    """Three visits, two alerts, one invitation, one case, three responses of which two
    have a comment (one at Location B)."""
    org, customer = world.org, customer_with_visits
    AlertFactory(organization=org, customer=customer)
    AlertFactory(organization=org, customer=customer, status="lost")
    SurveyInvitationFactory(
        organization=org,
        location=world.location_a,
        visit=customer.visits.first(),
        customer=customer,
    )
    CaseFactory(organization=org, location=world.location_a, customer=customer)
    ResponseFactory(organization=org, link=link, customer=customer, comment="Cold soup.")
    ResponseFactory(organization=org, link=link, customer=customer, comment="", nps=9)
    at_b = SurveyLinkFactory(organization=org, survey=link.survey, location=world.location_b)
    ResponseFactory(organization=org, link=at_b, customer=customer, comment="Slow.")
    ResponseFactory(organization=org, link=link, comment="Someone else entirely.")
    return customer


def test_the_preview_counts_what_goes_and_erases_nothing(client, owner_olga, customer):
    answer = call(client, owner_olga, "get", preview_path(customer))
    assert answer.status_code == 200
    assert answer.json() == {
        "customer": {"code": str(customer.code), "external_id": CUSTOMER_ID},
        "visits": 3,
        "alerts": 2,
        "invitations": 1,
        "cases": 1,
        "responses": 3,
        "comments": 2,
    }
    assert Customer.objects.filter(pk=customer.pk).exists()
    assert customer.visits.count() == 3 and not ErasureLog.objects.exists()


def test_the_preview_gives_the_erase_pages_counts(client, owner_olga, customer):
    client.login(username=owner_olga.user.username, password=PASSWORD)
    page = client.get(f"/privacy/erase/{customer.code}/")
    assert page.status_code == 200
    assert page.context["counts"] == {
        "visits": 3,
        "alerts": 2,
        "invitations": 1,
        "cases": 1,
        "responses": 3,
        "comments": 2,
    }
    assert page.context["responses"] == 3 and page.context["comments"] == 2
    assert b"The text of 2 comments" in page.content


def test_a_customer_with_nothing_else_counts_zeros(client, world, owner_olga):
    bare = CustomerFactory(organization=world.org, external_id="BARE-1")
    answer = call(client, owner_olga, "get", preview_path(bare))
    assert answer.json() == {
        "customer": {"code": str(bare.code), "external_id": "BARE-1"},
        "visits": 0,
        "alerts": 0,
        "invitations": 0,
        "cases": 0,
        "responses": 0,
        "comments": 0,
    }


@pytest.mark.parametrize("role", list(Role))
def test_only_owners_preview_an_erasure(client, member_of_role, customer, role):
    answer = call(client, member_of_role(role), "get", preview_path(customer))
    assert answer.status_code == (200 if role == Role.OWNER else 403)
    if role != Role.OWNER:
        assert CUSTOMER_ID not in answer.content.decode()


def test_another_organisations_customer_is_a_404(client, owner_olga, outsider_otto):
    theirs = CustomerFactory(organization=outsider_otto.organization, external_id="OTTO-1")
    answer = call(client, owner_olga, "get", preview_path(theirs))
    assert answer.status_code == 404
    assert "OTTO-1" not in answer.content.decode()


def test_an_unknown_customer_is_a_404(client, world, owner_olga):
    gone = CustomerFactory(organization=world.org)
    path = preview_path(gone)
    gone.delete()
    assert call(client, owner_olga, "get", path).status_code == 404


def test_the_schema_lists_the_preview_beside_the_erasure(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    erase = paths["/api/v1/privacy/customers/{customer_code}/erase"]
    assert "get" in erase and "post" in erase
