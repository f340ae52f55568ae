from django.apps import AppConfig


class RecoveryConfig(AppConfig):
    name = "servicegap.recovery"
    label = "recovery"
    verbose_name = "Service recovery"

    def ready(self) -> None:
        # Automatic cases, when an organisation asks for them in its recovery settings.
        from servicegap.feedback.signals import response_received
        from servicegap.recovery import cases
        from servicegap.textlens.signals import comment_analysed

        response_received.connect(
            cases.on_response_received, dispatch_uid="recovery.on_response_received"
        )
        comment_analysed.connect(
            cases.on_comment_analysed, dispatch_uid="recovery.on_comment_analysed"
        )
