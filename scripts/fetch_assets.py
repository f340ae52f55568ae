#!/usr/bin/env python3
"""Install the front-end packages pinned in package-lock.json, without Node or npm.

servicegap serves htmx and Chart.js from ``node_modules/<name>/dist`` (see STATICFILES_DIRS).
This script reads the lockfile's ``packages`` map (lockfileVersion 2 or 3), downloads each
package's ``resolved`` tarball, checks it against the locked Subresource Integrity hash and
unpacks it into ``<root>/node_modules/<name>/`` -- the layout ``npm ci`` would produce.
A package whose installed ``package.json`` already has the locked version is left alone.
Set ``npm_config_registry`` to fetch from a mirror instead of https://registry.npmjs.org.

Usage: python scripts/fetch_assets.py [--root DIR] [--lock FILE]
"""

import argparse
import base64
import hashlib
import http.client
import io
import json
import os
import shutil
import sys
import tarfile
import urllib.request
from pathlib import Path, PurePosixPath
from typing import Any

NPM_REGISTRY = "https://registry.npmjs.org/"
SRI_ALGORITHMS = ("sha512", "sha384", "sha256", "sha1")  # strongest first, as npm's ssri does


class FetchError(Exception):
    """A failure shown to the user as one line on stderr (exit code 1)."""


def tarball_url(name: str, entry: dict[str, Any]) -> str:
    """Return the entry's tarball URL, moved to the ``npm_config_registry`` mirror if set."""
    # Lockfiles written with omit-lockfile-registry-resolved=true have no "resolved" field.
    default = f"{NPM_REGISTRY}{name}/-/{name.rpartition('/')[2]}-{entry['version']}.tgz"
    url: str = entry.get("resolved") or default
    names = ("npm_config_registry", "NPM_CONFIG_REGISTRY")  # npm itself sets the lower-case one
    mirror = next((os.environ[name] for name in names if os.environ.get(name)), "")
    if mirror and url.startswith(NPM_REGISTRY):
        url = mirror.rstrip("/") + "/" + url.removeprefix(NPM_REGISTRY)
    return url


def download(url: str, label: str) -> bytes:
    """Fetch ``url`` (https:// or file://) into memory."""
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.read()
    except (OSError, ValueError, http.client.HTTPException) as exc:  # URLError is an OSError
        raise FetchError(
            f"cannot download {label} from {url}: {getattr(exc, 'reason', exc)}"
        ) from exc


def verify(data: bytes, integrity: str, label: str) -> None:
    """Check ``data`` against an SRI string such as ``sha512-<base64>`` (strongest hash wins)."""
    wanted: dict[str, set[str]] = {}
    for token in integrity.split():
        algorithm, _, digest = token.partition("-")
        if algorithm in SRI_ALGORITHMS:
            wanted.setdefault(algorithm, set()).add(digest.partition("?")[0])
    algorithm = next((name for name in SRI_ALGORITHMS if name in wanted), None)
    if algorithm is None:
        raise FetchError(f"no usable integrity hash for {label} in the lockfile: {integrity!r}")
    actual = base64.b64encode(hashlib.new(algorithm, data).digest()).decode()
    if actual not in wanted[algorithm]:
        expected = " ".join(f"{algorithm}-{digest}" for digest in sorted(wanted[algorithm]))
        raise FetchError(
            f"integrity mismatch for {label}: expected {expected}, got {algorithm}-{actual}"
        )


def unpack(data: bytes, dest: Path, label: str) -> None:
    """Replace ``dest`` with the tarball's regular files, minus their top folder (``package/``)."""
    tmp = dest.with_name(f".{dest.name}.partial")
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tar:
            members = tar.getmembers()
            for member in members:  # check every name before writing anything
                name = member.name.replace("\\", "/")
                if name.startswith("/") or name[1:2] == ":" or ".." in PurePosixPath(name).parts:
                    raise FetchError(f"unsafe path {member.name!r} in the {label} tarball; refused")
            shutil.rmtree(tmp, ignore_errors=True)
            for member in members:  # links and devices are skipped, as npm does
                relative = PurePosixPath(member.name.replace("\\", "/")).parts[1:]
                source = tar.extractfile(member) if member.isfile() and relative else None
                if source is not None:
                    target = tmp.joinpath(*relative)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(source.read())
        tmp.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(dest, ignore_errors=True)
        tmp.rename(dest)
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise FetchError(f"cannot unpack {label} into {dest}: {exc}") from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def installed_version(dest: Path) -> str | None:
    """Return the version in ``dest/package.json``, or None if missing or unreadable."""
    try:
        return json.loads((dest / "package.json").read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError, AttributeError):
        return None


def install(root: Path, key: str, entry: dict[str, Any]) -> None:
    """Install one lock entry (key like ``node_modules/htmx.org``) under ``root``."""
    parts = PurePosixPath(key).parts
    if parts[0] != "node_modules" or ".." in parts:
        raise FetchError(f"unexpected package path {key!r} in the lockfile")
    name: str = entry.get("name") or key.rpartition("node_modules/")[2]
    label, dest = f"{name}@{entry.get('version')}", root.joinpath(*parts)
    if not entry.get("version") or not entry.get("integrity"):
        raise FetchError(f"{key} in the lockfile has no version or integrity; regenerate it")
    if installed_version(dest) == entry["version"]:
        sys.stdout.write(f"fetch_assets: {label} already installed\n")
        return
    data = download(tarball_url(name, entry), label)
    verify(data, entry["integrity"], label)
    unpack(data, dest, label)
    sys.stdout.write(f"fetch_assets: {label} installed into {dest}\n")


def main(argv: list[str] | None = None) -> int:
    """Install every package in the lockfile; return the process exit code."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--root",
        type=Path,
        default=Path(__file__).resolve().parent.parent,
        help="folder that receives node_modules/ (default: the repository root)",
    )
    parser.add_argument("--lock", type=Path, help="lockfile (default: ROOT/package-lock.json)")
    args = parser.parse_args(argv)
    lock_path: Path = args.lock or args.root / "package-lock.json"
    try:
        try:
            lock = json.loads(lock_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise FetchError(f"cannot read {lock_path}: {exc}") from exc
        packages = lock.get("packages") if isinstance(lock, dict) else None
        if not isinstance(packages, dict):
            raise FetchError(f"{lock_path} has no 'packages' map; it needs lockfileVersion 2 or 3")
        for key, entry in sorted(packages.items()):
            if key and not entry.get("link"):  # "" is the project itself; links are workspaces
                install(args.root, key, entry)
    except FetchError as exc:
        sys.stderr.write(f"fetch_assets: {exc}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
