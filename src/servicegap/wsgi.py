import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "servicegap.settings")

from servicegap.core.wsgi import get_application  # noqa: E402

application = get_application()
