from django.apps import AppConfig


class TextlensConfig(AppConfig):
    name = "servicegap.textlens"
    label = "textlens"
    verbose_name = "Comment analysis"
