"""Forms of the audits app; each names the field an error belongs to."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from servicegap.audits import workflow
from servicegap.audits.models import (
    BELIEVED_KINDS,
    OBSERVED_KINDS,
    Assignment,
    Audit,
    AuditAnswer,
    AuditTemplate,
    Dispute,
    Kind,
    Result,
)
from servicegap.audits.workflow import kinds_for
from servicegap.core.forms import DayField, MemberForm, period_in_words
from servicegap.core.models import Location, Membership, P, Role
from servicegap.standards.models import Behaviour, JourneyStep

MAX_PHOTO_BYTES = 10 * 1024 * 1024
PHOTO_FORMATS = {"JPEG", "PNG", "GIF", "WEBP"}
# The stored file's extension follows what the image is, not the name it was sent with
# (a PNG sent as "door.html" must not be served as HTML).
PHOTO_EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}


def validate_photo(photo: UploadedFile) -> None:
    """Refuse anything but a JPEG, PNG, GIF or WebP image of at most 10 MB; name the
    upload after its format (`photo_path` keeps the extension)."""
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
    photo.name = f"photo.{PHOTO_EXTENSIONS[kind]}"


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
        fields = ["name", "channel", "behaviours", "min_visit_minutes", "is_active"]

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

    def checkin(self) -> workflow.Checkin | None:
        """The position to record, or None when none was given (or it was not valid)."""
        if not self.is_valid() or self.cleaned_data["latitude"] is None:
            return None
        data = self.cleaned_data
        return workflow.Checkin(data["latitude"], data["longitude"], data["accuracy"])


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

    def save(self, answer: AuditAnswer) -> AuditAnswer:
        """Record the valid form's answer (`workflow.save_answer`; AuditClosed if submitted)."""
        data = self.cleaned_data
        return workflow.save_answer(
            answer,
            result=data["result"],
            measured_value=data["measured_value"],
            note=data["note"],
            photo=data["photo"] or None,
            remove_photo=data["remove_photo"],
        )


class DisputeForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is this answer wrong?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ResolveForm(forms.Form):
    """The outcome of a dispute; a new measured value only when the answer has a target."""

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

    def __init__(self, *args: Any, answer: AuditAnswer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not answer.is_measured:
            del self.fields["measured_value"]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        changed = cleaned.get("outcome") == Dispute.Outcome.CHANGED
        measured = cleaned.get("measured_value")
        if changed and not cleaned.get("result") and measured is None:
            self.add_error("result", _("Choose the new result."))
        return cleaned


LENS_KINDS = {"observed": OBSERVED_KINDS, "believed": BELIEVED_KINDS}
KIND_WORDS = {
    "observed": _("mystery shops and observations"),
    "believed": _("self-assessments"),
    Kind.MYSTERY_SHOP: _("mystery shops"),
    Kind.OBSERVATION: _("observations"),
    Kind.SELF_ASSESSMENT: _("self-assessments"),
}
RESULT_WORDS = {
    Result.FAIL: _("failed"),
    Result.PASS: _("passed"),
    Result.NA: _("did not apply"),
}


class BehaviourFilterField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Behaviour) -> str:
        return obj.text[:80]


class AuditFilterForm(forms.Form):
    """Filters of the audit list and the exports.

    Besides the audit's own fields (location, kind, status, period), an audit can be
    chosen by what its answers say: `behaviour`, `step` and `p` name what was checked,
    `result` how it went (counted answers only: those of submitted or locked audits).
    All answer conditions hold for one and the same answer. `lens` chooses the kinds of
    one lens: "observed" (mystery shops and observations) or "believed"
    (self-assessments), as the location report counts them.
    """

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
    lens = forms.ChoiceField(
        label=_("Lens"),
        required=False,
        choices=[
            ("", _("Every lens")),
            ("observed", _("Observed (mystery shops, observations)")),
            ("believed", _("Believed (self-assessments)")),
        ],
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *Audit.Status.choices],
    )
    behaviour = BehaviourFilterField(
        label=_("Behaviour"),
        required=False,
        queryset=Behaviour.objects.none(),
        to_field_name="code",
        empty_label=_("Any behaviour"),
    )
    step = forms.ModelChoiceField(
        label=_("Journey step"),
        required=False,
        queryset=JourneyStep.objects.none(),
        to_field_name="code",
        empty_label=_("Any step"),
    )
    p = forms.ChoiceField(label=_("P"), required=False, choices=[("", _("Any P")), *P.choices])
    result = forms.ChoiceField(
        label=_("Result"), required=False, choices=[("", _("Any result")), *Result.choices]
    )
    since = DayField(label=_("From"))
    until = DayField(label=_("Until"))

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.membership = membership
        self.fields["location"].queryset = membership.visible_locations()
        # Retired behaviours and steps too: past audits checked them.
        self.fields["behaviour"].queryset = Behaviour.objects.for_member(membership)
        self.fields["step"].queryset = JourneyStep.objects.for_member(membership)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and until < since:
            self.add_error("until", _("The period must end on or after its first day."))
        return cleaned

    @property
    def applied(self) -> dict[str, Any]:
        """The filters that hold: every valid one, also when another field is refused
        (the page names the refused ones)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def filter(self, audits, *, tz):
        """Apply the valid filters to a queryset of audits (or of answers)."""
        data = self.applied
        if data.get("location"):
            audits = audits.filter(location=data["location"])
        if data.get("kind"):
            audits = audits.filter(kind=data["kind"])
        if data.get("lens"):
            audits = audits.filter(kind__in=LENS_KINDS[data["lens"]])
        if data.get("status") and audits.model is Audit:
            audits = audits.filter(status=data["status"])
        if data.get("since"):
            audits = audits.filter(performed_at__gte=start_of(data["since"], tz))
        if data.get("until"):
            audits = audits.filter(performed_at__lt=start_of(data["until"], tz, days=1))
        answer = self._answer_conditions(data)
        if answer and audits.model is Audit:
            matching = AuditAnswer.objects.filter(audit=OuterRef("pk"), **answer)
            audits = audits.filter(Exists(matching))
        elif answer:
            audits = audits.filter(**answer)
        return audits

    @staticmethod
    def _answer_conditions(data: dict[str, Any]) -> dict[str, Any]:
        conditions = {
            name: data[name] for name in ("behaviour", "step", "p", "result") if data.get(name)
        }
        if "result" in conditions:
            conditions["is_counted"] = True
        return conditions

    def in_words(self, count: int) -> str:
        """What the list shows, as a sentence: "8 audits of Old Town where “Main courses
        within 20 minutes” failed, 1 Sep – 30 Nov 2026"."""
        data = self.applied
        words = ngettext("%(n)s audit", "%(n)s audits", count) % {"n": count}
        kinds = [str(KIND_WORDS[data[name]]) for name in ("lens", "kind") if data.get(name)]
        if kinds:
            words += f" ({'; '.join(kinds)})"
        if data.get("location"):
            words += " " + gettext("of %(location)s") % {"location": data["location"].name}
        words += self._answer_words(data)
        if data.get("status"):
            words += ", " + gettext("status: %(status)s") % {
                "status": Audit.Status(data["status"]).label
            }
        period = period_in_words(data.get("since"), data.get("until"))
        return f"{words}, {period}" if period else words

    @staticmethod
    def _answer_words(data: dict[str, Any]) -> str:
        scope = " · ".join(
            str(part)
            for part in (data.get("step"), P(data["p"]).label if data.get("p") else None)
            if part
        )
        result = str(RESULT_WORDS[data["result"]]) if data.get("result") else ""
        if data.get("behaviour"):
            what = f"“{data['behaviour'].text}”" + (f" ({scope})" if scope else "")
            if result:
                return " " + gettext("where %(what)s %(result)s") % {"what": what, "result": result}
            return " " + gettext("that checked %(what)s") % {"what": what}
        if result and scope:
            return " " + gettext("where a behaviour of %(scope)s %(result)s") % {
                "scope": scope,
                "result": result,
            }
        if result:
            return " " + gettext("where a behaviour %(result)s") % {"result": result}
        if scope:
            return " " + gettext("that checked %(scope)s") % {"scope": scope}
        return ""


def start_of(day: date, tz, *, days: int = 0):
    """Midnight at the start of `day` (+ `days`) in the time zone `tz`, as an aware datetime."""
    return datetime.combine(day + timedelta(days=days), time.min, tzinfo=tz)
