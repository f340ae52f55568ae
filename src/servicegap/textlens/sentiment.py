"""Sentiment rule layers: VADER as the base, then what service comments need on top.

VADER scores "we sat 40 minutes before anyone took our order" as neutral: no word in it
carries feeling. The service layer adds what such comments say by their facts — waiting
times, things that never happened, having to ask again, the vocabulary of hospitality —
with negation ("no wait at all") and contrast ("great food but …") taken into account,
plus a small French and Spanish lexicon, which VADER lacks.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from dataclasses import dataclass

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    normalize,
    scalar_inc_dec,
)

from servicegap.textlens import learn


class _Vader(SentimentIntensityAnalyzer):
    """VADER, unchanged in its scores, with shortcuts: it replaces emoji by their
    descriptions only in text that is not ASCII (every emoji VADER knows is non-ASCII); it
    lower-cases the text once instead of once per word looked at (VADER's negation and
    idiom checks lower the whole text again for every sentiment word, which made a long
    text of emoji, each three words or so, take seconds); a text with no word of the
    lexicon scores 0 at once; the capitals check runs only on text with capitals, the
    "but" check only on text with "but"; and `compound` skips the positive, negative and
    neutral proportions. The bench checks that every text it reads scores exactly as in
    vaderSentiment."""

    def polarity_scores(self, text: str) -> dict[str, float]:
        text = self._described(text).strip()
        sentiments = self._sentiments(text)
        if sentiments is None:
            sentiments = [0] * len(text.split())
        return self.score_valence(sentiments, text)

    def compound(self, text: str) -> float:
        """`polarity_scores(text)["compound"]`, computed alone."""
        text = self._described(text).strip()
        sentiments = self._sentiments(text)
        if not sentiments:
            return 0.0
        # VADER's score_valence, for the compound score only
        total = float(sum(sentiments))
        if total:
            ep = text.count("!")
            emphasis = (4 if ep > 4 else ep) * 0.292
            qm = text.count("?")
            if qm > 1:
                emphasis += qm * 0.18 if qm <= 3 else 0.96
            total = total + emphasis if total > 0 else total - emphasis
        return round(normalize(total), 4)

    def _described(self, text: str) -> str:
        """The text with each emoji replaced by its description, as VADER does it."""
        if text.isascii():
            return text
        emojis = self.emojis
        out: list[str] = []
        after_space = True
        for char in text:
            description = emojis.get(char)
            if description is None:
                out.append(char)
                after_space = char == " "
            else:
                if not after_space:
                    out.append(" ")
                out.append(description)
                after_space = False
        return "".join(out)

    def _sentiments(self, text: str) -> list[float] | None:
        """VADER's per-word valences of stripped text, its emoji described, after its
        "but" check; None when no word is in the lexicon (every valence 0)."""
        # a token loses its outer punctuation unless that leaves two characters or fewer
        # (strip returns the token itself when there is nothing to strip)
        words = [s if (s := w.strip(_PUNCTUATION)) is w or len(s) > 2 else w for w in text.split()]
        lower = text.lower()
        if lower == text:  # no capitals: no word is in capitals, so no capitals emphasis
            lowered, is_cap_diff = words, False
        else:  # tokens hold no spaces; ASCII lower-casing does not touch punctuation
            lowered = " ".join(words).lower().split(" ") if words else []
            is_cap_diff = None
        lexicon = self.lexicon
        if lexicon.keys().isdisjoint(lowered):
            return None
        if is_cap_diff is None:  # VADER's allcap_differential: some words in capitals, not all
            is_cap_diff = 0 < sum(map(str.isupper, words)) < len(words)
        last = len(words) - 1
        sentiments: list[float] = [0] * len(words)  # VADER's 0 for words not in its lexicon
        contracted = "n't" in lower  # a word such as "didn't" negates what follows
        for i, low in enumerate(lowered):
            if (
                low in lexicon
                and low not in BOOSTER_DICT
                and not (i < last and low == "kind" and lowered[i + 1] == "of")
            ):
                window = lowered[i - 3 : i] if i > 3 else lowered[:i]
                if (
                    low in _IDIOM_WORDS
                    or not _CONTEXT.isdisjoint(window)
                    or (contracted and any("n't" in w for w in window))
                ):
                    sentiments[i] = self._valence(is_cap_diff, words, lowered, i)
                    continue
                # nothing in the three words before can change it: VADER's checks all
                # leave the word's own valence (a "no" before a sentiment word aside)
                valence = lexicon[low]
                if low == "no" and i != last and lowered[i + 1] in lexicon:
                    valence = 0.0
                if is_cap_diff and words[i].isupper():
                    valence = valence + C_INCR if valence > 0 else valence - C_INCR
                sentiments[i] = valence
        if "but" in lowered:
            sentiments = self._but_check(words, sentiments)
        return sentiments

    def _valence(self, is_cap_diff: bool, words: list[str], lowered: list[str], i: int) -> float:
        """VADER's `sentiment_valence` for a word in its lexicon, on words lowered once."""
        lexicon = self.lexicon
        item, low = words[i], lowered[i]
        valence = lexicon[low]
        if low == "no" and i != len(words) - 1 and lowered[i + 1] in lexicon:
            valence = 0.0
        if (
            (i > 0 and lowered[i - 1] == "no")
            or (i > 1 and lowered[i - 2] == "no")
            or (i > 2 and lowered[i - 3] == "no" and lowered[i - 1] in ("or", "nor"))
        ):
            valence = lexicon[low] * N_SCALAR
        if item.isupper() and is_cap_diff:
            valence = valence + C_INCR if valence > 0 else valence - C_INCR
        for start_i in range(3):
            if i > start_i and (before := lowered[i - (start_i + 1)]) not in lexicon:
                # scalar_inc_dec is 0 for a word that is no booster
                s = (
                    scalar_inc_dec(words[i - (start_i + 1)], valence, is_cap_diff)
                    if before in BOOSTER_DICT
                    else 0.0
                )
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = _negation_check(valence, lowered, start_i, i)
                if start_i == 2:
                    valence = _special_idioms_check(valence, lowered, i)
        # VADER's "least" check
        if i > 1 and lowered[i - 1] not in lexicon and lowered[i - 1] == "least":
            if lowered[i - 2] != "at" and lowered[i - 2] != "very":
                valence = valence * N_SCALAR
        elif i > 0 and lowered[i - 1] not in lexicon and lowered[i - 1] == "least":
            valence = valence * N_SCALAR
        return valence


def _negated(word: str) -> bool:
    return word in NEGATE or "n't" in word


def _negation_check(valence: float, lowered: list[str], start_i: int, i: int) -> float:
    """VADER's `_negation_check` on words already lowered."""
    if start_i == 0:
        if _negated(lowered[i - 1]):
            valence = valence * N_SCALAR
    elif start_i == 1:
        if lowered[i - 2] == "never" and lowered[i - 1] in ("so", "this"):
            valence = valence * 1.25
        elif lowered[i - 2] == "without" and lowered[i - 1] == "doubt":
            pass
        elif _negated(lowered[i - 2]):
            valence = valence * N_SCALAR
    else:
        if (lowered[i - 3] == "never" and lowered[i - 2] in ("so", "this")) or lowered[i - 1] in (
            "so",
            "this",
        ):
            valence = valence * 1.25
        elif lowered[i - 3] == "without" and (
            lowered[i - 2] == "doubt" or lowered[i - 1] == "doubt"
        ):
            pass
        elif _negated(lowered[i - 3]):
            valence = valence * N_SCALAR
    return valence


# The words of VADER's idioms and multiword boosters: a sequence of words is one of them
# only if each of its words is among these.
_IDIOM_WORDS = frozenset(
    word for key in (*SPECIAL_CASES, *BOOSTER_DICT) if " " in key for word in key.split()
)


# Words that, among the three before a sentiment word, may change its valence in VADER's
# checks: negators, boosters, idioms' words, and the words its checks look for by name.
_CONTEXT = (
    frozenset(NEGATE)
    | frozenset(BOOSTER_DICT)
    | _IDIOM_WORDS
    | frozenset(["no", "least", "never", "without", "so", "this", "doubt", "or", "nor"])
)


def _special_idioms_check(valence: float, lowered: list[str], i: int) -> float:
    """VADER's `_special_idioms_check` (called for i ≥ 3) on words already lowered."""
    w3, w2, w1, w0 = lowered[i - 3], lowered[i - 2], lowered[i - 1], lowered[i]
    if w0 not in _IDIOM_WORDS and w1 not in _IDIOM_WORDS and w2 not in _IDIOM_WORDS:
        return valence  # every sequence looked up below holds w0, w1 or w2
    onezero = f"{w1} {w0}"
    twoonezero = f"{w2} {w1} {w0}"
    twoone = f"{w2} {w1}"
    threetwoone = f"{w3} {w2} {w1}"
    threetwo = f"{w3} {w2}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in SPECIAL_CASES:
            valence = SPECIAL_CASES[seq]
            break
    n = len(lowered)
    if n - 1 > i:
        zeroone = f"{w0} {lowered[i + 1]}"
        if zeroone in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroone]
    if n - 1 > i + 1:
        zeroonetwo = f"{w0} {lowered[i + 1]} {lowered[i + 2]}"
        if zeroonetwo in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in BOOSTER_DICT:
            valence = valence + BOOSTER_DICT[n_gram]
    return valence


_PUNCTUATION = string.punctuation
_VADER = _Vader()
_PLAIN_VADER = SentimentIntensityAnalyzer()
VADER_LEXICON = _VADER.lexicon


def vader(text: str) -> float:
    """VADER's compound score, −1..1."""
    return _VADER.compound(text)


def plain_vader(text: str) -> float:
    """The same from vaderSentiment as published (for comparisons)."""
    return _PLAIN_VADER.polarity_scores(text)["compound"]


NEGATORS = learn.NEGATORS

# Hospitality vocabulary VADER lacks or underrates: word or word pair -> valence.
_DOMAIN_WORDS: dict[str, float] = {}
for _valence, _terms in (
    (
        -0.5,
        "rude unhelpful dismissive condescending unprofessional incompetent ignored "
        "filthy dirty stained smelly mouldy moldy stale soggy lukewarm undercooked overcooked "
        "raw burnt bland greasy overpriced overcharged overcharging cockroach cockroaches "
        "mice unsanitary broken damaged leaking noisy cramped chaotic disorganised "
        "disorganized careless sloppy inedible tasteless rubbery watery wilted dead crushed "
        "melted leaked",
    ),
    (
        -0.35,
        "slow delayed late later cold missing forgot forgotten wrong mistake mix-up mixup "
        "cancelled canceled lost hold queue queued waited waiting refund complaint complain "
        "charged_twice double-charged excuse excuses again still apology hung "
        "disappointing disappointed worst unacceptable stuck missed wasted unanswered "
        "unreachable rescheduled overbooked stranded ruined",
    ),
    (
        0.45,
        "attentive welcoming spotless prompt promptly courteous polite knowledgeable "
        "accommodating professional efficient cosy cozy fresh tasty delicious yummy "
        "quick quickly fast speedy seamless smooth immaculate tidy generous thoughtful "
        "patient reassuring gentle recommend recommended painless",
    ),
    (
        0.3,
        "thanks thank helpful friendly clean warm early",
    ),
    (-0.7, "😡 🤬 🤮 👎 💩 😤 😠"),
    (-0.5, "😞 😢 😭 😩 😫 🙄 😒 😕 😟 ☹"),
    (0.6, "😍 🥰 ❤ 💕 💖 😋 🤩 👏 🙌"),
    (0.45, "👍 😊 😀 😃 😁 🙂 👌 🙏 ⭐ 🌟 ✨ 💯"),
):
    for _term in _terms.split():
        _DOMAIN_WORDS[_term] = _valence
_DOMAIN_PAIRS = {
    "on time": 0.4,
    "no wait": 0.5,
    "right away": 0.4,
    "straight away": 0.4,
    "in time": 0.2,
    "above beyond": 0.6,
    "went above": 0.6,
    "extra mile": 0.6,
    "gave away": -0.5,
    "hung up": -0.6,
    "no answer": -0.4,
    "no reply": -0.4,
    "no response": -0.4,
    "no help": -0.5,
    "get through": -0.3,
    "still no": -0.3,
    "not working": -0.4,
    "doesn't work": -0.4,
    "didn't work": -0.4,
    "nothing works": -0.5,
    "nothing worked": -0.5,
    "on hold": -0.3,
    "waste of": -0.4,
    "no show": -0.5,
    "no one": -0.3,
    "nobody came": -0.5,
    "never arrived": -0.6,
    "never came": -0.6,
    "call back": -0.3,
    "cold food": -0.4,
    "long wait": -0.5,
    "too long": -0.5,
    "took ages": -0.5,
    "for ages": -0.4,
    "took forever": -0.6,
    "charged twice": -0.6,
    "double charged": -0.6,
    "not refunded": -0.5,
    "no apology": -0.5,
    "be back": 0.3,
    "come again": 0.3,
    "well done": 0.4,
}
# French and Spanish: VADER reads neither.
_FOREIGN_WORDS: dict[str, float] = {}
for _valence, _terms in (
    (
        0.6,
        "excellent excellente délicieux délicieuse parfait parfaite génial super adorable "
        "merveilleux magnifique superbe formidable recommande "
        "excelente delicioso deliciosa perfecto perfecta genial maravilloso maravillosa "
        "encantó encanto recomiendo buenísimo riquísimo estupendo",
    ),
    (
        0.4,
        "bon bonne bons bonnes bien merci aimable sympa sympathique rapide propre agréable "
        "chaleureux chaleureuse accueillant souriant souriante "
        "bueno buena buenos buenas gracias amable rápido rapido rápida limpio limpia "
        "agradable rico rica simpático simpática atento atenta",
    ),
    (
        -0.6,
        "horrible nul nulle inadmissible honteux honteuse scandaleux dégoûtant dégueulasse "
        "pire insupportable inacceptable "
        "pésimo pesimo pésima horrible asqueroso asquerosa vergüenza peor inaceptable "
        "terrible fatal",
    ),
    (
        -0.4,
        "mauvais mauvaise froid froide sale lent lente attente attendu attendre impoli "
        "impolie désagréable déçu déçue décevant décevante cher chère oublié oubliée retard "
        "malo mala frío fria fría sucio sucia lento lenta esperamos esperando esperar "
        "grosero grosera maleducado decepcionado decepcionada caro cara olvidaron retraso "
        "tarde",
    ),
):
    for _term in _terms.split():
        _FOREIGN_WORDS[_term] = _valence

# French and Spanish comments: their lexicon, plus the emoji and words shared with English.
_SHARED = frozenset(["excellent", "super", "horrible", "terrible", "professional"])
_FOREIGN_LEX = {
    k: v for k, v in _DOMAIN_WORDS.items() if not k.isalpha() or k in _SHARED
} | _FOREIGN_WORDS
# The words of each feeling (VADER's and ours), for a quick test of a mixed comment.
SIGNS = (
    frozenset(k for k, v in (VADER_LEXICON | _DOMAIN_WORDS).items() if v > 0),
    frozenset(k for k, v in (VADER_LEXICON | _DOMAIN_WORDS).items() if v < 0),
)
FOREIGN_SIGNS = (
    frozenset(k for k, v in _FOREIGN_LEX.items() if v > 0),
    frozenset(k for k, v in _FOREIGN_LEX.items() if v < 0),
)

_NUMBER = (
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|ninety|several|many|a few|few|couple of|half an?)"
)
_UNIT = r"(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)"
_WAIT = re.compile(
    r"\b(?:wait(?:ed|ing)?|sat|sitting|stood|standing|queu(?:e|ed|ing)|on hold|hold|"
    r"took|takes|taking|after|over|late|delayed|delay(?:ed)?)\b[^.!?]{0,40}?\b"
    + _NUMBER
    + r"\s*(?:\+\s*)?"
    + _UNIT
    + r"\b|\bstill (?:waiting|no\b|not\b|nothing|haven't|hasn't|have not|has not)"
    r"|\b(?:took|takes|taking) (?:forever|ages|so long|too long)"
    r"|\b(?:long|endless|ridiculous) (?:wait|queue|line)s?\b"
    r"|\bcall (?:me |us )?back (?:in|later|tomorrow)"
    r"|\bwaited and waited\b"
)
# Lateness: someone or something arriving after the time ("open late" is not a wait).
_LATE = re.compile(
    r"\b(?:arrived|arrives|arriving|turned up|turns up|turning up|showed up|shows up|"
    r"showing up|came|comes|coming|delivered|running|ran|always|was|were) "
    r"(?:(?!open|opens|stay|stayed)\w+ ){0,3}?late\b"
    r"(?! (?:night|checkout|check-out|opening|hours|breakfast|lunch|dinner))"
    r"|\blate again\b"
)
# The customer late, not the service: "we were 20 minutes late and they kept our table"
_OWN_LATENESS = re.compile(r"\b(?:i|we|i'?m|im|we'?re|and i|me and \w+)\s+$")
# French and Spanish, tried only when one of `_WAIT_STEMS` occurs (each verb holds one)
_WAIT_FOREIGN = re.compile(
    r"\b(?:attendu|attendre|attente|attend|patienté|patienter|esperamos|esperé|espere|"
    r"esperando|esperar|espera|tardaron|tardó|tardo)\b[^.!?]{0,30}?\b(?:\d+|une|deux|trois|"
    r"una|dos|tres|media)\s*(?:min(?:ute)?s?|minutos?|heures?|h|horas?|jours?|días|dias|"
    r"semaines?|semanas?)\b"
)
_WAIT_STEMS = ("atten", "patient", "esper", "tard")


def _waited_at(lower: str) -> int:
    """Where the first mention of a wait starts (−1: none), English or not."""
    m = _WAIT.search(lower)
    if (
        "late" in lower
        and (late := _LATE.search(lower))
        and (m is None or late.start() < m.start())
        and not _OWN_LATENESS.search(lower, max(0, late.start() - 14), late.start())
    ):
        m = late
    if any(stem in lower for stem in _WAIT_STEMS):
        other = _WAIT_FOREIGN.search(lower)
        if other and (m is None or other.start() < m.start()):
            return other.start()
    return m.start() if m else -1


_NEVER = re.compile(
    r"\b(?:never|didn't|did not|wasn't|was not|weren't|hasn't|has not|haven't|have not|"
    r"no one|nobody|no-one)\s+(?:\w+\s+){0,2}?"
    r"(?:arrived?|came|showed|turned up|delivered|received|answered|called|rang|"
    r"responded|replied|refunded|fixed|acknowledged|greeted|brought|offered|apologi[sz]ed|"
    r"picked up|show up|got back|call(?:ed)? back|get back|turn(?:ed)? up|shown up)\b"
    r"|\b(?:no one|nobody|no-one|noone) (?:\w+ ){0,3}?to (?:talk|speak|help|ask|answer|call)\b"
    # nothing came of a complaint ("nothing was done about it", "nobody did anything")
    r"|\bnothing (?:was|has been|had been|got|ever got|is being|ever gets|gets) (?:ever )?"
    r"(?:done|sorted|resolved)\b"
    r"|\b(?:no one|nobody|no-one) (?:did|has done|ever did|will do|would do) anything\b(?! wrong)"
)
# What never happened was someone answering or getting in touch: a matter of people.
_CONTACT_ENDINGS = (
    "answered",
    "called",
    "rang",
    "responded",
    "replied",
    "acknowledged",
    "greeted",
    "apologised",
    "apologized",
    "picked up",
    "call back",
    "called back",
    "got back",
    "get back",
    *("to talk", "to speak", "to help", "to ask", "to answer", "to call"),
)
_REPEAT = re.compile(
    r"\b(?:asked|ask|called|emailed|rang|chased|reminded|requested|phoned|complained|"
    r"messaged|told)\b[^.!?]{0,30}?\b(?:twice|three times|four times|again|several times|"
    r"repeatedly|multiple times|\d+ times|many times|a second time|a third time|"
    r"over and over|again and again)\b"
    r"|\bhad to (?:ask|call|chase|remind|request|go and find|flag|wave|get up)\b"
)
_NO_WAIT = re.compile(
    r"\b(?:didn't|did not|never|no need to|without) (?:have to |having to )?"
    r"(?:wait|ask|chase|queue)\b|\bno (?:wait|waiting|queue)\b"
)
PUT_RIGHT = 0.6
_DENIALS = ("can", "could", "nothing", "no", "without", "fault", "never")
_DENIALS += ("rien", "aucun", "nada", "ningún", "ningun", "sin")  # French and Spanish
_NEGATOR_IN = re.compile(r"\b(?:never|not|didn't|did not|hasn't|haven't|nobody|no one|n't)\b")
_NOT_PUT_RIGHT = re.compile(
    r"\b(?:never|not|n't|nobody|no one|still|yet to|hasn't|haven't)\W*(?:\w+\W+)?$"
)
_CONTRAST = re.compile(r"\b(?:but|however|although|though|yet|mais|pero|sin embargo)\b")


# Positive stories told with negative words: a problem put right, praise said by denial.
_PUT_RIGHT = re.compile(
    r"\b(?:can't|cannot|can not|couldn't|could not)\s+fault\b|\bnothing to fault\b|"
    r"\bfaultless\b|\bnothing to complain about\b|"
    r"\bno complaints\b(?=\s*(?:$|[.!,;)]|at all|whatsoever|here|from|about|so far))|"
    r"\b(?:an? |absolute |total |real |proper )(?:legend|lifesaver|life saver|gem|hero)s?\b"
    r"(?!\s+(?:at|for|of|in)\b)|"
    r"\bcan't complain\b|\bcannot complain\b|"
    r"\bnothing (?:was )?too much trouble\b|\bwent out of (?:his|her|their|the|its) way\b|"
    r"\b(?:no |without (?:any |a )?)(?:fuss|hassle|quibble|drama|questions asked)\b|"
    r"\bhassle[- ]free\b|\bcouldn't (?:have been|be) (?:more helpful|nicer|kinder|better)\b|"
    r"\bcan't (?:thank|recommend) (?:\w+ )?enough\b|\bcouldn't ask for (?:more|better|anything)\b|"
    r"\b(?:fixed|sorted|solved|resolved|repaired|rebooked|replaced|refunded|found|returned|"
    r"handed (?:it )?back|tracked (?:it )?down)\b[^.!?]{0,30}?\b(?:first time|in one go|"
    r"in one visit|in one call|same day|the same day|next day|within (?:the |an? )?(?:hour|day|"
    r"minutes)|straight away|right away|in minutes|immediately|in no time|without)\b|"
    r"\b(?:arrived|came|delivered|ready|done|finished|there|here|turned up|showed up)\s+"
    r"(?:(?!late\b)\w+\s+){0,3}?(?:early|ahead of "
    r"(?:time|schedule)|a day early|before (?:the )?(?:time|promised|expected))\b|"
    r"\b(?:staff|they|someone|he|she|driver|cleaner|housekeeping|receptionist)\s+"
    r"(?:\w+\s+)?(?:found|returned|handed back|tracked down)\s+(?:it|my|our|them)\b|"
    r"\bput (?:it|things|everything) right\b"
)
_PUT_RIGHT_ALONE = learn.wordset(
    "fault faultless complaints complain legend legends lifesaver saver hero heroes gem trouble "
    "fuss hassle quibble drama hassle-free"
)
# A person praised as a star ("she's a star"), not a rating ("a star for the food").
_STAR = re.compile(
    r"(?:\bis|\bwas|\bare|\bwere|'s|’s|\bwhat)\s+(?:an? |such an? )?(?:absolute |total |real |"
    r"proper |true )?stars?\b(?!\s+(?:at|for|of|in|rating|review)\b)"
)
_STAR_WORDS = learn.wordset("star stars")
# Praise said by denial of a problem ("not a single complaint", "never had a problem").
_DENIED_PRAISE = re.compile(
    r"\bnot (?:a|one) (?:single )?(?:complaint|problem|issue|fault)\b"
    r"(?!\s+(?:was|were|has|have|had|got|is|answered|dealt|resolved|sorted))"
    r"(?![^.!?]{0,40}\b(?:until|till|before)\b)|"
    r"\bnothing (?:bad|negative) to say\b|"
    r"\bnever (?:had|have had|once had) (?:a|an|any|one) (?:single )?(?:problem|issue|"
    r"complaint)s?\b(?![^.!?]{0,40}\b(?:until|till|before now)\b)|"
    r"\bno (?:problems?|issues?) (?:at all|whatsoever)\b|"
    r"\brien à (?:redire|reprocher)\b|\baucun (?:problème|souci)\b|"
    r"\bnada que (?:reprochar|objetar)\b|\bning[uú]n problema\b|\bsin (?:ningún )?problemas?\b"
)
# Words of praise said by denial ("not a single complaint", "never had a problem"): looked
# for only with a word that denies.
_PUT_RIGHT_DENIED = learn.wordset(
    "complaint problem problems issue issues bad negative problème souci problema problemas "
    "redire reprocher reprochar objetar"
)
_DENYING = NEGATORS | learn.wordset("aucun aucune ningún ningun nada single")
_STAR_OR_DENIED = _STAR_WORDS | _PUT_RIGHT_DENIED
_PUT_RIGHT_DONE = learn.wordset(
    "fixed sorted solved resolved repaired rebooked replaced refunded found returned handed tracked"
)
_PUT_RIGHT_HOW = learn.wordset(
    "first one same next within straight right immediately minutes without time"
)
_PUT_RIGHT_ARRIVED = learn.wordset("arrived came delivered ready done finished")
_PUT_RIGHT_THERE = learn.wordset("there here up")  # "was there early", "turned up early"
_PUT_RIGHT_AHEAD = learn.wordset("early ahead")
_PUT_RIGHT_EARLY = learn.wordset("early ahead before")
_PUT_RIGHT_CANT = learn.wordset("couldn't can't")
_PUT_RIGHT_MORE = learn.wordset("nicer kinder better helpful enough more anything")


# One word of these is in every text `_PUT_RIGHT` may match (each test below needs one).
_PUT_RIGHT_ANY = (
    _PUT_RIGHT_ALONE
    | _PUT_RIGHT_DONE
    | _PUT_RIGHT_EARLY
    | _PUT_RIGHT_CANT
    | frozenset(["way", "put"])
)


# The same in French and Spanish: a problem fixed the first time or at no cost, something
# early ("réglé du premier coup", "lo arreglaron a la primera", "antes de lo previsto")
_PUT_RIGHT_FOREIGN = re.compile(
    r"\b(?:réglée?s?|résolue?s?|réparée?s?|corrigée?s?|retrouvée?s?|remboursée?s?|renvoyée?s?|"
    r"arreglad[oa]s?|arreglaron|solucionad[oa]s?|solucionaron|resuelt[oa]s?|corregid[oa]s?|"
    r"devolvieron|encontraron|reembolsaron|cambiaron|movieron)\b[^.!?]{0,40}?"
    r"(?:du premier coup|en une (?:fois|minute)|dans la journée|le jour même|sans frais|"
    r"immédiatement|tout de suite|a la primera|en el (?:mismo )?día|en una llamada|sin costo|"
    r"sin coste|sin cargo|enseguida|al momento|en \d+ ?(?:h|min|minutes?|minutos|horas)\b)"
    r"|\b(?:plus tôt que prévu|en avance|avant la date prévue|un jour avant|deux jours avant|"
    r"antes de lo previsto|antes de tiempo|antes de hora|un día antes|dos días antes)\b"
    r"|\bno (?:nos|me) cobraron nada\b|\bsans (?:rien )?(?:payer|me faire payer)\b"
    r"|\bdu premier coup\b|\ba la primera\b"
)
_PUT_RIGHT_FOREIGN_WORDS = learn.wordset(
    "coup journée même frais immédiatement suite primera día llamada costo coste cargo "
    "enseguida momento prévu avance avant previsto tiempo antes cobraron payer"
)


# Something the customer wanted and could not find ("I couldn't find anything to eat",
# "we can't find anyone to help"); not praise by denial or by comparison ("couldn't find
# anything wrong", "couldn't find a cheaper deal"), nor "didn't find", which also judges
# ("I didn't find the staff rude").
_NOT_FOUND = re.compile(
    r"\b(?:i|we) (?:just |still |really )?(?:can't|cannot|can not|couldn't|could not|never|"
    r"was unable to|were unable to) (?:even )?"
    r"find (?:a |an |any |anything |anyone |anybody |somewhere |someone |my |our |the )"
    r"(?!(?:single )?(?:thing )?(?:to (?:complain|fault|criticise|criticize|dislike|moan)|wrong|"
    r"better|cheaper|nicer|friendlier|kinder|cleaner|lovelier|quieter|more|fault|bad|negative|"
    r"problem|issue|(?:i|we) (?:didn't|did not|don't|do not)))"
)
# Praise said by denying a doubt ("you won't be disappointed", "nothing wrong with it",
# "couldn't find anything to complain about", "hard to beat", "no hesitation").
_PRAISED_BY_DENIAL = re.compile(
    r"\b(?:won't|will not|wont) (?:be disappointed|regret it)\b|"
    r"\b(?:not (?:a|one) (?:single )?thing|nothing(?: at all)?) (?:was )?wrong with (?:it|them|"
    r"the|this|that|my|our|any)\b|"
    r"\b(?:couldn't|could not|can't|cannot) find (?:anything|a thing|one thing|a single thing) "
    r"to (?:complain about|fault|criticise|criticize|dislike|moan about)\b|"
    r"\bnothing (?:at all )?to (?:dislike|criticise|criticize|moan about)\b|"
    r"\b(?:hard|difficult|impossible|tough) to beat\b|"
    r"\b(?:won't|will not|wont|can't|cannot|couldn't|could not) find (?:a |any )?better\b|"
    r"\b(?:with no|without(?: any)?|no) hesitation\b|"
    r"\bmore than made up for\b"
)
# Praise of value said by denial: the price or the place beyond argument, a long record
# with no bad visit, something done for nothing.
_VALUE_PRAISE = re.compile(
    r"\b(?:can't|cannot|can not|couldn't|could not) beat (?:it|that|this|them|"
    r"the (?:price|prices|value|quality|location|service|food))\b|"
    r"\b(?:can't|cannot|can not|couldn't|could not) argue with (?:that|this|"
    r"the (?:price|prices|value|quality|location|service|food))\b|"
    r"\bnever (?:once )?had a bad (?:one|meal|experience|visit|stay|night|pint|coffee|cut|"
    r"time|order|service)\b(?![\s\S]{0,40}\b(?:until|till|before)\b)|"
    r"(?<!not )(?<!n't )(?<!never )(?<!hardly )(?<!not really )\b(?:worth every (?:penny|cent|"
    r"pound|euro)|well worth (?:it|the|every|a (?!miss\b)))\b|"
    r"(?<!said it was )(?<!said it's )(?<!meant to be )(?<!supposed to be )"
    r"\b(?:at no (?:extra |additional )?(?:charge|cost)|free of charge|"
    r"without charging(?: (?:me|us))? (?:extra|anything|a penny|a thing)|"
    r"(?:didn't|did not|never) (?:even )?charge (?:me|us) (?:extra|anything|a penny|for))\b"
)
_DENIALS_OF_DOUBT = (_PRAISED_BY_DENIAL, _VALUE_PRAISE)
# Praise wished for or promised, not given ("the least they could do is…", "they said it
# would be free of charge"), in the same sentence before it.
_WISHED = re.compile(
    r"\b(?:the least (?:they|you|he|she|we) could|(?:could|should) (?:have )?(?:do|done|be|"
    r"been)|ought to|said (?:it|that|this)|told (?:me|us|him|her)|(?:was|were) told|"
    r"would be)\b[^.!?]*$"
)
_PRAISED_BY_DENIAL_WORDS = learn.wordset(
    "disappointed regret wrong complain fault criticise criticize dislike moan beat better "
    "hesitation made"
)
_VALUE_PRAISE_WORDS = learn.wordset("beat argue worth charge charging cost")


def _put_right_match(lower: str, wordset: frozenset[str] | set[str]) -> re.Match[str] | None:
    """The first praise by denial or problem put right, each pattern tried only where its
    words are."""
    m = _PUT_RIGHT.search(lower) if _may_be_put_right(wordset) else None
    if m is None and not wordset.isdisjoint(_PUT_RIGHT_FOREIGN_WORDS):
        m = _PUT_RIGHT_FOREIGN.search(lower)
    if m is None:
        if not wordset.isdisjoint(_PRAISED_BY_DENIAL_WORDS):
            m = _PRAISED_BY_DENIAL.search(lower)
        if not wordset.isdisjoint(_VALUE_PRAISE_WORDS) or ("bad" in wordset and "never" in wordset):
            value = _VALUE_PRAISE.search(lower)
            if value is not None and (m is None or value.start() < m.start()):
                m = value  # the first one said
    if m is not None or wordset.isdisjoint(_STAR_OR_DENIED):
        return m
    if not wordset.isdisjoint(_STAR_WORDS):
        m = _STAR.search(lower)
    if m is None and not wordset.isdisjoint(_PUT_RIGHT_DENIED) and not wordset.isdisjoint(_DENYING):
        m = _DENIED_PRAISE.search(lower)
    return m


def _may_be_put_right(wordset: frozenset[str] | set[str]) -> bool:
    """Whether `_PUT_RIGHT` may match: its words, looked up before the pattern is tried."""
    if _PUT_RIGHT_ANY.isdisjoint(wordset):
        return False
    if not wordset.isdisjoint(_PUT_RIGHT_ALONE):
        return True
    if not wordset.isdisjoint(_PUT_RIGHT_DONE) and not wordset.isdisjoint(_PUT_RIGHT_HOW):
        return True
    if not wordset.isdisjoint(_PUT_RIGHT_EARLY) and not wordset.isdisjoint(_PUT_RIGHT_ARRIVED):
        return True
    if not wordset.isdisjoint(_PUT_RIGHT_AHEAD) and not wordset.isdisjoint(_PUT_RIGHT_THERE):
        return True
    if not wordset.isdisjoint(_PUT_RIGHT_CANT) and not wordset.isdisjoint(_PUT_RIGHT_MORE):
        return True
    return ("way" in wordset and "went" in wordset) or ("right" in wordset and "put" in wordset)


# A story that ends well: a problem told first, then someone putting it right, and nothing
# going wrong after ("left my phone on the bus and the depot had it waiting for me", "room
# wasn't ready so they upgraded us", "my appointment was cancelled, they rebooked me").
_RESOLVED = re.compile(
    r"\b(?:found (?:it|them|my|our|his|her)|returned (?:it|them|my|our|his|her)|rebooked|rescheduled|re-?arranged|upgraded|replaced|refunded|"
    r"corrected|fixed|sorted|solved|resolved|repaired|spotted|swapped|exchanged|reissued|"
    r"(?:gave|handed|brought|posted|sent|ran|to give|to hand|to bring) (?:it |them |(?:it |them )?"
    r"(?:to )?(?:me|us) )?back|(?:they|he|she|staff|someone) had (?:it|them)\b|"
    r"(?:had|got|put) (?:the|my|our) (?:money|refund|funds?|cash) back|"
    r"(?:exchange|return|replacement|refund|swap) (?:was|went) (?:painless|easy|quick|simple|"
    r"smooth|seamless)|kept (?:it|them) (?:safe|aside|for)|put (?:it|them) aside|"
    r"had (?:it|them) (?:waiting|ready|safe)|moved (?:me|us) (?:to|onto|on)|"
    r"(?:sent|gave|offered|found) (?:me |us )?(?:a |an )?(?:new|another|replacement|free|"
    r"refund|upgrade|drinks?|voucher|courtesy)|(?:they|he|she|someone) came back|fitted (?:me|us) in|"
    r"squeezed (?:me|us) in|took (?:me|us) (?:at|straight|instead)|"
    r"(?:a|the) replacement (?:came|arrived|was)|on the house|"
    r"retrouvé|retrouvée|rendu|rendue|rapporté|remplacé|remplacée|remboursé|remboursée|réparé|"
    r"réparée|reprogrammé|devolvió|devolvieron|encontraron|encontró|repararon|arreglaron|"
    r"arregló|reembolsaron|cambiaron|me dieron otra|me dieron otro)\b"
)
# One of these is in every text `_RESOLVED` may match (the first word of each of its
# forms, or a word without which the form cannot be there).
_RESOLVED_WORDS = learn.wordset(
    "found returned rebooked rescheduled rearranged re-arranged upgraded replaced refunded "
    "corrected fixed sorted solved resolved repaired spotted swapped exchanged reissued "
    "aside fitted squeezed replacement "
    "retrouvé retrouvée rendu rendue rapporté remplacé remplacée remboursé remboursée réparé "
    "réparée reprogrammé devolvió devolvieron encontraron encontró repararon arreglaron "
    "arregló reembolsaron cambiaron dieron"
)
# Forms that open with a common verb ("they had it", "kept it safe", "moved us to", "took me
# at", "sent a new one"): tried only with one of these besides.
_RESOLVED_COMMON = learn.wordset("had kept moved took sent gave offered")
_RESOLVED_OBJECT = learn.wordset(
    "it them me us new another free refund upgrade drink drinks voucher courtesy"
)
_RESOLVED_PAIRS = (  # "gave it back", "the exchange was painless", "on the house"
    (
        learn.wordset("back"),
        learn.wordset(
            "gave handed brought posted sent ran give hand bring came money refund funds cash"
        ),
    ),
    (
        learn.wordset("painless easy simple smooth seamless"),
        learn.wordset("exchange return refund swap"),
    ),
    (learn.wordset("house"), learn.wordset("on")),
)
_RESOLVED_ANY = (
    _RESOLVED_WORDS | _RESOLVED_COMMON | frozenset().union(*(a for a, _ in _RESOLVED_PAIRS))
)
# What a story's problem is told with, besides negative words and negators.
_PROBLEM_WORDS = learn.wordset(
    "lost left forgot forgotten dropped missing missed cancel cancelled canceled wrong broke "
    "broken damaged leak leaking leaked sick ill illness overbooked delayed late mistake "
    "faulty crashed failed stopped died flat fraudulent fraud stolen ready mix-up mixup "
    "cracked smashed scratched torn burst flooded "
    "perdu perdue oublié oubliée annulé annulée cassé cassée perdí perdi olvidé olvide "
    "cancelaron cancelada roto rota"
)
# After the putting right, any of these says it went wrong again (or was no help).
_STILL_WRONG = re.compile(
    r"\b(?:again|still|never|not|nobody|no one|but|however|though|empty|myself|ourselves|"
    r"eventually|finally|until|broke|stopped|failed|twice|times|without|cracked|smelled|smelt|"
    r"mais|pero|jamais|nunca|vide|vacío|vacía)\b|n't\b|"
    r"\b(?:hours|days|weeks|months) later\b|\bin the end\b|\bat last\b|"
    r"\bafter (?:a|an|one|two|three|four|five|six|several|many|\d+) (?:days?|weeks?|months?)\b"
)
_DENIED_PROBLEM = re.compile(
    r"\b(?:no |without (?:any |a )?)(?:problems?|fuss|hassle|quibble|drama|questions asked|"
    r"issues?|charge)\b|\bfree of charge\b|\bat no (?:extra )?cost\b|\bsans (?:problème|"
    r"souci)\b|\bsin (?:ningún )?problemas?\b|"
    # praise said by denial after the story does not undo it
    r"\b(?:can't|cannot|can not|couldn't|could not) (?:fault|complain|thank|recommend|ask for|"
    r"have been (?:more|nicer|kinder|better)|be (?:more|nicer|kinder|better))\b|"
    r"\bnot (?:a|one) (?:single )?(?:complaint|problem|issue)\b|\bno complaints\b|"
    r"\bnothing (?:was )?too much trouble\b"
)
_AFTER_NOT_BAD = learn.wordset("waited waiting wait later queue hold")
# What was lost, given back: good news without any other word for it.
_GIVEN_BACK = re.compile(
    r"found (?:it|them|my|our|his|her)|(?:gave|handed|brought|posted|ran|to give|to hand|to bring) |"
    r"(?:they|he|she|staff|someone) had (?:it|them)|kept (?:it|them)|put (?:it|them) aside|"
    r"had (?:it|them) (?:waiting|ready|safe)|(?:had|got|put) (?:the|my|our) (?:money|refund|"
    r"funds?|cash) back|spotted|retrouvé|rendu|rapporté|devolvió|devolvieron|encontraron|encontró"
)
# A story that ends well says so: praise, a problem denied ("no fuss"), speed or something
# given besides. Without one, "cancelled and rebooked me on tomorrow's flight" is a fact
# told in a complaint.
_ENDS_WELL = re.compile(
    r"\b(?:same (?:day|week|evening|afternoon|morning)|next (?:day|morning)|that (?:evening|"
    r"afternoon|morning|day)|straight away|right away|immediately|within (?:the |an? |\w+ )?"
    r"(?:hour|hours|day|minutes)|in (?:minutes|no time|one (?:go|call|visit))|first time|"
    r"by (?:lunch|lunchtime|the evening|the afternoon|the next day)|free|courtesy|on the house|"
    r"suite|safe|perfect|painless|paid for|covered|compensated|voucher|upgrade|upgraded|"
    r"in under (?:an? |\w+ )?(?:hour|day|minutes)|le jour même|le lendemain|al día siguiente|el mismo día|"
    r"enseguida|tout de suite)\b"
)


_BY_CUSTOMER = re.compile(r"\b(?:i|we)\s+(?:\w+\s+)?$")
_AFTER_STRUGGLE = re.compile(
    r"\b(?:finally|eventually|in the end|had to|never|promised to|said (?:they|he|she)"
    r"(?:'d| would))\W+(?:\w+\W+){0,2}$"
)


def story_put_right(lower: str, wordset: frozenset[str] | set[str], *, foreign: bool) -> bool:
    """A problem told first and someone putting it right after, with nothing going wrong
    again (the story ends well)."""
    if wordset.isdisjoint(_RESOLVED_ANY):
        return False
    if (
        wordset.isdisjoint(_RESOLVED_WORDS)
        and (wordset.isdisjoint(_RESOLVED_COMMON) or wordset.isdisjoint(_RESOLVED_OBJECT))
        and not any(
            not wordset.isdisjoint(one) and not wordset.isdisjoint(other)
            for one, other in _RESOLVED_PAIRS
        )
    ):
        return False
    bad = (FOREIGN_SIGNS if foreign else SIGNS)[1]
    problems = wordset & _PROBLEM_WORDS | wordset & bad | wordset & NEGATORS
    if not problems:
        return False
    # the putting right comes after the problem: looked for from the first problem word on
    start = min(lower.find(word) for word in problems)
    for m in _RESOLVED.finditer(lower, max(start, 0)):
        before = lower[: m.start()]
        before_words = set(learn.tokens(before))
        if not before_words or (
            before_words.isdisjoint(_PROBLEM_WORDS)
            and before_words.isdisjoint(bad)
            and before_words.isdisjoint(NEGATORS)
        ):
            continue  # no problem told before: nothing was put right
        if _BY_CUSTOMER.search(before[-30:]):
            continue  # the customer put it right, not the business
        if _NOT_PUT_RIGHT.search(before[-25:]) or _AFTER_STRUGGLE.search(before[-60:]):
            continue
        rest = lower[m.end() :]
        after = _DENIED_PROBLEM.sub(" ", rest)
        if _STILL_WRONG.search(after):
            return False
        after_words = set(learn.tokens(after)) - _AFTER_NOT_BAD
        if not after_words.isdisjoint(bad):
            return False
        good = (FOREIGN_SIGNS if foreign else SIGNS)[0]
        return (
            _GIVEN_BACK.match(lower, m.start()) is not None  # a lost thing given back
            or after != rest  # "no fuss", "without any problem"
            or not after_words.isdisjoint(good)
            or not set(learn.tokens(lower[m.start() : m.end()])).isdisjoint(good)
            or _ENDS_WELL.search(lower, m.start()) is not None
        )
    return False


# Praise denied the other way: "couldn't have been worse", "could not be ruder".
_NO_WORSE = re.compile(
    r"\b(?:couldn't|could not|can't|cannot)\s+(?:have\s+)?(?:been|be|get|gone)\s+(?:any\s+)?"
    r"(?:worse|ruder|slower|less (?:helpful|interested|professional)|more (?:rude|unhelpful|"
    r"useless|disappointing|incompetent|careless|unprofessional))\b|"
    r"\bn'aurai(?:t|s) (?:pas|jamais) pu (?:être|etre) (?:pire|plus (?:désagréable|lent|long))\b|"
    r"\bno (?:pudo|podría|podria|pudieron) (?:haber )?(?:sido|ser|ir) peor\b"
)
_NO_WORSE_WORDS = learn.wordset("worse ruder slower less more pire plus peor")
_NO_WORSE_COULD = learn.wordset(
    "couldn't can't cannot could n'aurait n'aurais pudo podría podria pudieron"
)
# Praise by denial that turned ("never had a problem until last week", "no complaints
# till the new manager came"): a complaint.
_SOURED = re.compile(
    r"\b(?:never|not (?:a|one)|no|without)\s+(?:\w+\s+){0,3}?(?:problems?|issues?|complaints?|"
    r"faults?|trouble)\b[^.!?]{0,40}?\b(?:until|till|before)\s+(?:this|last|now|recently|today|"
    r"yesterday|the|a|they|we|i|it)\b"
)
_SOURED_WORDS = learn.wordset("until till before")


# Lukewarm: "ok, nothing special", "fine", "average", "not the worst but not good".
_LUKEWARM = re.compile(
    r"^\W*(?:(?:it|that|food|service|stay|visit|everything|all)\s+(?:was|is|were)\s+)?"
    r"(?:ok|okay|o\.k\.|fine|alright|all right|average|so-so|so so|meh|decent|adequate|"
    r"acceptable|passable|standard|nothing special|as expected|middling|mediocre)\b[\W]*"
    r"(?:(?:i guess|i suppose|really|overall|nothing (?:special|more|else)|nothing to write "
    r"home about|not (?:great|amazing|special|bad)|no more no less)\W*)*$"
    r"|\bnothing (?:special|to write home about)\b|\bnot the worst\b|\bnot bad,? not great\b"
    r"|\b(?:average|standard|ordinary) \w+,? (?:and )?(?:average|standard|ordinary) \w+\b"
    r"|\bbof\b|\bc'est correct\b|\bdid what (?:it|they|you) (?:said|says|promised)\b"
    r"|\bneither good nor bad\b|\bcould (?:have been|be) (?:better|worse)\b|\bdid the job\b"
    r"|\bdoes the job\b|\bsans plus\b|\bcorrect sans plus\b|\bpas mal\b|\bmoyen\b"
    r"|\bnormalito\b|\bregular\b|\bni fu ni fa\b|\bnada especial\b|\brien de sp[ée]cial\b"
    r"|\bsin m[aá]s\b|\bcumple\b(?!\s+con\b)|\bni (?:bien|bon|bueno|buena) ni (?:mal|mauvais|malo|mala)\b"
    r"|\bpasable\b|\bsans (?:plus|histoire)\b"
)
# Suggestions and questions: "could you add a vegan option?", "do you open on Sundays?"
_SUGGEST = re.compile(
    r"\b(?:could you|can you|would you|will you|would it be possible|is it possible|"
    r"it would be (?:nice|great|good|lovely|helpful|better)|would be (?:nice|great|good|lovely|"
    r"helpful|better) (?:if|to)|(?:please|maybe|perhaps) (?:add|consider|offer|bring|think|"
    r"have|open|stock)|you (?:should|could|might) (?:add|offer|consider|think|have|open|stock)|"
    r"(?:my |one |a )?suggestion|i(?:'d)? suggest|do you (?:have|offer|do|sell|open|take|deliver|"
    r"accept)|are you (?:open|planning|able)|is there (?:a|any)|how (?:do|can) i|when (?:do|will|"
    r"does) (?:you|the)|pourriez-vous|pouvez-vous|serait-il possible|ce serait bien|"
    r"est-ce que vous|¿?podrían|¿?podrian|¿?pueden|sería bueno|seria bueno|¿?tienen|"
    r"estaría bien|estaria bien|deberían|deberian|debería|deberia|podría tener|podria tener|"
    r"podrían tener|podrian tener|faltaría|faltaria|il faudrait|faudrait|gagnerait à|"
    r"gagneraient à|ce serait top|ça serait bien|vous devriez|est-il possible|"
    r"(?:^|¿)\s*(?:hacen|venden|aceptan|abren|hay|vous faites|vous proposez|faites-vous)\b)\b"
)

LUKEWARM_WORDS = learn.wordset(
    "ok okay fine alright average meh decent adequate acceptable passable standard special "
    "expected middling mediocre worst job plus mal moyen normalito regular especial spécial "
    "ordinary bof correct fu más mas cumple ni pasable sans"
)
SUGGEST_WORDS = learn.wordset(
    "? could can would suggestion suggest please maybe perhaps should might pourriez pouvez "
    "serait ce podrían podrian pueden sería seria tienen estaría estaria deberían deberian "
    "debería deberia podría podria faltaría faltaria faudrait gagnerait gagneraient devriez "
    "faites proposez hacen venden aceptan abren hay est-il"
)


def lukewarm(lower: str, words: Sequence[str], wordset: frozenset[str] | set[str]) -> bool:
    """A short comment saying it was all right and no more."""
    return (
        len(words) <= 15
        and not wordset.isdisjoint(LUKEWARM_WORDS)
        and bool(_LUKEWARM.search(lower))
    )


# A customer's change of details sent through the form ("please update my address to…",
# "I've moved house", "the new gate code is 4829"): news for the records, no feeling, and no
# sign of leaving.
DETAILS_WORDS = learn.wordset(
    "address addresses email e-mail details number code billing postcode moved adresse "
    "coordonnées dirección correo datos"
)
_DETAILS = re.compile(
    r"\b(?:(?:please\s+)?(?:update|change|amend|correct)|please\s+note)\b(?:[^.!?\n]){0,50}?"
    r"\b(?:address|email|e-mail|details|number|code|billing|postcode)\b"
    r"|\b(?:new|changed|updated)\s+(?:\w+\s+){0,2}(?:address|email|e-mail|details|number|code)\b"
    r"|\b(?:i|we)(?:'ve| have)?\s+(?:just\s+)?moved\s+(?:house|home|flat|to \d)"
    r"|\bnouvelle adresse\b|\bchang(?:é|er|ement) d'adresse\b|\bnueva dirección\b"
    r"|\bcambi(?:o|é|ar) (?:de|mi) (?:dirección|correo|número)\b"
)


# ... unless it is the last of the account ("for the final bill", "I'm cancelling after
# this month", "won't be needing deliveries"): the details of one who leaves.
_LAST_DETAILS = re.compile(
    r"\b(?:final|closing|last)\s+(?:\w+\s+)?(?:bill|invoice|statement|payment)\b|\bcancel"
    r"|\bclose my\b|\bwon't be (?:needing|using|coming)\b|\bno longer (?:need|use|be)\b"
    r"|\bmoved (?:away|out of)\b|\bleaving\b|\bdernière facture\b|\búltima factura\b"
)


def change_of_details(lower: str, wordset: frozenset[str] | set[str]) -> bool:
    """A change of details sent to the business (an address, an e-mail, a gate code)."""
    return (
        not wordset.isdisjoint(DETAILS_WORDS)
        and bool(_DETAILS.search(lower))
        and not _LAST_DETAILS.search(lower)
    )


def suggestion_only(text: str, wordset: frozenset[str] | set[str], *, foreign: bool) -> bool:
    """A suggestion or a question with no feeling besides: every clause that is not the
    suggestion itself reads neutral ("could you add a vegan option?")."""
    if wordset.isdisjoint(SUGGEST_WORDS):
        return False
    lower = text.lower()
    if not _SUGGEST.search(lower):
        return False
    for clause in re.split(r"[.!?;\n]+", lower):
        if not clause.strip() or _SUGGEST.search(clause):
            continue
        words = learn.tokens(clause)
        pairs = learn.pairs(words)
        facts = service_layer(clause, words, set(words), pairs, foreign=foreign)
        if abs(vader(clause) + facts.delta) >= 0.3:
            return False
    return True


# Words one of which must be present for each pattern to be tried (cheap set tests first).
_WAIT_WORDS = learn.wordset(
    "min mins minute minutes hour hours hr hrs day days week weeks month months still late "
    "forever ages long endless ridiculous back waited minuto minutos heure heures h hora horas "
    "jour jours días dias semaine semaines semana semanas"
)
_NEVER_WORDS = learn.wordset(
    "arrive arrived came showed turned delivered received answered called call rang responded "
    "replied refunded fixed acknowledged greeted brought offered apologised apologized picked "
    "show got get turn shown talk speak help ask answer done sorted resolved anything"
)
_REPEAT_WORDS = learn.wordset("twice times again repeatedly second third had")
_NO_WAIT_WORDS = learn.wordset("wait waiting queue ask chase")
_CONTRAST_WORDS = learn.wordset("but however although though yet mais pero embargo")


# Irony: praise alone at the end, after a complaint ("another 2hr delay. brilliant", "left
# on the pavement. lovely, thanks") or thanks for nothing. The praise must stand alone (no
# noun it praises: "delayed, crew lovely" is praise of the crew), and what comes before it
# must tell of something going wrong with no word of praise of its own.
_THANKS_FOR_NOTHING = re.compile(
    r"\b(?:thanks|thank you|thx|cheers) for nothing\b|\bmerci pour rien\b|\bgracias por nada\b"
)
_IRONY_PRAISE = learn.wordset(
    "brilliant fantastic lovely classy perfect great cool wonderful amazing superb genius "
    "marvellous marvelous fab fabulous nice love loving helpful professional kind generous fun "
    "awesome excellent stellar impressive outstanding bravo"
)
_IRONY_FILLER = learn.wordset(
    "it as always usual day job service value well done thanks thank you thx very so just what "
    "a an i guess really oh again another of that's thats this is was truly simply absolutely "
    "how too me us cheers 👏 👍 🙃 🙄 😂 🤡 😒 😑 🤦"
)
_IRONY_WORDS = _IRONY_PRAISE | learn.wordset("nothing nada rien")
_BAD_EVENT = learn.wordset(
    "delayed delay delays cancelled canceled cancellation late lost broken smashed stuck "
    "stranded charged overcharged fee fees wrong missing outage crashed rude yelled shouted "
    "laughed waited waiting queue hold hrs hours nobody never again error damaged "
    "cold dirty stopped closed refused ignored soaked drenched"
)
_NOT_MINDED = re.compile(
    r"\bno (?:big )?(?:deal|problem|bother|worries)\b|\bnot a (?:problem|big deal)\b|"
    r"\b(?:didn't|did not|don't|do not) mind\b|\bworth (?:it|the wait)\b"
)
_FRAGMENT = re.compile(r"[.!?,;:\n()\"“”]+")
_GOOD_TURN = re.compile(
    r"\bby mistake\b|\bmy (?:own )?(?:fault|mistake|error)\b|\breinstated\b|"
    r"\b(?:fit|fitted|squeezed) (?:me|us) in\b|\bno (?:fee|charge|extra cost)\b"
)
_STAFF_WAITED = re.compile(
    r"\b(?:he|she|they|driver|staff|someone|waiter|waitress|receptionist|nurse|doctor|"
    r"engineer|courier|guard|host|manager)\b(?: \w+){0,8}? (?:waited|waiting)\b"
)
_WAITING_PLACE = re.compile(r"\bwaiting (?:room|area|list|lounge)\b")
_WE_WERE_LATE = re.compile(r"\b(?:i|we|i'm|im|we're)\b(?: \w+){0,3} late\b")


# Irony that opens the comment ("wow what amazing service, bag still missing", "oh great,
# another delay", "love getting charged for a router I returned"), before what went wrong.
_IRONY_OPENING = re.compile(
    r"^\W*(?:@\w+\W+)*(?:wow|oh|ah)\W+(?:what |such )?(?:an? )?(?:amazing|great|brilliant|"
    r"fantastic|wonderful|lovely|stellar|excellent|superb|perfect|nice|cool)\b|"
    r"\b(?:amazing|great|brilliant|fantastic|wonderful|lovely|perfect|nice|cool)\W+(?:yet )?"
    r"another\b|"
    r"\b(?:love|loving) (?:getting|being|paying|waiting|spending|having to|sitting|standing|"
    r"finding|receiving|when)\b"
)


def ironic(lower: str, wordset: frozenset[str] | set[str]) -> bool:
    """Whether the comment praises only in irony (see `_THANKS_FOR_NOTHING` and
    `_IRONY_OPENING`)."""
    if wordset.isdisjoint(_IRONY_WORDS):
        return False
    if _THANKS_FOR_NOTHING.search(lower):
        return True
    if wordset.isdisjoint(_IRONY_PRAISE) or wordset.isdisjoint(_BAD_EVENT):
        return False
    opening = _IRONY_OPENING.search(lower)
    if opening is not None and _went_wrong(lower[opening.end() :]):
        return True
    parts = [p for p in _FRAGMENT.split(lower) if p.strip()]
    told = len(parts)  # the fragments before the praise and filler at the end
    closing: list[str] = []  # the words of those at the end
    for part in reversed(parts):
        words = learn.tokens(part)
        if not words or not all(w in _IRONY_PRAISE or w in _IRONY_FILLER for w in words):
            break
        told -= 1
        closing += words
    if told in (0, len(parts)) or len(closing) > 6 or _IRONY_PRAISE.isdisjoint(closing):
        return False
    before = " ".join(parts[:told])
    # what went wrong, told without a word of praise of its own
    return (
        _went_wrong(before)
        and _IRONY_PRAISE.isdisjoint(learn.tokens(before))
        and _VADER.compound(before) < 0.5
    )


# The business's own promise in scare quotes, then what happened instead (the parcel "left in
# a safe place" in the rain, the aircon "fixed" on Monday and warm again by Wednesday, the
# "no fee" account with a fee): irony whatever praise follows. A quoted name alone ("the
# 'express' wash took ten minutes, great") is no irony: something must contradict it.
_SCARE_QUOTED = re.compile(
    r"(?:[\"“‘«]|(?<!\w)')\s*(?:[\w£$€%-]+\s+){0,4}?(?:fixed|repaired|sorted|resolved|delivered|"
    r"available|sale|no fee|free|safe place|priority|next day|on its way|investigate|"
    r"investigating|escalated|guaranteed|superfast|premium|cleaned|serviced|refunded|"
    r"processed|on time|in stock|urgent|asap|réparée?|livrée?|gratuite?|disponible|arreglado|"
    r"entregado|gratis)(?:\s+[\w£$€%-]+){0,4}?\s*(?:[\"”’»]|'(?!\w))"
)
_QUOTE = re.compile(r"(?<!\w)'")  # a quote, not an apostrophe
_CONTRADICTED = re.compile(
    r"\b(?:apparently|nowhere|now has|now charges|turn(?:s|ed)? out|instead|nulle part|"
    r"en fait|resulta que|en realidad|ni rastro)\b"
)
# ... or, in the same clause after the quote, "again" or "the same" beside something gone
# wrong ("stone cold again by Sunday"); never praise ("would book it again").
_AGAIN = re.compile(r"\b(?:again|the same|encore|otra vez)\b")


def scare_quoted(text: str) -> bool:
    """Whether the comment quotes the business's promise and says it did not hold."""
    if (
        '"' not in text
        and "“" not in text
        and "«" not in text
        and "‘" not in text
        and ("'" not in text or not _QUOTE.search(text))
    ):
        return False  # (cheap tests first: most comments quote nothing)
    quoted = _SCARE_QUOTED.search(text)
    if quoted is None:
        return False
    after = text[quoted.end() :]
    if _CONTRADICTED.search(after):
        return True
    for clause in _FRAGMENT.split(after):
        if _AGAIN.search(clause):
            words = set(learn.tokens(clause)) - {"again", "never"}
            if not words.isdisjoint(_BAD_EVENT) or _VADER.compound(clause) <= -0.3:
                return True
    return False


def _went_wrong(told: str) -> bool:
    """Whether `told` says something went wrong (and was not put right, nor the customer's
    own slip, nor shrugged off)."""
    turns = [m.end() for m in _CONTRAST.finditer(told)]
    if turns:  # "cancelled, but I had a new flight before I landed": what follows the last
        told = told[turns[-1] :]
    words = set(learn.tokens(told))
    if not words.isdisjoint(("waited", "waiting")) and _STAFF_WAITED.search(told):
        words -= {"waited", "waiting"}  # someone waited for the customer
    if "late" in words and _WE_WERE_LATE.search(told):
        words.discard("late")  # the customer's own lateness
    if "waiting" in words and _WAITING_PLACE.search(told):
        words.discard("waiting")  # the waiting room
    return not (
        words.isdisjoint(_BAD_EVENT)
        or _NOT_MINDED.search(told)
        or _NO_WAIT.search(told)
        or _RESOLVED.search(told)
        or _GOOD_TURN.search(told)
    )


# A complaint asked as a question ("why do I have to phone to book?", "where is my bag??",
# "is anyone actually working today?", "who pays for this?"): a grievance, not a request
# for information, which `suggestion_only` reads as neutral.
_GRIEVANCE_QUESTION = re.compile(
    r"\bwhy (?:do|does|did|must|should|would|is|are|was|were|has|have|isn't|aren't|wasn't|"
    r"hasn't|haven't|can't|won't|didn't|doesn't|don't|can|cant|wont) (?:it|there|my|our|the|"
    r"nobody|no one|no|this|your|you|i|we|they|everything|every|customers|existing customers|"
    r"passengers|people)\b|"
    r"\bwhere(?:'s| is| are) (?:my|our)\b[^?]*\?{2,}|"
    r"\bis (?:anyone|anybody|someone|somebody) (?:actually |even |still )?(?:working|there|"
    r"reading|answering|listening|home|awake)\b|"
    r"\bhow (?:is|was) (?:it|this|that) (?:even )?(?:possible|acceptable|fair|ok|okay|legal|"
    r"allowed)\b|"
    r"\bwhen (?:are|will) you (?:going to |ever )?(?:reply|respond|answer|fix|refund|sort|"
    r"get back|call|pay)\b|"
    r"\bwho (?:pays|is paying|is going to pay|will pay) for (?:this|that|it)\b|"
    r"\bis it too much to ask\b|\bwhat(?:'s| is) the point\b|\bmake it make sense\b"
)
_GRIEVANCE_WORDS = learn.wordset(
    "why where where's anyone anybody someone somebody possible acceptable fair ok okay legal "
    "allowed reply respond answer fix refund sort call pays paying pay ask point sense"
)


@dataclass(slots=True)
class Service:
    """The service layer's adjustment to the base score, and why."""

    delta: float
    reasons: list[str]
    waiting: bool
    never: bool  # something (a delivery, a refund, a fix…) never happened
    repeated: bool
    cut_word: int  # index of the last contrast word ("but"), or the number of words
    unanswered: bool = False  # nobody answered, replied or called back
    put_right: bool = False  # a problem put right, or praise said by denial ("can't fault")
    worse: bool = False  # "couldn't have been worse": a complaint said by denial
    grievance: bool = False  # a complaint asked as a question ("why do I have to…?")
    missing: bool = False  # something wanted could not be found ("couldn't find a seat")


def service_layer(
    lower: str,
    words: Sequence[str],
    wordset: frozenset[str] | set[str],
    pairs: Sequence[str],
    *,
    foreign: bool,
) -> Service:
    """How much the service facts and vocabulary move the score (negative = worse)."""
    reasons: list[str] = []
    delta = 0.0
    cut = -1  # character offset of the last "but"; what follows counts more
    cut_word = len(words)
    if not wordset.isdisjoint(_CONTRAST_WORDS):
        for m in _CONTRAST.finditer(lower):
            cut = m.start()
        for i in range(len(words) - 1, -1, -1):
            if words[i] in _CONTRAST_WORDS:
                cut_word = i
                break

    def weight(position: int) -> float:
        if cut < 0:
            return 1.0
        return 1.5 if position > cut else 0.5

    waiting = never = repeated = False
    negated = not wordset.isdisjoint(NEGATORS)
    if negated and not wordset.isdisjoint(_NO_WAIT_WORDS) and _NO_WAIT.search(lower):
        delta += 0.4
        reasons.append("says there was no wait")
    else:
        at = _waited_at(lower) if not wordset.isdisjoint(_WAIT_WORDS) else -1
        if at >= 0:
            waiting = True
            delta -= 0.55 * weight(at)
            reasons.append("mentions waiting time")
        m = _REPEAT.search(lower) if not wordset.isdisjoint(_REPEAT_WORDS) else None
        if m:
            repeated = True
            delta -= 0.45 * weight(m.start())
            reasons.append("had to ask more than once")
    unanswered = False
    if negated and not wordset.isdisjoint(_NEVER_WORDS):  # each _NEVER opens with a negator
        for m in _NEVER.finditer(lower):
            if not (never or unanswered):
                delta -= 0.5 * weight(m.start())
                reasons.append("says something never happened")
            if m.group(0).endswith(_CONTACT_ENDINGS):
                unanswered = True
            else:
                never = True
    missing = False
    if (negated or "unable" in wordset) and "find" in wordset and (m := _NOT_FOUND.search(lower)):
        # something the customer wanted and did not find: "I couldn't find anything to
        # eat", "we can't find anyone to help" (not "couldn't find anything wrong", praise
        # by denial): it moves the score half a point, as something that never happened
        # does, and is a fact heard, so the learned layer does not speak alone
        # (`analysis.FACT_POSITIVE_FROM`); it adds no P and overrides no other rule.
        missing = True
        delta -= 0.5 * weight(m.start())
        reasons.append("says something wanted could not be found")

    # vocabulary, word by word, with negation of the two words before
    vocab = 0.0
    lex = _FOREIGN_LEX if foreign else _DOMAIN_WORDS
    found = lex.keys() & wordset
    if found:
        for i in [i for i, w in enumerate(words) if w in found]:
            v = lex[words[i]]
            if negated and (
                (i > 0 and words[i - 1] in NEGATORS) or (i > 1 and words[i - 2] in NEGATORS)
            ):
                v = -0.9 * v if v < 0 else -0.8 * v
            if cut >= 0:
                v *= 1.5 if i > cut_word else 0.5
            vocab += v
    for pair in _DOMAIN_PAIRS.keys() & pairs:
        vocab += _DOMAIN_PAIRS[pair] * pairs.count(pair)
    put_right = False
    m = _put_right_match(lower, wordset)
    if (
        m
        and m.start() > cut
        and not _NOT_PUT_RIGHT.search(lower[max(0, m.start() - 25) : m.start()])
        # praise wished for, not given: "the least they could do is fix it at no charge"
        and not (
            m.re in _DENIALS_OF_DOUBT and _WISHED.search(lower[max(0, m.start() - 60) : m.start()])
        )
        and (
            m.group(0).startswith(_DENIALS)
            or m.re in _DENIALS_OF_DOUBT
            # a fix or an early arrival: unless it went wrong again after
            or not (
                _NEGATOR_IN.search(m.group(0))
                or _STILL_WRONG.search(_DENIED_PROBLEM.sub(" ", lower[m.end() :]))
            )
        )
    ):
        put_right = True
    if not put_right and story_put_right(lower, wordset, foreign=foreign):
        put_right = True
    if put_right:
        # the problem told on the way counts for little: the story ends well
        delta = max(delta, 0.0) + PUT_RIGHT
        vocab = max(vocab, 0.0)
        reasons.append("a problem put right, or praise by denial")
    worse = False
    if (
        negated
        and not put_right
        and not wordset.isdisjoint(_NO_WORSE_COULD)
        and not wordset.isdisjoint(_NO_WORSE_WORDS)
        and (m := _NO_WORSE.search(lower))
    ):
        worse = True
        delta = min(delta, 0.0) - 0.9 * weight(m.start())
        vocab = min(vocab, 0.0)
        reasons.append("says it could not have been worse")
    if (
        not worse
        and not put_right
        and negated
        and not wordset.isdisjoint(_SOURED_WORDS)
        and (m := _SOURED.search(lower))
    ):
        worse = True
        delta = min(delta, 0.0) - 0.6 * weight(m.start())
        reasons.append("says it went wrong after a good run")
    grievance = False
    if (
        not put_right
        and not wordset.isdisjoint(_GRIEVANCE_WORDS)
        and (m := _GRIEVANCE_QUESTION.search(lower))
    ):
        grievance = True
        # (its own words of praise are rhetorical: "how is that acceptable?")
        delta -= 0.7 * weight(m.start())
        reasons.append("a complaint asked as a question")
    if not worse and not put_right and ironic(lower, wordset):
        worse = True
        delta = min(delta, 0.0) - 0.6
        vocab = min(vocab, 0.0)
        reasons.append("praise said in irony after a complaint")
    elif not worse and not put_right and scare_quoted(lower):
        worse = True
        delta = min(delta, 0.0) - 0.6
        vocab = min(vocab, 0.0)
        reasons.append("a promise in scare quotes that did not hold")
    if vocab <= -0.3:
        reasons.append("service vocabulary reads negative")
    elif vocab >= 0.3:
        reasons.append("service vocabulary reads positive")
    delta += 0.5 * vocab
    return Service(
        delta,
        reasons,
        waiting,
        never,
        repeated,
        cut_word,
        unanswered,
        put_right,
        worse,
        grievance,
        missing,
    )
