"""`POST /api/v1/recovery/cases/{code}/status`: the case page's status buttons in the API."""

from __future__ import annotations

import json

import pytest

from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.recovery.models import Case, CaseEvent
from tests.recovery.conftest import new_case
from tests.recovery.factories import CaseFactory

TEAM = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR, Role.STAFF}


def move(client, member, case, body) -> object:
    _token, secret = tokens.create_token(member, "status")
    return client.post(
        f"/api/v1/recovery/cases/{case.code}/status",
        json.dumps(body),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )


def status_events(case) -> int:
    return CaseEvent.objects.filter(case=case, kind=CaseEvent.Kind.STATUS).count()


@pytest.mark.parametrize("role", list(Role))
def test_the_team_moves_a_case_at_its_location_and_others_are_refused(
    client, role, member_of_role, case
):
    response = move(client, member_of_role(role), case, {"to": "acknowledged", "note": "On it."})
    case.refresh_from_db()
    if role in TEAM:
        assert response.status_code == 200
        assert response.json()["status"] == "acknowledged"
        assert case.status == Case.Status.ACKNOWLEDGED and case.acknowledged_at is not None
        event = CaseEvent.objects.filter(case=case, kind=CaseEvent.Kind.STATUS).get()
        assert event.text == "Status: New → Acknowledged. On it."
    else:
        assert response.status_code == 403
        assert case.status == Case.Status.NEW and status_events(case) == 0


@pytest.mark.parametrize("role", [Role.MANAGER, Role.SUPERVISOR, Role.STAFF])
def test_a_case_outside_the_members_locations_is_a_404(client, role, member_of_role, world):
    elsewhere = new_case(world, location=world.location_b)
    # The manager's North region, the supervisor's and staff's locations: Location A only.
    response = move(client, member_of_role(role), elsewhere, {"to": "acknowledged"})
    assert response.status_code == 404
    elsewhere.refresh_from_db()
    assert elsewhere.status == Case.Status.NEW


def test_another_organisations_case_is_a_404(client, owner_olga, outsider_otto, world):
    foreign = CaseFactory(organization=outsider_otto.organization)
    response = move(client, owner_olga, foreign, {"to": "acknowledged"})
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.status == Case.Status.NEW


def test_a_step_the_case_cannot_take_is_a_409_and_changes_nothing(client, staff_sam, case):
    response = move(client, staff_sam, case, {"to": "closed"})
    assert response.status_code == 409
    assert response.json()["detail"] == ("A new case cannot become closed (next: acknowledged).")
    case.refresh_from_db()
    assert case.status == Case.Status.NEW and status_events(case) == 0


def test_closing_too_early_lists_what_is_missing(client, staff_sam, case):
    for to in ("acknowledged", "investigating"):
        assert move(client, staff_sam, case, {"to": to}).status_code == 200
    Case.objects.filter(pk=case.pk).update(status=Case.Status.RECOVERED)
    response = move(client, staff_sam, case, {"to": "closed"})
    assert response.status_code == 409
    assert response.json()["missing"]
    assert response.json()["detail"].startswith("Cannot close yet; missing: ")
    case.refresh_from_db()
    assert case.status == Case.Status.RECOVERED


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"to": "solved"}, "to"),
        ({}, "to"),
        ({"to": "acknowledged", "note": "x" * 5001}, "note"),
        ({"to": "acknowledged", "by": "someone"}, "by"),
    ],
)
def test_bad_input_is_a_422_naming_the_field(client, staff_sam, case, body, field):
    response = move(client, staff_sam, case, body)
    assert response.status_code == 422
    assert field in json.dumps(response.json()["detail"])
    case.refresh_from_db()
    assert case.status == Case.Status.NEW and status_events(case) == 0


def test_the_schema_documents_the_status_operation(client):
    operation = client.get("/api/v1/openapi.json").json()["paths"][
        "/api/v1/recovery/cases/{case_code}/status"
    ]["post"]
    assert {"200", "401", "403", "404", "409", "422"} <= set(operation["responses"])
    assert operation["requestBody"]["required"] is True
