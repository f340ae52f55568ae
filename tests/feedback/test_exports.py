"""CSV and XLSX exports of the filtered inbox: complete, scoped and safe in a spreadsheet."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from servicegap.core.models import Role
from servicegap.feedback.exports import HEADER, safe_text
from tests.conftest import client_for
from tests.feedback.factories import ResponseFactory

ALLOWED = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR}


def csv_rows(response) -> list[list[str]]:
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def xlsx_rows(response) -> list[list]:
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook["Responses"].iter_rows(values_only=True)]


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


def test_the_csv_has_a_row_per_response_and_every_answer(owner_olga, answers):
    response = client_for(owner_olga).get("/feedback/export.csv")
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = csv_rows(response)
    assert rows[0] == HEADER
    assert len(rows) == 3  # spam hidden, as in the inbox
    first = next(row for row in rows[1:] if row[18] == str(answers[0].code))
    assert first[1] == "Location A" and first[6] == "5" and first[8] == "2"
    assert first[9] == "9" and first[10] == "promoter" and first[12] == "Arrival"


def test_formulas_are_made_inert_in_the_csv(owner_olga, answers):
    rows = csv_rows(client_for(owner_olga).get("/feedback/export.csv"))
    comments = {row[13] for row in rows[1:]}
    assert '\'=HYPERLINK("http://evil.example")' in comments
    assert "'+1 for the staff" in comments


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_every_formula_start_is_escaped(text):
    assert safe_text(text) == "'" + text
    assert safe_text("fine") == "fine" and safe_text(5) == 5


def test_the_csv_follows_the_inbox_filters(owner_olga, answers, world):
    client = client_for(owner_olga)
    rows = csv_rows(client.get("/feedback/export.csv", {"location": world.location_b.code}))
    assert [row[1] for row in rows[1:]] == ["Location B"]
    rows = csv_rows(client.get("/feedback/export.csv", {"spam": "only"}))
    assert [row[17] for row in rows[1:]] == ["honeypot field filled in"]


def test_the_xlsx_holds_the_same_rows_with_text_never_a_formula(owner_olga, answers):
    response = client_for(owner_olga).get("/feedback/export.xlsx")
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    rows = xlsx_rows(response)
    assert list(rows[0]) == HEADER and len(rows) == 3
    comments = {row[13] for row in rows[1:]}
    assert '=HYPERLINK("http://evil.example")' in comments
    workbook = openpyxl.load_workbook(
        io.BytesIO(b"".join(client_for(owner_olga).get("/feedback/export.xlsx").streaming_content))
    )
    types = {cell.data_type for row in workbook["Responses"].iter_rows() for cell in row}
    assert "f" not in types


def test_control_characters_do_not_break_the_xlsx(owner_olga, link):
    ResponseFactory(organization=link.organization, link=link, comment="bell\x07 and tab\tok")
    rows = xlsx_rows(client_for(owner_olga).get("/feedback/export.xlsx"))
    assert rows[1][13] == "bell and tab\tok"


def test_a_scoped_member_exports_only_their_locations(supervisor_sid, answers):
    rows = csv_rows(client_for(supervisor_sid).get("/feedback/export.csv"))
    assert {row[1] for row in rows[1:]} == {"Location A"}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("extension", ["csv", "xlsx"])
def test_exports_are_for_supervisors_and_above(role, extension, member_of_role, answers):
    response = client_for(member_of_role(role)).get(f"/feedback/export.{extension}")
    assert response.status_code == (200 if role in ALLOWED else 403)


def test_an_invalid_filter_names_the_field_instead_of_exporting(owner_olga, answers):
    response = client_for(owner_olga).get("/feedback/export.csv", {"nps": "lovers"})
    assert response.status_code == 400
    assert "nps:" in response.content.decode()


def test_more_responses_than_a_spreadsheet_holds_is_refused_not_cut_short(
    owner_olga, link, monkeypatch
):
    from servicegap.feedback import exports

    monkeypatch.setattr(exports, "XLSX_MAX_ROWS", 2)
    for _ in range(3):
        ResponseFactory(organization=link.organization, link=link, people=4)
    response = client_for(owner_olga).get("/feedback/export.xlsx")
    assert response.status_code == 400
    assert "these filters match 3 responses, more than a spreadsheet holds (2)" in response.text
    assert len(csv_rows(client_for(owner_olga).get("/feedback/export.csv"))) == 4
