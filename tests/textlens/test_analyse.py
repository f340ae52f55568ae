"""The comment analysis library on our own hand-written comments, one test per signal."""

from __future__ import annotations

import dataclasses
import logging

import pytest

from servicegap.textlens import Analysis, analyse, analysis, learn
from servicegap.textlens.analysis import MAX_CHARS

NO_TOPICS: frozenset[str] = frozenset()


def test_the_delivery_question_answered_with_call_back_later_is_a_negative_process_and_people_comment():
    result = analyse(
        "I asked the shop where my delivery had got to and the woman on the phone told me "
        "to call back in 20 minutes."
    )
    assert result.sentiment == "negative"
    assert {"process", "people"} <= result.topics
    assert result.score < 0
    assert "mentions waiting time" in result.reasons


def test_asking_a_birthday_flower_customer_when_the_funeral_is_loses_a_five_year_customer():
    result = analyse(
        "Ordered flowers for my mum's birthday and the assistant asked me when the funeral "
        "was. Five years I have been a customer and I am done."
    )
    assert result.sentiment == "negative"
    assert "people" in result.topics
    assert result.churn_signal is True
    assert "says they will not return" in result.reasons


def test_a_plain_description_of_a_wait_is_negative_although_it_has_no_feeling_words():
    result = analyse("We sat 40 minutes before anyone took our order")
    assert result.sentiment == "negative"
    assert "process" in result.topics


@pytest.mark.parametrize(
    ("text", "waiting"),
    [
        ("We were 20 minutes late and nobody minded", False),
        ("I was running late and they fitted me in anyway", False),
        ("we arrived late, our fault, and the table was still ours", False),
        ("The plumber arrived two hours late", True),
        ("the bus was late again", True),
        ("our flowers were delivered late", True),
    ],
)
def test_the_customer_s_own_lateness_is_no_wait(text, waiting):
    assert ("mentions waiting time" in analyse(text).reasons) is waiting


def test_something_that_never_happened_is_negative():
    result = analyse("The replacement they promised never arrived.")
    assert result.sentiment == "negative"
    assert "says something never happened" in result.reasons


def test_having_to_ask_repeatedly_is_negative():
    result = analyse("I asked for the bill three times.")
    assert result.sentiment == "negative"
    assert "had to ask more than once" in result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "I was on hold for forty minutes with the clinic and then they hung up on me.",
        "Rang the florist three times, got transferred twice and nobody called back.",
        "Still no reply from the hotel about my booking, I have emailed every day.",
    ],
)
def test_phone_and_counter_contact_is_about_people_as_well_as_process(text):
    result = analyse(text, model=learn.RULES)
    assert {"people", "process"} <= result.topics
    assert result.sentiment == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Still no reply about my deposit.",
        "The booking page is not working and I cannot get through on the phone.",
        "My appointment was rescheduled again and now I am stuck until March.",
    ],
)
def test_plain_facts_of_contact_and_cancellation_read_negative(text):
    assert analyse(text).sentiment == "negative"


def test_a_word_of_contact_counts_for_both_people_and_process_in_the_rules():
    from servicegap.textlens.topics import rule_topics

    hits = rule_topics({"on", "hold", "again"}, ["on hold", "hold again"])
    # 'hold' (1 each) and the pair 'on hold' (1 each); nothing about the product
    assert hits == {"people": 2.0, "process": 2.0, "product": 0.0}


def test_a_table_given_away_is_a_process_complaint():
    result = analyse("They gave our table away")
    assert result.sentiment == "negative"
    assert result.topics == frozenset({"process"})


def test_negation_turns_a_negative_word_around():
    assert analyse("Not bad at all").sentiment == "positive"
    assert analyse("Not bad at all").score > 0
    assert analyse("The soup wasn't cold and nothing was missing.").sentiment != "negative"
    assert analyse("No wait at all, we were seated at once.").sentiment == "positive"


def test_contrast_the_clause_after_but_weighs_more():
    result = analyse("The food was great but the waiter was rude")
    assert result.sentiment == "negative"
    assert result.topics == frozenset({"people", "product"})
    reversed_ = analyse("The waiter was a bit slow but the food was wonderful")
    assert reversed_.sentiment == "positive"


@pytest.mark.parametrize(
    ("text", "sentiment"),
    [
        ("😡😡😡", "negative"),
        ("👎", "negative"),
        ("👍😊", "positive"),
        ("Lovely evening ❤️", "positive"),
    ],
)
def test_emoji_carry_sentiment(text, sentiment):
    assert analyse(text).sentiment == sentiment


@pytest.mark.parametrize(
    ("text", "language", "sentiment"),
    [
        ("Le service était très lent et le plat était froid.", "fr", "negative"),
        ("Personnel adorable, repas délicieux.", "fr", "positive"),
        ("Esperamos una hora y la comida llegó fría.", "es", "negative"),
        ("La atención fue excelente y muy rápida.", "es", "positive"),
        ("The room was spotless and the staff were lovely.", "en", "positive"),
    ],
)
def test_french_and_spanish_basics(text, language, sentiment):
    result = analyse(text)
    assert result.language == language
    assert result.sentiment == sentiment


def test_a_given_language_wins_over_detection_and_is_reduced_to_its_code():
    assert analyse("The food was good", "en-GB").language == "en"
    assert analyse("Très bon repas", "FR").language == "fr"


@pytest.mark.parametrize(
    "text",
    [
        "We won't be back.",
        "I will never set foot in that shop again.",
        "I'll take my business elsewhere.",
        "Closing my account tomorrow.",
        "Switching to a competitor next month.",
        "That was our last visit.",
        "Time to find a new dentist.",
        "You have lost a customer.",
        "Je ne reviendrai jamais.",
        "Je vais résilier mon abonnement.",
        "Nunca más vuelvo a este sitio.",
        "No volveré a pedir aquí.",
    ],
)
def test_churn_signals_in_many_phrasings(text):
    result = analyse(text)
    assert result.churn_signal is True
    assert result.sentiment == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "We will definitely be back!",
        "Can't wait to come back.",
        "Wouldn't hesitate to come back.",
        "The waiter came back with our coats.",
        "Volveremos pronto, muy buena comida.",
    ],
)
def test_coming_back_happily_is_no_churn_signal(text):
    assert analyse(text).churn_signal is False


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Limited offer! 70% off designer bags at www.bagsale-outlet.shop",
            "a link with a promotion",
        ),
        ("Call 07700 900 456 now for cheap car insurance", "a phone number for sales"),
        ("qzxv bnmkl trwpq", "gibberish"),
        (
            "Loved the new film, the actor was great and the trailer for the sequel is out",
            "off-topic (about a film or show)",
        ),
        ("buy buy buy buy buy buy", "the word 'buy' repeated 6 times"),
    ],
)
def test_spam_kinds(text, kind):
    result = analyse(text)
    assert result.spam is True
    assert "spam: " + kind in result.reasons
    assert result.topics == NO_TOPICS
    assert result.churn_signal is False


@pytest.mark.parametrize(
    "text",
    [
        "The photo of the broken vase is at https://example.org/p.jpg, the driver dropped it",
        "Please call me back on 07700 900 456 about my missing order",
        "Good good food, good staff.",
        "Watched a film in the hotel room, the bed was comfortable.",
    ],
)
def test_a_real_comment_with_a_link_a_number_or_a_film_is_not_spam(text):
    assert analyse(text).spam is False


@pytest.mark.parametrize("text", ["", "   \n\t ", b"", None])
def test_empty_text_is_neutral_without_topics_or_signals(text):
    result = analyse(text)
    assert (result.sentiment, result.score, result.topics) == ("neutral", 0.0, NO_TOPICS)
    assert result.churn_signal is False
    assert result.spam is False
    assert result.model_version == "rules"


@pytest.mark.parametrize("text", [".", "...", "-", "—", "\u200b", "\ufeff", "!!!"])
def test_text_without_a_word_is_neutral_without_topics_or_signals(text):
    """The learned layer alone, with no word to read, would lean on its intercepts."""
    result = analyse(text)
    assert (result.sentiment, result.score, result.topics) == ("neutral", 0.0, NO_TOPICS)
    assert (result.churn_signal, result.spam, result.model_version) == (False, False, "rules")
    assert "no words" in result.reasons


@pytest.mark.parametrize(
    "text", ["n/a", "N.A.", "None", "No comment.", "Nothing to add", "R.A.S.", "Rien", "Nada"]
)
def test_a_placeholder_says_nothing(text):
    result = analyse(text)
    assert (result.sentiment, result.score, result.topics) == ("neutral", 0.0, NO_TOPICS)
    assert "nothing said" in result.reasons


@pytest.mark.parametrize(
    ("text", "sentiment"), [(":(", "negative"), (":'(", "negative"), (":)", "positive")]
)
def test_an_emoticon_alone_is_read_by_vader(text, sentiment):
    """No word, but VADER knows the emoticon: its score, without the learned layer."""
    result = analyse(text)
    assert result.sentiment == sentiment
    assert result.model_version == "rules"


def test_a_placeholder_with_an_emoticon_is_read():
    assert "nothing said" not in analyse("No :(").reasons


def test_a_placeholder_inside_a_comment_is_read_as_the_comment():
    assert analyse("No comment on the food, but the waiter was rude").sentiment == "negative"


def test_a_long_run_of_emoji_scores_as_vadersentiment_does():
    """Each emoji becomes its description (three words or so); VADER lowers the whole
    text again for every sentiment word, which took seconds on 2,000 emoji."""
    from servicegap.textlens import sentiment

    text = "😂👍" * 60
    assert sentiment.vader(text) == sentiment.plain_vader(text)
    assert analyse("😂" * 10_000).sentiment == "positive"


def test_text_over_ten_thousand_characters_is_analysed_on_the_first_ten_thousand():
    head = "The waiter was rude and we waited an hour. "
    text = (head * (50_000 // len(head) + 1))[:50_000]
    assert len(text) == 50_000
    result = analyse(text)
    assert f"analysed the first {MAX_CHARS:,} of 50,000 characters" in result.reasons
    assert result.sentiment == "negative"
    # what is past the cut changes nothing
    assert analyse(text[:MAX_CHARS] + " Never again, closing my account.").churn_signal is False


def test_invalid_utf8_bytes_are_dropped_with_a_reason_and_a_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="servicegap.textlens"):
        result = analyse(b"The soup was cold \xff\xfe and the waiter was rude")
    assert "text was not valid UTF-8; undecodable bytes dropped" in result.reasons
    assert result.sentiment == "negative"
    assert "not valid UTF-8" in caplog.text


def test_valid_utf8_bytes_are_read_as_text():
    result = analyse("Très bon accueil, délicieux".encode())
    assert result.language == "fr"
    assert result.sentiment == "positive"
    assert not any("UTF-8" in r for r in result.reasons)


def test_control_characters_are_removed():
    result = analyse("Great\x00 food\x07 and\x1b friendly\x7f staff")
    assert result.sentiment == "positive"
    assert "control characters removed" in result.reasons
    assert "people" in result.topics


def test_a_corrupt_model_file_falls_back_to_the_rules_with_a_warning(tmp_path, caplog):
    path = tmp_path / "model.json"
    path.write_bytes(b"\x00\x01 not a model")
    with caplog.at_level(logging.WARNING, logger="servicegap.textlens"):
        result = analyse("We sat 40 minutes before anyone took our order", model=path)
    assert result.model_version == "rules"
    assert result.sentiment == "negative"
    assert "rule layers only" in caplog.text


def test_a_missing_model_file_falls_back_to_the_rules(tmp_path):
    result = analyse("Lovely staff", model=tmp_path / "nowhere.json")
    assert result.model_version == "rules"
    assert result.sentiment == "positive"


def test_a_broken_model_object_falls_back_to_the_rules(caplog):
    broken = learn.TextModel(version="v9", weights={"staff": (1.0,)}, intercepts=(0.0,) * 8)
    with caplog.at_level(logging.WARNING, logger="servicegap.textlens"):
        result = analyse("Lovely staff", model=broken)
    assert result.model_version == "rules"
    assert result.sentiment == "positive"


def test_the_rules_model_skips_the_learned_layer_and_the_default_uses_the_base_model():
    assert analyse("Lovely staff", model=learn.RULES).model_version == "rules"
    assert analyse("Lovely staff").model_version == analysis.BASE_VERSION


def test_an_analysis_is_frozen_and_complete():
    result = analyse("The staff were lovely")
    assert isinstance(result, Analysis)
    assert -1.0 <= result.score <= 1.0
    assert result.reasons and all(isinstance(r, str) for r in result.reasons)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.spam = True  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "The waiter was GREAT but the food was NOT good!!!",
        "kind of nice, kind of slow",
        "No no no, never again??",
        "Not bad at all :)",
        "ALL CAPS AND VERY ANGRY",
        "the room was ok... but honestly? not worth it",
        "Lovely staff 😍 but a long wait",
        "I was on hold for 40 minutes, absolutely the worst",
        "nothing here is in the lexicon",
        "The cake was to die for, yeah right",
        "It was kind of good and sort of bad, the bomb",
        "Not the worst, NOT the BEST, barely ok!!",
        "Très bon accueil 😀 mais le serveur était IMPOLI 😡!!",
        "Café frío 👎 but the waiter was kind of nice👍👍",
        "😂😂 no ❤️ at all, NOT good",
        "ÉNORME déception",
        "I ❤ this place but 💩 service!",
    ],
)
def test_the_vader_shortcuts_score_exactly_as_vadersentiment(text):
    from servicegap.textlens import sentiment

    assert sentiment.vader(text) == sentiment.plain_vader(text)
    assert sentiment._VADER.polarity_scores(text) == sentiment._PLAIN_VADER.polarity_scores(text)


@pytest.mark.parametrize(
    "text",
    [
        "The food was good",  # nothing before "good" that VADER's checks look at
        "The food was not good",  # a negator one, two or three words before
        "not the food good",
        "not at all the good",
        "I didn't find it good",  # a contraction
        "It wasnt very good",
        "The food was VERY GOOD and the staff kind",  # a booster, capitals
        "Without doubt the best",
        "Never so happy with a meal",
        "It was the least good",
        "At least it was good",
        "No good, no no",
        "It is kind of good",
        "sort of good",  # an idiom's words
        "yeah right, good",
        "the bomb, good",
        "this food is good",  # "this" before a word is emphasis in VADER
        "GREAT food",  # capitals, some words only
        "Great food but rude staff",
    ],
)
def test_vader_s_shortcut_for_words_nothing_can_change_scores_as_vadersentiment(text):
    """A sentiment word with no negator, booster, idiom word or other word VADER's checks
    look for among the three before it takes its own valence at once; the others go
    through every check."""
    from servicegap.textlens import sentiment

    assert sentiment.vader(text) == sentiment.plain_vader(text)


@pytest.mark.parametrize(
    ("text", "sentiment"),
    [
        # a problem put right, something early, in French and Spanish
        ("bruit du moteur réglé du premier coup, merci", "positive"),
        ("lo arreglaron a la primera, otros talleres no daban con ello", "positive"),
        ("cancelamos a última hora y no nos cobraron nada", "positive"),
        ("colis arrivé deux jours plus tôt que prévu", "positive"),
        ("el pedido llegó antes de lo previsto", "positive"),
        # suggestions, questions and lukewarm comments are neutral
        ("estaría bien poder reservar por la web", "neutral"),
        ("deberían avisar cuando el coche esté listo", "neutral"),
        ("l'appli gagnerait à afficher la conso plus clairement", "neutral"),
        ("¿hacen presupuestos a domicilio?", "neutral"),
        ("bien, sin más", "neutral"),
        ("ni bien ni mal, cumple", "neutral"),
    ],
)
def test_french_and_spanish_stories_suggestions_and_lukewarm(text, sentiment):
    result = analyse(text)
    assert result.sentiment == sentiment, (text, result.reasons)
