"""The tables' own rules: a correction corrects something, topics as a whole, one model in use."""

from __future__ import annotations

import pytest
from django.db import IntegrityError

from servicegap.textlens.models import Correction, TextModelVersion
from tests.textlens.factories import (
    CommentAnalysisFactory,
    CorrectionFactory,
    TextModelVersionFactory,
)

pytestmark = pytest.mark.django_db


def test_an_analysis_lists_its_topics_in_the_order_of_the_ps():
    analysis = CommentAnalysisFactory(product=True, people=True, process=False)
    assert analysis.topics == ["people", "product"]
    assert analysis.labels() == {
        "sentiment": "negative",
        "topics": ["people", "product"],
        "churn_signal": False,
        "spam": False,
    }


def test_a_score_outside_minus_one_to_one_is_refused():
    with pytest.raises(IntegrityError):
        CommentAnalysisFactory(score=1.5)


def test_an_unknown_sentiment_is_refused_by_the_database():
    with pytest.raises(IntegrityError):
        CommentAnalysisFactory(sentiment="furious")


def test_a_correction_must_correct_something():
    analysis = CommentAnalysisFactory()
    with pytest.raises(IntegrityError):
        Correction.objects.create(organization=analysis.organization, analysis=analysis)


def test_topics_are_corrected_as_a_whole_set():
    with pytest.raises(IntegrityError):
        CorrectionFactory(sentiment="", people=True)


def test_a_correction_lists_only_what_it_changes():
    correction = CorrectionFactory(sentiment="", people=False, process=True, product=False)
    assert correction.topics == ["process"]
    assert correction.changes() == {"topics": ["process"]}


def test_one_model_is_in_use_per_organisation():
    first = TextModelVersionFactory(is_current=True)
    TextModelVersionFactory(organization=first.organization, is_current=False)
    with pytest.raises(IntegrityError):
        TextModelVersionFactory(organization=first.organization, is_current=True)


def test_a_version_number_is_used_once_per_organisation():
    first = TextModelVersionFactory(version=3)
    TextModelVersionFactory(version=3)  # another organisation
    with pytest.raises(IntegrityError):
        TextModelVersion.objects.create(
            organization=first.organization, version=3, path="textlens/x.bin"
        )
