from __future__ import annotations

from decimal import Decimal

from django import forms
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from servicegap.core.models import Location, Membership
from servicegap.customers import importer
from servicegap.customers.models import Alert, CustomerSettings, InvitationSettings
from servicegap.customers.moments import SNOOZE_DAYS


class UploadForm(forms.Form):
    """A file of visits, and optionally which column holds which field."""

    file = forms.FileField(
        label=_("File (CSV or XLSX)"),
        help_text=_("A header line naming the columns: customer, date, location, amount…"),
    )
    month_first = forms.BooleanField(
        label=_("Dates are month first (03/04/2024 is 4 March)"), required=False
    )
    dry_run = forms.BooleanField(label=_("Only check the file, import nothing"), required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name, label in importer.FIELD_LABELS.items():
            self.fields[f"column_{name}"] = forms.CharField(
                label=_("Column for the %(field)s") % {"field": label},
                required=False,
                max_length=100,
                help_text=_("Empty: found by its header (%(names)s).")
                % {"names": ", ".join(importer.FIELDS[name][:3])},
            )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size == 0:
            raise forms.ValidationError(_("The file is empty."))
        limit = importer.max_file_bytes()
        if upload.size > limit:
            raise forms.ValidationError(
                _("The file is too large: at most %(mb)s MB at once; split it.")
                % {"mb": f"{limit // 1024**2:,}"}
            )
        return upload

    def columns(self) -> dict[str, str]:
        return {
            name: self.cleaned_data[f"column_{name}"].strip()
            for name in importer.FIELDS
            if self.cleaned_data.get(f"column_{name}", "").strip()
        }


class CustomerSettingsForm(forms.ModelForm):
    class Meta:
        model = CustomerSettings
        fields = ["alert_below_p_alive", "annual_discount_rate"]


class InvitationSettingsForm(forms.ModelForm):
    """The rules of survey invitations, and their text in each of the form's languages
    (left blank: the default text, shown as the placeholder)."""

    class Meta:
        model = InvitationSettings
        fields = ["enabled", "delay_minutes", "send_from", "send_until", "every_days",
                  "valid_days", "late_hours"]  # fmt: skip

    def __init__(self, *args, **kwargs) -> None:
        from servicegap.customers.invitations import DEFAULT_TEXTS
        from servicegap.feedback.models import language_choices

        super().__init__(*args, **kwargs)
        texts = self.instance.texts or {}
        for code, name in language_choices():
            default = DEFAULT_TEXTS.get(code, DEFAULT_TEXTS["en"])
            own = texts.get(code) or {}
            self.fields[f"subject_{code}"] = forms.CharField(
                label=_("Subject (%(language)s)") % {"language": name}, required=False,
                max_length=200, initial=own.get("subject", ""),
                widget=forms.TextInput(attrs={"placeholder": default["subject"]}),
            )  # fmt: skip
            self.fields[f"message_{code}"] = forms.CharField(
                label=_("Message (%(language)s)") % {"language": name}, required=False,
                max_length=2000, initial=own.get("message", ""),
                help_text=_("{location}, {date} and {organization} are filled in; the link "
                            "and the unsubscribe link are added below."),
                widget=forms.Textarea(attrs={"rows": 4, "placeholder": default["message"]}),
            )  # fmt: skip

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("send_from"), cleaned.get("send_until")
        if start and end and start >= end:
            self.add_error("send_until", _("Choose a time after “not before”."))
        return cleaned

    def texts(self) -> dict[str, dict[str, str]]:
        from servicegap.feedback.models import language_codes

        found = {}
        for code in language_codes():
            subject = self.cleaned_data.get(f"subject_{code}", "").strip()
            message = self.cleaned_data.get(f"message_{code}", "").strip()
            if subject or message:
                found[code] = {"subject": subject, "message": message}
        return found


class SnoozeForm(forms.Form):
    days = forms.TypedChoiceField(
        label=_("Snooze for"),
        coerce=int,
        choices=[(days, _("%(n)s days") % {"n": days}) for days in SNOOZE_DAYS],
        # Shown in each row of the save list without its label: named for screen readers.
        widget=forms.Select(attrs={"aria-label": _("Snooze for")}),
    )


class ResolveForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=[("saved", _("Saved")), ("lost", _("Lost"))],
        widget=forms.Select(attrs={"aria-label": _("Outcome")}),  # in each row, unlabelled
    )


class LocationFilterForm(forms.Form):
    """Customers of one home location, among those the member may see."""

    location = forms.ModelChoiceField(
        label=_("Home location"),
        required=False,
        queryset=Location.objects.none(),
        to_field_name="code",
        empty_label=_("All my locations"),
    )

    def __init__(self, *args, membership: Membership, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = membership.visible_locations()

    def filter_customers(self, queryset, field: str = "home_location"):
        """`queryset` narrowed to the chosen location; to none when a filter is refused,
        so that a bad filter never shows a list that looks filtered."""
        if not self.is_bound:
            return queryset
        if not self.is_valid():
            return queryset.none()
        if self.cleaned_data["location"]:
            queryset = queryset.filter(**{field: self.cleaned_data["location"]})
        return queryset


class CustomerSearchForm(LocationFilterForm):
    q = forms.CharField(label=_("Customer id or name"), required=False, max_length=64)

    field_order = ["q", "location"]

    def filter_customers(self, queryset, field: str = "home_location"):
        queryset = super().filter_customers(queryset, field)
        q = self.cleaned_data.get("q") if self.is_bound else ""
        if q:
            queryset = queryset.filter(Q(external_id__icontains=q) | Q(name__icontains=q))
        return queryset


class SaveListFilterForm(LocationFilterForm):
    """The save list of one location, or of the customers with one kind of reason (an
    alert's reasons are a list: a customer who first drifted and then complained is
    found by either)."""

    # name: (label, ordering); the first is the default
    SORTS = {
        "attention": (
            _("Recently unhappy first"),
            ["-recent_unhappy", "-value_at_risk", "-created_at", "-pk"],
        ),
        "value": (_("Highest value at risk"), ["-value_at_risk", "-created_at", "-pk"]),
        "chance": (
            _("Least likely still a customer"),
            [F("customer__score__p_alive").asc(nulls_last=True), "-value_at_risk", "-pk"],
        ),
        "newest": (_("Newest on the list"), ["-created_at", "-pk"]),
    }

    reason = forms.ChoiceField(
        label=_("Reason"), required=False, choices=[("", _("Any reason")), *Alert.Kind.choices]
    )
    sort = forms.ChoiceField(
        label=_("Sort"), required=False, choices=[(k, v[0]) for k, v in SORTS.items()]
    )

    @property
    def reason_label(self) -> str:
        return Alert.Kind(self.cleaned_data["reason"]).label if self.cleaned_data["reason"] else ""

    def filter_alerts(self, alerts):
        alerts = self.filter_customers(alerts, "customer__home_location")
        if self.is_bound and self.is_valid() and self.cleaned_data["reason"]:
            alerts = alerts.with_reason(self.cleaned_data["reason"])
        return alerts

    def ordering(self) -> list:
        """The chosen order; the default (recently unhappy customers first) when none
        is chosen, so that a customer who just complained is never on page 2."""
        sort = self.cleaned_data.get("sort") if self.is_bound and self.is_valid() else ""
        return self.SORTS[sort or "attention"][1]


class CalculatorForm(forms.Form):
    """DESIGN.md's simple value: spend per visit × visits a week × 52 × years."""

    spend = forms.DecimalField(
        label=_("Spend per visit"), min_value=0, max_value=100000, decimal_places=2
    )
    per_week = forms.DecimalField(
        label=_("Visits per week"), min_value=0, max_value=50, decimal_places=3
    )
    years_from = forms.DecimalField(
        label=_("Years, from"), min_value=0, max_value=50, decimal_places=1
    )
    years_to = forms.DecimalField(label=_("to"), min_value=0, max_value=50, decimal_places=1)

    def clean(self):
        data = super().clean()
        if (
            data.get("years_from") is not None
            and data.get("years_to") is not None
            and data["years_from"] > data["years_to"]
        ):
            self.add_error("years_to", _("Give a number of years no smaller than the first."))
        return data


DEFAULT_YEARS = (Decimal(3), Decimal(5))
