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


@register(Tags.compatibility)
def check_front_end_libraries(app_configs, **kwargs) -> list[Warning]:
    missing = [str(path) for _prefix, path in settings.STATICFILES_DIRS if not path.is_dir()]
    if missing:
        return [
            Warning(
                f"Front-end libraries are not installed: {', '.join(missing)}",
                hint="Run `make install` (it fetches them from the npm registry).",
                id="servicegap.core.W002",
            )
        ]
    return []
