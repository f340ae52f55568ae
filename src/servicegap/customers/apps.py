from django.apps import AppConfig


class CustomersConfig(AppConfig):
    name = "servicegap.customers"
    label = "customers"
    verbose_name = "Customers"

    def ready(self) -> None:
        # The two moments other apps tell us about: a response stored, a comment analysed.
        from servicegap.customers import moments
        from servicegap.feedback.signals import response_received
        from servicegap.textlens.signals import comment_analysed

        response_received.connect(
            moments.on_response_received, dispatch_uid="customers.on_response_received"
        )
        comment_analysed.connect(
            moments.on_comment_analysed, dispatch_uid="customers.on_comment_analysed"
        )
