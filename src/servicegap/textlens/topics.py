"""The P topics by rule: words and word pairs that name people, process or product.

Written for any service business (restaurants, shops, hotels, clinics, delivery, phone
service), in English with French and Spanish basics. Most words count for one P; being
on hold, put through, called back or answered counts for people and process.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

_LEXICON = {
    "people": """
        staff staffs waiter waiters waitress waitresses server servers host hostess manager
        managers receptionist receptionists nurse nurses doctor doctors dentist dentists
        driver drivers courier couriers agent agents cashier cashiers chef chefs bartender
        barista baristas employee employees team crew attendant attendants concierge
        housekeeper housekeeping stylist technician technicians pharmacist assistant
        assistants rep reps representative representatives operator operators clerk clerks
        owner owners guy lady girl boy man woman person someone somebody nobody he she
        his her him rude friendly polite impolite helpful unhelpful attitude smile smiled
        smiling welcoming attentive ignored dismissive condescending courteous
        knowledgeable arrogant patient kind kindly caring respectful disrespectful
        unprofessional professional laughed shouted yelled argued apologised apologized
        service customerservice badcustomerservice custserv help helped helping helpless
        helpful anyone anybody colleague colleagues people cared care caring communicate
        call called calls phone phoned email emailed
        communication communicated responsibility lie lies lied liar liars told tell telling
        said says talked talk speak spoke refuses refused refuse treated apology apologise
        apologize excuse excuses explanation listen listened listening personnel serveur serveuse accueil vendeur vendeuse infirmière médecin livreur
        personal camarero camarera mesero mesera recepcionista enfermera médico repartidor
        dependiente vendedor amable grosero aimable impoli souriant
        florist florists baker mechanic mechanics vet vets cleaner cleaners guard guards cook
        porter valet usher trainer instructor therapist physio optician hygienist surgeon
        midwife carer carers plumber electrician engineer engineers installer tutor
        adviser advisers advisor advisors banker bankers teller tellers
        """,
    "process": """
        wait waited waiting waits queue queued queues line lines hold slow slowly quick
        quickly fast prompt promptly delay delayed delays late lateness booking booked
        reservation reservations appointment appointments order ordered orders delivery
        delivered deliveries arrived arrive arrival checkout check-in payment paid pay bill
        billed charged charge refund refunded cancel cancelled canceled cancellation
        rebook rebooked rebooking website app
        online system process policy lost missing mix-up mixup mistake paperwork form pickup
        collection schedule scheduled tracking track dispatch shipped shipping minutes
        hours hour mins min days weeks ages forever reschedule rescheduled voucher invoice
        receipt transfer transferred answer answered response responded reply replied
        callback confirmation confirmed ticket tickets complaint escalate escalated
        attente commande livraison réservation rendez-vous retard facture remboursement
        espera pedido entrega reserva cita retraso factura reembolso
        """,
    "product": """
        food meal meals dish dishes taste tasted tasty tasteless delicious flavour flavor
        fresh stale portion portions menu drink drinks coffee tea wine beer pizza burger
        steak chicken fish salad soup dessert cake bread fries rice pasta sandwich
        breakfast lunch dinner room rooms bed beds bathroom shower toilet towels view pool
        spa price prices pricey value quality product products item items flowers flower
        bouquet roses clothes shirt shoes dress size fit fabric seat seats legroom
        comfortable uncomfortable clean dirty filthy wifi noise noisy treatment medication
        prescription haircut cut colour color signal coverage battery screen device
        handset package parcel box furniture decor atmosphere ambience ambiance music
        lighting cold hot lukewarm undercooked overcooked bland greasy salty sweet spicy
        portion broken damaged cheap expensive overpriced smell smelly mouldy moldy stock
        choice selection range entertainment snack snacks equipment mechanical menu
        repas plat plats nourriture goût chambre lit prix qualité produit fleurs
        comida plato platos sabor habitación cama precio calidad producto flores
        legroom space cramped comfort comfy wifi internet entertainment screens tv
        television headphones charger charging outlet outlets socket sockets plug
        temperature heat heating heater freezing warm stuffy ventilation aircon blanket
        blankets pillow pillows sheets mattress carpet stain stains stained sticky grimy
        dusty mould mold hygiene cleanliness smelled smells stink stinks stank odour odor
        rubbish trash leak leaks leaking leaked faulty torn ripped cracked scratched dented
        spilled spilt worn shabby tiny narrow loud rattling vehicle van cab taxi bus
        carriage cabin toilets restroom restrooms lavatory ingredients texture recipe
        juice water vegetarian vegan allergy allergen sandwiches crackers chips
        seating armrest armrests recline reclining chair chairs sofa couch bench booth
        headset earbuds audio sound volume speaker remote channels usb power lights lamp
        bulb flickering chilly sweltering boiling humid muggy ac thermostat fan dirt grime
        crumbs vomit urine hair bugs insects cockroach cockroaches roaches mice rats ants
        flies bedbugs mess messy unclean unhygienic disgusting tatty outdated dated rusty
        peeling chipped malfunction malfunctioning defective jammed loose wobbly squeaky
        creaky leaky amenities facilities facility lounge gym sauna lift elevator window
        windows curtains blinds kettle fridge minibar soap shampoo toiletries locker lockers
        roomy spacious squashed squeezed crammed tight knees sleep slept cosy cozy quiet
        beverage beverages refreshments catering cuisine biscuits cookies nuts fruit milk
        soda alcohol cocktail cocktails cup cups cutlery plates napkins bumpy vibration
        shaking smoke smoky fumes stench musty damp bathrooms loo sink tap taps flush
        showers train coach ferry boat inedible crisps hungry starving thirsty uncomfy
        lumpy hard threadbare crushed smashed bent soggy plane planes aircraft turbulence
        """,
}
# Phone, e-mail and counter contact: answering, replying, calling back or not is how a
# business's people deal with a customer, so these count for people alone; the channel
# being a phone is no process matter. Waiting on hold and being passed from one person to
# the next are also a matter of process: those count for both (process at
# `CONTACT_PROCESS`), and durations ("for an hour") add process in the service layer.
_CONTACT = (
    "callback callbacks voicemail answer answered answering unanswered reply replied replies "
    "replying emailing "
    "response responded respond responding ignore ignoring contacted contact reach reached "
    "hotline helpline support unreachable"
)
_BOTH = "hold holds holding transfer transferred transferring"
_PAIRS = {
    "customer service": ("people",),
    "customer care": ("people",),
    "customer support": ("people",),
    "call centre": ("people",),
    "call center": ("people",),
    "on hold": ("people", "process"),
    "call back": ("people",),
    "called back": ("people",),
    "calling back": ("people",),
    "call me": ("people",),
    "get through": ("people",),
    "got through": ("people",),
    "getting through": ("people",),
    "picked up": ("people",),
    "pick up": ("people",),
    "no answer": ("people",),
    "no reply": ("people",),
    "no response": ("people",),
    "hung up": ("people",),
    "hang up": ("people",),
    "speak to": ("people",),
    "speak with": ("people",),
    "talk to": ("people",),
    "talked to": ("people",),
    "spoke to": ("people",),
    "spoke with": ("people",),
    "no help": ("people",),
    "any help": ("people",),
    "real person": ("people",),
    "live person": ("people",),
    "no one": ("people",),
    "long wait": ("process",),
    "on time": ("process",),
    "gave away": ("process",),
    "table away": ("process",),
    "room away": ("process",),
    "booking away": ("process",),
    "no show": ("process",),
    "told me": ("people",),
    "told us": ("people",),
    "asked me": ("people",),
    "asked us": ("people",),
    "said to": ("people",),
    "front desk": ("people",),
    "the girl": ("people",),
    "the guy": ("people",),
    "sales person": ("people",),
    "wrong order": ("process",),
    "wrong item": ("process",),
    "wrong size": ("product",),
    "air conditioning": ("product",),
    "no heat": ("product",),
    "wi fi": ("product",),
    "too hot": ("product",),
    "too cold": ("product",),
    "too small": ("product",),
    "too loud": ("product",),
    "no power": ("product",),
    "no water": ("product",),
    "no food": ("product",),
    "no wifi": ("product",),
    "not clean": ("product",),
    "not comfortable": ("product",),
    "fell apart": ("product",),
    "stopped working": ("product",),
    "out of stock": ("product",),
    "sold out": ("product",),
    "no space": ("product",),
    "leg room": ("product",),
    "air con": ("product",),
    "no air": ("product",),
    "no plugs": ("product",),
    "hot water": ("product",),
    "water pressure": ("product",),
    "seat belt": ("product",),
    "couldn't sleep": ("product",),
    "not sleep": ("product",),
    "no snacks": ("product",),
    "no drinks": ("product",),
    "no toilet": ("product",),
    "too noisy": ("product",),
    "too cramped": ("product",),
    # French "douche" alone is also an English insult
    "la douche": ("product",),
    "une douche": ("product",),
    "de douche": ("product",),
}
# French and Spanish for every kind of business, beside the basics above. Words that mean
# something else in English are left out ("sale", "pain", "article", "cara").
_FOREIGN = {
    "people": """
        serveurs réceptionniste réceptionnistes caissier caissière caissières conseiller
        conseillère conseillers conseillères employé employée employés équipe patron
        patronne gérant gérante directeur directrice responsable pharmacien pharmacienne
        coiffeur coiffeuse technicien technicienne techniciens chauffeur chauffeurs
        contrôleur dentiste garagiste mécanicien plombier électricien fleuriste boulanger
        moniteur monitrice kiné infirmier infirmières médecins docteur livreurs opérateur
        standardiste personnes aimables impolie polie gentil gentille gentils sympathique
        sympa souriante accueillant accueillante désagréable désagréables méprisant
        serviable attentionné attentionnée professionnelle compétent compétente incompétent
        incompétents grossier grossière malpoli accueil conseil
        camareros meseros recepcionistas enfermero enfermeras médica médicos doctora
        repartidores dependienta dependientes vendedora cajero cajera cajeros empleado
        empleada empleados equipo encargado encargada gerente dueño dueña farmacéutico
        farmacéutica peluquero peluquera técnico técnicos conductor chófer chofer revisor
        mecánico fontanero electricista panadero entrenador entrenadora asesor asesora
        operador operadora amables grosera maleducado maleducada educado educada simpático
        simpática atento atenta antipático antipática servicial profesional profesionales
        trato atención
        """,
    "process": """
        attendre attendu attendus commandé commandes livré livrée livrées réservé rdv
        retards facturé remboursé rembourser annulé annulée annulation délai délais
        paiement payé prélèvement contrat résiliation abonnement dossier appli
        suivi heures jours semaines mois lent lente lents rapide rapidement vite
        réclamation
        esperar esperando esperamos esperé pedidos entregado entregada reservado citas
        retrasos facturación cobro cobraron cobrado devolución cancelado cancelada
        cancelación plazo pago pagado contrato suscripción trámite aplicación
        seguimiento horas minutos días semanas meses lento lenta rápido rápida rápidamente
        reclamación
        """,
    "product": """
        viande poisson frites dessert café vin bière boisson boissons menu carte
        toilettes propre froid froide chaud chaude tiède bruit bruyant odeur piscine vue
        petit-déjeuner déjeuner dîner réseau connexion batterie écran téléphone appareil
        médicament médicaments ordonnance coupe couleur voiture pièce pièces siège sièges
        climatisation chauffage cher chère chers délicieux délicieuse savoureux fade
        immangeable brûlé cassé cassée abîmé endommagé défectueux taille lits chambres
        carne pescado postre vino cerveza bebida bebidas menú carta ración raciones baño
        ducha limpio limpia sucio sucia frío fría caliente ruido ruidoso olor piscina vistas
        desayuno almuerzo cena señal cobertura batería pantalla teléfono móvil aparato
        paquete medicamento medicamentos receta corte coche pieza piezas asiento asientos
        calefacción caro caros barato delicioso deliciosa rico sabroso insípido quemado roto
        rota dañado defectuoso talla habitaciones camas precios productos
        """,
}
_VOWEL_FIRST = tuple("aeiouhéèêâîôû")
WORDS: dict[str, tuple[str, ...]] = {}
for _topic, _words in _LEXICON.items():
    for _word in _words.split():
        WORDS.setdefault(_word, (_topic,))
for _topic, _words in _FOREIGN.items():
    for _word in _words.split():
        WORDS.setdefault(_word, (_topic,))
# French elision makes one token of article and noun ("l'attente", "d'accueil").
for _word, _topics in list(WORDS.items()):
    if _word.startswith(_VOWEL_FIRST) and "'" not in _word:
        for _article in ("l'", "d'"):
            WORDS.setdefault(_article + _word, _topics)
for _word in _CONTACT.split():
    WORDS[_word] = ("people",)
for _word in _BOTH.split():
    WORDS[_word] = ("people", "process")
# Generic words that name a P only weakly: counted only with another hit for the same P.
_WEAK = (
    "he she his her him someone somebody nobody guy lady girl boy man woman person call called "
    "calls phone order ordered orders minutes hours hour mins min days weeks cold hot sweet "
    "cut fit size smell answer app form line lines track fast quick quickly slow anyone anybody "
    "people said says tell told talk care contact reach reached support warm water space "
    "tiny narrow loud cabin bus cab van juice plug outlet outlets ac power sound volume remote "
    "fan mess messy disgusting dated tight loose shaking tap taps lift window windows bench "
    "train coach ferry boat hard quiet plane planes"
    # French and Spanish
    " heures jours semaines mois horas minutos días semanas meses rapide rapidement vite lent"
    " lente lents rápido rápida rápidamente lento lenta froid froide chaud chaude frío fría"
    " caliente téléphone teléfono móvil propre carte suivi dossier appli"
    " aplicación pièce pièces equipo atención trato rico conseil personnes"
)
WEAK = frozenset(_WEAK.split())


CONTACT_PROCESS = 1.0  # what a contact word or pair adds to process

# The customer's own things ("my clothes", "our bags") are not the business's product
# unless the comment says they came to harm; lost or delayed, the handling is at fault.
_OWNERS = ("my", "our", "his", "her", "their", "your")
_BELONGINGS = ("clothes", "items", "belongings", "equipment", "stuff", "things", "bag", "bags")
OWNED = frozenset(f"{o} {b}" for o in _OWNERS for b in _BELONGINGS)
BELONGINGS = frozenset(_BELONGINGS)
# The cause given for a delay or a cancellation ("cancelled due to a mechanical fault",
# "late because of the weather") is not what the customer complains of: a product word
# within the two words after such a phrase does not count when the comment names the
# delay or the cancellation itself.
CAUSES = frozenset(["due to", "because of", "caused by", "owing to"])
CAUSE_WORDS = frozenset(["due", "because", "caused", "owing"])
_DELAYED = (
    "delay delayed delays late cancel cancelled canceled cancellation rescheduled postponed "
    "retard retardé annulé retraso retrasado cancelado"
)
DELAYED = frozenset(_DELAYED.split())
_HARM = (
    "damaged damage broken broke torn ripped ruined stained shrunk scratched cracked "
    "smashed crushed dented burnt burned wet soaked"
)
HARM = frozenset(_HARM.split())


def rule_topics(words: Iterable[str], pairs: Iterable[str]) -> dict[str, float]:
    """Each P's evidence: 1 per distinct clear word or pair, 0.5 per weak word; a contact
    word or pair (people and process) adds `CONTACT_PROCESS` of that to process."""
    hits = {"people": 0.0, "process": 0.0, "product": 0.0}
    not_product: set[str] = set()
    if not BELONGINGS.isdisjoint(words):  # (cheap tests first: most comments have neither)
        owned = OWNED.intersection(pairs)
        if owned and HARM.isdisjoint(words):
            not_product.update(p.split()[1] for p in owned)
    if not CAUSE_WORDS.isdisjoint(words) and not DELAYED.isdisjoint(words):
        not_product.update(_causes(pairs))
    for w in WORDS.keys() & words:
        found = WORDS[w]
        weight = 0.5 if w in WEAK else 1.0
        for topic in found:
            if topic == "product" and w in not_product:
                continue
            hits[topic] += (
                weight * CONTACT_PROCESS if len(found) == 2 and topic == "process" else weight
            )
    for p in _PAIRS.keys() & pairs:
        found = _PAIRS[p]
        for topic in found:
            hits[topic] += CONTACT_PROCESS if len(found) == 2 and topic == "process" else 1.0
    return hits


def _causes(pairs: Sequence[str]) -> set[str]:
    """The (up to) two words after each cause phrase, read from the ordered word pairs."""
    pairs = list(pairs)
    found: set[str] = set()
    for i, pair in enumerate(pairs):
        if pair in CAUSES:
            for after in pairs[i + 1 : i + 3]:
                found.add(after.split()[1])
    return found
