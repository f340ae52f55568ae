"""The people settings in the API, as on People → Settings (owners, as the page): the
pass mark per role, how often a rule is bent in 90 days before it is a candidate to
change, and how long candidates' personal data is kept.

A change goes through the page's own form (`SettingsForm`) and the write it calls
(`scenarios.save_settings`): the fields left out stay as they are, and nothing is stored
unless every field is good."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Field, Router, Schema
from pydantic import StrictInt

from servicegap.core import access
from servicegap.core.api import changes, form_refused
from servicegap.core.models import Membership
from servicegap.people import forms as f
from servicegap.people import scenarios
from servicegap.people.api.common import StrictIn, body_doc, body_of, need, team
from servicegap.people.models import PeopleSettings

router = Router(tags=["people"])

OWNERS = "Only owners see and change the people settings."
FIELDS = (
    "pass_mark_staff",
    "pass_mark_supervisor",
    "pass_mark_manager",
    "rule_bent_often",
    "candidate_retention_days",
)


class PeopleSettingsOut(Schema):
    pass_mark_staff: int = Field(description="Pass mark (0 to 100) for staff.")
    pass_mark_supervisor: int = Field(description="Pass mark (0 to 100) for supervisors.")
    pass_mark_manager: int = Field(description="Pass mark (0 to 100) for managers and up.")
    rule_bent_often: int = Field(
        description="A rule bent this often in 90 days is a candidate to change."
    )
    candidate_retention_days: int = Field(
        description="Candidates' personal data is kept this many days."
    )


class PeopleSettingsChangeIn(StrictIn):
    """Only the fields given change; whole numbers only, null refused."""

    pass_mark_staff: StrictInt | None = None
    pass_mark_supervisor: StrictInt | None = None
    pass_mark_manager: StrictInt | None = None
    rule_bent_often: StrictInt | None = None
    candidate_retention_days: StrictInt | None = None


def _owner(request: HttpRequest) -> Membership:
    member = team(request)
    need(member, access.ORGANISATION_ADMINS, OWNERS)
    return member


def _settings_out(rules: PeopleSettings) -> dict[str, Any]:
    return {name: getattr(rules, name) for name in FIELDS}


@router.get("/settings", response=PeopleSettingsOut, summary="The people settings (owners)")
def get_people_settings(request: HttpRequest):
    member = _owner(request)
    return _settings_out(PeopleSettings.for_organization(member.organization))


@router.patch(
    "/settings",
    response=PeopleSettingsOut,
    summary="Change the pass marks, the rule-bend threshold or candidates' retention (owners)",
    openapi_extra=body_doc(PeopleSettingsChangeIn),
)
def update_people_settings(request: HttpRequest):
    member = _owner(request)
    payload = body_of(request, PeopleSettingsChangeIn)
    current = PeopleSettings.for_organization(member.organization)
    data = _settings_out(current) | changes(payload)
    form = f.SettingsForm({name: str(value) for name, value in data.items()}, instance=current)
    if not form.is_valid():
        raise form_refused(form.errors)
    return _settings_out(scenarios.save_settings(member.organization, form))
