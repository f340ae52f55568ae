"""Every operation of /api/v1/openapi.json fuzzed by schemathesis against a live server.

A short run for CI: the test live server with a small organisation of factory data, as
an owner token and as a staff token, a few generated requests per operation. Each answer
must not be a server error and must be as the schema says (a documented status code and
content type, a body valid against its schema, bad input refused, good input accepted
or refused with a documented reason). The expectations are bench/schemathesis.toml's,
which the full run (bench/api_fuzz.py) uses too.

A path parameter that schemathesis fills with some valid UUID is replaced by the code of
a real object of the organisation, so that the operations behind it are reached, not
only their 404; a malformed one is sent as generated.
"""

from __future__ import annotations

import uuid
from io import BytesIO
from pathlib import Path

import pytest
import schemathesis
from django.core.files.base import ContentFile
from hypothesis import HealthCheck, settings
from PIL import Image

from servicegap.api.main import api
from servicegap.core import tokens
from servicegap.core.models import Role
from tests.audits.factories import (
    AssignmentFactory,
    AuditAnswerFactory,
    AuditFactory,
    DisputeFactory,
)
from tests.customers.factories import AlertFactory, CustomerFactory, ImportRunFactory
from tests.factories import (
    DepartmentFactory,
    EmployeeFactory,
    InvitationFactory,
    MembershipFactory,
)
from tests.feedback.factories import ResponseFactory, SurveyLinkFactory
from tests.people.factories import (
    CandidateFactory,
    CoachingNoteFactory,
    IdeaFactory,
    InterviewQuestionFactory,
    RubricPointFactory,
    RuleBendFactory,
    ScenarioAttemptFactory,
    ScenarioFactory,
    TrainingProposalFactory,
)
from tests.recovery.factories import CaseFactory
from tests.standards.factories import BehaviourFactory
from tests.textlens.factories import CommentAnalysisFactory
from tests.webhooks.factories import WebhookFactory

CONFIG = Path(__file__).resolve().parents[2] / "bench" / "schemathesis.toml"
EXAMPLES = 6  # per operation and token: about 200 operations × 2 tokens

schema = schemathesis.openapi.from_dict(
    api.get_openapi_schema(),
    config=schemathesis.Config.from_str(CONFIG.read_text()),
)


@pytest.fixture
def site(request, live_server, world, owner_olga, staff_sam, tmp_path) -> dict:
    """Base URL, a token per role and a real object's code per path parameter."""
    # pytest-django's `settings` (the name is hypothesis's here): photos go to tmp_path.
    request.getfixturevalue("settings").MEDIA_ROOT = tmp_path
    org, here = world.org, world.location_a
    attempt = ScenarioAttemptFactory(organization=org, assignment__location=here)
    analysis = CommentAnalysisFactory(organization=org, response__link__location=here)
    link = SurveyLinkFactory(organization=org, location=here)
    audit = AuditFactory(organization=org, location=here, performed_by=staff_sam.user)
    # A submitted audit's answer, which managers may dispute, and a dispute on it.
    submitted = AuditFactory(organization=org, location=here, status="submitted")
    answer = AuditAnswerFactory(organization=org, audit=submitted, is_counted=True)
    behaviour = BehaviourFactory(organization=org)
    answer.photo.save("door.png", ContentFile(_png()), save=True)  # to list and download
    objects = {
        "location_code": here.code,
        "audit_code": audit.code,
        "audittemplate_code": audit.template.code,
        "assignment_code": AssignmentFactory(organization=org, location=here).code,
        "auditanswer_code": answer.code,
        "dispute_code": DisputeFactory(organization=org, answer=answer).code,
        "response_code": ResponseFactory(organization=org, link=link).code,
        "surveylink_code": link.code,
        "survey_code": link.survey.code,
        "alert_code": AlertFactory(organization=org, customer__home_location=here).code,
        "customer_code": CustomerFactory(organization=org, home_location=here).code,
        "importrun_code": ImportRunFactory(organization=org, created_by=owner_olga.user).code,
        "commentanalysis_code": analysis.code,
        "case_code": CaseFactory(organization=org, location=here).code,
        "scenarioattempt_code": attempt.code,
        "idea_code": IdeaFactory(organization=org).code,
        "scenario_code": ScenarioFactory(organization=org).code,
        "rubricpoint_code": RubricPointFactory(organization=org).code,
        # to the staff caller, who may acknowledge it and reply
        "coachingnote_code": CoachingNoteFactory(
            organization=org, employee__location=here, employee__user=staff_sam.user
        ).code,
        "rulebend_code": RuleBendFactory(organization=org, location=here).code,
        "interviewquestion_code": InterviewQuestionFactory(organization=org).code,
        "candidate_code": CandidateFactory(organization=org, location=here).code,
        "trainingproposal_code": TrainingProposalFactory(organization=org, location=here).code,
        "webhook_code": WebhookFactory(organization=org).code,
        "journeystep_code": behaviour.standard.step.code,
        "standard_code": behaviour.standard.code,
        "behaviour_code": behaviour.code,
        "kit_key": "restaurant",
        "region_code": world.north.code,
        "department_code": DepartmentFactory(organization=org).code,
        "employee_code": EmployeeFactory(organization=org, location=here).code,
        # someone else than the two callers, so that a removal leaves both tokens working
        "membership_code": MembershipFactory(organization=org, role=Role.SUPERVISOR).code,
        "invitation_code": InvitationFactory(organization=org).code,
        "apitoken_code": tokens.create_token(owner_olga, "to revoke")[0].code,
        "token": link.token,
    }
    return {
        "url": live_server.url,
        "owner": tokens.create_token(owner_olga, "fuzz")[1],
        "staff": tokens.create_token(staff_sam, "fuzz")[1],
        "objects": {name: str(code) for name, code in objects.items()},
    }


def _png() -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, "PNG")
    return buffer.getvalue()


def _is_uuid(value: object) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("role", ["owner", "staff"])
@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_every_operation_answers_as_its_schema_says(case, role, site):
    for name, value in list((case.path_parameters or {}).items()):
        short = name in ("token", "kit_key") and len(value) < 8
        if name in site["objects"] and (_is_uuid(value) or short):
            case.path_parameters[name] = site["objects"][name]
    # A generated Host header is refused by Django's ALLOWED_HOSTS check with its HTML 400
    # before any API code runs (as a proxy would refuse it): not the API's answer.
    for name in [name for name in case.headers or {} if name.lower() == "host"]:
        del case.headers[name]
    # call_and_validate raises on any check that fails (schema, status codes, bodies).
    response = case.call_and_validate(
        base_url=site["url"],
        headers={"Authorization": f"Bearer {site[role]}"},
    )
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.text}"
