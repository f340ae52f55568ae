from django.apps import AppConfig


class KitsConfig(AppConfig):
    name = "servicegap.kits"
    label = "kits"
    verbose_name = "Starter kits"
