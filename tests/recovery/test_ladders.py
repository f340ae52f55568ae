"""Escalation ladders per location, with the organisation's ladder as the default."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from servicegap.core.models import Role
from servicegap.recovery import escalation, ladders
from servicegap.recovery.models import Case, LadderStep
from tests.conftest import _member, client_for
from tests.recovery.conftest import T0, new_case


@pytest.fixture
def people(world, supervisor_sid, manager_max, executive_erin):
    """A second supervisor at Location B, and a night manager who sees Location A."""
    ben = _member(world, "ben@example.test", Role.SUPERVISOR, locations=[world.location_b])
    nina = _member(world, "nina@example.test", Role.MANAGER, locations=[world.location_a])
    return {"sid": supervisor_sid, "ben": ben, "nina": nina, "max": manager_max,
            "erin": executive_erin}  # fmt: skip


def escalate(at, django_capture_on_commit_callbacks) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        escalation.escalate_overdue_cases(now=at)


def test_a_location_with_its_own_ladder_beside_one_with_the_default(
    world, people, django_capture_on_commit_callbacks
):
    # The default: level 1 is Ben, who may hold a case 10 hours. Location A's own: level 1
    # is Nina for 2 hours. Location B follows the default.
    ladders.save_ladder(world.org, None, {1: ([people["ben"]], 10)})
    ladders.save_ladder(world.org, world.location_a, {1: ([people["nina"]], 2)})
    at_a = new_case(world, location=world.location_a)
    at_b = new_case(world, location=world.location_b)
    late = T0 + timedelta(hours=4, minutes=1)  # medium: acknowledge within 4 hours
    escalate(late, django_capture_on_commit_callbacks)
    assert sorted(m.to[0] for m in mail.outbox) == ["ben@example.test", "nina@example.test"]
    at_a.refresh_from_db()
    at_b.refresh_from_db()
    assert at_a.escalate_at == late + timedelta(hours=2)  # Nina's hold
    assert at_b.escalate_at == late + timedelta(hours=10)  # the default's hold
    # Level 2 has no rung anywhere: the managers who look after the location, by role.
    mail.outbox.clear()
    escalate(late + timedelta(hours=3), django_capture_on_commit_callbacks)
    assert [m.to for m in mail.outbox] == [["max@example.test", "nina@example.test"]]
    assert Case.objects.get(pk=at_b.pk).escalation_level == 1


def test_the_whole_ladder_says_where_each_level_comes_from(world, people):
    ladders.save_ladder(world.org, None, {3: ([people["erin"]], 48)})
    ladders.save_ladder(world.org, world.location_a, {1: ([people["nina"]], 2)})
    rungs = ladders.ladder_for(world.org, world.location_a)
    assert [(r.level, r.source) for r in rungs] == [(1, "location"), (2, "role"), (3, "default")]


def test_a_member_who_cannot_see_the_location_is_refused_naming_the_level(world, people):
    with pytest.raises(ValidationError, match="Level 1: ben@example.test cannot see Location A"):
        ladders.save_ladder(world.org, world.location_a, {1: ([people["ben"]], 4)})
    assert not LadderStep.objects.exists()


def test_a_shopper_is_refused(world, people, shopper_sue):
    with pytest.raises(ValidationError, match="Level 2: sue@example.test is a mystery shopper"):
        ladders.save_ladder(world.org, None, {2: ([shopper_sue], 4)})


def test_another_organisations_member_is_refused(world, outsider_otto):
    with pytest.raises(ValidationError, match="not a member"):
        ladders.save_ladder(world.org, None, {1: ([outsider_otto], 4)})


def test_the_owner_sets_a_location_s_ladder_on_its_page(world, owner_olga, people):
    url = reverse("recovery:ladder-location", args=[world.location_a.code])
    response = client_for(owner_olga).post(
        url, {"level_1_members": [people["nina"].pk], "level_1_hours": "3"}
    )
    assert response.status_code == 302
    step = LadderStep.objects.get(location=world.location_a)
    assert (step.level, step.hold_hours, list(step.members.all())) == (1, 3, [people["nina"]])


def test_the_form_names_the_level_of_a_member_who_cannot_see_the_location(
    world, owner_olga, people
):
    url = reverse("recovery:ladder-location", args=[world.location_a.code])
    response = client_for(owner_olga).post(url, {"level_1_members": [people["ben"].pk]})
    assert response.status_code == 400
    assert "Level 1: ben@example.test cannot see Location A." in response.content.decode()
    assert not LadderStep.objects.exists()


def test_hours_outside_the_limits_are_refused(world, owner_olga, people):
    response = client_for(owner_olga).post(
        reverse("recovery:ladder"), {"level_1_members": [people["sid"].pk], "level_1_hours": "0"}
    )
    assert response.status_code == 400
    assert not LadderStep.objects.exists()


def test_a_manager_reads_the_ladder_but_cannot_change_it(world, manager_max, people):
    url = reverse("recovery:ladder-location", args=[world.location_a.code])
    assert client_for(manager_max).get(url).status_code == 200
    response = client_for(manager_max).post(url, {"level_1_members": [people["nina"].pk]})
    assert response.status_code == 403
    assert not LadderStep.objects.exists()


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.STAFF, Role.SHOPPER])
def test_lower_roles_are_refused(world, role, member_of_role):
    assert client_for(member_of_role(role)).get(reverse("recovery:ladder")).status_code == 403


def test_another_organisations_location_is_a_404(world, owner_olga, outsider_otto):
    from tests.factories import LocationFactory

    foreign = LocationFactory(organization=outsider_otto.organization)
    url = reverse("recovery:ladder-location", args=[foreign.code])
    assert client_for(owner_olga).get(url).status_code == 404


def test_the_location_page_shows_its_ladder(world, owner_olga, people):
    ladders.save_ladder(world.org, world.location_a, {1: ([people["nina"]], 2)})
    html = client_for(owner_olga).get(world.location_a.get_absolute_url()).content.decode()
    assert "Escalation ladder" in html
    assert "nina@example.test" in html
    other = client_for(owner_olga).get(world.location_b.get_absolute_url()).content.decode()
    assert "This location follows the organisation's ladder." in other
