"""servicegap: see and close the value distance of a service business."""

from servicegap.celery import app as celery_app

__all__ = ["celery_app"]
