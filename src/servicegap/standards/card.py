"""The service card: what the card shows for an organisation, a location or a department.

One card is read with three queries whatever its size: the steps in use, their
standards in use (with the responsible department), and those standards' behaviours
in use. Retired items, and everything under a retired step or standard, stay off it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.db.models import Prefetch
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.text import slugify

from servicegap.core.models import Department, Location, Membership, Organization
from servicegap.standards.models import Behaviour, JourneyStep, Standard
from servicegap.standards.pdf import render_pdf

# The card's stylesheet, read from the package (not through static files) for PDFs.
CARD_CSS = Path(__file__).resolve().parent / "static" / "standards" / "card.css"


@dataclass
class ServiceCard:
    """Steps in order; each step has `card_standards`, each standard `card_behaviours`."""

    organization: Organization
    steps: list[JourneyStep]
    location: Location | None = None
    department: Department | None = None

    @property
    def title(self) -> str:
        if self.location is not None:
            return self.location.name
        return self.organization.name

    @property
    def standard_count(self) -> int:
        return sum(len(step.card_standards) for step in self.steps)

    @property
    def behaviour_count(self) -> int:
        return sum(
            len(standard.card_behaviours) for step in self.steps for standard in step.card_standards
        )


def build_card(
    membership: Membership,
    *,
    location: Location | None = None,
    department: Department | None = None,
) -> ServiceCard:
    """The card as `membership` may see it; `location` and `department` must already have
    been fetched for the member (`get_for_member`). A department's card holds only the
    standards it is responsible for; a location's card holds the same standards as the
    organisation's, titled for the location. Steps without standards are left out."""
    behaviours = Behaviour.objects.active().order_by("position", "pk")
    standards = (
        Standard.objects.active()
        .select_related("department")
        .prefetch_related(Prefetch("behaviours", queryset=behaviours, to_attr="card_behaviours"))
        .order_by("position", "pk")
    )
    if department is not None:
        standards = standards.filter(department=department)
    steps = (
        JourneyStep.objects.for_member(membership)
        .active()
        .prefetch_related(Prefetch("standards", queryset=standards, to_attr="card_standards"))
        .order_by("position", "pk")
    )
    return ServiceCard(
        organization=membership.organization,
        steps=[step for step in steps if step.card_standards],
        location=location,
        department=department,
    )


def render_card_pdf(card: ServiceCard, request: HttpRequest | None = None) -> bytes:
    """The card as a PDF, for the page and the API; raises `pdf.PdfUnavailable` where
    WeasyPrint cannot load Pango."""
    html = render_to_string("standards/card_pdf.html", {"card": card}, request=request)
    return render_pdf(html, CARD_CSS)


def card_pdf_filename(card: ServiceCard) -> str:
    """The name a downloaded card PDF is saved under, e.g. service-card-location-a.pdf."""
    name = slugify(f"service card {card.title} {card.department or ''}") or "service-card"
    return f"{name}.pdf"
