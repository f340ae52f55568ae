from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "servicegap.privacy"
    label = "privacy"
    verbose_name = _("Privacy: erasure and retention")

    def ready(self) -> None:
        from servicegap.privacy import tasks  # noqa: F401
