from django import forms
from django.utils.translation import gettext_lazy as _

from servicegap.privacy.models import RetentionSettings


class RetentionSettingsForm(forms.ModelForm):
    class Meta:
        model = RetentionSettings
        fields = ["contacts_months", "comments_months", "failed_uploads_days"]


class FindCustomerForm(forms.Form):
    q = forms.CharField(
        label=_("Customer id, name, e-mail address or phone number"),
        max_length=120,
        strip=True,
    )
