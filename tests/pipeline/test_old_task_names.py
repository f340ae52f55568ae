"""Tasks queued under the names they had before the pipeline (feedback's and textlens's
tasks) still run the pipeline's work after an upgrade: sent by name, as a broker would
deliver them (the test app is eager, so they run here)."""

from __future__ import annotations

import pytest
from django.core import mail

from servicegap.celery import app
from servicegap.customers.models import Alert
from servicegap.feedback.models import PendingResponse, Response
from servicegap.recovery.models import Case, RecoverySettings
from servicegap.textlens import retraining
from servicegap.textlens.models import CommentAnalysis, TextModelVersion
from tests.customers.factories import CustomerFactory
from tests.feedback.conftest import send

pytestmark = pytest.mark.django_db

OLD_NAMES = [
    "servicegap.feedback.tasks.follow_up_pending",
    "servicegap.textlens.tasks.reanalyse_comments",
    "servicegap.textlens.tasks.retrain_corrected_models",
]


def by_name(name: str, *args):
    """Send the task registered as `name`, as a message naming it would."""
    return app.signature(name, args=args).apply_async().get()


@pytest.fixture
def queued(settings):
    """Responses stay pending after the request, as with a broker."""
    settings.FEEDBACK_QUEUE_FOLLOW_UPS = True
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"  # never reached: the app is eager


def test_every_old_name_is_registered():
    app.loader.import_default_modules()
    for name in OLD_NAMES:
        assert name in app.tasks, name


@pytest.mark.usefixtures("queued")
def test_the_old_follow_up_task_follows_up_the_pending_responses(public, link, manager_max):
    send(public, link, nps=1, comment="Rude waiter, cold soup.", REMOTE_ADDR="10.0.0.1")
    send(public, link, nps=9, comment="Lovely staff.", REMOTE_ADDR="10.0.0.2")
    assert PendingResponse.objects.count() == 2 and not CommentAnalysis.objects.exists()
    assert by_name("servicegap.feedback.tasks.follow_up_pending") == 2
    assert CommentAnalysis.objects.count() == 2
    assert not PendingResponse.objects.exists()
    assert [m.to for m in mail.outbox] == [["max@example.test"]]  # the detractor only
    assert by_name("servicegap.feedback.tasks.follow_up_pending") == 0  # nothing twice
    assert CommentAnalysis.objects.count() == 2 and len(mail.outbox) == 1


def test_the_old_reanalysis_task_runs_the_pipeline_s_steps(world, submit, link):
    customer = CustomerFactory(
        organization=world.org, home_location=world.location_a, contact_consent=True,
        contact="kim@example.test",
    )  # fmt: skip
    calm = submit(link, "Lovely staff.", contact_consent=True, contact="kim@example.test")
    RecoverySettings.objects.create(organization=world.org, open_for_churn_comments=True)
    Response.objects.filter(pk=calm.pk).update(comment="We will never come back here.")
    assert by_name("servicegap.textlens.tasks.reanalyse_comments", link.organization.pk) == 1
    assert CommentAnalysis.objects.get(response=calm).churn_signal
    # What follows a new churn signal ran too: the customer's moment and the case.
    assert [r["kind"] for r in Alert.objects.get(customer=customer).reasons] == ["churn_phrase"]
    assert Case.objects.get().response_id == calm.pk


def test_the_old_nightly_retraining_task_retrains(submit, link, manager_max):
    calm = submit(link, "Lovely staff, thank you.")
    analysis = CommentAnalysis.objects.get(response=calm)
    retraining.correct(analysis, by=manager_max, churn_signal=True)
    done = by_name("servicegap.textlens.tasks.retrain_corrected_models")
    assert done == [f"{link.organization.slug} v1"]
    assert TextModelVersion.objects.filter(organization=link.organization).count() == 1
