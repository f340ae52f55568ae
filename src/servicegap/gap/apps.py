from django.apps import AppConfig


class GapConfig(AppConfig):
    name = "servicegap.gap"
    label = "gap"
    verbose_name = "Value distance"
