"""The examples written for every kind of service business (issue 25, two sets) are part
of what the base model learns from, spread evenly over the businesses, the three
languages and the kinds of comment the analysis used to get wrong, each with its hard
negatives."""

from __future__ import annotations

from collections import Counter

import pytest

from servicegap.textlens import learn
from servicegap.textlens.data import (
    examples,
    examples_facts_spam,
    examples_forms_messages,
    examples_french_spanish,
    examples_leaving,
    examples_more,
    examples_posts,
    examples_services,
)

BUSINESSES = {
    *("restaurant", "hotel", "clinic", "pharmacy", "garage", "bank", "telecom", "transport"),
    *("gym", "salon", "shop", "delivery", "trades", "florist", "utility"),
}
KINDS = {
    *("plain", "put right", "not put right", "lukewarm", "mixed", "churn", "not churn"),
    *("spam", "not spam", "negated praise"),
}


def test_the_base_model_learns_from_every_set_of_examples():
    first, services, more, leaving, french_spanish, posts, facts_spam, forms_messages = (
        examples.examples(),
        examples_services.examples(),
        examples_more.examples(),
        examples_leaving.examples(),
        examples_french_spanish.examples(),
        examples_posts.examples(),
        examples_facts_spam.examples(),
        examples_forms_messages.examples(),
    )
    every = [
        *first,
        *services,
        *more,
        *leaving,
        *french_spanish,
        *posts,
        *facts_spam,
        *forms_messages,
    ]
    assert learn.base_examples() == every
    assert len(services) >= 1700
    assert len(more) >= 2100
    assert len(leaving) >= 1300
    assert sum(e.churn for e in leaving) >= 350 and sum(e.spam for e in leaving) >= 250
    assert len(french_spanish) >= 440
    assert {g[1] for g in examples_french_spanish.groups()} == {"fr", "es"}
    assert len(posts) >= 1700
    assert {g[2] for g in examples_posts.groups()} == {"tweets", "short", "ratings"}
    assert learn.base_weights()[posts[0]] == learn.POSTS_WEIGHT
    assert len(facts_spam) >= 1450 and sum(e.spam for e in facts_spam) >= 280
    assert {g[2] for g in examples_facts_spam.groups()} == {"short", "comments"}
    assert {g[1] for g in examples_facts_spam.groups()} == {"en", "fr", "es"}
    assert learn.base_weights()[facts_spam[0]] == learn.FACTS_SPAM_WEIGHT
    assert len(forms_messages) >= 770 and sum(e.spam for e in forms_messages) >= 70
    assert {g[2] for g in examples_forms_messages.groups()} == {"form", "messages"}
    assert {g[1] for g in examples_forms_messages.groups()} == {"en", "fr", "es"}
    assert {g[0] for g in examples_forms_messages.groups()} >= {"bank", "utility", "florist"}
    assert learn.base_weights()[forms_messages[0]] == learn.FORMS_MESSAGES_WEIGHT
    texts = [e.text.lower() for e in every]
    assert len(set(texts)) == len(texts)  # nothing twice, whatever the case


def test_a_group_line_starts_each_group_and_a_line_before_any_is_refused():
    found = examples.grouped(
        "## gym en plain\n- pr . the lockers never lock\n\n## gym fr lukewarm\n0 . . bof"
    )
    assert [(key, [e.text for e in group]) for key, group in found.items()] == [
        (("gym", "en", "plain"), ["the lockers never lock"]),
        (("gym", "fr", "lukewarm"), ["bof"]),
    ]
    with pytest.raises(ValueError, match="line 1: an example before any group"):
        examples.grouped("- pr . no group yet")


@pytest.mark.parametrize(
    ("module", "kinds", "fewest"),
    [(examples_services, KINDS, 100), (examples_more, {*KINDS, "praise"}, 50)],
    ids=["services", "more"],
)
def test_every_business_language_and_kind_has_its_share(module, kinds, fewest):
    groups = module.groups()
    by_business = Counter(business for (business, _l, _k), found in groups.items() for _ in found)
    by_language = Counter(language for (_b, language, _k), found in groups.items() for _ in found)
    by_kind = Counter(kind for (_b, _l, kind), found in groups.items() for _ in found)
    assert set(by_business) == BUSINESSES
    assert min(by_business.values()) >= 100
    assert set(by_language) == {"en", "fr", "es"}
    assert min(by_language["fr"], by_language["es"]) >= 0.1 * sum(by_language.values())
    assert set(by_kind) == kinds
    assert min(by_kind.values()) >= fewest  # hard negatives included (not churn, not spam…)


@pytest.mark.parametrize("module", [examples_services, examples_more], ids=["services", "more"])
def test_every_example_carries_every_label(module):
    for e in module.examples():
        assert e.sentiment in learn.SENTIMENTS
        assert e.topics is not None and e.churn is not None and e.spam is not None
        assert not (e.spam and (e.churn or e.topics)), e.text


def test_no_text_of_a_bench_set_is_a_training_example():
    # the bench sets measure text the model has not learned from (bench/textlens_own*.py)
    from bench import textlens_own

    learned = {e.text.lower() for e in learn.base_examples()}
    for name, source in textlens_own.SETS.items():
        shared = [c.text for c in textlens_own.comments(source) if c.text.lower() in learned]
        assert not shared, (name, shared[:5])
