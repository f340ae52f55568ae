"""The learned layer: training on our examples plus corrections, saving and loading."""

from __future__ import annotations

import json

import pytest

from servicegap.textlens import analyse, learn
from servicegap.textlens.learn import Example, ModelError

# Comments none of the base examples contain, with what a manager corrects them to.
SENTIMENT_TEXT = "The chips came in a paper cone."
TOPICS_TEXT = "The queue signs by the door were confusing."
CHURN_TEXT = "Saturdays belong to the corner bakery now, folks."
SPAM_TEXT = "Meet lonely hearts tonight in the upstairs lounge."


def praised_base_example() -> Example:
    return next(e for e in learn.base_examples() if e.sentiment == "positive" and e.topics)


@pytest.fixture(scope="module")
def corrected():
    corrections = [
        Example(praised_base_example().text, sentiment="negative"),
        Example(SENTIMENT_TEXT, sentiment="positive"),
        Example(TOPICS_TEXT, topics=frozenset({"product"})),
        Example(CHURN_TEXT, churn=True),
        Example(SPAM_TEXT, spam=True),
    ]
    return learn.train([*learn.base_examples(), *corrections], version="acme-v1")


def test_base_examples_are_several_hundred_and_cover_every_label():
    examples = learn.base_examples()
    assert len(examples) >= 250
    assert {e.sentiment for e in examples} == {"negative", "neutral", "positive"}
    for topic in learn.TOPICS:
        assert sum(topic in e.topics for e in examples) >= 40
    assert sum(e.churn for e in examples) >= 20
    assert sum(e.spam for e in examples) >= 15
    assert len({e.text for e in examples}) == len(examples)


def test_before_correction_the_base_model_says_otherwise():
    assert analyse(SENTIMENT_TEXT).sentiment != "positive"
    assert analyse(TOPICS_TEXT).topics != frozenset({"product"})
    assert analyse(CHURN_TEXT).churn_signal is False
    assert analyse(SPAM_TEXT).spam is False


def test_after_training_with_corrections_each_head_flips_on_the_corrected_text(corrected):
    assert corrected.version == "acme-v1"
    assert corrected.corrections == 5
    assert analyse(SENTIMENT_TEXT, model=corrected).sentiment == "positive"
    assert analyse(TOPICS_TEXT, model=corrected).topics == frozenset({"product"})
    assert analyse(CHURN_TEXT, model=corrected).churn_signal is True
    assert analyse(SPAM_TEXT, model=corrected).spam is True
    result = analyse("  the QUEUE signs by the door were   confusing. ", model=corrected)
    assert result.topics == frozenset({"product"})
    assert "corrected by a manager before" in result.reasons
    assert result.model_version == "acme-v1"


def test_a_correction_also_moves_the_weights_not_only_the_memory(corrected):
    base = learn.train(learn.base_examples(), version="base")
    words = learn.tokens(CHURN_TEXT)
    assert corrected.score(words).churn > base.score(words).churn + 0.2
    words = learn.tokens(SPAM_TEXT)
    assert corrected.score(words).spam > base.score(words).spam + 0.2


def test_an_uncorrected_comment_is_analysed_as_before(corrected):
    text = "We sat 40 minutes before anyone took our order"
    assert analyse(text, model=corrected).sentiment == analyse(text).sentiment == "negative"


def test_a_label_left_unknown_is_not_learned(corrected):
    assert analyse(TOPICS_TEXT, model=corrected).churn_signal is False
    assert "sentiment" not in corrected.recall(TOPICS_TEXT)


def test_save_and_load_give_the_same_predictions(corrected, tmp_path):
    path = tmp_path / "models" / "acme" / "model-v1.json"
    learn.save_model(corrected, path)
    loaded = learn.load_model(path)
    assert loaded.version == "acme-v1"
    assert [p.name for p in path.parent.iterdir()] == ["model-v1.json"]  # no temporary left
    for text in (SENTIMENT_TEXT, TOPICS_TEXT, CHURN_TEXT, SPAM_TEXT, "Lovely staff, slow food"):
        assert analyse(text, model=loaded) == analyse(text, model=corrected)


def test_saving_over_a_model_replaces_it_whole(corrected, tmp_path):
    path = tmp_path / "model.json"
    path.write_text("old")
    learn.save_model(corrected, path)
    assert json.loads(path.read_text())["version"] == "acme-v1"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b'{"format": "something else"}',
        b'{"format": "servicegap-textlens-model", "format_version": 1}',
    ],
)
def test_loading_a_corrupt_file_raises_model_error(tmp_path, content):
    path = tmp_path / "model.json"
    path.write_bytes(content)
    with pytest.raises(ModelError):
        learn.load_model(path)


def test_loading_a_file_with_weights_of_the_wrong_size_raises_model_error(corrected, tmp_path):
    path = tmp_path / "model.json"
    learn.save_model(corrected, path)
    payload = json.loads(path.read_text())
    payload["weights"]["staff"] = [1.0, 2.0]
    path.write_text(json.dumps(payload))
    with pytest.raises(ModelError, match="wrong size"):
        learn.load_model(path)


@pytest.mark.parametrize("weight", ["NaN", "Infinity", "1e308", "-2000"])
def test_loading_a_file_with_weights_out_of_bounds_raises_model_error(corrected, tmp_path, weight):
    """Each weight finite but two of them summing past a float (1e308 twice) would give
    a NaN score: a weight beyond any fitted model's is refused as damage."""
    path = tmp_path / "model.json"
    learn.save_model(corrected, path)
    payload = json.loads(path.read_text())
    first = next(iter(payload["weights"]))
    payload["weights"][first][0] = 0.0  # replaced below by the bad number, as JSON text
    path.write_text(json.dumps(payload).replace(f'"{first}": [0.0', f'"{first}": [{weight}', 1))
    with pytest.raises(ModelError, match="within"):
        learn.load_model(path)


def test_loading_a_missing_file_raises_model_error(tmp_path):
    with pytest.raises(ModelError, match="no such model file"):
        learn.load_model(tmp_path / "nothing.json")


def test_training_on_nothing_is_an_error():
    with pytest.raises(ModelError):
        learn.train([], version="empty")


def test_an_example_with_an_unknown_label_is_refused():
    with pytest.raises(ValueError, match="sentiment"):
        Example("Fine", sentiment="angry")
    with pytest.raises(ValueError, match="topics"):
        Example("Fine", topics=frozenset({"price"}))


def test_a_correction_of_a_base_example_text_is_remembered(corrected):
    praised = praised_base_example()
    assert analyse(praised.text).sentiment == "positive"
    assert analyse(praised.text, model=corrected).sentiment == "negative"
