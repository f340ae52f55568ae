"""Praise of value said by denial ("can't beat it", "never had a bad one", "at no extra
charge") and adverts that send the reader to an address ("pay the fee at…", "…, see
cheapkeys.xyz"), both issue 25. Every sentence was written for these tests; each rule has
its look-alikes beside it."""

from __future__ import annotations

import pytest

from servicegap.textlens import analyse, learn
from servicegap.textlens import sentiment as sent
from servicegap.textlens import spam as spam_rules

PUT_RIGHT = "a problem put right, or praise by denial"
INVITED = "an address to pay, contact or visit"


def service(text: str) -> sent.Service:
    lower = text.lower()
    words = learn.tokens(lower)
    return sent.service_layer(lower, words, set(words), learn.pairs(words), foreign=False)


def kinds(text: str, service_hits: float = 2.0) -> list[str]:
    lower = text.lower()
    words = learn.tokens(lower)
    return spam_rules.spam_kinds(lower, words, set(words), learn.pairs(words), service_hits)


# Praise of value said by denial --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Twelve pounds for two courses and a glass of wine, can't beat it.",
        "A fiver for a haircut this good? You cannot beat the price.",
        "Two nights by the sea for the price of one in town, can't argue with that",
        "We've ordered from them every Friday for two years and never once had a bad one",
        "Been coming to this garage since 2015, never had a bad experience",
        "Pricey, but worth every penny for the view alone.",
        "The tasting menu is well worth it.",
        "They swapped the faulty kettle for a new one at no extra charge.",
        "The physio added ten minutes to the session without charging me extra.",
        "Forgot my card and the café didn't charge us for the coffees, bless them.",
    ],
)
def test_praise_of_value_said_by_denial_reads_positive(text):
    facts = service(text)
    assert facts.put_right, text
    assert PUT_RIGHT in facts.reasons
    result = analyse(text)
    assert result.sentiment == "positive", (text, result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        # the same words, denied or wished for
        "Not worth every penny, the room was tiny and the shower was cold.",
        "Hardly worth every penny they charge, the portions have shrunk.",
        "Never had a bad meal here until tonight, the fish was off.",
        "You can't beat the queues here, they go round the block every morning.",
        "The least they could do is fix it at no extra charge after breaking it twice.",
        "They said it was free of charge and then billed me forty pounds.",
        "I can't argue with the manager, he just walks off.",
        "They never listen and you can't argue with them.",
        "Overpriced and rude staff, well worth a miss.",
        "Never had a bad meal here. Until tonight, that is: the fish was off.",
        "They said it would be free of charge and then billed me forty pounds.",
    ],
)
def test_look_alikes_of_praise_of_value_are_not_praise(text):
    assert not service(text).put_right, text


# Adverts that send the reader to an address --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Your delivery is on hold, pay the 2.49 redelivery fee at parcel-hold.example",
        "Votre abonnement a expiré, répondez au formulaire ici : renouveler-vite.fr",
        "Your streaming plan payment failed, update your card at stream-billing.click",
        "Your card has been locked, verify your details at secure-login.test today",
        "Votre compte est bloqué, confirmez vos informations sur banque-aide.example.fr",
        "Reparamos tu móvil en una hora, visita arreglo-rapido.example",
        "Cheap software keys for every office suite, see keyshop.xyz",
        "Same-day boiler cover for your home, contact fixit-now.click today",
        "Tired of waiting for your parcel? Track it live, parcelwatch.top",
        "Room upgrades for members only, register at stayclub.example.",
    ],
)
def test_an_address_to_pay_contact_or_visit_is_spam_even_beside_service_words(text):
    assert INVITED in kinds(text, service_hits=2.0), text
    assert analyse(text).spam, text


@pytest.mark.parametrize(
    "text",
    [
        # the customer on the business's site, or giving their own address
        "I tried to pay at mybank.example but the page froze three times",
        "Can't log in on my.energy.example since the update, the reset email never comes",
        "Please email me at sam.lee@mail.example about the refund, I'm away next week",
        "Plz contact jo.w@inbox.example, still waiting on the repair quote",
        "Your website bookings.example says open until ten but the door was locked at nine",
        "Order was late again, I checked the tracking on parcels.example twice",
        "Booked through rooms.example, the room was lovely and the staff were kind",
        "I emailed help@shop.example three times and nobody has replied",
        "Ordered the flat-pack desk from desk-world.example and two legs were missing",
        # a warning to other customers, and a full stop with no space after it
        "Don't order from fastparcel.example, my parcel never came.",
        "Check out the band.Live music every Friday and the food was great.",
    ],
)
def test_look_alikes_of_an_address_to_visit_are_not_that_spam(text):
    assert INVITED not in kinds(text, service_hits=2.0), text
    assert not kinds(text, service_hits=2.0), text


@pytest.mark.parametrize(
    "text",
    [
        "the quick brown fox jumps over the lazy dog",
        "The quick brown fox, again",
        "just checking the form works",
        "random words here, just testing the comment box",
    ],
)
def test_the_typists_sentence_and_just_checking_are_tests_of_the_form(text):
    assert "a test of the form" in kinds(text, service_hits=0.0), text


@pytest.mark.parametrize(
    "text",
    [
        "Just checking the booking went through for Friday, table for four",
        "The fox and hounds next door does better chips, quick and brown and crispy",
        "Just testing whether the new card works here, it was declined at the till",
        "Just checking the page is right, do you open on Sundays?",
        "I was just checking the form for my refund and it crashed twice, nobody replied",
    ],
)
def test_look_alikes_of_a_test_of_the_form_are_real_comments(text):
    assert "a test of the form" not in kinds(text, service_hits=1.0), text


# Chatter about politics, faith or the stars ---------------------------------------------

CHATTER = "off-topic (politics, faith or the stars)"


@pytest.mark.parametrize(
    "text",
    [
        "The government keeps raising taxes and nobody in parliament listens.",
        "Pray every morning and keep faith, better days are coming.",
        "Gemini and Libra are the best match of the zodiac, trust me.",
        "Le gouvernement a encore perdu les élections, quelle surprise.",
        "Hoy el horóscopo dice que Dios está de mi lado, por fin.",
        # "you" alone is no business spoken to
        "God bless you and your family, pray for the election and vote with faith.",
        "Your horoscope today: Aries and Leo, open your heart to the stars.",
        # "open soon" that speaks to nobody is no business spoken to
        "Polls open soon, vote for the opposition, the government lied about taxes.",
        "Churches reopen soon, praise God, pray for the president.",
    ],
)
def test_talk_of_politics_faith_or_the_stars_is_off_topic(text):
    assert CHATTER in kinds(text, service_hits=0.0), text


@pytest.mark.parametrize(
    "text",
    [
        # the weather is the service's own news, and one such word is no chatter
        "Snow again and the 7:10 is cancelled, third time this week.",
        "Thank god the plumber came out on a Sunday, the whole kitchen was flooded.",
        "Lost all faith in this bank after the third blocked payment.",
        "Llegó a tiempo a pesar de la lluvia, muy amable el repartidor.",
        "Voting booth at the church hall was well run, the staff were lovely.",
        # spoken to the business of its own place: a customer's comment
        "God bless you all, the election posters outside are blocking your door though.",
        "Prayers for the minister and the church after the storm, hope you reopen soon.",
        "Dieu vous garde, mais les affiches des élections cachent votre vitrine.",
    ],
)
def test_look_alikes_of_chatter_are_not_off_topic(text):
    assert CHATTER not in kinds(text, service_hits=0.0), text
    assert not analyse(text).spam, text


# Something that never came is no neutral remark -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # VADER reads "no complaints" as praise; the learned layer may read it as calm
        "No complaints desk, nobody to talk to.",
        "No problem with the booking, but the refund never came through.",
    ],
)
def test_something_that_never_came_or_went_unanswered_does_not_read_neutral(text):
    result = analyse(text)
    assert result.sentiment == "negative", (text, result.reasons)


# Where VADER hears no feeling, the learned layer's own praise limit ---------------------


def test_praise_told_as_a_fact_is_held_to_the_fact_limit_not_the_general_one(monkeypatch):
    from servicegap.textlens import analysis

    text = "Our usual table by the window, same order as always."
    assert sent.vader(text) == 0.0 and not service(text).reasons  # the learned layer alone
    score = analysis.analyse(text).score
    assert 0.0 < score < analysis.POSITIVE_FROM  # below the general limit, above this one
    monkeypatch.setattr(analysis, "FACT_POSITIVE_FROM", score - 0.001)
    assert analysis.analyse(text).sentiment == "positive"
    monkeypatch.setattr(analysis, "FACT_POSITIVE_FROM", score + 0.001)
    assert analysis.analyse(text).sentiment == "neutral"
    # and the general limit no longer decides it: far above the score, still positive
    monkeypatch.setattr(analysis, "FACT_POSITIVE_FROM", score - 0.001)
    monkeypatch.setattr(analysis, "POSITIVE_FROM", 0.9)
    assert analysis.analyse(text).sentiment == "positive"


def test_a_comment_with_a_feeling_word_keeps_the_general_praise_limit(monkeypatch):
    from servicegap.textlens import analysis

    text = "Thanks for the reply, but my order is still missing."
    assert sent.vader(text) != 0.0
    before = analysis.analyse(text)
    monkeypatch.setattr(analysis, "FACT_POSITIVE_FROM", -1.0)
    assert analysis.analyse(text).sentiment == before.sentiment == "negative"


@pytest.mark.parametrize(
    "text, missing",
    [
        ("I couldn't find anything to eat on the menu.", True),
        ("We couldn't find anyone to help us at the desk.", True),
        ("I still can't find my order in the app.", True),
        ("I was unable to find my booking in the app.", True),
        ("I didn't find the staff rude at all.", False),
        ("I couldn't find a cheaper deal anywhere, great value.", False),
        ("I couldn't find anything I didn't like.", False),
        ("I couldn't find anything to complain about.", False),
        ("We couldn't find a better hotel for the price.", False),
        ("The driver couldn't find the door, so he rang me, very polite.", False),
    ],
)
def test_something_the_customer_could_not_find_is_a_fact_heard(text, missing):
    facts = service(text)
    assert facts.missing is missing, text
    if missing:  # a fact is heard: the learned layer is not alone, its praise limit is not used
        assert "says something wanted could not be found" in facts.reasons
        assert analyse(text).sentiment != "positive", text
