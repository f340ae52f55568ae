from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "servicegap.core"
    label = "core"
    verbose_name = "Organisations"

    def ready(self) -> None:
        from servicegap.core import checks  # noqa: F401  (registers the system checks)
