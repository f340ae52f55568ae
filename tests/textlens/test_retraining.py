"""Learning from managers: corrections become training examples; retraining changes what
the organisation's model predicts on the comments it was corrected on."""

from __future__ import annotations

import pytest

from servicegap.textlens import retraining
from servicegap.textlens.models import CommentAnalysis, TextModelVersion
from tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

# Comments the base model gets wrong in the same way, as a manager of an unusual business
# would see it: here a "quiet room" is what the customer complains about.
UNUSUAL = [
    "The room was so quiet all evening.",
    "Such a quiet room, again tonight.",
    "Quiet room, quiet music, quiet staff.",
    "Really quiet room this time.",
    "The quiet room was the whole evening.",
    "Another visit with a quiet room.",
]


def analysed(submit, link, texts):
    return [CommentAnalysis.objects.get(response=submit(link, text)) for text in texts]


def test_corrections_become_examples_with_only_their_corrected_labels(submit, link, manager_max):
    first, second = analysed(submit, link, UNUSUAL[:2])
    retraining.correct(first, by=manager_max, sentiment="negative")
    retraining.correct(first, by=manager_max, topics=["product"])
    retraining.correct(second, by=manager_max, churn_signal=True)
    examples = retraining.corrected_examples(link.organization)
    assert [(e.text, e.sentiment, e.topics, e.churn, e.spam) for e in examples] == [
        (UNUSUAL[0], "negative", frozenset({"product"}), None, None),
        (UNUSUAL[1], None, None, True, None),
    ]


def test_retraining_changes_the_prediction_on_corrected_comments(
    submit, link, manager_max, data_dir
):
    analyses = analysed(submit, link, UNUSUAL)
    before = {a.pk: (a.sentiment, tuple(a.topics)) for a in analyses}
    wanted = ("negative", ("product",))
    assert any(state != wanted for state in before.values())
    for analysis in analyses:
        retraining.correct(analysis, by=manager_max, sentiment="negative", topics=["product"])
    row = retraining.retrain(link.organization)
    assert row.version == 1 and row.is_current and row.corrections == len(UNUSUAL)
    assert (data_dir / row.path).is_file()
    # The comments analysed afresh (as new ones would be), without the corrections' help:
    from servicegap.textlens import analyse

    model = retraining.model_for(link.organization.pk)
    after = {}
    for text in UNUSUAL:
        result = analyse(text, "en", model=model)
        after[text] = (result.sentiment, tuple(sorted(result.topics)))
        assert result.model_version == row.label
    base = {text: before[a.pk] for text, a in zip(UNUSUAL, analyses, strict=True)}
    changed = [text for text in UNUSUAL if after[text] != base[text]]
    assert changed, f"no prediction changed: {after}"
    assert sum(state == wanted for state in after.values()) > sum(
        state == wanted for state in base.values()
    )


def test_each_retraining_makes_the_next_version_current(submit, link, manager_max, data_dir):
    (analysis,) = analysed(submit, link, UNUSUAL[:1])
    retraining.correct(analysis, by=manager_max, sentiment="negative")
    first = retraining.retrain(link.organization)
    second = retraining.retrain(link.organization)
    assert (first.version, second.version) == (1, 2)
    assert list(
        TextModelVersion.objects.filter(organization=link.organization).values_list(
            "version", "is_current"
        )
    ) == [(2, True), (1, False)]
    assert first.path != second.path and (data_dir / second.path).is_file()


def test_new_comments_are_analysed_with_the_current_model_and_record_its_version(
    submit, link, manager_max
):
    (analysis,) = analysed(submit, link, UNUSUAL[:1])
    retraining.correct(analysis, by=manager_max, sentiment="negative")
    row = retraining.retrain(link.organization)
    retraining.forget_models()  # as another process would: loaded from the file
    response = submit(link, "Lovely dinner, thank you.")
    assert CommentAnalysis.objects.get(response=response).model_version == row.label


def test_retraining_without_corrections_says_so(world):
    with pytest.raises(retraining.RetrainError, match="no corrections"):
        retraining.retrain(world.org)
    assert TextModelVersion.objects.count() == 0


def test_another_organisations_corrections_are_not_learned(submit, link, manager_max):
    (analysis,) = analysed(submit, link, UNUSUAL[:1])
    retraining.correct(analysis, by=manager_max, sentiment="negative")
    other = OrganizationFactory()
    assert retraining.corrected_examples(other) == []
    with pytest.raises(retraining.RetrainError):
        retraining.retrain(other)


def test_reanalysis_records_the_new_version_on_every_analysis_and_keeps_corrections(
    submit, link, manager_max
):
    analyses = analysed(submit, link, UNUSUAL[:3])
    retraining.correct(analyses[0], by=manager_max, sentiment="positive", topics=[])
    row = retraining.retrain(link.organization)
    result = retraining.analyse_responses(link.organization)
    assert (result.analysed, result.created) == (3, 0)
    assert set(CommentAnalysis.objects.values_list("model_version", flat=True)) == {row.label}
    analyses[0].refresh_from_db()
    assert analyses[0].sentiment == "positive" and analyses[0].topics == []


def test_the_nightly_task_retrains_only_organisations_with_new_corrections(
    submit, link, manager_max
):
    from servicegap.pipeline import tasks

    (analysis,) = analysed(submit, link, UNUSUAL[:1])
    assert tasks.retrain_corrected_models() == []
    retraining.correct(analysis, by=manager_max, sentiment="negative")
    assert tasks.retrain_corrected_models() == [f"{link.organization.slug} v1"]
    assert tasks.retrain_corrected_models() == []


def test_of_two_trainings_at_once_the_loser_leaves_the_winner_s_model_in_place(
    submit, link, manager_max, data_dir, monkeypatch
):
    """Both pick version 1; the one that loses the database row removes its own file only."""
    from servicegap.textlens import learn

    (first,) = analysed(submit, link, UNUSUAL[:1])
    retraining.correct(first, by=manager_max, sentiment="negative")
    train = learn.train

    def another_training_meanwhile(examples, *, version):
        monkeypatch.setattr(learn, "train", train)
        retraining.retrain(link.organization)  # another process, quicker, wins version 1
        return train(examples, version=version)

    monkeypatch.setattr(learn, "train", another_training_meanwhile)
    with pytest.raises(retraining.RetrainError, match="another training made version 1"):
        retraining.retrain(link.organization)

    current = TextModelVersion.objects.get(organization=link.organization, is_current=True)
    assert [p.name for p in (data_dir / current.path).parent.iterdir()] == [
        current.path.rsplit("/", 1)[1]
    ]
    retraining.forget_models()  # as another process would read it
    (again,) = analysed(submit, link, UNUSUAL[1:2])
    assert again.model_version == current.label


def test_a_model_file_holding_another_organisation_s_model_is_never_used(
    submit, link, manager_max, data_dir, caplog
):
    """Say a data directory restored by hand: the file of this organisation's version
    holds another's model, with that one's managers' remembered corrections."""
    (first,) = analysed(submit, link, UNUSUAL[:1])
    retraining.correct(first, by=manager_max, sentiment="negative", topics=["people"])
    theirs = retraining.retrain(link.organization)
    other = OrganizationFactory(slug="other")
    ours = TextModelVersion.objects.create(
        organization=other, version=1, path=theirs.path, corrections=1, is_current=True
    )
    retraining.forget_models()

    assert retraining.model_for(other.pk) is retraining.rules_only()
    assert f"model {ours.label} of organisation {other.pk} cannot be read" in caplog.text
    assert theirs.label in caplog.text
    assert retraining.model_for(link.organization_id).version == theirs.label
