"""`{% comment_analysis response %}`: a response's analysis, with the correction form for
those who may correct it, for the feedback app's response page."""

from __future__ import annotations

from typing import Any

from django import template

from servicegap.core import access
from servicegap.textlens.forms import CorrectionForm
from servicegap.textlens.models import CommentAnalysis

register = template.Library()


@register.inclusion_tag("textlens/_response_analysis.html", takes_context=True)
def comment_analysis(context: template.Context, response: Any) -> dict[str, Any]:
    """The response's analysis (none for a response without a comment, or not analysed
    yet); a manager and above get the form to correct it."""
    try:
        analysis = response.analysis
    except CommentAnalysis.DoesNotExist:
        analysis = None
    membership = context.get("membership")
    can_correct = (
        analysis is not None
        and membership is not None
        and membership.organization_id == analysis.organization_id
        and membership.role in access.LOCATION_MANAGERS
    )
    return {
        "analysis": analysis,
        "form": CorrectionForm(analysis=analysis) if can_correct else None,
        "back": "response",
        "csrf_token": context.get("csrf_token"),
    }
