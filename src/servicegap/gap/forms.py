"""The report's period and the digest's schedule, checked."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from servicegap.core.forms import DayField
from servicegap.core.models import Membership, Organization
from servicegap.gap import digest
from servicegap.gap.models import DigestSchedule


class ReportPeriodForm(forms.Form):
    since = DayField(label=_("From"))
    until = DayField(label=_("To"))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            self.add_error("until", _("The end comes before the start."))
        return cleaned


def default_period(organization: Organization, today: date | None = None) -> tuple[date, date]:
    """The digest's latest whole period: the 7 days up to yesterday, or last month."""
    today = today or timezone.localtime(timezone.now(), organization.tz).date()
    return digest.schedule_of(organization).last_period(today)


def period(organization: Organization, since: date | None, until: date | None) -> tuple[date, date]:
    """The period asked, completed: one bound alone keeps the default period's length."""
    default_since, default_until = default_period(organization)
    if since is None and until is None:
        return default_since, default_until
    length = default_until - default_since
    if since is None:
        return until - length, until
    if until is None:
        return since, since + length
    return since, until


class RecipientsField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, user) -> str:
        return user.email


class DigestScheduleForm(forms.ModelForm):
    """The schedule; recipients are the organisation's owners, executives and managers."""

    recipients = RecipientsField(
        label=_("Recipients"),
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "None chosen: every owner and executive. A manager gets the version of their "
            "own locations."
        ),
    )

    class Meta:
        model = DigestSchedule
        fields = ["frequency", "weekday", "day_of_month", "hour", "recipients"]

    def __init__(self, *args: Any, organization: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        members = Membership.objects.filter(
            organization=organization, role__in=digest.RECEIVING_ROLES
        )
        self.fields["recipients"].queryset = (
            get_user_model().objects.filter(pk__in=members.values("user_id")).order_by("email")
        )
