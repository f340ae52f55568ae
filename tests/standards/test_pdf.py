"""The card as a PDF: a real PDF holding the card's text, or a clear 503 without Pango.

Without Pango the PDF tests are skipped on a developer's machine, but never in CI (when
the environment variable CI is set), where they must run and fail if Pango is missing.
"""

import os

import pytest
from django.urls import reverse

from servicegap.core.models import Role
from servicegap.standards import pdf
from tests.conftest import client_for
from tests.standards.pdftext import contains, pdf_text


def pango_missing() -> str:
    """Why WeasyPrint cannot run here, or an empty string when it can."""
    try:
        pdf.load_weasyprint()
    except pdf.PdfUnavailable as error:
        return str(error)
    return ""


MISSING = pango_missing()
needs_pango = pytest.mark.skipif(
    bool(MISSING) and not os.environ.get("CI"),
    reason=f"WeasyPrint cannot load Pango ({MISSING}); set CI=1 to fail instead of skipping",
)


def get_pdf(client, name, *args):
    response = client.get(reverse(name, args=args))
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert len(response.content) > 2000
    return response


@needs_pango
def test_the_card_pdf_is_a_pdf_with_the_card_in_it(card, staff_sam):
    response = get_pdf(client_for(staff_sam), "standards:card-pdf")
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="service-card-sunny-side-cafes.pdf"'
    )
    content = response.content
    for text in (
        "How we serve you",
        "How you will know",
        "Greeting",
        "We welcome you at once.",
        "Greeted within 30 seconds. (at most 30 seconds)",
        "The bill is correct.",
        "People",
        "Process",
    ):
        assert contains(content, text), text
    assert not contains(content, "A retired behaviour.")


@needs_pango
def test_a_location_pdf_is_titled_for_the_location(world, card, staff_sam):
    response = get_pdf(client_for(staff_sam), "standards:location-card-pdf", world.location_a.code)
    assert contains(response.content, "Location A")
    assert contains(response.content, "We welcome you at once.")


@needs_pango
def test_a_department_pdf_holds_only_its_standards(card, staff_sam):
    response = get_pdf(client_for(staff_sam), "standards:department-card-pdf", card.kitchen.code)
    assert contains(response.content, "Your bill is right.")
    assert not contains(response.content, "We welcome you at once.")


@needs_pango
def test_the_pdf_reader_of_these_tests_reads_what_weasyprint_wrote():
    weasyprint = pdf.load_weasyprint()
    document = weasyprint.HTML(string="<p>Answers the phone — <b>at once</b>, 3 rings.</p>")
    content = document.write_pdf()
    assert contains(content, "Answers the phone — at once, 3 rings.")
    assert "Answers the phone" in pdf_text(content)
    assert not contains(content, "Answers the phone at twice")


@pytest.mark.parametrize("role", list(Role))
def test_the_pdf_is_for_the_team(role, card, member_of_role, monkeypatch):
    monkeypatch.setattr(pdf, "load_weasyprint", lambda: pytest.fail("not for this role"))
    if role != Role.SHOPPER:
        monkeypatch.setattr("servicegap.standards.card.render_pdf", lambda html, css: b"%PDF-1.7")
    response = client_for(member_of_role(role)).get(reverse("standards:card-pdf"))
    assert response.status_code == (403 if role == Role.SHOPPER else 200)


def test_without_pango_the_pdf_page_says_what_to_install(card, staff_sam, monkeypatch):
    def missing():
        raise pdf.PdfUnavailable("cannot load library 'libpango-1.0-0': not found")

    monkeypatch.setattr(pdf, "load_weasyprint", missing)
    response = client_for(staff_sam).get(reverse("standards:card-pdf"))
    html = response.content.decode()
    assert response.status_code == 503
    assert "libpango-1.0-0 libpangoft2-1.0-0" in html
    assert "cannot load library" in html
    assert reverse("standards:card") in html


def test_the_pdf_never_fetches_anything_from_outside():
    with pytest.raises(ValueError, match="outside resources"):
        pdf._refuse_fetch("https://example.com/logo.png")
