"""The Experienced lens in numbers: hand-computed scores, spam left out, periods by day."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from servicegap.feedback import scoring
from servicegap.feedback.models import Response
from servicegap.feedback.scoring import Score
from tests.feedback.factories import ResponseFactory

PARIS = ZoneInfo("Europe/Paris")


def rated(link, when=None, step=None, spam=False, nps=None, **ratings):
    kwargs = {"submitted_at": when} if when else {}
    return ResponseFactory(
        organization=link.organization,
        link=link,
        step=step,
        spam=spam,
        nps=nps,
        **ratings,
        **kwargs,
    )


def test_a_score_is_the_mean_rating_mapped_to_0_100(link):
    rated(link, people=5)
    rated(link, people=4)
    rated(link, people=1)
    # mean (5 + 4 + 1) / 3 = 3.333…; (3.333… − 1) / 4 × 100 = 58.33…
    scores = scoring.p_scores(Response.objects.all())
    assert scores["people"].value == pytest.approx(58.3333, abs=1e-3)
    assert scores["people"].n == 3 and scores["people"].few
    assert scores["process"] == scoring.NO_SCORE


def test_spam_counts_in_no_score(link):
    rated(link, people=5, nps=10)
    rated(link, people=1, nps=0, spam=True)
    assert scoring.p_scores(Response.objects.all())["people"] == Score(100.0, 1)
    assert scoring.nps(Response.objects.all()) == Score(100.0, 1)


def test_nps_is_promoters_minus_detractors(link):
    for value in (10, 9, 8, 7, 6, 0, None):
        rated(link, nps=value)
    # 6 answered: 2 promoters, 2 detractors → 0; the one without NPS is not counted.
    assert scoring.nps(Response.objects.all()) == Score(0.0, 6)
    rated(link, nps=9)
    assert scoring.nps(Response.objects.all()).value == pytest.approx(100 * (3 - 2) / 7)


def test_the_lens_groups_by_location_p_and_step(owner_olga, link, link_b, steps):
    rated(link, step=steps[0], people=5, product=3)
    rated(link, step=steps[0], people=3)
    rated(link, step=None, people=1)
    rated(link_b, step=steps[1], process=2)
    rows = {
        (row["location"], row["p"], row["step"]): (row["score"], row["n"])
        for row in scoring.lens(owner_olga)
    }
    a, b = link.location.pk, link_b.location.pk
    assert rows == {
        (a, "people", steps[0].pk): (75.0, 2),  # mean 4 → 75
        (a, "people", None): (0.0, 1),
        (a, "product", steps[0].pk): (50.0, 1),
        (b, "process", steps[1].pk): (25.0, 1),
    }


def test_the_lens_respects_the_members_scope(supervisor_sid, link, link_b):
    rated(link, people=5)
    rated(link_b, people=1)
    assert {row["location"] for row in scoring.lens(supervisor_sid)} == {link.location.pk}


def test_a_period_is_whole_days_in_the_organisations_time_zone(owner_olga, link):
    # 23:30 in Paris on 1 March is 22:30 UTC: still 1 March for the organisation.
    rated(link, when=datetime(2026, 3, 1, 23, 30, tzinfo=PARIS), people=5)
    rated(link, when=datetime(2026, 3, 2, 0, 30, tzinfo=PARIS), people=1)
    march_1 = scoring.lens(owner_olga, since=date(2026, 3, 1), until=date(2026, 3, 1), by=("p",))
    assert [(row["score"], row["n"]) for row in march_1] == [(100.0, 1)]
    march_2 = scoring.lens(owner_olga, since=date(2026, 3, 2), by=("p",))
    assert [(row["score"], row["n"]) for row in march_2] == [(0.0, 1)]


def test_few_answers_are_marked():
    assert Score(80.0, 4).few and not Score(80.0, 5).few
    assert Score(79.6, 5).rounded == 80 and scoring.NO_SCORE.rounded is None
