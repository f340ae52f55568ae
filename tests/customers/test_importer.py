"""Importing visits: every bad row named by line, column and reason, nothing half stored,
and the same file imported twice adds nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from servicegap.customers import importer
from servicegap.customers.models import Customer, Visit

HEADER = "customer,date,location,amount,visit id\n"


@pytest.fixture
def write(tmp_path):
    def write(text: str, name: str = "visits.csv"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


def run(path, org, **options):
    return importer.import_visits(path, org, options=importer.Options(**options))


def nothing_stored():
    return Visit.objects.count() == 0 and Customer.objects.count() == 0


def test_a_good_file_is_imported_with_customers_and_local_times(world, write):
    path = write(
        HEADER
        + "A1,2024-03-01 12:00,Location A,10.50,v1\n"
        + "A1,2024-03-05 19:30,location b,20,v2\n"
        + 'B7,2024-02-01,Location A,"3,5",v3\n'
    )
    report = run(path, world.org)
    assert (report.rows, report.bad_rows, report.visits_added, report.customers_added) == (
        3,
        0,
        3,
        2,
    )
    a1 = Customer.objects.get(external_id="A1")
    # Europe/Paris in March is UTC+1: noon local is 11:00 UTC
    assert a1.first_seen == datetime(2024, 3, 1, 11, 0, tzinfo=UTC)
    assert a1.home_location == world.location_a
    assert a1.name == "" and not a1.contact_consent
    amounts = sorted(Visit.objects.values_list("amount", flat=True))
    assert amounts == [Decimal("3.50"), Decimal("10.50"), Decimal("20.00")]
    assert Visit.objects.get(external_id="v2").location == world.location_b


def test_importing_the_same_file_again_adds_nothing(world, write):
    path = write(HEADER + "A1,2024-03-01,Location A,10,v1\nA2,2024-03-02,Location B,12,v2\n")
    run(path, world.org)
    again = run(path, world.org)
    assert (again.visits_added, again.visits_known, again.customers_added) == (0, 2, 0)
    assert Visit.objects.count() == 2


def test_without_visit_ids_the_same_rows_are_recognised_too(world, write):
    path = write("customer,date,location,amount\nA1,2024-03-01 10:00,Location A,10\n")
    run(path, world.org)
    again = run(path, world.org)
    assert (again.visits_added, again.visits_known) == (0, 1)
    assert Visit.objects.count() == 1
    assert Visit.objects.get().key.startswith("h:")


BAD_ROWS = [
    ("A1,2999-01-01,Location A,10,v1", "date", "in the future"),
    ("A1,yesterday,Location A,10,v1", "date", "not a date; write e.g."),
    ("A1,2024-13-45,Location A,10,v1", "date", "not a date; write e.g."),
    ("A1,2024-03-01,Location A,-4,v1", "amount", "negative"),
    ("A1,2024-03-01,Location A,ten,v1", "amount", "is not a number"),
    ("A1,2024-03-01,Location A,,v1", "amount", "empty"),
    ('A1,2024-03-01,Location A,"1,250",v1', "amount", "comma is ambiguous"),
    ("A1,2024-03-01,Location A,12.345,v1", "amount", "more than two decimals"),
    (
        "A1,2024-03-01,Nowhere,10,v1",
        "location",
        "not a location of the organisation (known: Location A",
    ),
    (",2024-03-01,Location A,10,v1", "customer", "customer id is empty"),
]


@pytest.mark.parametrize(("row", "column", "reason"), BAD_ROWS)
def test_a_bad_row_is_named_and_nothing_is_stored(world, write, row, column, reason):
    path = write(HEADER + "A0,2024-03-01,Location A,10,v0\n" + row + "\n")
    report = run(path, world.org)
    assert report.bad_rows == 1 and not report.written
    (error,) = report.errors
    assert (error.line, error.column) == (3, column)
    assert reason in error.reason
    assert nothing_stored()


def test_mixed_date_formats_are_refused(world, write):
    path = write(HEADER + "A1,2024-03-01,Location A,10,v1\nA1,05/03/2024,Location A,10,v2\n")
    report = run(path, world.org)
    (error,) = report.errors
    assert (error.line, error.column) == (3, "date")
    assert "mixed date formats" in error.reason and "line 2" in error.reason
    assert nothing_stored()


def test_day_first_and_month_first_dates(world, write):
    run(write(HEADER + "A1,05/03/2024 10:00,Location A,10,v1\n"), world.org)
    run(
        write(HEADER + "A2,05/03/2024 10:00,Location A,10,v2\n", "b.csv"),
        world.org,
        day_first=False,
    )
    assert Visit.objects.get(external_id="v1").visited_at.month == 3
    assert Visit.objects.get(external_id="v2").visited_at.month == 5


def test_duplicate_visit_ids_within_the_file(world, write):
    path = write(
        HEADER + "A1,2024-03-01,Location A,10,v1\nA2,2024-03-02,Location A,11,v1\n"
        "A3,2024-03-03,Location A,12,v2\n"
    )
    report = run(path, world.org)
    (error,) = report.errors
    assert (error.line, error.column) == (3, "visit id")
    assert "line 2" in error.reason
    assert nothing_stored()


def test_a_known_visit_id_with_other_data_is_a_bad_row(world, write):
    run(write(HEADER + "A1,2024-03-01,Location A,10,v1\n"), world.org)
    report = run(
        write(HEADER + "A1,2024-03-01,Location A,99,v1\nA2,2024-03-01,Location A,5,v9\n", "b.csv"),
        world.org,
    )
    (error,) = report.errors
    assert error.line == 2 and "already imported" in error.reason
    assert Visit.objects.count() == 1  # the good row v9 was not written either


def test_skipping_bad_rows_imports_the_others(world, write):
    path = write(HEADER + "A1,2024-03-01,Location A,10,v1\nA2,2024-03-01,Nowhere,10,v2\n"
                 "A3,2024-03-01,Location B,-1,v3\nA4,2024-03-02,Location B,7,v4\n")  # fmt: skip
    report = run(path, world.org, skip_bad_rows=True)
    assert report.bad_rows == 2 and report.written
    assert sorted(Visit.objects.values_list("external_id", flat=True)) == ["v1", "v4"]


def test_names_and_contacts_are_kept_only_with_consent(world, write):
    path = write(
        "customer,date,location,amount,name,email,consent\n"
        "A1,2024-03-01,Location A,10,Kim Example,kim@example.test,yes\n"
        "A2,2024-03-01,Location A,10,Lou Example,lou@example.test,no\n"
    )
    run(path, world.org)
    a1, a2 = Customer.objects.order_by("external_id")
    assert (a1.contact_consent, a1.contact) == (True, "kim@example.test")
    assert (a2.contact_consent, a2.name, a2.contact) == (False, "", "")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("A1,2024-03-01,Location A,10\n", "not a header"),
        ("who,when\nA1,2024-03-01\n", "No column found for: customer id, location, amount"),
    ],
)
def test_a_file_that_cannot_be_read_is_one_clear_error(world, write, text, message):
    path = write(text)
    with pytest.raises(importer.ImportFileError, match=message):
        run(path, world.org)
    assert nothing_stored()


def test_a_too_large_file_is_refused_before_reading(world, write, settings):
    settings.CUSTOMERS_IMPORT_MAX_BYTES = 100
    path = write(HEADER + "A1,2024-03-01,Location A,10,v1\n" * 10)
    with pytest.raises(importer.ImportFileError, match="too large"):
        run(path, world.org)


def test_columns_can_be_mapped_by_hand(world, write):
    path = write("who,when,where,paid\nA1,2024-03-01,Location A,10\n")
    report = run(
        path,
        world.org,
        columns={"customer": "who", "visited_at": "when", "location": "where", "amount": "paid"},
    )
    assert report.visits_added == 1


def test_an_xlsx_workbook_is_read_too(world, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Customer", "Date", "Location", "Amount", "Visit ID"])
    sheet.append(["A1", datetime(2024, 3, 1, 12, 0), "Location A", 12.5, 1001])
    sheet.append(["A1", datetime(2024, 3, 9, 12, 0), "Location A", -3, 1002])
    path = tmp_path / "visits.xlsx"
    book.save(path)
    report = run(path, world.org)
    (error,) = report.errors
    assert (error.line, error.column, error.reason) == (3, "Amount", "the amount is negative")
    report = run(path, world.org, skip_bad_rows=True)
    visit = Visit.objects.get()
    assert (visit.external_id, visit.amount) == ("1001", Decimal("12.50"))


def test_a_manager_may_import_only_their_locations(world, manager_max, write):
    from servicegap.core.models import Location

    path = write(HEADER + "A1,2024-03-01,Location B,10,v1\n")
    report = importer.import_visits(
        path, world.org, locations=Location.objects.for_member(manager_max)
    )
    assert report.errors[0].reason == "not a location of the organisation (known: Location A)"


def test_a_manager_does_not_change_the_details_of_customers_elsewhere(world, manager_max, write):
    from servicegap.core.models import Location

    run(write(HEADER + "B1,2024-03-01,Location B,10,v1\n"), world.org)  # a Location B customer
    path = write(
        "customer,date,location,amount,visit id,name,email,consent\n"
        "B1,2024-03-05,Location A,10,v2,Someone Else,else@example.test,yes\n"
    )
    report = importer.import_visits(
        path, world.org, locations=Location.objects.for_member(manager_max)
    )
    assert report.written
    customer = Customer.objects.get(external_id="B1")
    assert (customer.contact_consent, customer.name, customer.contact) == (False, "", "")
    assert customer.visits.count() == 2  # the visit at the manager's location is kept


# The console command ----------------------------------------------------------------


def test_the_command_imports_and_says_what_it_did(world, write):
    out = StringIO()
    path = write(HEADER + "A1,2024-03-01,Location A,10,v1\n")
    call_command("import", "visits", str(path), "--org", "sunny", "--no-progress", stdout=out)
    assert "1 visits imported, 0 already known, 1 new customers, from 1 rows" in out.getvalue()


def test_the_command_dry_run_writes_nothing(world, write):
    out = StringIO()
    path = write(HEADER + "A1,2024-03-01,Location A,10,v1\n")
    call_command(
        "import", "visits", str(path), "--org", "sunny", "--dry-run", "--no-progress", stdout=out
    )
    assert "all good; nothing imported" in out.getvalue()
    assert nothing_stored()


def test_the_command_lists_bad_rows_and_fails(world, write):
    out = StringIO()
    path = write(HEADER + "A1,2024-03-01,Location A,-10,v1\n")
    with pytest.raises(CommandError, match="1 bad rows"):
        call_command("import", "visits", str(path), "--org", "sunny", "--no-progress", stdout=out)
    assert "visits.csv: line 2, amount: the amount is negative" in out.getvalue()
    assert nothing_stored()


def test_the_command_names_an_unknown_organisation(db, write):
    with pytest.raises(CommandError, match="No organisation"):
        call_command("import", "visits", str(write(HEADER)), "--org", "nope")


# Writing in committed batches, seen all at once --------------------------------------

MANY = HEADER + "".join(f"A{n % 3},2024-03-0{1 + n % 5},Location A,{n},v{n}\n" for n in range(7))


@pytest.mark.django_db(transaction=True)
def test_each_batch_is_committed_and_hidden_until_the_run_is_done(world, write, monkeypatch):
    """No transaction spans the batches (SQLite's write lock is free between them), and
    no query sees the run's rows before it is marked done."""
    from django.db import connection

    from servicegap.customers.models import ImportRun

    monkeypatch.setattr(importer, "BATCH_SIZE", 2)
    seen = []

    def progress(phase, done, total):
        if phase == "writing":
            seen.append(
                (connection.in_atomic_block, Visit.all_objects.count(), Visit.objects.count(),
                 Customer.objects.count())
            )  # fmt: skip

    path = write(MANY)
    report = importer.import_visits(path, world.org, progress=progress)
    assert report.visits_added == 7 and report.customers_added == 3
    assert seen == [(False, 2, 0, 0), (False, 4, 0, 0), (False, 6, 0, 0), (False, 7, 0, 0)]
    assert Visit.objects.count() == 7 and Customer.objects.count() == 3
    run = ImportRun.objects.get()  # the console's import is recorded as a run too
    assert (run.status, run.visits_added, run.customers_added) == ("done", 7, 3)
    # midnight in Paris (UTC+1) is 23:00 UTC the day before; A2 came first on 2024-03-03
    # (second batch), then on 2024-03-01 (third batch)
    first_seen = dict(Customer.objects.values_list("external_id", "first_seen"))
    assert first_seen == {
        "A0": datetime(2024, 2, 29, 23, tzinfo=UTC),
        "A1": datetime(2024, 3, 1, 23, tzinfo=UTC),
        "A2": datetime(2024, 2, 29, 23, tzinfo=UTC),
    }


@pytest.mark.django_db(transaction=True)
def test_a_failure_in_a_later_batch_deletes_the_batches_already_committed(
    world, write, monkeypatch
):
    from servicegap.customers.models import ImportRun

    monkeypatch.setattr(importer, "BATCH_SIZE", 2)
    insert = importer._insert_visits
    calls = []

    def failing(*args):
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk full")
        insert(*args)

    monkeypatch.setattr(importer, "_insert_visits", failing)
    with pytest.raises(OSError, match="disk full"):
        importer.import_visits(write(MANY), world.org)
    assert Visit.all_objects.count() == 0 and Customer.all_objects.count() == 0
    run = ImportRun.objects.get()
    assert run.status == "failed" and "failed (OSError)" in run.message


def test_an_earlier_visit_of_a_known_customer_changes_it_only_when_the_run_is_done(
    world, write, monkeypatch
):
    run(write(HEADER + "A1,2024-03-05,Location A,10,v1\n"), world.org)
    monkeypatch.setattr(importer, "BATCH_SIZE", 1)
    first_seen = []

    def progress(phase, done, total):
        if phase == "writing":
            first_seen.append(Customer.all_objects.get(external_id="A1").first_seen.day)

    path = write(
        HEADER + "A2,2024-03-04,Location A,10,v2\nA1,2024-03-02,Location A,10,v3\n", "b.csv"
    )
    importer.import_visits(path, world.org, progress=progress)
    assert first_seen == [4, 4]  # 2024-03-05 00:00 in Paris is the 4th, 23:00 UTC
    assert Customer.objects.get(external_id="A1").first_seen.day == 1


def test_another_unfinished_import_of_the_same_visits_fails_this_one_cleanly(world, write):
    from servicegap.customers.models import ImportRun

    other = ImportRun.objects.create(organization=world.org, file_name="x.csv", status="writing")
    customer = Customer.all_objects.create(
        organization=world.org, external_id="Z9", import_run=other
    )
    Visit.all_objects.create(
        organization=world.org, customer=customer, location=world.location_a, import_run=other,
        visited_at=datetime(2024, 3, 1, tzinfo=UTC), amount=Decimal(1), key="v:v1",
    )  # fmt: skip
    with pytest.raises(importer.ImportFileError, match="Another import"):
        run(write(HEADER + "A1,2024-03-01,Location A,10,v1\n"), world.org)
    assert Visit.all_objects.count() == 1 and Customer.all_objects.count() == 1  # the other's
    assert nothing_stored()  # as every query sees it


def test_an_import_stopped_a_day_ago_is_deleted_before_the_next(world, write):
    from datetime import timedelta

    from django.utils import timezone

    from servicegap.customers.models import ImportRun

    stopped = ImportRun.objects.create(organization=world.org, file_name="x.csv", status="writing")
    ImportRun.objects.filter(pk=stopped.pk).update(created_at=timezone.now() - timedelta(days=2))
    customer = Customer.all_objects.create(
        organization=world.org, external_id="A1", import_run=stopped
    )
    Visit.all_objects.create(
        organization=world.org, customer=customer, location=world.location_a, import_run=stopped,
        visited_at=datetime(2024, 3, 1, tzinfo=UTC), amount=Decimal(1), key="v:v1",
    )  # fmt: skip
    report = run(write(HEADER + "A1,2024-03-01,Location A,10,v1\n"), world.org)
    assert (report.visits_added, report.customers_added) == (1, 1)
    assert Visit.all_objects.count() == 1 and Visit.objects.count() == 1
    stopped.refresh_from_db()
    assert stopped.status == "failed"


def test_amounts_with_decimal_commas_and_thousands_are_read_as_written(world, write):
    rows = ['A1,2024-03-01,Location A,"12,50",v1', 'A1,2024-03-02,Location A,"1,250.00",v2',
            'A1,2024-03-03,Location A,"1.250,75",v3', "A1,2024-03-04,Location A,7.5,v4"]  # fmt: skip
    report = run(write(HEADER + "\n".join(rows) + "\n"), world.org)
    assert report.bad_rows == 0, report.errors
    amounts = sorted(Visit.objects.values_list("amount", flat=True))
    assert amounts == [Decimal("7.50"), Decimal("12.50"), Decimal("1250.00"), Decimal("1250.75")]


def test_times_are_stored_alike_whatever_their_shape_and_zone(world, write):
    # After the first row the quick path reads the rows: a UTC organisation's
    # "YYYY-MM-DD HH:MM:SS" is written as it stands, the rest converted; a Paris one's
    # local times shifted by their own offset (UTC+1 in winter, UTC+2 from 31 March 2024
    # at 02:00), an explicit offset kept.
    rows = (
        "A1,2024-01-01 00:00:00,Location A,1,v1\n"
        "A1,2024-03-30 12:00:00,Location A,1,v2\n"
        "A1,2024-03-31T12:00:00,Location A,1,v3\n"
        "A1,2024-03-31 12:00,Location A,1,v4\n"
        "A1,2024-03-31 12:00:00.250000,Location A,1,v5\n"
        "A1,2024-03-31 12:00:00+05:00,Location A,1,v6\n"
        "A1,2024-03-31 02:30,Location A,1,v7\n"  # skipped by the clocks: read as UTC+1
    )
    local = {
        "v2": datetime(2024, 3, 30, 11, tzinfo=UTC),
        "v3": datetime(2024, 3, 31, 10, tzinfo=UTC),
        "v4": datetime(2024, 3, 31, 10, tzinfo=UTC),
        "v5": datetime(2024, 3, 31, 10, 0, 0, 250000, tzinfo=UTC),
        "v6": datetime(2024, 3, 31, 7, tzinfo=UTC),
        "v7": datetime(2024, 3, 31, 1, 30, tzinfo=UTC),
    }
    run(write(HEADER + rows), world.org)
    stored = dict(Visit.objects.exclude(external_id="v1").values_list("external_id", "visited_at"))
    assert stored == local
    Visit.objects.all().delete()
    Customer.objects.all().delete()
    world.org.time_zone = "UTC"
    world.org.save()
    run(write(HEADER + rows, "utc.csv"), world.org)
    stored = dict(Visit.objects.exclude(external_id="v1").values_list("external_id", "visited_at"))
    assert stored == {
        "v2": datetime(2024, 3, 30, 12, tzinfo=UTC),
        "v3": datetime(2024, 3, 31, 12, tzinfo=UTC),
        "v4": datetime(2024, 3, 31, 12, tzinfo=UTC),
        "v5": datetime(2024, 3, 31, 12, 0, 0, 250000, tzinfo=UTC),
        "v6": datetime(2024, 3, 31, 7, tzinfo=UTC),
        "v7": datetime(2024, 3, 31, 2, 30, tzinfo=UTC),
    }


def test_the_connection_settings_of_the_import_are_restored(world, write, monkeypatch):
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("the import tunes only SQLite connections")

    def pragmas():
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size")
            cache = cursor.fetchone()[0]
            cursor.execute("PRAGMA wal_autocheckpoint")
            return cache, cursor.fetchone()[0]

    before = pragmas()
    changed = []
    insert = importer._insert_visits

    def spy(*args):
        changed.append(pragmas())
        insert(*args)

    monkeypatch.setattr(importer, "_insert_visits", spy)
    run(write(HEADER + "A1,2024-03-01,Location A,10,v1\n"), world.org)
    assert changed == [(-importer.SQLITE_CACHE_KIB, importer.SQLITE_CHECKPOINT_PAGES)]
    assert pragmas() == before


def test_the_same_visit_written_two_ways_is_stored_once(world, write):
    # No visit id: the key comes from customer, location, time and amount, whichever way
    # the amount is written ("12.5" is read on the quick path, "12,50" in full).
    head = "customer,date,location,amount\nA0,2024-03-01 09:00:00,Location A,5.00\n"
    run(write(head + "A1,2024-03-01 10:00:00,Location A,12.5\n"), world.org)
    again = run(write(head + 'A1,2024-03-01 10:00:00,Location A,"12,50"\n'), world.org)
    assert again.bad_rows == 0
    assert Visit.objects.count() == 2


def test_a_row_is_named_by_the_line_it_starts_on(world, write):
    """A quoted cell may hold a line break: the next row starts a line further down."""
    path = write(HEADER + 'A1,2024-03-01,Location A,9,"v\n1"\nA2,2024-03-01,Location A,-1,v2\n')
    (error,) = run(path, world.org).errors
    assert (error.line, error.column) == (4, "amount")
