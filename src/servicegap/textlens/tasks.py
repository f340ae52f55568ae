"""Background work of comment analysis: each new comment, retraining, re-analysis.

`analyse_new_comments` listens to feedback's `responses_received` (connected in the
app's `ready()`), which feedback sends where it follows up new responses
(`feedback/followup.py`): on a worker with a broker, in a batch run by a process of
`servicegap serve` without one, elsewhere right after the commit. Nothing here may fail
a customer's submission: the response is already stored, and a comment whose analysis
failed is tried again (its response stays pending in feedback).
"""

from __future__ import annotations

import logging
from typing import Any

from celery import shared_task

from servicegap.core.models import Organization
from servicegap.feedback.models import Response
from servicegap.textlens import retraining

logger = logging.getLogger(__name__)


def analyse_new_comments(sender: Any, responses: list[Response], **kwargs: Any) -> set[int]:
    """`responses_received` receiver: analyse the new comments and store the results;
    the ids of responses to try again (feedback keeps them pending).

    It runs where feedback follows up new responses (see the module).
    """
    return retraining.analyse_new_responses(responses)


@shared_task(name="servicegap.textlens.tasks.analyse_response")
def analyse_response(response_id: int, fresh: bool = False) -> str | None:
    """Analyse one response's comment and store the result; the model version used.

    `fresh`: sent for a response just received (no analysis or correction yet).
    """
    response = Response.objects.filter(pk=response_id).first()
    if response is None:
        return None
    analysis = retraining.analyse_response(response, fresh=fresh)
    return analysis.model_version if analysis is not None else None


@shared_task(name="servicegap.textlens.tasks.retrain_model")
def retrain_model(organization_id: int) -> int | None:
    """Train the organisation's model on its corrections; the new version number."""
    organization = Organization.objects.get(pk=organization_id)
    try:
        return retraining.retrain(organization).version
    except retraining.RetrainError as error:
        logger.info("textlens: %s", error)
        return None


@shared_task(name="servicegap.textlens.tasks.reanalyse_comments")
def reanalyse_comments(organization_id: int) -> int:
    """Analyse every comment of the organisation again with its current model."""
    organization = Organization.objects.get(pk=organization_id)
    return retraining.analyse_responses(organization).analysed


@shared_task(name="servicegap.textlens.tasks.retrain_corrected_models")
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
        retraining.analyse_responses(organization)
        done.append(f"{organization.slug} v{row.version}")
    return done
