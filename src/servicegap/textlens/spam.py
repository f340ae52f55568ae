"""Spam kinds: links with promotions, sales phone numbers, gibberish, off-topic text
(a comment about a film), one word repeated many times."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from servicegap.textlens import learn

_LINK = re.compile(
    r"https?://|\bwww\.|(?<=[a-z0-9])\.(?:com|net|org|io|biz|info|xyz|ru|shop|site|online|"
    r"top|club|ly)\b"
)
_TLD = re.compile(r"\.(?:com|net|org|io|biz|info|xyz|ru|shop|site|online|top|club|ly)\b")
# Promotion words and word pairs (on the comment's tokens, numbers as '<n>').
_PROMO_WORDS = learn.wordset(
    "discount promo promotion coupon crypto bitcoin forex casino betting viagra cialis loan "
    "loans seo backlink backlinks followers whatsapp telegram wholesale subscribe giveaway "
    "winner dating"
)
_PROMO_PAIRS = frozenset(
    [
        "buy now",
        "order now",
        "<n> off",
        "free gift",
        "free trial",
        "free iphone",
        "free money",
        "free followers",
        "free shipping",
        "free samples",
        "click here",
        "click the",
        "click below",
        "click now",
        "limited offer",
        "time offer",
        "special offer",
        "act now",
        "earn <n>",
        "make money",
        "from home",
        "cheap pills",
        "investment opportunity",
        "dm me",
        "best price",
        "our site",
        "our website",
        "my website",
        "my channel",
        "my page",
        "out my",
        "have won",
        "congratulations you",
        "hot singles",
    ]
)
_PHONE = re.compile(r"\+?\d[\d ().-]{7,}\d")
_CALL = re.compile(r"\b(?:call|text|whatsapp|contact|ring|dial|sms)\b")
_FILM_WORDS = learn.wordset(
    "movie movies film films trailer episode episodes netflix sequel prequel actor actors "
    "actress cinema soundtrack spoiler spoilers plot finale screenplay blockbuster oscar "
    "starring series"
)
# a word of four or more consonants, or a run of five inside a word
_CONSONANTS = re.compile(r"[bcdfghjklmnpqrstvwxz]{4}")
_GARBLED = re.compile(r"\b[bcdfghjklmnpqrstvwxz]{4,}\b|[bcdfghjklmnpqrstvwxz]{5,}")


def spam_kinds(
    lower: str,
    words: Sequence[str],
    wordset: frozenset[str] | set[str],
    pairs: Sequence[str],
    service_hits: float,
) -> list[str]:
    """The spam kinds this text shows (empty when it is not spam by rule)."""
    kinds: list[str] = []
    link = "http" in lower or "www." in lower or bool(_TLD.search(lower) and _LINK.search(lower))
    promo = (
        0
        if wordset.isdisjoint(_PROMO_WORDS) and _PROMO_PAIRS.isdisjoint(pairs)
        else len(wordset & _PROMO_WORDS) + len(_PROMO_PAIRS.intersection(pairs))
    )
    if link and (promo or service_hits == 0):
        kinds.append("a link with a promotion" if promo else "a link and nothing about the visit")
    elif promo and (service_hits < 2 or promo >= 2):
        kinds.append("a promotion")
    phone = "<n>" in wordset and _PHONE.search(lower)
    if (
        phone
        and sum(ch.isdigit() for ch in phone.group(0)) >= 9
        and (promo or (_CALL.search(lower) and service_hits < 2))
    ):
        kinds.append("a phone number for sales")
    n = len(words)
    if n >= 5 and len(wordset) * 2 <= n + 2:
        word, count = Counter(words).most_common(1)[0]
        if count >= 5 and count * 2 >= n:
            kinds.append(f"the word '{word}' repeated {count} times")
    if _CONSONANTS.search(lower) and _GARBLED.search(lower):
        garbled = {m.group(0) for m in _GARBLED.finditer(lower)}
        odd = sum(1 for w in words if w in garbled or any(g in w for g in garbled))
        alpha = sum(1 for w in words if w.isalpha())
        if odd * 2 > alpha or (alpha == 1 and len(lower.strip()) >= 12):
            kinds.append("gibberish")
    if service_hits < 1 and len(wordset & _FILM_WORDS) >= 2:
        kinds.append("off-topic (about a film or show)")
    return kinds
