"""`/api/v1/customers/imports…`: upload a file of visits, follow its run, cancel it or
import it without its bad rows, as on Customers → Imports (the page's form and limits,
the app's own import functions)."""

from __future__ import annotations

import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.customers import importer, tasks
from servicegap.customers.models import Customer, ImportRun, Visit
from tests.customers.factories import ImportRunFactory
from tests.customers.test_import_runs import workbook

READERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}
GOOD = "customer,date,location,amount,visit id\nA1,2024-03-01,Location A,9.50,v1\n"
# Line 3 (the header is line 1) has a negative amount.
BAD = GOOD + "A2,2024-03-02,Location A,-4,v2\nA3,2024-03-03,Location A,12,v3\n"


def call(client, member, method: str, path: str = "", **kwargs):
    _token, secret = tokens.create_token(member, "imports")
    return getattr(client, method)(
        f"/api/v1/customers/imports{path}", HTTP_AUTHORIZATION=f"Bearer {secret}", **kwargs
    )


@pytest.fixture
def upload(client, django_capture_on_commit_callbacks):
    """POST a file (multipart) as a member; what the request queued after its commit
    runs then, as it does after a real request's commit."""

    def upload(member, content: str | bytes, name: str = "visits.csv", **fields):
        body = content.encode() if isinstance(content, str) else content
        data = {"file": SimpleUploadedFile(name, body), **fields}
        with django_capture_on_commit_callbacks(execute=True):
            return call(client, member, "post", data=data)

    return upload


def stored_files() -> list[str]:
    folder = importer.stored_path(ImportRun().code).parent
    return sorted(path.name for path in folder.iterdir())


@pytest.fixture(autouse=True)
def _no_uploads_left_from_other_tests():
    folder = importer.stored_path(ImportRun().code).parent
    for path in folder.iterdir():
        path.unlink()


def counts() -> tuple[int, int, int]:
    return ImportRun.objects.count(), Visit.all_objects.count(), Customer.all_objects.count()


# Upload ---------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_the_roles_of_the_imports_page_upload_a_file(upload, role, member_of_role, world):
    response = upload(member_of_role(role), GOOD)
    if role not in READERS:
        assert response.status_code == 403
        assert "import" in response.json()["detail"] or "customers" in response.json()["detail"]
        assert counts() == (0, 0, 0) and stored_files() == []
        return
    assert response.status_code == 201, response.content
    body = response.json()
    run = ImportRun.objects.get()
    assert body["code"] == str(run.code) and body["file_name"] == "visits.csv"
    assert body["created_by"] == member_of_role(role).user.email
    run.refresh_from_db()
    assert run.status == ImportRun.Status.DONE and run.visits_added == 1
    visit = Visit.objects.get()
    assert (visit.customer.external_id, visit.amount) == ("A1", 9.5)
    assert visit.location == world.location_a


def test_the_answer_of_a_small_file_is_its_finished_import(transactional_db, client, owner_olga):
    """Outside a test's transaction the request's commit runs the import before it
    answers (without a broker), so the answer is the finished run."""
    owner = owner_olga
    data = {"file": SimpleUploadedFile("visits.csv", GOOD.encode())}
    body = call(client, owner, "post", data=data).json()
    assert body["status"] == "done" and body["percent"] == 100
    assert (body["rows_total"], body["visits_added"], body["customers_added"]) == (1, 1, 1)
    assert body["errors"] == [] and body["can_skip_bad_rows"] is False


def test_a_bad_line_is_reported_by_line_and_column_and_nothing_is_imported(
    upload, owner_olga, client
):
    response = upload(owner_olga, BAD)
    assert response.status_code == 201
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.INVALID
    assert Visit.all_objects.count() == 0 and Customer.all_objects.count() == 0  # not half
    body = call(client, owner_olga, "get", f"/{run.code}").json()
    assert body["status"] == "invalid" and body["bad_rows"] == 1 and body["rows_total"] == 3
    assert [(e["line"], e["column"]) for e in body["errors"]] == [(3, "amount")]
    assert "-4" not in body["errors"][0]["reason"]  # the reason never quotes the cell
    assert body["visits_added"] == 0 and body["more_errors"] == 0
    assert body["can_skip_bad_rows"] is True


def test_a_check_only_upload_imports_nothing(upload, owner_olga):
    assert upload(owner_olga, GOOD, dry_run="true").status_code == 201
    run = ImportRun.objects.get()
    assert run.dry_run and run.status == ImportRun.Status.DONE
    assert "all good; nothing imported" in run.message and not Visit.all_objects.exists()


def test_columns_are_mapped_and_dates_read_month_first(upload, owner_olga):
    text = "client no,when,store,spend\nZ9,03/04/2024,Location A,7\n"
    response = upload(
        owner_olga, text, column_customer="client no", column_amount="spend", month_first="true"
    )
    assert response.status_code == 201
    visit = Visit.objects.get()
    assert visit.customer.external_id == "Z9" and visit.amount == 7
    local = timezone.localtime(visit.visited_at, owner_olga.organization.tz)
    assert (local.month, local.day) == (3, 4)  # 4 March, month first


@pytest.mark.parametrize(
    ("content", "fields", "field"),
    [
        ("", {}, "file"),  # empty
        (GOOD, {"month_first": "perhaps"}, "month_first"),
        (GOOD, {"column_amount": "x" * 101}, "column_amount"),
        (GOOD, {"colour": "blue"}, "colour"),
    ],
)
def test_bad_input_is_a_422_naming_the_field_and_stores_nothing(
    upload, owner_olga, content, fields, field
):
    response = upload(owner_olga, content, **fields)
    assert response.status_code == 422
    assert field in [error["loc"][-1] for error in response.json()["detail"]]
    assert counts() == (0, 0, 0) and stored_files() == []


def test_a_missing_file_is_a_422_naming_it(client, owner_olga):
    response = call(client, owner_olga, "post", data={"dry_run": "true"})
    assert response.status_code == 422
    assert "file" in [error["loc"][-1] for error in response.json()["detail"]]
    assert counts() == (0, 0, 0)


def test_a_file_over_the_pages_limit_is_refused_naming_the_file(upload, owner_olga, settings):
    settings.CUSTOMERS_IMPORT_MAX_BYTES = len(GOOD) - 1
    response = upload(owner_olga, GOOD)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail[0]["loc"][-1] == "file" and "too large" in detail[0]["msg"]
    assert counts() == (0, 0, 0) and stored_files() == []


def test_a_large_file_goes_to_the_background(upload, owner_olga, client, settings):
    settings.CUSTOMERS_IMPORT_INLINE_BYTES = len(GOOD) - 1
    response = upload(owner_olga, GOOD)
    assert response.status_code == 201 and response.json()["status"] == "pending"
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.PENDING and stored_files() == [f"{run.code}.upload"]
    assert not Visit.all_objects.exists()  # the request imported nothing
    assert tasks.run_pending_imports() == {"stopped": 0, "imported": 1}
    body = call(client, owner_olga, "get", f"/{run.code}").json()
    assert body["status"] == "done" and body["visits_added"] == 1 and body["percent"] == 100
    assert stored_files() == []


def test_a_workbook_over_the_xlsx_limits_fails_saying_why(upload, owner_olga, settings, tmp_path):
    settings.CUSTOMERS_XLSX_MAX_ROWS = 2
    path = workbook(tmp_path / "rows.xlsx", rows=3)
    assert upload(owner_olga, path.read_bytes(), name="rows.xlsx").status_code == 201
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.FAILED and "more than 2 rows" in run.message
    assert not Visit.all_objects.exists() and stored_files() == []


def test_a_workbook_that_unpacks_too_large_is_never_read(
    upload, owner_olga, settings, tmp_path, monkeypatch
):
    settings.CUSTOMERS_XLSX_MAX_UNPACKED_BYTES = 2 * 2**20
    path = workbook(tmp_path / "bomb.xlsx")
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/padding.bin", "w") as member,
    ):
        for _ in range(4):
            member.write(bytes(2**20))

    def never(*args, **kwargs):
        raise AssertionError("the workbook was opened")

    monkeypatch.setattr("openpyxl.load_workbook", never)
    assert upload(owner_olga, path.read_bytes(), name="bomb.xlsx").status_code == 201
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.FAILED and "unpacks to 4 MB" in run.message


def test_a_good_workbook_is_imported(upload, owner_olga, tmp_path):
    path = workbook(Path(tmp_path) / "ok.xlsx", rows=3)
    assert upload(owner_olga, path.read_bytes(), name="ok.xlsx").status_code == 201
    assert ImportRun.objects.get().visits_added == 3 and Visit.objects.count() == 3


# List and one run -----------------------------------------------------------------------


@pytest.fixture
def runs(world, owner_olga, manager_max) -> dict[str, ImportRun]:
    now = timezone.now()
    return {
        "owner": ImportRunFactory(
            organization=world.org, created_by=owner_olga.user, created_at=now
        ),
        "manager": ImportRunFactory(
            organization=world.org,
            created_by=manager_max.user,
            status=ImportRun.Status.DONE,
            errors=[],
            created_at=now - timedelta(hours=1),
        ),
    }


@pytest.mark.parametrize("role", list(Role))
def test_the_list_is_the_pages_owners_and_executives_all_a_manager_their_own(
    client, role, member_of_role, runs
):
    response = call(client, member_of_role(role), "get")
    if role not in READERS:
        assert response.status_code == 403
        return
    body = response.json()
    expected = [runs["manager"]] if role == Role.MANAGER else [runs["owner"], runs["manager"]]
    assert [item["code"] for item in body["items"]] == [str(run.code) for run in expected]
    assert body["count"] == len(expected)


def test_the_list_filters_by_status_and_pages(client, owner_olga, runs):
    body = call(client, owner_olga, "get", "?status=done").json()
    assert [item["code"] for item in body["items"]] == [str(runs["manager"].code)]
    body = call(client, owner_olga, "get", "?offset=1&limit=1").json()
    assert body["count"] == 2 and [i["code"] for i in body["items"]] == [str(runs["manager"].code)]
    assert call(client, owner_olga, "get", "?status=lost").status_code == 422


def test_one_run_with_its_errors(client, owner_olga, runs):
    run = runs["owner"]
    run.bad_rows, run.rows_total = 1200, 5000
    run.save()
    body = call(client, owner_olga, "get", f"/{run.code}").json()
    assert body["status"] == "invalid" and body["percent"] == 100
    assert body["errors"] == [{"line": 3, "column": "amount", "reason": "the amount is negative"}]
    assert body["more_errors"] == 1200 - 1
    assert body["can_skip_bad_rows"] is False  # its upload is not kept


def test_a_writing_run_shows_the_rows_written_of_all(client, owner_olga, world):
    run = ImportRunFactory(
        organization=world.org, created_by=owner_olga.user, status=ImportRun.Status.WRITING,
        heartbeat_at=timezone.now(), errors=[], rows_total=120_000,
    )  # fmt: skip
    importer.write_progress(run.code, "writing", 30_000, 120_000)
    body = call(client, owner_olga, "get", f"/{run.code}").json()
    assert (body["rows_done"], body["rows_total"], body["percent"]) == (30_000, 120_000, 25)
    assert body["stopped"] is False
    importer.remove_files(run.code)


def test_a_run_whose_process_died_is_shown_stopped(client, owner_olga, world, settings):
    settings.CUSTOMERS_IMPORT_LEASE_SECONDS = 60
    run = ImportRunFactory(
        organization=world.org, created_by=owner_olga.user, status=ImportRun.Status.CHECKING,
        heartbeat_at=timezone.now() - timedelta(seconds=61),
    )  # fmt: skip
    assert call(client, owner_olga, "get", f"/{run.code}").json()["stopped"] is True


def test_another_organisations_run_is_a_404(client, owner_olga, outsider_otto):
    foreign = ImportRunFactory(
        organization=outsider_otto.organization, created_by=outsider_otto.user
    )
    for method, path in [
        ("get", f"/{foreign.code}"),
        ("post", f"/{foreign.code}/cancel"),
        ("post", f"/{foreign.code}/skip-bad-rows"),
    ]:
        assert call(client, owner_olga, method, path).status_code == 404
    assert call(client, owner_olga, "get").json() == {"count": 0, "items": []}


def test_a_manager_does_not_see_someone_elses_run(client, manager_max, runs):
    assert call(client, manager_max, "get", f"/{runs['owner'].code}").status_code == 404
    assert call(client, manager_max, "post", f"/{runs['owner'].code}/cancel").status_code == 404
    assert call(client, manager_max, "get", f"/{runs['manager'].code}").status_code == 200


def test_a_malformed_code_is_a_404_or_422(client, owner_olga):
    assert call(client, owner_olga, "get", "/not-a-code").status_code in (404, 422)


# Cancel ---------------------------------------------------------------------------------


def test_a_waiting_import_is_cancelled_at_once(upload, client, owner_olga, settings):
    settings.CUSTOMERS_IMPORT_INLINE_BYTES = 1  # to the background
    upload(owner_olga, GOOD)
    run = ImportRun.objects.get()
    response = call(client, owner_olga, "post", f"/{run.code}/cancel")
    assert response.status_code == 200
    assert response.json()["status"] == "cancelled" and stored_files() == []
    assert tasks.run_pending_imports()["imported"] == 0 and not Visit.all_objects.exists()
    again = call(client, owner_olga, "post", f"/{run.code}/cancel")
    assert again.status_code == 409 and "nothing to cancel" in again.json()["detail"]


def test_a_running_import_is_cancelled_at_its_next_batch(client, owner_olga, world):
    run = ImportRunFactory(
        organization=world.org, created_by=owner_olga.user, status=ImportRun.Status.WRITING,
        heartbeat_at=timezone.now(), errors=[],
    )  # fmt: skip
    body = call(client, owner_olga, "post", f"/{run.code}/cancel").json()
    assert body["status"] == "writing" and body["cancelling"] is True
    run.refresh_from_db()
    assert run.cancel_requested


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.STAFF, Role.SHOPPER])
def test_other_roles_may_not_cancel(client, role, member_of_role, runs):
    run = runs["owner"]
    run.status = ImportRun.Status.PENDING
    run.save()
    assert call(client, member_of_role(role), "post", f"/{run.code}/cancel").status_code == 403
    run.refresh_from_db()
    assert run.status == ImportRun.Status.PENDING and not run.cancel_requested


# Skip the bad rows ----------------------------------------------------------------------


def test_the_good_rows_of_a_checked_file_are_imported_without_the_bad(
    upload, client, owner_olga, django_capture_on_commit_callbacks
):
    upload(owner_olga, BAD)
    first = ImportRun.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = call(client, owner_olga, "post", f"/{first.code}/skip-bad-rows")
    assert response.status_code == 201
    again = ImportRun.objects.get(code=response.json()["code"])
    assert again.skip_bad_rows and again.status == ImportRun.Status.DONE
    assert (again.visits_added, again.bad_rows) == (2, 1)
    assert sorted(Visit.objects.values_list("external_id", flat=True)) == ["v1", "v3"]
    refused = call(client, owner_olga, "post", f"/{again.code}/skip-bad-rows")
    assert refused.status_code == 409 and "bad rows" in refused.json()["detail"]
    assert ImportRun.objects.count() == 2


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.STAFF])
def test_other_roles_may_not_skip_bad_rows(upload, client, owner_olga, role, member_of_role):
    upload(owner_olga, BAD)
    run = ImportRun.objects.get()
    response = call(client, member_of_role(role), "post", f"/{run.code}/skip-bad-rows")
    assert response.status_code == 403 and ImportRun.objects.count() == 1
