"""The textlens part of the JSON API."""

from ninja import Router

router = Router(tags=["textlens"])
