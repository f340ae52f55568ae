"""Training in the API: proposals of scenarios to a location's staff where a behaviour,
step or P fails, starting one (every proposed scenario given as a test to the location's
staff, once), and the measured effect once started (a difference in differences with its
interval and n, "too few" when it is). Managers and up."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal
from uuid import UUID

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Router, Schema
from ninja.errors import HttpError

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import Day, form_refused
from servicegap.core.models import Membership
from servicegap.people import forms as f
from servicegap.people import training
from servicegap.people.api.common import (
    Status,
    StrictIn,
    body_doc,
    body_of,
    need,
    one,
    refused,
    team,
)
from servicegap.people.effects import Effect
from servicegap.people.models import TrainingProposal
from servicegap.people.scenarios import PeopleError
from servicegap.standards.models import Behaviour, JourneyStep

router = Router(tags=["people"])

MANAGERS = "Managers and up propose training."


class EffectOut(Schema):
    value: float | None
    low: float | None
    high: float | None
    n: list[int] = Field(description="Audits: before here, after here, before and after elsewhere.")
    too_few: bool
    real: bool


class TrainingOut(Schema):
    code: UUID
    location: UUID
    source: str
    reason: str
    behaviour: UUID | None
    step: UUID | None
    p: str
    scenarios: list[UUID]
    proposed_at: datetime
    trained_on: date | None


class TrainingDetailOut(TrainingOut):
    effect: EffectOut | None


class TrainingIn(StrictIn):
    location: UUID = Field(description="Location code.")
    source: Literal["failures", "gap"] = "failures"
    behaviour: UUID | None = Field(None, description="Behaviour code.")
    step: UUID | None = Field(None, description="Journey step code.")
    p: Literal["", "people", "process", "product"] = ""


def _manager(request: HttpRequest) -> Membership:
    member = team(request)
    need(member, access.LOCATION_MANAGERS, MANAGERS)
    return member


def training_out(proposal: TrainingProposal) -> dict[str, Any]:
    return {
        "code": proposal.code,
        "location": proposal.location.code,
        "source": proposal.source,
        "reason": proposal.reason,
        "behaviour": proposal.behaviour.code if proposal.behaviour_id else None,
        "step": proposal.step.code if proposal.step_id else None,
        "p": proposal.p,
        "scenarios": [s.code for s in proposal.scenarios.all()],
        "proposed_at": proposal.proposed_at,
        "trained_on": proposal.trained_on,
    }


def effect_out(effect: Effect) -> dict[str, Any]:
    return {
        "value": effect.value,
        "low": effect.low,
        "high": effect.high,
        "n": list(effect.n),
        "too_few": effect.too_few,
        "real": effect.real,
    }


@router.get("/training", response=list[TrainingOut], summary="Training proposals")
def list_training(request: HttpRequest):
    member = _manager(request)
    rows = (
        TrainingProposal.objects.for_member(member)
        .select_related("location", "behaviour", "step")
        .prefetch_related("scenarios")
    )
    return [training_out(p) for p in rows]


@router.get(
    "/training/{trainingproposal_code}",
    response=TrainingDetailOut,
    summary="One proposal, with its measured effect once started",
)
def get_training(request: HttpRequest, trainingproposal_code: UUID):
    member = team(request)
    proposal = get_for_member(TrainingProposal, member, code=trainingproposal_code)
    need(member, access.LOCATION_MANAGERS, MANAGERS)
    effect = training.training_effect(proposal) if proposal.trained_on else None
    return training_out(proposal) | {"effect": effect_out(effect) if effect else None}


@router.post(
    "/training",
    response={201: TrainingOut},
    summary="Propose the scenarios covering a failing behaviour, step or P",
)
def create_training(request: HttpRequest, payload: TrainingIn):
    member = _manager(request)
    org_id = member.organization_id
    location = one(
        member.visible_locations().active(), payload.location, "location", what="location"
    )
    behaviour = one(
        Behaviour.objects.filter(organization_id=org_id), payload.behaviour, "behaviour",
        what="behaviour",
    )  # fmt: skip
    step = one(
        JourneyStep.objects.filter(organization_id=org_id), payload.step, "step",
        what="journey step",
    )  # fmt: skip
    try:
        proposal = training.propose_training(
            by=member,
            location=location,
            source=payload.source,
            behaviour=behaviour,
            step=step,
            p=payload.p,
        )
    except PeopleError as error:
        raise refused(error) from None
    return Status(201, training_out(proposal))


class TrainingStartIn(StrictIn):
    due_on: Day = Field(description="The tests' due day (the page offers 14 days from today).")


class TrainingStartedOut(TrainingOut):
    tests: list[UUID] = Field(description="The tests given, one per scenario and employee.")


@router.post(
    "/training/{trainingproposal_code}/start",
    response={201: TrainingStartedOut},
    summary="Start the training: every proposed scenario given as a test to the location's staff",
    openapi_extra=body_doc(TrainingStartIn),
)
def start_training(request: HttpRequest, trainingproposal_code: UUID):
    """As the proposal page's "Assign" (managers and up), once: a proposal already
    started, a retired scenario or a location without active staff is a 409 and nothing
    is given; a due day in the past is a 422 naming `due_on`."""
    member = team(request)
    proposal = get_for_member(TrainingProposal, member, code=trainingproposal_code)
    need(member, access.LOCATION_MANAGERS, MANAGERS)
    if proposal.trained_on is not None:
        raise HttpError(409, "This training was already started.")
    payload = body_of(request, TrainingStartIn)
    form = f.StartForm({"due_on": payload.due_on.isoformat()})
    if not form.is_valid():
        raise form_refused(form.errors)
    try:
        assignments = training.start_training(
            proposal,
            by=member,
            due_on=form.cleaned_data["due_on"],
            today=timezone.localdate(timezone=member.organization.tz),
        )
    except PeopleError as error:
        # What the page shows on its field is a 422 naming it; the rest is the state of
        # the proposal, its scenarios or its location's staff.
        if error.field in form.fields:
            raise form_refused({error.field: [error.message]}) from None
        raise HttpError(409, error.message) from None
    tests = [code for a in assignments for code in a.attempts.values_list("code", flat=True)]
    return Status(201, training_out(proposal) | {"tests": tests})
