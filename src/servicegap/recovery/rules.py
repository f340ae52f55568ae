"""The organisation's recovery rules, as the settings page edits them: how long a case of
each severity may wait to be acknowledged and to be resolved (its deadlines; the time
to acknowledge is also how long a ladder's level holds an overdue case when its rung
names no hours), and which responses open a case by themselves (detractors, comments
saying the customer may not come back).

The settings page and the API both store them here, through the page's `SettingsForm`.
A change applies to cases opened from then on: an open case keeps the deadlines it was
given.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from servicegap.core.models import Organization
from servicegap.recovery.forms import SettingsForm
from servicegap.recovery.models import RecoverySettings

FIELDS: tuple[str, ...] = tuple(SettingsForm.Meta.fields)


def rules_of(organization: Organization) -> dict[str, Any]:
    """Every field of the settings form as stored, or its default when never saved."""
    current = RecoverySettings.for_organization(organization)
    return {name: getattr(current, name) for name in FIELDS}


def save_rules(organization: Organization, values: dict[str, Any]) -> RecoverySettings:
    """Store every field of `SettingsForm` as the form cleans it, in the organisation's
    one row. update_or_create, not the form's save: two owners saving the first settings
    at the same moment must not both insert the organisation's one row."""
    fields = {name: values[name] for name in FIELDS}
    with transaction.atomic():
        stored, _created = RecoverySettings.objects.update_or_create(
            organization=organization, defaults=fields
        )
    return stored
