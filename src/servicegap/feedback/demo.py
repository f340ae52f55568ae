"""The demo's customer feedback: surveys, a link per table, six months of answers.

Ratings follow the story's chances (`core.demo.chance`, through the customers' eyes),
the same profile the audits use, a little lower: Station Square is slow (process) and
worst at the bill, Harbour Front's staff are curt (people), Riverside's kitchen
struggles (product) but gets better month by month. Customers unhappy with Station
Square's bill name the payment step more often than the others; Harbour Front's new
flower and gift orders have only a few answers. The comments are written here, in
English, French and Spanish; a few name staff by first name, a few say the customer
will not come back, a few are spam with links.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, time, timedelta

from servicegap.core.demo import (
    EXPERIENCED,
    NEW_SERVICE,
    NEW_SERVICE_DAYS,
    WEAK_SPOT,
    DemoContext,
    chance,
)
from servicegap.core.models import Employee, Location, P
from servicegap.feedback import surveys
from servicegap.feedback.models import (
    FeedbackSettings,
    Question,
    Response,
    Survey,
    SurveyLink,
)
from servicegap.feedback.spam import spam_reason

DAYS = 182
TABLES = 6
# Average answers per location per day, and who answers what.
PER_DAY = (2, 4)
LANGUAGES = [("en", 0.8), ("fr", 0.12), ("es", 0.08)]
P_ANSWERED, NPS_ANSWERED, EFFORT_ANSWERED, STEP_ANSWERED = 0.92, 0.85, 0.6, 0.5
COMMENTED, UNHAPPY_COMMENTED, SPAM_SHARE, CONSENTED = 0.3, 0.55, 0.006, 0.04
DINE_IN_STEPS = ["Greeting", "Seating", "Ordering", "Serving", "Payment", "Farewell"]
DELIVERY_STEPS = ["Phone order", "Delivery"]
# Customers name the step that let them down this many times more often than another.
WEAK_SPOT_NAMED = 4
# Delivery customers answer this many times as often as the guests of one table.
DELIVERY_ANSWERS = 2
# Answers about the new service so far (days before today, rating of its P): too few to
# judge it by, however bad they look.
NEW_SERVICE_ANSWERS = [(37, 2), (23, 1), (9, 2)]

# Comments we wrote for the demo, by language and P; {name} is a staff member's first name.
PRAISE = {
    "en": {
        "people": [
            "Our server was warm and funny, and remembered we had been before.",
            "Lovely welcome at the door, we felt expected.",
            "The staff checked on us without hovering. Perfect.",
        ],
        "process": [
            "Food arrived quickly even though it was packed.",
            "Booking was easy and the table was ready when we came.",
            "Paying took seconds, no waving for the bill.",
        ],
        "product": [
            "The fish was cooked perfectly and the chips were crisp.",
            "Best risotto I have had in a long time.",
            "Everything tasted fresh, and the dessert was a treat.",
        ],
    },
    "fr": {
        "people": ["Serveur très sympathique et attentionné, merci !"],
        "process": ["Service rapide malgré le monde, bravo."],
        "product": ["Le plat du jour était délicieux, tout était frais."],
    },
    "es": {
        "people": ["El camarero fue muy amable y atento."],
        "process": ["Nos atendieron rápido aunque estaba lleno."],
        "product": ["La comida estaba buenísima, todo muy fresco."],
    },
}
COMPLAINTS = {
    "en": {
        "people": [
            "Nobody greeted us, we stood at the door for five minutes.",
            "The waiter rolled his eyes when we asked for tap water.",
            "Staff were chatting behind the bar while we waited to order.",
        ],
        "process": [
            "We waited forty minutes for our mains.",
            "Had to ask three times for the bill.",
            "Our booking had been lost and we waited for a table.",
        ],
        "product": [
            "The soup was lukewarm and the bread was stale.",
            "My steak came well done when I asked for rare.",
            "The salad was limp and the portion was tiny.",
        ],
    },
    "fr": {
        "people": ["Accueil froid, personne ne nous a dit bonjour."],
        "process": ["Quarante minutes d'attente pour les plats, c'est trop long."],
        "product": ["Les frites étaient froides et le poisson trop cuit."],
    },
    "es": {
        "people": ["El personal fue bastante antipático."],
        "process": ["Esperamos casi una hora para comer."],
        "product": ["La comida llegó fría y sin sabor."],
    },
}
# Complaints about one P at one step, by language; used when the customer named that step.
STEP_COMPLAINTS = {
    ("Payment", "process"): {
        "en": [
            "We asked for the bill three times and waited twenty minutes for it.",
            "The bill had two drinks on it we never ordered, and fixing it took ages.",
            "The card machine did not work and nobody could take our payment.",
        ],
        "fr": ["Vingt minutes pour avoir l'addition, et elle était fausse."],
        "es": ["Tardaron veinte minutos en traer la cuenta, y estaba mal."],
    },
    ("Flower and gift orders", "product"): {
        "en": [
            "The bouquet arrived with brown petals and half the hamper missing.",
            "The hamper looked nothing like the photo.",
        ],
        "fr": ["Le bouquet est arrivé fané."],
        "es": ["Las flores llegaron marchitas."],
    },
}
NAMED_PRAISE = {
    "en": [
        "{name} was brilliant with our kids, thank you!",
        "Please thank {name}, who made our anniversary special.",
        "{name} went out of their way to find a gluten-free option.",
    ],
    "fr": ["Merci à {name}, vraiment adorable avec nous."],
    "es": ["{name} fue encantador con nosotros, ¡gracias!"],
}
NAMED_COMPLAINT = {
    "en": [
        "{name} was short with us when we asked about allergens.",
        "{name} ignored us for most of the evening.",
    ],
    "fr": ["{name} a été désagréable quand on a demandé l'addition."],
    "es": ["{name} fue muy seco con nosotros."],
}
WONT_RETURN = {
    "en": ["We will not be coming back.", "Never again, sadly.", "We'll go elsewhere next time."],
    "fr": ["Nous ne reviendrons pas."],
    "es": ["No volveremos."],
}
MIXED = {
    "en": [
        "Nice evening overall, a bit noisy.",
        "Good food but the music was too loud.",
        "Fine, nothing special.",
    ],
    "fr": ["Correct dans l'ensemble."],
    "es": ["Bien en general."],
}
SPAM = [
    "Cheap watches and bags at https://cheap-watches.example/deal",
    "Earn money from home!!! www.fast-cash.example",
    "Best SEO for your restaurant http://seo-boost.example",
]


def seed(context: DemoContext) -> list[str]:
    """Surveys, links per table and for delivery, and six months of answers."""
    org, rng = context.organization, context.rng
    FeedbackSettings.objects.create(
        organization=org, review_url="https://reviews.example/harbour-and-hearth"
    )
    guest, delivery = _surveys(org)
    links = _links(context, guest, delivery)
    steps = context.journey_steps
    staff = _staff_by_location(context.employees)
    responses: list[Response] = []
    start = context.today - timedelta(days=DAYS)
    for location in context.locations:
        mine = links[location.pk]
        weights = [
            DELIVERY_ANSWERS if x.channel == SurveyLink.Channel.DELIVERY else 1 for x in mine
        ]
        for offset in range(DAYS):
            day = start + timedelta(days=offset)
            for _ in range(rng.randint(*PER_DAY)):
                link = rng.choices(mine, weights=weights)[0]
                step = _step(rng, location, link, steps)
                responses.append(_answer(rng, context, location, link, day, step, staff))
        if location.name == NEW_SERVICE[0]:
            responses += _new_service_answers(context, location, links[location.pk], staff)
    Response.objects.bulk_create(responses, batch_size=2000)
    ratings = sum(len(response.ratings_by_p()) for response in responses)
    spam = sum(response.spam for response in responses)
    link_count = sum(len(found) for found in links.values())
    return [
        f"Feedback: 2 surveys, {link_count} links, {len(responses)} responses over {DAYS} days "
        f"({ratings} ratings, {spam} spam)",
    ]


def _surveys(org) -> tuple[Survey, Survey]:
    guest = surveys.create_survey(org, name="Guest survey", languages=["en", "fr", "es"])
    Question.objects.filter(survey=guest, kind=Question.Kind.PRODUCT).update(
        label="How were the food and drinks?",
        translations={
            "fr": "Comment étaient les plats et les boissons ?",
            "es": "¿Qué tal la comida y la bebida?",
        },
    )
    delivery = surveys.create_survey(
        org,
        name="Delivery survey",
        languages=["en", "fr", "es"],
        asks={kind: "optional" for kind in ("people", "process", "product", "nps", "comment")},
        title="How was your delivery?",
        translations={
            "fr": {"title": "Comment s'est passée votre livraison ?"},
            "es": {"title": "¿Qué tal fue su pedido a domicilio?"},
        },
    )
    return guest, delivery


def _links(context: DemoContext, guest: Survey, delivery: Survey) -> dict[int, list[SurveyLink]]:
    links: dict[int, list[SurveyLink]] = {}
    for location in context.locations:
        made = surveys.create_links(
            survey=guest,
            location=location,
            channel=SurveyLink.Channel.TABLE,
            tables=[str(n) for n in range(1, TABLES + 1)],
        )
        made += surveys.create_links(
            survey=guest, location=location, channel=SurveyLink.Channel.RECEIPT, tables=[]
        )
        made += surveys.create_links(
            survey=delivery, location=location, channel=SurveyLink.Channel.DELIVERY, tables=[]
        )
        links[location.pk] = made
    return links


def _staff_by_location(employees: list[Employee]) -> dict[int, list[str]]:
    staff: dict[int, list[str]] = {}
    for employee in employees:
        if employee.department and employee.department.name in ("Front of house", "Delivery"):
            staff.setdefault(employee.location_id, []).append(employee.first_name)
    return staff


def _step(rng: random.Random, location: Location, link: SurveyLink, steps: dict):
    """The part of the visit the customer answers about, or None (the whole visit)."""
    if rng.random() >= STEP_ANSWERED:
        return None
    names = DELIVERY_STEPS if link.channel == SurveyLink.Channel.DELIVERY else DINE_IN_STEPS
    weights = [
        WEAK_SPOT_NAMED if (location.name, name) == (WEAK_SPOT[0], WEAK_SPOT[2]) else 1
        for name in names
    ]
    return steps.get(rng.choices(names, weights=weights)[0])


def _new_service_answers(
    context: DemoContext, location: Location, links: list[SurveyLink], staff: dict[int, list[str]]
) -> list[Response]:
    """The few answers about the new service, each with a comment."""
    step = context.journey_steps.get(NEW_SERVICE[2])
    receipt = [link for link in links if link.channel == SurveyLink.Channel.RECEIPT]
    if step is None or not receipt:
        return []
    return [
        _answer(
            context.rng,
            context,
            location,
            receipt[0],
            context.today - timedelta(days=min(days, NEW_SERVICE_DAYS)),
            step,
            staff,
            commented=1.0,
            rated={NEW_SERVICE[1]: rating},
        )
        for days, rating in NEW_SERVICE_ANSWERS
    ]


def _answer(
    rng: random.Random,
    context: DemoContext,
    location: Location,
    link: SurveyLink,
    day,
    step,
    staff: dict[int, list[str]],
    commented: float | None = None,
    rated: dict[str, int] | None = None,
) -> Response:
    """One response; `rated` fixes some ratings, `commented` the chance of a comment."""
    step_name = step.name if step is not None else None
    mood = rng.gauss(0, 0.07)
    ratings = {}
    for p in P.values:
        if rng.random() < P_ANSWERED:
            base = chance(EXPERIENCED, location.name, p, step_name, day, context.today)
            likely = min(0.98, max(0.02, base + mood + rng.gauss(0, 0.05)))
            ratings[p] = 1 + sum(rng.random() < likely for _ in range(4))
    ratings.update(rated or {})
    feeling = sum(ratings.values()) / len(ratings) if ratings else 3.5
    language = _pick_language(rng)
    nps = None
    if rng.random() < NPS_ANSWERED:
        nps = min(10, max(0, round((feeling - 1) / 4 * 10 + rng.gauss(0.6, 1.4))))
    effort = None
    if "process" in ratings and rng.random() < EFFORT_ANSWERED:
        effort = min(7, max(1, round(1 + (ratings["process"] - 1) * 1.5 + rng.gauss(0, 0.8))))
    names = staff.get(location.pk, ["Alex"])
    comment = _comment(rng, language, ratings, nps, names, step_name, commented)
    consent = bool(comment) and rng.random() < CONSENTED * 4 and (nps is not None and nps <= 6)
    tz = context.organization.tz
    local = datetime.combine(day, time(11, 30), tzinfo=tz) + timedelta(
        minutes=rng.randint(0, 11 * 60)
    )
    reason = spam_reason(comment)
    response = Response(
        organization_id=location.organization_id,
        survey_id=link.survey_id,
        link=link,
        location=location,
        submitted_at=local,
        language=language,
        channel=link.channel,
        table=link.table,
        submission_id=uuid.UUID(int=rng.getrandbits(128), version=4),
        nps=nps,
        effort=effort,
        step=step,
        comment=comment,
        contact_consent=consent,
        contact=f"guest{rng.randint(100, 999)}@example.test" if consent else "",
        spam=bool(reason),
        spam_reason=reason,
        **ratings,
    )
    if response.spam:  # spammers rate everything top; none of it counts
        for p in ratings:
            setattr(response, p, 5)
    return response


def _pick_language(rng: random.Random) -> str:
    roll, total = rng.random(), 0.0
    for language, share in LANGUAGES:
        total += share
        if roll < total:
            return language
    return "en"


def _comment(
    rng: random.Random,
    language: str,
    ratings: dict[str, int],
    nps: int | None,
    staff: list[str],
    step: str | None = None,
    commented: float | None = None,
) -> str:
    if commented is None and rng.random() < SPAM_SHARE:
        return rng.choice(SPAM)
    if not ratings:
        return ""
    low, high = min(ratings.values()), max(ratings.values())
    # Unhappy customers write more often than the rest.
    if commented is None:
        commented = UNHAPPY_COMMENTED if low <= 2 else COMMENTED
    if rng.random() > commented:
        return ""
    lowest = [p for p, value in ratings.items() if value == low]
    # Of equally low P's, the one there is something to say about at that step.
    worst = next((p for p in lowest if (step, p) in STEP_COMPLAINTS), None) or rng.choice(lowest)
    best = rng.choice([p for p, value in ratings.items() if value == high])
    if ratings[worst] <= 2:
        about_step = STEP_COMPLAINTS.get((step, worst))
        if about_step and rng.random() < 0.7:
            text = rng.choice(about_step[language])
        elif worst == "people" and rng.random() < 0.35:
            text = rng.choice(NAMED_COMPLAINT[language]).format(name=rng.choice(staff))
        else:
            text = rng.choice(COMPLAINTS[language][worst])
        if nps is not None and nps <= 5 and rng.random() < 0.6:
            text += " " + rng.choice(WONT_RETURN[language])
        return text
    if ratings[best] == 5:
        if best == "people" and rng.random() < 0.4:
            return rng.choice(NAMED_PRAISE[language]).format(name=rng.choice(staff))
        return rng.choice(PRAISE[language][best])
    return rng.choice(MIXED[language])
