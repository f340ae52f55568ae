"""Each new comment is analysed once, stored, and flags spam."""

from __future__ import annotations

import logging

import pytest

from servicegap.feedback.models import Response
from servicegap.textlens import analysis, retraining, tasks
from servicegap.textlens.models import CommentAnalysis, TextModelVersion
from tests.feedback.factories import ResponseFactory

pytestmark = pytest.mark.django_db

# No link (which the intake's own rule catches): a sales pitch with a phone number.
SPAM = "Best price on watches, buy now! Call 0800 123 4567 today."


def test_a_submitted_comment_is_analysed_and_stored_with_its_responses_facts(submit, link):
    response = submit(link, "We waited forty minutes for our mains and nobody came.")
    analysis = CommentAnalysis.objects.get(response=response)
    assert analysis.organization_id == response.organization_id
    assert analysis.location_id == link.location_id
    assert analysis.submitted_at == response.submitted_at
    assert analysis.sentiment == "negative"
    assert analysis.process
    assert analysis.model_version  # the base model's version, or "rules"
    assert analysis.reasons and all(isinstance(r, str) for r in analysis.reasons)


def test_a_response_without_a_comment_gets_no_analysis(submit, link):
    submit(link, "   ", ratings={"people": 4})
    assert CommentAnalysis.objects.count() == 0


def test_the_task_stores_one_analysis_per_response_however_often_it_runs(link):
    response = ResponseFactory(organization=link.organization, link=link, comment="Lovely staff.")
    tasks.analyse_response(response.pk)
    tasks.analyse_response(response.pk)
    tasks.analyse_response.delay(response.pk)
    assert CommentAnalysis.objects.filter(response=response).count() == 1


def test_a_retried_task_for_a_fresh_response_keeps_one_analysis(link):
    # "fresh" skips the search for an earlier analysis; a retry that finds one updates it.
    response = ResponseFactory(organization=link.organization, link=link, comment="Rude waiter.")
    first = tasks.analyse_response(response.pk, fresh=True)
    Response.objects.filter(pk=response.pk).update(comment="Lovely staff, thank you.")
    again = tasks.analyse_response.delay(response.pk, fresh=True).get()
    assert first and again
    analysis = CommentAnalysis.objects.get(response=response)
    assert analysis.sentiment == "positive"


def test_the_task_for_a_response_that_is_gone_does_nothing(db):
    assert tasks.analyse_response(987654) is None
    assert CommentAnalysis.objects.count() == 0


def test_spam_found_in_the_comment_flags_the_response(submit, link):
    response = submit(link, SPAM)
    assert response.spam
    assert response.spam_reason.startswith("comment analysis")
    assert CommentAnalysis.objects.get(response=response).spam


def test_a_flag_set_by_the_honeypot_is_not_lifted_by_an_innocent_comment(submit, link):
    response = submit(link, "Lovely food and friendly staff.", honeypot="bot@example.test")
    assert response.spam and response.spam_reason  # the intake's own rule
    reason = response.spam_reason
    tasks.analyse_response(response.pk)
    response.refresh_from_db()
    assert response.spam and response.spam_reason == reason
    assert not CommentAnalysis.objects.get(response=response).spam


def test_a_corrupt_model_file_falls_back_to_the_rules_without_failing_a_submission(
    submit, link, data_dir, caplog
):
    path = "textlens/broken/model-v1.bin"
    (data_dir / "textlens" / "broken").mkdir(parents=True)
    (data_dir / path).write_bytes(b"\x00not a model at all\xff" * 10)
    TextModelVersion.objects.create(
        organization=link.organization, version=1, path=path, corrections=3, is_current=True
    )
    with caplog.at_level(logging.WARNING, logger="servicegap.textlens"):
        response = submit(link, "The soup was cold and the waiter ignored us.")
    assert response.pk is not None
    analysis = CommentAnalysis.objects.get(response=response)
    assert analysis.model_version == "rules"
    assert analysis.sentiment == "negative"
    assert any("cannot be read" in record.getMessage() for record in caplog.records)


def test_a_missing_model_file_falls_back_to_the_rules_too(submit, link):
    TextModelVersion.objects.create(
        organization=link.organization, version=1, path="textlens/gone/model-v1.bin",
        is_current=True,
    )  # fmt: skip
    response = submit(link, "Friendly team, thank you.")
    assert CommentAnalysis.objects.get(response=response).model_version == "rules"


def test_a_failing_analysis_never_fails_the_submission(submit, link, monkeypatch, caplog):
    def broken(text, language=None, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(analysis, "analyse", broken)
    with caplog.at_level(logging.ERROR, logger="servicegap.textlens"):
        response = submit(link, "Nice place.")
    assert response.pk is not None
    assert CommentAnalysis.objects.count() == 0
    assert any("could not be analysed" in r.getMessage() for r in caplog.records)


def test_a_corrected_label_stays_corrected_when_the_comment_is_analysed_again(
    submit, link, manager_max
):
    response = submit(link, "We waited forty minutes for our mains.")
    analysis = CommentAnalysis.objects.get(response=response)
    retraining.correct(analysis, by=manager_max, sentiment="neutral", topics=["product"])
    tasks.analyse_response(response.pk)
    analysis.refresh_from_db()
    assert analysis.sentiment == "neutral"
    assert analysis.topics == ["product"]
    assert analysis.corrected_at is not None
