"""Comment-analysis fixtures: a private data directory, comments at Location A and B."""

from __future__ import annotations

import uuid

import pytest

from servicegap.feedback import intake
from servicegap.textlens import retraining
from tests.feedback.factories import SurveyFactory, SurveyLinkFactory


@pytest.fixture(autouse=True)
def data_dir(settings, tmp_path):
    """Models are saved under a data directory of this test's own; none is loaded yet."""
    settings.DATA_DIR = tmp_path
    retraining.forget_models()
    yield tmp_path
    retraining.forget_models()


@pytest.fixture
def link(world):
    survey = SurveyFactory(organization=world.org, name="Guest survey")
    return SurveyLinkFactory(organization=world.org, survey=survey, location=world.location_a)


@pytest.fixture
def link_b(world, link):
    return SurveyLinkFactory(organization=world.org, survey=link.survey, location=world.location_b)


@pytest.fixture
def submit(django_capture_on_commit_callbacks):
    """Store a response through the feedback intake, running what waits for the commit
    (the pipeline's follow-up, hence the analysis), as a real request would."""

    def send(link, comment: str, language: str = "en", **answers):
        with django_capture_on_commit_callbacks(execute=True):
            submission = intake.submit_response(
                link,
                {"comment": comment, **answers},
                submission_id=uuid.uuid4(),
                language=language,
            )
        submission.response.refresh_from_db()
        return submission.response

    return send
