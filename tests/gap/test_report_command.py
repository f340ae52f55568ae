"""`servicegap report --org SLUG [--since D --until D] [--pdf FILE] [--send [--force]]`."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from servicegap.gap import digest
from tests.standards.pdftext import contains
from tests.standards.test_pdf import needs_pango

PERIOD = ["--since", "2026-09-01", "--until", "2026-11-30"]
HEADLINE = "We believe 100 · mystery shoppers see 55 · customers say 46"


@pytest.fixture(autouse=True)
def fresh_renders():
    digest._rendered.clear()


def run(*args: str) -> str:
    out = StringIO()
    call_command("report", *args, stdout=out)
    return out.getvalue()


def test_it_prints_the_report_as_text(report_world):
    out = run("--org", "sunny", *PERIOD)
    assert HEADLINE in out
    assert "- max@example.test (Location A)" in out and "- No manager (Location B)" in out


@needs_pango
def test_it_writes_the_pdf(report_world, tmp_path):
    path = tmp_path / "report.pdf"
    out = run("--org", "sunny", *PERIOD, "--pdf", str(path))
    assert out == f"PDF written to {path} (2026-09-01 to 2026-11-30).\n"
    pdf = path.read_bytes()
    assert contains(pdf, HEADLINE) and contains(pdf, "max@example.test")


def test_a_period_with_no_data_writes_no_pdf(report_world, tmp_path):
    path = tmp_path / "report.pdf"
    with pytest.raises(CommandError, match="nothing to report for this period. No PDF written"):
        run("--org", "sunny", "--since", "2025-01-01", "--until", "2025-01-31", "--pdf", str(path))
    assert not path.exists()


def test_send_sends_now_and_refuses_the_same_period_twice_unless_forced(report_world):
    assert run("--org", "sunny", *PERIOD, "--send") == (
        "erin@example.test: sent\nolga@example.test: sent\n"
    )
    assert len(mail.outbox) == 2
    out = run("--org", "sunny", *PERIOD, "--send")
    assert "olga@example.test: already sent" in out and "Add --force" in out
    assert len(mail.outbox) == 2
    assert "olga@example.test: sent" in run("--org", "sunny", *PERIOD, "--send", "--force")
    assert len(mail.outbox) == 4


def test_force_needs_send(report_world):
    with pytest.raises(CommandError, match="--force: only with --send"):
        run("--org", "sunny", *PERIOD, "--force")


def test_an_end_before_the_start_names_the_option(report_world):
    with pytest.raises(CommandError, match="--until: The end comes before the start."):
        run("--org", "sunny", "--since", "2026-10-01", "--until", "2026-09-01")


def test_a_day_that_is_no_day_names_the_option(report_world):
    with pytest.raises(CommandError, match="--since.*'2026-13-01' is not a day"):
        run("--org", "sunny", "--since", "2026-13-01")


def test_an_unknown_organisation(report_world):
    with pytest.raises(CommandError, match="No organisation with the short name 'nope'"):
        run("--org", "nope")


def test_without_dates_the_digest_s_latest_week(report_world):
    out = run("--org", "sunny")
    assert "(7 days), compared with the 7 days before." in out
