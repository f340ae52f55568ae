from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from servicegap.webhooks.delivery import check_url
from servicegap.webhooks.models import Webhook


class WebhookForm(forms.ModelForm):
    """A URL and the events it receives; the URL must be public (see `check_url`)."""

    url = forms.URLField(
        label=_("URL"),
        max_length=500,
        assume_scheme="https",
        help_text=_("Where to POST each event, e.g. https://desk.example.com/servicegap."),
    )

    class Meta:
        model = Webhook
        fields = ["url", "on_responses", "on_alerts", "on_case_events"]

    def clean_url(self) -> str:
        url = self.cleaned_data["url"].strip()
        check_url(url)
        taken = Webhook.objects.filter(organization_id=self.instance.organization_id, url=url)
        if taken.exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("This URL is already registered."))
        return url

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not any(data.get(name) for name in ("on_responses", "on_alerts", "on_case_events")):
            raise forms.ValidationError(_("Choose at least one kind of event to send."))
        return data
