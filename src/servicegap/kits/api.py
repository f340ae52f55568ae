"""Starter kits in the API: the kits, one kit's contents with what it would add, and
adding one, as the kits page does (Service card → Start from a kit).

As on the page, kits are for leaders (owner, executive). Adding a kit goes through the
page's `KitForm` (an unknown kit is a 422 naming `kit`) and `install_kit`, which adds
only the steps, standards, behaviours, survey and audit templates the organisation does
not have yet: a kit added over an existing card, or twice, is not refused; the answer
says what was added (possibly nothing).
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Field, Router, Schema
from ninja.errors import HttpError
from pydantic import ConfigDict

from servicegap.core import access
from servicegap.core.api import form_refused
from servicegap.core.auth import membership
from servicegap.core.models import Membership
from servicegap.kits.catalogue import KITS, Kit
from servicegap.kits.forms import KitForm
from servicegap.kits.install import Installed, has_card, install_kit, preview_kit

router = Router(tags=["kits"])


def _leader(request: HttpRequest) -> Membership:
    member = membership(request)
    if member.role not in access.LEADERS:
        raise HttpError(403, "Only owners and executives add starter kits to the service card.")
    return member


class KitOut(Schema):
    key: str
    label: str
    description: str
    steps: list[str] = Field(description="The names of the kit's journey steps, in order.")
    standards: int
    behaviours: int
    survey: str | None = Field(description="The name of the kit's survey, if it has one.")
    templates: list[str] = Field(description="The names of the kit's audit templates.")


class KitTargetOut(Schema):
    comparison: str
    value: str
    unit: str


class KitBehaviourOut(Schema):
    text: str
    weight: int
    critical: bool
    target: KitTargetOut | None


class KitStandardOut(Schema):
    p: str
    text: str
    behaviours: list[KitBehaviourOut]


class KitStepOut(Schema):
    name: str
    description: str
    standards: list[KitStandardOut]


class KitTemplateOut(Schema):
    name: str
    channel: str
    steps: list[str] = Field(description="The journey steps the template checks.")


class KitSurveyOut(Schema):
    name: str
    texts: dict[str, dict[str, str]] = Field(
        description="Per language (en, fr, es): title, intro, thank_you and q_product."
    )


class AddedOut(Schema):
    steps: int
    standards: int
    behaviours: int
    surveys: list[str]
    templates: list[str]


class KitPreviewOut(Schema):
    key: str
    label: str
    description: str
    card: list[KitStepOut]
    survey: KitSurveyOut | None
    templates: list[KitTemplateOut]
    has_card: bool = Field(description="The organisation has a card already.")
    would_add: AddedOut = Field(
        description="What adding the kit now would add: only what the organisation lacks."
    )


class KitIn(Schema):
    model_config = ConfigDict(extra="forbid")

    kit: str = Field(description="A kit's key, e.g. restaurant; `empty` adds nothing.")


class InstalledOut(AddedOut):
    kit: str
    summary: str = Field(description="What was added, in a sentence, as the page says it.")


def _kit_out(kit: Kit) -> dict[str, Any]:
    standards = [standard for step in kit.steps for standard in step.standards]
    return {
        "key": kit.key,
        "label": kit.label,
        "description": kit.description,
        "steps": [step.name for step in kit.steps],
        "standards": len(standards),
        "behaviours": sum(len(standard.behaviours) for standard in standards),
        "survey": kit.survey.name if kit.survey else None,
        "templates": [template.name for template in kit.templates],
    }


def _card_out(kit: Kit) -> list[dict[str, Any]]:
    return [
        {
            "name": step.name,
            "description": step.description,
            "standards": [
                {
                    "p": standard.p,
                    "text": standard.text,
                    "behaviours": [
                        {
                            "text": b.text,
                            "weight": b.weight,
                            "critical": b.critical,
                            "target": dict(
                                zip(("comparison", "value", "unit"), b.target, strict=True)
                            )
                            if b.target
                            else None,
                        }
                        for b in standard.behaviours
                    ],
                }
                for standard in step.standards
            ],
        }
        for step in kit.steps
    ]


def _added(installed: Installed) -> dict[str, Any]:
    return {name: getattr(installed, name) for name in AddedOut.model_fields}


@router.get("", response=list[KitOut], summary="The starter kits, one per kind of business")
def list_kits(request: HttpRequest) -> list[dict[str, Any]]:
    _leader(request)
    return [_kit_out(kit) for kit in KITS.values()]


@router.get(
    "/{kit_key}",
    response=KitPreviewOut,
    summary="One kit: its card, survey and templates, and what it would add now",
)
def get_kit(request: HttpRequest, kit_key: str) -> dict[str, Any]:
    """Nothing is added: `would_add` counts what `POST /kits` would add now."""
    organization = _leader(request).organization
    kit = KITS.get(kit_key)
    if kit is None:
        raise HttpError(404, f"There is no starter kit {kit_key!r}; kits: {', '.join(KITS)}.")
    return {
        "key": kit.key,
        "label": kit.label,
        "description": kit.description,
        "card": _card_out(kit),
        "survey": kit.survey._asdict() if kit.survey else None,
        "templates": [template._asdict() for template in kit.templates],
        "has_card": has_card(organization),
        "would_add": _added(preview_kit(organization, kit.key)),
    }


@router.post(
    "",
    response=InstalledOut,
    summary="Add a kit: only the steps, standards, behaviours, survey and templates missing",
)
def add_kit(request: HttpRequest, payload: KitIn) -> dict[str, Any]:
    member = _leader(request)
    form = KitForm(payload.model_dump())
    if not form.is_valid():
        raise form_refused(form.errors)
    installed = install_kit(member.organization, form.cleaned_data["kit"])
    return {"kit": installed.kit.key, "summary": installed.summary(), **_added(installed)}
