"""Language detection for English, French and Spanish by counting common short words,
the accents only one of French and Spanish writes, and French elisions (l', d', qu'…)."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Common short words of each language; a word two of them share ("la", "en", "no") is in
# both lists, so that it counts for both.
_STOPWORDS = {
    "en": "the and was were is are to of it in for with my we our they this that not no but "
    "at on you your have had has be been very so i me an there their would will what when "
    "where why how did didn't don't can't won't i'm it's just from got",
    "fr": "le la les et est était des du un une pour avec nous vous je ne pas très mais dans "
    "sur mon ma mes notre nos au aux c'est qui que ce cette il elle ont sont été j'ai "
    "jamais rien trop bien en sans comme chez depuis leur ses cet ces aussi toujours déjà "
    "encore vraiment merci tout tous toute avons suis fait peu bon bonne ni",
    "es": "el la los las y es era fue un una para con nosotros yo no muy pero en mi mis "
    "nuestro nuestra del al que se lo le por como más nunca nada está estaba son hemos tengo "
    "bien me te nos les otra otro otros sin ya ha han hay todo toda todos qué pues este "
    "esta esto ni vez buen buena mal tan también siempre aquí porque gracias cuando hace "
    "desde hasta",
}
CODES = tuple(_STOPWORDS)
# each language's common words, in the order of CODES
_SETS = tuple(frozenset(_STOPWORDS[code].split()) for code in CODES)
# accents that only one of French and Spanish writes ("é" both do), by index in CODES
_MARKS = {**dict.fromkeys("èêàçùâîôûëïœ", 1), **dict.fromkeys("ñ¿¡áóíú", 2)}
# l'accueil, d'hab, qu'il, j'ai, n'est… (French elides before a vowel or h: not "n't")
_ELISION = re.compile(r"(?<![\w'’])(?:[cdjlmnst]|qu)['’][aeiouyhâàéèêîôû]")


def detect(words: Iterable[str], text: str = "") -> str | None:
    """The most likely of en/fr/es, or None when nothing says anything."""
    if not isinstance(words, (set, frozenset)):
        words = set(words)
    counts = [len(common.intersection(words)) for common in _SETS]
    if not text.isascii():
        for i in {i for mark, i in _MARKS.items() if mark in text}:
            counts[i] += 1
    if (counts[1] or not counts[0]) and ("'" in text or "’" in text):
        # (an English comment with no French word: its "don't" is no elision)
        counts[1] += len(_ELISION.findall(text))
    best = max(counts)
    if best == 0:
        # "é" alone ("repas délicieux"): far more often French than Spanish
        return "fr" if "é" in text else None
    # ties go to English, then French
    return CODES[counts.index(best)]


def normalise(code: str | None) -> str | None:
    """'en-GB' -> 'en'; blank -> None."""
    if not code:
        return None
    code = code.strip().lower().replace("_", "-").split("-")[0]
    return code or None
