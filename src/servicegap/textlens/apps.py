from django.apps import AppConfig


class TextlensConfig(AppConfig):
    name = "servicegap.textlens"
    label = "textlens"
    verbose_name = "Comment analysis"

    def ready(self) -> None:
        from pathlib import Path

        from django.conf import settings
        from django.db.models.signals import post_delete, post_save

        from servicegap.textlens import analysis, retraining
        from servicegap.textlens.models import TextModelVersion

        for signal in (post_save, post_delete):
            signal.connect(
                retraining.forget_current_version,
                sender=TextModelVersion,
                dispatch_uid=f"servicegap.textlens.forget_current_version.{signal is post_save}",
            )
        # Each process reads the base model an earlier one trained, with the same code.
        analysis.keep_base_model_in(Path(settings.DATA_DIR) / "textlens")
