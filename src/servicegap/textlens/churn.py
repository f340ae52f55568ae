"""Churn signals: a customer saying they will not come back, will go elsewhere, are
closing their account or moving to a competitor — in English, French and Spanish."""

from __future__ import annotations

import re

from servicegap.textlens import learn

_EN = (
    # "won't be back", "will never come back", "not going back", "wouldn't order from them again"
    r"\b(?:never|not|won't|wont|will not|wouldn't|would not|ain't|shan't|no way i'?m)\s+"
    r"(?:\w+\s+){0,4}?(?:go|going|come|coming|be|return|returning|order|ordering|shop|"
    r"shopping|book|booking|stay|staying|eat|eating|use|using|visit|visiting|buy|buying|"
    r"step foot|set foot|recommend|fly|flying|bank|deal)\b[^.!?]{0,25}?"
    r"\b(?:back|again|here|there|anymore|any more|in future|ever)\b"
    r"|\bnever again\b|\bnever,? ever\b.{0,30}\bagain\b"
    r"|\b(?:this|that) (?:was|is|will be) (?:my|our|the) (?:last|final) (?:time|visit|order|stay)"
    r"|\b(?:my|our) (?:last|final) (?:time|visit|order|stay|purchase)\b"
    r"|\b(?:i'?m|i am|we'?re|we are|i'?ve|we'?ve|have|has)\s+(?:\w+\s+)?(?:done|finished|"
    r"through)\b(?: with\b| here\b| now\b|\s*[.!,]|$)"
    r"|\b(?:take|taking|took|bring|bringing)\s+(?:my|our)\s+(?:business|money|custom|"
    r"family|orders?)\s+(?:elsewhere|somewhere else|to\b)"
    r"|\b(?:go|going|went|shop|shopping|order|ordering|eat|eating|stay|staying|book|"
    r"booking|try|trying|look|looking)\s+(?:\w+\s+)?(?:elsewhere|somewhere else|"
    r"someplace else|another (?:place|shop|store|company|provider|restaurant|hotel|clinic|"
    r"florist|dentist|doctor|bank|salon|garage|carrier|network))"
    r"|\b(?:switch|switching|switched|moving|move|moved|changing|change|going|go|port|"
    r"porting)\s+(?:\w+\s+)?(?:over\s+)?to\s+(?:a\s+|your\s+|the\s+)?(?:competitor|"
    r"competition|another|a different|someone else|rivals?)"
    r"|\b(?:close|closing|closed|cancel|cancelling|canceling|cancelled|terminate|"
    r"terminating|end|ending|quit|quitting)\s+(?:my|our|the)\s+(?:\w+\s+)?(?:account|"
    r"membership|subscription|contract|card|plan|policy|loyalty)"
    r"|\b(?:lost|losing|lose)\s+(?:a|another|one|yet another|your|my|our|a loyal|"
    r"a long[- ]time|a longtime|a regular)\s*(?:\w+\s+)?(?:customer|client|patient|guest|"
    r"business|custom)"
    r"|\byou(?:'ve| have| just)? lost (?:me|us|a customer|my business|our business)"
    r"|\b(?:find|finding|found|look for|looking for)\s+(?:a new|another|a different)\s+"
    r"(?:dentist|doctor|florist|restaurant|hotel|provider|place|shop|store|salon|mechanic|"
    r"garage|bank|gym|company|supplier|network|carrier|clinic|vet|takeaway|pharmacy)"
    r"|\bno longer\s+(?:be\s+)?(?:a\s+)?(?:using|use|ordering|shopping|coming|customer|"
    r"client|patient|member|visiting)"
)
_FR = (
    r"\b(?:je|nous|on)\s+(?:ne|n')\s*(?:\w+\s+)?(?:reviendr\w+|reviens|revien\w*|"
    r"viendr\w+|commander\w*|retourner\w*|remettr\w+)"
    r"|\bplus jamais\b|\bjamais plus\b|\b(?:la |c'était la )?derni[eè]re fois\b"
    r"|\b(?:fermer|ferme|résilier|resilier|résilie|annuler)\s+(?:mon|notre|l')\s*"
    r"(?:compte|abonnement|contrat|carte)"
    r"|\bailleurs\b|\bchez (?:la concurrence|un concurrent|vos concurrents)"
    r"|\bc'est fini\b|\bvous avez perdu un client\b"
)
_ES = (
    r"\bno\s+(?:\w+\s+)?(?:vuelvo|volveré|volvere|volveremos|regreso|regresaré|regresare|"
    r"regresaremos|pienso volver|voy a volver|vamos a volver|vuelvo a)"
    r"|\bnunca m[aá]s\b|\b[uú]ltima vez\b"
    r"|\b(?:cerrar|cancelar|dar de baja|cierro|cancelo)\s+(?:mi|nuestra|la)\s+"
    r"(?:cuenta|suscripci[oó]n|membres[ií]a|contrato|tarjeta)"
    r"|\ba la competencia\b|\bme cambio\b|\bme voy a cambiar\b|\bme paso\b|\botro lugar\b"
    r"|\bhan perdido un cliente\b|\bperdieron un cliente\b"
)
_CHURN = re.compile(_EN + "|" + _FR + "|" + _ES)
_NOT_CHURN = re.compile(r"hesitat|can'?t wait|cannot wait|definitely|surely|certainly|sure")


_TRIGGERS = learn.wordset("""never not won't wont wouldn't would will ain't shan't no last final done finished
    through elsewhere else another competitor competition different rival rivals close closing
    closed cancel cancelling canceling cancelled terminate terminating end ending quit quitting
    lost losing lose find finding found looking look longer switch switching switched moving
    move moved changing change port porting
    ne n jamais dernière derniere ailleurs concurrence concurrent fini perdu fermer ferme
    résilier resilier résilie annuler
    nunca última ultima cerrar cancelar baja cierro cancelo competencia cambio cambiar paso
    otro perdido perdieron""")


def churn_signal(lower: str, wordset: frozenset[str] | set[str] | None = None) -> str | None:
    """The phrase saying the customer is leaving, or None."""
    if wordset is not None and wordset.isdisjoint(_TRIGGERS):
        return None
    for m in _CHURN.finditer(lower):
        phrase = m.group(0)
        if _NOT_CHURN.search(phrase):
            continue
        return phrase.strip()
    return None
