"""The getting-started checklist on a new organisation's Today page.

Each step ticks itself from real rows, in the order a new business takes them: its
locations, a service card, QR links for the tables, a first customer response, a first
self-assessment, a first mystery shop scheduled, visits imported. Owners and executives
see it until every step is done (then it is put away for good) or an owner dismisses it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from servicegap.audits.models import Assignment, Audit, Kind
from servicegap.core import access
from servicegap.core.models import Location, Membership, Role
from servicegap.customers.models import Visit
from servicegap.feedback.models import Response, SurveyLink
from servicegap.gap.models import GettingStarted
from servicegap.standards.models import Behaviour


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    hint: str
    link: str
    done: bool


@dataclass(frozen=True)
class Checklist:
    steps: list[Step]
    can_dismiss: bool

    @property
    def done_count(self) -> int:
        return sum(step.done for step in self.steps)

    @property
    def is_done(self) -> bool:
        return all(step.done for step in self.steps)


def checklist(membership: Membership) -> Checklist | None:
    """The checklist for this member's Today, or None when it is not shown."""
    if membership.role not in access.LEADERS:
        return None
    org = membership.organization
    state = GettingStarted.objects.filter(organization=org).first()
    if state is not None and state.is_hidden:
        return None
    found = Checklist(steps=_steps(org), can_dismiss=membership.role == Role.OWNER)
    if found.is_done:
        GettingStarted.objects.update_or_create(
            organization=org, defaults={"completed_at": timezone.now()}
        )
        return None
    return found


def _steps(org) -> list[Step]:
    mine = {"organization": org}
    return [
        Step("locations", str(_("Add your locations")),
             str(_("Each restaurant, shop or branch you want to measure.")),
             reverse("core:location-create"), Location.objects.filter(**mine).exists()),
        Step("card", str(_("Choose or edit your service card")),
             str(_("Start from a kit for your kind of business, then make it yours.")),
             reverse("kits:choose"), Behaviour.objects.filter(**mine).exists()),
        Step("qr", str(_("Print the QR table cards")),
             str(_("Make a link per location or table and print its card.")),
             reverse("feedback:link-list"), SurveyLink.objects.filter(**mine).exists()),
        Step("response", str(_("Receive a first customer response")),
             str(_("Scan a table card with your phone and answer, or wait for a customer.")),
             reverse("feedback:inbox"),
             Response.objects.filter(**mine, spam=False).exists()),
        Step("self_assessment", str(_("Run a first self-assessment")),
             str(_("Check one location against your card: what you believe.")),
             reverse("audits:audit-start"),
             Audit.objects.filter(**mine, kind=Kind.SELF_ASSESSMENT)
             .exclude(status=Audit.Status.DRAFT).exists()),
        Step("mystery_shop", str(_("Schedule a first mystery shop")),
             str(_("Give a shopper a location, a template and a window of days.")),
             reverse("audits:assignment-create"),
             Assignment.objects.filter(**mine).exists()),
        Step("visits", str(_("Import your customers' visits")),
             str(_("From your till or loyalty system, as CSV or XLSX; a sample shows how.")),
             reverse("customers:import-columns"), Visit.objects.filter(**mine).exists()),
    ]  # fmt: skip


def dismiss(membership: Membership) -> None:
    """Put the checklist away for the whole organisation (owners only)."""
    GettingStarted.objects.update_or_create(
        organization=membership.organization,
        defaults={"dismissed_at": timezone.now(), "dismissed_by": membership.user},
    )
