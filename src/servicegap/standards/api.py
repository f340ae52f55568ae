"""The service card in the API: steps in order → standards → behaviours; its PDF; and the
editor's changes (add, change, move, retire, restore, delete), as the pages do them.

Reading the card and its PDF is for the team (owner to staff); the editor is for leaders
(owner, executive), as on the pages. Input goes through the editor's own forms
(`JourneyStepForm`, `StandardForm`, `BehaviourForm`) and is stored by `editing`, so a
changed behaviour gets a new version exactly as on the page. Items that audits may have
used are retired, not deleted: only a retired item that nothing refers to can be
deleted (else a 409 saying why).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal
from uuid import UUID

from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from pydantic import ConfigDict

from servicegap.core import access
from servicegap.core.access import get_for_member
from servicegap.core.api import Status, field_refused, form_refused
from servicegap.core.auth import membership
from servicegap.core.models import Department, Location, Membership
from servicegap.standards import editing
from servicegap.standards.card import ServiceCard, build_card, card_pdf_filename, render_card_pdf
from servicegap.standards.forms import BehaviourForm, JourneyStepForm, StandardForm
from servicegap.standards.models import Behaviour, JourneyStep, Standard
from servicegap.standards.pdf import PANGO_HINT, PdfUnavailable

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


def _team(request: HttpRequest) -> Membership:
    member = membership(request)
    if member.role not in access.TEAM:
        raise HttpError(403, "The service card is for the team; shoppers see it in their audits.")
    return member


def _card(member: Membership, filters: CardFilters) -> ServiceCard:
    location = department = None
    if filters.location is not None:
        location = get_for_member(Location, member, code=filters.location)
    if filters.department is not None:
        department = get_for_member(Department, member, code=filters.department)
    return build_card(member, location=location, department=department)


@router.get("/card", response=CardOut, summary="The service card in use")
def get_card(request: HttpRequest, filters: Query[CardFilters]) -> dict:
    """The card in use: steps in order, their standards and behaviours (retired ones left
    out). `location` titles it for a location you may see; `department` keeps only the
    standards that department is responsible for. Either unknown to you is a 404."""
    member = _team(request)
    card = _card(member, filters)
    location, department = card.location, card.department
    return {
        "organization": card.organization.name,
        "title": card.title,
        "location": _scope(location),
        "department": _scope(department),
        "steps": [_step_out(step) for step in card.steps],
    }


class PdfUnavailableOut(Schema):
    detail: str = Field(description="Why PDFs cannot be made here, and what to install.")


@router.get(
    "/card.pdf",
    response={200: None, 503: PdfUnavailableOut},
    summary="The service card as a PDF, as the card page prints it",
    openapi_extra={
        "responses": {
            200: {
                "description": "The card's PDF (an attachment named for the card).",
                "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
            },
            503: {
                "description": "This server cannot make PDFs (WeasyPrint cannot load Pango); "
                "the detail says what to install.",
            },
        }
    },
)
def get_card_pdf(request: HttpRequest, filters: Query[CardFilters]) -> Any:
    """The same PDF as the card page's download, with the same `location` and `department`
    as `/card`; for the team."""
    card = _card(_team(request), filters)
    try:
        pdf = render_card_pdf(card, request)
    except PdfUnavailable as error:
        return Status(503, {"detail": f"PDFs are unavailable here ({error}). {PANGO_HINT}"})
    answer = HttpResponse(pdf, content_type="application/pdf")
    answer["Content-Disposition"] = f'attachment; filename="{card_pdf_filename(card)}"'
    return answer


# The editor: leaders only -------------------------------------------------------------


class NotDeletedOut(Schema):
    detail: str = Field(description="Why the item stays: still in use, or referred to.")


def _leader(request: HttpRequest) -> Membership:
    member = membership(request)
    if member.role not in access.LEADERS:
        raise HttpError(403, "Only owners and executives edit the service card.")
    return member


class StepItemOut(Schema):
    code: UUID
    name: str
    description: str
    position: int
    is_active: bool


class StandardItemOut(Schema):
    code: UUID
    step_code: UUID
    p: str
    text: str
    department: str | None
    department_code: UUID | None
    position: int
    is_active: bool


class BehaviourItemOut(Schema):
    code: UUID
    standard_code: UUID
    text: str
    weight: int
    is_critical: bool
    target_comparison: str = Field(description="at_most, at_least, or empty: a plain yes or no.")
    target_value: float | None
    target_unit: str
    target_label: str
    position: int
    is_active: bool
    version: int


class EditorStandardOut(StandardItemOut):
    behaviours: list[BehaviourItemOut]


class EditorStepOut(StepItemOut):
    standards: list[EditorStandardOut]


def _step_item(step: JourneyStep) -> dict[str, Any]:
    return {name: getattr(step, name) for name in StepItemOut.model_fields}


def _standard_item(standard: Standard) -> dict[str, Any]:
    department = standard.department
    return {
        "code": standard.code,
        "step_code": standard.step.code,
        "p": standard.p,
        "text": standard.text,
        "department": department.name if department else None,
        "department_code": department.code if department else None,
        "position": standard.position,
        "is_active": standard.is_active,
    }


def _behaviour_item(behaviour: Behaviour) -> dict[str, Any]:
    value = behaviour.target_value
    return {
        "code": behaviour.code,
        "standard_code": behaviour.standard.code,
        "text": behaviour.text,
        "weight": behaviour.weight,
        "is_critical": behaviour.is_critical,
        "target_comparison": behaviour.target_comparison,
        "target_value": None if value is None else float(value),
        "target_unit": behaviour.target_unit,
        "target_label": behaviour.target_label,
        "position": behaviour.position,
        "is_active": behaviour.is_active,
        "version": behaviour.version,
    }


@router.get(
    "/steps",
    response=list[EditorStepOut],
    summary="The card as the editor shows it: every step, standard and behaviour, retired "
    "ones included",
)
def list_steps(request: HttpRequest) -> list[dict[str, Any]]:
    steps = editing.editor_steps(_leader(request))
    return [
        {
            **_step_item(step),
            "standards": [
                {
                    **_standard_item(standard),
                    "behaviours": [_behaviour_item(b) for b in standard.all_behaviours],
                }
                for standard in step.all_standards
            ],
        }
        for step in steps
    ]


# What a client sends: the editor forms' own fields. -----------------------------------


class StepIn(Schema):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="One step of a typical visit or order, e.g. Greeting.")
    description: str = ""


class StepChangeIn(Schema):
    """Only the fields given change."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    description: str | None = None


class StandardIn(Schema):
    model_config = ConfigDict(extra="forbid")

    p: str = Field(description="people, process or product.")
    text: str = Field(description="What the guest can count on, in their words.")
    department: UUID | None = Field(None, description="Code of the responsible department.")


class StandardChangeIn(Schema):
    """Only the fields given change; `step` moves the standard to the end of that step;
    `department` null takes the department off."""

    model_config = ConfigDict(extra="forbid")

    step: UUID | None = Field(None, description="Code of a journey step in use.")
    p: str | None = None
    text: str | None = None
    department: UUID | None = None


class BehaviourIn(Schema):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="Something an outsider can see and check yes or no.")
    weight: int = Field(1, strict=True, description="1 (nice to have) to 5 (essential).")
    is_critical: bool = False
    target_comparison: Literal["", "at_most", "at_least"] = ""
    target_value: Decimal | None = Field(None, description="A number, e.g. 3 for at most 3 rings.")
    target_unit: str = ""


class BehaviourChangeIn(Schema):
    """Only the fields given change; `standard` moves the behaviour to the end of that
    standard; `target_value` null takes the measured target off (with `target_comparison`
    empty). A change of text, weight, critical flag or target makes a new version."""

    model_config = ConfigDict(extra="forbid")

    standard: UUID | None = Field(None, description="Code of a standard in use.")
    text: str | None = None
    weight: int | None = Field(None, strict=True, description="1 (nice to have) to 5 (essential).")
    is_critical: bool | None = None
    target_comparison: Literal["", "at_most", "at_least"] | None = None
    target_value: Decimal | None = None
    target_unit: str | None = None


class MoveIn(Schema):
    model_config = ConfigDict(extra="forbid")

    direction: Literal["up", "down"]


def _form_value(value: Any) -> Any:
    """A value as a page's form reads it: codes and numbers as text, none as empty."""
    if value is None:
        return ""
    if isinstance(value, UUID | Decimal):
        return str(value)
    return value


def _checked(form: ModelForm) -> ModelForm:
    if not form.is_valid():
        raise form_refused(form.errors)
    return form


def _changed(stored: dict[str, Any], payload: Schema | None) -> dict[str, Any]:
    """The form's data: what is stored, with what the payload gives over it."""
    if payload is None:  # the object is looked up first: another organisation's is a 404
        raise field_refused(message="Field required")
    data = {**stored, **payload.model_dump(exclude_unset=True)}
    return {name: _form_value(value) for name, value in data.items()}


def _refuse_retired(parent: JourneyStep | Standard) -> None:
    """The editor's forms offer only steps and standards in use to add to."""
    if isinstance(parent, Standard) and not parent.step.is_active:
        raise HttpError(409, "This standard's step is retired: restore it first.")
    if not parent.is_active:
        kind = "step" if isinstance(parent, JourneyStep) else "standard"
        raise HttpError(409, f"This {kind} is retired: restore it first.")


def _stored_standard(standard: Standard) -> dict[str, Any]:
    return {
        "step": standard.step.code,
        "p": standard.p,
        "text": standard.text,
        "department": standard.department.code if standard.department else None,
    }


def _stored_behaviour(behaviour: Behaviour) -> dict[str, Any]:
    fields = ("text", "weight", "is_critical", "target_comparison", "target_value", "target_unit")
    return {"standard": behaviour.standard.code} | {n: getattr(behaviour, n) for n in fields}


# Steps --------------------------------------------------------------------------------


@router.post("/steps", response={201: StepItemOut}, summary="Add a journey step at the end")
def create_step(request: HttpRequest, payload: StepIn) -> Any:
    member = _leader(request)
    form = _checked(JourneyStepForm(payload.model_dump(), membership=member))
    step = editing.add_item(form.save(commit=False))
    return Status(201, _step_item(step))


@router.patch(
    "/steps/{uuid:journeystep_code}",
    response=StepItemOut,
    summary="Rename a journey step or change its description",
)
def update_step(
    request: HttpRequest, journeystep_code: UUID, payload: StepChangeIn | None = None
) -> dict[str, Any]:
    member = _leader(request)
    step = get_for_member(JourneyStep, member, code=journeystep_code)
    data = _changed({"name": step.name, "description": step.description}, payload)
    form = _checked(JourneyStepForm(data, instance=step, membership=member))
    return _step_item(form.save())


@router.post(
    "/steps/{uuid:journeystep_code}/move",
    response=StepItemOut,
    summary="Move a journey step up or down",
)
def move_step(
    request: HttpRequest, journeystep_code: UUID, payload: MoveIn | None = None
) -> dict[str, Any]:
    step = get_for_member(JourneyStep, _leader(request), code=journeystep_code)
    return _step_item(_moved(step, payload))


@router.post(
    "/steps/{uuid:journeystep_code}/retire",
    response=StepItemOut,
    summary="Retire a journey step: off the card with all under it; past audits keep it",
)
def retire_step(request: HttpRequest, journeystep_code: UUID) -> dict[str, Any]:
    step = get_for_member(JourneyStep, _leader(request), code=journeystep_code)
    editing.retire(step)
    return _step_item(step)


@router.post(
    "/steps/{uuid:journeystep_code}/restore",
    response=StepItemOut,
    summary="Put a retired journey step back on the card",
)
def restore_step(request: HttpRequest, journeystep_code: UUID) -> dict[str, Any]:
    step = get_for_member(JourneyStep, _leader(request), code=journeystep_code)
    editing.restore(step)
    return _step_item(step)


@router.delete(
    "/steps/{uuid:journeystep_code}",
    response={204: None, 409: NotDeletedOut},
    summary="Delete a retired journey step that nothing refers to",
)
def delete_step(request: HttpRequest, journeystep_code: UUID) -> Any:
    return _deleted(get_for_member(JourneyStep, _leader(request), code=journeystep_code))


# Standards ----------------------------------------------------------------------------


@router.post(
    "/steps/{uuid:journeystep_code}/standards",
    response={201: StandardItemOut},
    summary="Add a standard at the end of a journey step",
)
def create_standard(
    request: HttpRequest, journeystep_code: UUID, payload: StandardIn | None = None
) -> Any:
    member = _leader(request)
    step = get_for_member(JourneyStep, member, code=journeystep_code)
    if payload is None:
        raise field_refused(message="Field required")
    _refuse_retired(step)
    data = {name: _form_value(value) for name, value in payload.model_dump().items()}
    form = _checked(StandardForm({**data, "step": str(step.code)}, membership=member))
    standard = editing.add_item(form.save(commit=False))
    return Status(201, _standard_item(standard))


@router.patch(
    "/standards/{uuid:standard_code}",
    response=StandardItemOut,
    summary="Change a standard: its text, P, department, or step (to the end of that step)",
)
def update_standard(
    request: HttpRequest, standard_code: UUID, payload: StandardChangeIn | None = None
) -> dict[str, Any]:
    member = _leader(request)
    standard = get_for_member(Standard, member, code=standard_code)
    data = _changed(_stored_standard(standard), payload)
    form = _checked(StandardForm(data, instance=standard, membership=member))
    editing.save_standard(form.save(commit=False))
    return _standard_item(standard)


@router.post(
    "/standards/{uuid:standard_code}/move",
    response=StandardItemOut,
    summary="Move a standard up or down within its step",
)
def move_standard(
    request: HttpRequest, standard_code: UUID, payload: MoveIn | None = None
) -> dict[str, Any]:
    standard = get_for_member(Standard, _leader(request), code=standard_code)
    return _standard_item(_moved(standard, payload))


@router.post(
    "/standards/{uuid:standard_code}/retire",
    response=StandardItemOut,
    summary="Retire a standard: off the card with its behaviours; past audits keep it",
)
def retire_standard(request: HttpRequest, standard_code: UUID) -> dict[str, Any]:
    standard = get_for_member(Standard, _leader(request), code=standard_code)
    editing.retire(standard)
    return _standard_item(standard)


@router.post(
    "/standards/{uuid:standard_code}/restore",
    response=StandardItemOut,
    summary="Put a retired standard back on the card",
)
def restore_standard(request: HttpRequest, standard_code: UUID) -> dict[str, Any]:
    standard = get_for_member(Standard, _leader(request), code=standard_code)
    editing.restore(standard)
    return _standard_item(standard)


@router.delete(
    "/standards/{uuid:standard_code}",
    response={204: None, 409: NotDeletedOut},
    summary="Delete a retired standard that nothing refers to",
)
def delete_standard(request: HttpRequest, standard_code: UUID) -> Any:
    return _deleted(get_for_member(Standard, _leader(request), code=standard_code))


# Behaviours ---------------------------------------------------------------------------


@router.post(
    "/standards/{uuid:standard_code}/behaviours",
    response={201: BehaviourItemOut},
    summary="Add a behaviour at the end of a standard",
)
def create_behaviour(
    request: HttpRequest, standard_code: UUID, payload: BehaviourIn | None = None
) -> Any:
    member = _leader(request)
    standard = get_for_member(Standard, member, code=standard_code)
    if payload is None:
        raise field_refused(message="Field required")
    _refuse_retired(standard)
    data = {name: _form_value(value) for name, value in payload.model_dump().items()}
    form = _checked(BehaviourForm({**data, "standard": str(standard.code)}, membership=member))
    behaviour = editing.add_item(form.save(commit=False))
    return Status(201, _behaviour_item(behaviour))


@router.patch(
    "/behaviours/{uuid:behaviour_code}",
    response=BehaviourItemOut,
    summary="Change a behaviour (a change of meaning makes a new version)",
)
def update_behaviour(
    request: HttpRequest, behaviour_code: UUID, payload: BehaviourChangeIn | None = None
) -> dict[str, Any]:
    member = _leader(request)
    behaviour = get_for_member(Behaviour, member, code=behaviour_code)
    data = _changed(_stored_behaviour(behaviour), payload)
    form = _checked(BehaviourForm(data, instance=behaviour, membership=member))
    editing.save_edited_behaviour(form.save(commit=False))
    return _behaviour_item(behaviour)


@router.post(
    "/behaviours/{uuid:behaviour_code}/move",
    response=BehaviourItemOut,
    summary="Move a behaviour up or down within its standard",
)
def move_behaviour(
    request: HttpRequest, behaviour_code: UUID, payload: MoveIn | None = None
) -> dict[str, Any]:
    behaviour = get_for_member(Behaviour, _leader(request), code=behaviour_code)
    return _behaviour_item(_moved(behaviour, payload))


@router.post(
    "/behaviours/{uuid:behaviour_code}/retire",
    response=BehaviourItemOut,
    summary="Retire a behaviour: off the card and out of new audits; past audits keep it",
)
def retire_behaviour(request: HttpRequest, behaviour_code: UUID) -> dict[str, Any]:
    behaviour = get_for_member(Behaviour, _leader(request), code=behaviour_code)
    editing.retire(behaviour)
    return _behaviour_item(behaviour)


@router.post(
    "/behaviours/{uuid:behaviour_code}/restore",
    response=BehaviourItemOut,
    summary="Put a retired behaviour back on the card",
)
def restore_behaviour(request: HttpRequest, behaviour_code: UUID) -> dict[str, Any]:
    behaviour = get_for_member(Behaviour, _leader(request), code=behaviour_code)
    editing.restore(behaviour)
    return _behaviour_item(behaviour)


@router.delete(
    "/behaviours/{uuid:behaviour_code}",
    response={204: None, 409: NotDeletedOut},
    summary="Delete a retired behaviour that nothing refers to",
)
def delete_behaviour(request: HttpRequest, behaviour_code: UUID) -> Any:
    return _deleted(get_for_member(Behaviour, _leader(request), code=behaviour_code))


# Shared by the three kinds of item ------------------------------------------------------


def _moved(item: editing.CardItem, payload: MoveIn | None) -> editing.CardItem:
    """Swap the item with its neighbour; at the top (or bottom) already, a 409."""
    if payload is None:
        raise field_refused(message="Field required")
    if not editing.move(item, payload.direction):
        end = "first" if payload.direction == "up" else "last"
        raise HttpError(409, f"It is already {end}: it cannot move {payload.direction}.")
    return item


def _deleted(item: editing.CardItem) -> Any:
    try:
        editing.delete_retired(item)
    except editing.NotDeletable as refusal:
        raise HttpError(409, str(refusal)) from None
    return Status(204, None)
