"""servicegap's own settings for bench/feedback_submit.py, with alert e-mails built and
"sent" but going nowhere. The bare view it compares with runs in a server of its own
(bench/bare_settings.py). Put bench/ on PYTHONPATH and set
DJANGO_SETTINGS_MODULE=feedback_settings.
"""

from servicegap.settings import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
