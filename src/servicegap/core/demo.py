"""The demo organisation: a small restaurant group with a login for every role.

`seed(n)` deletes any previous demo organisation and builds it again, so the same
seed always gives the same data. Each app adds its own part through a step listed in
`settings.SERVICEGAP_DEMO_STEPS`; a step receives the `DemoContext` and returns lines
for the summary.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from servicegap.core.models import (
    Department,
    Employee,
    Location,
    Membership,
    Organization,
    Region,
    Role,
)

SLUG = "demo"
PASSWORD = "servicegap-demo"
LOGINS = {role.value: f"{role.value}@demo.test" for role in Role}

REGIONS = ["City Centre", "Waterfront"]
# name, region, address, latitude, longitude
LOCATIONS = [
    ("Old Town", "City Centre", "12 Market Street", "48.856600", "2.352200"),
    ("Station Square", "City Centre", "1 Station Square", "48.880500", "2.355400"),
    ("Harbour Front", "Waterfront", "40 Quay Road", "48.839100", "2.287600"),
    ("Riverside", "Waterfront", "7 Towpath Lane", "48.846200", "2.373700"),
]
DEPARTMENTS = ["Front of house", "Kitchen", "Delivery", "Management"]
# Job titles per department, the first being the most common.
JOBS = {
    "Front of house": ["Server", "Server", "Host", "Bartender"],
    "Kitchen": ["Line cook", "Line cook", "Prep cook", "Sous chef"],
    "Delivery": ["Driver", "Driver", "Dispatcher"],
    "Management": ["Shift lead"],
}
FIRST_NAMES = [
    "Alex", "Bea", "Camille", "Dario", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas",
    "Kemal", "Lea", "Marco", "Nadia", "Omar", "Paula", "Quentin", "Rosa", "Samir", "Tess",
    "Ugo", "Vera", "Wanda", "Xavier", "Yara", "Zoe", "Anton", "Chloe", "Emil", "Lina",
]  # fmt: skip
LAST_NAMES = [
    "Arden", "Brook", "Castel", "Dune", "Ember", "Field", "Grove", "Heath", "Isle", "Juniper",
    "Keel", "Lark", "Moss", "North", "Oak", "Pike", "Reed", "Stone", "Thorn", "Vale",
]  # fmt: skip
EMPLOYEES_PER_LOCATION = 9

# The demo's story, in chances: that a behaviour is done right on an audit, or that a
# customer gives a rating point (a rating is 1 + Binomial(4, chance), so its 0–100 score
# is the chance in per cent). Audits and ratings both follow `chance()`, so that the
# value-distance dashboard tells one story over the default period (the last 90 days):
# - each team believes it serves better than outsiders see, and customers feel less
#   than outsiders see ("we believe ~88 · shoppers see ~78 · customers say ~60");
# - Station Square is furthest from its promise, worst of all at the bill (Process of
#   the Payment step), a blind spot its own self-assessments never see;
# - Riverside's new kitchen team is improving it month by month (Observed and
#   Experienced; its self-assessments stay where they were);
# - Harbour Front started taking flower and gift orders six weeks ago: a large gap that
#   rests on too few audits and answers to mean anything yet.
# What an outsider sees, per location and P, in the middle of the six months: Station
# Square is slow, Harbour Front's staff are curt, Riverside's kitchen struggles, Old Town
# is good at everything.
SERVICE_QUALITY = {
    "Old Town": {"people": 0.87, "process": 0.83, "product": 0.85},
    "Station Square": {"people": 0.70, "process": 0.66, "product": 0.74},
    "Harbour Front": {"people": 0.62, "process": 0.80, "product": 0.85},
    "Riverside": {"people": 0.72, "process": 0.68, "product": 0.56},
}
# What each team believes of itself in its self-assessments, whatever the P.
SELF_ASSESSED = {
    "Old Town": 0.88,
    "Station Square": 0.89,
    "Harbour Front": 0.83,
    "Riverside": 0.85,
}
# Customers feel this much less than an outsider sees.
CUSTOMER_SHORTFALL = 0.16
# Change per 30 days of what outsiders see and customers feel, from the middle of the
# six months (90 days before today).
TREND = {"Riverside": 0.08}
# The worst cell: location, P, step, and how much less outsiders and customers see there.
WEAK_SPOT = ("Station Square", "process", "Payment")
WEAK_SPOT_PENALTY = 0.25
# A service that started `NEW_SERVICE_DAYS` ago at one location, and whose product
# (location, P, step) goes badly.
NEW_SERVICE = ("Harbour Front", "product", "Flower and gift orders")
NEW_SERVICE_DAYS = 42
NEW_SERVICE_PENALTY = 0.45
# What a team believes of its weak spot and of its new service: it does not see them.
BLIND_SPOT = 0.97
BELIEVED, OBSERVED, EXPERIENCED = "believed", "observed", "experienced"
HALF = 90  # days: the demo's six months are two of the dashboard's default periods


def chance(lens: str, location: str, p: str, step: str | None, day: date, today: date) -> float:
    """The story's chance of a pass (or of a rating point) through `lens` on `day`."""
    if lens == BELIEVED:
        if (location, p, step) in (WEAK_SPOT, NEW_SERVICE):
            return BLIND_SPOT
        return SELF_ASSESSED.get(location, 0.9)
    value = SERVICE_QUALITY.get(location, {}).get(p, 0.8)
    value += TREND.get(location, 0.0) * ((day - today).days + HALF) / 30
    if (location, p, step) == WEAK_SPOT:
        value -= WEAK_SPOT_PENALTY
    if (location, p, step) == NEW_SERVICE:
        value -= NEW_SERVICE_PENALTY
    if lens == EXPERIENCED:
        value -= CUSTOMER_SHORTFALL
    return min(max(value, 0.02), 0.98)


@dataclass
class DemoContext:
    """What the core step built, for the steps of other apps to build on."""

    organization: Organization
    rng: random.Random
    today: date
    locations: list[Location] = field(default_factory=list)
    departments: dict[str, Department] = field(default_factory=dict)
    employees: list[Employee] = field(default_factory=list)
    members: dict[str, Membership] = field(default_factory=dict)
    # Filled by the standards step: journey steps by name, and every behaviour made.
    journey_steps: dict = field(default_factory=dict)
    behaviours: list = field(default_factory=list)

    def now(self) -> datetime:
        """The demo's present: now, or the end of the demo's today when that is earlier.
        Nothing the demo records happens after it."""
        end = datetime.combine(self.today + timedelta(days=1), time.min, self.organization.tz)
        return min(timezone.now(), end - timedelta(minutes=1))


@dataclass
class DemoSummary:
    organization: Organization
    counts: list[str]

    def lines(self) -> list[str]:
        return [f"Organisation: {self.organization.name} (slug {self.organization.slug})"] + [
            f"{line}" for line in self.counts
        ]


def seed(seed: int = 1, today: date | None = None) -> DemoSummary:
    """Recreate the demo organisation from `seed`; return what was made."""
    with transaction.atomic():
        _delete_previous()
        organization = Organization.objects.create(
            name="Harbour & Hearth Restaurants",
            slug=SLUG,
            time_zone="Europe/Paris",
            currency="EUR",
            is_demo=True,
        )
        # Today in the organisation's time zone, as the dashboard's default period counts.
        today = today or timezone.now().astimezone(organization.tz).date()
        context = DemoContext(organization=organization, rng=random.Random(seed), today=today)
        lines: list[str] = []
        for dotted in settings.SERVICEGAP_DEMO_STEPS:
            lines.extend(import_string(dotted)(context))
    return DemoSummary(organization, lines)


class DemoError(Exception):
    """The demo cannot be built without harming real data."""


def _delete_previous() -> None:
    if Organization.objects.filter(slug=SLUG, is_demo=False).exists():
        raise DemoError(
            f"An organisation with the short name {SLUG!r} exists and is not the demo; "
            "it is left alone. Use another database (SERVICEGAP_DATA_DIR or DATABASE_URL)."
        )
    Organization.objects.filter(slug=SLUG, is_demo=True).delete()
    get_user_model().objects.filter(email__in=LOGINS.values()).delete()


def seed_organization(context: DemoContext) -> list[str]:
    """Regions, locations, departments, employees and one login per role."""
    org, rng = context.organization, context.rng
    regions = {name: Region.objects.create(organization=org, name=name) for name in REGIONS}
    for name, region, address, lat, lon in LOCATIONS:
        context.locations.append(
            Location.objects.create(
                organization=org,
                name=name,
                region=regions[region],
                address=address,
                latitude=Decimal(lat),
                longitude=Decimal(lon),
            )
        )
    for name in DEPARTMENTS:
        context.departments[name] = Department.objects.create(organization=org, name=name)
    _seed_employees(context, rng)
    _seed_members(context, regions)
    return [
        f"{len(context.locations)} locations in {len(regions)} regions",
        f"{len(context.departments)} departments, {len(context.employees)} employees",
        f"{len(context.members)} members, one per role",
    ]


def _seed_employees(context: DemoContext, rng: random.Random) -> None:
    names = [(first, last) for first in FIRST_NAMES for last in LAST_NAMES]
    rng.shuffle(names)
    staffing = ["Front of house"] * 4 + ["Kitchen"] * 3 + ["Delivery"] + ["Management"]
    assert len(staffing) == EMPLOYEES_PER_LOCATION
    for location in context.locations:
        for department_name in staffing:
            first, last = names.pop()
            context.employees.append(
                Employee.objects.create(
                    organization=context.organization,
                    first_name=first,
                    last_name=last,
                    job_title=rng.choice(JOBS[department_name]),
                    location=location,
                    department=context.departments[department_name],
                    started_on=context.today - timedelta(days=rng.randint(30, 2500)),
                )
            )


def _seed_members(context: DemoContext, regions: dict[str, Region]) -> None:
    users = get_user_model().objects
    first_location = context.locations[0]
    for role, email in LOGINS.items():
        user = users.create_user(username=email, email=email, password=PASSWORD)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        membership = Membership.objects.create(
            organization=context.organization, user=user, role=role
        )
        if role == Role.MANAGER:
            membership.regions.set([regions["City Centre"]])
        elif role in (Role.SUPERVISOR, Role.STAFF):
            membership.locations.set([first_location])
        context.members[role] = membership
    # The supervisor and staff logins are people on the Old Town team.
    team = [e for e in context.employees if e.location_id == first_location.pk]
    for role, employee in ((Role.SUPERVISOR, team[-1]), (Role.STAFF, team[0])):
        employee.user = context.members[role].user
        employee.save(update_fields=["user"])
