from celery import shared_task

from servicegap.feedback import followup


@shared_task(name="servicegap.feedback.tasks.follow_up_pending")
def follow_up_pending() -> int:
    """Follow up responses stored since the last run (comment analysis, alert e-mails,
    other apps); how many. Sent by the server processes and run every minute by beat."""
    done, more = followup.follow_up_pending()
    if more:
        follow_up_pending.delay()  # a backlog: go on in a new task
    return done


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
