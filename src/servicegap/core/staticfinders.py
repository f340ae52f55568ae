"""Serve only the front-end files servicegap uses from node_modules, not whole packages.

Each npm package ships tens of files (ES modules, type definitions, source maps); a
catalogue of the few we load keeps `collectstatic` quick and the served tree small.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.finders import BaseFinder
from django.core.checks import Warning
from django.core.files.storage import FileSystemStorage


class VendorFinder(BaseFinder):
    """Files listed in `settings.VENDOR_FILES`: {prefix: (directory, [file names])}."""

    def _entries(self) -> Iterator[tuple[str, Path, str]]:
        for prefix, (directory, names) in settings.VENDOR_FILES.items():
            for name in names:
                yield prefix, Path(directory), name

    def check(self, **kwargs) -> list[Warning]:
        missing = [str(d / n) for _p, d, n in self._entries() if not (d / n).is_file()]
        if not missing:
            return []
        return [
            Warning(
                f"Front-end libraries are not installed: {', '.join(missing)}",
                hint="Run `make install` (it fetches them from the npm registry).",
                id="servicegap.core.W002",
            )
        ]

    def find(self, path: str, find_all: bool = False, **kwargs) -> str | list[str]:
        for prefix, directory, name in self._entries():
            if path == f"{prefix}/{name}" and (directory / name).is_file():
                found = str(directory / name)
                return [found] if find_all else found
        return []

    def list(self, ignore_patterns) -> Iterator[tuple[str, FileSystemStorage]]:
        for prefix, directory, name in self._entries():
            if (directory / name).is_file():
                storage = FileSystemStorage(location=directory)
                storage.prefix = prefix
                yield name, storage
