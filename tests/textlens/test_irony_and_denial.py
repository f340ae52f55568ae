"""Praise said in irony after a complaint, and praise said by denying a doubt (issue 25).
Every sentence here was written for these tests; each rule has its look-alikes beside it:
the true praise that ends the same way, the complaint that denies the same words."""

from __future__ import annotations

import pytest

from servicegap.textlens import analyse, learn
from servicegap.textlens import sentiment as sent
from servicegap.textlens import spam as spam_rules

IRONY = "praise said in irony after a complaint"


def ironic(text: str) -> bool:
    lower = text.lower()
    return sent.ironic(lower, set(learn.tokens(lower)))


# Irony ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Train cancelled again. Brilliant.",
        "@NorthRailCo the 7:40 is delayed for the fourth day running, fantastic 👏",
        "Parcel left out in the rain on the doorstep, soaked through. Lovely, thanks.",
        "Charged a £30 fee for a card I never ordered. Great service as always",
        "On hold for two hours and then cut off. Just perfect.",
        "My suitcase arrived smashed to pieces. Nice job 🙄",
        "Bus driver shouted at my kid for asking the fare. Very professional.",
        "Thanks for nothing, still no internet after a week.",
        "Cheers for nothing, the refund never came.",
        "Merci pour rien, toujours pas de remboursement.",
        "Gracias por nada, el pedido nunca llegó.",
        # irony that opens the comment
        "wow what amazing service, my parcel is still missing after two weeks",
        "Oh great, another delay on the 8:15.",
        "Brilliant, yet another cancelled appointment.",
        "love getting charged twice for the same haircut 🙃",
        "The agent laughed when I asked about my refund. cool cool cool",
    ],
)
def test_praise_alone_after_a_complaint_is_irony_and_reads_negative(text):
    assert ironic(text), text
    result = analyse(text)
    assert result.sentiment == "negative", (text, result.reasons)
    assert IRONY in result.reasons


@pytest.mark.parametrize(
    "text",
    [
        # nothing went wrong before the praise
        "Landed ten minutes early. Brilliant.",
        "Dinner for four on a Friday. Lovely.",
        # the praise names what it praises
        "Flight delayed an hour, crew lovely though.",
        "The train was late but the guard was brilliant.",
        # the problem was put right, or did not matter, or was the customer's own
        "Lost my card and they found it within the hour. Amazing.",
        "Ordered the wrong size, they swapped it the next day. Brilliant.",
        "Waited ten minutes for a table, no big deal. Great food.",
        "We were twenty minutes late and they still kept our table. Fantastic.",
        "Cancelled my booking by mistake and they put it back. Brilliant.",
        # a noun, not a wait
        "Comfy chairs and magazines in the waiting room, nice.",
        # thanks that are meant
        "Thanks for sorting my refund so quickly.",
        "Thanks a lot for the help yesterday!",
        # an opening that is meant: nothing went wrong, or it was put right
        "Wow, what amazing service, they found my lost bag within the hour.",
        "Oh lovely, the cake arrived a day early.",
        "Love being able to book online at midnight.",
        "Great, another visit with no queue at all.",
        # the story turned after a "but", or someone waited for the customer
        "Train cancelled, but they had a taxi waiting for us within minutes. impressive",
        "The driver saw my gate was open and waited until I got home. really kind",
    ],
)
def test_praise_that_is_meant_is_no_irony(text):
    assert not ironic(text), text
    assert IRONY not in analyse(text).reasons


def test_a_timetable_of_delays_is_no_repeated_word_spam():
    text = "18:05 now 18:37 now 18:52 now 19:10 now 19:25 now cancelled"
    lower = text.lower()
    words = learn.tokens(lower)
    kinds = spam_rules.spam_kinds(lower, words, set(words), learn.pairs(words), 0.0)
    assert not any("repeated" in kind for kind in kinds), kinds
    # a word typed over and over still is
    text = "win win win win win win win"
    words = learn.tokens(text)
    kinds = spam_rules.spam_kinds(text, words, set(words), learn.pairs(words), 0.0)
    assert "the word 'win' repeated 7 times" in kinds


# Praise said by denying a doubt ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You won't be disappointed.",
        "Book it, you will not regret it.",
        "Not a single thing wrong with our stay.",
        "Nothing at all wrong with the repair, runs like new.",
        "Couldn't find a single thing to complain about.",
        "Honestly nothing to dislike about this gym.",
        "Hard to beat for the price.",
        "You won't find better coffee in town.",
        "Would recommend without hesitation.",
        "The room was small but the view more than made up for it.",
    ],
)
def test_praise_said_by_denying_a_doubt_reads_positive(text):
    result = analyse(text)
    assert result.sentiment == "positive", (text, result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        # the denial comes before the complaint that counts
        "Nothing wrong with the food but the service was painfully slow.",
        "You won't be disappointed by the view, but the room was filthy and the staff rude.",
        # the same words, no praise
        "I couldn't find anything to eat on the menu.",
        "They couldn't find my booking and sent us away.",
        "I was disappointed and I regret booking it.",
    ],
)
def test_the_same_words_in_a_complaint_are_no_praise(text):
    result = analyse(text)
    assert result.sentiment != "positive", (text, result.reasons)
    assert "a problem put right, or praise by denial" not in result.reasons


# A complaint asked as a question -----------------------------------------------------

GRIEVANCE = "a complaint asked as a question"


@pytest.mark.parametrize(
    "text",
    [
        "Why do I have to ring a premium number just to cancel?",
        "why does every parcel go to the depot first when I'm in all day",
        "Why is there never anyone on the pharmacy counter after 4?",
        "Where is my refund??? It's been a month",
        "Is anyone actually answering the phones at the surgery today?",
        "How is it acceptable to charge for tap water?",
        "When are you going to reply to my email from last week?",
        "Scratched my car in your car park, who pays for this?",
        "Is it too much to ask for a clean towel?",
    ],
)
def test_a_complaint_asked_as_a_question_reads_negative(text):
    result = analyse(text)
    assert GRIEVANCE in result.reasons, (text, result.reasons)
    assert result.sentiment == "negative", (text, result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Where is the nearest branch to the station?",
        "Where is my order? Just checking, no rush.",
        "How long does a delivery usually take?",
        "When will you reopen after the refit?",
        "Is anyone free to do a trim on Saturday?",
        "Do you do gift vouchers?",
        "Who do I ask about a group booking?",
    ],
)
def test_a_question_asking_for_information_is_no_complaint(text):
    result = analyse(text)
    assert GRIEVANCE not in result.reasons, (text, result.reasons)
    assert result.sentiment != "negative", (text, result.reasons)
