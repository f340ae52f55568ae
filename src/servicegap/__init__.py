"""servicegap: see and close the value distance of a service business.

The package itself loads nothing: the Django-free libraries under it
(`servicegap.textlens`'s analysis, `servicegap.customers.btyd`) import without Django.
The Celery app is made current by the settings (every Django process loads them).
"""

from __future__ import annotations

from typing import Any

__all__ = ["celery_app"]


def __getattr__(name: str) -> Any:
    if name == "celery_app":
        from servicegap.celery import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
