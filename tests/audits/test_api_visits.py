"""The visit in the API: check in (`POST /audits/{code}/checkin`), end the visit
(`POST /audits/{code}/end`) and lock a submitted audit (`POST /audits/{code}/lock`), with
the fill page's and the audit page's roles and states.

Location A stands at 51.500000, -0.120000. A check-in at 51.501000, -0.120000 is due
north of it by 0.001°, so its distance is the arc R × 0.001 × π / 180 with the mean
Earth radius R = 6,371,008.8 m: 111.195 m, kept as 111 m.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from servicegap.audits import workflow
from servicegap.audits.models import Audit, AuditEvent
from servicegap.core.models import Role
from tests.api.checks import named
from tests.audits.api_calls import api
from tests.audits.conftest import answer_all, start_shop
from tests.audits.factories import AuditFactory

MANAGERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}
ALL_PASS = {"The guest": "pass", "Staff": "pass", "The phone": "pass", "The bill": "pass"}
HERE = {"latitude": 51.501, "longitude": -0.12, "accuracy": 15}


@pytest.fixture
def draft(world, assignment, shopper_sue) -> Audit:
    location = world.location_a
    location.latitude, location.longitude = Decimal("51.500000"), Decimal("-0.120000")
    location.save(update_fields=["latitude", "longitude"])
    return start_shop(assignment, shopper_sue)


@pytest.fixture
def submitted(draft, shopper_sue) -> Audit:
    answer_all(draft, ALL_PASS, {"The phone": Decimal(2)})
    workflow.submit_audit(draft, by=shopper_sue.user)
    draft.refresh_from_db()
    return draft


def events(audit: Audit, action: str) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(audit=audit, action=action))


def checkin_fields(audit: Audit) -> tuple:
    audit.refresh_from_db()
    return (
        audit.checkin_latitude,
        audit.checkin_longitude,
        audit.checkin_accuracy_m,
        audit.checkin_distance_m,
    )


NO_CHECKIN = (None, None, None, None)


# Check-in ----------------------------------------------------------------------------


def test_the_shopper_checks_in_and_the_distance_is_kept(client, draft, shopper_sue):
    response = api(client, shopper_sue, "post", f"/{draft.code}/checkin", HERE)
    assert response.status_code == 200, response.content
    assert response.json()["checkin_distance_m"] == 111  # 111.195 m, see the module's note
    assert checkin_fields(draft) == (Decimal("51.501000"), Decimal("-0.120000"), 15, 111)
    (event,) = events(draft, "checked_in")
    assert (event.by, event.detail) == (shopper_sue.user, "111 m from the location")


def test_checking_in_again_replaces_the_position(client, draft, shopper_sue):
    api(client, shopper_sue, "post", f"/{draft.code}/checkin", HERE)
    # 0.002° north: 222.390 m, kept as 222 m; no accuracy given this time.
    again = {"latitude": "51.502", "longitude": "-0.12"}
    response = api(client, shopper_sue, "post", f"/{draft.code}/checkin", again)
    assert response.status_code == 200, response.content
    assert checkin_fields(draft) == (Decimal("51.502000"), Decimal("-0.120000"), None, 222)
    assert len(events(draft, "checked_in")) == 2


def test_a_location_without_a_position_keeps_no_distance(client, world, draft, shopper_sue):
    world.location_a.latitude = world.location_a.longitude = None
    world.location_a.save(update_fields=["latitude", "longitude"])
    response = api(client, shopper_sue, "post", f"/{draft.code}/checkin", HERE)
    assert response.status_code == 200
    assert response.json()["checkin_distance_m"] is None
    assert checkin_fields(draft) == (Decimal("51.501000"), Decimal("-0.120000"), 15, None)
    assert events(draft, "checked_in")[0].detail == ""


@pytest.mark.parametrize("role", list(Role))
def test_only_whoever_performs_the_draft_checks_in(client, role, member_of_role, draft):
    response = api(client, member_of_role(role), "post", f"/{draft.code}/checkin", HERE)
    if role == Role.SHOPPER:
        assert response.status_code == 200
        return
    # Managers see the shopper's draft but do not fill it; supervisors and staff do not
    # see a mystery shop under way at all.
    assert response.status_code == (403 if role in MANAGERS else 404)
    assert checkin_fields(draft) == NO_CHECKIN
    assert not events(draft, "checked_in")


@pytest.mark.parametrize("role", [Role.OWNER, Role.SUPERVISOR, Role.STAFF])
def test_a_team_member_checks_in_to_their_own_self_assessment(
    client, role, member_of_role, world, template
):
    member = member_of_role(role)
    audit = workflow.start_audit(
        kind="self_assessment", location=world.location_a, template=template, by=member
    )
    response = api(client, member, "post", f"/{audit.code}/checkin", HERE)
    assert response.status_code == 200, response.content
    assert checkin_fields(audit)[:3] == (Decimal("51.501000"), Decimal("-0.120000"), 15)


def test_another_shopper_does_not_find_the_draft(client, draft, shopper_sam):
    response = api(client, shopper_sam, "post", f"/{draft.code}/checkin", HERE)
    assert response.status_code == 404
    assert checkin_fields(draft) == NO_CHECKIN


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"latitude": 51.5}, "longitude"),
        ({"longitude": -0.12}, "latitude"),
        ({"latitude": 91, "longitude": 0}, "latitude"),
        ({"latitude": 0, "longitude": -180.5}, "longitude"),
        ({"latitude": "51.5000001", "longitude": 0}, "latitude"),  # 7 decimal places
        ({"latitude": 51.5, "longitude": 0, "accuracy": -1}, "accuracy"),
        ({"latitude": "north", "longitude": 0}, "latitude"),
        ({"latitude": 51.5, "longitude": 0, "altitude": 30}, "altitude"),
        (None, "payload"),
    ],
)
def test_a_bad_position_is_refused_naming_the_field(client, draft, shopper_sue, body, field):
    response = api(client, shopper_sue, "post", f"/{draft.code}/checkin", body)
    assert named(response, field), response.content
    assert checkin_fields(draft) == NO_CHECKIN
    assert not events(draft, "checked_in")


def test_a_submitted_audit_refuses_a_checkin(client, submitted, shopper_sue):
    before = AuditEvent.objects.count()
    response = api(client, shopper_sue, "post", f"/{submitted.code}/checkin", HERE)
    assert response.status_code == 409
    assert checkin_fields(submitted) == NO_CHECKIN
    assert AuditEvent.objects.count() == before


def test_the_workflow_refuses_a_checkin_on_a_submitted_audit(submitted, shopper_sue):
    with pytest.raises(workflow.AuditClosed):
        workflow.record_checkin(
            submitted, workflow.Checkin(Decimal("51.5"), Decimal("0")), by=shopper_sue.user
        )


def test_another_organisations_draft_is_404_to_check_in(client, outsider_otto, shopper_sue):
    foreign = AuditFactory(organization=outsider_otto.organization, kind="mystery_shop")
    response = api(client, shopper_sue, "post", f"/{foreign.code}/checkin", HERE)
    assert response.status_code == 404
    assert checkin_fields(foreign) == NO_CHECKIN


# Ending the visit --------------------------------------------------------------------


def test_the_shopper_ends_the_visit_once(client, draft, shopper_sue):
    response = api(client, shopper_sue, "post", f"/{draft.code}/end")
    assert response.status_code == 200, response.content
    draft.refresh_from_db()
    ended = draft.ended_at
    assert ended is not None and abs(timezone.now() - ended) < timedelta(seconds=30)
    assert response.json()["ended_at"] is not None
    (event,) = events(draft, "ended")
    assert (event.by, event.at) == (shopper_sue.user, ended)
    # Ending again keeps the first end.
    again = api(client, shopper_sue, "post", f"/{draft.code}/end")
    assert again.status_code == 200
    draft.refresh_from_db()
    assert draft.ended_at == ended
    assert len(events(draft, "ended")) == 1


def test_the_end_gives_the_visit_minutes_on_submitting(client, draft, shopper_sue):
    Audit.objects.filter(pk=draft.pk).update(started_at=timezone.now() - timedelta(minutes=47))
    api(client, shopper_sue, "post", f"/{draft.code}/end")
    draft.refresh_from_db()
    assert draft.visit_minutes == 47


@pytest.mark.parametrize("role", list(Role))
def test_only_whoever_performs_the_draft_ends_the_visit(client, role, member_of_role, draft):
    response = api(client, member_of_role(role), "post", f"/{draft.code}/end")
    draft.refresh_from_db()
    if role == Role.SHOPPER:
        assert response.status_code == 200
        assert draft.ended_at is not None
        return
    assert response.status_code == (403 if role in MANAGERS else 404)
    assert draft.ended_at is None
    assert not events(draft, "ended")


def test_a_submitted_audit_refuses_ending_again(client, submitted, shopper_sue):
    ended = submitted.ended_at
    response = api(client, shopper_sue, "post", f"/{submitted.code}/end")
    assert response.status_code == 409
    submitted.refresh_from_db()
    assert submitted.ended_at == ended
    assert len(events(submitted, "ended")) == 0  # submitting ended it, without an event


def test_another_organisations_draft_is_404_to_end(client, outsider_otto, shopper_sue):
    foreign = AuditFactory(organization=outsider_otto.organization)
    response = api(client, shopper_sue, "post", f"/{foreign.code}/end")
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.ended_at is None


# Locking -----------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_managers_lock_a_submitted_audit(client, role, member_of_role, submitted):
    member = member_of_role(role)
    response = api(client, member, "post", f"/{submitted.code}/lock")
    submitted.refresh_from_db()
    if role in MANAGERS:
        assert response.status_code == 200, response.content
        assert response.json()["status"] == "locked"
        assert submitted.status == Audit.Status.LOCKED and submitted.locked_at is not None
        (event,) = events(submitted, "locked")
        assert event.by == member.user
        # The score stays: (3 + 2 + 4 + 1) / 10 passed.
        assert response.json()["score"] == 100.0
    else:
        assert response.status_code == 403
        assert submitted.status == Audit.Status.SUBMITTED and submitted.locked_at is None
        assert not events(submitted, "locked")


def test_a_draft_cannot_be_locked(client, draft, owner_olga):
    response = api(client, owner_olga, "post", f"/{draft.code}/lock")
    assert response.status_code == 409
    assert "Only a submitted audit" in response.json()["detail"]
    draft.refresh_from_db()
    assert draft.status == Audit.Status.DRAFT


def test_an_audit_is_locked_once(client, submitted, owner_olga, manager_max):
    assert api(client, owner_olga, "post", f"/{submitted.code}/lock").status_code == 200
    submitted.refresh_from_db()
    locked_at = submitted.locked_at
    response = api(client, manager_max, "post", f"/{submitted.code}/lock")
    assert response.status_code == 409
    submitted.refresh_from_db()
    assert submitted.locked_at == locked_at
    assert len(events(submitted, "locked")) == 1


def test_an_open_dispute_refuses_locking_until_it_is_resolved(
    client, submitted, owner_olga, manager_max
):
    smile = submitted.answers.get(behaviour_text="Staff smile.")
    dispute = workflow.dispute_answer(smile, reason="Nobody smiled.", by=manager_max)
    response = api(client, owner_olga, "post", f"/{submitted.code}/lock")
    assert response.status_code == 409
    assert "open disputes" in response.json()["detail"]
    submitted.refresh_from_db()
    assert submitted.status == Audit.Status.SUBMITTED
    workflow.resolve_dispute(dispute, outcome="upheld", by=owner_olga)
    assert api(client, owner_olga, "post", f"/{submitted.code}/lock").status_code == 200


def test_a_locked_audit_is_no_longer_disputed(client, submitted, owner_olga, manager_max):
    api(client, owner_olga, "post", f"/{submitted.code}/lock")
    smile = submitted.answers.get(behaviour_text="Staff smile.")
    response = api(
        client, manager_max, "post", f"/answers/{smile.code}/disputes", {"reason": "No."}
    )
    assert response.status_code == 409


def test_a_location_out_of_the_managers_scope_is_404(client, world, manager_max):
    # Max manages the North region; Location B is in the South.
    audit = AuditFactory(organization=world.org, location=world.location_b, status="submitted")
    response = api(client, manager_max, "post", f"/{audit.code}/lock")
    assert response.status_code == 404
    audit.refresh_from_db()
    assert audit.status == "submitted"


def test_another_organisations_audit_is_404_to_lock(client, owner_olga, outsider_otto):
    foreign = AuditFactory(organization=outsider_otto.organization, status="submitted")
    response = api(client, owner_olga, "post", f"/{foreign.code}/lock")
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.status == "submitted"
