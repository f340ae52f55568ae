"""Re-analysis (after a retrain, or `servicegap textlens reanalyse`) runs the same steps
after the analysis, for what is news only: a churn signal that was not there before."""

from __future__ import annotations

import pytest

from servicegap.customers import moments
from servicegap.customers.models import Alert
from servicegap.feedback.models import Response
from servicegap.pipeline import followup, tasks
from servicegap.recovery.models import Case, RecoverySettings
from servicegap.textlens import retraining
from tests.customers.factories import CustomerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def noted(monkeypatch):
    """(response id, churn phrases given) for each churn moment noted, in order."""
    seen: list[tuple[int, bool]] = []
    real = moments.note_churn_comment

    def note(response, reasons=()):
        seen.append((response.pk, bool(reasons)))
        return real(response, reasons)

    monkeypatch.setattr(moments, "note_churn_comment", note)
    return seen


def test_reading_old_comments_again_follows_up_only_a_new_churn_signal(submit, link, noted):
    leaving = submit(link, "This was our last visit, we will not be coming back.")
    calm = submit(link, "Lovely staff, thank you.")
    assert noted == [(leaving.pk, True)]  # the first analyses
    noted.clear()
    followup.reanalyse(link.organization)  # nothing new
    assert noted == []
    Response.objects.filter(pk=calm.pk).update(
        comment="Lovely staff, but we are moving to another shop from now on."
    )
    result = followup.reanalyse(link.organization)
    assert [r.pk for r in result.news] == [calm.pk]
    assert noted == [(calm.pk, True)]  # a churn signal that was not there before


def test_a_new_churn_signal_found_again_opens_the_case_and_notes_the_customer(world, submit, link):
    customer = CustomerFactory(
        organization=world.org, home_location=world.location_a, contact_consent=True,
        contact="kim@example.test",
    )  # fmt: skip
    calm = submit(link, "Lovely staff.", contact_consent=True, contact="kim@example.test")
    assert not Alert.objects.exists()
    RecoverySettings.objects.create(organization=world.org, open_for_churn_comments=True)
    Response.objects.filter(pk=calm.pk).update(comment="We will never come back here.")
    tasks.reanalyse_comments(link.organization.pk)
    alert = Alert.objects.get(customer=customer)
    assert [r["kind"] for r in alert.reasons] == ["churn_phrase"]
    assert Case.objects.get().response_id == calm.pk


def test_the_nightly_retraining_re_analyses_through_the_pipeline(submit, link, manager_max,
                                                                 noted):  # fmt: skip
    calm = submit(link, "Lovely staff, thank you.")
    analysis = retraining.CommentAnalysis.objects.get(response=calm)
    retraining.correct(analysis, by=manager_max, churn_signal=True)
    noted.clear()
    assert tasks.retrain_corrected_models() == [f"{link.organization.slug} v1"]
    assert noted == []  # a corrected label is the manager's, not news of the analysis
