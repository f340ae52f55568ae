"""The pipeline's part of `servicegap demo`: what follows the demo's comment analyses."""

from __future__ import annotations

from servicegap.core.demo import DemoContext
from servicegap.pipeline import followup
from servicegap.textlens.models import CommentAnalysis


def seed(context: DemoContext) -> list[str]:
    """The moments and cases steps for the demo comments with a churn signal (the demo's
    responses are stored and analysed in bulk, not followed up one by one)."""
    ids = CommentAnalysis.objects.filter(
        organization=context.organization, churn_signal=True, spam=False
    ).values_list("response_id", flat=True)
    responses = followup.load(list(ids))
    failed = followup.follow_up_analysis(responses)
    return [f"Follow-ups: {len(responses) - len(failed)} comments with a churn signal"]
