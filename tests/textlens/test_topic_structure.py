"""P topics read from what went wrong (issue 25): the customer's own things lost, the cause
given for a delay, vehicles; our own sentences, with hard negatives for each rule."""

from __future__ import annotations

from servicegap.textlens import analyse, learn
from servicegap.textlens.topics import rule_topics


def hits(text: str) -> dict[str, float]:
    words = learn.tokens(text.lower())
    return rule_topics(set(words), learn.pairs(words))


# Vehicles ------------------------------------------------------------------------------


def test_a_plane_is_a_weak_product_word_like_a_bus():
    # alone it names no product: a plane that waited is a delay
    assert hits("The plane sat at the gate for two hours.")["product"] == 0.5
    assert "product" not in analyse("The plane sat at the gate for two hours.").topics
    # with another product word, it adds to the product
    assert hits("The plane was filthy and the seats were torn.")["product"] == 3.5
    assert hits("Terrible turbulence and nobody came round.")["product"] == 1.0


# The customer's own things -------------------------------------------------------------


def test_the_customers_own_things_lost_are_not_the_product():
    found = hits("The laundry lost my clothes and still cannot find them.")
    assert found["product"] == 0.0
    assert (
        "product" not in analyse("The laundry lost my clothes and still cannot find them.").topics
    )


def test_the_customers_own_things_harmed_are_the_product():
    # hard negative: a dry cleaner ruining clothes is the quality of what it sold
    assert hits("The dry cleaner ruined my clothes.")["product"] >= 1.0
    assert hits("The clothes in the shop were cheap and thin.")["product"] >= 1.0


# The cause of a delay ------------------------------------------------------------------


def test_the_cause_of_a_delay_is_not_the_product():
    found = hits("The coach was delayed two hours due to mechanical problems.")
    assert found["product"] == 0.5  # 'coach' alone, a weak word: no product heard
    assert found["process"] >= 1.0
    found = hits("Our appointment was cancelled because of broken equipment.")
    assert found["product"] == 0.0


def test_a_cause_without_a_delay_keeps_the_product():
    # hard negatives: no delay or cancellation named, the broken thing is the complaint
    assert hits("The washing machine stopped due to a mechanical fault.")["product"] >= 1.0
    assert hits("The room was freezing because of broken heating.")["product"] >= 1.0


def test_a_product_word_outside_the_cause_still_counts():
    found = hits("The train was late due to signal failure and the seats were filthy.")
    assert found["product"] >= 1.0  # 'filthy' and 'seats' are not in the cause
