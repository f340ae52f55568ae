"""Spam and its look-alikes of issue 25's fifth development round: a lone word an offer
shares with customers ("discount", "loan", "WhatsApp") said in the customer's own voice,
talk to the other readers instead of the business, politics told in three words, sellers
of essays and guest posts, a film loved, a keyboard chunk typed twice. Every sentence was
written for these tests; each rule has its look-alikes beside it."""

from __future__ import annotations

import pytest

from servicegap.textlens import analyse, learn
from servicegap.textlens import sentiment as sent
from tests.textlens.test_value_and_addresses import kinds

# A lone offer word in the customer's own voice -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Is there a discount if we order flowers for the office every week?",
        "I came in to talk about a loan and left with a credit card I never wanted.",
        "Me cambiaron la cita por WhatsApp sin avisar, muy mal.",
        "My pensioner discount wasn't applied at the till again.",
        "Can I book the next service over WhatsApp?",
        "Please sort out my refund, it has been three weeks.",
        "I wanted to apply for a loan but the branch was closed all week.",
        "Is a discount available for NHS staff?",
        "We were promised a discount and never got it.",
    ],
)
def test_a_lone_offer_word_in_the_customer_s_voice_is_no_promotion(text):
    assert "a promotion" not in kinds(text, service_hits=1.0), text


@pytest.mark.parametrize(
    "text",
    [
        "Fast loan approval for everyone, whatsapp me for details.",
        "We offer loans with no credit check, low interest.",
        "Loans available today at 2 percent, apply online.",
        "Discount on followers and likes, message me now.",
        "Instant discount on my handmade soaps this weekend only.",
        "Want 50% discount on designer bags?",
        "Loans from my firm at 2% interest, no paperwork.",
    ],
)
def test_a_seller_s_offer_stays_a_promotion(text):
    assert "a promotion" in kinds(text, service_hits=1.0), text


# Talk to the other readers ---------------------------------------------------------------

CROWD = "off-topic (talk to the other readers)"


@pytest.mark.parametrize(
    "text",
    [
        "Does anyone know where I can get tickets for the derby?",
        "Anyone selling two tickets for the gig on Friday?",
        "Anybody fancy a five-a-side game on Thursday?",
        "Quelqu'un sait où trouver des billets pour le concert de samedi ?",
    ],
)
def test_talk_to_the_other_readers_is_off_topic(text):
    assert CROWD in kinds(text, service_hits=0.0), text


@pytest.mark.parametrize(
    "text",
    [
        # a complaint asked as a question, about the business's own staff
        "Is anyone actually reading my emails?",
        "Not once did anyone make us feel rushed.",
        # spoken to the business, or of the service
        "Does anyone know if you open on bank holidays?",
        "Is anyone else going to the tasting evening on Friday?",
        # a question about the business itself, asked of the other customers
        "Does anybody know when the branch opens on Sunday?",
        "Anybody know if the pharmacy has flu jabs yet?",
        "Alguien sabe si la farmacia abre el domingo?",
        "Quelqu'un sait si la boulangerie de la gare rouvre lundi ?",
    ],
)
def test_look_alikes_of_talk_to_the_other_readers_are_comments(text):
    assert CROWD not in kinds(text, service_hits=0.0), text


# Politics in three words, whatever service word comes by chance ---------------------------

CHATTER = "off-topic (politics, faith or the stars)"


@pytest.mark.parametrize(
    "text",
    [
        "Did anyone see the debate? Both candidates were useless, nobody votes any more.",
        "The election was rigged and the papers won't say so. Wake up people!",
    ],
)
def test_three_words_of_politics_are_off_topic_beside_a_chance_service_word(text):
    assert CHATTER in kinds(text, service_hits=1.0), text


@pytest.mark.parametrize(
    "text",
    [
        "Polling station in your church hall was well run, the staff were lovely.",
        "The debate night in the function room ran late but the bar staff kept smiling.",
        "Thank God for the staff here, we pray for them every Sunday at church.",
        "The minister at our church recommended you and thank God he did, brilliant plumber.",
        "Oh my God, the taxes on this bill are insane, I'm voting with my feet.",
    ],
)
def test_two_words_of_politics_beside_the_service_are_a_comment(text):
    assert CHATTER not in kinds(text, service_hits=1.0), text


# Sellers of essays and guest posts, a film loved, a keyboard chunk typed twice -----------


@pytest.mark.parametrize(
    "text",
    [
        "Get your essay written by an expert, plagiarism free, any subject in 24 hours.",
        "We write essays and dissertations for students, fast delivery.",
        "Nice post! I accept guest posts on my travel site for a small fee.",
        "I love this movie so much, the last scene gets me every time.",
        "qwertyqwerty",
    ],
)
def test_sellers_a_film_loved_and_mashing_are_spam(text):
    assert analyse(text).spam, (text, analyse(text).reasons)


@pytest.mark.parametrize(
    "text",
    [
        "My daughter wrote her whole essay in your café, the staff kept the tea coming.",
        "I loved the show at your theatre last night, great seats and quick bar service.",
        "The hairdresser fixed a small fee mistake on the bill without any fuss, thanks.",
        "Bought a tyre and the fitter was great, qwerty keyboard on the card machine is odd though.",
        # one essay word, a fee, an audit: a customer's
        "Quiet place to write my essay, good coffee.",
        "The library printed my dissertation for a small fee.",
        "They did a free audit of our energy use and found we were overpaying.",
        "My son did his coursework and assignments at your café all term, lovely staff.",
        "Gagnez du temps : commandez la veille, c'est prêt à 8h.",
    ],
)
def test_their_look_alikes_are_comments(text):
    assert not analyse(text).spam, (text, analyse(text).reasons)


# A change of details sent through the form ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I moved house last month, please update my address to 9 Orchard Row.",
        "Please note our new delivery gate code is 5512, the old one stopped working.",
        "Could you change the email on my account to the one I'm writing from?",
        "Nous avons une nouvelle adresse de facturation, merci de la mettre à jour.",
    ],
)
def test_a_change_of_details_is_neutral_and_no_sign_of_leaving(text):
    result = analyse(text)
    assert (result.sentiment, result.churn_signal) == ("neutral", False), (text, result.reasons)


def test_the_rule_itself_turns_a_change_of_details_neutral():
    # the rules alone (VADER reads "please" as praise), so that the rule is what is tested
    text = "I moved house last month, please update my address to 9 Orchard Row."
    result = analyse(text, model=learn.RULES)
    assert result.sentiment == "neutral" and "a change of details" in result.reasons
    # a complaint beside the change stays one; so does one who leaves
    for text in (
        "Please correct my postcode, the third time I've asked, absolutely useless.",
        "Please note my new address for the final invoice, I'm cancelling after this month.",
    ):
        assert "a change of details" not in analyse(text, model=learn.RULES).reasons, text
        assert "a change of details" not in analyse(text).reasons, text


@pytest.mark.parametrize(
    "text, said",
    [
        ("Kindly change the email on my account, the old address no longer works.", True),
        ("We have just moved house, new address below.", True),
        ("Please note the new door code is 2291.", True),
        ("Courier put a note through with the house number.", False),
        ("I have moved to another supplier.", False),
        ("The code on the voucher didn't work.", False),
        # asking to be forgotten is often the last word of one who leaves
        ("Double-booked again. I've gone elsewhere, please delete my details.", False),
        ("Please update my address for the final bill, we have moved away.", False),
    ],
)
def test_what_a_change_of_details_is(text, said):
    lower = text.lower()
    assert sent.change_of_details(lower, set(learn.tokens(lower))) is said, text


@pytest.mark.parametrize(
    "text",
    [
        # a complaint, leaving, or a note that is no change of details
        "Third time I've asked you to update my address and the bills still go to the old flat.",
        "Please cancel my direct debit, I have moved to another supplier.",
        "Courier left it with the neighbour and put a note through with the house number.",
        "Je change d'opérateur, merci de m'envoyer mon code RIO.",
    ],
)
def test_look_alikes_of_a_change_of_details_are_read_as_before(text):
    assert "a change of details" not in analyse(text).reasons, text


# A promise in scare quotes that did not hold ----------------------------------------------

SCARE = "a promise in scare quotes that did not hold"


@pytest.mark.parametrize(
    "text",
    [
        'Boiler "repaired" on Friday, stone cold again by Sunday. Top work.',
        'The "free" delivery turned out to cost me a £6 handling charge. Lovely.',
        "My 'urgent' appointment is in five weeks apparently. Brilliant.",
        "Le colis « livré » était nulle part, mais merci pour le mail automatique.",
    ],
)
def test_a_promise_in_scare_quotes_that_did_not_hold_is_a_complaint(text):
    result = analyse(text)
    assert result.sentiment == "negative", (text, result.reasons)
    assert SCARE in result.reasons, text


@pytest.mark.parametrize(
    "text",
    [
        # praise beside the quote, "again" and "never" said of the promise kept
        'We booked the "premium" package and would book it again in a heartbeat!',
        'Their "next day" delivery really is next day, never been let down.',
        'Booked the "guaranteed same-day" repair, came at 3pm, brilliant.',
        "The “free” coffee refill is a lovely touch, I'll be back again tomorrow.",
        'Entrega "gratis" de verdad, pero llegó en dos días, otra vez perfecto.',
    ],
)
def test_a_promise_in_scare_quotes_that_held_is_no_irony(text):
    result = analyse(text)
    assert SCARE not in result.reasons and result.sentiment != "negative", (text, result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        # a quoted name or claim that nothing contradicts
        "The 'express' wash was done in ten minutes, great job.",
        'Ordered the "next day" flowers on Monday and they came Tuesday, still fresh a week later.',
        # an apostrophe is no quote
        "That's fixed now but can't say I'm thrilled it took a week.",
        # the praise comes after the quote is borne out
        'We booked the "premium" room and it was worth every penny.',
    ],
)
def test_look_alikes_of_scare_quotes_are_not_irony(text):
    assert SCARE not in analyse(text).reasons, text
