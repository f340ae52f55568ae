"""The examples written for every kind of service business (issue 25) are part of what
the base model learns from, spread evenly over the businesses, the three languages and
the kinds of comment the analysis used to get wrong, each with its hard negatives."""

from __future__ import annotations

from collections import Counter

from servicegap.textlens import learn
from servicegap.textlens.data import examples, examples_services

BUSINESSES = {
    *("restaurant", "hotel", "clinic", "pharmacy", "garage", "bank", "telecom", "transport"),
    *("gym", "salon", "shop", "delivery", "trades", "florist", "utility"),
}
KINDS = {
    *("plain", "put right", "not put right", "lukewarm", "mixed", "churn", "not churn"),
    *("spam", "not spam", "negated praise"),
}


def test_the_base_model_learns_from_both_sets_of_examples():
    first, services = examples.examples(), examples_services.examples()
    assert learn.base_examples() == [*first, *services]
    assert len(services) >= 1700
    assert not {e.text for e in first} & {e.text for e in services}  # nothing twice


def test_every_business_language_and_kind_has_its_share():
    groups = examples_services.groups()
    by_business = Counter(business for (business, _l, _k), found in groups.items() for _ in found)
    by_language = Counter(language for (_b, language, _k), found in groups.items() for _ in found)
    by_kind = Counter(kind for (_b, _l, kind), found in groups.items() for _ in found)
    assert set(by_business) == BUSINESSES
    assert min(by_business.values()) >= 100
    assert set(by_language) == {"en", "fr", "es"}
    assert min(by_language["fr"], by_language["es"]) >= 0.1 * sum(by_language.values())
    assert set(by_kind) == KINDS
    assert min(by_kind.values()) >= 100  # hard negatives included (not churn, not spam…)


def test_every_example_carries_every_label():
    for e in examples_services.examples():
        assert e.sentiment in learn.SENTIMENTS
        assert e.topics is not None and e.churn is not None and e.spam is not None
        assert not (e.spam and (e.churn or e.topics)), e.text
