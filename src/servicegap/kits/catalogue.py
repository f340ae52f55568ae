"""The starter kits: a first service card, survey and audit templates per kind of
business, written by us, installed as ordinary rows that the owner edits afterwards.

Each kit is plain data: journey steps with standards (one P each) and behaviours (a
weight from 1 to 5, a few critical, some with a measured target), a survey's texts in
English, French and Spanish, and two audit templates (an in-person one and a phone call)
naming the journey steps they check.
"""

from __future__ import annotations

from typing import NamedTuple

AT_MOST, AT_LEAST = "at_most", "at_least"
PEOPLE, PROCESS, PRODUCT = "people", "process", "product"


class B(NamedTuple):
    """A behaviour: text, weight 1–5, critical, and an optional (comparison, value, unit)."""

    text: str
    weight: int
    critical: bool = False
    target: tuple[str, str, str] | None = None


class S(NamedTuple):
    """A standard: its P, its text and its behaviours."""

    p: str
    text: str
    behaviours: list[B]


class Step(NamedTuple):
    name: str
    description: str
    standards: list[S]


class SurveyTexts(NamedTuple):
    """A survey's name and, per language, its title, introduction, thank-you and the
    wording of the product question."""

    name: str
    texts: dict[str, dict[str, str]]


class Template(NamedTuple):
    name: str
    channel: str  # audits.models.Channel
    steps: list[str]


class Kit(NamedTuple):
    key: str
    label: str
    description: str
    steps: list[Step]
    survey: SurveyTexts | None
    templates: list[Template]


PHONE_STEP_DESCRIPTION = "From the first ring to the end of the call."

# fmt: off
RESTAURANT = Kit(
    "restaurant",
    "Restaurant or café",
    "Tables, a menu, a kitchen, bookings and take-away by phone.",
    [
        Step("Phone call", PHONE_STEP_DESCRIPTION, [
            S(PEOPLE, "We answer your call warmly and can help at once.", [
                B("The caller is greeted with the name of the restaurant.", 2),
                B("Questions about the menu, opening hours and allergens are answered "
                  "during the call.", 3),
            ]),
            S(PROCESS, "Booking or ordering by phone is quick and right.", [
                B("The phone is answered within 3 rings.", 3, target=(AT_MOST, "3", "rings")),
                B("The booking or order is read back before the call ends.", 4),
            ]),
        ]),
        Step("Welcome", "The first moment at the door.", [
            S(PEOPLE, "We welcome you as soon as you arrive.", [
                B("A member of staff greets the guest within 30 seconds.", 4,
                  target=(AT_MOST, "30", "seconds")),
                B("Staff smile and make eye contact when greeting.", 2),
            ]),
            S(PRODUCT, "The room is clean and inviting.", [
                B("The entrance, tables and floor are clean.", 3),
            ]),
        ]),
        Step("Ordering", "Menus, advice and taking the order.", [
            S(PEOPLE, "We help you choose.", [
                B("The server asks about allergies before taking the order.", 5, critical=True),
                B("The server can describe every dish on the menu.", 2),
            ]),
            S(PROCESS, "Ordering never keeps you waiting.", [
                B("The order is taken within 10 minutes of sitting down.", 3,
                  target=(AT_MOST, "10", "minutes")),
            ]),
        ]),
        Step("Serving", "From the kitchen to the table.", [
            S(PRODUCT, "Your food is what the menu promises.", [
                B("Hot dishes arrive hot and cold dishes cold.", 5),
                B("Each dish matches the order.", 4),
            ]),
            S(PROCESS, "Food comes out on time.", [
                B("Main courses arrive within 20 minutes of ordering.", 3,
                  target=(AT_MOST, "20", "minutes")),
            ]),
        ]),
        Step("Payment and farewell", "From asking for the bill to leaving.", [
            S(PROCESS, "Paying is quick and the bill is right.", [
                B("The bill is correct: nothing the guest did not order.", 5, critical=True),
                B("The bill comes within 5 minutes of asking.", 2,
                  target=(AT_MOST, "5", "minutes")),
            ]),
            S(PEOPLE, "We say goodbye as warmly as we said hello.", [
                B("The guest is thanked and invited back.", 2),
            ]),
        ]),
    ],
    SurveyTexts("Guest survey", {
        "en": {"title": "How was your meal?", "intro": "One minute, and the team reads every "
               "answer.", "thank_you": "Thank you for your time. We hope to see you again soon.",
               "q_product": "How was the food and drink?"},
        "fr": {"title": "Comment était votre repas ?", "intro": "Une minute, et l'équipe lit "
               "chaque réponse.", "thank_you": "Merci de votre temps. À bientôt, nous "
               "l'espérons.", "q_product": "Comment étaient les plats et les boissons ?"},
        "es": {"title": "¿Qué tal su comida?", "intro": "Un minuto, y el equipo lee cada "
               "respuesta.", "thank_you": "Gracias por su tiempo. Esperamos verle pronto.",
               "q_product": "¿Qué tal la comida y la bebida?"},
    }),
    [
        Template("Restaurant visit", "visit",
                 ["Welcome", "Ordering", "Serving", "Payment and farewell"]),
        Template("Restaurant phone call", "phone", ["Phone call"]),
    ],
)

HOTEL = Kit(
    "hotel",
    "Hotel",
    "Rooms, a front desk, bookings by phone, breakfast.",
    [
        Step("Phone call", PHONE_STEP_DESCRIPTION, [
            S(PEOPLE, "We answer your call warmly and can help at once.", [
                B("The caller is greeted with the name of the hotel and of the person "
                  "answering.", 2),
                B("Room availability and prices are given during the call.", 4),
            ]),
            S(PROCESS, "Booking by phone is quick and right.", [
                B("The phone is answered within 3 rings.", 3, target=(AT_MOST, "3", "rings")),
                B("Dates, room type and price are confirmed back to the caller.", 4),
            ]),
        ]),
        Step("Check-in", "From the door to the room key.", [
            S(PEOPLE, "We welcome you by name.", [
                B("The guest is greeted within 1 minute of reaching the desk.", 3,
                  target=(AT_MOST, "1", "minutes")),
                B("The guest is told about breakfast times and how to reach the desk.", 2),
            ]),
            S(PROCESS, "Checking in is quick.", [
                B("Check-in takes at most 5 minutes.", 3, target=(AT_MOST, "5", "minutes")),
                B("The room booked is the room given.", 5, critical=True),
            ]),
        ]),
        Step("The room", "What the guest finds in the room.", [
            S(PRODUCT, "Your room is clean and everything works.", [
                B("Bed, bathroom and floor are spotless.", 5, critical=True),
                B("Lights, shower, heating and television all work.", 3),
                B("Towels and toiletries are there for every guest.", 2),
            ]),
        ]),
        Step("Breakfast", "The morning meal.", [
            S(PRODUCT, "Breakfast is fresh and plentiful.", [
                B("Hot food is hot, and nothing runs out before the end of service.", 3),
            ]),
            S(PEOPLE, "Staff look after you at breakfast.", [
                B("A member of staff greets the guest and offers a hot drink.", 2),
            ]),
        ]),
        Step("Check-out", "Paying and leaving.", [
            S(PROCESS, "Checking out is quick and the bill is right.", [
                B("The bill is correct, with no charge the guest did not agree to.", 5,
                  critical=True),
                B("Check-out takes at most 3 minutes.", 2, target=(AT_MOST, "3", "minutes")),
            ]),
            S(PEOPLE, "We thank you for staying.", [
                B("The guest is asked about their stay and thanked.", 2),
            ]),
        ]),
    ],
    SurveyTexts("Guest survey", {
        "en": {"title": "How was your stay?", "intro": "One minute, and the team reads every "
               "answer.", "thank_you": "Thank you, and have a good journey.",
               "q_product": "How was your room?"},
        "fr": {"title": "Comment s'est passé votre séjour ?", "intro": "Une minute, et "
               "l'équipe lit chaque réponse.", "thank_you": "Merci, et bon voyage.",
               "q_product": "Comment était votre chambre ?"},
        "es": {"title": "¿Qué tal su estancia?", "intro": "Un minuto, y el equipo lee cada "
               "respuesta.", "thank_you": "Gracias, y buen viaje.",
               "q_product": "¿Qué tal su habitación?"},
    }),
    [
        Template("Hotel stay", "visit", ["Check-in", "The room", "Breakfast", "Check-out"]),
        Template("Hotel phone booking", "phone", ["Phone call"]),
    ],
)

CLINIC = Kit(
    "clinic",
    "Clinic or pharmacy",
    "Appointments, a waiting room, advice and prescriptions.",
    [
        Step("Phone call", PHONE_STEP_DESCRIPTION, [
            S(PEOPLE, "We answer your call kindly and discreetly.", [
                B("The caller is greeted with the name of the practice.", 2),
                B("Nothing about the caller's health is repeated where others can hear.", 5,
                  critical=True),
            ]),
            S(PROCESS, "Booking an appointment by phone is quick.", [
                B("The phone is answered within 4 rings.", 3, target=(AT_MOST, "4", "rings")),
                B("The caller is offered an appointment time before the call ends.", 4),
            ]),
        ]),
        Step("Arrival", "From the door to the waiting room.", [
            S(PEOPLE, "We welcome you and tell you what happens next.", [
                B("The patient is greeted within 1 minute at the desk.", 3,
                  target=(AT_MOST, "1", "minutes")),
                B("The patient is told how long the wait will be.", 3),
            ]),
            S(PRODUCT, "The waiting room is clean and calm.", [
                B("Seats, floor and toilets are clean.", 3),
            ]),
        ]),
        Step("Waiting", "Between arriving and being seen.", [
            S(PROCESS, "We see you on time.", [
                B("The patient is seen within 15 minutes of the appointment time.", 4,
                  target=(AT_MOST, "15", "minutes")),
                B("A wait longer than announced is explained with an apology.", 2),
            ]),
        ]),
        Step("Consultation or advice", "With the clinician or pharmacist.", [
            S(PEOPLE, "We listen and explain clearly.", [
                B("The clinician or pharmacist checks the patient's name and date of birth.",
                  5, critical=True),
                B("How to take each medicine is explained, and the patient is asked if they "
                  "have questions.", 4),
            ]),
            S(PRODUCT, "You get what was prescribed.", [
                B("The medicine handed over matches the prescription.", 5, critical=True),
            ]),
        ]),
        Step("Leaving", "Paying, next appointment, goodbye.", [
            S(PROCESS, "Leaving is simple.", [
                B("A next appointment, when needed, is offered before the patient leaves.", 2),
            ]),
        ]),
    ],
    SurveyTexts("Patient survey", {
        "en": {"title": "How was your visit?", "intro": "One minute. Please write nothing "
               "about your health here.", "thank_you": "Thank you. Take care.",
               "q_product": "How well were your needs met?"},
        "fr": {"title": "Comment s'est passée votre visite ?", "intro": "Une minute. "
               "N'écrivez rien ici sur votre santé.", "thank_you": "Merci. Prenez soin de "
               "vous.", "q_product": "Avez-vous obtenu ce dont vous aviez besoin ?"},
        "es": {"title": "¿Qué tal su visita?", "intro": "Un minuto. No escriba aquí nada "
               "sobre su salud.", "thank_you": "Gracias. Cuídese.",
               "q_product": "¿Obtuvo lo que necesitaba?"},
    }),
    [
        Template("Clinic visit", "visit",
                 ["Arrival", "Waiting", "Consultation or advice", "Leaving"]),
        Template("Clinic phone call", "phone", ["Phone call"]),
    ],
)

SHOP = Kit(
    "shop",
    "Shop",
    "A shop floor, advice, a till, returns.",
    [
        Step("Phone call", PHONE_STEP_DESCRIPTION, [
            S(PEOPLE, "We answer your call and find out for you.", [
                B("The caller is greeted with the name of the shop.", 2),
                B("Whether an item is in stock is checked during the call.", 4),
            ]),
            S(PROCESS, "Calls are answered quickly.", [
                B("The phone is answered within 4 rings.", 3, target=(AT_MOST, "4", "rings")),
            ]),
        ]),
        Step("Entering the shop", "The first moment inside.", [
            S(PEOPLE, "We notice you and offer help.", [
                B("A member of staff greets the customer within 1 minute.", 3,
                  target=(AT_MOST, "1", "minutes")),
            ]),
            S(PRODUCT, "The shop is tidy and well stocked.", [
                B("Shelves are full and every item has a price.", 3),
                B("Aisles are clear and clean.", 2),
            ]),
        ]),
        Step("Advice", "Helping the customer choose.", [
            S(PEOPLE, "We know what we sell.", [
                B("Staff answer questions about the products, or find someone who can.", 4),
                B("Staff suggest an alternative when an item is out of stock.", 2),
            ]),
        ]),
        Step("Paying", "At the till.", [
            S(PROCESS, "Paying is quick and the price is right.", [
                B("The customer waits at most 5 minutes to pay.", 3,
                  target=(AT_MOST, "5", "minutes")),
                B("The price charged is the price shown.", 5, critical=True),
            ]),
            S(PEOPLE, "We thank you at the till.", [
                B("The cashier greets and thanks the customer.", 2),
            ]),
        ]),
        Step("Returns", "Bringing something back.", [
            S(PROCESS, "Returns are fair and simple.", [
                B("A return within the policy is accepted without argument.", 5,
                  critical=True),
                B("The customer is told how the refund will reach them.", 2),
            ]),
        ]),
    ],
    SurveyTexts("Customer survey", {
        "en": {"title": "How was your visit to our shop?", "intro": "One minute, and the team "
               "reads every answer.", "thank_you": "Thank you, and see you soon.",
               "q_product": "How were the products you found?"},
        "fr": {"title": "Comment s'est passée votre visite ?", "intro": "Une minute, et "
               "l'équipe lit chaque réponse.", "thank_you": "Merci, et à bientôt.",
               "q_product": "Comment étaient les produits trouvés ?"},
        "es": {"title": "¿Qué tal su visita a la tienda?", "intro": "Un minuto, y el equipo "
               "lee cada respuesta.", "thank_you": "Gracias, y hasta pronto.",
               "q_product": "¿Qué tal los productos que encontró?"},
    }),
    [
        Template("Shop visit", "visit", ["Entering the shop", "Advice", "Paying", "Returns"]),
        Template("Shop phone call", "phone", ["Phone call"]),
    ],
)

DELIVERY = Kit(
    "delivery",
    "Delivery or phone service",
    "Orders by phone or online, delivered to the door.",
    [
        Step("Phone call", PHONE_STEP_DESCRIPTION, [
            S(PEOPLE, "We answer your call warmly and can help at once.", [
                B("The caller is greeted with the name of the business.", 2),
                B("Whether we deliver to the caller's address, and when, is answered during "
                  "the call.", 5, critical=True),
            ]),
            S(PROCESS, "Ordering by phone is quick and right.", [
                B("The phone is answered within 3 rings.", 3, target=(AT_MOST, "3", "rings")),
                B("The caller is never on hold for more than 60 seconds.", 2,
                  target=(AT_MOST, "60", "seconds")),
                B("The order, the price and the delivery time are read back.", 4),
            ]),
        ]),
        Step("Preparing the order", "Between the order and the departure.", [
            S(PRODUCT, "Your order is complete and well packed.", [
                B("Every item ordered is in the parcel.", 5, critical=True),
                B("The parcel is sealed and undamaged.", 3),
            ]),
        ]),
        Step("Delivery", "At the customer's door.", [
            S(PROCESS, "We deliver when we said we would.", [
                B("The order arrives within the time promised.", 4),
                B("The customer is told before the promised time if the order will be late.", 3),
            ]),
            S(PEOPLE, "Our drivers are courteous.", [
                B("The driver greets the customer and checks the name on the order.", 2),
            ]),
            S(PRODUCT, "It arrives as it left.", [
                B("Hot food is at 60 °C or more on arrival.", 3, target=(AT_LEAST, "60", "°C")),
            ]),
        ]),
        Step("Problems", "When an order goes wrong.", [
            S(PEOPLE, "When something goes wrong, we put it right.", [
                B("A complaint is met with an apology and an offer to put it right on the "
                  "spot.", 4),
                B("A written complaint gets a personal reply within 24 hours.", 3,
                  target=(AT_MOST, "24", "hours")),
            ]),
        ]),
    ],
    SurveyTexts("Delivery survey", {
        "en": {"title": "How was your delivery?", "intro": "One minute, and the team reads "
               "every answer.", "thank_you": "Thank you for ordering from us.",
               "q_product": "How was what you received?"},
        "fr": {"title": "Comment s'est passée votre livraison ?", "intro": "Une minute, et "
               "l'équipe lit chaque réponse.", "thank_you": "Merci de votre commande.",
               "q_product": "Comment était ce que vous avez reçu ?"},
        "es": {"title": "¿Qué tal su entrega?", "intro": "Un minuto, y el equipo lee cada "
               "respuesta.", "thank_you": "Gracias por su pedido.",
               "q_product": "¿Qué tal lo que recibió?"},
    }),
    [
        Template("Delivery at the door", "delivery",
                 ["Preparing the order", "Delivery", "Problems"]),
        Template("Phone order", "phone", ["Phone call"]),
    ],
)

# fmt: on

EMPTY = Kit("empty", "Start empty", "Write your own card from scratch.", [], None, [])

KITS: dict[str, Kit] = {kit.key: kit for kit in (RESTAURANT, HOTEL, CLINIC, SHOP, DELIVERY, EMPTY)}


def choices() -> list[tuple[str, str]]:
    """(key, label) for every kit, for a form's radio buttons."""
    return [(kit.key, f"{kit.label}: {kit.description}") for kit in KITS.values()]
