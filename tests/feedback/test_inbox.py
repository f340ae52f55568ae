"""The managers' inbox: who sees it, its filters, its scores, paging and query count."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from servicegap.core.models import Role
from tests.conftest import client_for
from tests.feedback.factories import ResponseFactory, SurveyLinkFactory

INBOX = "/feedback/"
PARIS = ZoneInfo("Europe/Paris")

ALLOWED = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR}


def codes(response) -> set[str]:
    return {str(r.code) for r in response.context["page"].object_list}


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=PARIS)


@pytest.mark.parametrize("role", list(Role))
def test_the_inbox_is_for_supervisors_and_above(role, member_of_role, link):
    response = client_for(member_of_role(role)).get(INBOX)
    assert response.status_code == (200 if role in ALLOWED else 403)


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    response = client.get(INBOX)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_navigation_leads_to_the_inbox(owner_olga):
    assert reverse("feedback:inbox") == INBOX
    html = client_for(owner_olga).get("/").content.decode()
    assert f'href="{INBOX}"' in html


def test_a_scoped_member_sees_only_their_locations(manager_max, link, link_b):
    mine = ResponseFactory(organization=link.organization, link=link)
    ResponseFactory(organization=link.organization, link=link_b)
    response = client_for(manager_max).get(INBOX)
    assert codes(response) == {str(mine.code)}


def test_another_organisations_responses_never_show(owner_olga, outsider_otto, link):
    ResponseFactory(organization=outsider_otto.organization, comment="ottosecret comment")
    html = client_for(owner_olga).get(INBOX).content.decode()
    assert "ottosecret" not in html


def test_the_newest_response_comes_first(owner_olga, link):
    old = ResponseFactory(organization=link.organization, link=link, submitted_at=at(1))
    new = ResponseFactory(organization=link.organization, link=link, submitted_at=at(2))
    listed = client_for(owner_olga).get(INBOX).context["page"].object_list
    assert [r.pk for r in listed] == [new.pk, old.pk]


# Filters ---------------------------------------------------------------------------------


@pytest.fixture
def sample(link, link_b, steps):
    org = link.organization
    return {
        "early": ResponseFactory(organization=org, link=link, submitted_at=at(1), nps=10),
        "late": ResponseFactory(
            organization=org,
            link=link,
            submitted_at=at(20),
            nps=3,
            comment="Cold soup",
            step=steps[0],
            product=1,
            people=5,
        ),
        "b": ResponseFactory(organization=org, link=link_b, submitted_at=at(10), nps=7, people=2),
        "spam": ResponseFactory(
            organization=org, link=link, submitted_at=at(11), spam=True, spam_reason="link"
        ),
    }


def inbox_codes(member, **query) -> set[str]:
    return codes(client_for(member).get(INBOX, query))


def names(sample, *keys) -> set[str]:
    return {str(sample[key].code) for key in keys}


def test_spam_is_hidden_unless_asked_for(owner_olga, sample):
    assert inbox_codes(owner_olga) == names(sample, "early", "late", "b")
    assert inbox_codes(owner_olga, spam="only") == names(sample, "spam")
    assert len(inbox_codes(owner_olga, spam="all")) == 4


def test_the_period_is_in_the_organisations_days(owner_olga, sample):
    assert inbox_codes(owner_olga, since="2026-03-05", until="2026-03-10") == names(sample, "b")
    assert inbox_codes(owner_olga, until="2026-03-01") == names(sample, "early")


def test_filter_by_location(owner_olga, sample, world):
    assert inbox_codes(owner_olga, location=world.location_b.code) == names(sample, "b")


@pytest.mark.parametrize(
    ("group", "expected"),
    [("promoter", ["early"]), ("passive", ["b"]), ("detractor", ["late"])],
)
def test_filter_by_nps_group(owner_olga, sample, group, expected):
    assert inbox_codes(owner_olga, nps=group) == names(sample, *expected)


def test_filter_by_comment(owner_olga, sample):
    assert inbox_codes(owner_olga, comment="yes") == names(sample, "late")
    assert inbox_codes(owner_olga, comment="no") == names(sample, "early", "b")


def test_filter_by_p_and_rating_range(owner_olga, sample):
    assert inbox_codes(owner_olga, p="product") == names(sample, "late")
    assert inbox_codes(owner_olga, p="people", max_score=2) == names(sample, "b")
    assert inbox_codes(owner_olga, min_score=5) == names(sample, "late")
    assert inbox_codes(owner_olga, max_score=1) == names(sample, "late")


def test_filter_by_journey_step(owner_olga, sample, steps):
    assert inbox_codes(owner_olga, step=steps[0].code) == names(sample, "late")


def test_a_location_outside_the_members_scope_is_an_invalid_filter(supervisor_sid, sample, world):
    response = client_for(supervisor_sid).get(INBOX, {"location": world.location_b.code})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert codes(response) == set()


def test_an_inverted_range_is_explained(owner_olga, sample):
    response = client_for(owner_olga).get(INBOX, {"min_score": 4, "max_score": 2})
    assert response.status_code == 400
    assert "The highest rating is below the lowest." in response.content.decode()


# Scores ----------------------------------------------------------------------------------


def test_the_scores_show_their_evidence_and_leave_spam_out(owner_olga, sample):
    response = client_for(owner_olga).get(INBOX)
    summary = {row.name: row for row in response.context["summary"]}
    a, b = summary["Location A"], summary["Location B"]
    # Location A: early (NPS 10), late (NPS 3, product 1, people 5); the spam one is left out.
    assert a.responses == 2
    assert (a.nps.value, a.nps.n, a.nps.few) == (0.0, 2, True)  # 50% promoters − 50% detractors
    assert (a.scores["people"].value, a.scores["product"].value) == (100.0, 0.0)
    assert (b.scores["people"].value, b.scores["people"].n) == (25.0, 1)  # (2 − 1) × 25
    total = response.context["total"]
    assert total.responses == 3
    assert total.scores["people"].value == pytest.approx(62.5)  # (100 + 25) / 2
    assert round(total.nps.value, 2) == 0.0  # 1 promoter, 1 detractor, 1 passive of 3
    assert "n=2 · few" in response.content.decode()


# Paging and queries ----------------------------------------------------------------------


def test_the_inbox_pages_by_25(owner_olga, link):
    for _ in range(30):
        ResponseFactory(organization=link.organization, link=link)
    client = client_for(owner_olga)
    assert len(client.get(INBOX).context["page"].object_list) == 25
    second = client.get(INBOX, {"page": 2, "spam": "hide"})
    assert len(second.context["page"].object_list) == 5
    assert "Page 2 of 2" in second.content.decode()


def test_the_inbox_query_count_does_not_grow_with_responses(
    owner_olga, link, link_b, steps, django_assert_max_num_queries
):
    client = client_for(owner_olga)
    for n in range(25):
        ResponseFactory(
            organization=link.organization,
            link=link if n % 2 else link_b,
            step=steps[n % 2],
            people=3,
            process=4,
            comment=f"Comment {n}",
        )
    with django_assert_max_num_queries(16):
        response = client.get(INBOX)
    assert len(response.context["page"].object_list) == 25


def test_comments_are_shown_escaped(owner_olga, link):
    ResponseFactory(organization=link.organization, link=link, comment="<script>x()</script>")
    html = client_for(owner_olga).get(INBOX).content.decode()
    assert "<script>x()</script>" not in html
    assert "&lt;script&gt;x()&lt;/script&gt;" in html


def test_times_are_shown_in_the_organisations_time_zone(owner_olga, link):
    ResponseFactory(organization=link.organization, link=link, submitted_at=at(3, hour=21))
    assert "3 Mar 2026, 21:00" in client_for(owner_olga).get(INBOX).content.decode()


def test_a_link_elsewhere_does_not_leak_into_the_summary(owner_olga, outsider_otto, link):
    other = SurveyLinkFactory(organization=outsider_otto.organization)
    ResponseFactory(organization=outsider_otto.organization, link=other, nps=0)
    response = client_for(owner_olga).get(INBOX)
    assert response.context["total"].responses == 0
