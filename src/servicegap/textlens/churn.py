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
        # "not renewing my contract", "won't be renewing", "we will not extend the lease"
        (W("not won't wont wouldn't never no"), W("renew renewing renewal extend extending")),
        re.compile(
            r"\b(?:not|won't|wont|wouldn't|never|no)\s+(?:\w+\s+){0,2}?(?:renew|renewing|"
            r"renewal|extend|extending)\b"
        ),
    ),
    (
        # porting a number out, asking for a code to leave, moving a mortgage or pension
        (W("port porting ported pac stac code transfer transferring moving"),),
        re.compile(
            r"\b(?:port|porting|ported|transfer|transferring|moving)\s+(?:my|our)\s+"
            r"(?:\w+\s+)?(?:number|numbers|line|mortgage|pension|savings|isa)\b"
            r"(?:\s+(?:out|over|away|to)\b)?"
            r"|\b(?:pac|stac|porting|leaving|switching)\s+code\b"
        ),
    ),
    (
        # "I want to cancel", "please cancel my direct debit", "asked to cancel my contract"
        (W("cancel cancelling canceling cancelled stop stopping"),),
        re.compile(
            r"\b(?:want|wanted|would like|'d like|wish|asked|asking|am writing|need|trying)\s+"
            r"to\s+cancel\s+(?:my|our|the)\s+(?:\w+\s+)?(?:account|membership|subscription|"
            r"contract|plan|policy|broadband|insurance|service|season ticket|lease)\b"
            r"|\b(?:cancel|cancelling|canceling|cancelled|stop|stopping|stopped)\s+(?:my|our|the)"
            r"\s+(?:\w+\s+)?(?:direct debit|standing order|season ticket|gym membership|"
            r"box subscription|weekly order|regular order|delivery plan)"
        ),
    ),
    (
        # "we order from the place across the road instead now"
        (W("instead"),),
        re.compile(
            r"\b(?:i|we|i'll|we'll|i've|we've|now|will)\s+(?:\w+\s+){0,2}?(?:order|ordering|"
            r"buy|buying|shop|shopping|book|booking|go|going|use|using|bank|banking|fly|flying|"
            r"eat|eating|stay|staying)\s+(?:from|at|with|to)\s+(?:[\w']+\s+){1,6}?instead\b"
            r"(?!\s+of\b)"
        ),
    ),
    (
        # "would not recommend you to anyone": no longer a customer who speaks for them
        (W("recommend"), W("anyone anybody soul enemy nobody")),
        re.compile(
            r"\b(?:would not|wouldn't|will not|won't|never|cannot|can't|could not|couldn't|"
            r"do not|don't|not)\s+(?:\w+\s+)?recommend\b(?![^.!?]{0,30}?\b(?:more|highly|enough)\b)[^.!?]{0,30}?\b(?:to\s+)?"
            r"(?:anyone|anybody|a soul|my worst enemy)\b"
        ),
    ),
    (
        # "we put our guests up somewhere else", "sending our team elsewhere"
        (
            W("elsewhere else another different"),
            W("put putting house housing send sending sent take taking move moving moved"),
        ),
        re.compile(
            r"\b(?:put|putting|house|housing|send|sending|sent|take|taking|move|moving|moved)\s+"
            r"(?:our|my|the)\s+(?:\w+\s+)?(?:guests|clients|visitors|staff|team|delegates|"
            r"family|kids|children|car|cars|dog|pets?|prescriptions?|parcels?)\s+(?:up\s+)?"
            r"(?:elsewhere|somewhere else|to another|at another|in another|to a different|"
            r"at a different)"
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
    (
        # French: not renewing, changing bank or provider, leaving, cancelling
        (
            W(
                "renouveler renouvelle renouvellerai renouvellerons renouvelons quitte pars "
                "partir résilie resilie désabonne résiliation portabilité change changeons "
                "changer"
            ),
        ),
        re.compile(
            r"\bje (?:ne )?(?:vais )?(?:pas )?renouvel\w*\b[^.!?]{0,20}?\bpas\b"
            r"|\bne (?:vais|allons) pas renouveler\b|\bne renouvel\w+ pas\b"
            r"|\b(?:je|nous) (?:change|changeons|vais changer|allons changer) d(?:e |')"
            r"(?:banque|opérateur|operateur|fournisseur|salle|assureur|garage|pharmacie|"
            r"coiffeur|crèche|agence|magasin|restaurant|hôtel|hotel)"
            r"|\bje (?:quitte|pars chez|vais partir chez|résilie|resilie|me désabonne)\b"
            r"|\brésiliation\b|\bportabilité\b"
        ),
    ),
    (
        # Spanish: not renewing, leaving ("darse de baja"), changing company, porting
        (
            W(
                "renovaré renovare renovar renovamos renovaremos baja portabilidad cambio "
                "cambiamos cambiar cambié voy"
            ),
        ),
        re.compile(
            r"\bno\s+(?:\w+\s+)?(?:renovaré|renovare|renovamos|renovaremos|voy a renovar|"
            r"vamos a renovar|pienso renovar)\b"
            r"|\b(?:me|nos) (?:doy|damos|di|dimos|voy a dar|vamos a dar) de baja\b"
            r"|\bdarme de baja\b|\bportabilidad\b"
            r"|\b(?:me|nos) (?:cambio|cambiamos|voy a cambiar|vamos a cambiar|cambié) de "
            r"(?:compañía|compania|banco|operador|gimnasio|seguro|taller|farmacia|peluquería|"
            r"peluqueria|tienda|proveedor)"
            r"|\bme voy (?:a|con) (?:la competencia|otro|otra)\b"
        ),
    ),
]
_ANY = frozenset().union(*(needs[0] for needs, _ in _PATTERNS))
# Each first-needed word and the patterns (by index, in order) it opens: only those are tried.
_OPENS: dict[str, tuple[int, ...]] = {
    word: tuple(i for i, (needs, _) in enumerate(_PATTERNS) if word in needs[0]) for word in _ANY
}
_NOT_CHURN = re.compile(r"hesitat|can'?t wait|cannot wait|definitely|surely|certainly|sure")
# A customer who left another business for this one ("I switched to you from my old
# bank") is arriving, not leaving: the sentence saying so is not read for churn.
_ARRIVED = re.compile(
    r"\b(?:left|leaving|switched|switching|switch|moved|moving|changed|came|come|ported|"
    r"transferred|swapped)\b[^.!?]{0,50}?\b(?:to|for|with)\s+(?:you\b|you guys\b|your\b|"
    r"y'all\b|this (?:place|shop|gym|bank|salon|garage|pharmacy|clinic|practice|company|"
    r"network|florist|hotel|restaurant)\b|vous\b|chez vous\b|ustedes\b|vosotros\b)"
    r"|\b(?:switched|moved|came|changed|ported)\s+(?:over\s+)?(?:here|to you)\b"
    r"|\b(?:j'ai quitté|je suis passé|je suis passée|dejé|me cambié|me pasé)\b[^.!?]{0,40}?"
    r"\b(?:pour vous|chez vous|con ustedes|a ustedes|aquí|aqui)\b"
)
_ARRIVED_WORDS = W(
    "left leaving switched switching switch moved moving changed came come ported transferred "
    "swapped quitté passé passée dejé cambié pasé"
)
_SENTENCE = re.compile(r"[^.!?\n]+")


def churn_signal(lower: str, wordset: frozenset[str] | set[str] | None = None) -> str | None:
    """The phrase saying the customer is leaving, or None."""
    if wordset is None:
        wordset = set(learn.tokens(lower))
    opened = _ANY.intersection(wordset)
    if not opened:
        return None
    if not wordset.isdisjoint(_ARRIVED_WORDS) and _ARRIVED.search(lower):
        lower = " . ".join(
            m.group(0) for m in _SENTENCE.finditer(lower) if not _ARRIVED.search(m.group(0))
        )
    tried = {i for word in opened for i in _OPENS[word]}
    for i in sorted(tried) if len(tried) > 1 else tried:
        needs, pattern = _PATTERNS[i]
        if len(needs) > 1 and wordset.isdisjoint(needs[1]):
            continue
        for m in pattern.finditer(lower):
            phrase = m.group(0)
            if not _NOT_CHURN.search(phrase):
                return phrase.strip()
    return None
