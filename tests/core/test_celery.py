"""Background work: eager without a broker, a real worker with Redis."""

from datetime import timedelta

from celery import Celery
from django.conf import settings
from django.utils import timezone

from servicegap.celery import app
from servicegap.core.models import Invitation
from tests.factories import InvitationFactory
from tests.workers import REDIS_URL, needs_worker, running_worker, worker_environment


def test_tasks_run_eagerly_without_a_broker():
    assert not settings.CELERY_BROKER_URL
    assert app.conf.task_always_eager is True


def test_the_beat_schedule_names_real_tasks():
    app.loader.import_default_modules()
    for entry in settings.CELERY_BEAT_SCHEDULE.values():
        assert entry["task"] in app.tasks, entry["task"]


def test_dispatched_work_is_json():
    assert app.conf.task_serializer == "json"
    assert app.conf.accept_content == ["json"]


@needs_worker
def test_a_real_worker_runs_a_task_sent_from_another_process(tmp_path):
    env = worker_environment(tmp_path)
    old = InvitationFactory()
    Invitation.objects.filter(pk=old.pk).update(expires_at=timezone.now() - timedelta(days=60))
    # A client of its own, like any other process that sends work: the project's app
    # in this test process is configured for eager runs.
    # Not made the current app: the tests after this one in the process keep the
    # project's (eager) app, which code that sends tasks by name looks up.
    client = Celery(
        "servicegap-test-client", broker=REDIS_URL, backend=REDIS_URL, set_as_current=False
    )
    try:
        with running_worker(env) as worker:
            sent = client.send_task("servicegap.core.tasks.purge_stale_invitations")
            assert sent.get(timeout=90) == 1
    finally:
        client.close()
    assert not Invitation.objects.filter(pk=old.pk).exists(), worker.output
