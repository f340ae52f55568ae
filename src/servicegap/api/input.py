"""Input no operation can store: text with a NUL character, refused before any operation
reads it.

PostgreSQL cannot store a NUL in text (a query naming one fails as a server error), and
Django's forms refuse it; the API refuses it once, here, for every operation, in the shape
ninja gives its own field errors: a 422 whose `loc` names the query parameter
(`["query", name]`), the form field (`["form", name]`) or the place in the JSON body
(`["body", "payload", field, …]`). A path holding one names no object: a 404.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from django.http import HttpRequest
from ninja.errors import HttpError, ValidationError

NUL = "\x00"
MESSAGE = "Null characters are not allowed."


def _in_json(value: Any, at: tuple[Any, ...]) -> Iterator[tuple[Any, ...]]:
    """Where in a decoded JSON value a string (or an object's key) holds a NUL."""
    if isinstance(value, str):
        if NUL in value:
            yield at
    elif isinstance(value, dict):
        for key, item in value.items():
            if NUL in key:
                yield (*at, key)
            else:
                yield from _in_json(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _in_json(item, (*at, index))


def _json_body(request: HttpRequest) -> Any:
    if not request.body:
        return None
    try:
        return json.loads(request.body)
    except ValueError:
        return None  # ninja answers 400 for a body that is not JSON


def refuse_null_characters(request: HttpRequest) -> None:
    """Raise a 422 naming every field whose text holds a NUL (a 404 for the path)."""
    if NUL in request.path_info:
        raise HttpError(404, "Not Found")
    places: list[tuple[Any, ...]] = []
    for key, values in request.GET.lists():
        if NUL in key or any(NUL in value for value in values):
            places.append(("query", key))
    if request.method in ("POST", "PUT", "PATCH", "DELETE"):
        if request.content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
            for key, values in request.POST.lists():
                if NUL in key or any(NUL in value for value in values):
                    places.append(("form", key))
            for key, files in request.FILES.lists():
                if any(NUL in (upload.name or "") for upload in files):
                    places.append(("file", key))
        else:
            places += [("body", "payload", *at) for at in _in_json(_json_body(request), ())]
    if places:
        raise ValidationError(
            [{"type": "null_character", "loc": list(at), "msg": MESSAGE} for at in places]
        )
