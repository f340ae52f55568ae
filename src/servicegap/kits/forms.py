from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from servicegap.kits.catalogue import choices


class KitForm(forms.Form):
    kit = forms.ChoiceField(
        label=_("Kind of business"),
        choices=choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a kind of business, or “Start empty”.")},
    )
