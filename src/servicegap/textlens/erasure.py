"""Erasing customers' comments from what the comment models learnt (the privacy app's
steps).

An analysis keeps its labels when its comment is erased (they hold no text), and a
corrected comment whose text is `ERASED` is no longer a training example
(`retraining.corrected_examples`). A model file, though, remembers each corrected
comment word for word: `forget_erased_comments()` trains a new version without them and
removes every older version, row and file. Counts only, never what was erased.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from django.conf import settings

from servicegap.core.models import Organization
from servicegap.textlens import retraining
from servicegap.textlens.models import CommentAnalysis, TextModelVersion


def erase_customer_data(organization: Organization, response_ids: Sequence[int]) -> dict[str, int]:
    """How many of these responses' comments were corrected by a manager, and so may be
    in the organisation's model files (call `forget_erased_comments` once their text is
    erased)."""
    corrected = CommentAnalysis.objects.filter(
        organization=organization, response_id__in=response_ids, corrected_at__isnull=False
    ).count()
    return {"corrected_comments": corrected}


def has_models(organization: Organization) -> bool:
    return TextModelVersion.objects.filter(organization=organization).exists()


def forget_erased_comments(organization: Organization) -> tuple[dict[str, int], list[Path]]:
    """Train a new version on what is left (the base examples alone if no correction is)
    and delete every older version's row; (counts, the files to remove after the commit:
    the older versions' and any other file in the organisation's model folder)."""
    if not has_models(organization):
        return {"model_versions": 0}, []
    row = retraining.retrain(organization, base_only=True)
    older = TextModelVersion.objects.filter(organization=organization).exclude(pk=row.pk)
    files = [retraining.model_path(old) for old in older]
    removed, _ = older.delete()
    folder = Path(settings.DATA_DIR) / retraining.model_folder(organization)
    keep = retraining.model_path(row).resolve()
    files += [path for path in folder.glob("*") if path.is_file() and path.resolve() != keep]
    for key in [key for key in retraining._loaded if key[0] == organization.pk]:
        if key[1] != row.version:
            retraining._loaded.pop(key, None)
    return {"model_versions": removed}, sorted(set(files))
