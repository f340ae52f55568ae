from __future__ import annotations

import zoneinfo
from datetime import date
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import NON_FIELD_ERRORS
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.dateformat import format as format_date
from django.utils.module_loading import import_string
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from servicegap.core import organizations
from servicegap.core.models import (
    AccountSettings,
    Department,
    Employee,
    Invitation,
    Location,
    Membership,
    Organization,
    Region,
    Role,
    currency_validator,
    no_control_characters,
    one_line,
)

# Every IANA zone except the aliases nobody means ("Factory", "localtime", "posixrules").
TIME_ZONES = frozenset(zoneinfo.available_timezones()) - {"Factory", "localtime", "posixrules"}
# The zones most businesses are in, offered first (the browser's own is chosen for them).
COMMON_TIME_ZONES = [
    "Europe/London", "Europe/Paris", "Europe/Madrid", "Europe/Berlin", "Europe/Rome",
    "Europe/Lisbon", "Europe/Dublin", "Europe/Amsterdam", "America/New_York",
    "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Toronto",
    "America/Mexico_City", "America/Bogota", "America/Sao_Paulo", "America/Argentina/Buenos_Aires",
    "Africa/Casablanca", "Africa/Lagos", "Africa/Johannesburg", "Asia/Dubai", "Asia/Kolkata",
    "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "UTC",
]  # fmt: skip
TIME_ZONE_CHOICES = [
    (_("Common time zones"), [(name, name) for name in COMMON_TIME_ZONES if name in TIME_ZONES]),
    (_("Every time zone"), [(name, name) for name in sorted(TIME_ZONES)]),
]


# The days a period may start or end on: its bounds, in any time zone, then stay within
# what Python's dates and the databases hold (9999-12-31 plus a day overflows).
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(9998, 12, 31)


class DayField(forms.DateField):
    """A day that starts or ends a period to filter by (optional, a date picker)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", forms.DateInput(attrs={"type": "date"}))
        super().__init__(**kwargs)
        message = _("Choose a day from the year 1900 to the year 9998.")
        self.validators += [
            MinValueValidator(FIRST_DAY, message=message),
            MaxValueValidator(LAST_DAY, message=message),
        ]


def period_in_words(since: date | None, until: date | None) -> str:
    """A period as a filtered list says it: "1 Sep – 30 Nov 2026", "since 1 Sep 2026",
    "until 30 Nov 2026", or "" for no bounds."""
    if since and until:
        start = "j M" if since.year == until.year else "j M Y"
        return f"{format_date(since, start)} – {format_date(until, 'j M Y')}"
    if since:
        return gettext("since %(day)s") % {"day": format_date(since, "j M Y")}
    if until:
        return gettext("until %(day)s") % {"day": format_date(until, "j M Y")}
    return ""


class TimeZoneField(forms.ChoiceField):
    """A list of time zones that, after a bad value, still shows the one chosen before."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("label", _("Time zone"))
        kwargs.setdefault("initial", "UTC")
        super().__init__(choices=TIME_ZONE_CHOICES, **kwargs)

    def bound_data(self, data: Any, initial: Any) -> Any:
        return data if data in TIME_ZONES else initial


LANGUAGE_REFUSED = _("Language: choose English, French or Spanish.")


class OrganizationForm(forms.ModelForm):
    time_zone = TimeZoneField()

    class Meta:
        model = Organization
        fields = ["name", "time_zone", "currency", "language"]
        help_texts = {"currency": _("Three letters, e.g. EUR, USD, GBP.")}
        error_messages = {"language": {"invalid_choice": LANGUAGE_REFUSED}}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].required = False  # left out: unchanged (English when new)

    def clean_currency(self) -> str:
        return self.cleaned_data["currency"].strip().upper()

    def clean_language(self) -> str:
        return self.cleaned_data["language"] or self.instance.language or settings.LANGUAGE_CODE


class SignupForm(forms.Form):
    """Extra sign-up fields: the new user's organisation, which they will own."""

    organization_name = forms.CharField(
        label=_("Business name"),
        max_length=120,
        help_text=_("Your restaurant, shop, hotel or group. You can add locations next."),
    )
    time_zone = TimeZoneField(
        help_text=_(
            "Your browser's time zone is chosen for you; change it if it is not the business's."
        ),
        widget=forms.Select(attrs={"data-guess-time-zone": ""}),
    )
    currency = forms.CharField(label=_("Currency"), max_length=3, initial="EUR")
    language = forms.ChoiceField(
        label=_("Language"),
        choices=settings.LANGUAGES,
        initial="en",
        required=False,
        help_text=_("Your team's screens speak it; each member may choose their own."),
        error_messages={"invalid_choice": LANGUAGE_REFUSED},
    )

    def clean_language(self) -> str:
        return self.cleaned_data["language"] or settings.LANGUAGE_CODE

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.is_bound:  # keep what the person chose; guess only on the first view
            self.fields["time_zone"].widget.attrs.pop("data-guess-time-zone", None)
        kits = getattr(settings, "STARTER_KIT_CHOICES", "")
        if kits:
            self.fields["kit"] = forms.ChoiceField(
                label=_("Kind of business"),
                help_text=_(
                    "A first service card, survey and audit templates to edit; "
                    "you can add another kit later from the service card."
                ),
                choices=import_string(kits)(),
                widget=forms.RadioSelect,
                initial="empty",
                required=False,
            )

    def clean_currency(self) -> str:
        value = self.cleaned_data["currency"].strip().upper()
        try:
            currency_validator(value)
        except forms.ValidationError:
            raise forms.ValidationError(
                _("Use a three-letter currency code such as EUR or USD.")
            ) from None
        return value

    def clean_organization_name(self) -> str:
        value = self.cleaned_data["organization_name"].strip()
        no_control_characters(value)
        return value

    def signup(self, request: Any, user: Any) -> None:
        membership = organizations.create_organization(
            owner=user,
            name=self.cleaned_data["organization_name"],
            time_zone=self.cleaned_data["time_zone"],
            currency=self.cleaned_data["currency"],
            language=self.cleaned_data["language"],
        )
        kit = self.cleaned_data.get("kit")
        if kit:
            import_string(settings.STARTER_KIT_INSTALLER)(membership.organization, kit)


class AccountSettingsForm(forms.ModelForm):
    """A member's own language, kept on their account for every organisation."""

    class Meta:
        model = AccountSettings
        fields = ["language"]
        error_messages = {"language": {"invalid_choice": LANGUAGE_REFUSED}}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["language"]
        field.choices = [("", _("My organisation's language")), *settings.LANGUAGES]


class MemberForm(forms.ModelForm):
    """A model form bound to the current member: choices are limited to what they may see.

    The organisation is set on the instance before validation, so the model's
    organisation-scoped unique constraints are checked and reported on the form.
    """

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.membership = membership
        self.instance.organization = membership.organization
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                model = field.queryset.model
                manager = model.objects
                # Fail closed: a choice without a tenancy rule offers nothing until the
                # form sets its own queryset.
                has_rule = hasattr(manager, "for_member")
                field.queryset = manager.for_member(membership) if has_rule else manager.none()
                if any(f.name == "code" for f in model._meta.fields):
                    field.to_field_name = "code"  # choices carry UUIDs, never integer keys

    def _get_validation_exclusions(self) -> set[str]:
        exclusions = super()._get_validation_exclusions()
        exclusions.discard("organization")
        return exclusions

    def _post_clean(self) -> None:
        super()._post_clean()
        # A name already taken (a case-insensitive constraint, so Django reports it for
        # the whole form) belongs next to the name field.
        general = self._errors.get(NON_FIELD_ERRORS) if self._errors else None
        if general and "name" in self.fields:
            taken = [e for e in general.as_data() if e.code == "unique_name"]
            if taken:
                self._errors[NON_FIELD_ERRORS] = self.error_class(
                    [e for e in general.as_data() if e.code != "unique_name"]
                )
                if not self._errors[NON_FIELD_ERRORS]:
                    del self._errors[NON_FIELD_ERRORS]
                self._errors.setdefault("name", self.error_class()).extend(taken)


class RegionForm(MemberForm):
    class Meta:
        model = Region
        fields = ["name"]

    def clean_name(self) -> str:
        return one_line(self.cleaned_data["name"])


class DepartmentForm(MemberForm):
    class Meta:
        model = Department
        fields = ["name"]


class LocationForm(MemberForm):
    class Meta:
        model = Location
        fields = ["name", "region", "address", "latitude", "longitude", "is_active"]
        widgets = {"address": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "latitude": _("Optional; lets a manager see how far a mystery shopper checked in."),
        }

    def clean_name(self) -> str:
        return one_line(self.cleaned_data["name"])


class EmployeeForm(MemberForm):
    class Meta:
        model = Employee
        fields = [
            "first_name",
            "last_name",
            "job_title",
            "location",
            "department",
            "user",
            "started_on",
            "is_active",
        ]
        widgets = {"started_on": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        super().__init__(*args, membership=membership, **kwargs)
        if membership.role in (Role.OWNER, Role.EXECUTIVE):
            # Only people who see every member may link a login: a scoped manager must
            # not learn who the mystery shoppers are.
            members = Membership.objects.for_member(membership).exclude(role=Role.SHOPPER)
            field = self.fields["user"]
            field.queryset = get_user_model().objects.filter(pk__in=members.values("user_id"))
            field.to_field_name = "email"
            field.label_from_instance = lambda user: user.email
            field.help_text = _("Link a member's login to this employee (optional).")
        else:
            del self.fields["user"]
        if membership.is_location_scoped:
            self.fields["location"].required = True


class ScopeFieldsMixin:
    """Which locations a member sees: every one, or those of some regions and locations.

    Owners and executives always see every location and shoppers none directly; for
    managers, supervisors and staff the scope must be said explicitly, so that nobody
    is given the whole organisation by leaving boxes empty.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("regions", "locations"):
            if not self.fields[name].queryset.exists():
                del self.fields[name]  # nothing to choose from: no empty box

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        role = cleaned.get("role")
        picked = bool(cleaned.get("regions") or cleaned.get("locations"))
        if role in (Role.OWNER, Role.EXECUTIVE, Role.SHOPPER):
            cleaned["all_locations"] = False
            if picked:
                self.add_error(
                    "role",
                    _(
                        "Owners and executives see every location, and shoppers only their "
                        "assigned audits; leave regions and locations empty."
                    ),
                )
        elif role and not picked and not cleaned.get("all_locations"):
            self.add_error(
                "all_locations",
                _(
                    "Tick “Every location”, or choose the regions or locations this person "
                    "looks after."
                ),
            )
        elif role and picked and cleaned.get("all_locations"):
            self.add_error(
                "all_locations",
                _("Either every location, or some regions and locations: not both."),
            )
        return cleaned


class InvitationForm(ScopeFieldsMixin, MemberForm):
    class Meta:
        model = Invitation
        fields = ["email", "role", "all_locations", "regions", "locations"]
        widgets = {
            "regions": forms.CheckboxSelectMultiple,
            "locations": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "regions": _("Managers, supervisors and staff may be limited to some regions."),
            "locations": _("…or to some locations. Leave both empty for every location."),
        }

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        org = self.membership.organization
        if Membership.objects.filter(organization=org, user__email__iexact=email).exists():
            raise forms.ValidationError(_("%(email)s is already a member.") % {"email": email})
        if Invitation.objects.for_member(self.membership).pending().filter(email=email).exists():
            raise forms.ValidationError(
                _("%(email)s already has a pending invitation; withdraw it to send a new one.")
                % {"email": email}
            )
        return email


LAST_OWNER = "last_owner"  # the error code of a change that would leave no owner


class MembershipForm(ScopeFieldsMixin, MemberForm):
    class Meta:
        model = Membership
        fields = ["role", "all_locations", "regions", "locations"]
        widgets = {
            "regions": forms.CheckboxSelectMultiple,
            "locations": forms.CheckboxSelectMultiple,
        }

    def clean_role(self) -> str:
        role = self.cleaned_data["role"]
        if self.instance.role == Role.OWNER and role != Role.OWNER:
            # The form is saved in the same transaction, which keeps the lock taken here.
            try:
                organizations.ensure_another_owner(self.instance)
            except organizations.LastOwnerError as error:
                raise forms.ValidationError(str(error), code=LAST_OWNER) from None
        return role


class AcceptInvitationSignupForm(forms.Form):
    """A password for someone who has no login yet; their e-mail comes from the invitation."""

    password1 = forms.CharField(
        label=_("Choose a password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label=_("Repeat the password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args: Any, email: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            user = get_user_model()(username=self.email, email=self.email)
            try:
                password_validation.validate_password(first, user)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=_("What will use it?"),
        max_length=80,
        help_text=_("A name to recognise it by, e.g. POS export. It acts as you."),
    )
