"""Background work of the customers app: scoring, and imports uploaded on the page."""

from __future__ import annotations

from celery import shared_task

from servicegap.core.models import Organization


@shared_task(name="servicegap.customers.tasks.score_organization")
def score_organization(organization_id: int) -> str:
    """Fit and score one organisation's customers; return the run's status."""
    from servicegap.customers import scoring

    organization = Organization.objects.get(pk=organization_id)
    return scoring.score_organization(organization).status


@shared_task(name="servicegap.customers.tasks.score_all")
def score_all() -> int:
    """Nightly: queue the scoring of every organisation that has visits."""
    from servicegap.customers.models import Visit

    ids = Visit.objects.values_list("organization_id", flat=True).distinct().order_by()
    count = 0
    for organization_id in ids:
        score_organization.delay(organization_id)
        count += 1
    return count


@shared_task(name="servicegap.customers.tasks.run_import")
def run_import(import_run_id: int) -> str:
    """Check and import an uploaded file, recording progress on its `ImportRun`."""
    from servicegap.customers import uploads

    return uploads.run_import(import_run_id)


@shared_task(name="servicegap.customers.tasks.run_pending_imports")
def run_pending_imports() -> dict[str, int]:
    """Every few seconds: remove the rows and uploads of imports whose process was
    killed, then import the uploads waiting for the background (too large for the web
    request); counts of each."""
    from servicegap.customers import uploads

    return uploads.run_pending_imports()


@shared_task(name="servicegap.customers.tasks.send_due_invitations")
def send_due_invitations() -> dict[str, int]:
    """Every few minutes: e-mail the survey invitations that are due (claimed first, so
    that two runners never send one twice); counts by outcome."""
    from servicegap.customers import invitations

    return invitations.send_due()
