"""Table cards: each open link's QR code, title and address, four A6 cards to an A4
sheet, as a page to print and as a PDF (the links page and the API)."""

from __future__ import annotations

from pathlib import Path

from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from servicegap.feedback import qr
from servicegap.feedback.models import SurveyLink
from servicegap.standards.pdf import render_pdf

CARDS_PER_PAGE = 4  # A6 cards, two by two on an A4 sheet
MAX_CARDS = 200  # one printing at most
# The table cards' stylesheet, read from the package (not through static files) for PDFs.
CARDS_CSS = Path(__file__).resolve().parent / "static" / "feedback" / "cards.css"


def open_links(links: QuerySet[SurveyLink]) -> list[SurveyLink]:
    """The links of `links` customers may answer through now, as the list sorts them."""
    chosen = links.open().select_related("survey__organization", "location")[:MAX_CARDS]
    return sorted(chosen, key=SurveyLink.sort_key)


def pages(cards: list[dict]) -> list[list[dict]]:
    return [cards[i : i + CARDS_PER_PAGE] for i in range(0, len(cards), CARDS_PER_PAGE)]


def card_list(links: list[SurveyLink]) -> list[dict]:
    """What each card shows, in its survey's main language."""
    cards = []
    for link in links:
        language = link.survey.default_language
        with translation.override(language):
            cards.append(
                {
                    "link": link,
                    "url": link.public_url(),
                    "svg": qr.qr_inline_svg(link.public_url()),
                    "title": link.survey.text("title", language),
                    "prompt": _("Scan to tell us about your visit"),
                }
            )
    return cards


def cards_pdf(links: list[SurveyLink]) -> bytes:
    """The cards of `links` as a PDF, four to an A4 page; raises
    `standards.pdf.PdfUnavailable` where PDFs cannot be made."""
    html = render_to_string("feedback/link_cards_pdf.html", {"pages": pages(card_list(links))})
    return render_pdf(html, CARDS_CSS)
