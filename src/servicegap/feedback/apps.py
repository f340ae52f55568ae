from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "servicegap.feedback"
    label = "feedback"
    verbose_name = "Customer feedback"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from servicegap.feedback import intake
        from servicegap.standards.models import JourneyStep

        # The public form keeps each link's journey steps: drop them when one changes.
        for signal in (post_save, post_delete):
            signal.connect(
                intake.forget_links_of_steps,
                sender=JourneyStep,
                dispatch_uid=f"feedback.forget_links_of_steps.{signal is post_save}",
            )
