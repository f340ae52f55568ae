"""`/api/v1/customers/settings`: the save list's rules, as on Customers → Settings
(owners only, through the page's form)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.customers.models import CustomerSettings
from tests.customers.factories import CustomerSettingsFactory


def call(client, member, method: str, body=None):
    _token, secret = tokens.create_token(member, "settings")
    extra = {} if body is None else {"data": body, "content_type": "application/json"}
    return getattr(client, method)(
        "/api/v1/customers/settings", HTTP_AUTHORIZATION=f"Bearer {secret}", **extra
    )


@pytest.mark.parametrize("role", list(Role))
def test_only_owners_read_and_change_the_save_list_settings(client, role, member_of_role):
    member = member_of_role(role)
    read, change = (
        call(client, member, "get"),
        call(client, member, "patch", {"alert_below_p_alive": 0.3}),
    )
    if role != Role.OWNER:
        assert read.status_code == change.status_code == 403
        assert not CustomerSettings.objects.exists()
        return
    assert read.json() == {"alert_below_p_alive": "0.50", "annual_discount_rate": "0.100"}
    assert change.json() == {"alert_below_p_alive": "0.30", "annual_discount_rate": "0.100"}
    rules = CustomerSettings.objects.get(organization=member.organization)
    assert rules.alert_below_p_alive == Decimal("0.30")
    assert rules.annual_discount_rate == Decimal("0.100")  # not given: kept


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"alert_below_p_alive": 1.5}, "alert_below_p_alive"),
        ({"alert_below_p_alive": -0.1}, "alert_below_p_alive"),
        ({"alert_below_p_alive": "0.123"}, "alert_below_p_alive"),
        ({"annual_discount_rate": "NaN"}, "annual_discount_rate"),
        ({"annual_discount_rate": 2}, "annual_discount_rate"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_settings_are_a_422_naming_the_field_and_nothing_is_stored(
    client, owner_olga, world, body, field
):
    CustomerSettingsFactory(organization=world.org, alert_below_p_alive=Decimal("0.40"))
    before = list(CustomerSettings.objects.values())
    response = call(client, owner_olga, "patch", body)
    assert response.status_code == 422
    assert field in [str(part) for e in response.json()["detail"] for part in e["loc"]]
    assert list(CustomerSettings.objects.values()) == before


def test_another_organisations_settings_are_untouched(client, owner_olga, outsider_otto):
    theirs = CustomerSettingsFactory(
        organization=outsider_otto.organization, alert_below_p_alive=Decimal("0.20")
    )
    assert call(client, owner_olga, "get").json()["alert_below_p_alive"] == "0.50"
    call(client, owner_olga, "patch", {"alert_below_p_alive": 0.6})
    theirs.refresh_from_db()
    assert theirs.alert_below_p_alive == Decimal("0.20")
