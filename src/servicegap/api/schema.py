"""The error answers every operation can give, written into the OpenAPI schema.

Each router documents its successes and the errors particular to it; the answers that
come from the API's own machinery are the same everywhere and are added here, so that a
client (or schemathesis) reading `/api/v1/openapi.json` finds every status code it can
get, with its body:

- 400 when the body is not JSON at all;
- 401 when no valid token or session is given (operations that need one);
- 403 when the caller's role may not do this;
- 404 when an object named in the path, a parameter or the body does not exist or belongs
  to another organisation (and for any path under /api/ that names no operation);
- 409 when the object's state does not allow a change (a submitted audit, a closed case);
- 422 when a parameter or the body is not valid: `detail` lists each field's error, or
  names the field in one sentence;
- 414 (from the HTTP server, not the API, as HTML) when the request line is longer than
  the server reads (gunicorn's default is 4,094 bytes).

Some routers take their body as optional only so that the object in the path is looked
up first (another organisation's is a 404 before a missing body's 422); such an operation
still refuses a missing body, so the schema says the body is required.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from ninja import NinjaAPI

from servicegap.core.api_input import refuse_unstorable

DETAIL = "Detail"
VALIDATION = "ValidationErrors"

COMPONENTS: dict[str, dict[str, Any]] = {
    DETAIL: {
        "title": DETAIL,
        "type": "object",
        "properties": {"detail": {"title": "Detail", "type": "string"}},
        "required": ["detail"],
    },
    VALIDATION: {
        "title": VALIDATION,
        "type": "object",
        "properties": {
            "detail": {
                "title": "Detail",
                "description": "Each field's error (its `loc` and `msg`), or one sentence "
                "naming the field.",
                "anyOf": [
                    {"type": "string"},
                    {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "loc": {"type": "array", "items": {}},
                                "msg": {"type": "string"},
                                "type": {"type": "string"},
                            },
                            "required": ["loc", "msg"],
                        },
                    },
                ],
            }
        },
        "required": ["detail"],
    },
}

DESCRIPTIONS = {
    400: "The body is not JSON.",
    401: "No valid token or session.",
    403: "The caller's role may not do this.",
    404: "No such object in the caller's organisation.",
    409: "The object's state does not allow this.",
    422: "A parameter or the body is not valid; the error names the field.",
}
TOO_LONG = {
    "description": "The request line is longer than the HTTP server reads.",
    "content": {"text/html": {"schema": {"type": "string"}}},
}


def _answer(code: int) -> dict[str, Any]:
    component = VALIDATION if code == 422 else DETAIL
    return {
        "description": DESCRIPTIONS[code],
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{component}"}}},
    }


def error_codes(path: str, method: str, operation: dict[str, Any]) -> list[int]:
    """The machinery's error codes an operation can answer."""
    codes = []
    takes_input = bool(operation.get("parameters")) or "requestBody" in operation
    if "requestBody" in operation:
        codes.append(400)
    if operation.get("security"):
        codes += [401, 403]
    if "{" in path or takes_input:
        codes.append(404)
    if method == "post":
        codes.append(409)
    if takes_input:
        codes.append(422)
    return codes


def require_body(operation: dict[str, Any]) -> None:
    """A body given as `X | None` that the operation refuses when absent: required `X`."""
    body = operation.get("requestBody")
    if not body or body.get("required"):
        return
    for content in body.get("content", {}).values():
        choices = content.get("schema", {}).get("anyOf", [])
        kept = [choice for choice in choices if choice != {"type": "null"}]
        if len(kept) == 1 and len(choices) == 2:
            content["schema"] = kept[0]
            body["required"] = True


def add_error_answers(schema: dict[str, Any]) -> dict[str, Any]:
    """Document the common error answers on every operation (keeping a router's own)."""
    schemas = schema.setdefault("components", {}).setdefault("schemas", {})
    for name, component in COMPONENTS.items():
        schemas.setdefault(name, component)
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            require_body(operation)
            present = {int(code) for code in responses}
            for code in error_codes(path, method, operation):
                if code not in present:
                    responses[code] = _answer(code)
            if operation.get("parameters") and 414 not in present:
                responses[414] = TOO_LONG
    return schema


@csrf_exempt  # a POST to no operation is a 404 too, not a CSRF page
def not_found(request: HttpRequest) -> JsonResponse:
    """Any path under /api/v1/ that names no operation: the API's JSON 404, not a page."""
    return JsonResponse({"detail": "Not Found"}, status=404)


class DocumentedAPI(NinjaAPI):
    """A NinjaAPI whose schema lists the error answers of its machinery too."""

    def get_openapi_schema(self, **kwargs: Any) -> Any:
        return add_error_answers(super().get_openapi_schema(**kwargs))

    def create_temporal_response(self, request: HttpRequest) -> HttpResponse:
        """Called by every operation before it reads its input: text no operation can
        store is refused here, once for all (`core.api_input`)."""
        refuse_unstorable(request)
        return super().create_temporal_response(request)
