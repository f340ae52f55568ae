"""Input no operation can store: text with a NUL character or a lone surrogate, refused
before any operation reads it.

PostgreSQL cannot store a NUL in text, and no database takes a lone surrogate (a JSON
string may hold one, as `"\\ud800"`, which is not Unicode text): either would fail as a
server error when stored, and Django's forms refuse them. The API refuses them once, for
every operation, in the shape ninja gives its own field errors: a 422 whose `loc` names
the query parameter (`["query", name]`), the form field (`["form", name]`) or the place
in the JSON body (`["body", "payload", field, …]`). A path holding one names no object:
a 404. `servicegap.api` calls `refuse_unstorable` before each operation and reads forms
through `RefusingParser`; an operation that reads its body itself calls
`refuse_unstorable_json`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from django.http import HttpRequest
from django.utils.datastructures import MultiValueDict
from ninja.errors import HttpError, ValidationError
from ninja.parser import Parser

UNSTORABLE = re.compile(r"[\x00\ud800-\udfff]")
NUL_MESSAGE = "Null characters are not allowed."
SURROGATE_MESSAGE = "Text must be valid Unicode: a lone surrogate cannot be stored."
BODIES = ("POST", "PUT", "PATCH", "DELETE")
FORMS = ("multipart/form-data", "application/x-www-form-urlencoded")


def unstorable(text: str) -> str | None:
    """Why `text` cannot be stored, or None when it can."""
    found = UNSTORABLE.search(text)
    if found is None:
        return None
    return NUL_MESSAGE if found.group() == "\x00" else SURROGATE_MESSAGE


def _in_json(value: Any) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Each place in a decoded JSON value where a string (or an object's key) cannot be
    stored, with why; a walk without recursion, whatever the depth."""
    stack: list[tuple[tuple[Any, ...], Any]] = [((), value)]
    while stack:
        at, item = stack.pop()
        if isinstance(item, str):
            if (why := unstorable(item)) is not None:
                yield at, why
        elif isinstance(item, dict):
            for key, inner in reversed(item.items()):
                if (why := unstorable(key)) is not None:
                    stack.append(((*at, key), key))  # named by the key itself
                else:
                    stack.append(((*at, key), inner))
        elif isinstance(item, list):
            stack.extend(((*at, index), inner) for index, inner in reversed(list(enumerate(item))))


def _refused(places: list[tuple[tuple[Any, ...], str]]) -> ValidationError:
    return ValidationError(
        [{"type": "unstorable_text", "loc": list(at), "msg": why} for at, why in places]
    )


def refuse_unstorable_json(data: Any) -> None:
    """A 422 naming each place in a JSON body (`["body", "payload", …]`) whose text
    cannot be stored."""
    places = [(("body", "payload", *at), why) for at, why in _in_json(data)]
    if places:
        raise _refused(places)


def _in_parts(data: MultiValueDict, source: str) -> list[tuple[tuple[Any, ...], str]]:
    places = []
    for key, values in data.lists():
        for text in (key, *values):
            if (why := unstorable(text)) is not None:
                places.append(((source, key), why))
                break
    return places


def _json_body(request: HttpRequest) -> Any:
    if request.method not in BODIES or not request.body:
        return None
    try:
        return json.loads(request.body)
    except Exception:  # not JSON, or nested too deep: ninja answers 400 as for any bad body
        return None


def refuse_unstorable(request: HttpRequest) -> None:
    """Raise a 422 naming every query parameter and JSON body field whose text cannot be
    stored (a 404 for the path). A form's parts are checked by `RefusingParser` when an
    operation reads them: reading them here would leave the body unreadable to an
    operation that takes JSON."""
    if unstorable(request.path_info) is not None:
        raise HttpError(404, "Not Found")
    places = _in_parts(request.GET, "query")
    if request.content_type not in FORMS:
        places += [(("body", "payload", *at), why) for at, why in _in_json(_json_body(request))]
    if places:
        raise _refused(places)


class RefusingParser(Parser):
    """ninja's parser, refusing a form field whose text cannot be stored, and JSON sent
    under a form's content type (which `refuse_unstorable` does not read) with such
    text: that is a body ninja cannot parse (400)."""

    def parse_body(self, request: HttpRequest) -> Any:
        data = super().parse_body(request)
        if request.content_type in FORMS and any(True for _ in _in_json(data)):
            raise ValueError("Text that cannot be stored, sent under a form's content type.")
        return data

    def parse_querydict(
        self, data: MultiValueDict, list_fields: list[str], request: HttpRequest
    ) -> dict[str, Any]:
        if data is request.POST:  # an upload's file name reaches here without its NULs
            places = _in_parts(data, "form")
            if places:
                raise _refused(places)
        return super().parse_querydict(data, list_fields, request)
