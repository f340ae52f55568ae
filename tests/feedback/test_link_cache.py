"""Each server process keeps the links it read for a few seconds: fast, and still fresh."""

from __future__ import annotations

from django.test import override_settings

from servicegap.feedback.models import SurveyLink
from tests.conftest import client_for
from tests.feedback.conftest import send


def test_a_link_is_read_once_while_fresh(public, link, django_assert_max_num_queries):
    public.get(link.public_path())
    with django_assert_max_num_queries(0):  # the link, its questions and journey steps kept
        assert public.get(link.public_path()).status_code == 200


def test_an_edit_made_here_shows_at_once(public, link, owner_olga):
    public.get(link.public_path())
    client_for(owner_olga).post(
        f"/feedback/links/{link.code}/",
        {"survey": link.survey.code, "location": link.location.code, "channel": "table"},
    )
    assert public.get(link.public_path()).status_code == 410


def test_an_edit_made_elsewhere_shows_after_the_cache_time(public, link):
    public.get(link.public_path())
    SurveyLink.objects.filter(pk=link.pk).update(is_active=False)  # as another process would
    assert public.get(link.public_path()).status_code == 200
    with override_settings(FEEDBACK_LINK_CACHE_SECONDS=0):
        assert public.get(link.public_path()).status_code == 410


def test_new_rules_reach_the_thank_you_page(public, link, owner_olga):
    assert "Write a public review" not in send(public, link, nps=9).content.decode()
    client_for(owner_olga).post(
        "/feedback/settings/",
        {"alert_rating_at_or_below": "2", "review_url": "https://reviews.example/us"},
    )
    assert "Write a public review" in send(public, link, nps=9).content.decode()


def test_the_thank_you_page_speaks_each_language(public, link):
    assert "Gracias" in send(public, link, "?lang=es", nps=9).content.decode()
    assert "Merci" in send(public, link, "?lang=fr", nps=9).content.decode()


def test_shared_form_fields_never_carry_another_forms_steps(public, link, outsider_otto):
    from tests.feedback.factories import SurveyLinkFactory
    from tests.standards.factories import JourneyStepFactory

    JourneyStepFactory(organization=outsider_otto.organization, name="Otto private step")
    other = SurveyLinkFactory(organization=outsider_otto.organization)
    assert "Otto private step" in public.get(other.public_path()).content.decode()
    for _ in range(2):
        html = public.get(link.public_path()).content.decode()
        assert "Arrival" in html and "Otto private step" not in html
