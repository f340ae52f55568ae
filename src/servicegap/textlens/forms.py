"""The explorer's filters and the managers' correction form."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from servicegap.core.forms import DayField
from servicegap.core.models import Location, Membership, P
from servicegap.textlens.models import CommentAnalysis, Sentiment

ANY = [("", _("Any"))]
YES_NO = [("yes", _("Yes")), ("no", _("No"))]
SPAM_CHOICES = [("hide", _("Hide spam")), ("only", _("Only spam")), ("all", _("Show all"))]


SHOW_CHOICES = [
    ("comments", _("Comments")),
    ("talk", _("What people talk about")),
    ("staff", _("Staff praised by name")),
]


class ExplorerFilterForm(forms.Form):
    """The explorer's filters, read from the query string; locations scoped to the member."""

    p = forms.ChoiceField(label=_("About"), choices=ANY + P.choices, required=False)
    sentiment = forms.ChoiceField(
        label=_("Sentiment"), choices=ANY + Sentiment.choices, required=False
    )
    churn = forms.ChoiceField(label=_("May not come back"), choices=ANY + YES_NO, required=False)
    spam = forms.ChoiceField(label=_("Spam"), choices=SPAM_CHOICES, required=False)
    corrected = forms.ChoiceField(
        label=_("Corrected by a manager"), choices=ANY + YES_NO, required=False
    )
    location = forms.ModelChoiceField(
        label=_("Location"),
        queryset=Location.objects.none(),
        to_field_name="code",
        required=False,
        empty_label=_("All my locations"),
    )
    since = DayField(label=_("From"))
    until = DayField(label=_("To"))
    # which tab of the page: its comments, what they talk about, staff praised
    show = forms.ChoiceField(
        label=_("Tab"), choices=SHOW_CHOICES, required=False, widget=forms.HiddenInput
    )

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = membership.visible_locations()

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            self.add_error("until", _("The end comes before the start."))
        cleaned["spam"] = cleaned.get("spam") or "hide"
        cleaned["show"] = cleaned.get("show") or "comments"
        return cleaned


class CorrectionForm(forms.Form):
    """Every label, filled in with the analysis's own: a manager changes what is wrong.

    Only the labels that differ are stored as a correction; sent unchanged, the form
    confirms every label (also something the model learns from).
    """

    sentiment = forms.ChoiceField(
        label=_("Sentiment"), choices=Sentiment.choices, widget=forms.RadioSelect
    )
    topics = forms.MultipleChoiceField(
        label=_("About"),
        choices=P.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked for a comment about none of the three."),
    )
    churn_signal = forms.TypedChoiceField(
        label=_("Says they may not come back"),
        choices=YES_NO,
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    spam = forms.TypedChoiceField(
        label=_("Spam"),
        choices=YES_NO,
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )

    def __init__(self, *args: Any, analysis: CommentAnalysis, **kwargs: Any) -> None:
        kwargs.setdefault(
            "initial",
            {
                "sentiment": analysis.sentiment,
                "topics": analysis.topics,
                "churn_signal": "yes" if analysis.churn_signal else "no",
                "spam": "yes" if analysis.spam else "no",
            },
        )
        super().__init__(*args, **kwargs)
        self.analysis = analysis

    def changes(self) -> dict[str, Any]:
        """The labels to store: those changed, else all of them (a confirmation)."""
        given = {
            "sentiment": self.cleaned_data["sentiment"],
            "topics": [p for p in P.values if p in self.cleaned_data["topics"]],
            "churn_signal": self.cleaned_data["churn_signal"],
            "spam": self.cleaned_data["spam"],
        }
        current = self.analysis.labels()
        changed = {label: value for label, value in given.items() if value != current[label]}
        return changed or given
