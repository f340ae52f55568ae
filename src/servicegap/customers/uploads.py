"""Imports uploaded on the page: the file is kept under the data directory, an
`ImportRun` row says how far it got, and a Celery task does the work.

The web request only stores the upload and queues its run. With a broker a worker takes
it. Without one, a file up to `CUSTOMERS_IMPORT_INLINE_BYTES` (about 8,000 rows, well
under a second) is imported right after the request's commit, as eager Celery runs any
task; a larger one waits for the background process of `servicegap serve`, which runs
`run_pending_imports` every few seconds (with a broker, beat runs it too, for a task
that was lost). Never the web request: a worker's timeout would kill it half way.

Every run renews a heartbeat while it works (`importer.Lease`); one whose process was
killed is recognised once the lease is over, and its hidden rows and upload are removed
by `run_pending_imports` or by the organisation's next import. A run is cancelled from
the page: at its next batch it stops and removes what it wrote.

Progress while checking is saved on the row; while writing (a committed batch at a
time, each holding SQLite's write lock briefly) it goes to a small file beside the
upload, which the page reads without writing to the database.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from servicegap.core import access
from servicegap.core.models import Location, Membership
from servicegap.customers import importer
from servicegap.customers.models import ImportRun

PROGRESS_EVERY = 20_000  # rows


def runs_for(member: Membership):
    """The imports a member sees: the organisation's for owners and executives, a
    manager's own for a manager (the page's list and the API's)."""
    runs = ImportRun.objects.for_member(member).select_related("created_by")
    if member.role not in access.LEADERS:
        runs = runs.filter(created_by=member.user)
    return runs


def start_import(
    upload: UploadedFile,
    *,
    by: Membership,
    columns: dict[str, str],
    day_first: bool = True,
    dry_run: bool = False,
) -> ImportRun:
    """Keep the uploaded file and queue its import after this transaction commits."""
    from servicegap.customers import tasks

    run = ImportRun(
        organization=by.organization,
        created_by=by.user,
        file_name=Path(upload.name or "upload").name[:200],
        columns={"columns": columns, "day_first": day_first},
        dry_run=dry_run,
    )
    target = importer.stored_path(run.code)
    with target.open("wb") as handle:
        for chunk in upload.chunks():
            handle.write(chunk)
    run.stored_as = target.name
    run.save()
    if runs_after_request(target.stat().st_size):
        transaction.on_commit(lambda: tasks.run_import.delay(run.pk))
    return run


def runs_after_request(size: int) -> bool:
    """Whether an upload of `size` bytes is sent as a task after the commit: always with
    a broker (a worker takes it); without one only a small file, the rest waits for the
    background process."""
    return bool(settings.CELERY_BROKER_URL) or size <= settings.CUSTOMERS_IMPORT_INLINE_BYTES


def can_skip_bad_rows(run: ImportRun) -> bool:
    """Whether the run is a checked file with bad rows whose upload is still kept."""
    return run.status == ImportRun.Status.INVALID and importer.stored_path(run.code).exists()


def retry_skipping_bad_rows(run: ImportRun) -> ImportRun:
    """A new run of the same file that imports the good rows and skips the listed bad
    (only for a run that `can_skip_bad_rows`)."""
    from servicegap.customers import tasks

    again = ImportRun(
        organization_id=run.organization_id,
        created_by_id=run.created_by_id,
        file_name=run.file_name,
        columns=run.columns,
        skip_bad_rows=True,
    )
    source = importer.stored_path(run.code)
    target = importer.stored_path(again.code)
    shutil.copyfile(source, target)
    again.stored_as = target.name
    again.save()
    if runs_after_request(target.stat().st_size):
        transaction.on_commit(lambda: tasks.run_import.delay(again.pk))
    return again


def cancel_import(run: ImportRun) -> bool:
    """Cancel a run not finished yet: one still waiting at once (its upload removed), a
    running one at its next batch (it removes what it wrote); whether it was cancelled."""
    waiting = ImportRun.objects.filter(pk=run.pk, status=ImportRun.Status.PENDING).update(
        status=ImportRun.Status.CANCELLED, cancel_requested=True, finished_at=timezone.now(),
        message=importer.CANCELLED,
    )  # fmt: skip
    if waiting:
        importer.remove_files(run.code)
        return True
    return bool(
        ImportRun.objects.filter(pk=run.pk, status__in=ImportRun.RUNNING).update(
            cancel_requested=True
        )
    )


def progress(run: ImportRun) -> tuple[int, int]:
    """(rows done, rows in all) as the page shows them: checked rows on the row while
    checking, written rows from the progress file while writing."""
    if run.status == ImportRun.Status.WRITING:
        found = importer.read_progress(run.code)
        if found:
            return int(found.get("done", 0)), int(found.get("total", 0))
    return run.rows_done, run.rows_total


def run_pending_imports() -> dict[str, int]:
    """The background's round: remove the rows and uploads of stopped runs, then import
    every waiting upload, oldest first (each claimed by `run_import`)."""
    stopped = importer.discard_stopped()
    imported = 0
    while True:
        waiting = (
            ImportRun.objects.filter(status=ImportRun.Status.PENDING)
            .order_by("created_at", "pk")
            .values_list("pk", flat=True)
            .first()
        )
        if waiting is None:
            break
        run_import(waiting)
        imported += 1
    return {"stopped": stopped, "imported": imported}


def run_import(import_run_id: int) -> str:
    """Check and (unless told not to, or there are bad rows) import the run's file."""
    run = ImportRun.objects.select_related("organization").get(pk=import_run_id)
    if run.status != ImportRun.Status.PENDING:
        return run.status
    if not ImportRun.objects.filter(pk=run.pk, status=ImportRun.Status.PENDING).update(
        status=ImportRun.Status.CHECKING, heartbeat_at=timezone.now()
    ):
        return run.status  # another worker took it
    path = importer.stored_path(run.code)
    options = importer.Options(
        columns=dict(run.columns.get("columns", {})),
        day_first=bool(run.columns.get("day_first", True)),
        skip_bad_rows=run.skip_bad_rows,
        dry_run=run.dry_run,
    )
    locations = _locations_for(run)
    last = {"rows": 0}

    def progress(phase: str, done: int, total: int) -> None:
        if phase == "checking" and done - last["rows"] >= PROGRESS_EVERY:
            last["rows"] = done
            ImportRun.objects.filter(pk=run.pk).update(rows_done=done)
        elif phase == "checked":
            ImportRun.objects.filter(pk=run.pk).update(
                rows_total=total, rows_done=0, status=ImportRun.Status.WRITING
            )
        elif phase in ("writing", "done"):
            importer.write_progress(run.code, phase, done, total)

    try:
        report = importer.import_visits(
            path, run.organization, options=options, locations=locations,
            name=run.file_name, progress=progress, run=run,
        )  # fmt: skip
    except importer.ImportCancelled:
        _finish(run, ImportRun.Status.CANCELLED, message=importer.CANCELLED)
        return run.status
    except importer.RunLost:  # taken as stopped by a cleaner, which finishes it
        return ImportRun.Status.STOPPING
    except importer.ImportFileError as error:
        _finish(run, ImportRun.Status.FAILED, message=str(error))
        return run.status
    except Exception as error:  # noqa: BLE001 - the page must say it failed, not hang
        message = f"The import failed ({type(error).__name__}); nothing was imported."
        _finish(run, ImportRun.Status.FAILED, message=message)
        raise
    if report.written:
        status = ImportRun.Status.DONE
    elif report.bad_rows:
        status = ImportRun.Status.INVALID
    else:
        status = ImportRun.Status.DONE  # a check only, all good
    _finish(run, status, report=report)
    return run.status


def _locations_for(run: ImportRun):
    """The locations the uploader may import visits for (a manager's own)."""
    membership = Membership.objects.filter(
        organization_id=run.organization_id, user_id=run.created_by_id
    ).first()
    if membership is None:
        return Location.objects.none()
    return Location.objects.for_member(membership)


def _finish(run: ImportRun, status: str, *, message: str = "", report=None) -> None:
    run.status = status
    run.finished_at = timezone.now()
    run.message = message
    fields = ["status", "finished_at", "message"]
    if report is not None:
        run.rows_total = run.rows_done = report.rows
        run.bad_rows = report.bad_rows
        run.visits_added = report.visits_added
        run.visits_known = report.visits_known
        run.customers_added = report.customers_added
        run.errors = importer.errors_json(report)
        run.message = importer.summary(report)
        fields += ["rows_total", "rows_done", "bad_rows", "visits_added", "visits_known",
                   "customers_added", "errors"]  # fmt: skip
    run.save(update_fields=fields)
    if status == ImportRun.Status.INVALID:  # kept only for "import without the bad rows"
        importer.progress_path(run.code).unlink(missing_ok=True)
    else:
        importer.remove_files(run.code)
