"""Imports between apps run one way (DESIGN.md): core → standards → audits, feedback →
textlens → customers → recovery → webhooks → pipeline → gap, people → privacy → api, and the project's own
modules (settings, urls, celery, cli) on top. Every import counts: at module level, in
a function (lazy) and under `if TYPE_CHECKING:`. The Django-free libraries (textlens's
analysis modules, customers/btyd) import no Django and no other app."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import servicegap

SRC = Path(servicegap.__file__).parent

# Each tier may import the tiers before it, never one of its own or a later one.
TIERS: list[set[str]] = [
    {"core"},
    {"standards"},
    {"audits", "feedback"},
    {"textlens", "kits"},
    {"customers"},
    {"recovery"},
    {"webhooks"},
    {"pipeline"},
    {"gap", "people"},
    {"privacy"},
    {"api"},
]
PROJECT = "(project)"  # servicegap/*.py: settings, urls, celery, cli, wsgi, asgi
RANK = {app: n for n, tier in enumerate(TIERS) for app in tier} | {PROJECT: len(TIERS)}

# Modules that must import neither Django nor another app (nor, through a package's
# __init__, anything that does).
DJANGO_FREE = {
    "servicegap",  # the package's __init__, run by every import below
    "servicegap.celery",
    "servicegap.textlens",
    "servicegap.textlens.analysis",
    "servicegap.textlens.sentiment",
    "servicegap.textlens.topics",
    "servicegap.textlens.churn",
    "servicegap.textlens.spam",
    "servicegap.textlens.feelings",
    "servicegap.textlens.language",
    "servicegap.textlens.learn",
    "servicegap.textlens.data",
    "servicegap.textlens.data.examples",
    "servicegap.customers",
}
DJANGO_FREE_PACKAGES = ("servicegap.customers.btyd", "servicegap.textlens.data")


def django_free(module: str) -> bool:
    return module in DJANGO_FREE or any(
        module == p or module.startswith(p + ".") for p in DJANGO_FREE_PACKAGES
    )


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def app_of(module: str) -> str | None:
    """The app a `servicegap.…` module belongs to, PROJECT for the project's own
    modules, None outside servicegap."""
    parts = module.split(".")
    if parts[0] != "servicegap":
        return None
    if len(parts) == 1 or parts[1] not in RANK:
        return PROJECT
    return parts[1]


def imports(path: Path, root: Path) -> Iterator[tuple[str, int]]:
    """(module imported, line) for every import in the file, wherever it is: for
    `from package import name`, the module `package.name` when there is one."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:  # `from servicegap.feedback import intake`
                dotted = f"{base}.{alias.name}"
                yield (dotted if is_module(dotted, root) else base), node.lineno


def edges(root: Path) -> Iterator[tuple[str, str, int]]:
    """(importing module, imported module, line) for every import under `root`."""
    for path in sorted(root.rglob("*.py")):
        for target, line in imports(path, root):
            yield module_name(path, root), target, line


def is_module(target: str, root: Path) -> bool:
    """Whether `target` is a module or package of the source tree (not a name in one)."""
    relative = Path(*target.split(".")[1:]) if "." in target else Path()
    base = root / relative
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def forbidden_edges(root: Path) -> list[str]:
    """Every import against the rules, as "importer (line n) → imported: why"."""
    found = []
    for source, target, line in edges(root):
        if not target.startswith("servicegap") and not target.startswith("django"):
            continue
        why = _why_forbidden(source, target)
        if why:
            found.append(f"{source} (line {line}) → {target}: {why}")
    return sorted(set(found))


def _why_forbidden(source: str, target: str) -> str:
    if django_free(source):
        if target == "django" or target.startswith("django."):
            return "a Django-free library imports Django"
        if target.startswith("servicegap") and not django_free(target):
            return "a Django-free library imports another part of servicegap"
        return ""
    if target.startswith("django"):
        return ""
    mine, theirs = app_of(source), app_of(target)
    if mine == theirs or theirs is None:
        return ""
    if RANK[theirs] == RANK[mine]:
        return f"{mine} and {theirs} are side by side and may not import each other"
    if RANK[theirs] > RANK[mine]:
        return f"{mine} may not import {theirs}, which is above it (link by URL name)"
    return ""


def test_imports_between_apps_run_one_way():
    assert forbidden_edges(SRC) == []


def test_the_django_free_libraries_load_without_django():
    code = (
        "import sys\n"
        "import servicegap.textlens.analysis, servicegap.customers.btyd\n"
        "from servicegap.textlens import analyse\n"
        "assert analyse('The soup was cold.').sentiment == 'negative'\n"
        "loaded = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "print(loaded)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# The rules catch what they are for ------------------------------------------------------


def planted(tmp_path: Path, files: dict[str, str]) -> Path:
    """A source tree `servicegap/` with these files (and the packages' __init__)."""
    root = tmp_path / "servicegap"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        for folder in [root, *path.relative_to(root).parents]:
            (root / folder / "__init__.py").touch()
        path.write_text(text)
    return root


def test_a_lazy_import_upwards_is_named_with_both_modules(tmp_path):
    root = planted(
        tmp_path,
        {
            "feedback/views.py": "def f():\n    from servicegap.recovery import cases\n",
            "recovery/cases.py": "from servicegap.feedback.models import Response\n",
            "feedback/models.py": "",
        },
    )
    assert forbidden_edges(root) == [
        "servicegap.feedback.views (line 2) → servicegap.recovery.cases: feedback may not "
        "import recovery, which is above it (link by URL name)"
    ]


def test_a_type_checking_import_closing_a_cycle_is_caught(tmp_path):
    root = planted(
        tmp_path,
        {
            "customers/models.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n"
                "    from servicegap.recovery.models import Case\n"
            ),
            "recovery/models.py": "from servicegap.customers.models import Alert\n",
        },
    )
    assert [e.split(":")[0] for e in forbidden_edges(root)] == [
        "servicegap.customers.models (line 3) → servicegap.recovery.models"
    ]


def test_side_by_side_apps_and_core_importing_a_feature_are_caught(tmp_path):
    root = planted(
        tmp_path,
        {
            "audits/scoring.py": "from servicegap.feedback import scoring\n",
            "feedback/scoring.py": "",
            "core/management/commands/serve.py": "from ....feedback import scoring\n",
        },
    )
    found = [e.split(":")[0] for e in forbidden_edges(root)]
    assert found == [
        "servicegap.audits.scoring (line 1) → servicegap.feedback.scoring",
        "servicegap.core.management.commands.serve (line 1) → servicegap.feedback.scoring",
    ]


def test_a_django_free_library_importing_django_or_an_app_is_caught(tmp_path):
    root = planted(
        tmp_path,
        {
            "textlens/analysis.py": "import django.conf\nfrom servicegap.textlens import models\n",
            "textlens/models.py": "",
        },
    )
    assert [e.split(": ")[1] for e in forbidden_edges(root)] == [
        "a Django-free library imports Django",
        "a Django-free library imports another part of servicegap",
    ]
