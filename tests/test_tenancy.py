"""Every URL, for every role, against another organisation's objects.

The URL patterns are discovered from the URLconf, so pages that later apps add are
checked without editing this file. A URL keyword names the object it points at:
`<model>_code` (its UUID) or `<model>_pk`. Each is filled with an object of another
organisation, built by `tests.factories.<Model>Factory`, whose text is marked so that a
leak shows up in any response.
"""

from __future__ import annotations

import contextlib
import importlib
import re
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.db import models
from django.urls import URLPattern, URLResolver, get_resolver

from servicegap.core.models import Membership, Role
from tests import factories
from tests.conftest import client_for

MARKER = "ottosecret"

# Whole URL prefixes that hold no organisation data or test their own access.
SKIPPED_PREFIXES = (
    "admin/",  # Django admin: superusers only, checked in test_admin_is_for_superusers
    "accounts/",  # django-allauth: login, sign-up, password reset; no organisation data
    "static/",
    "media/",
)
# Pages meant for people who are not (yet) members. Each says why.
PUBLIC_URL_NAMES = {
    # The secret token is the key; the page shows only the inviting organisation's name.
    "core:invitation-accept",
    # The API's schema and its bare root describe the API and hold no data.
    "api:openapi-json",
    "api:api-root",
}
# Keywords that are not objects, with a value to try.
PLAIN_KWARGS = {"area": "audits"}

DENIED = {403, 404, 405}


@dataclass(frozen=True)
class Route:
    name: str
    route: str
    kwargs: tuple[str, ...]

    def __str__(self) -> str:
        return self.name or self.route


def discover(patterns=None, prefix: str = "", namespace: str = "") -> list[Route]:
    patterns = get_resolver().url_patterns if patterns is None else patterns
    found: list[Route] = []
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if route.startswith(SKIPPED_PREFIXES):
            continue
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}".strip(":") if entry.namespace else namespace
            found += discover(entry.url_patterns, route, inner)
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}".strip(":") if entry.name else ""
            kwargs = tuple(re.findall(r"<(?:\w+:)?(\w+)>", route))
            found.append(Route(name, route, kwargs))
    return found


ROUTES = [route for route in discover() if route.name not in PUBLIC_URL_NAMES]


def model_for_kwarg(kwarg: str) -> tuple[type[models.Model], str]:
    """`location_code` → (Location, "code"); `membership_pk` → (Membership, "pk")."""
    model_name, _, field = kwarg.rpartition("_")
    if field not in {"code", "pk"}:
        raise AssertionError(
            f"URL keyword {kwarg!r}: name it <model>_code or <model>_pk, "
            f"or add it to PLAIN_KWARGS in {__name__}"
        )
    for model in apps.get_models():
        if model._meta.model_name == model_name.replace("_", "") and model.__module__.startswith(
            "servicegap."
        ):
            return model, field
    raise AssertionError(f"URL keyword {kwarg!r}: no servicegap model named {model_name!r}")


def factory_for(model: type[models.Model]):
    """`<Model>Factory` from tests/factories.py or tests/<app>/factories.py."""
    name = f"{model.__name__}Factory"
    modules = [factories]
    with contextlib.suppress(ModuleNotFoundError):
        modules.append(importlib.import_module(f"tests.{model._meta.app_label}.factories"))
    for module in modules:
        if hasattr(module, name):
            return getattr(module, name)
    raise AssertionError(f"add {name} to tests/{model._meta.app_label}/factories.py")


def foreign_object(model: type[models.Model], foreign: Membership) -> models.Model:
    factory = factory_for(model)
    if model is Membership:
        return foreign
    obj = factory(organization=foreign.organization)
    for field in ("name", "first_name", "title", "summary"):
        if hasattr(obj, field):
            setattr(obj, field, f"{MARKER}-{model.__name__}")
    if hasattr(obj, "email"):
        obj.email = f"{MARKER}-{model.__name__.lower()}@example.test"
    obj.save()
    return obj


def url_for(route: Route, foreign: Membership) -> str:
    path = route.route
    for kwarg in route.kwargs:
        if kwarg in PLAIN_KWARGS:
            value = PLAIN_KWARGS[kwarg]
        else:
            model, field = model_for_kwarg(kwarg)
            value = getattr(foreign_object(model, foreign), field)
        path = re.sub(rf"<(?:\w+:)?{kwarg}>", str(value), path)
    return "/" + path.lstrip("^").rstrip("$")


@pytest.fixture
def foreign(outsider_otto) -> Membership:
    org = outsider_otto.organization
    org.name = f"{MARKER} organisation"
    org.save()
    outsider_otto.user.email = f"{MARKER}-owner@example.test"
    outsider_otto.user.save()
    return outsider_otto


def test_discovery_finds_the_core_pages():
    names = {route.name for route in ROUTES}
    assert {"core:home", "core:location-detail", "core:member-edit"} <= names


@pytest.mark.parametrize("route", ROUTES, ids=str)
def test_no_role_reaches_another_organisations_objects(route, foreign, member_of_role):
    url = url_for(route, foreign)
    points_at_object = any(k not in PLAIN_KWARGS for k in route.kwargs)
    for role in Role:
        client = client_for(member_of_role(role))
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            where = f"{method.upper()} {url} as {role}"
            assert MARKER not in response.content.decode(errors="replace"), f"leak: {where}"
            if points_at_object:
                assert response.status_code in DENIED, f"{where} gave {response.status_code}"


@pytest.mark.parametrize("route", ROUTES, ids=str)
def test_anonymous_visitors_are_sent_to_login_or_refused(route, foreign, client):
    url = url_for(route, foreign)
    for method in ("get", "post"):
        response = getattr(client, method)(url)
        assert MARKER not in response.content.decode(errors="replace")
        if response.status_code == 405:
            continue
        if route.route.startswith("api/"):
            assert response.status_code == 401, f"{method.upper()} {url}"
            continue
        assert response.status_code == 302, f"{method.upper()} {url}"
        assert response["Location"].startswith("/accounts/login/"), f"{method.upper()} {url}"


def test_admin_is_for_superusers(owner_olga, client):
    client.force_login(owner_olga.user)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
