from django.apps import AppConfig


class AuditsConfig(AppConfig):
    name = "servicegap.audits"
    label = "audits"
    verbose_name = "Audits"
