"""The largest gaps show how customers' comments feel about the gap's P: the share of
comments negative about that P (its own feeling, read clause by clause, else the comment's
sentiment), with the count, at the gap's location in the period, spam left out."""

from datetime import date

import pytest
from django.urls import reverse

from servicegap.core.models import Location, Role
from servicegap.gap import dashboard, lenses
from servicegap.gap.lenses import Scope
from servicegap.textlens.models import CommentAnalysis, Sentiment
from tests.conftest import _member, client_for
from tests.feedback.factories import ResponseFactory, SurveyLinkFactory
from tests.gap.conftest import SINCE, UNTIL, at
from tests.textlens.factories import CommentAnalysisFactory

PERIOD = {"since": SINCE.isoformat(), "until": UNTIL.isoformat()}
NEG, NEU, POS = Sentiment.NEGATIVE, Sentiment.NEUTRAL, Sentiment.POSITIVE
DAY = date(2026, 10, 10)


def comment(org, location, day, sentiment, feelings, *, spam=False, **topics):
    """A comment analysed at `location` on `day`; its response carries no rating, so the
    lenses' figures do not move."""
    link = SurveyLinkFactory(organization=org, location=location)
    response = ResponseFactory(organization=org, link=link, submitted_at=at(day))
    return CommentAnalysisFactory(
        organization=org,
        response=response,
        sentiment=sentiment,
        score={NEG: -0.5, NEU: 0.0, POS: 0.5}[sentiment],
        feelings=feelings,
        spam=spam,
        **{"process": False, **topics},
    )


@pytest.fixture
def comments(world, gap_world, other_org_data):
    """At Location A in the period, about Process:
    1. negative, its Process feeling negative                      -> negative about it
    2. negative, no feeling read (analysed before feelings existed) -> negative (overall)
    3. positive overall, negative about Process (a mixed comment)   -> negative about it
    4. negative overall, positive about Process (a mixed comment)   -> not
    5. neutral, its Process feeling neutral                        -> not
    6. negative, a stored feeling that is none of the three         -> negative (overall)
    Not counted for Location A's Process: a people-only negative comment, a spam one, one
    the day before the period, one the day after it, one at Location B, and one of the
    other organisation. So 6 comments about Process, 4 negative about it: 4/6 = 66.7%."""
    org, a, b = world.org, world.location_a, world.location_b
    comment(org, a, DAY, NEG, {"process": "negative"}, process=True)
    comment(org, a, DAY, NEG, {}, process=True)
    comment(org, a, DAY, POS, {"people": "positive", "process": "negative"}, process=True,
            people=True)  # fmt: skip
    comment(org, a, DAY, NEG, {"people": "negative", "process": "positive"}, process=True,
            people=True)  # fmt: skip
    comment(org, a, DAY, NEU, {"process": "neutral"}, process=True)
    comment(org, a, DAY, NEG, {"process": "??"}, process=True)
    comment(org, a, DAY, NEG, {"people": "negative"}, people=True)
    comment(org, a, DAY, NEG, {"process": "negative"}, process=True, spam=True)
    comment(org, a, date(2026, 8, 31), NEG, {"process": "negative"}, process=True)
    comment(org, a, date(2026, 12, 1), NEG, {"process": "negative"}, process=True)
    comment(org, b, DAY, NEG, {"process": "negative"}, process=True)
    elsewhere = Location.objects.filter(organization=other_org_data).first()
    comment(other_org_data, elsewhere, DAY, NEG, {"process": "negative"}, process=True)
    return world


def built(member):
    scope = Scope(since=SINCE, until=UNTIL, locations=tuple(member.visible_locations()))
    return dashboard.build(member, scope)


def the_bill_of_a(board):
    (item,) = [
        item
        for item in board.largest
        if item.location.name == "Location A" and item.step.name == "Bill"
    ]
    return item


def test_the_counts_by_hand(comments, owner_olga):
    item = the_bill_of_a(built(owner_olga))
    assert item.cell.at("p") == "process"
    assert (item.comments, item.negative_comments, item.negative_share) == (6, 4, 67)


def test_the_page_says_it_beside_the_largest_gap(comments, owner_olga):
    page = client_for(owner_olga).get(reverse("gap:dashboard"), PERIOD).content.decode()
    # the lens figures do not move: the comments' responses carry no rating
    assert "Location A · Bill · Process: we believe 100, shoppers see 55, customers say 25" in page
    assert "4 of 6 comments about Process at this location are negative about it (67%)." in page


@pytest.mark.parametrize("role", [Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR])
def test_every_role_that_sees_the_gap_gets_the_same_figure(comments, member_of_role, role):
    # the executive sees everything; the North's manager and Location A's supervisor see
    # Location A, where all six comments are
    item = the_bill_of_a(built(member_of_role(role)))
    assert (item.comments, item.negative_comments) == (6, 4)


def test_a_location_outside_the_member_s_scope_is_never_counted(comments, world, owner_olga):
    # a manager of the South alone asks for Location A's comments: none are visible
    south = _member(world, "south@example.test", Role.MANAGER, locations=[world.location_b])
    item = the_bill_of_a(built(owner_olga))
    start = lenses.start_of(SINCE, world.org.tz)
    end = lenses.end_of(UNTIL, world.org.tz)
    assert dashboard._comment_feelings(south, start, end, [item]) == {}
    found = dashboard._comment_feelings(owner_olga, start, end, [item])
    assert found[(world.location_a.pk, "process")] == (6, 4)


def test_one_comment_is_said_in_the_singular(world, gap_world, owner_olga):
    comment(world.org, world.location_a, DAY, POS, {"process": "negative"}, process=True)
    page = client_for(owner_olga).get(reverse("gap:dashboard"), PERIOD).content.decode()
    assert "1 of 1 comment about Process at this location is negative about it (100%)." in page


def test_no_comment_about_the_p_says_so(world, gap_world, owner_olga):
    comment(world.org, world.location_a, DAY, NEG, {"people": "negative"}, people=True)
    page = client_for(owner_olga).get(reverse("gap:dashboard"), PERIOD).content.decode()
    assert "No comment about Process at this location in this period." in page


def test_a_changed_feeling_changes_the_figure(comments, owner_olga):
    # the mixed comment praising process is corrected to negative about it: 5 of 6
    mixed = CommentAnalysis.objects.get(
        organization=owner_olga.organization, feelings__process="positive"
    )
    mixed.feelings = {"people": "negative", "process": "negative"}
    mixed.save()
    item = the_bill_of_a(built(owner_olga))
    assert (item.comments, item.negative_comments, item.negative_share) == (6, 5, 83)


def test_the_comment_counts_are_one_query(comments, owner_olga, django_assert_num_queries):
    item = the_bill_of_a(built(owner_olga))
    start = lenses.start_of(SINCE, owner_olga.organization.tz)
    end = lenses.end_of(UNTIL, owner_olga.organization.tz)
    with django_assert_num_queries(1):
        dashboard._comment_feelings(owner_olga, start, end, [item])
