"""`servicegap serve` prepares only what changed: it migrates when a migration is
missing from the database and collects static files when their sources changed since
the last collect (or the collected files are gone), so that a restart with nothing new
starts in seconds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.db.migrations.recorder import MigrationRecorder

from servicegap.core.management.commands import serve


@pytest.fixture
def calls(monkeypatch) -> list[str]:
    """The commands `prepare` runs, in order; a collect writes one file to STATIC_ROOT."""
    seen: list[str] = []

    def call_command(name, *args, **kwargs):
        seen.append(name)
        if name == "collectstatic":
            from django.conf import settings

            (Path(settings.STATIC_ROOT) / "app.css").write_text("body {}")

    monkeypatch.setattr(serve, "call_command", call_command)
    return seen


@pytest.fixture
def sources(settings, tmp_path) -> Path:
    """A data directory, an empty STATIC_ROOT and one folder of static sources."""
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "site.css").write_text("h1 { color: teal }")
    settings.DATA_DIR = tmp_path / "data"
    settings.DATA_DIR.mkdir()
    settings.STATIC_ROOT = tmp_path / "data" / "static"
    settings.STATIC_ROOT.mkdir()
    settings.STATICFILES_DIRS = [folder]
    return folder


def test_a_migrated_database_has_no_migration_pending(db):
    assert serve.migrations_pending() is False


def test_a_migration_missing_from_the_database_is_pending(db):
    MigrationRecorder.Migration.objects.filter(app="pipeline", name="0002_runners").delete()
    assert serve.migrations_pending() is True


@pytest.mark.usefixtures("sources")
def test_a_restart_with_nothing_changed_neither_migrates_nor_collects(db, calls):
    serve.prepare()
    assert calls == ["createcachetable", "collectstatic"]  # nothing collected yet
    serve.prepare()
    assert calls == ["createcachetable", "collectstatic", "createcachetable"]


def test_a_pending_migration_is_applied(db, calls, sources):
    serve.prepare()
    MigrationRecorder.Migration.objects.filter(app="pipeline", name="0002_runners").delete()
    calls.clear()
    serve.prepare()
    assert calls == ["migrate", "createcachetable"]


def test_no_migrate_skips_the_migrations_whatever_is_pending(db, calls, sources):
    MigrationRecorder.Migration.objects.filter(app="pipeline", name="0002_runners").delete()
    serve.prepare(migrate=False)
    assert "migrate" not in calls


def test_a_changed_source_file_is_collected_again(db, calls, sources):
    serve.prepare()
    calls.clear()
    (sources / "site.css").write_text("h1 { color: navy; font-weight: bold }")
    serve.prepare()
    assert calls == ["createcachetable", "collectstatic"]


def test_a_touched_source_file_is_collected_again(db, calls, sources):
    serve.prepare()
    calls.clear()
    stat = (sources / "site.css").stat()
    os.utime(sources / "site.css", ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    serve.prepare()
    assert calls == ["createcachetable", "collectstatic"]


def test_a_new_source_file_is_collected(db, calls, sources):
    serve.prepare()
    calls.clear()
    (sources / "extra.js").write_text("console.log(1)")
    serve.prepare()
    assert calls == ["createcachetable", "collectstatic"]


def test_emptied_static_files_are_collected_again(db, calls, sources, settings):
    serve.prepare()
    calls.clear()
    for collected in Path(settings.STATIC_ROOT).iterdir():
        collected.unlink()
    serve.prepare()
    assert calls == ["createcachetable", "collectstatic"]


def test_a_collect_that_failed_is_tried_again_at_the_next_start(
    db, calls, sources, settings, monkeypatch
):
    serve.prepare()
    (sources / "site.css").write_text("h1 { color: navy }")

    def failing(name, *args, **kwargs):
        if name == "collectstatic":
            (Path(settings.STATIC_ROOT) / "half.css").write_text("")
            raise OSError("disk full")

    with monkeypatch.context() as inner:
        inner.setattr(serve, "call_command", failing)
        with pytest.raises(OSError):
            serve.prepare()
    calls.clear()
    serve.prepare()
    assert calls == ["createcachetable", "collectstatic"]


def test_the_fingerprint_is_kept_outside_the_served_static_files(db, calls, sources, settings):
    serve.prepare()
    assert (Path(settings.DATA_DIR) / serve.COLLECTED).exists()
    assert [p.name for p in Path(settings.STATIC_ROOT).iterdir()] == ["app.css"]
