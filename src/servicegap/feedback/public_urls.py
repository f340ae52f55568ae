"""Public pages (no login): the customer feedback form at /s/<token>/."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
