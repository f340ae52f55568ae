"""Changing a survey link in the API, as on the link's page: its survey, location, channel,
table, open or closed."""

from __future__ import annotations

import pytest

from servicegap.core.models import Role
from servicegap.feedback.models import Survey, SurveyLink
from tests.feedback.factories import SurveyFactory, SurveyLinkFactory
from tests.feedback.test_api_links import MANAGERS, call


def state(link: SurveyLink) -> tuple:
    link.refresh_from_db()
    return (link.survey_id, link.location_id, link.channel, link.table, link.is_active)


@pytest.mark.parametrize("role", list(Role))
def test_managers_change_a_links_table_and_channel(client, role, member_of_role, link):
    before = state(link)
    body = {"table": "Terrace 3", "channel": "counter"}
    response = call(client, member_of_role(role), "patch", f"/links/{link.code}", body)
    if role not in MANAGERS:
        assert response.status_code == 403
        assert state(link) == before
        return
    assert response.status_code == 200, response.content
    link.refresh_from_db()
    assert (link.table, link.channel) == ("Terrace 3", "counter")
    assert link.is_active and link.location.name == "Location A"  # not given: kept
    data = response.json()
    assert (data["table"], data["channel"], data["code"]) == (
        "Terrace 3",
        "counter",
        str(link.code),
    )


def test_a_link_moves_to_another_survey_and_location(client, owner_olga, world, survey, link):
    other = SurveyFactory(organization=world.org, name="Terrace survey")
    body = {"survey": str(other.code), "location": str(world.location_b.code)}
    response = call(client, owner_olga, "patch", f"/links/{link.code}", body)
    assert response.status_code == 200, response.content
    link.refresh_from_db()
    assert link.survey == other and link.location == world.location_b
    assert response.json()["survey"]["name"] == "Terrace survey"
    assert response.json()["location"]["name"] == "Location B"


def test_closing_a_link_here_closes_its_form(client, owner_olga, link, public):
    assert public.get(f"/s/{link.token}/").status_code == 200  # the link is now in memory
    response = call(client, owner_olga, "patch", f"/links/{link.code}", {"is_active": False})
    assert response.status_code == 200 and response.json()["is_active"] is False
    assert public.get(f"/s/{link.token}/").status_code == 410


def test_a_link_elsewhere_is_a_404(client, owner_olga, manager_max, outsider_otto, link_b):
    before = state(link_b)
    body = {"table": "9"}
    assert call(client, manager_max, "patch", f"/links/{link_b.code}", body).status_code == 404
    foreign = SurveyLinkFactory(organization=outsider_otto.organization, table="1")
    assert call(client, owner_olga, "patch", f"/links/{foreign.code}", body).status_code == 404
    assert state(link_b) == before
    foreign.refresh_from_db()
    assert foreign.table == "1"


def test_a_closed_survey_stays_with_its_links_but_is_not_offered_to_others(
    client, owner_olga, world, survey, link
):
    closed = SurveyFactory(organization=world.org, name="Old survey")
    Survey.objects.filter(pk=closed.pk).update(is_active=False)
    body = {"survey": str(closed.code)}
    response = call(client, owner_olga, "patch", f"/links/{link.code}", body)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "payload", "survey"]
    # the link's own survey, closed since, does not stop a change of table
    Survey.objects.filter(pk=survey.pk).update(is_active=False)
    response = call(client, owner_olga, "patch", f"/links/{link.code}", {"table": "8"})
    assert response.status_code == 200 and response.json()["table"] == "8"


@pytest.mark.parametrize(
    ("body", "loc"),
    [
        ({"table": "x" * 41}, ["body", "payload", "table"]),
        ({"channel": "pigeon"}, ["body", "payload", "channel"]),
        ({"is_active": "no"}, ["body", "payload", "is_active"]),
        ({"token": "abc"}, ["body", "payload", "token"]),
        ({"location": "00000000-0000-4000-8000-000000000000"}, ["body", "payload", "location"]),
    ],
)
def test_bad_input_is_a_422_naming_the_field_with_nothing_changed(
    client, owner_olga, link, body, loc
):
    before = state(link)
    response = call(client, owner_olga, "patch", f"/links/{link.code}", {"table": "9", **body})
    assert response.status_code == 422
    assert loc in [error["loc"] for error in response.json()["detail"]]
    assert state(link) == before


def test_another_organisations_survey_or_a_location_out_of_scope_is_refused(
    client, owner_olga, manager_max, outsider_otto, world, link
):
    before = state(link)
    foreign = SurveyFactory(organization=outsider_otto.organization)
    response = call(
        client, owner_olga, "patch", f"/links/{link.code}", {"survey": str(foreign.code)}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "payload", "survey"]
    body = {"location": str(world.location_b.code)}  # the manager's region is North
    response = call(client, manager_max, "patch", f"/links/{link.code}", body)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "payload", "location"]
    assert state(link) == before
