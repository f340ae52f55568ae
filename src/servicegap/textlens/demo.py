"""The demo's comment analysis: every demo comment analysed, a few corrected, a model trained.

Runs after the feedback step. The corrections are a manager's, on comments whose right
labels are known because the demo wrote them; the organisation's model is then trained
once on the base examples and those corrections, and every comment analysed with it.
"""

from __future__ import annotations

from typing import Any

from servicegap.core.demo import DemoContext
from servicegap.core.models import Role
from servicegap.textlens import retraining
from servicegap.textlens.models import CommentAnalysis

# A part of a demo comment (from the feedback step), and its right labels.
CORRECTIONS: list[tuple[str, dict[str, Any]]] = [
    ("Had to ask three times for the bill", {"sentiment": "negative", "topics": ["process"]}),
    ("Fine, nothing special", {"sentiment": "neutral", "topics": []}),
    ("a bit noisy", {"sentiment": "positive", "topics": ["product"]}),
    ("We'll go elsewhere next time", {"churn_signal": True, "sentiment": "negative"}),
    ("Never again, sadly", {"churn_signal": True, "sentiment": "negative"}),
    ("rolled his eyes", {"sentiment": "negative", "topics": ["people"]}),
    (
        "Staff were chatting behind the bar",
        {"sentiment": "negative", "topics": ["people", "process"]},
    ),
    ("Earn money from home", {"spam": True}),
]


def seed(context: DemoContext) -> list[str]:
    org = context.organization
    first = retraining.analyse_responses(org, model=None)
    manager = context.members.get(Role.MANAGER) or context.members.get(Role.OWNER)
    analyses = CommentAnalysis.objects.filter(organization=org).select_related("response")
    corrected, done = 0, []
    for text, labels in CORRECTIONS:
        # A comment may hold two of the texts: each correction is of a comment of its own.
        found = analyses.filter(response__comment__contains=text).exclude(pk__in=done)
        analysis = found.order_by("pk").first()
        if analysis is None:
            continue
        done.append(analysis.pk)
        current = analysis.labels()
        changed = {k: v for k, v in labels.items() if current[k] != v} or labels
        retraining.correct(analysis, by=manager, **changed)
        corrected += 1
    lines = [
        f"Comment analysis: {first.analysed} comments ({first.flagged_spam} more flagged as "
        f"spam), {corrected} corrected by a manager"
    ]
    if corrected:
        retraining.forget_demo_models()
        row = retraining.retrain(org)
        again = retraining.analyse_responses(org)
        lines.append(
            f"Comment model {row.label} trained on {row.base_examples} base examples and "
            f"{row.corrections} corrections; {again.analysed} comments analysed with it"
        )
    return lines
