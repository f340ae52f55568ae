"""The comment explorer's other tabs in the API (what people talk about, staff praised by
name) and one analysis's correction history."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from servicegap.core.models import Role
from servicegap.textlens import retraining
from servicegap.textlens.models import Correction
from tests.core.organisation_api import call, named
from tests.factories import EmployeeFactory
from tests.feedback.factories import ResponseFactory
from tests.textlens.factories import CommentAnalysisFactory

pytestmark = pytest.mark.django_db

SUPERVISORS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR}
PHRASES = "/textlens/phrases"
PRAISED = "/textlens/praised-staff"


def comment(link, text: str, *, minutes_ago: int = 0, **labels):
    """An analysed comment at the link's location (neutral, about nothing by default)."""
    response = ResponseFactory(
        organization=link.organization,
        link=link,
        comment=text,
        submitted_at=timezone.now() - timedelta(minutes=minutes_ago),
    )
    defaults = {"sentiment": "neutral", "process": False}
    return CommentAnalysisFactory(
        organization=link.organization, response=response, **(defaults | labels)
    )


def test_the_schema_lists_the_new_paths(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "get" in paths["/api/v1/textlens/phrases"]
    assert "get" in paths["/api/v1/textlens/praised-staff"]
    corrections = paths["/api/v1/textlens/analyses/{commentanalysis_code}/corrections"]
    assert "get" in corrections and "post" in corrections


# What people talk about -------------------------------------------------------------------


def test_the_phrases_per_p_and_per_location_with_examples(client, owner_olga, link, link_b):
    comment(link, "We waited forty minutes for the bill.", minutes_ago=30, process=True)
    newest = comment(
        link, "Again we waited forty minutes, slow kitchen.", minutes_ago=20, process=True
    )
    comment(link_b, "Waited forty minutes at the door.", minutes_ago=10, people=True)
    comment(link_b, "The cold soup was sad.", minutes_ago=5, product=True)
    answer = call(client, owner_olga, "get", PHRASES)
    assert answer.status_code == 200
    body = answer.json()
    assert body["n"] == 4 and body["limited"] is False
    assert body["text_limit"] == 5000 and body["min_phrase_count"] == 2
    by_p = {group["p"]: group for group in body["by_p"]}
    assert [group["p"] for group in body["by_p"]] == ["people", "process", "product"]
    process = by_p["process"]
    assert process["label"] == "Process" and process["n"] == 2 and process["location"] is None
    assert process["phrases"] == [
        {
            "text": "waited forty minutes",
            "count": 2,
            "examples": [
                {
                    "analysis": str(newest.code),
                    "comment": "Again we waited forty minutes, slow kitchen.",
                    "location": "Location A",
                }
            ],
        }
    ]
    assert by_p["people"]["phrases"] == [] and by_p["people"]["n"] == 1
    located = {group["label"]: group for group in body["by_location"]}
    assert set(located) == {"Location A", "Location B"}
    assert located["Location A"]["location"]["code"] == str(link.location.code)
    assert located["Location A"]["p"] is None
    assert {p["text"]: p["count"] for p in located["Location A"]["phrases"]} == {
        "waited forty minutes": 2
    }
    assert located["Location B"]["n"] == 2 and located["Location B"]["phrases"] == []


def test_the_phrases_follow_the_explorer_filters(client, owner_olga, link, link_b, world):
    comment(link, "Slow kitchen tonight.", minutes_ago=3, process=True)
    comment(link, "Slow kitchen again.", minutes_ago=2, process=True, sentiment="negative")
    comment(link_b, "Slow kitchen, sadly.", minutes_ago=1, process=True, sentiment="negative")
    comment(link_b, "Slow kitchen spam spam.", process=True, spam=True)
    located = call(client, owner_olga, "get", PHRASES, location=str(world.location_b.code)).json()
    assert located["n"] == 1  # Location B without its spam
    negative = call(client, owner_olga, "get", PHRASES, sentiment="negative").json()
    assert negative["n"] == 2
    process = next(group for group in negative["by_p"] if group["p"] == "process")
    assert process["phrases"][0]["text"] == "Slow kitchen" and process["phrases"][0]["count"] == 2
    assert call(client, owner_olga, "get", PHRASES, spam="all").json()["n"] == 4
    assert call(client, owner_olga, "get", PHRASES, spam="only").json()["n"] == 1


def test_a_manager_reads_only_the_comments_of_their_locations(client, manager_max, link, link_b):
    comment(link, "Lovely terrace view.", people=True)
    comment(link, "Lovely terrace view again.", people=True)
    comment(link_b, "Lovely terrace view elsewhere outofscope.", people=True)
    body = call(client, manager_max, "get", PHRASES).json()
    assert body["n"] == 2
    assert [group["label"] for group in body["by_location"]] == ["Location A"]
    assert "outofscope" not in str(body)


def test_another_organisations_comments_are_never_read(client, outsider_otto, link):
    comment(link, "Our secret sauce, our secret sauce.", product=True)
    comment(link, "Our secret sauce again.", product=True)
    body = call(client, outsider_otto, "get", PHRASES).json()
    assert body["n"] == 0 and body["by_location"] == []
    assert all(group["phrases"] == [] for group in body["by_p"])


@pytest.mark.parametrize("path", [PHRASES, PRAISED])
@pytest.mark.parametrize("role", list(Role))
def test_supervisors_and_above_read_the_tabs(client, member_of_role, link, role, path):
    answer = call(client, member_of_role(role), "get", path)
    assert answer.status_code == (200 if role in SUPERVISORS else 403)


@pytest.mark.parametrize("path", [PHRASES, PRAISED])
def test_a_foreign_location_filter_is_refused_naming_it(client, owner_olga, outsider_otto, path):
    elsewhere = outsider_otto.organization
    from tests.factories import LocationFactory

    foreign = LocationFactory(organization=elsewhere)
    answer = call(client, owner_olga, "get", path, location=str(foreign.code))
    assert named(answer, "location")


@pytest.mark.parametrize("path", [PHRASES, PRAISED])
def test_bad_filters_are_refused_naming_them(client, owner_olga, path):
    assert named(call(client, owner_olga, "get", path, since="2026-05-02", until="2026-05-01"),
                 "until")  # fmt: skip
    assert named(call(client, owner_olga, "get", path, sentiment="furious"), "sentiment")
    assert named(call(client, owner_olga, "get", path, p="price\x00"), "p")


# Staff praised by name ------------------------------------------------------------------------


def test_staff_praised_by_first_name_at_their_location(client, owner_olga, link, link_b, world):
    EmployeeFactory(organization=world.org, first_name="Rosa", location=world.location_a)
    EmployeeFactory(organization=world.org, first_name="Omar", location=world.location_b)
    comment(link, "Rosa was wonderful with the kids.", minutes_ago=9, sentiment="positive")
    newest = comment(link, "Thanks to Rosa and the team!", minutes_ago=8, sentiment="positive")
    comment(link, "Rosa forgot our drinks.", minutes_ago=7, sentiment="negative")
    comment(link, "Omar was great.", minutes_ago=6, sentiment="positive")  # not at A
    comment(link_b, "Omar made our evening.", minutes_ago=5, sentiment="positive")
    answer = call(client, owner_olga, "get", PRAISED)
    assert answer.status_code == 200
    body = answer.json()
    assert body["positive_n"] == 4 and body["n"] == 5 and body["limited"] is False
    assert body["praised"] == [
        {
            "name": "Rosa",
            "location": {"code": str(world.location_a.code), "name": "Location A"},
            "count": 2,
            "examples": [
                {
                    "analysis": str(newest.code),
                    "comment": "Thanks to Rosa and the team!",
                    "location": "Location A",
                }
            ],
        },
        {
            "name": "Omar",
            "location": {"code": str(world.location_b.code), "name": "Location B"},
            "count": 1,
            "examples": body["praised"][1]["examples"],
        },
    ]
    assert body["praised"][1]["examples"][0]["comment"] == "Omar made our evening."


def test_a_scoped_supervisor_sees_no_names_from_elsewhere(client, supervisor_sid, link_b, world):
    EmployeeFactory(organization=world.org, first_name="Omar", location=world.location_b)
    comment(link_b, "Omar made our evening.", sentiment="positive")
    body = call(client, supervisor_sid, "get", PRAISED).json()
    assert body["praised"] == [] and body["positive_n"] == 0


def test_the_praise_follows_the_location_filter(client, owner_olga, link, link_b, world):
    EmployeeFactory(organization=world.org, first_name="Rosa", location=None)
    comment(link, "Rosa is a star.", sentiment="positive")
    comment(link_b, "Rosa again, a star.", sentiment="positive")
    body = call(client, owner_olga, "get", PRAISED, location=str(world.location_b.code)).json()
    assert [(m["name"], m["location"]["name"], m["count"]) for m in body["praised"]] == [
        ("Rosa", "Location B", 1)
    ]


# One analysis's corrections -------------------------------------------------------------------


def corrections_of(analysis) -> str:
    return f"/textlens/analyses/{analysis.code}/corrections"


def test_the_corrections_say_who_changed_what_and_when_newest_first(
    client, owner_olga, manager_max, link
):
    analysis = comment(link, "Slow, but the waiter was kind.", sentiment="negative", process=True)
    retraining.correct(analysis, by=manager_max, sentiment="positive")
    retraining.correct(analysis, by=owner_olga, topics=["people", "process"], spam=False)
    first, second = Correction.objects.filter(analysis=analysis).order_by("created_at", "pk")
    answer = call(client, owner_olga, "get", corrections_of(analysis))
    assert answer.status_code == 200
    assert answer.json() == [
        {
            "code": str(second.code),
            "at": answer.json()[0]["at"],
            "by": "olga@example.test",
            "changes": {
                "sentiment": None,
                "topics": ["people", "process"],
                "churn_signal": None,
                "spam": False,
            },
            "before": {
                "sentiment": None,
                "topics": ["process"],
                "churn_signal": None,
                "spam": False,
            },
        },
        {
            "code": str(first.code),
            "at": answer.json()[1]["at"],
            "by": "max@example.test",
            "changes": {
                "sentiment": "positive",
                "topics": None,
                "churn_signal": None,
                "spam": None,
            },
            "before": {"sentiment": "negative", "topics": None, "churn_signal": None, "spam": None},
        },
    ]
    assert answer.json()[1]["at"].startswith(first.created_at.strftime("%Y-%m-%dT%H:%M"))


def test_a_former_members_correction_has_no_author(client, owner_olga, manager_max, link):
    analysis = comment(link, "Slow kitchen.", sentiment="negative", process=True)
    retraining.correct(analysis, by=manager_max, churn_signal=True)
    manager_max.delete()
    body = call(client, owner_olga, "get", corrections_of(analysis)).json()
    assert [(c["by"], c["changes"]["churn_signal"]) for c in body] == [(None, True)]


def test_no_corrections_is_an_empty_list(client, supervisor_sid, link):
    analysis = comment(link, "Fine.")
    answer = call(client, supervisor_sid, "get", corrections_of(analysis))
    assert answer.status_code == 200 and answer.json() == []


@pytest.mark.parametrize("role", list(Role))
def test_supervisors_and_above_read_the_corrections(client, member_of_role, link, role):
    analysis = comment(link, "Slow kitchen.", sentiment="negative", process=True)
    answer = call(client, member_of_role(role), "get", corrections_of(analysis))
    assert answer.status_code == (200 if role in SUPERVISORS else 403)


def test_another_organisations_analysis_is_a_404(client, outsider_otto, owner_olga, link):
    analysis = comment(link, "Slow kitchen.", sentiment="negative", process=True)
    retraining.correct(analysis, by=owner_olga, sentiment="neutral")
    answer = call(client, outsider_otto, "get", corrections_of(analysis))
    assert answer.status_code == 404
    assert "olga" not in answer.content.decode()


def test_an_analysis_outside_a_managers_locations_is_a_404(client, manager_max, link_b):
    analysis = comment(link_b, "Slow kitchen.", sentiment="negative", process=True)
    assert call(client, manager_max, "get", corrections_of(analysis)).status_code == 404
