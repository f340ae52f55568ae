"""An answer's photo as the page and the API serve it."""

from __future__ import annotations

import mimetypes

from django.http import FileResponse, Http404

from servicegap.audits.models import AuditAnswer

# What a photo is served as; any other stored name (from before uploads were named after
# their format) is served as a download, never as a page the browser would run.
PHOTO_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})


def content_type(answer: AuditAnswer) -> str:
    guessed = mimetypes.guess_type(answer.photo.name)[0]
    return guessed if guessed in PHOTO_TYPES else "application/octet-stream"


def photo_response(answer: AuditAnswer) -> FileResponse:
    """The answer's photo, kept private in the browser's cache; a 404 when it has none
    (or its file is gone). Whoever calls this has checked the member may see the answer."""
    if not answer.photo:
        raise Http404
    try:
        handle = answer.photo.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    kind = content_type(answer)
    response = FileResponse(handle, content_type=kind)
    response["Cache-Control"] = "private, max-age=3600"
    response["Content-Disposition"] = "inline" if kind in PHOTO_TYPES else "attachment"
    return response
