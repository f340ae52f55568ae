"""Every URL, for every role, against another organisation's objects and out-of-scope ones.

The URL patterns are discovered from the URLconf, so pages that later apps add are
checked without editing this file. A URL keyword names the object it points at:
`<model>_code` (its UUID) or `<model>_pk`, and is filled by `<Model>Factory` from
tests/factories.py or tests/<app>/factories.py.

Before any request, the data of this module is built once (per test module and worker,
then rolled back):

- a foreign organisation with one object of every organisation-owned model (a concrete
  model of a servicegap app with an `organization` field), every text field of every one
  of its rows marked with MARKER: a page that shows another organisation's row shows it;
- our organisation (the conftest world: North region with Location A, South region with
  Location B, one member per role) with one object of every organisation-owned model at
  Location A where the model has a location, and one of every location-scoped model at
  Location B. Rows that a member scoped to Location A must not see are marked with
  OUT_OF_SCOPE, the others with INSIDER (those markers also tell the models of a form's
  choices apart).

Then every URL is requested for every role (test ids `<url name>-<role>`):

- with the foreign objects in the URL: GET, an empty POST and a POST of the filled-in
  form. Another organisation's object is a 404; a 403 (or the API's 422) is accepted only
  when the same request with our own object gets the same answer (a refusal of the role,
  not of the object);
- our own page's form, as this member sees it (else as our owner sees it on any page), is
  POSTed to our URL filled in as a person would, with every choice foreign, then with each
  choice in turn set to a foreign object (by code and by pk; the foreign object most like
  the one offered: a shopper's membership for a list of shoppers). API bodies are built
  from the OpenAPI schema the same way. Afterwards no row may point at another
  organisation's row and the foreign organisation's rows are all still there;
- filters (GET forms, links such as `?location=<code>`, the API's UUID parameters) get a
  foreign id and must answer as for an id of nothing;
- no response, for any role, shows MARKER; no response to a member scoped to some
  locations (and to a mystery shopper) shows OUT_OF_SCOPE; bodies are read whole
  (streamed CSV, the text of PDFs, the XML inside XLSX);
- members scoped to Location A get 403 or 404 for URLs holding an object at Location B.

The customer feedback pages are public by design; they have their own test below.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import re
import traceback
import uuid
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit

import factory.declarations as factory_declarations
import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, models, transaction
from django.db.models import F
from django.test import Client
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve

from servicegap.core.models import (
    Location,
    LocationScopedQuerySet,
    Membership,
    Organization,
    Role,
)
from tests import factories
from tests.conftest import World, _member, client_for

MARKER = "ottosecret"  # every text of the foreign organisation
OUT_OF_SCOPE = "outofscope"  # our rows that a member scoped to Location A must not see
INSIDER = "insider"  # our other rows
MARKED = re.compile(rf"({MARKER}|{OUT_OF_SCOPE}|{INSIDER})-([a-z0-9]+)-(\d+)")

# Whole URL prefixes that hold no organisation data or test their own access.
SKIPPED_PREFIXES = (
    "admin/",  # Django admin: superusers only, checked in test_admin_is_for_superusers
    "accounts/",  # django-allauth: login, sign-up, password reset; no organisation data
    "static/",
    "media/",
)
# Pages meant for people who are not (yet) members, each with why. "<namespace>:*" is a
# whole namespace.
PUBLIC_URL_NAMES = {
    "core:invitation-accept": "the secret token is the key; it shows only the inviting "
    "organisation's name",
    "api:openapi-json": "the API's schema describes the API and holds no data",
    "api:api-root": "the API's bare root holds no data",
    "api-not-found": "any path under /api/ that names no operation: the same JSON 404 for "
    "everyone, with no data (tests/api/test_schema_answers.py)",
    "feedback_public:*": "the customer feedback form and its pages: the link's token is "
    "the key and they show only the form (test_public_feedback_pages_show_only_the_form)",
    "api:feedback-public-submit": "a customer's answers through a link token, as on the "
    "public form; it answers only whether they were stored",
    "invitation_public:*": "a customer's personal survey link and its unsubscribe page: the "
    "invitation's secret token is the key and they show only the form",
}
# The model whose `token` opens each public page that takes one.
PUBLIC_TOKEN_MODELS = {
    "feedback_public:*": "feedback.SurveyLink",
    "api:feedback-public-submit": "feedback.SurveyLink",
    "invitation_public:*": "customers.SurveyInvitation",
}
# What the public feedback pages may show besides the organisation's name: the link, its
# survey and questions, its location, the journey steps a customer may choose, and (on the
# thank-you page) the organisation's public review address from its feedback settings.
PUBLIC_FORM_SHOWS = {
    "surveylink",
    "survey",
    "question",
    "location",
    "journeystep",
    "feedbacksettings",
}
# Keywords that are not objects, with a value to try.
PLAIN_KWARGS = {"area": "audits", "kit_key": "restaurant"}

# Besides 404, a foreign object may get these only when our own object gets the same.
ROLE_REFUSALS = {403, 422}
SCOPED_ROLES = (Role.MANAGER, Role.SUPERVISOR, Role.STAFF)
# Roles that must never see a row outside Location A (the manager's North region).
NARROW_ROLES = {Role.MANAGER, Role.SUPERVISOR, Role.STAFF, Role.SHOPPER}
FILE_ROUTE = re.compile(r"\.\w+\$?$")  # e.g. card.pdf, export.csv: no forms to read

User = get_user_model()


# URL discovery --------------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    name: str
    route: str
    kwargs: tuple[str, ...]

    def __str__(self) -> str:
        return self.name or self.route

    @property
    def points_at_object(self) -> bool:
        return any(kwarg not in PLAIN_KWARGS for kwarg in self.kwargs)

    @property
    def is_api(self) -> bool:
        return self.route.startswith("api/")


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


def public_entry(name: str) -> str | None:
    """The PUBLIC_URL_NAMES entry that covers this URL name, if any."""
    if name in PUBLIC_URL_NAMES:
        return name
    wildcard = f"{name.partition(':')[0]}:*"
    return wildcard if ":" in name and wildcard in PUBLIC_URL_NAMES else None


ALL_ROUTES = discover()
ROUTES = [route for route in ALL_ROUTES if public_entry(route.name) is None]
PUBLIC_ROUTES = [route for route in ALL_ROUTES if public_entry(route.name) in PUBLIC_TOKEN_MODELS]


def model_for_kwarg(kwarg: str) -> tuple[type[models.Model], str]:
    """`location_code` → (Location, "code"); `membership_pk` → (Membership, "pk")."""
    model_name, _, attribute = kwarg.rpartition("_")
    if attribute not in {"code", "pk"}:
        raise AssertionError(
            f"URL keyword {kwarg!r}: name it <model>_code or <model>_pk, "
            f"or add it to PLAIN_KWARGS in {__name__}"
        )
    for model in apps.get_models():
        if model._meta.model_name == model_name.replace("_", "") and model.__module__.startswith(
            "servicegap."
        ):
            return model, attribute
    raise AssertionError(f"URL keyword {kwarg!r}: no servicegap model named {model_name!r}")


def url_for(route: Route, objects: dict[type[models.Model], models.Model], **chosen) -> str:
    """The route's path with each keyword filled from `objects` (by model), or `chosen`."""
    path = route.route
    for kwarg in route.kwargs:
        if kwarg in chosen:
            value = chosen[kwarg]
        elif kwarg in PLAIN_KWARGS:
            value = PLAIN_KWARGS[kwarg]
        else:
            model, attribute = model_for_kwarg(kwarg)
            value = getattr(objects[model], attribute)
        path = re.sub(rf"<(?:\w+:)?{kwarg}>", str(value), path)
    return "/" + path.lstrip("^").rstrip("$")


# Models ---------------------------------------------------------------------------------


def org_owned_models() -> list[type[models.Model]]:
    """Every concrete servicegap model with an `organization` field."""
    found = []
    for model in apps.get_models():
        if not model.__module__.startswith("servicegap.") or model._meta.abstract:
            continue
        with contextlib.suppress(Exception):
            if model._meta.get_field("organization").related_model is Organization:
                found.append(model)
    return found


ORG_MODELS = org_owned_models()


def location_path(model: type[models.Model]) -> str | None:
    """How rows of `model` reach their location (`location`, `answer__location`), if they do."""
    queryset = model._default_manager.get_queryset()
    if isinstance(queryset, LocationScopedQuerySet):
        return queryset.location_field
    with contextlib.suppress(Exception):
        if model._meta.get_field("location").related_model is Location:
            return "location"
    return None


SCOPED_MODELS = [Location] + [m for m in ORG_MODELS if m is not Location and location_path(m)]


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


def build(model: type[models.Model], organization: Organization, **extra) -> models.Model:
    """One object of `model` in `organization`, made by its factory with `organization=`
    (and `extra`, dropped if the factory does not take them)."""
    factory = factory_for(model)
    where = f"{factory.__module__}.{factory.__name__}"
    attempts = [extra, {}] if extra else [{}]
    error: Exception | None = None
    for kwargs in attempts:
        try:
            with transaction.atomic():
                obj = factory(organization=organization, **kwargs)
        except Exception as exc:  # noqa: BLE001 - reported below with the factory's name
            error = exc
            continue
        assert obj.organization_id == organization.pk, (
            f"{where}(organization=...) made a {model.__name__} of another organisation"
        )
        return obj
    raise AssertionError(
        f"{where}(organization=<org>) failed: {error!r}. The tenancy test builds every "
        "organisation-owned model with `organization=` only: give the factory's other "
        "fields defaults and make its SubFactories follow it "
        "(organization=factory.SelfAttribute('..organization'))."
    ) from error


def marked_value(model_field: models.Field, marker: str, row: models.Model) -> str | None:
    """A marked text this field accepts, or None (choices, unique, too long, validated)."""
    if model_field.choices or model_field.unique or model_field.primary_key:
        return None
    tag = f"{marker}-{row._meta.model_name}-{row.pk}"
    if isinstance(model_field, models.EmailField):
        value = f"{tag}@example.test"
    elif isinstance(model_field, models.URLField):
        value = f"https://{tag}.example.test/"
    else:
        value = tag
    try:
        model_field.clean(value, row)
    except ValidationError:
        return None
    return value


def mark_rows(model: type[models.Model], rows, marker) -> None:
    """Write a marked text into every text field of `rows`; `marker(row)` chooses it."""
    text_fields = [
        f for f in model._meta.concrete_fields if isinstance(f, models.CharField | models.TextField)
    ]
    for row in rows:
        values = {}
        for text_field in text_fields:
            value = marked_value(text_field, marker(row), row)
            if value is not None:
                values[text_field.attname] = value
        try:
            with transaction.atomic():
                model._base_manager.filter(pk=row.pk).update(**values)
        except IntegrityError:  # a check constraint: mark the fields one by one
            for name, value in values.items():
                with contextlib.suppress(IntegrityError), transaction.atomic():
                    model._base_manager.filter(pk=row.pk).update(**{name: value})


def user_fields(model: type[models.Model]) -> list[models.Field]:
    return [
        f
        for f in model._meta.concrete_fields
        if f.is_relation and f.related_model is User and f.name != "organization"
    ]


# Responses ------------------------------------------------------------------------------


def body(response) -> bytes:
    """The whole body, streamed (CSV, files) or not."""
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def shown(content: bytes) -> str:
    """Everything a body shows, lower-cased without white space: text, a PDF's text, the
    XML inside an XLSX (zip)."""
    parts = [content.decode(errors="replace")]
    if content.startswith(b"%PDF"):
        from tests.standards.pdftext import pdf_text

        parts.append(pdf_text(content))
    elif content.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            parts += [archive.read(n).decode(errors="replace") for n in archive.namelist()]
    return "".join("".join(parts).casefold().split())


# Forms ----------------------------------------------------------------------------------


@dataclass
class Control:
    name: str
    kind: str  # an <input> type, "select", "textarea" or "button"
    value: str = ""
    checked: bool = False
    multiple: bool = False
    id: str = ""
    options: list[tuple[str, str, bool]] = field(default_factory=list)  # value, label, selected


@dataclass
class Form:
    method: str
    action: str
    controls: list[Control] = field(default_factory=list)


class FormParser(HTMLParser):
    """The forms of a page, with their controls and the labels of their choices."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self.links: list[str] = []  # every <a href> with a query string
        self.labels: dict[str, str] = {}
        self._form: Form | None = None
        self._select: Control | None = None
        self._option: list | None = None
        self._textarea: Control | None = None
        self._open_labels: list[list] = []  # [for, texts, ids inside]

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "a" and "?" in a.get("href", ""):
            self.links.append(a["href"])
        if tag == "form":
            method, action = (a.get("method") or "get").lower(), a.get("action", "")
            if "hx-post" in a:
                method, action = "post", a["hx-post"]
            self._form = Form(method, action)
            self.forms.append(self._form)
        elif tag == "label":
            self._open_labels.append([a.get("for"), [], []])
        elif tag == "option" and self._select is not None:
            self._close_option()
            self._option = [a.get("value"), [], "selected" in a]
        if self._form is None:
            return
        if tag in {"input", "button"}:
            kind = (a.get("type") or ("text" if tag == "input" else "submit")).lower()
            control = Control(
                a.get("name", ""), kind, a.get("value", ""), "checked" in a, id=a.get("id", "")
            )
            self._form.controls.append(control)
            for label in self._open_labels:
                label[2].append(control.id)
        elif tag == "select":
            self._select = Control(a.get("name", ""), "select", multiple="multiple" in a)
            self._form.controls.append(self._select)
        elif tag == "textarea":
            self._textarea = Control(a.get("name", ""), "textarea")
            self._form.controls.append(self._textarea)

    def handle_data(self, data):
        for label in self._open_labels:
            label[1].append(data)
        if self._option is not None:
            self._option[1].append(data)
        elif self._textarea is not None:
            self._textarea.value += data

    def _close_option(self):
        if self._option is not None and self._select is not None:
            value, texts, selected = self._option
            label = " ".join("".join(texts).split())
            self._select.options.append((label if value is None else value, label, selected))
        self._option = None

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "option":
            self._close_option()
        elif tag == "select":
            self._close_option()
            self._select = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "label" and self._open_labels:
            for_id, texts, inside = self._open_labels.pop()
            text = " ".join("".join(texts).split())
            for control_id in [for_id, *inside]:
                if control_id:
                    self.labels[control_id] = text


def parse_forms(html: str, *, links: bool = False) -> list[Form]:
    """The page's forms; with `links`, also each link with a query string as a GET form of
    hidden fields (a filter such as `?location=<code>`)."""
    parser = FormParser()
    parser.feed(html)
    parser.close()
    for form in parser.forms:
        for control in form.controls:
            if control.kind in {"checkbox", "radio"}:
                control.options = [
                    (control.value or "on", parser.labels.get(control.id, ""), False)
                ]
    if links:
        for href in parser.links:
            query = parse_qsl(urlsplit(href).query)
            controls = [
                Control(name, "select", options=[(value, "", True)]) for name, value in query
            ]
            parser.forms.append(Form("link", href, controls))
    return parser.forms


FILLERS = {
    "email": "x@example.test",
    "url": "https://example.test/",
    "number": "1",
    "range": "1",
    "date": date.today().isoformat(),
    "time": "12:00",
    "datetime-local": f"{date.today().isoformat()}T12:00",
    "month": date.today().strftime("%Y-%m"),
    "password": "Correct-Horse-Battery-42",
    "tel": "0123456789",
    "color": "#000000",
}
IGNORED_INPUTS = {"file", "image", "reset"}


def filled_in(form: Form, *, fill_text: bool = True) -> dict[str, list[str]]:
    """What a person submitting the form would send: what is chosen (else the first real
    choice of a list or radio group), text as it is (empty text "x", other inputs a valid
    value)."""
    data: dict[str, list[str]] = defaultdict(list)
    first_radio: dict[str, str] = {}
    buttons: set[str] = set()
    for control in form.controls:
        name, kind = control.name, control.kind
        if not name or kind in IGNORED_INPUTS:
            continue
        if kind in {"submit", "button"}:
            if name not in buttons:  # the first of a group of buttons
                buttons.add(name)
                data[name] = [control.value]
        elif kind == "checkbox":
            if control.checked:
                data[name].append(control.value or "on")
        elif kind == "radio":
            first_radio.setdefault(name, control.value)
            if control.checked:
                data[name] = [control.value]
        elif kind == "select":
            selected = [value for value, _label, chosen in control.options if chosen and value]
            if not selected and not control.multiple:  # a person would choose a real one
                offered = [value for value, _label, _chosen in control.options]
                selected = ([value for value in offered if value] or offered)[:1]
            data[name] = selected
        elif kind == "hidden":
            data[name].append(control.value)
        elif control.value or fill_text:
            data[name].append(control.value or FILLERS.get(kind, "x"))
    for name, value in first_radio.items():
        data.setdefault(name, [value])
    return dict(data)


def choice_fields(form: Form) -> dict[str, tuple[bool, list[tuple[str, str]]]]:
    """name → (several may be chosen, [(value, label)]) for selects, checkboxes, radios."""
    found: dict[str, tuple[bool, list[tuple[str, str]]]] = {}
    for control in form.controls:
        if not control.name or control.kind not in {"select", "checkbox", "radio"}:
            continue
        multiple = control.multiple or control.kind == "checkbox"
        _was, options = found.get(control.name, (multiple, []))
        found[control.name] = (
            multiple,
            options + [(value, label) for value, label, _s in control.options],
        )
    return found


# The data of this module ----------------------------------------------------------------


@dataclass
class Tenancy:
    world: World
    members: dict[Role, Membership]
    foreign_org: Organization
    foreign: dict[type[models.Model], models.Model]  # one foreign object of every model
    own: dict[type[models.Model], models.Model]  # one of ours, at Location A if located
    out_of_scope: dict[type[models.Model], models.Model]  # ours at Location B
    clients: dict[Role, tuple[Client, str]]  # logged in once, session cookie
    crossed: RowCounter  # rows pointing at another organisation's
    foreign_rows: RowCounter  # the foreign organisation's rows, by model
    foreign_counts: dict[str, int]
    index: dict = field(default_factory=dict)  # our choices: code/label → (model, object)
    twins: dict = field(default_factory=dict)  # (model, signature) → a foreign object
    forms: dict | None = None  # route name → {"post": Form, "get": Form}, read once

    def foreign_value(self, model, attribute: str) -> str:
        return str(getattr(self.foreign[model], attribute))

    def foreign_like(self, model, ours: models.Model | None) -> models.Model:
        """The foreign object most like one of ours: same choices and flags (a shopper's
        membership for a shopper's), so a list filtered by them but not by organisation
        would take it."""
        if ours is None or model not in ORG_MODELS:
            return self.foreign[model]
        return self.twins.get((model, signature(ours)), self.foreign[model])

    def foreign_values(self) -> list[str]:
        """Every foreign object's code and pk, for choices this test cannot identify."""
        values = [str(obj.code) for obj in self.foreign.values() if hasattr(obj, "code")]
        return values + [str(obj.pk) for obj in self.foreign.values()]


def signature(row: models.Model) -> tuple:
    """A row's choices and flags (role, kind, status, is_active...), as factory keywords."""
    return tuple(
        (f.name, getattr(row, f.attname))
        for f in row._meta.concrete_fields
        if (f.choices or isinstance(f, models.BooleanField)) and not f.is_relation
    )


def build_twins(org: Organization, foreign_org: Organization) -> dict:
    """A foreign object for each combination of choices and flags among our rows that the
    first foreign object lacks (best effort: a factory that refuses one is skipped)."""
    twins = {}
    for model in ORG_MODELS:
        first = model._base_manager.filter(organization=foreign_org).order_by("pk").first()
        seen = {signature(first)} if first else set()
        for row in model._base_manager.filter(organization=org):
            wanted = signature(row)
            if wanted in seen:
                continue
            seen.add(wanted)
            with contextlib.suppress(AssertionError):
                twins[model, wanted] = build(model, foreign_org, **dict(wanted))
    return twins


def _people(world: World) -> dict[Role, Membership]:
    """The personas of tests/conftest.py, with the same scopes."""
    return {
        Role.OWNER: _member(world, "olga@example.test", Role.OWNER),
        Role.EXECUTIVE: _member(world, "erin@example.test", Role.EXECUTIVE),
        Role.MANAGER: _member(world, "max@example.test", Role.MANAGER, regions=[world.north]),
        Role.SUPERVISOR: _member(
            world, "sid@example.test", Role.SUPERVISOR, locations=[world.location_a]
        ),
        Role.STAFF: _member(world, "sam@example.test", Role.STAFF, locations=[world.location_a]),
        Role.SHOPPER: _member(world, "sue@example.test", Role.SHOPPER),
    }


def factory_path(factory, path: str, depth: int = 0) -> str | None:
    """The factory keyword that puts a new object at a location, following the factory's
    own declarations so that the whole chain agrees: for AuditAnswerFactory, whose
    `location` is SelfAttribute("audit.location"), that is `audit__location`."""
    if depth > 5:
        return None
    head, _sep, rest = path.partition("__")
    declaration = factory._meta.declarations.get(head)
    if isinstance(declaration, factory_declarations.SelfAttribute):
        if declaration.depth > 1:
            return None
        copied = declaration.attribute_name.replace(".", "__")
        return factory_path(factory, f"{copied}__{rest}" if rest else copied, depth + 1)
    if not rest:
        return head
    if isinstance(declaration, factory_declarations.SubFactory):
        inner = factory_path(declaration.get_factory(), rest, depth + 1)
        return f"{head}__{inner}" if inner else None
    return None


def _at(model: type[models.Model], location: Location) -> dict:
    """Factory keywords for an object of `model` at `location` (none if it has none)."""
    path = location_path(model)
    keyword = factory_path(factory_for(model), path) if path else None
    return {keyword: location} if keyword else {}


def _build_tenancy() -> Tenancy:
    org = factories.OrganizationFactory(name="Sunny Side Cafés", slug="sunny-tenancy")
    north = factories.RegionFactory(organization=org, name="North")
    south = factories.RegionFactory(organization=org, name="South")
    world = World(
        org=org,
        north=north,
        south=south,
        location_a=factories.LocationFactory(organization=org, name="Location A", region=north),
        location_b=factories.LocationFactory(organization=org, name="Location B", region=south),
    )
    members = _people(world)
    foreign_org = factories.OrganizationFactory(name=f"{MARKER} organisation", slug="otto")
    otto = factories.MembershipFactory(
        organization=foreign_org,
        user=factories.UserFactory(username="otto@example.test"),
        role=Role.OWNER,
    )

    foreign = {model: build(model, foreign_org) for model in ORG_MODELS}
    own = {
        model: build(model, org, **_at(model, world.location_a))
        for model in ORG_MODELS
        if model is not Location
    }
    own[Location] = world.location_a
    out_of_scope = {
        model: build(model, org, **_at(model, world.location_b))
        for model in SCOPED_MODELS
        if model is not Location
    }
    out_of_scope[Location] = world.location_b
    twins = build_twins(org, foreign_org)

    for model in ORG_MODELS:
        mark_rows(model, model._base_manager.filter(organization=foreign_org), lambda r: MARKER)
        path = "pk" if model is Location else location_path(model)
        outside = set()
        if path:
            target = world.location_a.pk if model is Location else world.location_a
            outside = set(
                model._base_manager.filter(organization=org)
                .exclude(**{path: target})
                .values_list("pk", flat=True)
            )
        mark_rows(
            model,
            model._base_manager.filter(organization=org),
            lambda r, outside=outside: OUT_OF_SCOPE if r.pk in outside else INSIDER,
        )
    foreign_users = {otto.user_id}
    for model in ORG_MODELS:
        foreign_rows = model._base_manager.filter(organization=foreign_org)
        for user_field in user_fields(model):
            foreign_users |= set(foreign_rows.values_list(user_field.attname, flat=True))
    for user in User.objects.filter(pk__in=foreign_users - {None}):
        user.username = user.email = f"{MARKER}-user-{user.pk}@example.test"
        user.first_name = user.last_name = f"{MARKER}-user-{user.pk}"
        user.save()

    tenancy = Tenancy(
        world=world,
        members=members,
        foreign_org=foreign_org,
        foreign={model: model._base_manager.get(pk=obj.pk) for model, obj in foreign.items()},
        own={model: model._base_manager.get(pk=obj.pk) for model, obj in own.items()},
        out_of_scope={
            model: model._base_manager.get(pk=obj.pk) for model, obj in out_of_scope.items()
        },
        clients={},
        crossed=RowCounter(row_checks(foreign_org)),
        foreign_rows=RowCounter(foreign_org_rows(foreign_org)),
        foreign_counts={},
        twins={key: key[0]._base_manager.get(pk=obj.pk) for key, obj in twins.items()},
    )
    tenancy.foreign_counts = tenancy.foreign_rows()
    for role, member in members.items():
        client = client_for(member)
        tenancy.clients[role] = (client, client.cookies[settings.SESSION_COOKIE_NAME].value)
    tenancy.foreign[Organization] = foreign_org
    tenancy.foreign[User] = User.objects.get(pk=otto.user_id)
    tenancy.index = choice_index(tenancy)
    crossed = {what: n for what, n in tenancy.crossed().items() if n}
    assert not crossed, (
        "the factories made rows that point at another organisation's rows (make their "
        f"SubFactories follow `organization`): {crossed}"
    )
    return tenancy


def choice_index(tenancy: Tenancy) -> dict:
    """Our objects by code and by label (their str), to tell the model of a choice."""
    by_code, by_label, by_tag, pks = {}, defaultdict(list), {}, defaultdict(set)
    org = tenancy.world.org
    for model in [*ORG_MODELS, Organization, User]:
        if model is Organization:
            rows = [org]
        elif model is User:
            rows = [m.user for m in Membership.objects.filter(organization=org)]
        else:
            rows = list(model._base_manager.filter(organization=org))
        for row in rows:
            if hasattr(row, "code"):
                by_code[str(row.code)] = (model, row)
            by_label[" ".join(str(row).split())].append((model, row))
            by_tag[(row._meta.model_name, str(row.pk))] = (model, row)
            pks[model].add(str(row.pk))
    return {"code": by_code, "label": by_label, "tag": by_tag, "pks": pks}


def models_by_pks(tenancy: Tenancy, options: list[tuple[str, str]]) -> set[tuple[type, str]]:
    """For choices no label tells apart (e.g. a membership shown by its e-mail): the models
    of which every offered value is the pk of one of our rows. Numbers shown as themselves
    (a rating, a weight) are not objects."""
    values = {value for value, _label in options if value}
    if not values or not all(v.isdigit() for v in values):
        return set()
    if all(label.strip() == value for value, label in options if value):
        return set()
    return {(model, "pk", None) for model, pks in tenancy.index["pks"].items() if values <= pks}


def identify(tenancy: Tenancy, value: str, label: str) -> tuple[type, str, object] | None:
    """(model, attribute submitted: "code", "pk"..., object) of our object offered as this
    choice."""
    index = tenancy.index
    if value in index["code"]:
        model, ours = index["code"][value]
        return model, "code", ours
    candidates = [index["tag"].get(m.group(2, 3)) for m in MARKED.finditer(label)]
    candidates += index["label"].get(" ".join(label.split()), [])
    for candidate in candidates:
        if candidate is None:
            continue
        for attribute in ("pk", "email", "username", "slug"):  # what a choice may submit
            if str(getattr(candidate[1], attribute, None)) == value:
                return candidate[0], attribute, candidate[1]
    return None


def row_checks(foreign_org: Organization) -> list[tuple[str, models.QuerySet]]:
    """(what, rows) that must stay empty: rows pointing at a row of another organisation,
    or at a user who is a member only of another one (by model and field)."""
    checks = []
    owned = set(ORG_MODELS)
    foreign_users = Membership.objects.filter(organization=foreign_org).values("user")
    our_users = Membership.objects.exclude(organization=foreign_org).values("user")
    for model in ORG_MODELS:
        rows = model._base_manager.all()
        for relation in model._meta.get_fields():
            if not (relation.concrete and relation.is_relation) or relation.name == "organization":
                continue
            what = f"{model.__name__}.{relation.name}"
            target = relation.related_model
            if relation.many_to_many and target in owned:
                through = relation.remote_field.through
                source = relation.m2m_field_name()
                reverse = relation.m2m_reverse_field_name()
                checks.append(
                    (
                        what,
                        through._base_manager.exclude(
                            **{f"{source}__organization": F(f"{reverse}__organization")}
                        ),
                    )
                )
            elif target in owned:
                checks.append(
                    (
                        what,
                        rows.filter(**{f"{relation.name}__isnull": False}).exclude(
                            **{f"{relation.name}__organization": F("organization")}
                        ),
                    )
                )
            elif target is User and not relation.many_to_many:
                checks.append(
                    (
                        f"{what} (a user of the other organisation)",
                        rows.exclude(organization=foreign_org)
                        .filter(**{f"{relation.name}__in": foreign_users})
                        .exclude(**{f"{relation.name}__in": our_users}),
                    )
                )
                checks.append(
                    (
                        f"{what} (one of our users, in the other organisation)",
                        rows.filter(organization=foreign_org)
                        .filter(**{f"{relation.name}__in": our_users})
                        .exclude(**{f"{relation.name}__in": foreign_users}),
                    )
                )
    return checks


class RowCounter:
    """Counts, in one SQL statement, the rows of each (what, queryset): compiled once, run
    after every test that wrote."""

    def __init__(self, checks: list[tuple[str, models.QuerySet]]):
        self.names = [what for what, _rows in checks]
        selects, self.params = [], []
        for number, (_what, rows) in enumerate(checks):
            sql, params = rows.values("pk").query.sql_with_params()
            selects.append(f"(SELECT COUNT(*) FROM ({sql}) AS counted{number})")
            self.params += list(params)
        self.sql = "SELECT " + ", ".join(selects)

    def __call__(self) -> dict[str, int]:
        with connection.cursor() as cursor:
            cursor.execute(self.sql, self.params)
            return dict(zip(self.names, cursor.fetchone(), strict=True))


def foreign_org_rows(foreign_org: Organization) -> list[tuple[str, models.QuerySet]]:
    return [
        (model.__name__, model._base_manager.filter(organization=foreign_org))
        for model in ORG_MODELS
    ]


@pytest.fixture(scope="module")
def tenancy(django_db_setup, django_db_blocker):
    """Built once for this module (per worker) inside a transaction rolled back at the
    end; each test runs in a savepoint of it."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            data = _build_tenancy()
        except BaseException:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            raise
    yield data
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


@pytest.fixture
def foreign(tenancy, db) -> dict[type[models.Model], models.Model]:
    """One object of every organisation-owned model in the foreign organisation."""
    return tenancy.foreign


# Reading the forms our owner sees -------------------------------------------------------


def route_of(path: str) -> str | None:
    try:
        match = resolve(urlsplit(path).path)
    except Resolver404:
        return None
    return match.view_name


def owner_forms(tenancy: Tenancy) -> dict[str, dict[str, Form]]:
    """For each URL name, the largest form (per method) that posts or gets to it, from every
    page our owner sees; read once per module and worker."""
    if tenancy.forms is not None:
        return tenancy.forms
    forms: dict[str, dict[str, Form]] = defaultdict(dict)
    client = client_for(tenancy.members[Role.OWNER])
    with transaction.atomic():
        for route in ROUTES:
            if route.is_api or FILE_ROUTE.search(route.route):
                continue
            page = url_for(route, tenancy.own)
            try:
                response = client.get(page)
            except Exception:  # noqa: BLE001 - the tests below report it
                continue
            for name, found in forms_on(response, page).items():
                for method, form in found.items():
                    known = forms[name].get(method)
                    if known is None or len(form.controls) > len(known.controls):
                        forms[name][method] = form
        transaction.set_rollback(True)
    tenancy.forms = dict(forms)
    return tenancy.forms


def forms_on(response, page: str) -> dict[str, dict[str, Form]]:
    """URL name → {method ("get", "post", or "link": a link with a query string): the
    largest form that sends there} on an HTML page."""
    found: dict[str, dict[str, Form]] = defaultdict(dict)
    if response is None or response.status_code != 200:
        return found
    if "html" not in response.get("Content-Type", ""):
        return found
    for form in parse_forms(body(response).decode(errors="replace"), links=True):
        name = route_of(urljoin(page, form.action))
        if not name or form.method not in {"get", "post", "link"}:
            continue
        known = found[name].get(form.method)
        if known is None or len(form.controls) > len(known.controls):
            found[name][form.method] = form
    return found


def form_bodies(tenancy: Tenancy, form: Form | None) -> list[tuple[str, dict]]:
    """[(what, the form filled in with every choice foreign), then (what, one choice foreign
    and the rest as a person would send it)]; nothing without a form."""
    if form is None:
        return []
    base = filled_in(form)
    every = dict(base)
    one_by_one = []
    for name, (multiple, options) in choice_fields(form).items():
        # (model, attribute) → the foreign object like the first of ours offered
        found: dict[tuple[type, str], models.Model] = {}
        identified = [identify(tenancy, value, label) for value, label in options]
        for model, attribute, ours in [*filter(None, identified)] or models_by_pks(
            tenancy, options
        ):
            if model in tenancy.foreign and (model, attribute) not in found:
                found[model, attribute] = tenancy.foreign_like(model, ours)
        if not found:
            if not any(value for value, _label in options):
                every[name] = tenancy.foreign_values()
            continue
        ordered = sorted(found, key=lambda pair: (pair[0].__name__, pair[1]))
        values = [str(getattr(found[pair], pair[1])) for pair in ordered]
        every[name] = values if multiple else values[:1]
        for model, attribute in ordered:
            # The attribute our options use, and the code and pk too: a form may show one
            # and accept the other.
            theirs = found[model, attribute]
            for submitted in dict.fromkeys([attribute, "code", "pk"]):
                if hasattr(theirs, submitted):
                    variant = dict(base)
                    variant[name] = [str(getattr(theirs, submitted))]
                    one_by_one.append((f"{name}={model.__name__}.{submitted} foreign", variant))
    return [("every choice foreign", every), *one_by_one]


# The API's own description --------------------------------------------------------------


def openapi_operations() -> dict:
    from servicegap.api.main import api

    return api.get_openapi_schema()


_OPENAPI: dict = {}


def api_operation(route: Route, method: str) -> tuple[dict, dict] | None:
    if not _OPENAPI:
        _OPENAPI.update(openapi_operations())
    path = "/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route.route)
    operation = _OPENAPI.get("paths", {}).get(path, {}).get(method)
    return (operation, _OPENAPI) if operation else None


def _resolve(schema: dict, spec: dict) -> dict:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    if "anyOf" in schema:
        options = [s for s in schema["anyOf"] if s.get("type") != "null"]
        return _resolve(options[0], spec) if options else {}
    return schema


def model_named(name: str) -> type[models.Model] | None:
    """The organisation-owned model a parameter names: `location` → Location,
    `template` → AuditTemplate, `step` → JourneyStep."""
    name = name.removesuffix("_code").replace("_", "")
    exact = [m for m in ORG_MODELS if m._meta.model_name == name]
    ending = [m for m in ORG_MODELS if m._meta.model_name.endswith(name)]
    return (exact or ending or [None])[0]


def example_json(schema: dict, spec: dict, tenancy: Tenancy, uuids: list, path=()):
    """A valid-looking value for a JSON schema, with our codes for UUIDs; records where the
    UUIDs are (`uuids`) so they can be swapped for foreign ones."""
    schema = _resolve(schema, spec)
    kind = schema.get("type")
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "object" or "properties" in schema:
        value = {}
        for name, inner in schema.get("properties", {}).items():
            inner_schema = _resolve(inner, spec)
            required = name in schema.get("required", [])
            if required or inner_schema.get("format") == "uuid":
                value[name] = example_json(inner, spec, tenancy, uuids, (*path, name))
        return value
    if kind == "array":
        return [example_json(schema.get("items", {}), spec, tenancy, uuids, (*path, 0))]
    if schema.get("format") == "uuid":
        model = model_named(str(path[-1])) if path else None
        uuids.append((path, model))
        return str(tenancy.own[model].code) if model else str(uuid.uuid4())
    if schema.get("format") == "date-time":
        return f"{date.today().isoformat()}T12:00:00Z"
    if schema.get("format") == "date":
        return date.today().isoformat()
    if kind in {"integer", "number"}:
        return schema.get("minimum", 1)
    if kind == "boolean":
        return False
    return "x"


def _swap(value, path, new):
    if len(path) == 1:
        value[path[0]] = new
    else:
        _swap(value[path[0]], path[1:], new)


WRITES = {"post", "put", "patch", "delete"}
API_CHANGES = ("put", "patch", "delete")  # besides POST, tried on an API object's path


def api_bodies(
    tenancy: Tenancy, route: Route, method: str = "post"
) -> tuple[dict | None, list[tuple[str, dict]]]:
    """(a valid-looking JSON body with our codes, [(what, the same with foreign codes: all of
    them, then one at a time)]), for each value of the body's first required choice (e.g. an
    audit's `kind`, which decides which codes are used). A file upload (multipart) has no
    JSON body to fill in: none."""
    found = api_operation(route, method)
    if not found or "requestBody" not in found[0]:
        return None, []
    operation, spec = found
    if "application/json" not in operation["requestBody"]["content"]:
        return None, []
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    uuids: list = []
    base = example_json(schema, spec, tenancy, uuids)
    resolved = _resolve(schema, spec)
    bases = [("", base)]
    for name in resolved.get("required", []):
        choices = _resolve(resolved.get("properties", {}).get(name, {}), spec).get("enum")
        if choices and isinstance(base, dict):
            bases = [(f"{name}={choice}, ", {**base, name: choice}) for choice in choices]
            break
    variants = []
    for prefix, body_ in bases:
        every = json.loads(json.dumps(body_))
        one_by_one = []
        for path, model in uuids:
            targets = [model] if model else [m for m in tenancy.foreign if hasattr(m, "code")]
            _swap(every, path, tenancy.foreign_value(targets[0], "code"))
            for target in targets:
                variant = json.loads(json.dumps(body_))
                _swap(variant, path, tenancy.foreign_value(target, "code"))
                one_by_one.append(
                    (f"{prefix}{'.'.join(map(str, path))}={target.__name__}", variant)
                )
        if uuids:
            variants += [(f"{prefix}every code foreign", every), *one_by_one]
    return base, variants


def api_queries(tenancy: Tenancy, route: Route) -> list[tuple[str, dict]]:
    """[(what, a query string with one UUID parameter set to a foreign code)]."""
    found = api_operation(route, "get")
    if not found:
        return []
    operation, spec = found
    queries = []
    for parameter in operation.get("parameters", []):
        if parameter.get("in") != "query":
            continue
        if _resolve(parameter.get("schema", {}), spec).get("format") != "uuid":
            continue
        model = model_named(parameter["name"])
        targets = [model] if model else [m for m in tenancy.foreign if hasattr(m, "code")]
        for target in targets:
            value = tenancy.foreign_value(target, "code")
            queries.append((f"?{parameter['name']}={target.__name__}", {parameter["name"]: value}))
    return queries


# Requests and what they may answer ------------------------------------------------------


def nowhere(value: str) -> str:
    """An id shaped like `value` that no object has."""
    with contextlib.suppress(ValueError):
        uuid.UUID(value)
        return str(uuid.uuid4())
    if value.isdigit():
        return "987654321"
    if "@" in value:
        return "nobody@example.invalid"
    return f"{value}-nowhere"


class Visit:
    """One member's requests in a test; every problem is collected, not just the first."""

    def __init__(self, tenancy: Tenancy, role: Role | None, route: Route):
        self.tenancy = tenancy
        self.role = role
        self.route = route
        self.client = Client()
        if role is not None:  # the member's session, logged in once for this module
            self.client, session = tenancy.clients[role]
            self.client.cookies.clear()
            self.client.cookies[settings.SESSION_COOKIE_NAME] = session
        self.problems: list[str] = []
        self.role_refused: dict[str, bool] = {}  # method → our own object got a 403
        self.wrote = False  # a POST was not refused: rows are checked afterwards
        self.succeeded = False  # a POST succeeded: the home page is visited afterwards

    def send(self, method: str, url: str, data=None, *, note: str = ""):
        where = f"{method.upper()} {url}{note} as {self.role.value if self.role else 'anonymous'}"
        try:
            if method == "get":
                response = self.client.get(url, data or {})
            elif self.route.is_api:
                content = "" if data is None else json.dumps(data)
                send = getattr(self.client, method)  # post, put, patch or delete
                response = send(url, content, content_type="application/json")
            else:
                response = self.client.post(url, data or {})
        except Exception as exc:  # noqa: BLE001 - a crash is one more problem to report
            frames = traceback.format_exception(exc)[-3:]
            self.problems.append(f"{where}: raised {exc!r}\n{''.join(frames)}")
            return None, where
        if method in WRITES and response.status_code not in {403, 404, 405}:
            self.wrote = True
        if method in WRITES and response.status_code < 400:
            self.succeeded = True
        text = shown(body(response))
        if response.status_code >= 500:
            self.problems.append(f"{where}: {response.status_code}")
        if MARKER in text:
            self.problems.append(f"{where}: shows another organisation's data ({MARKER})")
        if self.role in NARROW_ROLES and OUT_OF_SCOPE in text:
            seen = sorted({m.group(2) for m in MARKED.finditer(text) if m.group(1) == OUT_OF_SCOPE})
            self.problems.append(
                f"{where}: shows rows outside the member's locations ({OUT_OF_SCOPE}: {seen})"
            )
        return response, where

    def expect_refused(self, method, foreign_url, own_url, data=None, *, note="", own=None):
        """A foreign object: 404 or 405, or a refusal our own object gets too (`own`: the
        answer to the same request for our object, if already asked)."""
        response, where = self.send(method, foreign_url, data, note=note)
        if response is None or response.status_code in {404, 405}:
            return response
        status = response.status_code
        if status == 403 and own is None and self.role_refused.get(method):
            return response  # the member's role may not do this to our object either
        if status in ROLE_REFUSALS:
            if own is None:
                own, _own_where = self.send(method, own_url, data, note=note)
            if own is not None and own.status_code == status:
                return response
            own_status = own.status_code if own is not None else "an error"
            self.problems.append(
                f"{where}: {status} for another organisation's object but {own_status} for "
                "ours: another organisation's object must be a 404"
            )
        else:
            self.problems.append(f"{where}: {status}; another organisation's object is a 404")
        return response

    def expect_like_nowhere(self, url, data, base, *, note):
        """GET with a foreign object's id in a filter: answered as an id that exists nowhere
        is (else the answer tells that another organisation's object exists)."""
        response, where = self.send("get", url, data, note=note)
        twin = {
            name: [nowhere(value) for value in values] if base.get(name) != values else values
            for name, values in ((n, v if isinstance(v, list) else [v]) for n, v in data.items())
        }
        other, _where = self.send("get", url, twin, note=f"{note} (an id of nothing)")
        if response is not None and other is not None and response.status_code != other.status_code:
            self.problems.append(
                f"{where}: {response.status_code}, but {other.status_code} for an id of "
                "nothing: it tells that another organisation's object exists"
            )

    def check_rows(self):
        tenancy = self.tenancy
        crossed = {what: n for what, n in tenancy.crossed().items() if n}
        if crossed:
            self.problems.append(
                f"{self.route} as {self.role}: rows now point at another organisation's: {crossed}"
            )
        counts = tenancy.foreign_rows()
        changed = {
            what: (tenancy.foreign_counts[what], n)
            for what, n in counts.items()
            if n != tenancy.foreign_counts[what]
        }
        if changed:
            self.problems.append(
                f"{self.route} as {self.role}: the foreign organisation's rows changed "
                f"(before, after): {changed}"
            )

    def assert_no_problems(self):
        assert not self.problems, "\n".join(self.problems)


ROLE_CASES = [
    pytest.param(route, role, id=f"{route}-{role.value}") for route in ROUTES for role in Role
]


def test_discovery_finds_the_core_pages():
    names = {route.name for route in ROUTES}
    assert {"core:home", "core:location-detail", "core:member-edit"} <= names


def test_every_public_page_says_why_and_the_feedback_form_is_one_of_them():
    names = {route.name for route in ALL_ROUTES}
    assert "feedback_public:form" in {route.name for route in PUBLIC_ROUTES}
    assert "feedback:link-qr-png" in {route.name for route in ROUTES}  # for managers only
    for entry, reason in PUBLIC_URL_NAMES.items():
        assert reason.strip(), entry
        if not entry.endswith(":*"):
            assert entry in names, f"PUBLIC_URL_NAMES: no URL named {entry!r} any more"


def test_the_foreign_organisation_has_one_of_every_organisation_owned_model(foreign, tenancy):
    missing = [m.__name__ for m in ORG_MODELS if m not in foreign]
    assert not missing
    assert {Location, Membership} <= set(ORG_MODELS)
    for model in ORG_MODELS:
        assert foreign[model].organization_id == tenancy.foreign_org.pk
        assert tenancy.own[model].organization_id == tenancy.world.org.pk


@pytest.mark.parametrize(("route", "role"), ROLE_CASES)
def test_no_role_reaches_another_organisations_objects(route, role, tenancy, foreign):
    visit = Visit(tenancy, role, route)
    foreign_url = url_for(route, foreign)
    own_url = url_for(route, tenancy.own)
    forms = owner_forms(tenancy).get(route.name, {})
    filled, variants = api_bodies(tenancy, route) if route.is_api else (None, [])

    # Our page as this member sees it: its forms are the ones they would fill in. (A file,
    # such as a PDF, has none: asked for only if needed to compare a refusal.)
    own_page = None
    if not (route.points_at_object and FILE_ROUTE.search(route.route)):
        own_page, _where = visit.send("get", own_url)
    if not route.is_api:
        forms = {**forms, **forms_on(own_page, own_url).get(route.name, {})}
        form = forms.get("post")
        filled = filled_in(form) if form else None
        variants = form_bodies(tenancy, form)

    # Our own page's form filled in with foreign objects' ids: all at once, then one by one
    # (unless the first is refused outright).
    for number, (what, data) in enumerate(variants):
        response, _where = visit.send("post", own_url, data, note=f" ({what})")
        refused = response is None or response.status_code in {403, 404, 405}
        if number == 0 and not route.is_api:  # an API body may vary by choice
            visit.role_refused["post"] = response is not None and response.status_code == 403
            if refused:
                break

    if route.points_at_object:
        visit.expect_refused("get", foreign_url, own_url, own=own_page)
        visit.expect_refused("post", foreign_url, own_url)
        if filled:
            visit.expect_refused("post", foreign_url, own_url, filled, note=" (filled in)")
        for method in API_CHANGES if route.is_api else ():
            if api_operation(route, method):  # a change or removal of the foreign object
                body_, _variants = api_bodies(tenancy, route, method)
                visit.expect_refused(method, foreign_url, own_url, body_, note=" (filled in)")
    else:
        visit.send("post", own_url)
    if not route.is_api:
        for method in ("get", "link"):  # filters: forms, and links such as ?location=<code>
            base = filled_in(forms[method]) if method in forms else {}
            for what, data in form_bodies(tenancy, forms.get(method))[1:]:
                visit.expect_like_nowhere(own_url, data, base, note=f" ({what})")
    else:
        for what, data in api_queries(tenancy, route):
            visit.expect_like_nowhere(own_url, data, {}, note=f" ({what})")

    if visit.wrote:
        visit.check_rows()
    if visit.succeeded:  # e.g. a switch into another organisation would show there
        visit.send("get", "/", note=" (afterwards)")
    visit.assert_no_problems()


@pytest.mark.parametrize("route", ROUTES, ids=str)
def test_anonymous_visitors_are_sent_to_login_or_refused(route, tenancy, foreign):
    visit = Visit(tenancy, None, route)
    url = url_for(route, foreign)
    for method in ("get", "post"):
        response, where = visit.send(method, url)
        if response is None or response.status_code == 405:
            continue
        if route.is_api:
            if response.status_code != 401:
                visit.problems.append(f"{where}: {response.status_code}, not 401")
        elif response.status_code != 302 or not response["Location"].startswith("/accounts/login/"):
            visit.problems.append(f"{where}: {response.status_code}, not sent to the login page")
    visit.assert_no_problems()


SCOPE_CASES = [
    pytest.param(route, role, id=f"{route}-{role.value}")
    for route in ROUTES
    if any(
        kwarg not in PLAIN_KWARGS and model_for_kwarg(kwarg)[0] in SCOPED_MODELS
        for kwarg in route.kwargs
    )
    for role in SCOPED_ROLES
]


@pytest.mark.parametrize(("route", "role"), SCOPE_CASES)
def test_members_scoped_to_location_a_do_not_reach_objects_at_location_b(
    route, role, tenancy, foreign
):
    visit = Visit(tenancy, role, route)
    objects = {**tenancy.own, **tenancy.out_of_scope}
    url = url_for(route, objects)
    forms = owner_forms(tenancy).get(route.name, {})
    if route.is_api:
        filled, _variants = api_bodies(tenancy, route)
    else:
        filled = filled_in(forms["post"]) if "post" in forms else None
    statuses = []
    tries = [("get", None), ("post", None)] + ([("post", filled)] if filled else [])
    for method in API_CHANGES if route.is_api else ():
        if api_operation(route, method):
            tries.append((method, api_bodies(tenancy, route, method)[0]))
    for method, data in tries:
        response, where = visit.send(method, url, data)
        if response is None:
            continue
        statuses.append(response.status_code)
        if response.status_code not in {403, 404, 405}:
            visit.problems.append(
                f"{where}: {response.status_code} for an object at Location B; expected 403 or 404"
            )
    if statuses and set(statuses) == {405}:
        visit.problems.append(f"{route}: every method gave 405; nothing was checked")
    visit.assert_no_problems()


# Public pages ----------------------------------------------------------------------------


def _public_link(tenancy: Tenancy, name: str):
    model = apps.get_model(PUBLIC_TOKEN_MODELS[public_entry(name)])
    return tenancy.own[model]


def _check_public_page(tenancy: Tenancy, response, where: str, link) -> list[str]:
    """Nothing of the organisation beyond its name and the form's parts; no way in."""
    problems = []
    text = body(response).decode(errors="replace")
    html = "html" in response.get("Content-Type", "")
    if html and tenancy.world.org.name not in text:
        problems.append(f"{where}: does not name the organisation")
    if MARKER in shown(body(response)):
        problems.append(f"{where}: shows another organisation's data")
    if OUT_OF_SCOPE in text:
        problems.append(f"{where}: shows rows of other locations ({OUT_OF_SCOPE})")
    allowed = {("location", str(link.location_id)), ("surveylink", str(link.pk))}
    for found in MARKED.finditer(text):
        model_name, pk = found.group(2, 3)
        if model_name in PUBLIC_FORM_SHOWS - {"location", "surveylink"}:
            continue
        if (model_name, pk) not in allowed:
            problems.append(f"{where}: shows a {model_name} ({found.group(0)})")
    for attribute in re.findall(r'(?:href|action|src|hx-\w+)="([^"]*)"', text):
        if attribute.startswith(("?", "#", "/static/", "https://", "http://", "data:")):
            continue
        if attribute.startswith(link.public_path()):
            continue
        problems.append(f"{where}: links into the application ({attribute})")
    if "<nav" in text and 'aria-label="Main"' in text:
        problems.append(f"{where}: has the members' navigation")
    return problems


@pytest.mark.parametrize("route", PUBLIC_ROUTES, ids=str)
def test_public_feedback_pages_show_only_the_form(route, tenancy, foreign, client):
    link = _public_link(tenancy, route.name)
    url = url_for(route, tenancy.own, token=link.token)
    problems = []
    if route.is_api:
        payload = {"submission_id": str(uuid.uuid4()), "people": 4, "comment": "Lovely"}
        response = client.post(url, json.dumps(payload), content_type="application/json")
        where = f"POST {url}"
        if response.status_code not in {200, 201}:
            problems.append(f"{where}: {response.status_code} {body(response)[:300]!r}")
        text = shown(body(response))
        if MARKED.search(text) or tenancy.world.location_a.name.casefold() in text:
            problems.append(f"{where}: answers with more than whether it was stored: {text}")
    else:
        page = client.get(url)
        where = f"GET {url}"
        assert page.status_code == 200, where
        problems += _check_public_page(tenancy, page, where, link)
        forms = [f for f in parse_forms(body(page).decode(errors="replace")) if f.method == "post"]
        assert forms or route.name != "feedback_public:form", f"{where}: no form"
        for form in forms[:1]:  # answered: the thank-you page
            answers = filled_in(form, fill_text=False)  # the first of every scale
            answers.pop("website", None)  # the honeypot
            thanks = client.post(urljoin(url, form.action), answers)
            assert thanks.status_code == 200, f"POST {url}: {thanks.status_code}, not thanked"
            problems += _check_public_page(tenancy, thanks, f"POST {url} (thank-you page)", link)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("route", PUBLIC_ROUTES, ids=str)
def test_public_feedback_pages_are_404_for_an_unknown_or_other_kind_of_token(
    route, tenancy, foreign, client
):
    # A made-up token, and the secret tokens of other kinds of objects (an invitation's):
    # none of them opens a feedback form.
    token_model = apps.get_model(PUBLIC_TOKEN_MODELS[public_entry(route.name)])
    tokens = ["no-such-token", uuid.uuid4().hex[:16]]
    for model in ORG_MODELS:
        if model is not token_model and hasattr(foreign[model], "token"):
            tokens.append(foreign[model].token)
            tokens.append(tenancy.own[model].token)
    payload = {"submission_id": str(uuid.uuid4()), "people": 4}
    problems = []
    for token in tokens:
        url = url_for(route, tenancy.own, token=token)
        if route.is_api:
            response = client.post(url, json.dumps(payload), content_type="application/json")
        else:
            response = client.get(url)
        text = shown(body(response))
        if response.status_code != 404:
            problems.append(f"{url}: {response.status_code}, not 404")
        if MARKED.search(text):
            problems.append(f"{url}: shows {MARKED.search(text).group(0)}")
    assert not problems, "\n".join(problems)


def test_admin_is_for_superusers(tenancy, db):
    client = client_for(tenancy.members[Role.OWNER])
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
