"""WSGI entry of the bare project (DJANGO_SETTINGS_MODULE=bare_settings)."""

from django.core.wsgi import get_wsgi_application

application = get_wsgi_application()
