"""What a value-distance request asks for: the period and the filters, checked.

The page and the API read the same filters into a `lenses.Scope`. A region, location or
step that the member may not see (another organisation's, or a location outside a
manager's scope) is a 404, not an empty page; a bad day or an end before the start is a
form error naming the field.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from uuid import UUID

from django import forms
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from servicegap.core.forms import FIRST_DAY, DayField
from servicegap.core.models import Membership, P, Region
from servicegap.gap.lenses import Scope
from servicegap.standards.models import JourneyStep

DEFAULT_DAYS = 90

METRICS = [
    ("distance", _("Value distance (100 − what customers say)")),
    ("perception", _("Perception gap (we believe − customers say)")),
    ("execution", _("Execution gap (we believe − shoppers see)")),
]


class GapFilterForm(forms.Form):
    """The dashboard's filters, kept in the URL."""

    since = DayField(label=_("From"))
    until = DayField(label=_("To"))
    region = forms.UUIDField(required=False, widget=forms.Select)
    location = forms.UUIDField(required=False, widget=forms.Select)
    p = forms.ChoiceField(label=_("P"), choices=[("", _("Every P"))] + P.choices, required=False)
    step = forms.UUIDField(required=False, widget=forms.Select)
    colour = forms.ChoiceField(label=_("Colour by"), choices=METRICS, required=False)

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.membership = membership
        locations = list(membership.visible_locations().select_related("region"))
        region_ids = {location.region_id for location in locations if location.region_id}
        regions = Region.objects.for_member(membership).filter(pk__in=region_ids)
        self.fields["region"].label = _("Region")
        self.fields["region"].widget.choices = [("", _("Every region"))] + [
            (str(region.code), region.name) for region in regions
        ]
        self.fields["location"].label = _("Location")
        self.fields["location"].widget.choices = [("", _("Every location"))] + [
            (str(location.code), location.name) for location in locations
        ]
        steps = JourneyStep.objects.for_member(membership).order_by("position", "pk")
        self.fields["step"].label = _("Journey step")
        self.fields["step"].widget.choices = [("", _("Every step"))] + [
            (str(step.code), step.name) for step in steps
        ]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            self.add_error("until", _("The end comes before the start."))
        cleaned["colour"] = cleaned.get("colour") or "distance"
        return cleaned


class BadPeriod(ValueError):
    """A period that cannot be shown; `field` is the filter to correct."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def default_period(membership: Membership, today: date | None = None) -> tuple[date, date]:
    """The last 90 days up to today, in the organisation's time zone."""
    today = today or timezone.now().astimezone(membership.organization.tz).date()
    return today - timedelta(days=DEFAULT_DAYS - 1), today


def build_scope(
    membership: Membership,
    *,
    since: date | None = None,
    until: date | None = None,
    region: UUID | None = None,
    location: UUID | None = None,
    p: str | None = None,
    step: UUID | None = None,
    today: date | None = None,
) -> Scope:
    """The scope of a request; a region, location or step the member cannot see is a 404.

    Without `since`, the period is the 90 days up to `until` (today by default).
    """
    until = until or default_period(membership, today)[1]
    since = since or max(FIRST_DAY, until - timedelta(days=DEFAULT_DAYS - 1))
    if since > until:
        raise BadPeriod("since", str(_("Start on or before %(until)s.") % {"until": until}))
    visible = membership.visible_locations().order_by("name", "pk")
    filtered = False
    if region is not None:
        chosen = Region.objects.for_member(membership).filter(code=region).first()
        if chosen is None or not visible.filter(region=chosen).exists():
            raise Http404("No such region.")
        visible, filtered = visible.filter(region=chosen), True
    if location is not None:
        visible, filtered = visible.filter(code=location), True
        if not visible.exists():
            raise Http404("No such location.")
    chosen_step = None
    if step is not None:
        chosen_step = JourneyStep.objects.for_member(membership).filter(code=step).first()
        if chosen_step is None:
            raise Http404("No such journey step.")
    return Scope(
        since=since,
        until=until,
        locations=tuple(visible),
        p=p or None,
        step=chosen_step,
        filtered=filtered,
    )
