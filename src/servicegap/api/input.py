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
from django.utils.datastructures import MultiValueDict
from ninja.errors import HttpError, ValidationError
from ninja.parser import Parser

NUL = "\x00"
BODIES = ("POST", "PUT", "PATCH", "DELETE")
FORMS = ("multipart/form-data", "application/x-www-form-urlencoded")
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
    if request.method not in BODIES or not request.body:
        return None
    try:
        return json.loads(request.body)
    except ValueError:
        return None  # ninja answers 400 for a body that is not JSON


def _refused(places: list[tuple[Any, ...]]) -> ValidationError:
    return ValidationError(
        [{"type": "null_character", "loc": list(at), "msg": MESSAGE} for at in places]
    )


def _in_parts(data: MultiValueDict, source: str) -> list[tuple[Any, ...]]:
    places = []
    for key, values in data.lists():
        if NUL in key or any(NUL in value for value in values):
            places.append((source, key))
    return places


def refuse_null_characters(request: HttpRequest) -> None:
    """Raise a 422 naming every query parameter and JSON body field whose text holds a
    NUL (a 404 for the path). A form's parts are checked by `RefusingParser` when an
    operation reads them: reading them here would leave the body unreadable to an
    operation that takes JSON."""
    if NUL in request.path_info:
        raise HttpError(404, "Not Found")
    places = _in_parts(request.GET, "query")
    if request.content_type not in FORMS:
        places += [("body", "payload", *at) for at in _in_json(_json_body(request), ())]
    if places:
        raise _refused(places)


class RefusingParser(Parser):
    """ninja's parser, refusing a form field that holds a NUL."""

    def parse_querydict(
        self, data: MultiValueDict, list_fields: list[str], request: HttpRequest
    ) -> dict[str, Any]:
        if data is request.POST:  # an upload's file name reaches here without its NULs
            places = _in_parts(data, "form")
            if places:
                raise _refused(places)
        return super().parse_querydict(data, list_fields, request)
