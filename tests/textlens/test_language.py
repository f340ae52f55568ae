"""Which of English, French and Spanish a comment is written in, from its own words."""

from __future__ import annotations

import pytest

from servicegap.textlens import analyse, learn
from servicegap.textlens.language import detect


def read(text: str) -> str | None:
    lower = text.lower()
    return detect(set(learn.tokens(lower)), lower)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # short Spanish that shares "la", "me", "no" and "é" with the others
        ("me pusieron la vacuna equivocada", "es"),
        ("qué bien, otra vez sin luz en la sala", "es"),
        ("no vuelvo, me cobraron de más", "es"),
        ("pues normal, ni bien ni mal", "es"),
        ("préstamos sin aval, llame ya", "es"),
        ("¿abren los domingos?", "es"),
        # short French: elisions and accents Spanish does not write
        ("l'accueil glacial, dommage", "fr"),
        ("vue superbe depuis la fenêtre, on a adoré", "fr"),
        ("coupe ratée, j'y retourne plus", "fr"),
        ("ça va, sans plus", "fr"),
        # English with words French or Spanish also write
        ("I didn't get a call back, no one answered", "en"),
        ("Plus the staff were lovely to me", "en"),
        ("c'mon guys, two hours for a pizza", "en"),
        ("The mayor's office sent me a letter", "en"),
    ],
)
def test_short_comments_are_read_in_their_language(text, code):
    assert read(text) == code


@pytest.mark.parametrize("text", ["", "👍👍", "ok", "12345", "asdf"])
def test_no_common_word_says_nothing(text):
    assert read(text) is None


def test_the_language_read_reaches_the_analysis():
    assert analyse("me atendieron tarde y mal").language == "es"
    assert analyse("l'attente était interminable").language == "fr"
