"""`servicegap textlens retrain|reanalyse --org SLUG`: progress, counts, and clear errors."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from servicegap.textlens import retraining
from servicegap.textlens.models import CommentAnalysis, TextModelVersion
from tests.feedback.factories import ResponseFactory

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command("textlens", *args, stdout=out)
    return out.getvalue()


def test_an_unknown_organisation_is_named(db):
    with pytest.raises(CommandError, match="No organisation with the short name 'nowhere'"):
        run("reanalyse", "--org", "nowhere")
    with pytest.raises(CommandError, match="'nowhere'"):
        run("retrain", "--org", "nowhere")


def test_reanalysing_an_organisation_without_comments_says_so(world):
    ResponseFactory(organization=world.org, comment="")
    with pytest.raises(CommandError, match="no comments"):
        run("reanalyse", "--org", world.org.slug)


def test_reanalyse_analyses_every_comment_and_prints_counts(link):
    for text in (
        "Slow service.",
        "Lovely staff.",
        "Best price on watches, buy now! Call 0800 123 4567 today.",
    ):
        ResponseFactory(organization=link.organization, link=link, comment=text)
    ResponseFactory(organization=link.organization, link=link, comment="")
    out = run("reanalyse", "--org", link.organization.slug)
    assert "Analysing 3 comments" in out
    assert "3/3" in out
    assert "3 comments analysed" in out and "3 for the first time" in out
    assert "1 newly flagged as spam" in out
    assert CommentAnalysis.objects.count() == 3


def test_retrain_without_corrections_names_the_problem(link):
    ResponseFactory(organization=link.organization, link=link, comment="Slow service.")
    with pytest.raises(CommandError, match="no corrections"):
        run("retrain", "--org", link.organization.slug)


def test_retrain_trains_and_reports_the_version(link, manager_max, data_dir):
    ResponseFactory(organization=link.organization, link=link, comment="Slow service.")
    retraining.analyse_responses(link.organization)
    retraining.correct(CommentAnalysis.objects.get(), by=manager_max, sentiment="neutral")
    out = run("retrain", "--org", link.organization.slug)
    row = TextModelVersion.objects.get()
    assert f"Model {row.label} (version 1)" in out and "1 corrected comments" in out
    assert (data_dir / row.path).is_file()
    out = run("reanalyse", "--org", link.organization.slug)
    assert f"with model {row.label}" in out
    assert CommentAnalysis.objects.get().model_version == row.label


def test_the_command_needs_an_action(db):
    with pytest.raises(CommandError):
        run()
