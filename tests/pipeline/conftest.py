"""Pipeline fixtures: the feedback app's (a survey link, the public form) and a spy on
the pipeline's last step."""

from __future__ import annotations

import pytest

from servicegap.pipeline import followup
from tests.feedback.conftest import (  # noqa: F401
    fresh_cache,
    link,
    link_b,
    public,
    steps,
    survey,
)
from tests.textlens.conftest import data_dir, submit  # noqa: F401


@pytest.fixture
def told(monkeypatch):
    """The responses that reached the last step (recovery's automatic cases), in order:
    those followed up all the way."""
    seen: list[int] = []
    real = followup.open_cases

    def open_cases(responses, churned, **kwargs):
        seen.extend(r.pk for r in responses)
        return real(responses, churned, **kwargs)

    monkeypatch.setattr(followup, "open_cases", open_cases)
    return seen
