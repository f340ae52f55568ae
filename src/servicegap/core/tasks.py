from celery import shared_task

from servicegap.core import organizations


@shared_task(name="servicegap.core.tasks.purge_stale_invitations")
def purge_stale_invitations() -> int:
    """Delete invitations that nobody accepted, a month after they died."""
    return organizations.purge_stale_invitations()
