"""The service card in the API: steps in order → standards → behaviours."""

from __future__ import annotations

from uuid import UUID

from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.errors import HttpError

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.auth import membership
from servicegap.core.models import Department, Location
from servicegap.standards.card import build_card
from servicegap.standards.models import Behaviour, JourneyStep, Standard

router = Router(tags=["standards"])


class TargetOut(Schema):
    comparison: str
    value: float
    unit: str
    label: str


class BehaviourOut(Schema):
    code: UUID
    text: str
    weight: int
    critical: bool
    target: TargetOut | None
    version: int


class StandardOut(Schema):
    code: UUID
    text: str
    p: str
    department: str | None
    department_code: UUID | None
    behaviours: list[BehaviourOut]


class StepOut(Schema):
    code: UUID
    name: str
    position: int
    standards: list[StandardOut]


class ScopeOut(Schema):
    code: UUID
    name: str


class CardOut(Schema):
    organization: str
    title: str
    location: ScopeOut | None
    department: ScopeOut | None
    steps: list[StepOut]


class CardFilters(Schema):
    location: UUID | None = None
    department: UUID | None = None


def _behaviour_out(behaviour: Behaviour) -> dict:
    target = None
    if behaviour.is_measured:
        target = {
            "comparison": behaviour.target_comparison,
            "value": float(behaviour.target_value),
            "unit": behaviour.target_unit,
            "label": behaviour.target_label,
        }
    return {
        "code": behaviour.code,
        "text": behaviour.text,
        "weight": behaviour.weight,
        "critical": behaviour.is_critical,
        "target": target,
        "version": behaviour.version,
    }


def _standard_out(standard: Standard) -> dict:
    department = standard.department
    return {
        "code": standard.code,
        "text": standard.text,
        "p": standard.p,
        "department": department.name if department else None,
        "department_code": department.code if department else None,
        "behaviours": [_behaviour_out(b) for b in standard.card_behaviours],
    }


def _step_out(step: JourneyStep) -> dict:
    return {
        "code": step.code,
        "name": step.name,
        "position": step.position,
        "standards": [_standard_out(s) for s in step.card_standards],
    }


def _scope(obj: Location | Department | None) -> dict | None:
    return None if obj is None else {"code": obj.code, "name": obj.name}


@router.get("/card", response=CardOut)
def get_card(request: HttpRequest, filters: Query[CardFilters]) -> dict:
    """The card in use: steps in order, their standards and behaviours (retired ones left
    out). `location` titles it for a location you may see; `department` keeps only the
    standards that department is responsible for. Either unknown to you is a 404."""
    member = membership(request)
    if member.role not in access.TEAM:
        raise HttpError(403, "The service card is for the team; shoppers see it in their audits.")
    location = department = None
    if filters.location is not None:
        location = get_for_member(Location, member, code=filters.location)
    if filters.department is not None:
        department = get_for_member(Department, member, code=filters.department)
    card = build_card(member, location=location, department=department)
    return {
        "organization": card.organization.name,
        "title": card.title,
        "location": _scope(location),
        "department": _scope(department),
        "steps": [_step_out(step) for step in card.steps],
    }
