from celery import shared_task

from servicegap.feedback import alerts


@shared_task(name="servicegap.feedback.tasks.send_response_alert")
def send_response_alert(response_id: int) -> int:
    """E-mail a detractor's or low rating's response to the location's managers."""
    return alerts.send_response_alert(response_id)
