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
    assert "Location A · Bill · Process: we believe 100, shoppers see 55, customers say 25" in page
    assert "We believe 100 · mystery shoppers see 55 · customers say 46" in page


@pytest.mark.parametrize("page", PAGES)
def test_another_organisations_location_is_a_404(page, owner_olga, gap_world, other_org_data):
    from servicegap.core.models import Location

    foreign = Location.objects.filter(organization=other_org_data).first()
    response = client_for(owner_olga).get(reverse(page), {**PERIOD, "location": foreign.code})
    assert response.status_code == 404


def test_the_dashboard_s_queries_do_not_grow_with_locations(
    world, owner_olga, gap_world, django_assert_max_num_queries
):
    from tests.factories import LocationFactory

    client = client_for(owner_olga)
    client.get(reverse("gap:dashboard"), PERIOD)  # the session is warm, as in use
    with django_assert_max_num_queries(20) as few:
        assert client.get(reverse("gap:dashboard"), PERIOD).status_code == 200
    for index in range(6):
        LocationFactory(organization=world.org, name=f"Extra {index}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(reverse("gap:dashboard"), PERIOD).status_code == 200


def test_a_filter_is_kept_in_the_form_and_the_links(world, owner_olga, gap_world):
    page = client_for(owner_olga).get(
        reverse("gap:dashboard"), {**PERIOD, "location": world.location_a.code, "p": "process"}
    )
    html = page.content.decode()
    assert f'value="{world.location_a.code}" selected' in html
    assert 'value="process" selected' in html
    assert "Location B" not in html.split("Where, and at which step")[1]


def test_an_end_before_the_start_is_a_form_error_naming_the_field(owner_olga, gap_world):
    response = client_for(owner_olga).get(
        reverse("gap:dashboard"), {"since": "2026-10-01", "until": "2026-09-01"}
    )
    assert response.status_code == 400
    assert "The end comes before the start." in response.content.decode()


@pytest.mark.parametrize("day", ["1899-12-31", "9999-06-01"])
def test_a_day_outside_1900_to_9998_is_a_form_error(owner_olga, day):
    response = client_for(owner_olga).get(reverse("gap:dashboard"), {"since": day})
    assert response.status_code == 400
    assert "Choose a day from the year 1900 to the year 9998." in response.content.decode()


def test_a_managers_location_outside_their_scope_is_a_404(world, manager_max, gap_world):
    response = client_for(manager_max).get(
        reverse("gap:dashboard"), {"location": world.location_b.code}
    )
    assert response.status_code == 404


def test_another_organisations_region_is_a_404(owner_olga, outsider_otto):
    from tests.factories import RegionFactory

    foreign = RegionFactory(organization=outsider_otto.organization)
    response = client_for(owner_olga).get(reverse("gap:dashboard"), {"region": foreign.code})
    assert response.status_code == 404


def test_an_empty_period_says_so(owner_olga, gap_world):
    response = client_for(owner_olga).get(
        reverse("gap:dashboard"), {"since": "2020-01-01", "until": "2020-01-31"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "No audits and no customer answers in this period." in html
    assert "We believe no data · mystery shoppers see no data · customers say no data" in html


def test_a_too_few_gap_is_shown_apart_never_ranked(world, owner_olga, gap_world):
    from tests.feedback.factories import ResponseFactory
    from tests.gap.conftest import at

    # B: 2 self-assessments (100) and ratings 5, 5, 1, 1 → 50: a gap of 50 on too few.
    for _ in range(2):
        ResponseFactory(organization=world.org, link__location=world.location_b,
                        step=gap_world.bill, process=1, submitted_at=at(UNTIL))  # fmt: skip
    html = client_for(owner_olga).get(reverse("gap:dashboard"), PERIOD).content.decode()
    largest, few = html.split("Looks large, rests on too few")
    assert "Location B · Bill · Process: we believe 100, customers say 50" in few
    assert "Location B · Bill" not in largest.split("Largest gaps")[1]
    ranking = html.split("furthest from the promise first")[1]
    # B has 2 answers: listed after the ranking, without a rank.
    assert 'title="Too few answers to rank"' in ranking


def test_the_card_shows_each_behaviour_s_observed_rate(world, owner_olga, gap_world):
    html = client_for(owner_olga).get(reverse("gap:card"), PERIOD).content.decode()
    assert "The bill comes within 5 minutes." in html
    # The heavy behaviour passed in 2 of 5 mystery shops: 6/15 = 40%.
    assert '<span class="figure">40</span>' in html


def test_customer_text_is_escaped(world, owner_olga, gap_world):
    from servicegap.standards.models import Standard

    Standard.objects.filter(organization=world.org).update(text="<script>alert(1)</script>")
    html = client_for(owner_olga).get(reverse("gap:card"), PERIOD).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_the_service_card_links_to_its_evidence_for_supervisors_and_up(
    world, owner_olga, staff_sam, gap_world
):
    owner_page = client_for(owner_olga).get(reverse("standards:card")).content.decode()
    assert reverse("gap:card") in owner_page
    staff_page = client_for(staff_sam).get(reverse("standards:card")).content.decode()
    assert reverse("gap:card") not in staff_page


def test_the_heat_map_puts_each_figure_under_its_own_step(world, owner_olga, gap_world):
    from tests.standards.factories import JourneyStepFactory

    # A step in use with no standard yet sits between the two; it must not shift the Bill.
    JourneyStepFactory(organization=world.org, name="Arrival", position=0)
    html = client_for(owner_olga).get(reverse("gap:dashboard"), PERIOD).content.decode()
    heat = html.split('<table class="heat">')[1].split("</table>")[0]
    row_a = heat.split("Location A</a></th>")[1].split("</tr>")[0]
    cells = row_a.split("<td")[1:]
    assert [c.split('data-label="')[1].split('"')[0] for c in cells] == [
        "Arrival", "Greeting", "Bill"
    ]  # fmt: skip
    assert "75" in cells[2]  # the Bill's value distance, 100 − 25
    assert "75" not in cells[0] + cells[1]


def test_with_a_step_filter_the_heat_map_has_that_step_only(world, owner_olga, gap_world):
    html = (
        client_for(owner_olga)
        .get(reverse("gap:dashboard"), {**PERIOD, "step": gap_world.bill.code})
        .content.decode()
    )
    heat = html.split('<table class="heat">')[1].split("</table>")[0]
    assert "Greeting" not in heat
    assert 'data-label="Bill"' in heat


def test_a_start_after_today_is_an_error_naming_the_field(owner_olga, gap_world):
    response = client_for(owner_olga).get(reverse("gap:dashboard"), {"since": "2999-01-01"})
    assert response.status_code == 400
    assert "Start on or before" in response.content.decode()


def test_the_longest_period_allowed_is_shown(owner_olga, gap_world):
    response = client_for(owner_olga).get(
        reverse("gap:dashboard"), {"since": "1900-01-01", "until": "9998-12-31"}
    )
    assert response.status_code == 200


def test_a_manager_s_pages_never_show_another_location(world, manager_max, gap_world):
    client = client_for(manager_max)
    for name in ("gap:dashboard", "gap:card"):
        html = client.get(reverse(name), PERIOD).content.decode()
        assert "Location B" not in html
        assert "South" not in html


def test_another_organisations_step_is_a_404(owner_olga, outsider_otto):
    from tests.standards.factories import JourneyStepFactory

    foreign = JourneyStepFactory(organization=outsider_otto.organization)
    response = client_for(owner_olga).get(reverse("gap:dashboard"), {"step": foreign.code})
    assert response.status_code == 404


def test_the_save_list_count_includes_customers_without_a_score(world, owner_olga, gap_world):
    from tests.customers.factories import AlertFactory, CustomerFactory

    for _ in range(3):
        AlertFactory(organization=world.org,
                     customer=CustomerFactory(organization=world.org,
                                              home_location=world.location_a))  # fmt: skip
    html = client_for(owner_olga).get(reverse("gap:dashboard"), PERIOD).content.decode()
    assert "4 on the save list" in html


def test_the_card_filtered_by_p_shows_only_that_p(world, owner_olga, gap_world):
    html = (
        client_for(owner_olga).get(reverse("gap:card"), {**PERIOD, "p": "process"}).content.decode()
    )
    assert "The bill comes within 5 minutes." in html
    assert "Greeting" not in html.split("<main")[1].split("</form>")[1]
