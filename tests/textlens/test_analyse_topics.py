"""P topics on facilities and contact, in our own words for several kinds of business."""

from __future__ import annotations

import pytest

from servicegap.textlens import analyse, learn
from servicegap.textlens.topics import rule_topics


@pytest.mark.parametrize(
    "text",
    [
        "The wifi in the waiting room never worked.",
        "Our seats were cramped with no legroom at all.",
        "The room was freezing and the heater was broken.",
        "The shower smelled of mould and the towels were stained.",
        "The charger stopped working after a day.",
    ],
)
def test_facilities_complaints_are_about_the_product(text):
    result = analyse(text)
    assert "product" in result.topics
    assert result.sentiment == "negative"


def test_a_time_word_alone_does_not_make_a_product_complaint_a_process_one():
    hits = rule_topics(set(learn.tokens("the soup was cold after ten minutes")), [])
    assert hits["product"] >= 1.0
    assert hits["process"] < 1.0  # 'minutes' is a weak word: 0.5


def test_contact_words_count_for_people_and_process():
    words = learn.tokens("i was on hold and nobody called back")
    pairs = [a + " " + b for a, b in zip(words, words[1:], strict=False)]
    hits = rule_topics(set(words), pairs)
    # 'hold' (contact word), 'on hold' and 'called back' (contact pairs) give 3 to each;
    # 'nobody' is a weak people word (0.5); 'called' a weak process word (0.5).
    assert hits == {"people": 3.5, "process": 3.5, "product": 0.0}


def test_rule_features_name_each_p_heard_and_whether_one_alone():
    assert learn.rule_features({"people": 1.0, "process": 0.5, "product": 0.0}) == [
        "#people",
        "#only",
    ]
    assert learn.rule_features({"people": 2.5, "process": 1.0, "product": 0.0}) == [
        "#people",
        "#people+",
        "#process",
    ]
    assert learn.rule_features({"people": 0.0, "process": 0.0, "product": 0.0}) == []


def test_rule_features_weigh_on_the_topic_heads_only():
    model = learn.train(learn.base_examples(), version="t")
    lexicon = [w for term, w in model.weights.items() if term.startswith("#")]
    assert lexicon  # the topic heads use them
    for weights in lexicon:
        # sentiment (3), churn and spam are fitted without them
        assert weights[:3] == (0.0, 0.0, 0.0) and weights[6:] == (0.0, 0.0)
    assert any(abs(w[3 + k]) > 0.1 for w in lexicon for k in range(3))
