"""Language detection for English, French and Spanish by counting common short words."""

from __future__ import annotations

from collections.abc import Iterable

_STOPWORDS = {
    "en": "the and was were is are to of it in for with my we our they this that not no but "
    "at on you your have had has be been very so i me an a there their would will what when "
    "where why how did didn't don't can't won't",
    "fr": "le la les et est était des du un une pour avec nous vous je ne pas très mais dans "
    "sur mon ma mes notre nos au aux c'est qui que ce cette il elle ont sont été j'ai plus "
    "jamais rien trop bien",
    "es": "el la los las y es era fue un una para con nosotros yo no muy pero en mi mis "
    "nuestro nuestra del al que se lo le por como más nunca nada está estaba son hemos tengo "
    "bien",
}
CODES = tuple(_STOPWORDS)
# each language's common words, in the order of CODES
_SETS = tuple(frozenset(_STOPWORDS[code].split()) for code in CODES)
_MARKS = {"é": 1, "è": 1, "ê": 1, "à": 1, "ç": 1, "ù": 1, "ñ": 2, "¿": 2, "¡": 2, "ó": 2, "í": 2}


def detect(words: Iterable[str], text: str = "") -> str | None:
    """The most likely of en/fr/es, or None when no common word says anything."""
    if not isinstance(words, (set, frozenset)):
        words = set(words)
    counts = [len(common.intersection(words)) for common in _SETS]
    if not text.isascii():
        for mark, i in _MARKS.items():
            if mark in text:
                counts[i] += 1
    best = max(counts)
    if best == 0:
        return None
    # ties go to English, then French
    return CODES[counts.index(best)]


def normalise(code: str | None) -> str | None:
    """'en-GB' -> 'en'; blank -> None."""
    if not code:
        return None
    code = code.strip().lower().replace("_", "-").split("-")[0]
    return code or None
