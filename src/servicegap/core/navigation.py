"""The areas of servicegap, in the order the navigation shows them.

An area whose app has not been built yet links to a "coming soon" page that says what
it will do. When an app arrives, its `url_name` resolves and the link goes there.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from servicegap.core import access
from servicegap.core.models import Membership, Role


@dataclass(frozen=True)
class Area:
    slug: str
    label: str
    question: str
    url_name: str
    roles: frozenset[Role]
    section: str = ""  # a path prefix whose pages all belong to the area


AREAS: tuple[Area, ...] = (
    Area("home", _("Home"), _("What needs you today?"), "core:home", access.EVERYONE),
    Area(
        "gap",
        _("Value distance"),
        _("Where does the service we mean to give differ from the service customers get?"),
        "gap:dashboard",
        access.SUPERVISORS,
    ),
    Area(
        "standards",
        _("Service card"),
        _("What did we promise? Standards and observable behaviours per journey step."),
        "standards:card",
        access.TEAM,
    ),
    Area(
        "audits",
        _("Audits"),
        _("What does an outsider see? Mystery shops, self-assessments and observations."),
        "audits:list",
        access.EVERYONE,
    ),
    Area(
        "feedback",
        _("Feedback"),
        _("What do customers say? Surveys, QR links and their answers."),
        "feedback:inbox",
        access.SUPERVISORS,
    ),
    Area(
        "customers",
        _("Customers"),
        _("What do customers do? Visits, value, and who is drifting away."),
        "customers:save-list",
        access.LOCATION_MANAGERS,
    ),
    Area(
        "recovery",
        _("Recovery"),
        _("Cases, empowerment budgets, follow-ups and outcomes."),
        "recovery:case-list",
        access.TEAM,
    ),
    Area(
        "people",
        _("People"),
        _("Coaching, scenario tests, interview questions and frontline ideas."),
        "people:home",
        access.TEAM,
    ),
    Area(
        "organization",
        _("Organisation"),
        _("Locations, regions, departments, employees and members."),
        "core:location-list",
        access.TEAM,
        section="/organization/",
    ),
)

AREAS_BY_SLUG = {area.slug: area for area in AREAS}


def area_url(area: Area) -> tuple[str, bool]:
    """The area's page, and whether it exists yet."""
    try:
        return reverse(area.url_name), True
    except NoReverseMatch:
        return reverse("core:coming-soon", args=[area.slug]), False


def navigation_for(membership: Membership, path: str) -> list[dict]:
    items = []
    for area in AREAS:
        if membership.role not in area.roles:
            continue
        url, ready = area_url(area)
        current = path == url if area.slug == "home" else path.startswith(area.section or url)
        items.append({"area": area, "url": url, "ready": ready, "current": current})
    return items
