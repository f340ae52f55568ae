"""P topics read from what went wrong (issue 25): a booking of a place, the customer's own
things being handled, and the cause given for a delay; our own sentences, with hard
negatives for each rule."""

from __future__ import annotations

import pytest

from servicegap.textlens import analyse, learn
from servicegap.textlens.topics import rule_topics


def hits(text: str) -> dict[str, float]:
    words = learn.tokens(text.lower())
    return rule_topics(set(words), learn.pairs(words))


# Luggage handled by the business --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The hotel porter lost our luggage somewhere between reception and our floor.",
        "The coach left with my suitcase still in the hold.",
        "The ferry sent our baggage to the wrong port.",
    ],
)
def test_luggage_handled_by_the_business_is_process(text):
    assert hits(text)["process"] >= 1.0
    assert hits(text)["product"] < 1.0  # a vehicle alone is a weak product word
    assert "process" in analyse(text).topics


def test_a_bag_alone_is_a_weak_process_word():
    # a handbag shop's bag that tore is about the product, not its handling
    found = hits("the bag ripped and the strap tore off")
    assert found["process"] == 0.5
    assert found["product"] >= 1.0


# A place the customer booked ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We paid for seats together and the theatre split us up.",
        "The app lost my seat booking and the bus was full.",
        "They changed seats on us without a word.",
        "The seat selection page took my money and never saved it.",
    ],
)
def test_a_booked_seat_is_the_booking_process_not_the_seat(text):
    found = hits(text)
    assert found["process"] >= 1.0
    assert found["product"] < 1.0


def test_the_seat_itself_is_still_the_product():
    # hard negatives: the seat as a thing, broken, worn or cramped
    assert hits("The seat was broken and would not stay upright.")["product"] >= 1.0
    assert hits("The seats are worn and the springs poke through.")["product"] >= 1.0
    assert hits("The seats were cramped with no legroom.")["process"] == 0.0


def test_a_booked_seat_beside_a_broken_one_keeps_both():
    found = hits("They changed seats on us and the new seat was broken.")
    assert found["process"] >= 1.0
    assert found["product"] >= 1.0  # 'broken' still names the product


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
