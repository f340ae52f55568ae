"""The demo's feedback: six months per location, following the audits' quality profile."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from servicegap.core import demo
from servicegap.core.demo import EXPERIENCED, chance
from servicegap.core.models import Employee, Location, Organization
from servicegap.feedback import scoring
from servicegap.feedback.models import Response, SurveyLink

TODAY = date(2026, 6, 30)


@pytest.fixture(scope="module")
def demo_org(django_db_setup, django_db_blocker):
    """Seed once for the module (it takes seconds), and remove it afterwards."""
    with django_db_blocker.unblock():
        demo.seed(1, today=TODAY)
        yield Organization.objects.get(slug="demo")
        demo._delete_previous()


@pytest.fixture
def responses(demo_org, db):
    return Response.objects.filter(organization=demo_org)


def test_every_location_has_six_months_of_responses(demo_org, responses):
    assert responses.count() >= 2000
    for location in Location.objects.filter(organization=demo_org):
        mine = responses.filter(location=location)
        first = mine.order_by("submitted_at").first().submitted_at.date()
        assert mine.count() >= 400
        assert first <= TODAY - timedelta(days=180)
    assert responses.order_by("-submitted_at").first().submitted_at.date() < TODAY


def test_ratings_follow_the_service_quality_of_each_location_and_p(demo_org, responses):
    names = dict(Location.objects.filter(organization=demo_org).values_list("pk", "name"))
    middle = TODAY - timedelta(days=91)  # of the six months, where trends cross their mean
    for row in scoring.experienced_scores(responses, "location", "p"):
        expected = chance(EXPERIENCED, names[row["location"]], row["p"], None, middle, TODAY) * 100
        assert abs(row["score"] - expected) < 8, (names[row["location"]], row["p"])
        assert row["n"] >= 100


def test_each_weak_spot_is_the_lowest_score_of_its_location(demo_org):
    names = dict(Location.objects.filter(organization=demo_org).values_list("pk", "name"))
    by_location: dict[str, dict[str, float]] = {}
    for row in scoring.experienced_scores(
        Response.objects.filter(organization=demo_org), "location", "p"
    ):
        by_location.setdefault(names[row["location"]], {})[row["p"]] = row["score"]
    weakest = {name: min(scores, key=scores.get) for name, scores in by_location.items()}
    assert weakest["Station Square"] == "process"
    assert weakest["Harbour Front"] == "people"
    assert weakest["Riverside"] == "product"


def test_comments_come_in_three_languages(responses):
    commented = responses.exclude(comment="")
    assert commented.filter(language="fr").count() >= 20
    assert commented.filter(language="es").count() >= 10
    assert commented.filter(comment__contains="Nous ne reviendrons pas").exists()


def test_some_comments_name_staff_of_that_location(demo_org, responses):
    named = 0
    for response in responses.exclude(comment="").select_related("location")[:2000]:
        staff = Employee.objects.filter(location=response.location).values_list(
            "first_name", flat=True
        )
        named += any(name in response.comment for name in staff)
    assert named >= 20


def test_some_customers_say_they_will_not_come_back(responses):
    assert responses.filter(comment__contains="will not be coming back").count() >= 5


def test_a_few_spam_comments_with_links_are_flagged_and_never_counted(demo_org, responses):
    spam = responses.filter(spam=True)
    assert 3 <= spam.count() <= 60
    assert all(r.spam_reason == "link in the comment" for r in spam)


def test_links_per_table_and_one_for_delivery(demo_org):
    for location in Location.objects.filter(organization=demo_org):
        links = SurveyLink.objects.filter(location=location)
        assert links.filter(channel="table").count() >= 4
        assert links.filter(channel="delivery").count() == 1


def test_the_demo_links_open_the_public_form(demo_org, client):
    link = SurveyLink.objects.filter(organization=demo_org, channel="table").first()
    response = client.get(link.public_path(), HTTP_ACCEPT_LANGUAGE="fr")
    assert "Comment étaient les plats et les boissons ?" in response.content.decode()
