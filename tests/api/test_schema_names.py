"""The OpenAPI schema names each component by its class name alone, so two routers'
schemas with one name and different fields would silently document one of them wrongly
(found when audits' report cells and gap's cells were both `CellOut`)."""

from __future__ import annotations

from collections import defaultdict

from django.utils.module_loading import import_string
from ninja import Schema

from servicegap.api.main import ROUTERS


def test_schemas_that_share_a_name_are_the_same():
    modules = {import_string(dotted.rsplit(".", 1)[0]) for dotted in ROUTERS.values()}
    by_name: dict[str, dict[str, type]] = defaultdict(dict)
    for module in modules:
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Schema)
                and value.__module__ == module.__name__
            ):
                by_name[value.__name__][module.__name__] = value
    clashes = {
        name: sorted(classes)
        for name, classes in by_name.items()
        if len({str(c.model_json_schema()) for c in classes.values()}) > 1
    }
    assert clashes == {}
