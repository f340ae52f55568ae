"""After a crash: a runner's batch is taken again once its heartbeat is silent (within a
minute), never while it beats, and in any case after the lease; two real takers never
take one response twice."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from servicegap.feedback.models import PendingResponse, Response
from servicegap.pipeline import background, followup
from servicegap.pipeline.models import Runner
from tests.feedback.conftest import send
from tests.pipeline.test_background import (  # noqa: F401
    ROOT,
    data_dir,
    environment,
    migrated,
    python,
    rows,
)

pytestmark = pytest.mark.usefixtures("queued")


@pytest.fixture
def queued(settings):
    """Responses stored with their pending rows, as in `servicegap serve`."""
    settings.FEEDBACK_QUEUE_FOLLOW_UPS = True


@pytest.fixture
def three(public, link) -> list[int]:
    """Three pending responses, oldest first."""
    for n in range(3):
        send(public, link, people=4, comment=f"Visit {n}", REMOTE_ADDR=f"10.0.0.{n}")
    assert PendingResponse.objects.count() == 3
    return list(Response.objects.order_by("pk").values_list("pk", flat=True))


def ids(responses) -> list[int]:
    return [r.pk for r in responses]


T0 = timezone.now().replace(microsecond=0)


def test_a_killed_runner_s_batch_is_taken_again_once_it_has_been_silent_for_40_seconds(
    three,
):
    with time_machine.travel(T0, tick=False):
        followup.beat("killed")
        followup.beat("alive")
        assert ids(followup.take(10, runner="killed")) == three
        assert followup.take(10, runner="alive") == []
    with time_machine.travel(T0 + timedelta(seconds=39), tick=False):
        followup.beat("alive")  # "killed" beats no more
        assert followup.take(10, runner="alive") == []  # 39 s: maybe only slow
    with time_machine.travel(T0 + timedelta(seconds=41), tick=False):
        followup.beat("alive")
        assert ids(followup.take(10, runner="alive")) == three  # not after ten minutes
        assert set(PendingResponse.objects.values_list("taken_by", flat=True)) == {"alive"}


def test_how_long_a_runner_may_be_silent_is_a_setting(three, settings):
    settings.PIPELINE_SILENT_SECONDS = 5
    with time_machine.travel(T0, tick=False):
        followup.beat("killed")
        followup.take(10, runner="killed")
    with time_machine.travel(T0 + timedelta(seconds=4), tick=False):
        assert followup.take(10, runner="") == []
    with time_machine.travel(T0 + timedelta(seconds=6), tick=False):
        assert ids(followup.take(10, runner="")) == three


def test_a_runner_that_beats_keeps_its_batch_until_the_lease_runs_out(three):
    with time_machine.travel(T0, tick=False):
        followup.beat("hung")
        assert ids(followup.take(10, runner="hung")) == three
    with time_machine.travel(T0 + followup.LEASE - timedelta(seconds=1), tick=False):
        followup.beat("hung")  # alive (its heartbeat thread runs) but its batch is stuck
        followup.beat("other")
        assert followup.take(10, runner="other") == []
    with time_machine.travel(T0 + followup.LEASE + timedelta(seconds=1), tick=False):
        followup.beat("hung")
        followup.beat("other")
        assert ids(followup.take(10, runner="other")) == three  # the last resort


def test_a_runner_whose_row_is_gone_has_nothing_of_its_own(three):
    with time_machine.travel(T0, tick=False):
        followup.beat("gone")
        followup.take(2, runner="gone")
        Runner.objects.filter(run="gone").delete()
        assert ids(followup.take(10, runner="")) == three


def test_a_batch_taken_without_a_runner_waits_for_the_lease(three):
    with time_machine.travel(T0, tick=False):
        assert ids(followup.take(10)) == three
    with time_machine.travel(T0 + timedelta(minutes=5), tick=False):
        assert followup.take(10) == []
    with time_machine.travel(T0 + followup.LEASE + timedelta(seconds=1), tick=False):
        assert ids(followup.take(10)) == three


def test_a_failed_response_waits_for_the_lease_even_once_its_runner_stops(three):
    with time_machine.travel(T0, tick=False):
        followup.beat("first")
        batch = followup.take(10, runner="first")
        assert followup.finish(batch, {three[1]: "alerts: mail server away"}) == 2
        failed = PendingResponse.objects.get()
        assert (failed.pk, failed.taken_by, failed.attempts) == (three[1], "", 1)
    with time_machine.travel(T0 + timedelta(minutes=2), tick=False):
        followup.beat("second")  # "first" is long silent: only its batch would be free
        assert followup.take(10, runner="second") == []
    with time_machine.travel(T0 + followup.LEASE + timedelta(seconds=1), tick=False):
        assert ids(followup.take(10, runner="second")) == [three[1]]


def test_of_two_takers_that_read_the_same_rows_each_row_goes_to_one(three, monkeypatch):
    """The claim is a conditional UPDATE: a taker that read rows as free which another
    took since gets none of them."""
    followup.beat("a")
    followup.beat("b")
    real = followup.is_free
    calls = []

    def stale_read(now):
        calls.append(now)
        if len(calls) == 2:  # between b's read and its UPDATE, a takes the rows
            with monkeypatch.context() as inner:
                inner.setattr(followup, "is_free", real)
                assert ids(followup.take(10, runner="a")) == three
        return real(now)

    monkeypatch.setattr(followup, "is_free", stale_read)
    assert followup.take(10, runner="b") == []
    assert set(PendingResponse.objects.values_list("taken_by", flat=True)) == {"a"}


def test_the_background_loop_takes_batches_under_its_own_heartbeat(three, monkeypatch):
    seen = []
    real = followup.take

    def take(limit, *, runner=""):
        seen.append(runner)
        return real(limit, runner=runner)

    monkeypatch.setattr(followup, "take", take)
    followup.beat("loop")
    assert background.turn(runner="loop") is False
    assert seen == ["loop"] and not PendingResponse.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_runner_beats_while_it_works_and_leaves_no_row_when_it_stops():
    with followup.running(every=0.05) as run:
        first = Runner.objects.get(run=run).beat_at
        deadline = time.monotonic() + 10
        while Runner.objects.get(run=run).beat_at == first:
            assert time.monotonic() < deadline, "the heartbeat thread never beat"
            time.sleep(0.05)
    assert not Runner.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_starting_a_runner_forgets_runners_silent_for_a_day():
    followup.beat("long-dead", timezone.now() - followup.FORGOTTEN - timedelta(minutes=1))
    followup.beat("recently-dead", timezone.now() - timedelta(minutes=5))
    with followup.running() as run:
        assert set(Runner.objects.values_list("run", flat=True)) == {run, "recently-dead"}


# Two real takers, in processes of their own, on one SQLite file ----------------------

SEED = """
import django
django.setup()
from tests.feedback.factories import ResponseFactory
from servicegap.feedback.models import PendingResponse
for n in range(%d):
    PendingResponse.objects.create(response=ResponseFactory(comment=""))
"""

TAKER = """
import json, sys, time
import django
django.setup()
from servicegap.pipeline import followup
taken = []
with followup.running() as run:
    while True:
        batch = followup.take(7, runner=run)
        if not batch:
            break
        taken += [r.pk for r in batch]
        followup.finish(batch, {})
        time.sleep(0.01)
json.dump(taken, sys.stdout)
"""


@pytest.mark.slow
def test_two_real_takers_share_the_pending_responses_and_never_take_one_twice(
    data_dir,  # noqa: F811 (the fixture of test_background: a migrated SQLite file)
):
    env = environment(data_dir)
    python(env, SEED % 120)
    takers = [
        subprocess.Popen(
            [sys.executable, "-c", TAKER], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        for _taker in range(2)
    ]
    taken = [json.loads(taker.communicate(timeout=180)[0]) for taker in takers]
    assert [taker.returncode for taker in takers] == [0, 0]
    assert len(taken[0]) + len(taken[1]) == 120
    assert set(taken[0]).isdisjoint(taken[1])
    assert rows(data_dir, "SELECT count(*) FROM feedback_pendingresponse") == [(0,)]
    assert rows(data_dir, "SELECT count(*) FROM pipeline_runner") == [(0,)]
