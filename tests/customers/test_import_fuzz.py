"""Property tests of the visits importer: whatever the cells and rows of a CSV file, an
import never crashes; it is either a clean import or a list of bad rows, each named by
its line and column, with nothing stored (and the same through the page: never a 500)."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from servicegap.customers import importer
from servicegap.customers.models import Customer, ImportRun, Visit
from tests.conftest import client_for

HEADER = ["customer", "date", "location", "amount", "visit id", "name", "contact", "consent"]

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
cells = {
    "customer": st.one_of(st.sampled_from(["A1", "B2", "C3", "", " A1 "]), text),
    "date": st.one_of(
        st.sampled_from(
            [
                "2024-03-01",
                "2024-03-01 12:30",
                "01/03/2024",
                "03/01/2024 09:15",
                "2999-01-01",
                "1969-12-31",
                "2024-02-30",
                "",
                "2024-03-01T10:00Z",
            ]
        ),
        st.datetimes().map(lambda moment: moment.isoformat(sep=" ")),
        text,
    ),  # fmt: skip
    "location": st.one_of(st.sampled_from(["Location A", "location b", "Nowhere", ""]), text),
    "amount": st.one_of(
        st.decimals(allow_nan=True, allow_infinity=True).map(str),
        st.sampled_from(["1,250", "12,50", "1.250,00", "-3", "1e400", "€12", "0", "12.345"]),
        text,
    ),
    "visit id": st.one_of(st.just(""), st.integers().map(str), text),
    "name": text,
    "contact": text,
    "consent": st.one_of(st.sampled_from(["yes", "no", "", "maybe", "Oui"]), text),
}
row = st.tuples(*(cells[name] for name in HEADER), st.integers(min_value=1, max_value=9)).map(
    lambda values: list(values[: values[-1]])  # rows short of some cells too
)
rows = st.lists(row, max_size=8)
FUZZ = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def csv_file(folder: str, body: list[list[str]]) -> Path:
    path = Path(folder) / "visits.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(body)
    return path


def forget_everything() -> None:
    Visit.all_objects.all().delete()
    Customer.all_objects.all().delete()
    ImportRun.objects.all().delete()


@FUZZ
@given(body=rows, skip=st.booleans())
def test_any_csv_is_imported_cleanly_or_its_bad_rows_named_with_nothing_stored(world, body, skip):
    forget_everything()
    with tempfile.TemporaryDirectory() as folder:
        path = csv_file(folder, body)
        try:
            report = importer.import_visits(
                path, world.org, options=importer.Options(skip_bad_rows=skip)
            )
        except importer.ImportFileError as error:
            assert str(error)
            assert not Visit.all_objects.exists() and not Customer.all_objects.exists()
            return
        lines = len(path.read_bytes().splitlines())  # a quoted cell may hold a line break
    for error in report.errors:
        assert 2 <= error.line <= lines and error.column in HEADER and error.reason
    assert report.bad_rows >= len({error.line for error in report.errors})
    if report.bad_rows and not skip:
        assert not report.written
        assert not Visit.all_objects.exists() and not Customer.all_objects.exists()
    else:
        assert report.written
        assert Visit.objects.count() == Visit.all_objects.count() == report.visits_added
        assert report.visits_added + report.bad_rows == report.rows
    assert report.rows == sum(1 for cells in body if any(cell.strip() for cell in cells))


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=rows)
def test_any_csv_uploaded_on_the_page_ends_in_a_clear_state_never_a_server_error(
    world, owner_olga, django_capture_on_commit_callbacks, body
):
    forget_everything()
    client = client_for(owner_olga)
    with tempfile.TemporaryDirectory() as folder:
        content = csv_file(folder, body).read_bytes()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("customers:import-upload"),
            {"file": SimpleUploadedFile("visits.csv", content)},
        )
    assert response.status_code == 302
    run = ImportRun.objects.get()
    assert run.status in (ImportRun.Status.DONE, ImportRun.Status.INVALID, ImportRun.Status.FAILED)
    assert client.get(run.get_absolute_url()).status_code == 200
    if run.status != ImportRun.Status.DONE:
        assert not Visit.all_objects.exists()
    importer.remove_files(run.code)


@pytest.mark.parametrize("junk", ["\x00", "\ufeff", '"', "\r", ";;;", "\t"])
def test_control_characters_and_stray_quotes_in_a_cell_are_no_crash(world, tmp_path, junk):
    path = tmp_path / "visits.csv"
    path.write_text(f"customer,date,location,amount\nA{junk}1,2024-03-01,Location A,9{junk}\n")
    try:
        report = importer.import_visits(path, world.org)
    except importer.ImportFileError:
        assert not Visit.all_objects.exists()
        return
    assert report.written or not Visit.all_objects.exists()
