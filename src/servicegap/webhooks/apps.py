from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "servicegap.webhooks"
    label = "webhooks"
    verbose_name = "Webhooks"
