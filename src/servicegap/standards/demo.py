"""The demo service card of Harbour & Hearth Restaurants.

A restaurant group that also takes phone orders, delivers, and sells flower and gift
hampers for occasions. The card walks a customer's journey from the first phone call
to the farewell; every standard is tagged with one P and a responsible department,
and every behaviour is something a mystery shopper can check yes or no.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from servicegap.core.demo import DemoContext
from servicegap.core.models import P
from servicegap.standards.models import Behaviour, JourneyStep, Standard

AT_MOST = Behaviour.Comparison.AT_MOST
AT_LEAST = Behaviour.Comparison.AT_LEAST


class B(NamedTuple):
    """A behaviour: text, weight 1–5, critical, and an optional (comparison, value, unit)."""

    text: str
    weight: int
    critical: bool = False
    target: tuple[str, str, str] | None = None


class S(NamedTuple):
    """A standard: its P, responsible department, text and behaviours."""

    p: str
    department: str
    text: str
    behaviours: list[B]


FOH, KITCHEN, DELIVERY, MANAGEMENT = "Front of house", "Kitchen", "Delivery", "Management"

# Step name → (description, standards), in the order of the customer's journey.
CARD: dict[str, tuple[str, list[S]]] = {
    "Phone order": (
        "From the first ring to the end of the call, for bookings, take-away and delivery.",
        [
            S(P.PEOPLE, FOH, "We answer your call warmly and can tell you what we can do.", [
                B("The caller is greeted with the restaurant's name and the first name of "
                  "whoever answers.", 2),
                B("Answers on the phone whether we deliver to the caller's address and when, "
                  "without asking the caller to call back.", 5, critical=True),
                B("Answers questions about the menu and allergens during the call, or "
                  "offers to find out while the caller holds.", 3),
            ]),
            S(P.PROCESS, FOH, "Phone orders are quick and right the first time.", [
                B("The phone is answered within 3 rings.", 3, target=(AT_MOST, "3", "rings")),
                B("The caller is never on hold for more than 30 seconds.", 2,
                  target=(AT_MOST, "30", "seconds")),
                B("The order is read back to the caller before the call ends.", 4),
                B("The caller is told the total price and the pick-up or delivery time.", 3),
            ]),
        ],
    ),
    "Greeting": (
        "The first moment at the door.",
        [
            S(P.PEOPLE, FOH, "We welcome you as soon as you arrive.", [
                B("A member of staff greets the guest within 30 seconds of arrival.", 4,
                  target=(AT_MOST, "30", "seconds")),
                B("Staff look up, make eye contact and smile when greeting.", 2),
                B("A returning guest is welcomed back, by name where staff know it.", 1),
            ]),
            S(P.PRODUCT, MANAGEMENT, "The entrance is clean and inviting.", [
                B("The door, entrance and menu board are clean, with no litter.", 2),
            ]),
        ],
    ),
    "Seating": (
        "From the greeting until the guest sits down.",
        [
            S(P.PROCESS, FOH, "We seat you promptly, and tell you honestly when you must wait.", [
                B("A guest without a booking is told a realistic waiting time.", 3),
                B("The guest is seated within 5 minutes when tables are free.", 3,
                  target=(AT_MOST, "5", "minutes")),
            ]),
            S(P.PRODUCT, FOH, "Your table is clean and ready.", [
                B("The table is clean and fully set before the guest sits down.", 3),
            ]),
            S(P.PEOPLE, FOH, "We give you a table that suits you.", [
                B("The guest is offered a choice when more than one table is free.", 1),
            ]),
        ],
    ),
    "Ordering": (
        "Menus, advice and taking the order.",
        [
            S(P.PEOPLE, FOH, "We help you choose.", [
                B("The server describes the dishes of the day without checking a note.", 3),
                B("The server asks about allergies and dietary needs before taking the "
                  "order.", 5, critical=True),
                B("The server suggests at least one dish or drink.", 1),
            ]),
            S(P.PROCESS, FOH, "Ordering never keeps you waiting.", [
                B("Drinks are offered within 3 minutes of sitting down.", 3,
                  target=(AT_MOST, "3", "minutes")),
                B("The food order is taken within 10 minutes of sitting down.", 3,
                  target=(AT_MOST, "10", "minutes")),
            ]),
        ],
    ),
    "Serving": (
        "From the kitchen pass to the table.",
        [
            S(P.PRODUCT, KITCHEN, "Your food is what the menu promises.", [
                B("Every dish arrives at the right temperature: hot food hot, cold food "
                  "cold.", 5),
                B("Each dish matches the order: nothing missing, nothing swapped.", 4),
                B("Plates are clean at the rim and neatly presented.", 2),
            ]),
            S(P.PROCESS, KITCHEN, "Food comes out on time, together.", [
                B("Main courses arrive within 20 minutes of ordering.", 3,
                  target=(AT_MOST, "20", "minutes")),
                B("All dishes for one table arrive together.", 2),
            ]),
            S(P.PEOPLE, FOH, "We check that you are happy, without hovering.", [
                B("A server checks in within 2 minutes of the main course arriving.", 2,
                  target=(AT_MOST, "2", "minutes")),
            ]),
        ],
    ),
    "Flower and gift orders": (
        "Hampers and bouquets ordered for someone else, often for an occasion.",
        [
            S(P.PEOPLE, FOH, "We treat your occasion with care and discretion.", [
                B("Never assumes the occasion of a flower or gift order: asks openly what "
                  "it is for, or not at all.", 5, critical=True),
                B("Offers a handwritten card and reads the message back before "
                  "confirming.", 3),
            ]),
            S(P.PRODUCT, KITCHEN, "Your hamper is the one you chose, fresh.", [
                B("The hamper matches the photo and the list of contents the customer "
                  "chose.", 4),
                B("The flowers are fresh on arrival, with no wilted or browned petals.", 4),
            ]),
        ],
    ),
    "Payment": (
        "Asking for the bill until the guest has paid.",
        [
            S(P.PROCESS, FOH, "Paying is quick and the bill is right.", [
                B("The bill comes within 5 minutes of asking for it.", 3,
                  target=(AT_MOST, "5", "minutes")),
                B("The bill is correct: nothing the guest did not order.", 5, critical=True),
                B("Card, contactless and cash are all accepted.", 2),
            ]),
            S(P.PEOPLE, FOH, "We thank you for coming.", [
                B("The server thanks the guest when handing back the card or change.", 2),
            ]),
        ],
    ),
    "Delivery": (
        "From the kitchen to the customer's door.",
        [
            S(P.PROCESS, DELIVERY, "We deliver when we said we would.", [
                B("The order arrives within the time promised when it was placed.", 5),
                B("The customer is told before the promised time if the order will be "
                  "more than 10 minutes late.", 3),
            ]),
            S(P.PRODUCT, KITCHEN, "Delivered food arrives as good as in the restaurant.", [
                B("Hot food is at 60 °C or more on arrival.", 4,
                  target=(AT_LEAST, "60", "°C")),
                B("The order is complete, with the cutlery and sauces asked for.", 4),
                B("The bag is sealed.", 2),
            ]),
            S(P.PEOPLE, DELIVERY, "Our drivers are courteous.", [
                B("The driver greets the customer and checks the name on the order.", 2),
            ]),
        ],
    ),
    "Complaint handling": (
        "Whenever a guest says something is wrong, in person, on the phone or in writing.",
        [
            S(P.PEOPLE, MANAGEMENT, "When something goes wrong, we listen and put it right.", [
                B("Staff listen without interrupting and apologise for the experience.", 4),
                B("Staff offer to put it right on the spot (replace the dish, take it off "
                  "the bill) without fetching a manager.", 4),
                B("The manager on duty speaks to the guest before they leave when the "
                  "complaint is serious.", 3),
            ]),
            S(P.PROCESS, MANAGEMENT, "We follow every complaint up.", [
                B("A written complaint gets a personal reply within 24 hours.", 3,
                  target=(AT_MOST, "24", "hours")),
            ]),
        ],
    ),
    "Farewell": (
        "Leaving the restaurant.",
        [
            S(P.PEOPLE, FOH, "We say goodbye as warmly as we said hello.", [
                B("The guest is thanked and said goodbye to at the door.", 2),
                B("The guest is invited back, or shown the feedback QR code.", 1),
            ]),
            S(P.PRODUCT, FOH, "You leave with everything you came with.", [
                B("Coats and belongings are brought without the guest having to ask.", 1),
            ]),
        ],
    ),
}  # fmt: skip


def seed(context: DemoContext) -> list[str]:
    """Build the card; fill `context.journey_steps` and `context.behaviours`."""
    org = context.organization
    standard_count = 0
    for step_position, (name, (description, standards)) in enumerate(CARD.items()):
        step = JourneyStep.objects.create(
            organization=org, name=name, description=description, position=step_position
        )
        context.journey_steps[name] = step
        for position, spec in enumerate(standards):
            standard = Standard.objects.create(
                organization=org,
                step=step,
                p=spec.p,
                text=spec.text,
                department=context.departments[spec.department],
                position=position,
            )
            standard_count += 1
            context.behaviours.extend(
                Behaviour.objects.bulk_create(
                    _behaviour(org, standard, i, b) for i, b in enumerate(spec.behaviours)
                )
            )
    critical = sum(b.is_critical for b in context.behaviours)
    measured = sum(b.is_measured for b in context.behaviours)
    return [
        f"Service card: {len(context.journey_steps)} journey steps, {standard_count} standards, "
        f"{len(context.behaviours)} behaviours ({critical} critical, {measured} measured)"
    ]


def _behaviour(org, standard: Standard, position: int, spec: B) -> Behaviour:
    comparison, value, unit = spec.target or ("", None, "")
    return Behaviour(
        organization=org,
        standard=standard,
        text=spec.text,
        weight=spec.weight,
        is_critical=spec.critical,
        target_comparison=comparison,
        target_value=Decimal(value) if value is not None else None,
        target_unit=unit,
        position=position,
    )
