"""Forms of the audits app; each names the field an error belongs to."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from servicegap.audits.models import (
    Assignment,
    Audit,
    AuditTemplate,
    Dispute,
    Kind,
    Result,
)
from servicegap.audits.workflow import kinds_for
from servicegap.core.forms import DayField, MemberForm
from servicegap.core.models import Location, Membership, Role
from servicegap.standards.models import Behaviour

MAX_PHOTO_BYTES = 10 * 1024 * 1024
PHOTO_FORMATS = {"JPEG", "PNG", "GIF", "WEBP"}


def validate_photo(photo: UploadedFile) -> None:
    """Refuse anything but a JPEG, PNG, GIF or WebP image of at most 10 MB."""
    if photo.size > MAX_PHOTO_BYTES:
        raise ValidationError(
            _("The photo is %(size)s MB; the most is 10 MB."),
            code="too_large",
            params={"size": f"{photo.size / 1024 / 1024:.1f}"},
        )
    try:
        photo.seek(0)
        with Image.open(photo) as image:
            kind = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            _("This file is not an image; choose a photo (JPEG, PNG, GIF or WebP)."),
            code="not_image",
        ) from None
    finally:
        photo.seek(0)
    if kind not in PHOTO_FORMATS:
        raise ValidationError(
            _("%(format)s images are not accepted; use JPEG, PNG, GIF or WebP."),
            code="format",
            params={"format": kind},
        )


class BehaviourChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Behaviour) -> str:
        return f"{obj.standard.step.name} · {obj.standard.get_p_display()} · {obj.text}"


class AuditTemplateForm(MemberForm):
    behaviours = BehaviourChoiceField(
        label=_("Behaviours to check"),
        queryset=Behaviour.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Retired behaviours are not offered; audits already made keep theirs."),
    )

    class Meta:
        model = AuditTemplate
        fields = ["name", "channel", "behaviours", "is_active"]

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        super().__init__(*args, membership=membership, **kwargs)
        self.fields["behaviours"].queryset = (
            Behaviour.objects.for_member(membership).on_card().select_related("standard__step")
        )


class AssignmentForm(MemberForm):
    class Meta:
        model = Assignment
        fields = ["location", "template", "shopper", "window_start", "window_end", "instructions"]
        widgets = {
            "window_start": forms.DateInput(attrs={"type": "date"}),
            "window_end": forms.DateInput(attrs={"type": "date"}),
            "instructions": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        super().__init__(*args, membership=membership, **kwargs)
        self.fields["location"].queryset = membership.visible_locations()
        self.fields["template"].queryset = AuditTemplate.objects.for_member(membership).active()
        shoppers = Membership.objects.for_member(membership).filter(role=Role.SHOPPER)
        self.fields["shopper"].queryset = shoppers.select_related("user").order_by("user__email")
        self.fields["shopper"].label_from_instance = lambda m: m.user.email
        self.fields["shopper"].help_text = _("Members with the mystery shopper role.")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        start, end = cleaned.get("window_start"), cleaned.get("window_end")
        if start and end and end < start:
            self.add_error("window_end", _("The window must end on or after its first day."))
        return cleaned


class StartAuditForm(forms.Form):
    """A self-assessment or observation of one location with one template."""

    kind = forms.ChoiceField(label=_("Kind"))
    location = forms.ModelChoiceField(
        label=_("Location"), queryset=Location.objects.none(), to_field_name="code"
    )
    template = forms.ModelChoiceField(
        label=_("Template"), queryset=AuditTemplate.objects.none(), to_field_name="code"
    )

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [(k, Kind(k).label) for k in kinds_for(membership)]
        self.fields["location"].queryset = membership.visible_locations().active()
        self.fields["template"].queryset = AuditTemplate.objects.for_member(membership).active()


class CheckinForm(forms.Form):
    """Where the browser was at check-in; all optional, the shopper may decline."""

    latitude = forms.DecimalField(
        required=False, max_digits=9, decimal_places=6, min_value=-90, max_value=90
    )
    longitude = forms.DecimalField(
        required=False, max_digits=9, decimal_places=6, min_value=-180, max_value=180
    )
    accuracy = forms.IntegerField(required=False, min_value=0, max_value=1_000_000)

    def clean_latitude(self):
        return _round6(self.cleaned_data.get("latitude"))

    def clean_longitude(self):
        return _round6(self.cleaned_data.get("longitude"))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if (cleaned.get("latitude") is None) != (cleaned.get("longitude") is None):
            raise ValidationError(_("A position needs both a latitude and a longitude."))
        return cleaned


def _round6(value):
    return None if value is None else round(value, 6)


class AnswerForm(forms.Form):
    """One answer; the fill page shows one per behaviour, prefixed by the answer's code."""

    result = forms.ChoiceField(
        label=_("Result"),
        required=False,
        choices=[("", _("not answered yet")), *Result.choices],
        widget=forms.RadioSelect,
    )
    measured_value = forms.DecimalField(
        label=_("Measured"), required=False, max_digits=9, decimal_places=2, min_value=0
    )
    note = forms.CharField(
        label=_("Note"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )
    photo = forms.FileField(
        label=_("Photo"),
        required=False,
        validators=[validate_photo],
        widget=forms.FileInput(attrs={"accept": "image/*"}),
    )
    remove_photo = forms.BooleanField(label=_("Remove the photo"), required=False)


class DisputeForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is this answer wrong?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ResolveForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"), choices=Dispute.Outcome.choices, widget=forms.RadioSelect
    )
    result = forms.ChoiceField(
        label=_("New result"),
        required=False,
        choices=[("", "—"), *Result.choices],
        help_text=_("Only when the answer changes."),
    )
    measured_value = forms.DecimalField(
        label=_("New measured value"), required=False, max_digits=9, decimal_places=2, min_value=0
    )
    note = forms.CharField(
        label=_("Note"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        changed = cleaned.get("outcome") == Dispute.Outcome.CHANGED
        measured = cleaned.get("measured_value")
        if changed and not cleaned.get("result") and measured is None:
            self.add_error("result", _("Choose the new result."))
        return cleaned


class AuditFilterForm(forms.Form):
    """Filters of the audit list and the exports."""

    location = forms.ModelChoiceField(
        label=_("Location"),
        required=False,
        queryset=Location.objects.none(),
        to_field_name="code",
        empty_label=_("All my locations"),
    )
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *Kind.choices]
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *Audit.Status.choices],
    )
    since = DayField(label=_("From"))
    until = DayField(label=_("Until"))

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.membership = membership
        self.fields["location"].queryset = membership.visible_locations()

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and until < since:
            self.add_error("until", _("The period must end on or after its first day."))
        return cleaned

    def filter(self, audits, *, tz):
        """Apply the valid filters to a queryset of audits (or of answers)."""
        data = self.cleaned_data if self.is_valid() else {}
        if data.get("location"):
            audits = audits.filter(location=data["location"])
        if data.get("kind"):
            audits = audits.filter(kind=data["kind"])
        if data.get("status") and audits.model is Audit:
            audits = audits.filter(status=data["status"])
        if data.get("since"):
            audits = audits.filter(performed_at__gte=start_of(data["since"], tz))
        if data.get("until"):
            audits = audits.filter(performed_at__lt=start_of(data["until"], tz, days=1))
        return audits


def start_of(day: date, tz, *, days: int = 0):
    """Midnight at the start of `day` (+ `days`) in the time zone `tz`, as an aware datetime."""
    return datetime.combine(day + timedelta(days=days), time.min, tzinfo=tz)
