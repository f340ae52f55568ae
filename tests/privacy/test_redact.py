"""Redacting a customer's traces from other texts: whole words for ids and names, any
case, longest first, every sentence of a comment on its own."""

from servicegap.feedback.erasure import ERASED, needles_of, redact


def test_a_short_id_is_erased_as_a_word_only():
    assert (
        redact("Customer 12 called 2012 times, room 112.", ["12"])
        == f"Customer {ERASED} called 2012 times, room 112."
    )


def test_any_case_and_an_address_with_punctuation():
    text = "Write to Maud.F@Example.test, or maud.f@example.test."
    assert redact(text, ["maud.f@example.test"]) == f"Write to {ERASED}, or {ERASED}."


def test_each_long_sentence_of_a_comment_is_a_needle_of_its_own():
    comment = "The soup was cold. So rude! Never again, not after tonight's mess."
    needles = needles_of([comment, "", ERASED])
    assert needles == [
        comment,
        "Never again, not after tonight's mess.",
        "The soup was cold.",
    ]  # "So rude!" is too short to be recognised alone
    assert redact("She wrote: The soup was cold. We called.", needles) == (
        f"She wrote: {ERASED} We called."
    )
