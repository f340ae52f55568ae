"""Churn signals: a customer saying they will not come back, will go elsewhere, are
closing their account or moving to a competitor — in English, French and Spanish.

Each pattern is tried only when the comment holds one word of each of its word lists, so
most comments cost a few set tests.
"""

from __future__ import annotations

import re

from servicegap.textlens import learn

W = learn.wordset
# After "to another": a part of this business ("moved our guests to another room").
_INSIDE = (
    r"(?!\s+(?:room|rooms|table|one|floor|seat|date|day|time|slot|wing|part|area|bed|suite|"
    r"branch|size|colour|color|plan|tariff|menu|dish|appointment|spot|corner|side|night|"
    r"evening|week|month)\b)"
)
_BIZ = (
    r"(?:\w+\s+)?(?:place|shop|store|company|firm|provider|supplier|restaurant|hotel|venue|"
    r"clinic|florist|dentist|doctor|surgery|practice|bank|salon|barber|hairdresser|garage|"
    r"mechanic|carrier|network|airline|gym|vet|pharmacy|chemist|plumber|electrician|builder|"
    r"courier|takeaway|café|cafe|insurer|agency|supermarket|optician|nursery|operator)"
)
# Kinds of business (and of tradesperson) one takes one's custom to, singular
_BIZ_NOUNS = (
    r"(?:place|shop|store|company|firm|provider|supplier|restaurant|hotel|clinic|florist|"
    r"dentist|doctor|gp|surgery|practice|bank|salon|barber|hairdresser|garage|mechanic|network|"
    r"gym|pharmacy|chemist|plumber|electrician|builder|roofer|painter|courier|insurer|"
    r"supermarket|team|sparky|tradesman|nail tech|stylist|physio|vet|carrier|operator|app)"
)
_BIZ_WORDS = W(
    "place shop store company firm provider supplier restaurant hotel clinic florist dentist "
    "doctor gp surgery practice bank salon barber hairdresser garage mechanic network gym "
    "pharmacy chemist plumber electrician builder roofer painter courier insurer supermarket "
    "team sparky tradesman tech stylist physio vet carrier operator app"
)
_FR_BIZ = (
    r"(?:fournisseur|pharmacie|médecin|banque|opérateur|garage|salle|coiffeur|coiffeuse|"
    r"dentiste|fleuriste|assurance|supermarché|magasin|salon|hôtel|restaurant|prestataire|"
    r"plombier|électricien|artisan|transporteur|livreur|compagnie|kiné|opticien|boutique|"
    r"mécanicien|agence|enseigne)"
)
_ES_BIZ = (
    r"(?:compañía|compania|farmacia|médico|medico|banco|operadora|taller|gimnasio|peluquería|"
    r"peluqueria|súper|super|supermercado|tienda|empresa|clínica|clinica|dentista|hotel|"
    r"restaurante|floristería|floristeria|fontanero|electricista|proveedor|comercializadora|"
    r"mecánico|mecanico|seguro|aseguradora)"
)
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
            r"step foot|set foot|recommend|fly|flying|bank|deal|bother|bothering)\b[^.!?]{0,25}?"
            r"\b(?:back|again|here|there|anymore|any more|in future|ever)\b"
            # "never going back to my old bank": back to another business, not leaving this
            r"(?!\s+to\s+(?:my|our|the|that)\s+(?:old|previous|former|other|last|usual|chain)\b)"
        ),
    ),
    (
        # "you won't see me in this salon again"
        (W("won't wont never"), W("again")),
        re.compile(
            r"(?:won't|wont|will not|never)\s+(?:be\s+)?see(?:ing)?\s+(?:me|us)\s+"
            r"(?:\w+\s+){0,3}?again\b"
        ),
    ),
    ((W("never"), W("again")), re.compile(r"\bnever again\b|\bnever,? ever\b.{0,30}\bagain\b")),
    (
        (W("last final dernière última ultima"),),
        re.compile(
            r"\b(?:this|that|it)(?:'s| was| is| will be)? (?:my|our|the) (?:last|final) "
            r"(?:time|visit|order|stay|purchase)\b"
            r"|\b(?:my|our) final (?:time|visit|order|stay|purchase)\b"
            r"|\b(?:my|our) last (?:time|visit|order|stay|purchase) (?:ever|with you)\b"
            # a present or future tense after "last time": "last time I use you"; the past
            # ("the last time I ordered") is an earlier visit
            r"|\blast time (?:i|we)(?:'m| am|'re| are|'ll| will| ever)? "
            r"(?:(?!was\b|were\b|had\b|did\b)\w+ )?(?:use|using|order|ordering|book|booking|shop|"
            r"shopping|fly|flying|come|coming|eat|eating|stay|staying|buy|buying|bank|banking|deal|"
            r"dealing|visit|visiting)\b"
            # and no past tense in the rest of its sentence ("last time I visit, food was good")
            r"(?![^.!?]*\b(?:was|were|had|did|came|went|ordered|visited|ate|stayed)\b)"
            # "the last order I'll ever place", and the last visit in French and Spanish
            r"|\blast (?:order|time|visit|booking|purchase|stay) (?:i'?ll|ill|we'?ll|i will|we will|"
            r"i'?m|im) (?:ever )?(?:place|make|book|be|have|do|spend|buy)\b"
            r"|\b(?:c'était|c'est|ce sera|ça sera)\s+(?:ma|notre|la)\s+dernière\s+"
            r"(?:fois|visite|commande|venue|nuit|réservation)\b"
            r"|\b(?:fue|es|será|ha sido)\s+(?:mi|nuestra|la)\s+(?:última|ultima)\s+"
            r"(?:vez|visita|compra|estancia|reserva|pedido)\b"
        ),
    ),
    (
        (W("done finished through"),),
        re.compile(
            r"\b(?:i'?m|i am|we'?re|we are|i'?ve|we'?ve|i have|we have)\s+(?!been\b)(?:\w+\s+)?"
            r"(?:done|finished|through)\b(?: with\b| here\b| now\b|\s*[.!,]|$)"
            r"|(?:^|[.!?]\s*)(?:so |totally |completely |well )?done with (?:you|them|"
            r"(?:this|your) " + _BIZ + r")\b"
        ),
    ),
    (
        (W("business money custom family order orders"), W("elsewhere else to")),
        re.compile(
            r"\b(?:take|taking|took|taken|bring|bringing|moving|move)\s+(?:my|our)\s+(?:business|"
            r"money|custom|family|orders?)\s+(?:elsewhere|somewhere else|to\b)"
        ),
    ),
    (
        (W("elsewhere else another different rival competing"),),
        re.compile(
            r"\b(?:go|going|went|shop|shopping|order|ordering|eat|eating|stay|staying|book|"
            r"booking|booked|try|trying|look|looking|use|using|hire|hiring|call|calling|join|"
            r"joined|joining|register|registered|registering)\s+"
            r"(?:[\w']+\s+){0,4}?(?:elsewhere|somewhere else|someplace else|"
            r"(?:from|with|through|to) (?:someone|somebody) else\b|"
            r"(?:another|a different|a rival|a competing) " + _BIZ + r"\b)"
            r"|\b(?:use|using|hire|hiring|call|book|booking) (?:someone|somebody) else\b"
        ),
    ),
    (
        (
            W(
                "competitor competition another different else rival rivals providers provider "
                "suppliers banks networks gyms dentists doctors vets garages insurers carriers "
                "companies pharmacies salons florists opticians practices operators airlines"
            ),
        ),
        re.compile(
            r"\b(?:switch|switching|switched|moving|move|moved|changing|change|going|go|port|"
            r"porting|off|gone)\s+(?:\w+\s+){0,2}?(?:over\s+)?(?:to\s+(?:a\s+|your\s+|the\s+)?(?:competitor|"
            r"competition|another|a different|someone else|rivals?)" + _INSIDE + r"|providers?\b)"
            # a plural kind of business after a changing verb: "switched suppliers"
            r"|\b(?:switch|switching|switched|change|changing|changed|swap|swapping|swapped)\s+"
            r"(?:\w+\s+)?(?:suppliers|providers|banks|networks|gyms|dentists|doctors|vets|garages|"
            r"insurers|carriers|companies|pharmacies|salons|florists|opticians|practices|"
            r"operators|airlines)\b"
        ),
    ),
    (
        (
            W(
                "account accounts membership subscription contract card plan policy loyalty "
                "lease tenancy agreement"
            ),
        ),
        re.compile(
            r"\b(?:close|closing|closed|cancel|cancelling|canceling|cancelled|terminate|"
            r"terminating|end|ending|quit|quitting)\s+(?:all\s+)?(?:my|our|the)\s+(?:\w+\s+)?"
            r"(?:account|membership|subscription|contract|card|plan|policy|loyalty|lease|tenancy|"
            r"agreement)"
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
            r"pharmacy|hairdresser|barber|plumber|electrician|builder|cleaner|courier|optician|"
            r"surgery|practice|nursery|venue|insurer|airline|chemist|cafe|café|physio)"
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
        (
            W("not won't wont wouldn't never no"),
            W("renew renewing renewal renewed extend extending"),
        ),
        re.compile(
            r"\b(?:not|won't|wont|wouldn't|never|no)\s+(?:\w+\s+){0,2}?(?:renew|renewing|"
            r"renewal|renewed|extend|extending)\b"
        ),
    ),
    (
        # porting a number out, asking for a code to leave, moving a mortgage or pension
        (
            W(
                "port porting ported pac stac mac code transfer transferring transferred moving notice"
            ),
        ),
        re.compile(
            r"\b(?:port|porting|ported|transfer|transferring|moving)\s+(?:my|our)\s+"
            r"(?:\w+\s+)?(?:number|numbers|line|mortgage|pension|savings|isa)\b"
            r"(?:\s+(?:out|over|away|to)\b)?"
            r"|\b(?:pac|stac|mac|porting|leaving|switching)\s+code\b"
            r"|\b(?:number|line|account|mortgage|pension)\s+(?:is|was|has been|is being|will be)\s+"
            r"(?:ported|transferred|moved)\b"
            # "handed in our notice" (a customer's notice: a contract, a tenancy)
            r"|\b(?:gave|given|giving|give|handed|handing|sent|sending|served|put)\s+(?:in\s+)?"
            r"(?:my|our)\s+notice\b"
        ),
    ),
    (
        # "I want to cancel", "please cancel my direct debit", "asked to cancel my contract"
        (W("cancel cancelling canceling cancelled stop stopping stopped"),),
        re.compile(
            r"\b(?:want|wanted|would like|'d like|wish|asked|asking|am writing|need|trying)\s+"
            r"to\s+cancel\s+(?:my|our|the)\s+(?:\w+\s+)?(?:account|membership|subscription|"
            r"contract|plan|policy|broadband|insurance|service|season ticket|lease)\b"
            r"|\b(?:cancel|cancelling|canceling|cancelled|stop|stopping|stopped)\s+(?:my|our|the)"
            r"\s+(?:\w+\s+){0,2}?(?:direct debit|standing order|season ticket|gym membership|"
            r"box subscription|weekly order|regular order|delivery plan|box|deliveries|"
            r"(?:milk|veg|weekly|regular|monthly) delivery)\b"
        ),
    ),
    (
        # "we order from the place across the road instead now"
        (W("instead"),),
        re.compile(
            r"\b(?:i|we|i'll|we'll|i've|we've|now|will)\s+(?:(?!had\b|have\b|having\b)\w+\s+){0,2}?"
            r"(?:order|ordering|"
            r"buy|buying|shop|shopping|book|booking|go|going|use|using|bank|banking|fly|flying|"
            r"eat|eating|stay|staying)\s+(?:from|at|with|to)\s+(?:[\w']+\s+){1,6}?instead\b"
            r"(?!\s+of\b)"
        ),
    ),
    (
        # "would not recommend you to anyone": no longer a customer who speaks for them
        (W("recommend recommending"), W("anyone anybody soul enemy nobody")),
        re.compile(
            r"\b(?:would not|wouldn't|will not|won't|never|cannot|can't|could not|couldn't|"
            r"do not|don't|not)\s+(?:\w+\s+)?recommend\w*\b(?![^.!?]{0,30}?\b(?:more|highly|enough)\b)[^.!?]{0,30}?\b(?:to\s+)?"
            r"(?:anyone|anybody|a soul|my worst enemy)\b"
        ),
    ),
    (
        # "we put our guests up somewhere else", "sending our team elsewhere"
        (
            W("elsewhere else another different now future"),
            W(
                "put putting house housing send sending sent take taking move moving moved "
                "guests delegates visitors clients team staff conference event meeting party "
                "wedding reception training dinner do"
            ),
        ),
        re.compile(
            r"\b(?:put|putting|house|housing|send|sending|sent|take|taking|move|moving|moved)\s+"
            r"(?:our|my|the)\s+(?:\w+\s+)?(?:guests|clients|visitors|staff|team|delegates|"
            r"family|kids|children|car|cars|dog|pets?|prescriptions?|parcels?)\s+(?:up\s+)?"
            r"(?:elsewhere|somewhere else|to another|at another|in another|to a different|"
            r"at a different)" + _INSIDE +
            # "our guests will be put up elsewhere from now on"
            r"|\b(?:guests|delegates|visitors|clients|team|staff)\s+(?:will be|are being|are "
            r"going to be|will)\s+(?:put up|staying|stay|housed|booked)\s+(?:[\w']+\s+){0,6}?"
            r"(?:elsewhere|somewhere else|from now on|in future|another|a different)\b"
            # "we'll be holding next year's conference at another venue"
            r"|\b(?:hold|holding|host|hosting|have|having|run|running|book|booking|move|moving)\s+"
            r"(?:[\w']+\s+){0,3}?(?:conference|event|meeting|party|wedding|reception|"
            r"training|dinner|do)\s+(?:\w+\s+)?(?:at|in|to|with)\s+(?:another|a different|"
            r"a rival|a new)\s+(?:\w+\s+)?(?:venue|hotel|place|restaurant|caterer|company)"
        ),
    ),
    (
        # "I'm leaving you for a cheaper provider" (not "leaving you a review")
        (W("leaving"), W("you your this")),
        re.compile(
            r"\b(?:i'?m|we'?re|i am|we are|i'?ll be|we'?ll be)\s+(?:\w+\s+)?leaving\s+(?:you|"
            r"your (?:\w+\s+)?(?:bank|gym|network|practice|surgery|company|service|salon|garage)|"
            r"this (?:bank|gym|network|practice|surgery|company|salon|garage))\b"
            r"(?!\s+(?:a|an|this|my|our|some|five|\d)\b)"
        ),
    ),
    (
        # "I won't be staying with you", "not continuing as a member"
        (W("not won't wont never"), W("staying stay remaining remain continuing continue")),
        re.compile(
            r"\b(?:not|won't|wont|will not|never)\s+(?:be\s+)?(?:staying|stay|remaining|remain|"
            r"continuing|continue)\s+(?:on\s+)?(?:with (?:you|them|this|your)\b|as a (?:customer|"
            r"member|client|patient|subscriber))"
        ),
    ),
    (
        # "no more orders from me", "unsubscribed from the meal kit"
        (W("more unsubscribed unsubscribing unsubscribe"),),
        re.compile(
            r"\bno more (?:\w+\s+)?(?:orders|visits|bookings|business|money|custom|stays|"
            r"flights|appointments) from (?:me|us)\b"
            r"|\bunsubscrib\w*\b(?!\s+(?:me\s+)?from\s+(?:the\s+|your\s+|these\s+)?"
            r"(?:newsletter|e-?mails?|mailing|texts|marketing|messages|offers))"
        ),
    ),
    (
        # "letting my membership lapse"
        (W("lapse"),),
        re.compile(
            r"\b(?:let|letting|lets)\s+(?:it|my|our|the)\s+(?:\w+\s+)?lapse\b"
            r"|\b(?:membership|subscription|contract|policy|cover|season ticket)\s+"
            r"(?:\w+\s+)?lapse\b"
        ),
    ),
    (
        # "we've gone back to our old dentist" ("never go back to my old bank" is kept)
        (W("back"), W("old previous former usual")),
        re.compile(
            r"\b(?:go|going|gone|went|goes|moving|moved|move|switching|switched)\s+back\s+to\s+"
            r"(?:my|our)\s+(?:old|previous|former|usual)\s+" + _BIZ + r"\b"
        ),
    ),
    (
        # "ordered this week's shop from a rival supermarket"
        (W("rival competitor competing competition"),),
        re.compile(
            r"\b(?:order|ordered|ordering|buy|bought|buying|shop|shopped|shopping|get|got|"
            r"getting|book|booked|booking)\s+(?:[\w']+\s+){0,4}?(?:from|at|with)\s+(?:a|the)\s+"
            r"(?:rival|competitor|competing|competition)\b"
        ),
    ),
    (
        (
            W(
                "ne n plus jamais dernière derniere fermer ferme résilier resilier résilie annuler "
                "ailleurs chez fini perdu résilié résiliée"
            ),
        ),
        re.compile(
            r"\b(?:je|nous|on)\s+(?:ne|n')\s*(?:\w+\s+)?(?:reviendr\w+|reviens|revien\w*|"
            r"viendr\w+|commander\w*|retourner\w*|remettr\w+)"
            r"|\bplus jamais\b(?!\s+eu\b)|\bjamais plus\b|\b(?:la |c'était la )?derni[eè]re fois\b"
            r"|\b(?:fermer|ferme|résilier|resilier|résilie|annuler)\s+(?:mon|notre|l')\s*"
            r"(?:compte|abonnement|contrat|carte)"
            r"|\bailleurs\b(?<!d'ailleurs)(?<!d’ailleurs)(?<!par ailleurs)|\bchez (?:la concurrence|un concurrent|vos concurrents)"
            r"|\bc'est fini\b|\bvous avez perdu un client\b"
            r"|\b(?:j'ai|nous avons|on a|je vais|nous allons|je veux|je voudrais|on va)\s+"
            r"r[ée]sili\w+"
            # "je n'achèterai plus rien chez vous"
            r"|\b(?:je|nous|on)\s+(?:ne\s+|n')\s*\w+\s+plus\s+(?:rien\s+|jamais\s+)?"
            r"(?:chez vous|ici|avec vous|chez eux)\b"
            r"|\bne\s+(?:le |la |les |vous |l')?\s*recommand\w*\s+(?:\w+\s+){0,3}?"
            r"[àa] personne\b"
        ),
    ),
    (
        (
            W("no nunca jamás jamas"),
            W(
                "vuelvo volveré volvere volveremos volvemos regreso regresaré regresare "
                "regresaremos regresamos volver más mas recomiendo"
            ),
        ),
        re.compile(
            r"\b(?:no|jam[aá]s|nunca)\s+(?:\w+\s+)?(?:vuelvo|volveré|volvere|volveremos|volvemos|"
            r"regreso|regresaré|regresare|regresaremos|regresamos|pienso volver|voy a volver|"
            r"vamos a volver|vuelvo a)\b"
            # "nunca más" but not "nunca más he tenido un problema" (a problem that went away)
            r"|\bnunca m[aá]s\b(?!\s+(?:he|hemos|ha|han|tuve|tuvimos|hubo|me ha|me han|nos ha|"
            r"nos han)\b)"
            r"|\bno\s+(?:se\s+)?(?:lo |la |los |las )?recomiendo\s+(?:\w+\s+){0,3}?a nadie\b"
        ),
    ),
    (
        (
            W(
                "última ultima cerrar cancelar baja cierro cancelo competencia cambio "
                "cambiar paso otro perdido perdieron cambiamos cambiaré cambiaremos "
                "pasamos pasaré llevo llevamos contraté contratamos contratado contrataré "
                "dejo dejamos dejaré dejaremos"
            ),
        ),
        re.compile(
            r"\b[uú]ltima vez\b"
            r"|\b(?:cerrar|cancelar|dar de baja|cierro|cancelo)\s+(?:mi|nuestra|la)\s+"
            r"(?:cuenta|suscripci[oó]n|membres[ií]a|contrato|tarjeta)"
            r"|\ba la competencia\b|\bme voy a cambiar\b"
            # "me cambio a otra compañía", "me llevo mi cuenta a otro banco"; not "me cambio de
            # ropa" nor "me paso mañana a recoger el pedido"
            r"|\b(?:me|nos) (?:cambio|cambiamos|cambiaré|cambiaremos|paso|pasamos|pasaré|"
            r"llevo|llevamos)\s+(?:\w+\s+){0,2}?(?:a|con)\s+(?:otr[oa]|la competencia|"
            r"un competidor)\b"
            r"|\b(?:contraté|contratamos|he contratado|hemos contratado|contrataré)\s+"
            r"(?:con\s+)?(?:otr[oa]|la competencia)\b"
            # "dejo el gimnasio a final de mes"
            r"|\b(?:dejo|dejamos|dejaré|dejaremos)\s+(?:el|la|mi|nuestra|nuestro)\s+"
            r"(?:gimnasio|banco|compañía|compania|seguro|contrato|operador|academia|"
            r"peluquería|peluqueria|taller|cuenta|suscripci[oó]n|tarifa)\b"
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
                "renuevo renovaré renovare renovar renovamos renovaremos baja portabilidad cambio "
                "cambiamos cambiar cambié voy"
            ),
        ),
        re.compile(
            r"\bno\s+(?:\w+\s+)?(?:renuevo|renovaré|renovare|renovamos|renovaremos|voy a renovar|"
            r"vamos a renovar|pienso renovar)\b"
            r"|\b(?:me|nos) (?:doy|damos|di|dimos|voy a dar|vamos a dar) de baja\b"
            r"|\bdarme de baja\b|\bportabilidad\b"
            r"|\b(?:me|nos) (?:cambio|cambiamos|voy a cambiar|vamos a cambiar|cambié) de "
            r"(?:compañía|compania|banco|operador|gimnasio|seguro|taller|farmacia|peluquería|"
            r"peluqueria|tienda|proveedor)"
            r"|\bme voy (?:a|con) (?:la competencia|otro|otra)\b"
        ),
    ),
    # Buying from a competitor or elsewhere instead, never setting foot, deleting the app,
    # cancelling the cover, an account closed, leaving when the contract ends: each tried
    # only when its words are in the comment
    (
        (W("competitor competitors"),),
        re.compile(
            r"\b(?:order(?:ed|ing)?|b(?:ought|uy|uying)|book(?:ed|ing)?|went|going|go|"
            r"us(?:e|ed|ing)|shop(?:ped|ping)?|get(?:ting)?|got)\s+(?:[\w']+\s+){0,4}?"
            r"(?:from|with|at)\s+(?:your|a|the|their|one of your)\s+competitors?\b"
            r"|\b(?:switch(?:ed|ing)?|mov(?:ed|ing)|go(?:ing)?|went|gone)\s+(?:[\w']+\s+){0,3}?"
            r"(?:to|over to)\s+(?:your|a|the|their)\s+competitors?\b"
            r"|\b(?:deal|contract|plan|sim) with (?:a|your) competitor\b"
        ),
    ),
    (
        (W("instead"),),
        re.compile(
            r"\b(?:ordered|ordering|bought|buying|booked|booking|started|shopped|shopping|"
            r"banking)\s+[^.!?,]{0,40}?\b(?:from|with|at)\b[^.!?,]{0,30}?\binstead\b(?!\s+of)"
        ),
    ),
    (
        (W("foot neveragain uninstall uninstalling uninstalled"),),
        re.compile(
            r"\bnever (?:setting|set|putting|put|stepping) (?:a )?foot\b|\bneveragain\b"
            r"|\buninstall(?:ing|ed)?\b(?! and reinstall)"
        ),
    ),
    (
        (W("deleting deleted delete"), W("app")),
        re.compile(r"\bdelet(?:ing|ed|e) (?:the|your) app\b"),
    ),
    (
        (
            W("cancel cancelled canceled cancelling canceling"),
            W("cover subscription membership contract policy season debit broadband premium pass"),
        ),
        re.compile(
            r"\bcancel(?:l?ing|l?ed)?\s+(?:my|our|the)\s+(?:[\w-]+\s+){0,2}?(?:cover|"
            r"subscription|membership|contract|policy|season ticket|direct debit|broadband)\b"
            # "membership cancelled" is below; "cancelled premium", "cancelling my pass"
            r"|\bcancel(?:led|ed|ling|ing)\s+(?:my\s+|our\s+|the\s+)?(?:premium|membership|"
            r"subscription|pass|monthly pass)\b"
        ),
    ),
    (
        (W("closed close closing"), W("account accounts")),
        re.compile(
            r"\baccounts? (?:is |are |was |were |now )?closed\b"
            r"|\bclos(?:e|ed|ing) (?:my|our|all my|all our|both) (?:\w+ )?accounts?\b"
        ),
    ),
    (
        (W("contract fix deal plan lease porting"), W("gone out off leaving porting switching")),
        re.compile(
            r"\b(?:contract|fix|deal|plan|lease)\s+(?:ends|is up|runs out|finishes|up|expires)\b"
            r"[^.!?]{0,40}?\b(?:i'?m|we'?re|im)\s+(?:gone|out|off|leaving|porting|switching)\b"
            r"|\bporting (?:my number )?out\b"
        ),
    ),
    (
        (W("returning recommending"),),
        re.compile(
            r"\b(?:won'?t|will not|wont) be (?:\w+ or )?(?:returning|recommending)\b"
            r"(?!\s+(?:the|it|my|this|them|that|a|an)\b)"
        ),
    ),
    (
        # "wouldn't recommend it to anyone", not "couldn't recommend them more highly"
        (W("recommend"), W("anyone")),
        re.compile(
            r"\b(?:wouldn'?t|would not|won'?t|will not|wont|can'?t|cannot|could not|couldn'?t)"
            r"\s+recommend\b(?:(?!\b(?:more|enough|highly)\b)[^.!?]){0,40}?\bto anyone\b"
        ),
    ),
    (
        # "moving my prescriptions to a different pharmacy", not "moved our table to another"
        (
            W("switch switching switched moving moved taking taken took"),
            W("different other another online new competitor competitors"),
        ),
        re.compile(
            r"\b(?:switch(?:ing|ed)?|mov(?:ing|ed)|tak(?:ing|en)|took)\s+(?:my|our|everything|all|"
            r"both|\w+ and \w+)\s+(?!(?:table|seat|seats|room|appointment|booking|order|date|time|"
            r"slot|car|bags?)\b)(?:[\w']+\s+){0,2}?to\s+(?:a|an|the|one of)\s+(?:[\w']+\s+){0,3}?"
            r"(?:different|other|another|online|new|competitor|competitors)\b"
        ),
    ),
    (
        (W("found"), W("better cheaper new proper")),
        re.compile(
            r"\bfound (?:a|an) (?:better|cheaper|new|proper) (?:florist|bank|gym|salon|garage|"
            r"dentist|hairdresser|barber|plumber|provider|supplier|network|company|pharmacy|"
            r"chemist|restaurant|hotel|takeaway|courier|firm|practice|doctor|mechanic|electrician|"
            r"builder)\b"
        ),
    ),
    (
        # French: changing doctor or bank, another firm next time, cancelling, closing
        (
            W(
                "change changeons changer prend prenons prendrai prendrons appel irons irai "
                "logerons logerai n'y annule j'annule annulons clôture cloture supprimé"
            ),
        ),
        re.compile(
            r"\b(?:je|on|nous)\s+(?:change|changeons|vais changer|allons changer)\s+de\s+"
            r"(?:médecin|banque|opérateur|coiffeur|coiffeuse|garage|pharmacie|fournisseur|"
            r"salle|fleuriste|restaurant|hôtel|dentiste|assurance|compagnie|prestataire|agence|"
            r"cabinet|mutuelle|livreur|plombier|électricien)\b"
            r"|\b(?:on|nous|je)\s+(?:prend|prenons|prendrai|prendrons|fait appel [àa]|"
            r"ferons appel [àa]|ferai appel [àa]|irons|irai|logerons|logerai)\s+(?:[\w']+\s+){0,3}?"
            r"(?:une autre|un autre|ailleurs)\b"
            r"|\bn'y\s+(?:remettr\w+|remet)\s+(?:pas|plus|jamais)\s+les pieds\b"
            r"|\b(?:j'annule|nous annulons|on annule)\s+(?:mon|notre|l')\s*(?:abonnement|contrat|"
            r"assurance|forfait|carte)\b"
            r"|\bje (?:clôture|cloture|ferme) (?:tous )?mes comptes\b"
            r"|\bj'ai supprimé l'appli\w*\b"
        ),
    ),
    (
        # Spanish: looking for another, ordering elsewhere next time, changing clinic
        (
            W(
                "busco buscamos buscaré buscaremos buscar pedimos pido pediré pediremos "
                "reservamos reservo reservaré reservaremos iremos iré compramos compro compraré "
                "cambio he hemos ha han borro borré"
            ),
        ),
        re.compile(
            r"\b(?:me busco|nos buscamos|buscamos|busco|buscaré|buscaremos|voy a buscar|"
            r"vamos a buscar)\s+(?:a\s+)?otr[oa]s?\b"
            r"|\b(?:pedimos|pido|pediré|pediremos|reservamos|reservo|reservaré|reservaremos|"
            r"iremos|iré|compramos|compro|compraré)\s+(?:\w+\s+){0,2}?(?:en|a|con)\s+otr[oa]s?\b"
            r"|\bme cambio de (?:clínica|clinica|médico|medico|médica|dentista|empresa|hotel|"
            r"floristería|operadora)\b"
            r"|\b(?:me|nos) (?:he|hemos|ha|han) dado de baja\b"
            r"|\bborr[oé] la app\b"
        ),
    ),
    # Taking one's custom to another business, said with what was done about it: "I've
    # hired another electrician", "signed up with another provider", "new dentist booked"
    (
        (W("another other different new cheaper better independent rival"), _BIZ_WORDS),
        re.compile(
            r"\b(?:hired|found|booked(?: in)?|joined|joining|signed up|signing up|signed|"
            r"registered|nominated|switched|switching|moving|moved|gone|going|went|using|got|"
            r"getting|trying|called|rang|chose|picked|taking|took|sending|sent)\s+"
            r"(?:(?:in\s+)?(?:with|at|to|up with|up at|over to|on)\s+)?(?:a\s+|an\s+|the\s+|my\s+|our\s+)?"
            r"(?:another|other|different|new|cheaper|better|independent|rival)\s+(?:\w+\s+)?"
            + _BIZ_NOUNS
            + r"\b(?![^.!?]{0,20}\b(?:first|before|earlier|for (?:a|the) (?:second|2nd) opinion)\b)"
            r"|\b(?:new|another|different)\s+(?:\w+\s+)?(?:dentist|doctor|gp|barber|hairdresser|"
            r"mechanic|garage|plumber|electrician|builder|roofer|florist|bank|supplier|provider|"
            r"network|courier|insurer|pharmacy|gym|salon)\s+(?:booked|sorted|lined up|found|hired|"
            r"starts|takes over|already)\b"
        ),
    ),
    # A singular kind of business after a changing verb, or a switch under way: "switched
    # supplier, took 10 minutes", "ive moved network", "already applied to switch"
    (
        (W("switch switched switching changed changing moved moving"),),
        re.compile(
            r"\b(?:switch(?:ed|ing)?|chang(?:ed|ing)|mov(?:ed|ing))\s+(?:my\s+|our\s+)?"
            r"(?:energy\s+|broadband\s+|mobile\s+)?(?:supplier|network|bank|provider|courier|"
            r"pharmacy|dentist|gp|surgery|gym|garage|salon|barber|florist|insurer|mechanic|"
            r"operator|carrier)\b(?!\s+(?:details|address|number|app|account details|card|branch|"
            r"settings|password|plan|tariff)\b)"
            r"|\b(?:applied to switch|switch (?:is )?(?:in progress|under way|underway)|"
            r"(?:i'?m|im|we'?re|were) switching(?:\s+(?:this|next) (?:week|month)|\s+today|"
            r"\s+now|\s*[.,!]|\s*$))"
        ),
    ),
    # Lost a regular, a guest, a member; in French and Spanish, "vous avez perdu une
    # cliente", "han perdido unos clientes"
    (
        (W("lost perdu perdido"),),
        re.compile(
            r"\blost\s+(?:a|an|one|another|your|a loyal|a \d+ year|a \d+-year)\s+(?:\w+\s+)?"
            r"(?:regular|guest|member|patient|client|customer)(?!'s)\b"
            r"|\b(?:avez|a|ont|vient de)\s+perdu\s+(?:un|une|des|deux|trois|vos|votre)\s+"
            r"(?:\w+\s+){0,2}?client(?:e|s|es)?\b"
            r"|\b(?:han|ha|habéis|acaban de)\s+perdido\s+(?:a\s+)?(?:un|una|unos|unas|dos|tres)\s+"
            r"(?:\w+\s+){0,2}?client(?:e|a|es|as)\b"
        ),
    ),
    # Membership, pass, account cancelled or closed by the customer; every booking
    # cancelled; notice given; the membership fob handed back
    (
        (W("cancelled canceled cancelling canceling closed closing notice handed records"),),
        re.compile(
            r"\b(?:membership|subscription|pass|direct debit|contract|policy|premium|"
            r"loyalty card|season ticket)\s+(?:\w+\s+)?(?:cancelled|canceled|closed|terminated)\b"
            r"(?!\s+(?:by|without|for no|in error|by mistake|unexpectedly|on me))"
            r"|\bcancel(?:led|ed|ling|ing)\s+(?:all|every)\s+(?:\w+\s+){0,3}?(?:appointments?|"
            r"reservations?|bookings?|orders?|classes)\b"
            r"|\b(?:gave|given|giving|handed in)\s+(?:my|our)\s+(?:\w+\s+){0,2}?notice\b"
            r"|\bhanded\s+(?:my|our)\s+(?:\w+\s+)?(?:fob|card|keys?|pass)\s+back\b"
            r"|\b(?:asked for|requested)\s+(?:my|our)\s+(?:records|notes|file)\s+to\s+be\s+"
            r"transferred\b"
        ),
    ),
    # French: another business found or called, an account closed, "vous ne me reverrez
    # pas", "je vous quitte"
    (
        (
            W(
                "changé trouvé appelé passe passé passée quitte clôturé récupéré partie parti "
                "signé reverrez reprendra rappellerai déconseille perdu perdue perdus"
            ),
        ),
        re.compile(
            r"\bj'ai\s+(?:changé\s+de|trouvé\s+(?:un|une)|appelé\s+(?:un|une)|pris\s+(?:un|une)|"
            r"signé\s+avec\s+(?:un|une))\s+(?:autre\s+)?" + _FR_BIZ + r"\b"
            r"|\bje\s+(?:passe|suis\s+passée?|suis\s+partie?|pars)\s+(?:à|chez|dans)\s+"
            r"(?:une?|la)\s+(?:autre|concurrence|\w+\s+en\s+ligne)\b"
            r"|\bj'ai\s+(?:clôturé|cloturé|fermé)\s+(?:mon|mes|notre|nos)\s+comptes?\b"
            r"|\bj'ai\s+récupéré\s+mon\s+dossier\b"
            r"|\bvous\s+(?:ne\s+)?(?:me|nous)\s+reverrez\s+(?:pas|plus|jamais)\b"
            r"|\bvous\s+(?:m'|nous\s+)avez\s+perdue?s?\b(?!\s+(?:mon|ma|mes|notre|nos|le|la|les|du|des)\b)"
            r"|\bon\s+ne\s+(?:m'|nous\s+)y\s+reprendra\s+plus\b"
            r"|\bje\s+vous\s+quitte\b"
            r"|\bje\s+ne\s+vous\s+rappellerai\s+(?:pas|plus|jamais)\b"
        ),
    ),
    # Spanish: changed company, gone to or signed with another, "no me veréis más"
    (
        (
            W(
                "cambiado pasado ido apuntado llamado firmado contratado domiciliado contrato "
                "tengo veréis vereis vuelven pillan cuentan despido baja cerrado fui fuimos pasé "
                "pase pasamos apunto apunté apunte uso usaré usare sueños ven borro"
            ),
        ),
        re.compile(
            r"\b(?:he|hemos|ya he|ya hemos|me he|nos hemos|ya me he|ya nos hemos)\s+"
            r"(?:cambiado\s+de|pasado\s+a|ido\s+a|apuntado\s+a|llamado\s+a|firmado\s+con|"
            r"contratado\s+(?:a|con)|domiciliado\s+(?:\w+\s+){0,3}?en)\s+(?:(?:un|una|el|la)\s+)?"
            r"(?:otr[oa]s?\b|" + _ES_BIZ + r"\b|banco online\b)"
            r"|\b(?:contrato|contrataré|llamo|llamaré)\s+a\s+otr[oa]\b"
            r"|\bya\s+tengo\s+otr[oa]\b"
            r"|\b(?:me fui|nos fuimos|me pasé|me pase|nos pasamos|me apunto|me apunté|me apunte|"
            r"uso|usaré|usare)\s+(?:(?:a|en|con)\s+)?otr[oa]s?\b"
            r"|\bni en sueños vuelvo\b|\bno\s+(?:me|nos)\s+(?:ven|vuelven\s+a\s+ver)\s+(?:más\s+)?el pelo\b"
            r"|\bdoy de baja\b|\bme borro\b"
            r"|\bno\s+(?:me|nos)\s+(?:veréis|vereis|verán|veran|vuelven\s+a\s+ver)\b"
            r"|\baquí\s+no\s+(?:me|nos)\s+pillan\s+más\b"
            r"|\bya\s+no\s+cuentan\s+conmigo\b"
            r"|\bme\s+despido\b"
            r"|\b(?:he|hemos)\s+(?:tramitado|pedido|solicitado)\s+la\s+baja\b"
            r"|\b(?:he|hemos)\s+cerrado\s+(?:todas\s+)?(?:mi|mis|nuestra|nuestras)\s+cuentas?\b"
        ),
    ),
]
_ANY = frozenset().union(*(needs[0] for needs, _ in _PATTERNS))
# Each first-needed word and the patterns (by index, in order) it opens: only those are tried.
_OPENS: dict[str, tuple[int, ...]] = {
    word: tuple(i for i, (needs, _) in enumerate(_PATTERNS) if word in needs[0]) for word in _ANY
}
_NOT_CHURN = re.compile(
    r"hesitat|can'?t wait|cannot wait|definitely|surely|certainly|sure"
    r"|(?:not|n'?t|wont|never) (?:be )?the last\b"  # "won't be the last time we come here"
)
# "never again will I doubt you": what will never happen again is not a visit
_NOT_A_VISIT = re.compile(
    r"never again,? (?:will|shall|would|do|did|am|can) (?:i|we) (?!go\b|come\b|set\b|step\b|"
    r"return|visit|use\b|using|book|stay|eat|order|shop|bank|fly|trust|deal|recommend|be\b|"
    r"spend|buy\b|darken|give|waste|bother)"
)
# The business moved the customer ("we were moved to a different hotel"): not their choice
_MOVED_US = re.compile(
    r"\b(?:were|was|got|been|get)\s+(?:\w+\s+)?(?:moved|transferred|switched|put|rebooked)\s+"
    r"(?:to|into|onto)\b|\b(?:moved|transferred|put|rebooked)\s+(?:us|me)\s+(?:to|into|onto)\b"
)
_MOVED_BY_THEM = re.compile(r"\b(?:were|was|been|get|got)\s+$")
# the words each alternative of `_LOYAL` needs one of
_LOYAL_WORDS = W("back last ailleurs otro otra atrás keeping")
_IF = re.compile(r"\b(?:if|si|unless|à moins)\b")
# "cancelled my old direct debit and set up a new one"
_REPLACED = re.compile(r"\b(?:set up|opened|got|started|took out|moved to) a new one\b")
# A leaving only meant, before a "but": "I was going to switch providers but…"
_MEANT = re.compile(
    r"\b(?:was going to|were going to|was about to|were about to|nearly|almost|thought about|"
    r"thinking about|thinking of|considered|considering|casi|iba a|estuve a punto de|"
    r"j'allais|j\u2019allais|on allait|j'ai failli|j\u2019ai failli|failli)\b[^.!?]*$"
)
_BUT = re.compile(r"\b(?:but|pero|mais|until|hasta que|jusqu'à ce)\b")
# After the leaving words, the customer stays: a retention offer accepted, an account
# given back.
_STAYED = re.compile(
    r"\b(?:so i'?m staying|so we'?re staying|so i'?ll stay|so we'?ll stay|staying put|"
    r"(?:i'?m|we'?re) staying (?:on|with (?:you|them))|"
    r"so i stayed|so we stayed|decided to stay|changed my mind|talked me (?:out of it|round)|"
    r"kept me|reinstated|reactivated|me quedo|nos quedamos|me quedé|je reste|on reste|"
    r"nous restons|je suis resté|no me voy a ir|no me voy a cambiar|no pienso irme|"
    r"je ne pars pas|je ne vais pas partir)\b"
)
# The customer will do it differently next time, here ("from now on I'll book ahead").
_ADAPTS = re.compile(
    r"\b(?:i'?ll|we'?ll|i will|we will|i'?m going to|we'?re going to) (?:just |always )?"
    r"(?:book|order|call|ring|come|arrive|get there|turn up|check in|go) (?:ahead|earlier|"
    r"early|in advance|before|sooner|online)\b"
)
# Renewing is staying, unless it is denied just before ("we won't be renewing").
_RENEWED = re.compile(
    r"\b(?:renewing|renewed|renew|signed up (?:again|for another)|signing up (?:again|for "
    r"another)|extend(?:ed|ing) (?:my|our|the) (?:contract|membership|subscription|lease|plan))\b"
)
_RENEWAL_DENIED = re.compile(r"(?:\bnot|n't|\bnever|\bno longer)\s+(?:\w+\s+)?$")
_ANYWHERE_ELSE = re.compile(
    r"\b(?:go|going|shop|shopping|bank|banking|eat|eating|stay|staying|come|use|using|order|"
    r"ordering|book|booking)\s+(?:\w+\s+)?(?:anywhere|anyplace|nowhere) else\b"
)
# Here alone now, another business before ("I used to go to another salon, now I only
# come here"): staying.
_ONLY_HERE = re.compile(
    r"\b(?:now|these days|nowadays)\s+(?:i|we)\s+only\s+(?:come|go|shop|eat|bank|order|book)\b"
    r"|\bonly\s+(?:come|go|shop|eat|order)\s+here\b"
    r"|\bused to go (?:to (?:another|a different|other)|(?:somewhere|elsewhere))\b"
    r"|\b(?:ahora|ya) s[oó]lo (?:vengo|venimos|voy|vamos|compro|pido) (?:aqu[ií]|a ustedes)\b"
    r"|\bantes (?:iba|íbamos|ibamos) a otr[oa]s?\b"
    r"|\bje ne (?:viens|vais) plus qu'(?:ici|chez vous)\b"
    r"|\bnous ne (?:venons|allons) plus qu'(?:ici|chez vous)\b"
    r"|\bavant (?:j'allais|on allait|nous allions) (?:ailleurs|chez un autre|dans une autre|chez une autre)\b"
)
_ONLY_HERE_WORDS = W("only used solo sólo antes ibamos íbamos iba qu'ici j'allais allait allions")
_SENTENCE_END = re.compile(r"[.!?]")
_NOT_BEFORE = re.compile(r"(?:\bnot|n'?t|\bwont|\bnever)\s+(?:be\s+)?(?:the\s+)?$")
# A customer who says they stay: the learned layer's churn reading is not taken then.
# Came here from another business ("I left my old network for you"; not "we came here").
_SWITCHED_HERE = re.compile(
    r"\b(?:left|switched|moved|changed|ported|transferred|swapped)\b[^.!?]{0,50}?\b(?:to|for)\s+"
    r"(?:you\b|you guys\b|this (?:place|shop|gym|bank|salon|garage|pharmacy|clinic|practice|"
    r"company|network|florist|hotel|restaurant)\b|vous\b|chez vous\b|ustedes\b)"
)
_LOYAL = re.compile(
    r"(?:\bnever|\bnot|n't)\s+(?:\w+\s+)?(?:go|going|switch|switching|move|moving)\s+back\s+to\s+"
    r"(?:my|our|the|that)\s+(?:old|previous|former|other|last|usual|chain)\b"
    r"|(?:\bnot|n'?t|\bwont|\bnever)\s+(?:be\s+)?the last (?:time|visit|stay|order)\b"
    # "on ne va plus ailleurs", "nunca compro flores en otro sitio": only here
    r"|\bne\s+(?:va|vais|vont|allons|venons|viens)\s+plus\s+ailleurs\b"
    r"|\bnunca\s+(?:\w+\s+){0,3}?(?:en|a)\s+otr[oa]\s+(?:sitio|lado|parte)\b"
    r"|\bno\s+(?:vuelvo|volvemos|volvería|volveria)\s+atrás\b"
    r"|\bkeeping\s+(?:my|our)\s+(?:account|accounts|membership|contract|plan|policy)\s+with\s+you\b"
)
# A customer who left another business for this one ("I switched to you from my old
# bank") is arriving, not leaving: the sentence saying so is not read for churn.
_ARRIVED = re.compile(
    r"\b(?:left|leaving|switched|switching|switch|moved|moving|changed|came|come|ported|"
    r"transferred|swapped)\b[^.!?]{0,50}?\b(?:to|for|with)\s+(?:you\b|you guys\b|your\b|"
    r"y'all\b|this (?:place|shop|gym|bank|salon|garage|pharmacy|clinic|practice|company|"
    r"network|florist|hotel|restaurant)\b|vous\b|chez vous\b|ustedes\b|vosotros\b)"
    r"|\b(?:switched|moved|came|changed|ported)\s+(?:over\s+)?(?:here|to you)\b"
    r"|\b(?:j'ai quitté|je suis passé|je suis passée|dejé|me cambié|me pasé)\b[^.!?]{0,40}?"
    r"\b(?:pour vous|chez vous|con ustedes|a ustedes|aquí|aqui|a est[ae]|a vuestr[oa])\b"
)
_ARRIVED_WORDS = W(
    "left leaving switched switching switch moved moving changed came come ported transferred "
    "swapped quitté passé passée dejé cambié pasé"
)
_SENTENCE = re.compile(r"[^.!?\n]+")
# A leaving only weighed ("if it's late again I might try elsewhere, haven't decided") or
# asked about ("do I need to go elsewhere for that?"): not yet a leaving.
_UNDECIDED = re.compile(
    r"\b(?:might|maybe|perhaps|possibly|dunno|not sure|havent decided|haven't decided|"
    r"we'?ll see|peut-être|peut etre|pourrais|pourrait|réfléchirai|à voir|quizás|quizas|"
    r"quizá|tal vez)\b"
    r"|^\s*(?:do|does|should|can|could|would|or)\s+(?:i|we|you)\b[^?]*\?"
    r"|^\s*(?:vous faites|faites-vous|est-ce que|faut-il|¿?hay que|¿?tengo que|¿?puedo|"
    r"¿?hacen|¿?tienen)\b[^?]*\?"
)


def _sentence_at(lower: str, start: int, end: int) -> str:
    """The sentence holding lower[start:end], its question mark included."""
    left = max(lower.rfind(mark, 0, start) for mark in ".!?\n") + 1
    right = min(
        (i for i in (lower.find(mark, end) for mark in ".!?\n") if i >= 0), default=len(lower)
    )
    return lower[left : right + 1]


def churn_signal(lower: str, wordset: frozenset[str] | set[str] | None = None) -> str | None:
    """The phrase saying the customer is leaving, or None."""
    if wordset is None:
        wordset = set(learn.tokens(lower))
    opened = _ANY.intersection(wordset)
    if not opened:
        return None
    if not wordset.isdisjoint(_ONLY_HERE_WORDS) and _ONLY_HERE.search(lower):
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
            if not _NOT_CHURN.search(phrase) and not _kept(lower, m.start(), m.end()):
                if not wordset.isdisjoint(_LOYAL_WORDS) and _LOYAL.search(lower):
                    return None  # "never going back to my old bank", "on ne va plus ailleurs"
                return phrase.strip()
    return None


def stays(lower: str) -> bool:
    """Whether the comment says the customer stays or came here from another business
    ("I'd never go back to my old bank", "they matched the price, so I'm staying")."""
    return bool(
        _LOYAL.search(lower)
        or _STAYED.search(lower)
        or _ADAPTS.search(lower)
        or _ANYWHERE_ELSE.search(lower)
        or _SWITCHED_HERE.search(lower)
        or _ONLY_HERE.search(lower)
        or _renews(lower)
        or _NOT_A_VISIT.search(lower)
        or _MOVED_US.search(lower)
        or (_IF.search(lower) and _UNDECIDED.search(lower))
    )


def _renews(lower: str) -> bool:
    """Whether the comment says the customer renews ("we're renewing for two years"),
    not that they won't ("we won't be renewing")."""
    if not any(word in lower for word in ("renew", "signed up", "signing up", "extend")):
        return False
    return any(
        not _RENEWAL_DENIED.search(lower[max(0, m.start() - 20) : m.start()])
        for m in _RENEWED.finditer(lower)
    )


def _kept(lower: str, start: int, end: int) -> bool:
    """Whether the customer stays after all: a leaving that was only meant and then put
    off ("I was going to switch but they sorted it"), a retention accepted ("they matched
    the price, so I'm staying"), or loyalty said with a leaving word ("never again will I
    go anywhere else")."""
    before = lower[max(0, start - 40) : start]
    if _NOT_BEFORE.search(before):  # "won't be the last time we come here"
        return True
    if _MOVED_BY_THEM.search(before):  # "we were moved to a different hotel": they did it
        return True
    if _NOT_A_VISIT.match(lower, start):
        return True
    sentence = _sentence_at(lower, start, end)
    if _UNDECIDED.search(sentence) or _REPLACED.search(sentence):
        return True
    after = lower[end:]
    if _MEANT.search(lower[max(0, start - 40) : end]) and _BUT.search(after):
        return True
    if _STAYED.search(after):
        return True
    sentence_end = _SENTENCE_END.search(after)
    return bool(_ANYWHERE_ELSE.search(after[: sentence_end.start() if sentence_end else None]))


# Words of parting, as a clause of their own ("bye", "adiós", "c'est terminé", "done.");
# and a substitute "from now on". Both mean leaving only after a complaint: the caller
# asks only of a comment read as negative.
_PARTING = re.compile(
    r"(?:^|[.!?,;:\n]\s*|\s-\s*|\s(?:y|et)\s+(?=adi|chau|chao|hasta|au revoir|adieu|bye))"
    r"(?:so\s+|and\s+|well\s+|then\s+|fine,?\s+)?"
    r"(?:bye(?:[ -]bye)?|byee+|goodbye|good bye|cheerio|ta-ra|tara|see ya|farewell|"
    r"good riddance|adieu|au revoir|bye bye|adiós|adios|chau|chao|hasta nunca|me piro|me largo|"
    r"c'est terminé|c'est fini|fini pour moi|se acabó|se acabo|(?:i'?m|im|we'?re|were|thats us|"
    r"that's us) done(?: here| with (?:you|this place|it))?|done|rip|ciao|ta ta|toodles|"
    r"i'?m out|im out|we'?re out|i'?m off|im off|we'?re off|sadly we'?re off|see you never|"
    r"bonne continuation(?: sans moi)?|que les vaya bonito|que te vaya bonito|voting with my feet|"
    r"je claque la porte|hasta aquí he llegado|hasta aqui he llegado|j'ai tourné la page)"
    r"(?:\s+\w+){0,3}?\s*(?:[.!?,;:👋✌\n]|$)"
)
_NOT_PARTING = re.compile(
    r"\b(?:said|say|says|saying|waved|wave|waving)\s+(?:bye|goodbye)\b|\bsee you (?:soon|next|again|"
    r"then|later|tomorrow)\b|\buntil next\b|\bà bientôt\b|\bhasta pronto\b|\bhasta la próxima\b"
    r"|\bdone (?:in|within|by|quickly|fast|well|right|properly|on time)\b"
)
_FROM_NOW_ON = re.compile(
    r"\b(?:from now on|from here on|in future|going forward|a partir de ahora|de ahora en adelante|"
    r"de ahora en más|de ahora en mas|"
    r"désormais|dorénavant|à partir de maintenant)\b"
)
# A substitute named: "I'll drive", "cooking at home", "the supermarket", "gets my money"
_SUBSTITUTE = re.compile(
    r"\b(?:i'?ll|ill|we'?ll|i will|we will|its|it's|gets my|get my|moves to|goes to|c'est|"
    r"je vais|on va|voy|vamos|me voy|desayuno|como|compro|ceno)\b"
    r"|\b(?:at home|elsewhere|ailleurs|en otro|another|other|instead)\b"
)
_STILL_HERE = re.compile(
    r"\b(?:here|you|your|ici|vous|chez vous|aquí|aqui|ustedes|os|book ahead|ask for|call ahead|"
    r"check)\b"
)


# one of these is in every parting or "from now on" (its words as `learn.tokens` cuts them)
_PARTING_WORDS = W(
    "bye byee byeee goodbye cheerio ta-ra ta tara ya farewell riddance adieu revoir adiós "
    "adios chau chao nunca piro largo terminé fini acabó acabo done rip ciao toodles out off "
    "never "
    "continuation bonito feet porte llegado page"
)
_FROM_NOW_ON_STEMS = (
    "now on",
    "here on",
    "future",
    "forward",
    "partir de",
    "désormais",
    "dorénavant",
    "adelante",
    "en más",
    "en mas",
)


def parting(lower: str, wordset: frozenset[str] | set[str] | None = None) -> str | None:
    """A parting word or a substitute "from now on", to be read as leaving only in a
    complaint: "bye", "adiós", "done.", "cooking at home from now on"."""
    if wordset is None or not wordset.isdisjoint(_PARTING_WORDS):
        m = _PARTING.search(lower)
        if m is not None and not _NOT_PARTING.search(lower):
            return m.group(0).strip(" .,!?;:-\n")
    if not any(stem in lower for stem in _FROM_NOW_ON_STEMS):
        return None
    m = _FROM_NOW_ON.search(lower)
    if m is not None:
        sentence = _sentence_at(lower, m.start(), m.end())
        if _SUBSTITUTE.search(sentence) and not _STILL_HERE.search(sentence):
            return m.group(0)
    return None
