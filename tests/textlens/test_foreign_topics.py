"""French and Spanish comments name their Ps in words of their own language, for every
kind of business, and French elision ("l'attente", "d'accueil") hides no word (issue 25).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from servicegap.textlens import analyse, learn, topics


def heard(text: str) -> set[str]:
    words = learn.tokens(text.lower())
    hits = topics.rule_topics(set(words), learn.pairs(words))
    return {p for p, hit in hits.items() if hit >= 1.0}


@pytest.mark.parametrize(
    ("text", "p"),
    [
        ("La coiffeuse était adorable et très professionnelle.", "people"),
        ("Le mécanicien nous a tout expliqué, très serviable.", "people"),
        ("Le pharmacien était désagréable.", "people"),
        ("L'équipe du guichet est toujours accueillante.", "people"),
        ("El fontanero fue muy atento y educado.", "people"),
        ("La cajera fue una maleducada.", "people"),
        ("El encargado ni nos miró.", "people"),
        ("Trois semaines de délai pour un remboursement.", "process"),
        ("L'attente au guichet était interminable.", "process"),
        ("Annulation de mon abonnement impossible en ligne.", "process"),
        ("Esperamos una hora y el pedido llegó frío.", "process"),
        ("La devolución tardó dos meses.", "process"),
        ("Cancelaron la cita sin avisar.", "process"),
        ("La viande était immangeable et les frites brûlées.", "product"),
        ("Le chauffage ne marchait pas dans les chambres.", "product"),
        ("L'écran du téléphone était cassé à la livraison.", "product"),
        ("La habitación estaba sucia y la ducha rota.", "product"),
        ("El coche salió del taller con el asiento dañado.", "product"),
        ("Sin cobertura ni señal en todo el barrio.", "product"),
    ],
)
def test_french_and_spanish_words_name_their_p(text, p):
    assert p in heard(text), text
    assert p in analyse(text).topics, text


def test_an_elided_article_does_not_hide_the_word():
    assert heard("l'attente") == heard("attente") == {"process"}
    assert heard("d'accueil") == heard("accueil") == {"people"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ordered a cola and a burger.", {"product"}),  # not Spanish "cola" (a queue)
        ("I was in so much pain after the filling.", set()),  # not French "pain" (bread)
        ("Filled in the application, then nothing.", set()),  # not French "application"
    ],
)
def test_english_words_spelt_like_french_or_spanish_ones_keep_their_english_sense(text, expected):
    assert heard(text) == expected, text
