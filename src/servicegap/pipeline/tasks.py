"""Celery tasks of the pipeline: the same functions the background process runs.

With a broker, feedback's intake sends `follow_up_pending` (by name) after storing a
response and beat runs it every minute; without one, the background process of
`servicegap serve` runs the batches and the schedule itself (`pipeline.background`).
"""

from __future__ import annotations

import logging

from celery import shared_task

from servicegap.core.models import Organization
from servicegap.pipeline import followup
from servicegap.textlens import retraining

logger = logging.getLogger(__name__)


@shared_task(name="servicegap.pipeline.tasks.follow_up_pending")
def follow_up_pending() -> int:
    """Follow up pending responses (see `followup`); how many. A backlog goes on in a
    new task, so that no task runs for ever."""
    with followup.running() as runner:
        done, more = followup.follow_up_pending(runner=runner)
    if more:
        follow_up_pending.delay()
    return done


@shared_task(name="servicegap.pipeline.tasks.follow_up_response")
def follow_up_response(response_id: int) -> bool:
    """Follow up one response stored without a pending row; whether it went through
    every step (one that failed is queued again with its reason)."""
    return not followup.follow_up_new([response_id])


@shared_task(name="servicegap.pipeline.tasks.reanalyse_comments")
def reanalyse_comments(organization_id: int) -> int:
    """Analyse every comment of the organisation again, then what follows; how many."""
    organization = Organization.objects.get(pk=organization_id)
    return followup.reanalyse(organization).analysed


@shared_task(name="servicegap.pipeline.tasks.retrain_corrected_models")
def retrain_corrected_models() -> list[str]:
    """Nightly: retrain and re-analyse each organisation corrected since its last model."""
    done = []
    for organization in Organization.objects.order_by("pk"):
        if not retraining.needs_retraining(organization):
            continue
        try:
            row = retraining.retrain(organization)
        except retraining.RetrainError as error:
            logger.warning("textlens: %s", error)
            continue
        followup.reanalyse(organization)
        done.append(f"{organization.slug} v{row.version}")
    return done


# The same work under the names these tasks had before they moved here, so that tasks
# still queued in a broker under an old name when a server is upgraded are carried out.
# Each runs the task above; keep them until no broker can hold such a task.


@shared_task(name="servicegap.feedback.tasks.follow_up_pending")
def follow_up_pending_by_its_old_name() -> int:
    """Was `feedback.tasks.follow_up_pending`."""
    return follow_up_pending()


@shared_task(name="servicegap.textlens.tasks.reanalyse_comments")
def reanalyse_comments_by_its_old_name(organization_id: int) -> int:
    """Was `textlens.tasks.reanalyse_comments`."""
    return reanalyse_comments(organization_id)


@shared_task(name="servicegap.textlens.tasks.retrain_corrected_models")
def retrain_corrected_models_by_its_old_name() -> list[str]:
    """Was `textlens.tasks.retrain_corrected_models`."""
    return retrain_corrected_models()
