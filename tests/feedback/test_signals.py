"""The feedback app tells other apps about each new response once, after commit."""

import uuid

import pytest

from servicegap.feedback import intake
from servicegap.feedback.signals import response_received
from tests.feedback.factories import SurveyLinkFactory

pytestmark = pytest.mark.django_db


def test_response_received_once_after_commit_and_not_for_a_retry(
    django_capture_on_commit_callbacks,
):
    link = SurveyLinkFactory()
    seen = []

    def receiver(sender, response, **kwargs):
        seen.append(response.pk)

    response_received.connect(receiver)
    try:
        submission_id = uuid.uuid4()
        answers = {"ratings": {"people": 2}, "comment": "Slow service tonight."}
        with django_capture_on_commit_callbacks(execute=True):
            first = intake.submit_response(
                link, answers, submission_id=submission_id, language="en"
            )
            assert seen == []  # not before the commit
        with django_capture_on_commit_callbacks(execute=True):
            again = intake.submit_response(
                link, answers, submission_id=submission_id, language="en"
            )
    finally:
        response_received.disconnect(receiver)
    assert first.created and not again.created
    assert seen == [first.response.pk]
