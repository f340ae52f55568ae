"""Imports that survive anything: large uploads imported in the background, never in the
web request; a run whose process was killed recognised by its late heartbeat and its
hidden rows and upload removed; a run cancelled from the page; XLSX files too large
unpacked refused before they are read; error messages that never quote a cell."""

from __future__ import annotations

import logging
import re
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.urls import reverse
from django.utils import timezone

from servicegap.core.models import Role
from servicegap.customers import importer, tasks, uploads
from servicegap.customers.models import Customer, ImportRun, Visit
from tests.conftest import client_for

GOOD = "customer,date,location,amount,visit id\nA1,2024-03-01,Location A,9,v1\n"
TWO = GOOD + "A2,2024-03-02,Location B,12,v2\n"


@pytest.fixture
def upload(django_capture_on_commit_callbacks):
    """POST a file as a member; what the request queued after its commit runs then."""

    def upload(client, text: str | bytes, name: str = "visits.csv", **extra):
        content = text.encode() if isinstance(text, str) else text
        data = {"file": SimpleUploadedFile(name, content), **extra}
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("customers:import-upload"), data)

    return upload


def stored_files() -> list[str]:
    folder = importer.stored_path(ImportRun().code).parent
    return sorted(path.name for path in folder.iterdir())


@pytest.fixture(autouse=True)
def _no_uploads_left_from_other_tests():
    folder = importer.stored_path(ImportRun().code).parent
    for path in folder.iterdir():
        path.unlink()


# Large files in the background -----------------------------------------------------


def test_a_large_upload_is_only_stored_and_queued_by_the_request(
    upload, world, owner_olga, settings
):
    settings.CUSTOMERS_IMPORT_INLINE_BYTES = len(GOOD) - 1
    client = client_for(owner_olga)
    response = upload(client, GOOD)
    run = ImportRun.objects.get()
    assert response.status_code == 302 and run.status == ImportRun.Status.PENDING
    assert stored_files() == [f"{run.code}.upload"]
    assert not Visit.all_objects.exists()
    page = client.get(run.get_absolute_url()).content.decode()
    assert "Waiting" in page and "imported by the background process" in page
    # The background process's scheduled task imports it.
    assert tasks.run_pending_imports() == {"stopped": 0, "imported": 1}
    run.refresh_from_db()
    assert run.status == ImportRun.Status.DONE and Visit.objects.count() == 1
    assert stored_files() == []


def test_a_file_up_to_the_inline_size_is_imported_right_after_the_request(
    upload, world, owner_olga, settings
):
    settings.CUSTOMERS_IMPORT_INLINE_BYTES = len(GOOD)
    upload(client_for(owner_olga), GOOD)
    assert ImportRun.objects.get().status == ImportRun.Status.DONE


def test_with_a_broker_every_upload_is_sent_to_a_worker(settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    settings.CUSTOMERS_IMPORT_INLINE_BYTES = 10
    assert uploads.runs_after_request(10**9) is True


def test_the_pending_imports_task_is_on_the_schedule_of_the_background_process(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["customers-run-pending-imports"]
    assert entry["task"] == tasks.run_pending_imports.name and entry["schedule"] <= 10


def test_the_progress_bar_shows_rows_written_of_all(world, owner_olga):
    run = ImportRun.objects.create(
        organization=world.org, created_by=owner_olga.user, file_name="big.csv",
        status=ImportRun.Status.WRITING, heartbeat_at=timezone.now(),
    )  # fmt: skip
    importer.write_progress(run.code, "writing", 30_000, 120_000)
    page = client_for(owner_olga).get(run.get_absolute_url()).content.decode()
    assert '<progress id="import-bar" max="120000" value="30000">' in page
    assert "30,000 of 120,000 rows imported" in page
    assert 'hx-trigger="every 2s"' in page and "<script" not in page.split("</header>")[-1]
    importer.remove_files(run.code)


# Killed runs ----------------------------------------------------------------------


def killed_run(
    world, owner_olga, *, seconds_ago: int, status=ImportRun.Status.WRITING, ids=("A1", "v1")
):
    """A run whose process died after writing one batch: hidden rows and its upload."""
    run = ImportRun.objects.create(
        organization=world.org, created_by=owner_olga.user, file_name="visits.csv",
        status=status, heartbeat_at=timezone.now() - timedelta(seconds=seconds_ago),
    )  # fmt: skip
    importer.stored_path(run.code).write_text(TWO)
    customer = Customer.all_objects.create(
        organization=world.org, external_id=ids[0], home_location=world.location_a,
        import_run=run,
    )  # fmt: skip
    Visit.all_objects.create(
        organization=world.org, customer=customer, location=world.location_a, import_run=run,
        visited_at=timezone.now() - timedelta(days=3), amount=9, external_id=ids[1],
        key=f"v:{ids[1]}",
    )  # fmt: skip
    return run


def test_a_killed_run_is_shown_stopped_once_its_lease_is_over(world, owner_olga, settings):
    settings.CUSTOMERS_IMPORT_LEASE_SECONDS = 60
    alive = killed_run(world, owner_olga, seconds_ago=30)
    client = client_for(owner_olga)
    assert alive.is_stopped() is False
    assert "Stopped" not in client.get(alive.get_absolute_url()).content.decode()
    ImportRun.objects.filter(pk=alive.pk).update(
        heartbeat_at=timezone.now() - timedelta(seconds=61)
    )
    page = client.get(alive.get_absolute_url()).content.decode()
    assert "Stopped" in page and "Importing" not in page
    listing = client.get(reverse("customers:import-list")).content.decode()
    assert "Stopped" in listing and "Importing" not in listing
    assert Visit.objects.count() == 0 and Customer.objects.count() == 0  # never half shown


@pytest.mark.parametrize("status", [ImportRun.Status.CHECKING, ImportRun.Status.WRITING])
def test_the_scheduled_task_removes_a_killed_runs_rows_and_upload(
    world, owner_olga, settings, status
):
    settings.CUSTOMERS_IMPORT_LEASE_SECONDS = 60
    dead = killed_run(world, owner_olga, seconds_ago=61, status=status)
    fresh = killed_run(world, owner_olga, seconds_ago=5, ids=("B9", "other"))
    assert tasks.run_pending_imports() == {"stopped": 1, "imported": 0}
    dead.refresh_from_db()
    assert dead.status == ImportRun.Status.FAILED and "stopped before it finished" in dead.message
    assert not Visit.all_objects.filter(import_run=dead).exists()
    assert not Customer.all_objects.filter(import_run=dead).exists()
    assert not importer.stored_path(dead.code).exists()
    # a run whose process is alive is left alone
    assert Visit.all_objects.filter(import_run=fresh).count() == 1
    assert importer.stored_path(fresh.code).exists()


def test_the_next_import_of_the_same_visits_removes_the_killed_run_and_completes(
    world, owner_olga, settings, tmp_path
):
    settings.CUSTOMERS_IMPORT_LEASE_SECONDS = 60
    dead = killed_run(world, owner_olga, seconds_ago=120)
    path = tmp_path / "again.csv"
    path.write_text(TWO)
    report = importer.import_visits(path, world.org)
    assert (report.visits_added, report.customers_added) == (2, 2)
    assert sorted(Visit.objects.values_list("key", flat=True)) == ["v:v1", "v:v2"]
    assert Visit.all_objects.count() == 2 and Customer.all_objects.count() == 2
    assert ImportRun.objects.get(pk=dead.pk).status == ImportRun.Status.FAILED


def test_a_cleaner_killed_while_removing_is_taken_over_by_the_next(world, owner_olga, settings):
    settings.CUSTOMERS_IMPORT_LEASE_SECONDS = 60
    run = killed_run(world, owner_olga, seconds_ago=120, status=ImportRun.Status.STOPPING)
    assert importer.discard_stopped() == 1
    run.refresh_from_db()
    assert run.status == ImportRun.Status.FAILED and not Visit.all_objects.exists()


def test_two_cleaners_never_take_the_same_run(world, owner_olga, settings):
    settings.CUSTOMERS_IMPORT_LEASE_SECONDS = 60
    killed_run(world, owner_olga, seconds_ago=120)
    seen = list(importer.stopped_runs())
    assert importer.discard_stopped() == 1
    # a second cleaner working from what it read before: its claim matches nothing
    claimed = ImportRun.objects.filter(
        pk=seen[0].pk, status=seen[0].status, heartbeat_at=seen[0].heartbeat_at
    ).update(status=ImportRun.Status.STOPPING)
    assert claimed == 0 and importer.discard_stopped() == 0


def test_a_running_import_renews_its_heartbeat(world, owner_olga, settings, tmp_path):
    settings.CUSTOMERS_IMPORT_LEASE_SECONDS = 60
    path = tmp_path / "visits.csv"
    path.write_text(GOOD)
    before = timezone.now()
    importer.import_visits(path, world.org)
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.DONE and run.heartbeat_at >= before


def test_a_run_taken_as_stopped_shows_nothing_of_what_it_wrote(
    world, owner_olga, settings, tmp_path, monkeypatch
):
    """A process too slow to renew its lease finds its run taken over at its next batch
    and stops; its last transaction never marks it done."""
    settings.CUSTOMERS_IMPORT_LEASE_SECONDS = 60
    monkeypatch.setattr(importer, "BATCH_SIZE", 1)
    path = tmp_path / "visits.csv"
    path.write_text(TWO)
    write_batch = importer._write_batch

    def slow(organization, run, *args):
        written = write_batch(organization, run, *args)
        ImportRun.objects.filter(pk=run.pk).update(status=ImportRun.Status.STOPPING)
        return written

    monkeypatch.setattr(importer, "_write_batch", slow)
    with pytest.raises(importer.RunLost):
        importer.import_visits(path, world.org)
    assert Visit.objects.count() == 0 and ImportRun.objects.get().status != "done"


# Cancelling -------------------------------------------------------------------------


def cancel(client, run):
    return client.post(reverse("customers:import-cancel", args=[run.code]))


def test_a_waiting_upload_is_cancelled_at_once(upload, world, manager_max, settings):
    settings.CUSTOMERS_IMPORT_INLINE_BYTES = 0
    client = client_for(manager_max)
    upload(client, GOOD)
    run = ImportRun.objects.get()
    response = cancel(client, run)
    run.refresh_from_db()
    assert response.status_code == 302 and run.status == ImportRun.Status.CANCELLED
    assert stored_files() == []
    assert tasks.run_pending_imports() == {"stopped": 0, "imported": 0}
    assert not Visit.all_objects.exists()


def test_a_running_import_stops_at_its_next_batch_and_removes_its_rows(
    upload, world, owner_olga, settings, monkeypatch
):
    settings.CUSTOMERS_IMPORT_INLINE_BYTES = 0
    monkeypatch.setattr(importer, "BATCH_SIZE", 1)
    client = client_for(owner_olga)
    upload(client, TWO)
    run = ImportRun.objects.get()
    write_batch = importer._write_batch
    batches = []

    def then_cancel(*args):
        batches.append(write_batch(*args))
        assert cancel(client, run).status_code == 302  # from the page, while it writes
        assert Visit.all_objects.count() == 1 and Visit.objects.count() == 0
        return batches[-1]

    monkeypatch.setattr(importer, "_write_batch", then_cancel)
    uploads.run_import(run.pk)
    run.refresh_from_db()
    assert batches == [1] and run.status == ImportRun.Status.CANCELLED
    assert not Visit.all_objects.exists() and not Customer.all_objects.exists()
    assert stored_files() == []
    page = client.get(run.get_absolute_url()).content.decode()
    assert "Cancelled, nothing imported" in page and "Cancel this import" not in page


def test_a_finished_import_cannot_be_cancelled(upload, world, owner_olga):
    client = client_for(owner_olga)
    upload(client, GOOD)
    run = ImportRun.objects.get()
    cancel(client, run)
    run.refresh_from_db()
    assert run.status == ImportRun.Status.DONE and Visit.objects.count() == 1


def test_the_console_import_stops_when_cancelled_on_the_page(world, tmp_path, monkeypatch):
    from django.core.management import CommandError, call_command

    monkeypatch.setattr(importer, "BATCH_SIZE", 1)
    write_batch = importer._write_batch

    def then_cancel(organization, run, *args):
        ImportRun.objects.filter(pk=run.pk).update(cancel_requested=True)
        return write_batch(organization, run, *args)

    monkeypatch.setattr(importer, "_write_batch", then_cancel)
    path = tmp_path / "visits.csv"
    path.write_text(TWO)
    with pytest.raises(CommandError, match="cancelled on the Imports page"):
        call_command("import", "visits", str(path), "--org", world.org.slug, "--no-progress")
    assert ImportRun.objects.get().status == ImportRun.Status.CANCELLED
    assert not Visit.all_objects.exists()


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.STAFF, Role.SHOPPER])
def test_lower_roles_cannot_cancel(world, owner_olga, member_of_role, role, settings):
    run = ImportRun.objects.create(
        organization=world.org, created_by=owner_olga.user, file_name="v.csv"
    )
    assert cancel(client_for(member_of_role(role)), run).status_code == 403
    assert ImportRun.objects.get().status == ImportRun.Status.PENDING


def test_a_manager_cannot_cancel_anothers_import(world, owner_olga, manager_max):
    run = ImportRun.objects.create(
        organization=world.org, created_by=owner_olga.user, file_name="v.csv"
    )
    assert cancel(client_for(manager_max), run).status_code == 404
    assert client_for(manager_max).get(run.get_absolute_url()).status_code == 404
    assert ImportRun.objects.get().status == ImportRun.Status.PENDING


def test_another_organisations_import_is_not_found(world, owner_olga, outsider_otto):
    run = ImportRun.objects.create(
        organization=world.org, created_by=owner_olga.user, file_name="v.csv"
    )
    assert cancel(client_for(outsider_otto), run).status_code == 404
    assert ImportRun.objects.get().status == ImportRun.Status.PENDING


def test_cancel_answers_only_post(world, owner_olga):
    run = ImportRun.objects.create(
        organization=world.org, created_by=owner_olga.user, file_name="v.csv"
    )
    url = reverse("customers:import-cancel", args=[run.code])
    assert client_for(owner_olga).get(url).status_code == 405


# XLSX limits ------------------------------------------------------------------------


def workbook(path: Path, rows: int = 3) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["customer", "date", "location", "amount"])
    for n in range(rows):
        sheet.append([f"C{n}", "2024-03-01", "Location A", 5])
    book.save(path)
    return path


def test_a_zip_bomb_is_refused_before_it_is_read(world, tmp_path, settings, monkeypatch):
    settings.CUSTOMERS_XLSX_MAX_UNPACKED_BYTES = 2 * 2**20
    path = workbook(tmp_path / "bomb.xlsx")
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/padding.bin", "w") as member,
    ):
        for _ in range(8):
            member.write(bytes(2**20))  # 8 MB of zeros, a few KB packed
    assert path.stat().st_size < 100_000

    def never(*args, **kwargs):
        raise AssertionError("the workbook was opened")

    monkeypatch.setattr("openpyxl.load_workbook", never)
    with pytest.raises(importer.ImportFileError, match="unpacks to 8 MB, and at most 2 MB"):
        importer.import_visits(path, world.org)
    assert not Visit.all_objects.exists() and not ImportRun.objects.exists()


def test_a_sheet_with_more_rows_than_the_limit_is_refused(world, tmp_path, settings):
    settings.CUSTOMERS_XLSX_MAX_ROWS = 4
    path = workbook(tmp_path / "rows.xlsx", rows=4)  # and the header: 5 rows
    with pytest.raises(importer.ImportFileError, match="more than 4 rows"):
        importer.import_visits(path, world.org)
    assert not Visit.all_objects.exists()


def rewrite_dimension(path: Path, ref: str) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'.encode(),
                          parts[sheet])  # fmt: skip
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_a_sheet_whose_dimension_understates_its_rows_is_counted_as_it_streams(
    world, tmp_path, settings
):
    path = workbook(tmp_path / "lies.xlsx", rows=6)
    rewrite_dimension(path, "A1:D2")
    settings.CUSTOMERS_XLSX_MAX_ROWS = 5
    with pytest.raises(importer.ImportFileError, match="more than 5 rows"):
        importer.import_visits(path, world.org)
    settings.CUSTOMERS_XLSX_MAX_ROWS = 100
    report = importer.import_visits(path, world.org)  # every row, not the 2 it claims
    assert report.rows == 6 and Visit.objects.count() == 6


def test_a_sheet_whose_dimension_claims_too_many_rows_is_refused_at_once(world, tmp_path, settings):
    path = workbook(tmp_path / "claims.xlsx", rows=1)
    rewrite_dimension(path, "A1:D2000000")
    with pytest.raises(importer.ImportFileError, match="more than 1,000,000 rows"):
        importer.import_visits(path, world.org)


def test_the_limits_have_sensible_defaults():
    from django.conf import settings

    assert settings.CUSTOMERS_XLSX_MAX_UNPACKED_BYTES == 200 * 2**20
    assert settings.CUSTOMERS_XLSX_MAX_ROWS == 1_000_000
    assert settings.CUSTOMERS_IMPORT_LEASE_SECONDS == 60


def test_a_workbook_refused_on_the_page_says_why(upload, world, owner_olga, settings, tmp_path):
    settings.CUSTOMERS_XLSX_MAX_ROWS = 2
    path = workbook(tmp_path / "rows.xlsx", rows=3)
    client = client_for(owner_olga)
    response = upload(client, path.read_bytes(), name="rows.xlsx")
    run = ImportRun.objects.get()
    assert response.status_code == 302 and run.status == ImportRun.Status.FAILED
    assert "more than 2 rows" in client.get(run.get_absolute_url()).content.decode()
    assert stored_files() == [] and not Visit.all_objects.exists()


# Messages that name the line and column, never the value ----------------------------

EMAIL = "jeanne.martin@example.org"
PHONE = "+33 6 12 34 56 78"
PERSONAL_ROWS = (
    "customer,date,location,amount,visit id,name,contact,consent\n"
    "A1,2024-03-01,Location A,9,v1,Jeanne,x,yes\n"
    f"A2,{EMAIL},Location A,{PHONE},v2,Jeanne,{EMAIL},yes\n"
    f"A3,2024-03-01,{EMAIL},9,v3,Jeanne,{PHONE},yes\n"
    f"A4,2024-03-01,Location A,{EMAIL},v4,Jeanne,{PHONE},maybe\n"
    f'A5,{PHONE},Location A,"{PHONE}",v5,Jeanne,{PHONE},yes\n'
)


def every_text_in_the_database() -> str:
    found = []
    for model in apps.get_models():
        if not model.__module__.startswith("servicegap."):
            continue
        names = [f.name for f in model._meta.concrete_fields
                 if isinstance(f, models.CharField | models.TextField | models.JSONField)]  # fmt: skip
        manager = getattr(model, "all_objects", model._default_manager)
        if names:
            found.extend(str(row) for row in manager.values_list(*names))
    return "\n".join(found)


def test_bad_rows_are_named_by_line_and_column_without_their_values(
    upload, world, owner_olga, caplog
):
    client = client_for(owner_olga)
    with caplog.at_level(logging.DEBUG):
        upload(client, PERSONAL_ROWS)
        run = ImportRun.objects.get()
        page = client.get(run.get_absolute_url()).content.decode()
    assert run.status == ImportRun.Status.INVALID and run.bad_rows == 4
    assert [(e["line"], e["column"]) for e in run.errors] == [
        (3, "date"), (3, "amount"), (4, "location"), (5, "amount"), (5, "consent"),
        (6, "date"), (6, "amount"),
    ]  # fmt: skip
    for value in (EMAIL, PHONE, "12 34 56", "jeanne.martin"):
        assert value not in str(run.errors) + run.message
        assert value not in page
        assert value not in caplog.text
        assert value not in every_text_in_the_database()
    assert not Visit.all_objects.exists() and not Customer.all_objects.exists()


def test_a_first_line_of_data_is_named_without_its_values(world, tmp_path):
    path = tmp_path / "no-header.csv"
    path.write_text(f"A1,{EMAIL},{PHONE},9\n")
    with pytest.raises(importer.ImportFileError) as refused:
        importer.import_visits(path, world.org)
    assert "not a header" in str(refused.value)
    assert EMAIL not in str(refused.value) and "12 34" not in str(refused.value)


def test_a_header_with_a_contact_in_it_is_taken_as_data_and_not_quoted(world, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text(f"customer,when,{EMAIL}\nA1,x,y\n")
    with pytest.raises(importer.ImportFileError) as refused:
        importer.import_visits(path, world.org)
    assert "not a header" in str(refused.value) and EMAIL not in str(refused.value)


def test_missing_columns_list_the_header_names(world, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("customer,when,where\nA1,x,y\n")
    with pytest.raises(importer.ImportFileError, match="found: customer, when, where"):
        importer.import_visits(path, world.org)
