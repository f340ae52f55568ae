"""Churn signals: a customer saying they will not come back, will go elsewhere, are
closing their account or moving to a competitor — in English, French and Spanish.

Each pattern is tried only when the comment holds one word of each of its word lists, so
most comments cost a few set tests.
"""

from __future__ import annotations

import re

from servicegap.textlens import learn

W = learn.wordset
_PATTERNS: list[tuple[tuple[frozenset[str], ...], re.Pattern[str]]] = [
    (
        # "won't be back", "will never come back", "not going back", "wouldn't order again"
        (
            W("never not won't wont wouldn't ain't shan't way"),
            W("back again here there anymore any future ever"),
        ),
        re.compile(
            r"\b(?:never|not|won't|wont|wouldn't|ain't|shan't|no way i'?m)\s+"
            r"(?:\w+\s+){0,4}?(?:go|going|come|coming|be|return|returning|order|ordering|shop|"
            r"shopping|book|booking|stay|staying|eat|eating|use|using|visit|visiting|buy|buying|"
            r"step foot|set foot|recommend|fly|flying|bank|deal)\b[^.!?]{0,25}?"
            r"\b(?:back|again|here|there|anymore|any more|in future|ever)\b"
        ),
    ),
    ((W("never"), W("again")), re.compile(r"\bnever again\b|\bnever,? ever\b.{0,30}\bagain\b")),
    (
        (W("last final"),),
        re.compile(
            r"\b(?:this|that) (?:was|is|will be) (?:my|our|the) (?:last|final) "
            r"(?:time|visit|order|stay)|\b(?:my|our) (?:last|final) "
            r"(?:time|visit|order|stay|purchase)\b"
        ),
    ),
    (
        (W("done finished through"),),
        re.compile(
            r"\b(?:i'?m|i am|we'?re|we are|i'?ve|we'?ve|have|has)\s+(?:\w+\s+)?(?:done|finished|"
            r"through)\b(?: with\b| here\b| now\b|\s*[.!,]|$)"
        ),
    ),
    (
        (W("business money custom family order orders"), W("elsewhere else to")),
        re.compile(
            r"\b(?:take|taking|took|bring|bringing|moving|move)\s+(?:my|our)\s+(?:business|"
            r"money|custom|family|orders?)\s+(?:elsewhere|somewhere else|to\b)"
        ),
    ),
    (
        (W("elsewhere else another"),),
        re.compile(
            r"\b(?:go|going|went|shop|shopping|order|ordering|eat|eating|stay|staying|book|"
            r"booking|try|trying|look|looking)\s+(?:\w+\s+)?(?:elsewhere|somewhere else|"
            r"someplace else|another (?:place|shop|store|company|provider|restaurant|hotel|"
            r"clinic|florist|dentist|doctor|bank|salon|garage|carrier|network))"
        ),
    ),
    (
        (W("competitor competition another different else rival rivals providers provider"),),
        re.compile(
            r"\b(?:switch|switching|switched|moving|move|moved|changing|change|going|go|port|"
            r"porting)\s+(?:\w+\s+)?(?:over\s+)?(?:to\s+(?:a\s+|your\s+|the\s+)?(?:competitor|"
            r"competition|another|a different|someone else|rivals?)|providers?\b)"
        ),
    ),
    (
        (W("account membership subscription contract card plan policy loyalty"),),
        re.compile(
            r"\b(?:close|closing|closed|cancel|cancelling|canceling|cancelled|terminate|"
            r"terminating|end|ending|quit|quitting)\s+(?:my|our|the)\s+(?:\w+\s+)?(?:account|"
            r"membership|subscription|contract|card|plan|policy|loyalty)"
        ),
    ),
    (
        (W("lost losing lose"), W("customer client patient guest business custom me us")),
        re.compile(
            r"\b(?:lost|losing|lose)\s+(?:a|another|one|yet another|your|my|our|a loyal|"
            r"a long[- ]time|a longtime|a regular)\s*(?:\w+\s+)?(?:customer|client|patient|"
            r"guest|business|custom)|\byou(?:'ve| have| just)? lost (?:me|us|a customer|"
            r"my business|our business|my custom)"
        ),
    ),
    (
        (W("find finding found look looking"), W("new another different")),
        re.compile(
            r"\b(?:find|finding|found|look for|looking for)\s+(?:a new|another|a different)\s+"
            r"(?:dentist|doctor|florist|restaurant|hotel|provider|place|shop|store|salon|"
            r"mechanic|garage|bank|gym|company|supplier|network|carrier|clinic|vet|takeaway|"
            r"pharmacy)"
        ),
    ),
    (
        (W("longer"),),
        re.compile(
            r"\bno longer\s+(?:be\s+)?(?:a\s+)?(?:using|use|ordering|shopping|coming|customer|"
            r"client|patient|member|visiting)"
        ),
    ),
    (
        (
            W(
                "ne n plus jamais dernière derniere fermer ferme résilier resilier résilie annuler "
                "ailleurs chez fini perdu"
            ),
        ),
        re.compile(
            r"\b(?:je|nous|on)\s+(?:ne|n')\s*(?:\w+\s+)?(?:reviendr\w+|reviens|revien\w*|"
            r"viendr\w+|commander\w*|retourner\w*|remettr\w+)"
            r"|\bplus jamais\b|\bjamais plus\b|\b(?:la |c'était la )?derni[eè]re fois\b"
            r"|\b(?:fermer|ferme|résilier|resilier|résilie|annuler)\s+(?:mon|notre|l')\s*"
            r"(?:compte|abonnement|contrat|carte)"
            r"|\bailleurs\b|\bchez (?:la concurrence|un concurrent|vos concurrents)"
            r"|\bc'est fini\b|\bvous avez perdu un client\b"
        ),
    ),
    (
        (
            W(
                "no nunca última ultima cerrar cancelar baja cierro cancelo competencia cambio "
                "cambiar paso otro perdido perdieron"
            ),
        ),
        re.compile(
            r"\bno\s+(?:\w+\s+)?(?:vuelvo|volveré|volvere|volveremos|regreso|regresaré|"
            r"regresare|regresaremos|pienso volver|voy a volver|vamos a volver|vuelvo a)"
            r"|\bnunca m[aá]s\b|\b[uú]ltima vez\b"
            r"|\b(?:cerrar|cancelar|dar de baja|cierro|cancelo)\s+(?:mi|nuestra|la)\s+"
            r"(?:cuenta|suscripci[oó]n|membres[ií]a|contrato|tarjeta)"
            r"|\ba la competencia\b|\bme cambio\b|\bme voy a cambiar\b|\bme paso\b"
            r"|\botro lugar\b|\bhan perdido un cliente\b|\bperdieron un cliente\b"
        ),
    ),
]
_ANY = frozenset().union(*(needs[0] for needs, _ in _PATTERNS))
_NOT_CHURN = re.compile(r"hesitat|can'?t wait|cannot wait|definitely|surely|certainly|sure")


def churn_signal(lower: str, wordset: frozenset[str] | set[str] | None = None) -> str | None:
    """The phrase saying the customer is leaving, or None."""
    if wordset is None:
        wordset = set(learn.tokens(lower))
    if wordset.isdisjoint(_ANY):
        return None
    for needs, pattern in _PATTERNS:
        if wordset.isdisjoint(needs[0]) or (len(needs) > 1 and wordset.isdisjoint(needs[1])):
            continue
        for m in pattern.finditer(lower):
            phrase = m.group(0)
            if not _NOT_CHURN.search(phrase):
                return phrase.strip()
    return None
