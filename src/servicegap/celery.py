"""The Celery application: the one place where background work is wired.

With no `CELERY_BROKER_URL` every task runs eagerly in the calling process; with a
broker, `celery -A servicegap worker` runs them and `celery -A servicegap beat` follows
`CELERY_BEAT_SCHEDULE` in settings.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "servicegap.settings")

app = Celery("servicegap")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
