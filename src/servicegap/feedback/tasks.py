from celery import shared_task

from servicegap.feedback import alerts


@shared_task(name="servicegap.feedback.tasks.send_response_alert")
def send_response_alert(response_id: int) -> int:
    """Alerts sent as tasks of their own before follow-ups came in batches: kept so that
    such tasks still queued when a server is upgraded are carried out."""
    return alerts.send_response_alert(response_id)


@shared_task(name="servicegap.feedback.tasks.forget_client_keys")
def forget_client_keys() -> int:
    """Empty the client keys of responses older than two days (only the rate limits,
    which look back minutes, read them)."""
    from datetime import timedelta

    from django.utils import timezone

    from servicegap.feedback.models import Response

    before = timezone.now() - timedelta(days=2)
    return (
        Response.objects.filter(submitted_at__lt=before)
        .exclude(client_key="")
        .update(client_key="")
    )
