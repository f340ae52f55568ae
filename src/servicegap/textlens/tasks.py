"""Background work of comment analysis: one comment, retraining.

New responses are analysed by the pipeline (`servicegap.pipeline.followup`), which then
calls what follows an analysis in other apps; so is re-analysis after a retrain
(`servicegap.pipeline.tasks`).
"""

from __future__ import annotations

import logging

from celery import shared_task

from servicegap.core.models import Organization
from servicegap.feedback.models import Response
from servicegap.textlens import retraining

logger = logging.getLogger(__name__)


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
