"""The sample visits file, the guide to its columns, and XLSX files uploaded on the page."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from servicegap.customers import samples
from servicegap.customers.models import Customer, ImportRun, Visit
from tests.conftest import client_for


@pytest.fixture
def upload(django_capture_on_commit_callbacks):
    """POST a file as a browser does; the import queued after the commit runs then."""

    def upload(client, name: str, body: bytes, **extra):
        data = {"file": SimpleUploadedFile(name, body), **extra}
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("customers:import-upload"), data)

    return upload


def xlsx(rows: list[list]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_an_xlsx_uploaded_on_the_page_imports_as_from_the_command_line(upload, world, owner_olga):
    body = xlsx([["customer", "date", "location", "amount"], ["A1", "2024-03-01", "Location A", 9.5],
                 ["A2", "2024-03-02 18:45", "Location B", 20]])  # fmt: skip
    response = upload(client_for(owner_olga), "visits.xlsx", body)
    run = ImportRun.objects.get()
    assert response.url == run.get_absolute_url()
    assert (run.status, run.visits_added) == (ImportRun.Status.DONE, 2)
    assert sorted(Visit.objects.values_list("amount", flat=True)) == [
        Decimal("9.50"),
        Decimal("20.00"),
    ]


def test_an_xlsx_with_a_bad_row_on_the_page_lists_it_and_stores_nothing(upload, world, owner_olga):
    body = xlsx([["customer", "date", "location", "amount"], ["A1", "2024-03-01", "Mars", 9]])
    upload(client_for(owner_olga), "visits.xlsx", body)
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.INVALID and not Visit.objects.exists()
    assert run.errors[0]["line"] == 2 and "not a location" in run.errors[0]["reason"]


def test_a_file_named_xlsx_that_is_not_a_workbook_is_one_clear_error(upload, world, owner_olga):
    upload(client_for(owner_olga), "visits.xlsx", b"PK\x03\x04 not really a zip")
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.FAILED
    assert run.message == "The file is named .xlsx but is not an Excel workbook."


# The sample ---------------------------------------------------------------------------


def test_the_sample_rows_are_recent_and_name_the_locations_in_turn():
    rows = samples.sample_rows(["North", "South"], date(2026, 12, 5))
    assert rows[0] == ["C-1001", "2026-10-04 12:30", "North", "24.50", "in_store",
                       "R-20261004-001", "Ana Ruiz", "ana@example.test", "yes"]  # fmt: skip
    assert [row[2] for row in rows[:3]] == ["North", "South", "North"]
    assert len(rows) == 8
    assert samples.sample_rows([], date(2026, 12, 5))[0][2] == "Main Street"


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_downloaded_sample_imports_as_it_is(kind, upload, world, owner_olga):
    client = client_for(owner_olga)
    download = client.get(reverse(f"customers:import-sample-{kind}"))
    assert download.status_code == 200
    assert f'filename="sample-visits.{kind}"' in download["Content-Disposition"]
    upload(client, f"sample-visits.{kind}", download.content)
    run = ImportRun.objects.get()
    assert (run.status, run.visits_added, run.customers_added) == (ImportRun.Status.DONE, 8, 3)
    # Names and contacts only where consent is yes: C-1001 only.
    assert list(Customer.objects.exclude(name="").values_list("external_id", "name")) == [
        ("C-1001", "Ana Ruiz")
    ]
    # The locations are the organisation's own, in turn: A, B, A, B, …
    assert Visit.objects.filter(location=world.location_a).count() == 4


def test_the_csv_sample_has_every_column_of_the_guide(world, owner_olga):
    text = client_for(owner_olga).get(reverse("customers:import-sample-csv")).content.decode()
    header, *rows = list(csv.reader(io.StringIO(text)))
    assert header == [column.header for column in samples.COLUMNS]
    assert len(rows) == 8


def test_the_xlsx_sample_is_a_workbook_with_the_same_rows(world, owner_olga):
    client = client_for(owner_olga)
    book = load_workbook(io.BytesIO(client.get(reverse("customers:import-sample-xlsx")).content))
    values = [
        ["" if v is None else v for v in row] for row in book.active.iter_rows(values_only=True)
    ]
    text = client.get(reverse("customers:import-sample-csv")).content.decode()
    assert values == list(csv.reader(io.StringIO(text)))


def test_a_sample_edited_badly_is_refused_row_by_row(upload, world, owner_olga):
    client = client_for(owner_olga)
    text = client.get(reverse("customers:import-sample-csv")).content.decode()
    lines = text.splitlines()
    lines[2] = lines[2].replace("31.00", "lots")
    upload(client, "sample-visits.csv", "\n".join(lines).encode())
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.INVALID and not Visit.objects.exists()
    (error,) = run.errors
    assert (error["line"], error["column"]) == (3, "amount")


def test_the_column_guide_explains_each_column_with_an_example(world, owner_olga):
    page = client_for(owner_olga).get(reverse("customers:import-columns")).content.decode()
    for column in samples.COLUMNS:
        assert f"<code>{column.header}</code>" in page
        assert f"<code>{column.example}</code>" in page
    assert reverse("customers:import-sample-xlsx") in page
    assert "You have no locations yet" not in page


def test_the_upload_page_links_to_the_guide_and_the_samples(world, manager_max):
    page = client_for(manager_max).get(reverse("customers:import-upload")).content.decode()
    assert reverse("customers:import-columns") in page
    assert reverse("customers:import-sample-csv") in page


def test_a_manager_gets_a_sample_naming_only_their_locations(world, manager_max):
    text = client_for(manager_max).get(reverse("customers:import-sample-csv")).content.decode()
    assert "Location A" in text and "Location B" not in text


URLS = ["customers:import-columns", "customers:import-sample-csv", "customers:import-sample-xlsx"]


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("persona", ["supervisor_sid", "staff_sam", "shopper_sue"])
def test_roles_below_manager_may_not_see_the_guide_or_samples(url, persona, request):
    client = client_for(request.getfixturevalue(persona))
    assert client.get(reverse(url)).status_code == 403


@pytest.mark.parametrize("persona", ["owner_olga", "executive_erin"])
def test_leaders_see_the_guide(persona, request):
    assert (
        client_for(request.getfixturevalue(persona))
        .get(reverse("customers:import-columns"))
        .status_code
        == 200
    )


def test_another_organisations_locations_never_reach_the_sample(world, outsider_otto):
    text = client_for(outsider_otto).get(reverse("customers:import-sample-csv")).content.decode()
    assert "Location A" not in text and "Main Street" in text


def test_anonymous_visitors_are_sent_to_log_in(db):
    response = Client().get(reverse("customers:import-sample-csv"))
    assert response.status_code == 302 and "login" in response["Location"]
