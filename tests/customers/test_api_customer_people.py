"""What the customer pages show of a customer, in the API: the name and the contact they
agreed to (never without consent), the customer list's search by id or name, and their
feedback as the customer page lists it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from servicegap.core.models import Role
from servicegap.customers.api import RESPONSES_PAGE
from servicegap.customers.models import Customer
from tests.core.organisation_api import call, named
from tests.customers.factories import AlertFactory, CustomerFactory
from tests.feedback.factories import ResponseFactory, SurveyLinkFactory

pytestmark = pytest.mark.django_db

READERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}
LIST = "/customers/customers"


@pytest.fixture
def maud(world) -> Customer:
    return CustomerFactory(
        organization=world.org,
        external_id="LOY-100",
        name="Maud Fenwick",
        contact="maud@example.test",
        contact_consent=True,
        home_location=world.location_a,
    )


@pytest.fixture
def nameless(world) -> Customer:
    """No consent: no name nor contact kept."""
    return CustomerFactory(
        organization=world.org, external_id="LOY-200", home_location=world.location_a
    )


# Name and contact ---------------------------------------------------------------------


@pytest.mark.parametrize("role", sorted(READERS))
def test_readers_see_the_name_and_contact_on_the_list_and_the_customer(
    client, member_of_role, role, maud, nameless
):
    member = member_of_role(role)
    items = call(client, member, "get", LIST).json()["items"]
    people = {i["external_id"]: (i["name"], i["contact"], i["contact_consent"]) for i in items}
    assert people == {
        "LOY-100": ("Maud Fenwick", "maud@example.test", True),
        "LOY-200": ("", "", False),
    }
    one = call(client, member, "get", f"{LIST}/{maud.code}").json()
    assert (one["name"], one["contact"]) == ("Maud Fenwick", "maud@example.test")


def test_a_withdrawn_consent_leaves_no_name_nor_contact(client, owner_olga, maud):
    """Without consent no name nor contact is kept, and none is given."""
    Customer.objects.filter(pk=maud.pk).update(contact_consent=False, name="", contact="")
    one = call(client, owner_olga, "get", f"{LIST}/{maud.code}").json()
    assert (one["name"], one["contact"], one["contact_consent"]) == ("", "", False)


def test_the_save_list_gives_the_name_and_contact(client, manager_max, world, maud, nameless):
    AlertFactory(organization=world.org, customer=maud)
    AlertFactory(organization=world.org, customer=nameless)
    items = call(client, manager_max, "get", "/customers/alerts").json()["items"]
    assert {
        (i["customer_external_id"], i["customer_name"], i["customer_contact"]) for i in items
    } == {("LOY-100", "Maud Fenwick", "maud@example.test"), ("LOY-200", "", "")}


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.STAFF, Role.SHOPPER])
def test_roles_below_manager_are_refused_with_no_name(client, member_of_role, role, maud):
    for path in (LIST, f"{LIST}/{maud.code}", f"{LIST}/{maud.code}/responses"):
        answer = call(client, member_of_role(role), "get", path)
        assert answer.status_code == 403
        assert "Maud" not in answer.content.decode()


# Search ----------------------------------------------------------------------------------


def ids(client, member, **params) -> list[str]:
    answer = call(client, member, "get", LIST, **params)
    assert answer.status_code == 200
    return [item["external_id"] for item in answer.json()["items"]]


def test_q_finds_part_of_the_id_or_the_name_in_any_case(client, owner_olga, maud, nameless):
    assert ids(client, owner_olga, q="fenw") == ["LOY-100"]
    assert ids(client, owner_olga, q="loy-") == ["LOY-100", "LOY-200"]
    assert ids(client, owner_olga, q="200") == ["LOY-200"]
    assert ids(client, owner_olga, q="nobody") == []
    assert call(client, owner_olga, "get", LIST, q="loy-").json()["count"] == 2


def test_q_never_matches_the_contact(client, owner_olga, maud):
    """The customer list searches ids and names, as its label says, not e-mail addresses."""
    assert ids(client, owner_olga, q="maud@example") == []


def test_q_combines_with_the_location(client, owner_olga, world, maud):
    CustomerFactory(organization=world.org, external_id="LOY-300", home_location=world.location_b)
    assert ids(client, owner_olga, q="loy", location=str(world.location_b.code)) == ["LOY-300"]


def test_a_manager_finds_only_the_customers_of_their_locations(client, manager_max, world, maud):
    CustomerFactory(
        organization=world.org,
        external_id="LOY-400",
        name="Maud Elsewhere",
        contact_consent=True,
        home_location=world.location_b,
    )
    assert ids(client, manager_max, q="maud") == ["LOY-100"]


def test_q_never_finds_another_organisations_customer(client, owner_olga, outsider_otto, maud):
    CustomerFactory(
        organization=outsider_otto.organization,
        external_id="LOY-999",
        name="Maud Otto",
        contact_consent=True,
    )
    assert ids(client, owner_olga, q="maud") == ["LOY-100"]
    assert ids(client, outsider_otto, q="maud") == ["LOY-999"]


def test_a_too_long_or_nul_q_is_refused_naming_it(client, owner_olga, maud):
    assert named(call(client, owner_olga, "get", LIST, q="x" * 65), "q")
    assert named(call(client, owner_olga, "get", LIST, q="Maud\x00"), "q")


# Feedback --------------------------------------------------------------------------------


@pytest.fixture
def feedback(world, maud):
    """Three responses of Maud at Location A and one at Location B, and someone else's."""
    link_a = SurveyLinkFactory(organization=world.org, location=world.location_a)
    link_b = SurveyLinkFactory(organization=world.org, location=world.location_b)
    now = timezone.now()
    made = {}
    for key, link, days, nps, comment in [
        ("old", link_a, 30, 3, "Cold soup."),
        ("at_b", link_b, 20, 8, "Nice terrace."),
        ("silent", link_a, 10, 9, ""),
        ("new", link_a, 1, None, "Quick lunch, thanks."),
    ]:
        made[key] = ResponseFactory(
            organization=world.org,
            link=link,
            customer=maud,
            nps=nps,
            comment=comment,
            contact_consent=True,
            contact="+44 7700 900123",
            submitted_at=now - timedelta(days=days),
        )
    ResponseFactory(organization=world.org, link=link_a, comment="Not Maud's.")
    return made


def responses_of(customer) -> str:
    return f"{LIST}/{customer.code}/responses"


def test_the_feedback_lists_the_customers_responses_latest_first(
    client, owner_olga, maud, feedback, world
):
    answer = call(client, owner_olga, "get", responses_of(maud))
    assert answer.status_code == 200
    body = answer.json()
    assert body["count"] == 4
    assert [item["code"] for item in body["items"]] == [
        str(feedback[key].code) for key in ("new", "silent", "at_b", "old")
    ]
    assert body["items"][0] == {
        "code": str(feedback["new"].code),
        "submitted_at": body["items"][0]["submitted_at"],
        "location": "Location A",
        "location_code": str(world.location_a.code),
        "nps": None,
        "comment": "Quick lunch, thanks.",
        "language": "en",
    }
    assert [(i["nps"], i["comment"]) for i in body["items"][1:]] == [
        (9, ""),
        (8, "Nice terrace."),
        (3, "Cold soup."),
    ]


def test_the_feedback_never_holds_the_contact_left_with_it(client, owner_olga, maud, feedback):
    answer = call(client, owner_olga, "get", responses_of(maud))
    assert "900123" not in answer.content.decode()


def test_a_manager_sees_only_the_feedback_at_their_locations(client, manager_max, maud, feedback):
    body = call(client, manager_max, "get", responses_of(maud)).json()
    assert body["count"] == 3
    assert {item["location"] for item in body["items"]} == {"Location A"}


def test_the_feedback_is_paged_like_the_visits(client, owner_olga, world, maud):
    link = SurveyLinkFactory(organization=world.org, location=world.location_a)
    now = timezone.now()
    for n in range(RESPONSES_PAGE + 2):
        ResponseFactory(
            organization=world.org,
            link=link,
            customer=maud,
            comment=f"visit {n}",
            submitted_at=now - timedelta(hours=n),
        )
    first = call(client, owner_olga, "get", responses_of(maud)).json()
    assert RESPONSES_PAGE == 50
    assert first["count"] == 52 and len(first["items"]) == 50
    assert first["items"][0]["comment"] == "visit 0"
    rest = call(client, owner_olga, "get", responses_of(maud), offset=50).json()
    assert [item["comment"] for item in rest["items"]] == ["visit 50", "visit 51"]
    assert named(call(client, owner_olga, "get", responses_of(maud), offset=-1), "offset")


@pytest.mark.parametrize("role", list(Role))
def test_owners_executives_and_managers_read_the_feedback(
    client, member_of_role, role, maud, feedback
):
    answer = call(client, member_of_role(role), "get", responses_of(maud))
    assert answer.status_code == (200 if role in READERS else 403)


def test_another_organisations_customer_is_a_404(client, outsider_otto, maud, feedback):
    answer = call(client, outsider_otto, "get", responses_of(maud))
    assert answer.status_code == 404
    assert "Cold soup" not in answer.content.decode()


def test_a_customer_outside_a_managers_locations_is_a_404(client, manager_max, world):
    elsewhere = CustomerFactory(organization=world.org, home_location=world.location_b)
    assert call(client, manager_max, "get", responses_of(elsewhere)).status_code == 404
