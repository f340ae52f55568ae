"""Retention periods in the API: owners read and change them as on the Retention page."""

from __future__ import annotations

import pytest

from servicegap.privacy.models import DAYS_MAX, MONTHS_MAX, RetentionSettings
from tests.api.checks import named
from tests.core.organisation_api import call

pytestmark = pytest.mark.django_db


def stored(org) -> list[tuple]:
    return list(
        RetentionSettings.objects.filter(organization=org).values_list(
            "contacts_months", "comments_months", "failed_uploads_days"
        )
    )


def test_an_owner_reads_the_defaults_and_the_candidates_period(client, owner_olga):
    answer = call(client, owner_olga, "get", "/privacy/retention")
    assert answer.status_code == 200
    assert answer.json() == {
        "contacts_months": 24,
        "comments_months": 36,
        "failed_uploads_days": 7,
        "candidate_retention_days": 180,
    }


def test_an_owner_changes_only_the_fields_given(client, world, owner_olga):
    answer = call(client, owner_olga, "patch", "/privacy/retention", {"contacts_months": 12})
    assert answer.status_code == 200, answer.content
    assert answer.json()["contacts_months"] == 12
    assert stored(world.org) == [(12, 36, 7)]
    call(client, owner_olga, "patch", "/privacy/retention", {"failed_uploads_days": 3})
    assert stored(world.org) == [(12, 36, 3)]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"contacts_months": 0}, "contacts_months"),
        ({"comments_months": MONTHS_MAX + 1}, "comments_months"),
        ({"failed_uploads_days": DAYS_MAX + 1}, "failed_uploads_days"),
        ({"contacts_months": False}, "contacts_months"),  # not 0
        ({"contacts_months": 2.5}, "contacts_months"),
        ({"contacts_months": "12"}, "contacts_months"),
        ({"contacts_months": None}, "contacts_months"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_bad_values_are_a_422_naming_the_field_and_nothing_is_stored(
    client, world, owner_olga, body, field
):
    answer = call(client, owner_olga, "patch", "/privacy/retention", {"comments_months": 6, **body})
    assert named(answer, field), answer.content
    assert stored(world.org) == []


def test_a_change_without_a_body_is_a_422(client, owner_olga):
    answer = call(client, owner_olga, "patch", "/privacy/retention")
    assert named(answer, "payload"), answer.content


@pytest.mark.parametrize(
    "member", ["executive_erin", "manager_max", "supervisor_sid", "staff_sam", "shopper_sue"]
)
def test_only_owners_see_and_change_the_periods(request, client, world, member):
    member = request.getfixturevalue(member)
    assert call(client, member, "get", "/privacy/retention").status_code == 403
    answer = call(client, member, "patch", "/privacy/retention", {"contacts_months": 12})
    assert answer.status_code == 403
    assert stored(world.org) == []


def test_each_organisation_sets_its_own(client, world, owner_olga, outsider_otto):
    call(client, outsider_otto, "patch", "/privacy/retention", {"contacts_months": 3})
    assert stored(world.org) == []
    assert call(client, owner_olga, "get", "/privacy/retention").json()["contacts_months"] == 24
    assert call(client, outsider_otto, "get", "/privacy/retention").json()["contacts_months"] == 3
