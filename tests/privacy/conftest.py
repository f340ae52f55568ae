"""A customer with something of theirs in every app: visits, a score, an alert, a survey
invitation, a comment a manager corrected and a model trained on it, a case with a note
naming them, a webhook delivery quoting the comment, and an upload whose bad row is theirs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from servicegap.customers import uploads
from servicegap.customers.models import Customer, ImportRun
from servicegap.feedback import intake
from servicegap.feedback.models import Response
from servicegap.recovery import cases
from servicegap.textlens import retraining
from servicegap.textlens.models import CommentAnalysis
from servicegap.webhooks import delivery
from tests.customers.factories import (
    AlertFactory,
    CustomerScoreFactory,
    SurveyInvitationFactory,
    VisitFactory,
)
from tests.feedback.factories import SurveyFactory, SurveyLinkFactory
from tests.webhooks.factories import WebhookFactory

NAME = "Maud Fenwick"
EMAIL = "maud.fenwick@example.test"
PHONE = "+44 7700 900461"
CUSTOMER_ID = "LOY-77810"
COMMENT = "The soup was stone cold and Gareth ignored us. We will not come back here again."
# Other comments, corrected too, so that the model is trained again with them left in.
OTHERS = [
    "The room was so quiet all evening.",
    "Such a quiet room, again tonight.",
    "Quiet room, quiet music, quiet staff.",
]


@pytest.fixture(autouse=True)
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    retraining.forget_models()
    yield tmp_path
    retraining.forget_models()


@pytest.fixture
def link(world):
    survey = SurveyFactory(organization=world.org, name="Guest survey")
    return SurveyLinkFactory(organization=world.org, survey=survey, location=world.location_a)


@pytest.fixture
def submit(django_capture_on_commit_callbacks):
    def send(link, comment: str, **answers) -> Response:
        with django_capture_on_commit_callbacks(execute=True):
            submission = intake.submit_response(
                link, {"comment": comment, **answers}, submission_id=uuid.uuid4(), language="en"
            )
        submission.response.refresh_from_db()
        return submission.response

    return send


@pytest.fixture
def customer_with_visits(world) -> Customer:
    """The customer with three visits and nothing else (no model to train: quick)."""
    customer = Customer.objects.create(
        organization=world.org,
        external_id=CUSTOMER_ID,
        name=NAME,
        contact=EMAIL,
        contact_consent=True,
        home_location=world.location_a,
    )
    for days in (40, 20, 5):
        VisitFactory(
            organization=world.org,
            customer=customer,
            location=world.location_a,
            visited_at=timezone.now() - timedelta(days=days),
            amount=Decimal("31.50"),
        )
    return customer


@dataclass
class Traces:
    customer: Customer
    response: Response
    others: list[Response]
    run: ImportRun
    case: object


@pytest.fixture
def traces(
    world, owner_olga, link, submit, customer_with_visits, django_capture_on_commit_callbacks
) -> Traces:
    customer = customer_with_visits
    CustomerScoreFactory(organization=world.org, customer=customer)
    AlertFactory(organization=world.org, customer=customer)
    SurveyInvitationFactory(
        organization=world.org,
        location=world.location_a,
        visit=customer.visits.first(),
        customer=customer,
        email=EMAIL,
    )
    WebhookFactory(organization=world.org, on_responses=True, on_case_events=True)
    response = submit(link, COMMENT, nps=2, contact_consent="on", contact=PHONE)
    Response.objects.filter(pk=response.pk).update(customer=customer)
    response.refresh_from_db()
    delivery.queue_responses([response])
    others = [submit(link, text) for text in OTHERS]
    for row in [response, *others]:
        analysis = CommentAnalysis.objects.get(response=row)
        retraining.correct(analysis, by=owner_olga, sentiment="negative")
    retraining.retrain(world.org)
    case = cases.open_case_for_response(response, by=owner_olga)
    cases.add_note(case, f"Called {NAME} on {PHONE}; {EMAIL} for the voucher.", by=owner_olga)
    upload = SimpleUploadedFile(
        "visits.csv",
        (
            "customer,date,location,amount,name,contact,consent\n"
            f"{CUSTOMER_ID},2024-03-01 12:00,Location A,lots,{NAME},{EMAIL},yes\n"
            "B2,2024-03-01 12:00,Location A,12.00,,,no\n"
        ).encode(),
    )
    with django_capture_on_commit_callbacks(execute=True):
        run = uploads.start_import(upload, by=owner_olga, columns={})
    run.refresh_from_db()
    return Traces(customer=customer, response=response, others=others, run=run, case=case)


def model_files(data_dir) -> list:
    return [path for path in (data_dir / "textlens").rglob("*") if path.is_file()]
