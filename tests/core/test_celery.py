"""Background work: eager without a broker, a real worker with Redis."""

import os
import subprocess
import sys
from datetime import timedelta
from urllib.parse import urlsplit, urlunsplit

import pytest
from celery import Celery
from django.conf import settings
from django.db import connection
from django.utils import timezone

from servicegap.celery import app
from servicegap.core.models import Invitation
from tests.factories import InvitationFactory

REDIS_URL = os.environ.get("SERVICEGAP_TEST_REDIS_URL", "")


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


def _test_database_url() -> str:
    """DATABASE_URL pointing at the test database this process is using."""
    parts = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(parts._replace(path="/" + connection.settings_dict["NAME"]))


@pytest.mark.redis
@pytest.mark.skipif(not REDIS_URL, reason="needs SERVICEGAP_TEST_REDIS_URL (set by .ci/run)")
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_runs_a_task_sent_from_another_process(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("the worker process needs a database server it can share")
    old = InvitationFactory()
    Invitation.objects.filter(pk=old.pk).update(expires_at=timezone.now() - timedelta(days=60))
    env = {
        **os.environ,
        "CELERY_BROKER_URL": REDIS_URL,
        "CELERY_RESULT_BACKEND": REDIS_URL,
        "DATABASE_URL": _test_database_url(),
        "SERVICEGAP_DATA_DIR": str(tmp_path),
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "servicegap", "worker", "-c", "1", "-P", "solo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    # A client of its own, like any other process that sends work: the project's app
    # in this test process is configured for eager runs.
    client = Celery("servicegap-test-client", broker=REDIS_URL, backend=REDIS_URL)
    try:
        sent = client.send_task("servicegap.core.tasks.purge_stale_invitations")
        assert sent.get(timeout=90) == 1
    finally:
        worker.terminate()
        output = worker.communicate(timeout=30)[0].decode(errors="replace")
        client.close()
    assert not Invitation.objects.filter(pk=old.pk).exists(), output
