"""The demo's comments: every one analysed, a few corrected by the manager, a model trained."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import override_settings

from servicegap.core import demo
from servicegap.core.models import Organization, Role
from servicegap.feedback.models import Response
from servicegap.textlens.models import CommentAnalysis, Correction, TextModelVersion

TODAY = date(2026, 6, 30)


@pytest.fixture(scope="module")
def demo_org(django_db_setup, django_db_blocker, tmp_path_factory):
    """Seed once for the module, with models saved in a data directory of its own."""
    data = tmp_path_factory.mktemp("data")
    with override_settings(DATA_DIR=data), django_db_blocker.unblock():
        demo.seed(1, today=TODAY)
        yield Organization.objects.get(slug="demo")
        demo._delete_previous()


def test_every_demo_comment_is_analysed(demo_org, db):
    commented = Response.objects.filter(organization=demo_org).exclude(comment="")
    analyses = CommentAnalysis.objects.filter(organization=demo_org)
    assert commented.count() > 300
    assert analyses.count() == commented.count()
    assert not commented.filter(analysis__isnull=True).exists()


def test_the_manager_corrected_some_and_the_model_learned_from_them(demo_org, db):
    corrections = Correction.objects.filter(organization=demo_org)
    assert corrections.count() >= 5
    assert {c.by.role for c in corrections} == {Role.MANAGER}
    model = TextModelVersion.objects.get(organization=demo_org)
    assert model.is_current and model.version == 1
    assert model.corrections == corrections.values("analysis").distinct().count()
    versions = set(
        CommentAnalysis.objects.filter(organization=demo_org).values_list(
            "model_version", flat=True
        )
    )
    assert versions == {model.label}


def test_the_demo_shows_each_kind_of_signal(demo_org, db):
    analyses = CommentAnalysis.objects.filter(organization=demo_org)
    assert analyses.filter(sentiment="negative").exists()
    assert analyses.filter(sentiment="positive").exists()
    assert analyses.filter(churn_signal=True).exists()
    for p in ("people", "process", "product"):
        assert analyses.filter(**{p: True}).exists(), p
    spam = analyses.filter(spam=True)
    assert spam.exists()
    assert not spam.filter(response__spam=False).exists()


# The explorer at the demo's scale --------------------------------------------------------


@pytest.mark.parametrize("show", ["comments", "talk", "staff"])
def test_each_explorer_tab_costs_a_fixed_number_of_queries(
    demo_org, db, show, django_assert_max_num_queries
):
    from django.urls import reverse

    from servicegap.core.models import Membership
    from tests.conftest import client_for

    client = client_for(Membership.objects.get(user__email="owner@demo.test"))
    with django_assert_max_num_queries(16):
        response = client.get(reverse("textlens:explorer"), {"show": show})
    assert response.status_code == 200


def test_the_demo_phrases_are_whole_each_once_with_one_example(demo_org, db):
    """Over the demo's comments: every phrase is words one comment wrote in one clause,
    no phrase is listed twice across the Ps, and each has one example that holds it."""
    from django.urls import reverse

    from servicegap.core.models import Membership
    from servicegap.textlens import explorer
    from tests.conftest import client_for

    client = client_for(Membership.objects.get(user__email="owner@demo.test"))
    talk = client.get(reverse("textlens:explorer"), {"show": "talk"}).context["talk"]
    listed = [phrase for group in talk.by_p for phrase in group.phrases]
    assert len(listed) >= 10
    texts = [phrase.text.lower() for phrase in listed]
    assert len(texts) == len(set(texts))
    for phrase in listed:
        (example,) = phrase.examples
        clauses = [" ".join(words) for words in explorer.clauses(example.text)]
        assert any(f" {phrase.text.lower()} " in f" {clause} " for clause in clauses)
        first, *_rest, last = phrase.text.lower().split()
        assert first not in explorer.STOPWORDS and last not in explorer.STOPWORDS
    codes = [phrase.examples[0].code for phrase in listed]
    assert len(codes) == len(set(codes))  # one remark is not shown under two Ps
