"""Files in the feedback API, as the pages give them: the inbox's CSV and XLSX exports,
a link's PNG QR code and the table cards' PDF."""

from __future__ import annotations

import csv
import io
import re

import openpyxl
import pytest

from servicegap.core.models import Role
from servicegap.feedback import cards, exports
from servicegap.feedback.exports import HEADER
from servicegap.feedback.models import SurveyLink
from servicegap.standards.pdf import PdfUnavailable
from tests.factories import LocationFactory
from tests.feedback.factories import ResponseFactory, SurveyLinkFactory
from tests.feedback.test_api_links import READERS, call
from tests.standards import pdftext
from tests.standards.test_pdf import needs_pango

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def csv_rows(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")  # the BOM that tells Excel it is UTF-8
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def xlsx_sheet(content: bytes):
    return openpyxl.load_workbook(io.BytesIO(content))["Responses"]


@pytest.fixture
def answers(link, link_b, steps):
    org = link.organization
    return [
        ResponseFactory(
            organization=org,
            link=link,
            nps=9,
            comment='=HYPERLINK("http://evil.example")',
            step=steps[0],
            people=5,
            product=2,
        ),
        ResponseFactory(organization=org, link=link_b, nps=2, comment="+1 for the staff"),
        ResponseFactory(
            organization=org, link=link, spam=True, spam_reason="honeypot field filled in"
        ),
    ]


# CSV -------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_readers_export_the_responses_they_see_as_csv(client, role, member_of_role, answers):
    member = member_of_role(role)
    response = call(client, member, "get", "/responses/export.csv")
    if role not in READERS:
        assert response.status_code == 403
        return
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert re.fullmatch(
        r'attachment; filename="feedback-\d{4}-\d{2}-\d{2}\.csv"', response["Content-Disposition"]
    )
    content = body(response)
    rows = csv_rows(content)
    assert rows[0] == HEADER
    codes = {row[18] for row in rows[1:]}
    if role in {Role.MANAGER, Role.SUPERVISOR}:  # Location A only; spam hidden
        assert codes == {str(answers[0].code)}
    else:
        assert codes == {str(answers[0].code), str(answers[1].code)}
    first = next(row for row in rows[1:] if row[18] == str(answers[0].code))
    # location, people, product, would recommend, its group, part of the visit
    assert [first[1], first[6], first[7], first[8], first[9], first[10], first[12]] == [
        "Location A",
        "5",
        "",
        "2",
        "9",
        "promoter",
        "Arrival",
    ]
    assert first[13] == '\'=HYPERLINK("http://evil.example")'  # a formula made inert
    # the same file as the page's button
    client.force_login(member.user)
    page = client.get("/feedback/export.csv")
    assert page.status_code == 200 and body(page) == content


def test_the_csv_takes_the_inboxs_filters(client, owner_olga, world, answers):
    query = f"?location={world.location_b.code}&nps=detractor"
    rows = csv_rows(body(call(client, owner_olga, "get", f"/responses/export.csv{query}")))
    assert [row[18] for row in rows[1:]] == [str(answers[1].code)]
    assert rows[1][13] == "'+1 for the staff"
    rows = csv_rows(body(call(client, owner_olga, "get", "/responses/export.csv?spam=only")))
    assert [(row[16], row[17]) for row in rows[1:]] == [("yes", "honeypot field filled in")]
    rows = csv_rows(body(call(client, owner_olga, "get", "/responses/export.csv?spam=all")))
    assert len(rows) == 1 + 3


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_location_out_of_reach_or_bad_filters_are_a_422(
    client, kind, owner_olga, manager_max, outsider_otto, world, answers
):
    foreign = LocationFactory(organization=outsider_otto.organization)
    response = call(client, owner_olga, "get", f"/responses/export.{kind}?location={foreign.code}")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "location"]
    outside = f"/responses/export.{kind}?location={world.location_b.code}"
    response = call(client, manager_max, "get", outside)  # the manager's region is North
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "location"]
    response = call(
        client, owner_olga, "get", f"/responses/export.{kind}?since=2026-05-02&until=2026-05-01"
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "until"]


# XLSX ------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_readers_export_the_responses_they_see_as_xlsx(client, role, member_of_role, answers):
    member = member_of_role(role)
    response = call(client, member, "get", "/responses/export.xlsx")
    if role not in READERS:
        assert response.status_code == 403
        return
    assert response.status_code == 200
    assert response["Content-Type"] == exports.XLSX_TYPE
    assert re.fullmatch(
        r'attachment; filename="feedback-\d{4}-\d{2}-\d{2}\.xlsx"',
        response["Content-Disposition"],
    )
    content = body(response)
    assert content.startswith(b"PK")  # a zip, as every XLSX
    sheet = xlsx_sheet(content)
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == HEADER
    expected = 1 if role in {Role.MANAGER, Role.SUPERVISOR} else 2
    assert len(rows) == 1 + expected
    first = next(index for index, row in enumerate(rows) if row[18] == str(answers[0].code))
    row = rows[first]
    assert [row[1], row[6], row[7], row[8], row[9], row[10]] == [
        "Location A",
        5,
        None,
        2,
        9,
        "promoter",
    ]
    # The formula's text is kept, as a text cell: never run.
    cell = sheet.cell(row=first + 1, column=14)
    assert cell.value == '=HYPERLINK("http://evil.example")' and cell.data_type == "s"
    client.force_login(member.user)
    page = client.get("/feedback/export.xlsx")
    page_rows = [list(r) for r in xlsx_sheet(body(page)).iter_rows(values_only=True)]
    assert page_rows == rows


def test_more_responses_than_a_sheet_holds_is_a_422_as_the_page_refuses(
    client, owner_olga, answers, monkeypatch
):
    monkeypatch.setattr(exports, "XLSX_MAX_ROWS", 1)
    response = call(client, owner_olga, "get", "/responses/export.xlsx")
    assert response.status_code == 422
    (error,) = response.json()["detail"]
    assert error["loc"] == ["query"]
    assert error["msg"].startswith("Cannot export: these filters match 2 responses")
    # the CSV has no limit
    rows = csv_rows(body(call(client, owner_olga, "get", "/responses/export.csv")))
    assert len(rows) == 1 + 2


# PNG QR code -----------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_readers_get_the_png_qr_code_the_page_serves(client, role, member_of_role, link):
    member = member_of_role(role)
    response = call(client, member, "get", f"/links/{link.code}/qr.png")
    if role not in READERS:
        assert response.status_code == 403
        return
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response.content.startswith(PNG_SIGNATURE)
    assert response["Content-Disposition"] == f'inline; filename="feedback-{link.token}.png"'
    client.force_login(member.user)
    page = client.get(f"/feedback/links/{link.code}/qr.png")
    assert page.status_code == 200 and page.content == response.content


def test_a_png_of_a_link_elsewhere_is_a_404(client, manager_max, owner_olga, outsider_otto, link_b):
    assert call(client, manager_max, "get", f"/links/{link_b.code}/qr.png").status_code == 404
    foreign = SurveyLinkFactory(organization=outsider_otto.organization)
    assert call(client, owner_olga, "get", f"/links/{foreign.code}/qr.png").status_code == 404


# Table cards -----------------------------------------------------------------------------


def pdf_pages(pdf: bytes) -> int:
    objects = pdftext._objects(pdf).values()
    return len([d for d, _stream in objects if re.search(rb"/Type\s*/Page(?![a-zA-Z])", d)])


@needs_pango
@pytest.mark.parametrize("role", list(Role))
def test_readers_get_the_cards_of_the_open_links_they_see(
    client, role, member_of_role, world, survey, link, link_b
):
    for table in range(1, 5):
        SurveyLinkFactory(
            organization=world.org, survey=survey, location=world.location_a, table=str(table)
        )
    SurveyLinkFactory(
        organization=world.org,
        survey=survey,
        location=world.location_a,
        table="99",
        is_active=False,
    )
    response = call(client, member_of_role(role), "get", "/links/cards.pdf")
    if role not in READERS:
        assert response.status_code == 403
        return
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="table-cards.pdf"'
    assert response.content.startswith(b"%PDF-")
    # Location A: tables 1-4 and 7, and B's table 1 for those who see B; not the closed 99
    assert pdftext.contains(response.content, "table 7")
    assert not pdftext.contains(response.content, "table 99")
    sees_b = role not in {Role.MANAGER, Role.SUPERVISOR}
    assert pdftext.contains(response.content, "Location B") is sees_b
    assert pdf_pages(response.content) == 2  # 5 or 6 cards, four to a page


@needs_pango
def test_the_cards_of_one_location(client, owner_olga, world, link, link_b):
    query = f"/links/cards.pdf?location={world.location_b.code}"
    response = call(client, owner_olga, "get", query)
    assert response.status_code == 200 and pdf_pages(response.content) == 1
    assert pdftext.contains(response.content, "Location B")
    assert not pdftext.contains(response.content, "Location A")


def test_cards_of_a_location_out_of_reach_are_a_404(
    client, owner_olga, manager_max, outsider_otto, world, link, link_b
):
    foreign = SurveyLinkFactory(organization=outsider_otto.organization)
    query = f"/links/cards.pdf?location={foreign.location.code}"
    assert call(client, owner_olga, "get", query).status_code == 404
    query = f"/links/cards.pdf?location={world.location_b.code}"
    assert call(client, manager_max, "get", query).status_code == 404


def test_no_open_link_to_print_is_a_409(client, owner_olga, supervisor_sid, survey, link, link_b):
    # The supervisor sees Location A only, whose one link is closed.
    SurveyLink.objects.filter(pk=link.pk).update(is_active=False)
    response = call(client, supervisor_sid, "get", "/links/cards.pdf")
    assert response.status_code == 409
    assert response.json() == {"detail": "There is no open link to print: make a link first."}
    # A survey out of use closes its links to customers: nothing to print either.
    survey.is_active = False
    survey.save()
    assert call(client, owner_olga, "get", "/links/cards.pdf").status_code == 409


def test_a_server_without_pango_says_so(client, owner_olga, link, monkeypatch):
    def unavailable(html, stylesheet):
        raise PdfUnavailable("cannot load library 'pango-1.0-0'")

    monkeypatch.setattr(cards, "render_pdf", unavailable)
    response = call(client, owner_olga, "get", "/links/cards.pdf")
    assert response.status_code == 503
    assert response.json()["detail"].startswith("PDFs cannot be made on this server. Install")
