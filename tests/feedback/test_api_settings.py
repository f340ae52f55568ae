"""The feedback settings in the API, as on Feedback → Settings: owners only."""

from __future__ import annotations

import pytest

from servicegap.core.models import Role
from servicegap.feedback.models import FeedbackSettings
from tests.feedback.conftest import send
from tests.feedback.factories import FeedbackSettingsFactory
from tests.feedback.test_api_links import call

DEFAULTS = {"alert_on_detractor": True, "alert_rating_at_or_below": 2, "review_url": ""}


@pytest.mark.parametrize("role", list(Role))
def test_owners_read_the_settings_and_others_are_refused(client, role, member_of_role):
    response = call(client, member_of_role(role), "get", "/settings")
    if role != Role.OWNER:
        assert response.status_code == 403
        assert response.json()["detail"] == "Only owners see and change the feedback settings."
        return
    assert response.status_code == 200
    assert response.json() == DEFAULTS  # never saved: the defaults, nothing stored
    assert not FeedbackSettings.objects.exists()


def test_an_organisations_own_settings_are_read(client, owner_olga, outsider_otto, world):
    FeedbackSettingsFactory(
        organization=outsider_otto.organization, alert_rating_at_or_below=4, review_url=""
    )
    FeedbackSettingsFactory(
        organization=world.org,
        alert_on_detractor=False,
        alert_rating_at_or_below=1,
        review_url="https://reviews.example/sunny",
    )
    response = call(client, owner_olga, "get", "/settings")
    assert response.json() == {
        "alert_on_detractor": False,
        "alert_rating_at_or_below": 1,
        "review_url": "https://reviews.example/sunny",
    }


@pytest.mark.parametrize("role", list(Role))
def test_owners_change_the_settings(client, role, member_of_role, world):
    body = {"alert_rating_at_or_below": 0, "review_url": "reviews.example/sunny"}
    response = call(client, member_of_role(role), "patch", "/settings", body)
    if role != Role.OWNER:
        assert response.status_code == 403
        assert not FeedbackSettings.objects.exists()
        return
    assert response.status_code == 200
    # as the page's form: https assumed; what was not given keeps its value
    expected = {
        "alert_on_detractor": True,
        "alert_rating_at_or_below": 0,
        "review_url": "https://reviews.example/sunny",
    }
    assert response.json() == expected
    stored = FeedbackSettings.objects.get(organization=world.org)
    assert {name: getattr(stored, name) for name in expected} == expected
    response = call(
        client, member_of_role(role), "patch", "/settings", {"alert_on_detractor": False}
    )
    stored.refresh_from_db()
    assert response.json() == {**expected, "alert_on_detractor": False}
    assert not stored.alert_on_detractor and stored.alert_rating_at_or_below == 0
    assert FeedbackSettings.objects.count() == 1


def test_the_thank_you_page_invites_to_the_new_review_page_at_once(
    client, owner_olga, link, public
):
    assert send(public, link, people=5).status_code == 200  # the link is now in memory
    body = {"review_url": "https://reviews.example/sunny"}
    assert call(client, owner_olga, "patch", "/settings", body).status_code == 200
    thanks = send(public, link, people=4)
    assert "https://reviews.example/sunny" in thanks.content.decode()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"alert_rating_at_or_below": 6}, "alert_rating_at_or_below"),
        ({"alert_rating_at_or_below": -1}, "alert_rating_at_or_below"),
        ({"alert_rating_at_or_below": "3"}, "alert_rating_at_or_below"),
        ({"review_url": "not a web address"}, "review_url"),
        ({"review_url": "javascript:alert(1)"}, "review_url"),
        ({"alert_on_detractor": "yes"}, "alert_on_detractor"),
        ({"spam": True}, "spam"),
    ],
)
def test_bad_settings_are_a_422_naming_the_field_with_nothing_stored(
    client, owner_olga, world, body, field
):
    FeedbackSettingsFactory(organization=world.org, alert_rating_at_or_below=3)
    response = call(client, owner_olga, "patch", "/settings", {"alert_on_detractor": False, **body})
    assert response.status_code == 422
    assert field in [part for error in response.json()["detail"] for part in error["loc"]]
    stored = FeedbackSettings.objects.get(organization=world.org)
    assert stored.alert_on_detractor and stored.alert_rating_at_or_below == 3  # unchanged
    assert FeedbackSettings.objects.count() == 1


def test_a_patch_without_a_body_is_a_422(client, owner_olga):
    response = call(client, owner_olga, "patch", "/settings")
    assert response.status_code == 422
    assert not FeedbackSettings.objects.exists()
