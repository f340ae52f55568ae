"""Mystery-shop assignments in the API (`/api/v1/audits/assignments`): managers and up
list and schedule them, with the page's form and `workflow.schedule_assignment`."""

from __future__ import annotations

import json

import pytest

from servicegap.audits import workflow
from servicegap.audits.models import Assignment
from servicegap.core import tokens
from servicegap.core.models import Role
from tests.api.checks import named
from tests.audits.api_calls import api
from tests.audits.factories import AssignmentFactory, AuditFactory, AuditTemplateFactory
from tests.factories import LocationFactory, MembershipFactory

MANAGERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}


def call(client, member, method="get", body=None, query=None):
    _token, secret = tokens.create_token(member, "shops")
    extra = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    if method == "get":
        return client.get("/api/v1/audits/assignments", query or {}, **extra)
    return client.post(
        "/api/v1/audits/assignments", json.dumps(body), content_type="application/json", **extra
    )


@pytest.fixture
def template(world):
    return AuditTemplateFactory(organization=world.org, name="Visit check")


@pytest.fixture
def body(world, template, shopper_sue) -> dict:
    return {
        "location": str(world.location_a.code),
        "template": str(template.code),
        "shopper": str(shopper_sue.code),
        "window_start": "2026-05-04",
        "window_end": "2026-05-10",
        "instructions": "Ask whether we deliver to your street.",
    }


@pytest.mark.parametrize("role", list(Role))
def test_managers_schedule_a_mystery_shop_and_others_are_refused(
    client, role, member_of_role, body, world, template, shopper_sue
):
    member = member_of_role(role)
    response = call(client, member, "post", body)
    if role in MANAGERS:
        assert response.status_code == 201
        assignment = Assignment.objects.get()
        out = response.json()
        assert out["code"] == str(assignment.code) and out["shopper_email"] == "sue@example.test"
        assert (assignment.location, assignment.template, assignment.shopper) == (
            world.location_a,
            template,
            shopper_sue,
        )
        assert (str(assignment.window_start), str(assignment.window_end)) == (
            "2026-05-04",
            "2026-05-10",
        )
        assert assignment.created_by == member.user and out["audit"] is None
    else:
        assert response.status_code == 403
        assert not Assignment.objects.exists()


@pytest.mark.parametrize("role", list(Role))
def test_managers_list_the_assignments_of_their_locations(client, role, member_of_role, world):
    here = AssignmentFactory(organization=world.org, location=world.location_a)
    there = AssignmentFactory(organization=world.org, location=world.location_b)
    AuditFactory(organization=world.org, location=world.location_a, assignment=here)
    response = call(client, member_of_role(role))
    if role in MANAGERS:
        assert response.status_code == 200
        codes = {item["code"]: item for item in response.json()["items"]}
        # The manager looks after the North region: Location A only.
        expected = {str(here.code)} if role == Role.MANAGER else {str(here.code), str(there.code)}
        assert set(codes) == expected and response.json()["count"] == len(expected)
        assert codes[str(here.code)]["audit"] == str(here.audit.code)
    elif role == Role.SHOPPER:  # only their own: none of these two
        assert response.status_code == 200
        assert response.json() == {"count": 0, "items": []}
    else:
        assert response.status_code == 403


def test_another_organisations_assignments_are_not_listed(client, owner_olga, outsider_otto):
    AssignmentFactory(organization=outsider_otto.organization)
    assert call(client, owner_olga).json() == {"count": 0, "items": []}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"location": "elsewhere"}, "location"),
        ({"location": "foreign"}, "location"),
        ({"template": "foreign"}, "template"),
        ({"template": "retired"}, "template"),
        ({"shopper": "staff"}, "shopper"),
        ({"shopper": "foreign"}, "shopper"),
        ({"window_end": "2026-05-03"}, "window_end"),
        ({"window_start": "4/5/2026"}, "window_start"),
        ({"window_end": None}, "window_end"),
        ({"instructions": "x" * 5001}, "instructions"),
        ({"by": "someone"}, "by"),
    ],
)
def test_bad_input_is_a_422_naming_the_field_and_nothing_is_stored(
    client, world, manager_max, staff_sam, outsider_otto, body, change, field
):
    other = outsider_otto.organization
    values = {
        "elsewhere": lambda: str(world.location_b.code),  # the South region's
        "foreign": lambda: str(
            {
                "location": lambda: LocationFactory(organization=other).code,
                "template": lambda: AuditTemplateFactory(organization=other).code,
                "shopper": lambda: MembershipFactory(organization=other, role=Role.SHOPPER).code,
            }[field]()
        ),
        "retired": lambda: str(AuditTemplateFactory(organization=world.org, is_active=False).code),
        "staff": lambda: str(staff_sam.code),
    }
    for name, value in change.items():
        body[name] = values[value]() if value in values else value
    response = call(client, manager_max, "post", body)
    assert named(response, field), response.content
    assert not Assignment.objects.exists()


def test_the_schema_documents_the_assignments(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    operation = paths["/api/v1/audits/assignments"]
    assert {"201", "401", "403", "422"} <= set(operation["post"]["responses"])
    assert {"200", "401", "403", "422"} <= set(operation["get"]["responses"])


# One assignment, and cancelling it --------------------------------------------------------


def act(client, member, assignment, action=""):
    path = f"/assignments/{assignment.code}" + (f"/{action}" if action else "")
    return api(client, member, "post" if action else "get", path)


@pytest.mark.parametrize("role", list(Role))
def test_managers_cancel_an_assignment_not_started_and_others_are_refused(
    client, role, member_of_role, world, shopper_sue
):
    assignment = AssignmentFactory(
        organization=world.org, location=world.location_a, shopper=shopper_sue
    )
    response = act(client, member_of_role(role), assignment, "cancel")
    assignment.refresh_from_db()
    if role in MANAGERS:
        assert response.status_code == 200, response.content
        assert response.json()["cancelled"] is True
        assert assignment.cancelled_at is not None
    else:
        assert response.status_code == 403
        assert assignment.cancelled_at is None


@pytest.mark.parametrize("state", ["started", "cancelled"])
def test_an_assignment_started_or_cancelled_is_a_409(client, world, owner_olga, state):
    assignment = AssignmentFactory(organization=world.org, location=world.location_a)
    if state == "started":
        AuditFactory(organization=world.org, location=world.location_a, assignment=assignment)
    else:
        assert workflow.cancel_assignment(assignment)
    assignment.refresh_from_db()
    before = assignment.cancelled_at
    response = act(client, owner_olga, assignment, "cancel")
    assert response.status_code == 409 and response.json()["detail"]
    assignment.refresh_from_db()
    assert assignment.cancelled_at == before


def test_an_assignment_out_of_scope_or_of_another_organisation_is_a_404(
    client, world, manager_max, outsider_otto
):
    south = AssignmentFactory(organization=world.org, location=world.location_b)
    for member in (manager_max, outsider_otto):  # Max looks after the North only
        assert act(client, member, south).status_code == 404
        assert act(client, member, south, "cancel").status_code == 404
    south.refresh_from_db()
    assert south.cancelled_at is None


@pytest.mark.parametrize("role", list(Role))
def test_one_assignment_is_read_by_managers_and_its_shopper(
    client, role, member_of_role, world, shopper_sue
):
    assignment = AssignmentFactory(
        organization=world.org, location=world.location_a, shopper=shopper_sue
    )
    response = act(client, member_of_role(role), assignment)
    if role in MANAGERS or role == Role.SHOPPER:
        assert response.status_code == 200
        assert (response.json()["code"], response.json()["shopper_email"]) == (
            str(assignment.code),
            "sue@example.test",
        )
    else:
        assert response.status_code == 403


def test_another_shoppers_assignment_is_a_404(client, world, shopper_sam):
    assignment = AssignmentFactory(organization=world.org, location=world.location_a)
    assert act(client, shopper_sam, assignment).status_code == 404
