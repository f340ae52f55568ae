"""Retention: each kind of personal data erased once its organisation's period has passed
(the clock moved on with time-machine), kept until then, counted in the log, and a second
run erases nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from servicegap.customers import uploads
from servicegap.customers.models import Customer, ImportRun, SurveyInvitation
from servicegap.feedback.models import Response
from servicegap.pipeline import background
from servicegap.privacy import retention
from servicegap.privacy.models import ErasureLog, RetentionSettings
from servicegap.recovery import cases
from servicegap.recovery.models import Case
from servicegap.textlens import retraining
from servicegap.textlens.models import CommentAnalysis, TextModelVersion
from tests.conftest import PASSWORD
from tests.customers.factories import SurveyInvitationFactory, VisitFactory
from tests.feedback.factories import ResponseFactory

pytestmark = pytest.mark.django_db

DAY = timedelta(days=1)


def later(**kwargs):
    """The clock moved on from now (ticking stopped)."""
    return time_machine.travel(timezone.now() + timedelta(**kwargs), tick=False)


def customer(world, external_id: str, last_visit_days_ago: int) -> Customer:
    row = Customer.objects.create(
        organization=world.org, external_id=external_id, name=f"Name {external_id}",
        contact=f"{external_id}@example.test", contact_consent=True,
    )  # fmt: skip
    VisitFactory(
        organization=world.org, customer=row, location=world.location_a,
        visited_at=timezone.now() - timedelta(days=last_visit_days_ago), amount=Decimal("9"),
    )  # fmt: skip
    return row


def test_contacts_go_24_months_after_the_last_visit(world):
    idle = customer(world, "IDLE", last_visit_days_ago=40)
    response = ResponseFactory(organization=world.org, contact="07700 900123", contact_consent=True)
    invitation = SurveyInvitationFactory(organization=world.org, email="guest@example.test")
    with later(days=745):  # 24 months and a fortnight on (2028 is a leap year)
        recent = customer(world, "RECENT", last_visit_days_ago=1)
        counts = retention.apply_retention()
    assert counts == {
        "customer_contacts": 1,  # the idle one (the invitation's customer kept none)
        "invitation_addresses": 1,
        "response_contacts": 1,
    }
    idle.refresh_from_db()
    recent.refresh_from_db()
    assert (idle.name, idle.contact) == ("", "")
    assert recent.contact == "RECENT@example.test"
    assert Response.objects.get(pk=response.pk).contact == ""
    assert SurveyInvitation.objects.get(pk=invitation.pk).email == ""


def test_contacts_are_kept_until_the_period_has_passed(world):
    idle = customer(world, "IDLE", last_visit_days_ago=0)
    ResponseFactory(organization=world.org, contact="07700 900123", contact_consent=True)
    with later(days=700):  # 23 months
        assert retention.apply_retention() == {}
    idle.refresh_from_db()
    assert idle.contact == "IDLE@example.test"
    assert Response.objects.exclude(contact="").count() == 1
    assert not ErasureLog.objects.exists()


def test_comments_lose_their_text_after_36_months_with_their_quotes_and_models(
    world, owner_olga, link, submit
):
    old = submit(link, "The waiter was rude to my mother and the bill was wrong.", nps=1)
    others = [submit(link, text) for text in ("Quiet room again.", "Such a quiet room.")]
    for row in [old, *others]:
        retraining.correct(CommentAnalysis.objects.get(response=row), by=owner_olga,
                           sentiment="negative")  # fmt: skip
    retraining.retrain(world.org)
    case = cases.open_case_for_response(old, by=owner_olga)
    with later(days=3 * 365 + 2):
        recent = submit(link, "Lovely lunch, thank you.")
        counts = retention.apply_retention()
    assert counts["response_comments"] == 3  # the three older comments
    assert counts["case_texts"] == 1 and counts["model_versions"] == 1
    assert Response.objects.get(pk=old.pk).comment == "[erased]"
    assert Response.objects.get(pk=old.pk).nps == 1  # the rating stays
    assert Response.objects.get(pk=recent.pk).comment == "Lovely lunch, thank you."
    assert Case.objects.get(pk=case.pk).description == "[erased]"
    assert CommentAnalysis.objects.get(response=old).sentiment == "negative"
    model = TextModelVersion.objects.get()
    assert model.version == 2 and model.corrections == 0
    assert b"rude to my mother" not in (retraining.model_path(model)).read_bytes()


def test_comments_are_kept_until_36_months(world, link, submit):
    kept = submit(link, "The waiter was rude to my mother.")
    with later(days=3 * 365 - 10):
        assert retention.apply_retention() == {}
    assert Response.objects.get(pk=kept.pk).comment == "The waiter was rude to my mother."


def bad_upload(owner, capture) -> ImportRun:
    upload = SimpleUploadedFile(
        "visits.csv",
        b"customer,date,location,amount,name,contact,consent\n"
        b"Q1,2024-03-01 12:00,Location A,lots,Quentin Blake,quentin@example.test,yes\n",
    )
    with capture(execute=True):
        run = uploads.start_import(upload, by=owner, columns={})
    run.refresh_from_db()
    return run


def test_a_failed_upload_and_its_errors_go_after_7_days(
    world, owner_olga, data_dir, django_capture_on_commit_callbacks
):
    run = bad_upload(owner_olga, django_capture_on_commit_callbacks)
    assert run.status == ImportRun.Status.INVALID and run.errors
    stored = data_dir / "imports" / f"{run.code}.upload"
    assert stored.exists()
    with later(days=6):
        assert retention.apply_retention() == {}
    assert stored.exists()
    with later(days=8), django_capture_on_commit_callbacks(execute=True):
        assert retention.apply_retention() == {"uploads": 1}
    assert not stored.exists()
    run.refresh_from_db()
    assert run.errors == [] and "removed" in run.message
    with later(days=9):
        assert retention.apply_retention() == {}  # idempotent


def test_a_second_run_erases_nothing_and_logs_nothing(world):
    customer(world, "IDLE", last_visit_days_ago=40)
    with later(days=800):
        first = retention.apply_retention()
        second = retention.apply_retention()
    assert first == {"customer_contacts": 1} and second == {}
    log = ErasureLog.objects.get()
    assert (log.kind, log.via, log.by, log.counts) == (
        "retention", "schedule", None, {"customer_contacts": 1}
    )  # fmt: skip


def test_an_organisations_own_periods_apply_and_not_another_ones(world, outsider_otto):
    RetentionSettings.objects.create(organization=world.org, contacts_months=6)
    ours = customer(world, "OURS", last_visit_days_ago=0)
    theirs = Customer.objects.create(
        organization=outsider_otto.organization, external_id="T1", name="Theirs",
        contact="t@example.test", contact_consent=True,
    )  # fmt: skip
    with later(days=200):  # past 6 months, not 24
        retention.apply_retention()
    ours.refresh_from_db()
    theirs.refresh_from_db()
    assert (ours.contact, theirs.contact) == ("", "t@example.test")


def test_six_months_before_the_31st_is_the_last_day_of_a_shorter_month():
    moment = datetime(2026, 8, 31, 10, 0, tzinfo=UTC)
    assert retention.months_before(moment, 6) == datetime(2026, 2, 28, 10, 0, tzinfo=UTC)
    assert retention.months_before(moment, 24) == datetime(2024, 8, 31, 10, 0, tzinfo=UTC)
    assert retention.months_before(moment, 8) == datetime(2025, 12, 31, 10, 0, tzinfo=UTC)


def test_the_clean_up_runs_daily_from_the_schedule_without_a_broker(world, settings):
    settings.CELERY_BEAT_SCHEDULE = {
        "privacy-apply-retention": settings.CELERY_BEAT_SCHEDULE["privacy-apply-retention"]
    }
    customer(world, "IDLE", last_visit_days_ago=10)
    with later(days=745):
        now = timezone.now()
        assert background.run_due_tasks(now) == []  # first seen: due a day later
        assert Customer.objects.get().contact != ""
    with later(days=746):
        assert background.run_due_tasks(now + DAY) == ["privacy-apply-retention"]
    assert Customer.objects.get().contact == ""


# The settings page ---------------------------------------------------------------------


def test_an_owner_sets_the_periods(client, world, owner_olga):
    client.login(username=owner_olga.user.username, password=PASSWORD)
    page = client.get("/privacy/retention/")
    assert page.status_code == 200 and b'value="24"' in page.content
    answer = client.post(
        "/privacy/retention/",
        {"contacts_months": "12", "comments_months": "24", "failed_uploads_days": "3"},
    )
    assert answer.status_code == 302
    rules = RetentionSettings.objects.get(organization=world.org)
    assert (rules.contacts_months, rules.comments_months, rules.failed_uploads_days) == (12, 24, 3)


@pytest.mark.parametrize(
    ("field", "value"),
    [("contacts_months", "0"), ("comments_months", "121"), ("failed_uploads_days", "x")],
)
def test_a_bad_period_is_refused_naming_the_field_and_nothing_is_stored(
    client, world, owner_olga, field, value
):
    client.login(username=owner_olga.user.username, password=PASSWORD)
    data = {"contacts_months": "12", "comments_months": "24", "failed_uploads_days": "3"}
    answer = client.post("/privacy/retention/", {**data, field: value})
    assert answer.status_code == 400
    assert field in answer.context["form"].errors
    assert not RetentionSettings.objects.exists()
