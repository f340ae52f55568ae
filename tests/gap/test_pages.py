"""The value-distance dashboard and the card with its evidence, for every role."""

import pytest
from django.urls import reverse

from servicegap.core.models import Role
from tests.conftest import client_for
from tests.gap.conftest import SINCE, UNTIL

PERIOD = {"since": SINCE.isoformat(), "until": UNTIL.isoformat()}
PAGES = ["gap:dashboard", "gap:card"]
ALLOWED = [Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR]
REFUSED = [Role.STAFF, Role.SHOPPER]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("role", ALLOWED)
def test_supervisors_and_up_see_the_page(page, role, member_of_role, gap_world):
    response = client_for(member_of_role(role)).get(reverse(page), PERIOD)
    assert response.status_code == 200


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("role", REFUSED)
def test_staff_and_shoppers_are_refused(page, role, member_of_role, gap_world):
    response = client_for(member_of_role(role)).get(reverse(page), PERIOD)
    assert response.status_code == 403


@pytest.mark.parametrize("page", PAGES)
def test_anonymous_visitors_are_sent_to_log_in(page, client):
    response = client.get(reverse(page))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_owner_reads_the_headline_and_the_largest_gap(world, owner_olga, gap_world):
    page = client_for(owner_olga).get(reverse("gap:dashboard"), PERIOD).content.decode()
    assert "Location A · Bill · Process: we believe 100, customers say 25" in page
    assert "We believe 100 · mystery shoppers see 55 · customers say 46" in page


@pytest.mark.parametrize("page", PAGES)
def test_another_organisations_location_is_a_404(page, owner_olga, gap_world, other_org_data):
    from servicegap.core.models import Location

    foreign = Location.objects.filter(organization=other_org_data).first()
    response = client_for(owner_olga).get(reverse(page), {**PERIOD, "location": foreign.code})
    assert response.status_code == 404
