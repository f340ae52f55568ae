"""The WSGI application `servicegap serve` runs: the public pages through a short
middleware stack, every other page through the whole of `MIDDLEWARE`.

A customer answering the feedback form needs no session, login, messages, htmx or
organisation time zone, and the form negotiates its own language: the requests whose
path starts with one of `PUBLIC_PATH_PREFIXES` go through `PUBLIC_MIDDLEWARE` only
(security headers, the common checks, clickjacking protection). Which pages are public
is said in settings; this module knows no feature app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import django
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


class PublicPagesHandler(WSGIHandler):
    """Django's WSGI handler with `PUBLIC_MIDDLEWARE` in place of `MIDDLEWARE`."""

    def load_middleware(self, is_async: bool = False) -> None:
        # Django builds the chain from settings.MIDDLEWARE: give it the public list for
        # the time it takes (once, as the server process starts), then the full one back.
        full = settings.MIDDLEWARE
        settings.MIDDLEWARE = settings.PUBLIC_MIDDLEWARE
        try:
            super().load_middleware(is_async)
        finally:
            settings.MIDDLEWARE = full


def get_application() -> WSGIApp:
    """Set Django up and return the WSGI application (see the module)."""
    django.setup(set_prefix=False)
    pages, public = WSGIHandler(), PublicPagesHandler()
    prefixes = tuple(settings.PUBLIC_PATH_PREFIXES)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]):
        handler = public if environ.get("PATH_INFO", "").startswith(prefixes) else pages
        return handler(environ, start_response)

    return application
