from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from servicegap.core.forms import MemberForm
from servicegap.core.models import Membership
from servicegap.standards.models import Behaviour, JourneyStep, Standard

WEIGHT_ERROR = _("The weight is a whole number from 1 (nice to have) to 5 (essential).")


class JourneyStepForm(MemberForm):
    class Meta:
        model = JourneyStep
        fields = ["name", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}
        help_texts = {
            "name": _("One step of a typical visit or order, e.g. Greeting or Payment."),
            "description": _("Optional: where the step starts and ends."),
        }


class StandardChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Standard) -> str:
        return f"{obj.step.name} · {obj.get_p_display()} · {obj.text[:70]}"


class StandardForm(MemberForm):
    class Meta:
        model = Standard
        fields = ["step", "p", "text", "department"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}
        labels = {"p": _("P")}
        help_texts = {
            "p": _(
                "People: how staff treat the guest. Process: waiting, ordering, paying, "
                "delivery, fixing problems. Product: the food, the room, the goods."
            ),
            "text": _(
                "What the guest can count on, in their words, e.g. "
                "“We greet you as soon as you come in.”"
            ),
            "department": _("The team that makes this happen; it gets its own card."),
        }

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        super().__init__(*args, membership=membership, **kwargs)
        steps = self.fields["step"].queryset
        self.fields["step"].queryset = steps.filter(
            Q(is_active=True) | Q(pk=self.instance.step_id)
        ).order_by("position", "pk")
        self.fields["department"].empty_label = _("— no department —")


class BehaviourForm(MemberForm):
    weight = forms.IntegerField(
        label=_("Weight"),
        min_value=1,
        max_value=5,
        initial=1,
        help_text=_("1 (nice to have) to 5 (essential): how much it counts in an audit score."),
        error_messages={
            "required": WEIGHT_ERROR,
            "invalid": WEIGHT_ERROR,
            "min_value": WEIGHT_ERROR,
            "max_value": WEIGHT_ERROR,
        },
    )
    target_value = forms.DecimalField(
        label=_("Target value"),
        required=False,
        min_value=0,
        max_digits=9,
        decimal_places=2,
        help_text=_("A number, e.g. 3 for “at most 3 rings”."),
        error_messages={
            "invalid": _("The target value must be a number, e.g. 3 or 2.5."),
            "min_value": _("The target value cannot be negative."),
        },
    )

    standard = StandardChoiceField(queryset=Standard.objects.none(), label=_("Standard"))

    class Meta:
        model = Behaviour
        fields = [
            "standard",
            "text",
            "weight",
            "is_critical",
            "target_comparison",
            "target_value",
            "target_unit",
        ]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}
        labels = {"target_comparison": _("Measured target")}
        help_texts = {
            "text": _(
                "Something an outsider can see and check yes or no, e.g. "
                "“The phone is answered within 3 rings.”"
            ),
            "target_comparison": _(
                "Only for behaviours that are measured, e.g. rings, "
                "minutes; leave empty for a plain yes or no."
            ),
        }

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        super().__init__(*args, membership=membership, **kwargs)
        self.fields["standard"].queryset = (
            Standard.objects.for_member(membership)
            .filter(Q(is_active=True, step__is_active=True) | Q(pk=self.instance.standard_id))
            .select_related("step")
            .order_by("step__position", "position", "pk")
        )
        self.fields["target_comparison"].choices = [
            ("", _("— none: a plain yes or no —")),
            *Behaviour.Comparison.choices,
        ]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        comparison = cleaned.get("target_comparison")
        value = cleaned.get("target_value")
        unit = cleaned.get("target_unit")
        if "target_value" in self.errors or "target_comparison" in self.errors:
            return cleaned
        if value is not None and not comparison:
            self.add_error(
                "target_comparison",
                _("Choose “at most” or “at least” for the target value."),
            )
        elif comparison and value is None:
            self.add_error("target_value", _("Give the target as a number, e.g. 3."))
        elif unit and value is None:
            self.add_error(
                "target_unit", _("A unit needs a measured target: a comparison and a number.")
            )
        return cleaned
