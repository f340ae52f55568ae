from django.apps import AppConfig


class PipelineConfig(AppConfig):
    name = "servicegap.pipeline"
    label = "pipeline"
    verbose_name = "Follow-ups and scheduled work"

    def ready(self) -> None:
        # The tasks that lower apps send by name (feedback's `handoff`) must be
        # registered in every process, web workers included.
        from servicegap.pipeline import tasks  # noqa: F401
