"""Factories for the standards app; the tenancy test finds <Model>Factory here."""

import factory  # noqa: F401
