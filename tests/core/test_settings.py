"""Settings come from the environment; a bad value stops start-up with one clear line."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from servicegap import settings as sg_settings


def run_cli(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    """Run `servicegap ...` in a fresh process with exactly the given extra environment."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("SERVICEGAP_", "DATABASE"))}
    base.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "servicegap", *args],
        env={**base, **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_env_bool_reads_the_usual_spellings(monkeypatch):
    monkeypatch.setenv("SG_FLAG", "Yes")
    assert sg_settings.env_bool("SG_FLAG") is True
    monkeypatch.setenv("SG_FLAG", "off")
    assert sg_settings.env_bool("SG_FLAG") is False


def test_env_bool_rejects_anything_else_naming_the_variable(monkeypatch):
    monkeypatch.setenv("SG_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="SG_FLAG: expected true or false"):
        sg_settings.env_bool("SG_FLAG")


def test_env_int_rejects_words(monkeypatch):
    monkeypatch.setenv("SG_NUMBER", "ten")
    with pytest.raises(ImproperlyConfigured, match="SG_NUMBER: expected a whole number"):
        sg_settings.env_int("SG_NUMBER", 1)


def test_a_secret_can_come_from_a_file(monkeypatch, tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("from-a-file\n")
    monkeypatch.setenv("SG_PASSWORD_FILE", str(secret))
    assert sg_settings.env_str("SG_PASSWORD") == "from-a-file"


def test_an_unreadable_secret_file_is_named(monkeypatch, tmp_path):
    monkeypatch.setenv("SG_PASSWORD_FILE", str(tmp_path / "missing"))
    with pytest.raises(ImproperlyConfigured, match="SG_PASSWORD_FILE: cannot read"):
        sg_settings.env_str("SG_PASSWORD")


def test_the_secret_key_is_generated_once_and_kept(monkeypatch, tmp_path):
    monkeypatch.delenv("SERVICEGAP_SECRET_KEY", raising=False)
    first = sg_settings.secret_key(tmp_path)
    assert len(first) >= 50
    assert sg_settings.secret_key(tmp_path) == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_a_short_secret_key_is_refused(monkeypatch, tmp_path):
    monkeypatch.setenv("SERVICEGAP_SECRET_KEY", "short")
    with pytest.raises(ImproperlyConfigured, match="SERVICEGAP_SECRET_KEY"):
        sg_settings.secret_key(tmp_path)


def test_no_database_url_means_sqlite_in_the_data_directory(tmp_path):
    config = sg_settings.database("", tmp_path)
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == tmp_path / "servicegap.sqlite3"
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]
    assert config["OPTIONS"]["timeout"] >= 5


def test_each_process_keeps_its_sqlite_connection(tmp_path):
    # A new connection reads the whole schema first: per request, most of a form's CPU.
    assert sg_settings.database("", tmp_path)["CONN_MAX_AGE"] == 60
    assert sg_settings.database(f"sqlite:///{tmp_path}/x.sqlite3", tmp_path)["CONN_MAX_AGE"] == 60


@pytest.mark.django_db(transaction=True)
def test_requests_one_after_another_use_one_database_connection(client):
    from django.db import connection

    client.get("/accounts/login/")
    kept = connection.connection
    assert kept is not None  # not closed when the request finished
    client.get("/accounts/login/")
    assert connection.connection is kept


def test_a_postgres_url_is_parsed(tmp_path):
    config = sg_settings.database("postgres://sg:pw@db.example:5433/sgdb", tmp_path)
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"]) == ("db.example", 5433, "sgdb")


@pytest.mark.parametrize("url", ["nonsense", "mysql://u@h/db", "postgres://h:notaport/db"])
def test_an_unusable_database_url_is_named(url, tmp_path):
    with pytest.raises(ImproperlyConfigured, match="^DATABASE_URL: "):
        sg_settings.database(url, tmp_path)


def test_an_unwritable_data_directory_is_named(monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("SG_DIR", str(blocker / "data"))
    with pytest.raises(ImproperlyConfigured, match="SG_DIR: .* is not a writable directory"):
        sg_settings.writable_dir("SG_DIR", "./var")


def test_processes_that_start_together_each_prove_the_data_directory_writable(
    monkeypatch, tmp_path
):
    """Web, worker and background processes start at once: one's probe of the directory
    never removes another's, and none is left behind."""
    monkeypatch.setenv("SG_DIR", str(tmp_path / "data"))
    failures = []

    def prove():
        for _ in range(300):
            try:
                sg_settings.writable_dir("SG_DIR", "./var")
            except ImproperlyConfigured as exc:
                failures.append(str(exc))

    starters = [threading.Thread(target=prove) for _ in range(8)]
    for starter in starters:
        starter.start()
    for starter in starters:
        starter.join()
    assert failures == []
    assert list((tmp_path / "data").iterdir()) == []


def test_the_command_stops_with_one_line_on_a_bad_database_url(tmp_path):
    result = run_cli(
        "check",
        env={"DATABASE_URL": "mysql://x@y/z", "SERVICEGAP_DATA_DIR": str(tmp_path)},
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "servicegap: configuration error: DATABASE_URL: only postgres:// and sqlite:// "
        "are supported, got mysql://"
    ]


def test_the_command_stops_with_one_line_on_an_unwritable_data_directory(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = run_cli("check", env={"SERVICEGAP_DATA_DIR": str(blocker)}, cwd=tmp_path)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("servicegap: configuration error: SERVICEGAP_DATA_DIR: ")


def test_the_data_directory_defaults_to_var_in_the_working_directory(tmp_path):
    result = run_cli("check", env={}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "var" / "secret_key").exists()


def test_check_deploy_passes_with_production_settings(tmp_path):
    production = {
        "SERVICEGAP_DATA_DIR": str(tmp_path),
        "SERVICEGAP_SECRET_KEY": "k" * 20 + "-production-secret-with-enough-entropy-" + "x" * 20,
        "SERVICEGAP_ALLOWED_HOSTS": "service.example.com",
        "EMAIL_HOST": "smtp.example.com",
    }
    result = run_cli("check", "--deploy", "--fail-level", "WARNING", env=production, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_deploy_warns_when_mail_goes_nowhere(tmp_path):
    production = {
        "SERVICEGAP_DATA_DIR": str(tmp_path),
        "SERVICEGAP_SECRET_KEY": "p" * 64,
        "SERVICEGAP_ALLOWED_HOSTS": "service.example.com",
    }
    result = run_cli("check", "--deploy", "--fail-level", "WARNING", env=production, cwd=tmp_path)
    assert result.returncode != 0
    assert "servicegap.core.W001" in result.stderr


def test_production_hashes_passwords_with_argon2(tmp_path):
    result = run_cli(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.PASSWORD_HASHERS[0])",
        env={"SERVICEGAP_DATA_DIR": str(tmp_path)},
        cwd=tmp_path,
    )
    assert (
        result.stdout.strip().splitlines()[-1] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    )


def test_postgresql_connections_turn_the_jit_off(tmp_path):
    config = sg_settings.database("postgres://u@db.example:5432/sg", tmp_path)
    assert config["OPTIONS"]["options"] == "-c jit=off"
