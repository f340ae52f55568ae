"""Forms of the recovery pages. Every choice of an object comes from the member's own
organisation (and locations), so a foreign id is an invalid choice."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from servicegap.core import access
from servicegap.core.forms import DayField
from servicegap.core.models import ORGANISATION_WIDE_ROLES, Location, Membership, P, Role
from servicegap.recovery import budgets
from servicegap.recovery.ladders import LEVELS, check_members
from servicegap.recovery.models import (
    CHAIN,
    Case,
    EmpowermentBudget,
    FollowUp,
    RecoveryAction,
    RecoverySettings,
    Severity,
)
from servicegap.standards.models import JourneyStep

ASSIGNABLE_ROLES = [
    r.value for r in (Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR, Role.STAFF)
]


class MemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Membership) -> str:
        return f"{obj.user.email} ({obj.get_role_display()})"


def _members(member: Membership):
    return (
        Membership.objects.filter(organization_id=member.organization_id, role__in=ASSIGNABLE_ROLES)
        .select_related("user")
        .order_by("user__email")
    )


def _members_at(member: Membership, location: Location):
    """The members of `member`'s organisation who may take a case at `location`: a team
    role, and the location in their scope (every location, its region, or itself)."""
    sees = Q(role__in=ORGANISATION_WIDE_ROLES) | Q(all_locations=True) | Q(locations=location)
    if location.region_id:
        sees |= Q(regions=location.region_id)
    return _members(member).filter(sees).distinct()


def _steps(member: Membership):
    return JourneyStep.objects.filter(organization_id=member.organization_id, is_active=True)


class CaseForm(forms.Form):
    location = forms.ModelChoiceField(queryset=None, to_field_name="code", label=_("Location"))
    source = forms.ChoiceField(
        choices=[c for c in Case.Source.choices if c[0] not in ("feedback", "save_list")],
        label=_("Source"),
    )
    severity = forms.ChoiceField(choices=Severity.choices, initial=Severity.MEDIUM)
    summary = forms.CharField(max_length=200, label=_("Summary"))
    description = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}), max_length=5000, required=False
    )
    p = forms.ChoiceField(choices=[("", "—")] + P.choices, required=False, label=_("P (if known)"))
    step = forms.ModelChoiceField(
        queryset=None, to_field_name="code", required=False, label=_("Journey step (if known)")
    )
    assignee = MemberChoiceField(
        queryset=None, to_field_name="code", required=False, label=_("Assign to")
    )

    def __init__(self, *args, member: Membership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = member.visible_locations().active()
        self.fields["step"].queryset = _steps(member)
        if member.role in access.SUPERVISORS:
            self.fields["assignee"].queryset = _members(member)
        else:  # assigning a case takes a supervisor, as on the case page
            del self.fields["assignee"]

    def clean(self):
        data = super().clean()
        location, assignee = data.get("location"), data.get("assignee")
        if location and assignee and not assignee.can_see_location(location):
            self.add_error("assignee", _("This member does not work at that location."))
        return data


class NoteForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), max_length=5000, label=_("Note")
    )


class CorrectionForm(forms.Form):
    event = forms.UUIDField(widget=forms.HiddenInput)
    text = forms.CharField(max_length=5000, label=_("Correction"))


class AssignForm(forms.Form):
    """Only members who can take the case: a team role that sees the case's location."""

    assignee = MemberChoiceField(
        queryset=None,
        to_field_name="code",
        required=False,
        label=_("Assign to"),
        error_messages={"invalid_choice": _("Choose a member who works at the case's location.")},
    )

    def __init__(self, *args, member: Membership, case: Case, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = _members_at(member, case.location)


class StatusForm(forms.Form):
    to = forms.ChoiceField(choices=Case.Status.choices)
    note = forms.CharField(max_length=500, required=False)


class InquiryForm(forms.Form):
    what_happened = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        required=False,
        label=_("What happened"),
    )
    p = forms.ChoiceField(choices=[("", "—")] + P.choices, required=False, label=_("Root cause: P"))
    step = forms.ModelChoiceField(
        queryset=None, to_field_name="code", required=False, label=_("Root cause: journey step")
    )
    no_action_reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        required=False,
        label=_("If no recovery action: why"),
    )

    def __init__(self, *args, member: Membership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["step"].queryset = _steps(member)


class ActionForm(forms.Form):
    kind = forms.ChoiceField(choices=RecoveryAction.Kind.choices, label=_("Action"))
    amount = forms.CharField(max_length=20, initial="0", label=_("Amount"))
    note = forms.CharField(max_length=500, required=False, label=_("Note"))

    def __init__(self, *args, currency: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.currency = currency
        self.fields["amount"].label = _("Amount (%(currency)s)") % {"currency": currency}

    def clean_amount(self) -> Decimal:
        try:
            return budgets.clean_amount(self.cleaned_data["amount"], self.currency)
        except budgets.BudgetError as error:
            raise ValidationError(str(error).removeprefix("amount: ")) from None


class FollowUpForm(forms.Form):
    planned_on = forms.DateField(
        widget=forms.DateInput(attrs={"type": "date"}), label=_("Planned for")
    )
    channel = forms.ChoiceField(choices=FollowUp.Channel.choices)
    done = forms.BooleanField(required=False, label=_("Done already"))
    outcome = forms.ChoiceField(choices=FollowUp.Outcome.choices, initial=FollowUp.Outcome.UNKNOWN)
    satisfaction = forms.IntegerField(
        min_value=1, max_value=5, required=False, label=_("Satisfaction afterwards (1–5)")
    )
    note = forms.CharField(max_length=500, required=False)

    def clean(self):
        data = super().clean()
        if not data.get("done"):
            if data.get("outcome") not in (None, FollowUp.Outcome.UNKNOWN):
                self.add_error("outcome", _("An outcome belongs to a follow-up that was done."))
            if data.get("satisfaction") is not None:
                self.add_error(
                    "satisfaction", _("Satisfaction belongs to a follow-up that was done.")
                )
        return data


class CompleteFollowUpForm(forms.Form):
    outcome = forms.ChoiceField(choices=FollowUp.Outcome.choices)
    satisfaction = forms.IntegerField(
        min_value=1, max_value=5, required=False, label=_("Satisfaction afterwards (1–5)")
    )
    note = forms.CharField(max_length=500, required=False)


class DecideForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Approve")), ("reject", _("Reject"))])
    note = forms.CharField(max_length=500, required=False, label=_("Note (needed to reject)"))

    def clean(self):
        data = super().clean()
        if data.get("decision") == "reject" and not data.get("note", "").strip():
            self.add_error("note", _("Say why the action is rejected."))
        return data


class CaseFilterForm(forms.Form):
    status = forms.ChoiceField(
        choices=[("", _("Any status")), ("open", _("Open"))] + Case.Status.choices, required=False
    )
    severity = forms.ChoiceField(
        choices=[("", _("Any severity"))] + Severity.choices, required=False
    )
    location = forms.ModelChoiceField(
        queryset=None, to_field_name="code", required=False, empty_label=_("Every location")
    )
    p = forms.ChoiceField(
        choices=[("", _("Any P"))] + P.choices, required=False, label=_("Root cause: P")
    )
    step = forms.ModelChoiceField(
        queryset=None,
        to_field_name="code",
        required=False,
        empty_label=_("Any step"),
        label=_("Root cause: journey step"),
    )
    since = DayField(label=_("Opened from"))
    until = DayField(label=_("Opened until"))
    mine = forms.BooleanField(required=False, label=_("Assigned to me"))
    overdue = forms.BooleanField(required=False, label=_("Overdue"))
    to_the_top = forms.BooleanField(required=False, label=_("Written to the top"))

    def __init__(self, *args, member: Membership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = member.visible_locations()
        # Retired steps too: older cases name them as their root cause.
        self.fields["step"].queryset = JourneyStep.objects.for_member(member)

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["until"] < data["since"]:
            self.add_error("until", _("End on or after the first day."))
        return data

    def opened_between(self, tz: tzinfo) -> dict[str, datetime]:
        """`opened_at` bounds of the chosen days in the time zone `tz`, the last day
        included: {"opened_at__gte": …, "opened_at__lt": …} as far as given."""
        bounds = {}
        if self.cleaned_data.get("since"):
            bounds["opened_at__gte"] = datetime.combine(self.cleaned_data["since"], time.min, tz)
        if self.cleaned_data.get("until"):
            next_day = self.cleaned_data["until"] + timedelta(days=1)
            bounds["opened_at__lt"] = datetime.combine(next_day, time.min, tz)
        return bounds


class PeriodForm(forms.Form):
    since = DayField()
    until = DayField()
    location = forms.ModelChoiceField(
        queryset=None, to_field_name="code", required=False, empty_label=_("Every location")
    )

    def __init__(self, *args, member: Membership, days: int = 90, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = member.visible_locations()
        self.days = days

    def period(self, today: date) -> tuple[date, date]:
        until = self.cleaned_data.get("until") or today
        since = self.cleaned_data.get("since") or until - timedelta(days=self.days)
        return since, until

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            self.add_error("since", _("Start on or before the end."))
        return data


class SettingsForm(forms.ModelForm):
    class Meta:
        model = RecoverySettings
        fields = [
            "low_ack_hours",
            "low_resolve_hours",
            "medium_ack_hours",
            "medium_resolve_hours",
            "high_ack_hours",
            "high_resolve_hours",
            "critical_ack_hours",
            "critical_resolve_hours",
            "open_for_detractors",
            "open_for_churn_comments",
        ]

    def clean(self):
        data = super().clean()
        for severity in Severity.values:
            ack, resolve = data.get(f"{severity}_ack_hours"), data.get(f"{severity}_resolve_hours")
            if ack and resolve and resolve < ack:
                self.add_error(
                    f"{severity}_resolve_hours",
                    _("Resolving cannot be due before acknowledging."),
                )
        return data


class BudgetsForm(forms.Form):
    """Two amounts per role of the chain; owners have no limit."""

    def __init__(self, *args, organization, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.currency = organization.currency
        known = {b.role: b for b in EmpowermentBudget.objects.filter(organization=organization)}
        for role in CHAIN:
            budget = known.get(role)
            self.fields[f"{role}_per_day"] = forms.CharField(
                label=_("%(role)s: per customer per day") % {"role": role.label},
                initial=budget.per_customer_per_day if budget else "0",
                max_length=20,
            )
            self.fields[f"{role}_monthly"] = forms.CharField(
                label=_("%(role)s: per member per month") % {"role": role.label},
                initial=budget.monthly_cap if budget else "0",
                max_length=20,
            )

    def clean(self):
        data = super().clean()
        for name in list(self.fields):
            if name not in data:
                continue
            try:
                data[name] = budgets.clean_amount(data[name], self.currency)
            except budgets.BudgetError as error:
                self.add_error(name, str(error).removeprefix("amount: "))
        return data


class LadderForm(forms.Form):
    """Who is at each level of a ladder, and how long they may hold an overdue case."""

    def __init__(self, *args, organization, location=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.location = location
        members = (
            Membership.objects.filter(organization=organization)
            .exclude(role=Role.SHOPPER)
            .select_related("user")
            .order_by("user__email")
        )
        self.levels = list(LEVELS)
        for level in self.levels:
            role = CHAIN[level].label
            self.fields[f"level_{level}_members"] = forms.ModelMultipleChoiceField(
                queryset=members,
                required=False,
                label=_("Level %(level)s (%(role)s): who") % {"level": level, "role": role},
                help_text=_("Nobody: the default ladder, or the %(role)s role, applies.")
                % {"role": role.lower()},
                widget=forms.CheckboxSelectMultiple,
            )
            self.fields[f"level_{level}_members"].label_from_instance = lambda m: (
                f"{m.user.email} ({m.get_role_display()})"
            )
            self.fields[f"level_{level}_hours"] = forms.IntegerField(
                required=False,
                min_value=1,
                max_value=24 * 90,
                label=_("Level %(level)s: may hold an overdue case for (hours)") % {"level": level},
            )

    def clean(self):
        data = super().clean()
        for level in self.levels:
            members = list(data.get(f"level_{level}_members") or [])
            try:
                check_members(self.location, level, members)
            except ValidationError as error:
                self.add_error(f"level_{level}_members", error)
        return data

    def rungs(self) -> dict[int, tuple[list, int | None]]:
        return {
            level: (
                list(self.cleaned_data.get(f"level_{level}_members") or []),
                self.cleaned_data.get(f"level_{level}_hours"),
            )
            for level in self.levels
        }
