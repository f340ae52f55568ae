"""Factories for the feedback app; the tenancy test finds <Model>Factory here."""

import factory  # noqa: F401
