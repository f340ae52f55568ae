from django.apps import AppConfig


class FeedbackBareAppConfig(AppConfig):
    name = "feedback_bareapp"
    label = "feedback_bareapp"
    default_auto_field = "django.db.models.BigAutoField"
