"""Spam kinds: links with promotions, sales phone numbers, gibberish and keyboard mashing,
placeholder text (lorem ipsum), blog-comment spam ("great article, keep up the good work
admin"), off-topic text (a film, a book, a song, a recipe), loans, pills and weight-loss
offers, one word repeated many times."""

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
        "diet pills",
        "slimming pills",
        "weight loss",
        "lose weight",
        "payday loan",
        "payday loans",
        "fast cash",
        "quick cash",
        "easy cash",
        "credit check",
        "bad credit",
        "instant approval",
        "guaranteed results",
        "extra income",
        "passive income",
        "work from",
        "per week",
        "lose <n>",
        "burn fat",
        "fat burner",
        "male enhancement",
        "enlargement pills",
    ]
)
_PHONE = re.compile(r"\+?\d[\d ().-]{7,}\d")
_CALL = re.compile(r"\b(?:call|text|whatsapp|contact|ring|dial|sms)\b")
_FILM_WORDS = learn.wordset(
    "movie movies film films trailer episode episodes netflix sequel prequel actor actors "
    "actress cinema soundtrack spoiler spoilers plot finale screenplay blockbuster oscar "
    "starring series"
)
# Books, songs and recipes: off-topic unless the comment also speaks of the service.
_CULTURE_WORDS = learn.wordset(
    "novel novels author authors chapter chapters paperback bestseller audiobook album "
    "albums song songs lyrics singer band playlist chorus verse poem poetry guitar "
    "recipe recipes tablespoon tablespoons teaspoon teaspoons tbsp tsp preheat simmer "
    "whisk stir marinate"
)
# The comment spam under blog posts: praise of "the article", thanks to "admin".
_BLOG = re.compile(
    r"\b(?:article|articles|blog|blogs|write-up|writeup)\b"
    r"|\b(?:great|nice|good|informative|excellent|amazing|awesome|wonderful|useful|"
    r"interesting|fantastic|brilliant|superb)\s+(?:\w+\s+)?(?:post(?! office\b)|posts|"
    r"content|read|website|site|information|info)\b"
    r"|\bkeep (?:up the (?:good|great|nice) work|it up|posting|writing|sharing)\b"
    r"|\b(?:dear )?admin\b|\bwebmaster\b|\bthanks? (?:you )?for (?:sharing|posting|"
    r"the (?:article|post|info|information))\b|\bbookmark(?:ed)?\b"
    r"|\bsubscribed? to your\b|\bfollowing your (?:blog|site|posts)\b|\bvery informative\b"
    r"|\bwell written\b|\bi will share\b|\bshared (?:it|this) with my friends\b"
)
_BLOG_WORDS = learn.wordset(
    "article articles blog blogs post posts content website site keep admin webmaster "
    "sharing posting bookmark bookmarked subscribed following informative written shared "
    "writeup"
)
# With something said about the service, only these make the blog test worth running.
_BLOG_STRONG = learn.wordset(
    "article articles blog blogs admin webmaster bookmark bookmarked informative posting "
    "subscribed written"
)
_LOREM = learn.wordset("lorem ipsum dolor amet consectetur adipiscing elit sed eiusmod tempor")
# Rows of English and French keyboards: a word along one of them is keyboard mashing.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qsdfghjklm", "wxcvbn")


_ALONG_ROWS = frozenset(
    line[i:j]
    for row in _ROWS
    for line in (row, row[::-1])
    for i in range(len(line))
    for j in range(i + 4, len(line) + 1)
)
_LAUGHS = frozenset(["ha", "he", "hi", "ho", "lo", "la", "no", "o", "a", "e"])


def _mashed(word: str) -> bool:
    """A word typed along a keyboard row ("asdf") or a short chunk said over and over
    ("jkjkjk", "sdfsdfsdf"; not laughter such as "hahaha")."""
    if len(word) < 4:
        return False
    if word in _ALONG_ROWS:
        return True
    if len(set(word)) > 3 or not word.isalpha():
        return False
    for size in (1, 2, 3):
        chunk = word[:size]
        if (
            len(word) >= 3 * size + (size == 1)
            and word == (chunk * (len(word) // size + 1))[: len(word)]
        ):
            return chunk not in _LAUGHS
    return False


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
    garbled = set(_GARBLED.findall(lower)) if _CONSONANTS.search(lower) else None
    if garbled:
        if len(garbled) == 1:
            (g,) = garbled
            odd = sum(1 for w in words if g in w)
        else:  # a word that is one of them, or holds one
            odd = sum(1 for w in words if any(g in w for g in garbled))
        alpha = sum(1 for w in words if w.isalpha())
        if odd * 2 > alpha or (alpha == 1 and len(lower.strip()) >= 12):
            kinds.append("gibberish")
    if "gibberish" not in kinds and words and service_hits < 1 and len(words) <= 12:
        # keyboard mashing is short and says nothing of the service
        # (a word along a row, or of three letters or fewer repeated: cheap tests first)
        mashed = sum(
            1
            for w in words
            if len(w) >= 4 and (w in _ALONG_ROWS or len(set(w)) <= 3) and w.isalpha() and _mashed(w)
        )
        if mashed and mashed * 2 > sum(1 for w in words if w.isalpha()):
            kinds.append("keyboard mashing")
    if "lorem" in wordset and len(wordset & _LOREM) >= 2:
        kinds.append("placeholder text (lorem ipsum)")
    if service_hits < 1 and len(wordset & _FILM_WORDS) >= 2:
        kinds.append("off-topic (about a film or show)")
    elif service_hits < 1 and len(wordset & _CULTURE_WORDS) >= 2:
        kinds.append("off-topic (about a book, a song or a recipe)")
    if (
        not kinds
        and service_hits < 2
        and not wordset.isdisjoint(_BLOG_WORDS if service_hits < 1 else _BLOG_STRONG)
    ):
        said = {m.group(0) for m in _BLOG.finditer(lower)}
        if len(said) >= 2 or (said and service_hits < 1):
            kinds.append("praise of an article or a blog")
    return kinds
