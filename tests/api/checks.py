"""How the API tests read a 422: which field it names."""

from __future__ import annotations


def named(response, field: str) -> bool:
    """A 422 with an error located at `field`: a body field (`["body", "payload", field]`,
    or a path into the body through `field`), a query or path parameter, a part of a
    multipart upload (`form`, `file`), or, for `"payload"`, the whole body (an error about
    no one field)."""
    if response.status_code != 422:
        return False
    detail = response.json()["detail"]
    if isinstance(detail, str):  # a refusal in words (an HttpError 422) that names it
        return field in detail
    for error in detail:
        loc = list(error["loc"])
        if field == "payload":
            if loc == ["body", "payload"]:
                return True
        elif loc in (["query", field], ["path", field], ["form", field], ["file", field]) or (
            loc[:2] == ["body", "payload"] and field in loc[2:]
        ):
            return True
    return False
