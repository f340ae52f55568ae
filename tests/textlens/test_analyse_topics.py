"""P topics on facilities and contact, in our own words for several kinds of business."""

from __future__ import annotations

import pytest

from servicegap.textlens import analyse, learn, sentiment
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
    # 'hold' and 'on hold' (waiting on the line) give 1 to each of people and process;
    # 'called back' (whether someone got in touch) 1 to people alone; 'nobody' and
    # 'called' (a channel of contact with people, not a process) are weak people words.
    assert hits == {"people": 4.0, "process": 2.0, "product": 0.0}


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


@pytest.mark.parametrize(
    "text",
    [
        "The chairs in the waiting room were uncomfortable and it was freezing.",
        "The armrest was broken and there was nowhere to charge my phone.",
        "The cinema seats were sticky and the sound kept cutting out.",
        "Our room was stuffy, the window would not open and we could not sleep.",
        "The toilets were blocked and there was no soap.",
    ],
)
def test_comfort_cleanliness_and_condition_complaints_are_about_the_product(text):
    assert "product" in analyse(text, model=learn.RULES).topics  # by the lexicon alone
    result = analyse(text)
    assert "product" in result.topics
    assert result.sentiment == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "The man who answered the phone was rude and hung up on me.",
        "The salon never called me back.",
        "Nobody ever replied to my email.",
        "I rang the clinic and the receptionist was rude to me.",
    ],
)
def test_how_staff_handled_contact_is_about_people_not_process(text):
    for model in (learn.RULES, None):
        result = analyse(text, model=model)
        assert "people" in result.topics
        assert "process" not in result.topics
        assert result.sentiment == "negative"


def test_waiting_on_the_line_makes_a_contact_complaint_about_process_too():
    result = analyse("I waited on hold for forty minutes and the agent was rude.")
    assert result.topics == frozenset({"people", "process"})


def test_a_reply_or_call_back_counts_for_people_alone_in_the_rules():
    words = learn.tokens("no reply and nobody called back")
    hits = rule_topics(set(words), learn.pairs(words))
    assert hits["people"] >= 2.0
    assert hits["process"] == 0.0  # the channel (a call) is no process matter


def test_the_service_layer_tells_contact_that_never_came_from_things_that_never_came():
    def facts(text):
        lower = text.lower()
        words = learn.tokens(lower)
        return sentiment.service_layer(lower, words, set(words), learn.pairs(words), foreign=False)

    unanswered = facts("Nobody called me back.")
    assert unanswered.unanswered and not unanswered.never
    missing = facts("The parcel never arrived.")
    assert missing.never and not missing.unanswered
    both = facts("Nobody called back and the refund never came.")
    assert both.never and both.unanswered
    assert both.reasons.count("says something never happened") == 1  # counted once


@pytest.mark.parametrize(
    "word", ["armrest", "chairs", "kettle", "curtains", "soap", "crumbs", "toiletries", "lamp"]
)
def test_facilities_words_of_any_business_are_clear_product_words(word):
    assert rule_topics({word}, []) == {"people": 0.0, "process": 0.0, "product": 1.0}


def test_someone_who_never_turned_up_is_a_thing_that_never_happened_not_unanswered_contact():
    lower = "the engineer never turned up"
    words = learn.tokens(lower)
    facts = sentiment.service_layer(lower, words, set(words), learn.pairs(words), foreign=False)
    assert facts.never and not facts.unanswered


@pytest.mark.parametrize(
    "text",
    [
        "The florist was lovely.",
        "The mechanic was rude to my wife.",
        "Our instructor was patient with the children.",
        "The cleaner was very friendly.",
    ],
)
def test_staff_of_any_trade_are_people(text):
    assert "people" in analyse(text, model=learn.RULES).topics
    assert "people" in analyse(text).topics


def test_nobody_replying_is_about_people():
    assert analyse("Why is nobody replying to my emails?").topics == frozenset({"people"})
