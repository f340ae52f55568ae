from django.apps import AppConfig


class TextlensConfig(AppConfig):
    name = "servicegap.textlens"
    label = "textlens"
    verbose_name = "Comment analysis"

    def ready(self) -> None:
        from servicegap.feedback.signals import response_received
        from servicegap.textlens import tasks

        response_received.connect(
            tasks.enqueue_analysis, dispatch_uid="servicegap.textlens.enqueue_analysis"
        )
