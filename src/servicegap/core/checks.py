"""servicegap's own system checks, with stable ids."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def check_email_configured(app_configs, **kwargs) -> list[Warning]:
    if settings.EMAIL_BACKEND.endswith("console.EmailBackend"):
        return [
            Warning(
                "E-mail goes to the console: invitations, password resets and alerts reach nobody.",
                hint="Set EMAIL_HOST (and EMAIL_HOST_USER, EMAIL_HOST_PASSWORD) for production.",
                id="servicegap.core.W001",
            )
        ]
    return []
