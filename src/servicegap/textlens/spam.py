"""Spam kinds: links with promotions, sales phone numbers, gibberish, off-topic text
(a comment about a film), one word repeated many times."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_LINK = re.compile(
    r"https?://|\bwww\.|\b[a-z0-9-]+\.(?:com|net|org|io|biz|info|xyz|ru|shop|site|online|"
    r"top|club|ly)\b"
)
_PROMO = re.compile(
    r"\b(?:buy now|order now|discount|\d+\s?% off|promo(?:tion)? code|coupon|free (?:gift|"
    r"trial|iphone|money|followers|shipping|samples?)|click (?:here|the link|below|now)|"
    r"limited (?:time )?offer|special offer|act now|earn \$?\d+|make money|work from home|"
    r"crypto|bitcoin|forex|casino|betting|viagra|cialis|cheap pills|loans?|investment "
    r"opportunity|seo|backlinks?|followers|dm me|whatsapp|telegram|best price|wholesale|"
    r"visit (?:our|my) (?:site|website|page|shop|store)|check out (?:my|our)|subscribe|"
    r"giveaway|winner|you have won|congratulations you|hot singles|dating)\b"
)
_PHONE = re.compile(r"\+?\d[\d ().-]{7,}\d")
_CALL = re.compile(r"\b(?:call|text|whatsapp|contact|ring|dial|sms)\b")
_FILM = re.compile(
    r"\b(?:movie|movies|film|films|trailer|episode|episodes|netflix|box office|sequel|"
    r"prequel|actor|actors|actress|cinema|soundtrack|spoilers?|plot|season finale|"
    r"screenplay|blockbuster|oscar|starring|director's cut|tv show|series)\b"
)
_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüáíóúñ")
_CONSONANT_RUN = re.compile(r"[bcdfghjklmnpqrstvwxz]{5,}")


def spam_kinds(lower: str, words: Sequence[str], service_hits: float) -> list[str]:
    """The spam kinds this text shows (empty when it is not spam by rule)."""
    kinds: list[str] = []
    link = _LINK.search(lower)
    promo = _PROMO.search(lower)
    if link and (promo or service_hits == 0):
        kinds.append("a link with a promotion" if promo else "a link and nothing about the visit")
    elif promo and (service_hits < 2 or len(_PROMO.findall(lower)) >= 2):
        kinds.append("a promotion")
    phone = _PHONE.search(lower)
    if (
        phone
        and sum(ch.isdigit() for ch in phone.group(0)) >= 9
        and (promo or (_CALL.search(lower) and service_hits < 2))
    ):
        kinds.append("a phone number for sales")
    n = len(words)
    if n >= 5:
        word, count = Counter(words).most_common(1)[0]
        if count >= 5 and count * 2 >= n:
            kinds.append(f"the word '{word}' repeated {count} times")
    alpha = [w for w in words if w.isalpha()]
    if alpha:
        garbled = sum(
            1
            for w in alpha
            if len(w) >= 4 and (not any(ch in _VOWELS for ch in w) or _CONSONANT_RUN.search(w))
        )
        if garbled * 2 > len(alpha) or (len(alpha) == 1 and len(alpha[0]) >= 12 and garbled):
            kinds.append("gibberish")
    if service_hits < 1 and len(_FILM.findall(lower)) >= 2:
        kinds.append("off-topic (about a film or show)")
    return kinds
