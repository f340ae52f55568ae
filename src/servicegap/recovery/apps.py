from django.apps import AppConfig


class RecoveryConfig(AppConfig):
    name = "servicegap.recovery"
    label = "recovery"
    verbose_name = "Service recovery"
