"""servicegap's settings plus a bench-only app whose view inserts one row.

Used by bench/feedback_submit.py: both the real public form and the bare view run in
the same `servicegap serve` process, on the same database, middleware and settings.
Put bench/ on PYTHONPATH and set DJANGO_SETTINGS_MODULE=feedback_settings.
"""

from servicegap.settings import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "feedback_bareapp"]  # noqa: F405
ROOT_URLCONF = "feedback_bench_urls"
# Alert e-mails are built and "sent", but go nowhere.
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
