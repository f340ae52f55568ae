"""Links that work on a phone: the loopback warning, table cards four to an A4 sheet (page
and PDF), a first link without a survey, and `servicegap links` with where and a pipe."""

from __future__ import annotations

import io
import re

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from servicegap.feedback import qr
from servicegap.feedback.models import Question, Survey, SurveyLink
from tests.conftest import client_for
from tests.feedback.factories import SurveyFactory, SurveyLinkFactory
from tests.standards import pdftext
from tests.standards.test_pdf import needs_pango

LOOPBACK = override_settings(SITE_URL="http://127.0.0.1:8000")
PUBLIC = override_settings(SITE_URL="https://service.example")
WARNING = "These codes will not open on a phone."


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:8000", True),
        ("http://127.3.4.5", True),
        ("http://localhost:8000", True),
        ("http://shop.localhost", True),
        ("http://[::1]:8000", True),
        ("http://0.0.0.0:8000", True),
        ("http://192.168.1.20:8000", False),
        ("https://service.example", False),
        ("https://localhost.example.com", False),
    ],
)
def test_a_loopback_address_is_recognised(url, loopback):
    assert qr.is_loopback(url) is loopback


@LOOPBACK
def test_the_links_page_says_plainly_that_phones_cannot_open_loopback_codes(owner_olga, link):
    html = client_for(owner_olga).get(reverse("feedback:link-list")).content.decode()
    assert WARNING in html
    assert "SERVICEGAP_SITE_URL" in html and "http://127.0.0.1:8000" in html


@LOOPBACK
def test_the_table_cards_say_it_too_but_not_on_paper(owner_olga, link):
    html = client_for(owner_olga).get(reverse("feedback:link-cards")).content.decode()
    intro = re.search(r'<div class="no-print intro">.*?</div>', html, re.S).group(0)
    assert WARNING in intro and "SERVICEGAP_SITE_URL" in intro


@PUBLIC
def test_a_public_address_gives_no_warning(owner_olga, link):
    client = client_for(owner_olga)
    assert WARNING not in client.get(reverse("feedback:link-list")).content.decode()
    assert WARNING not in client.get(reverse("feedback:link-cards")).content.decode()


# Table cards ---------------------------------------------------------------------------


def test_cards_come_four_to_a_sheet(owner_olga, survey, world):
    for table in range(1, 7):
        SurveyLinkFactory(
            organization=world.org, survey=survey, location=world.location_a, table=str(table)
        )
    html = client_for(owner_olga).get(reverse("feedback:link-cards")).content.decode()
    sheets = html.split('<div class="sheet">')[1:]
    assert [sheet.count('<section class="card"') for sheet in sheets] == [4, 2]
    assert "four cards to a sheet, cut along the dashed lines" in html
    assert reverse("feedback:link-cards-pdf") in html


def test_the_qr_codes_are_vector_images(owner_olga, link):
    html = client_for(owner_olga).get(reverse("feedback:link-cards")).content.decode()
    assert "<svg" in html and "<img" not in html


def test_a_sheet_of_no_links_says_so(owner_olga, world):
    html = client_for(owner_olga).get(reverse("feedback:link-cards")).content.decode()
    assert "No open links to print." in html
    assert 'class="sheet"' not in html and reverse("feedback:link-cards-pdf") not in html


def test_a_pdf_of_no_links_is_a_message_not_an_empty_pdf(owner_olga, world):
    response = client_for(owner_olga).get(reverse("feedback:link-cards-pdf"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("feedback:link-list")
    assert response["Content-Type"].startswith("text/html")
    assert "There is no open link to print" in response.content.decode()


def test_a_pdf_of_only_another_locations_links_is_a_message_too(supervisor_sid, link_b):
    response = client_for(supervisor_sid).get(reverse("feedback:link-cards-pdf"))
    assert response.status_code == 302


@needs_pango
def test_the_pdf_has_a_page_per_four_cards(owner_olga, survey, world):
    for table in range(1, 6):
        SurveyLinkFactory(
            organization=world.org, survey=survey, location=world.location_a, table=str(table)
        )
    response = client_for(owner_olga).get(reverse("feedback:link-cards-pdf"))
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert response["Content-Disposition"] == 'attachment; filename="table-cards.pdf"'
    objects = pdftext._objects(response.content).values()
    pages = [d for d, _stream in objects if re.search(rb"/Type\s*/Page(?![a-zA-Z])", d)]
    assert len(pages) == 2  # 5 cards: 4 + 1
    assert pdftext.contains(response.content, "table 5")


@pytest.mark.parametrize("persona", ["staff_sam", "shopper_sue"])
def test_staff_and_shoppers_may_not_print_cards(persona, request, link):
    client = client_for(request.getfixturevalue(persona))
    assert client.get(reverse("feedback:link-cards-pdf")).status_code == 403


def test_another_organisations_location_is_a_404_for_the_pdf(outsider_otto, link):
    response = client_for(outsider_otto).get(
        reverse("feedback:link-cards-pdf"), {"location": link.location.code}
    )
    assert response.status_code == 404


# A first link --------------------------------------------------------------------------


def test_a_first_link_without_any_survey_makes_a_survey_for_it(manager_max, world):
    client = client_for(manager_max)
    form = client.get(reverse("feedback:link-create")).content.decode()
    assert "A new customer survey (English, French, Spanish)" in form
    response = client.post(
        reverse("feedback:link-create"),
        {"survey": "", "location": world.location_a.code, "channel": "table", "tables": "1-2"},
    )
    assert response.status_code == 302
    survey = Survey.objects.get()
    assert (survey.name, survey.offered_languages()) == ("Customer survey", ["en", "fr", "es"])
    assert survey.questions.filter(kind=Question.Kind.NPS).exists()
    assert [link.survey for link in SurveyLink.objects.all()] == [survey, survey]
    # The next link offers that survey, chosen already.
    again = client.get(reverse("feedback:link-create")).content.decode()
    assert f'<option value="{survey.code}" selected>' in again


def test_a_first_link_refused_for_bad_input_stores_no_survey_either(manager_max, world):
    response = client_for(manager_max).post(
        reverse("feedback:link-create"), {"survey": "", "location": "", "channel": "table"}
    )
    assert response.status_code == 400
    assert "This field is required" in response.content.decode()  # the location's
    assert not Survey.objects.exists() and not SurveyLink.objects.exists()


def test_with_a_survey_the_survey_is_still_required(manager_max, world, survey):
    SurveyFactory(organization=world.org, name="Second")
    response = client_for(manager_max).post(
        reverse("feedback:link-create"),
        {"survey": "", "location": world.location_a.code, "channel": "table"},
    )
    assert response.status_code == 400
    assert not SurveyLink.objects.exists()


def test_a_closed_default_survey_is_reopened_not_made_twice(owner_olga, world):
    SurveyFactory(organization=world.org, name="Customer survey", is_active=False)
    response = client_for(owner_olga).post(
        reverse("feedback:link-create"),
        {"survey": "", "location": world.location_a.code, "channel": "counter"},
    )
    assert response.status_code == 302
    survey = Survey.objects.get()
    assert survey.is_active and SurveyLink.objects.get().survey == survey


def test_another_organisations_survey_does_not_count_as_ours(manager_max, world, outsider_otto):
    SurveyFactory(organization=outsider_otto.organization)
    form = client_for(manager_max).get(reverse("feedback:link-create")).content.decode()
    assert "A new customer survey" in form


# The links command --------------------------------------------------------------------


@LOOPBACK
def test_the_links_command_warns_on_stderr_about_a_loopback_address(link):
    out, err = io.StringIO(), io.StringIO()
    call_command("links", "--org", link.organization.slug, stdout=out, stderr=err)
    assert "Phones cannot open these codes" in err.getvalue()
    assert out.getvalue() == f"Location A · QR code on a table · table 7\t{link.public_url()}\n"


class ClosedPipe(io.StringIO):
    """A reader that went away after the first line, as `head -1` does."""

    def write(self, text: str) -> int:
        if self.getvalue():
            raise BrokenPipeError(32, "Broken pipe")
        return super().write(text)


@PUBLIC
def test_the_links_command_ends_quietly_when_its_reader_goes_away(link, link_b):
    out, err = ClosedPipe(), io.StringIO()
    call_command("links", "--org", link.organization.slug, stdout=out, stderr=err)
    assert out.getvalue().count("\n") == 1
    assert err.getvalue() == ""
