"""Tests for scripts/fetch_assets.py: no network, tarballs are served from file:// URLs."""

import base64
import hashlib
import importlib.util
import io
import json
import subprocess
import sys
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "fetch_assets.py"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fetch_assets", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fetch_assets = load_script()

VERSION = "1.2.3"
PACKAGE_JSON = json.dumps({"name": "demo-lib", "version": VERSION}).encode()


def make_tarball(path: Path, files: dict[str, bytes]) -> Path:
    """Write a gzipped tarball with the given member names and contents."""
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def sri(path: Path, algorithm: str = "sha512") -> str:
    digest = hashlib.new(algorithm, path.read_bytes()).digest()
    return f"{algorithm}-{base64.b64encode(digest).decode()}"


def write_lock(path: Path, packages: dict[str, dict[str, str]]) -> Path:
    lock = {"name": "demo", "lockfileVersion": 3, "requires": True}
    lock["packages"] = {"": {"name": "demo"}, **packages}
    path.write_text(json.dumps(lock), encoding="utf-8")
    return path


def entry(tarball: Path, integrity: str | None = None) -> dict[str, str]:
    return {
        "version": VERSION,
        "resolved": tarball.as_uri(),
        "integrity": integrity or sri(tarball),
    }


@pytest.fixture
def tarball(tmp_path: Path) -> Path:
    return make_tarball(
        tmp_path / "demo-lib-1.2.3.tgz",
        {
            "package/package.json": PACKAGE_JSON,
            "package/dist/demo.min.js": b"window.demo = 1;\n",
            "package/dist/sub/extra.js": b"// extra\n",
        },
    )


def run(root: Path, lock: Path) -> int:
    return fetch_assets.main(["--root", str(root), "--lock", str(lock)])


def test_extracts_package_into_node_modules(tmp_path: Path, tarball: Path) -> None:
    root = tmp_path / "project"
    lock = write_lock(tmp_path / "lock.json", {"node_modules/demo-lib": entry(tarball)})

    assert run(root, lock) == 0

    installed = root / "node_modules" / "demo-lib"
    assert (installed / "dist" / "demo.min.js").read_bytes() == b"window.demo = 1;\n"
    assert (installed / "dist" / "sub" / "extra.js").is_file()
    assert json.loads((installed / "package.json").read_text())["version"] == VERSION
    assert not (installed / "package").exists()  # the top folder of the tarball is dropped
    assert sorted(p.name for p in (root / "node_modules").iterdir()) == ["demo-lib"]


def test_scoped_package_and_sha256_integrity(tmp_path: Path, tarball: Path) -> None:
    root = tmp_path / "project"
    scoped = entry(tarball, integrity=sri(tarball, "sha256"))
    lock = write_lock(tmp_path / "lock.json", {"node_modules/@scope/demo-lib": scoped})

    assert run(root, lock) == 0
    assert (root / "node_modules" / "@scope" / "demo-lib" / "dist" / "demo.min.js").is_file()


def test_integrity_mismatch_fails_and_leaves_nothing(
    tmp_path: Path, tarball: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "project"
    wrong = "sha512-" + base64.b64encode(hashlib.sha512(b"something else").digest()).decode()
    lock = write_lock(tmp_path / "lock.json", {"node_modules/demo-lib": entry(tarball, wrong)})

    assert run(root, lock) == 1

    err = capsys.readouterr().err
    assert err.startswith(f"fetch_assets: integrity mismatch for demo-lib@{VERSION}: expected ")
    assert wrong in err and sri(tarball) in err
    assert err.count("\n") == 1
    assert not (root / "node_modules").exists()


def test_script_exits_non_zero_with_one_line_message(tmp_path: Path, tarball: Path) -> None:
    wrong = "sha1-" + base64.b64encode(hashlib.sha1(b"x").digest()).decode()
    lock = write_lock(tmp_path / "lock.json", {"node_modules/demo-lib": entry(tarball, wrong)})

    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--root", str(tmp_path), "--lock", str(lock)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 1
    assert result.stderr.startswith("fetch_assets: integrity mismatch for demo-lib@1.2.3")
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "node_modules").exists()


@pytest.mark.parametrize("evil_name", ["../evil", "package/../../evil", "/tmp/evil"])
def test_unsafe_member_is_refused(
    tmp_path: Path, evil_name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "project"
    bad = make_tarball(
        tmp_path / "bad.tgz",
        {"package/package.json": PACKAGE_JSON, evil_name: b"pwned\n"},
    )
    lock = write_lock(tmp_path / "lock.json", {"node_modules/demo-lib": entry(bad)})

    assert run(root, lock) == 1

    err = capsys.readouterr().err
    assert "unsafe path" in err and "demo-lib@1.2.3" in err
    assert not (root / "node_modules").exists()
    assert not list(tmp_path.rglob("evil"))


def test_already_installed_version_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "project"
    installed = root / "node_modules" / "demo-lib"
    installed.mkdir(parents=True)
    (installed / "package.json").write_bytes(PACKAGE_JSON)
    (installed / "marker").write_text("kept")
    # The tarball does not exist: any download attempt would fail the run.
    missing = tmp_path / "missing.tgz"
    locked = {"version": VERSION, "resolved": missing.as_uri(), "integrity": "sha512-AAAA"}
    lock = write_lock(tmp_path / "lock.json", {"node_modules/demo-lib": locked})

    assert run(root, lock) == 0
    assert (installed / "marker").read_text() == "kept"
    assert "demo-lib@1.2.3 already installed" in capsys.readouterr().out


def test_other_installed_version_is_replaced(tmp_path: Path, tarball: Path) -> None:
    root = tmp_path / "project"
    installed = root / "node_modules" / "demo-lib"
    installed.mkdir(parents=True)
    (installed / "package.json").write_text(json.dumps({"version": "1.0.0"}))
    (installed / "stale.js").write_text("old")
    lock = write_lock(tmp_path / "lock.json", {"node_modules/demo-lib": entry(tarball)})

    assert run(root, lock) == 0
    assert not (installed / "stale.js").exists()
    assert json.loads((installed / "package.json").read_text())["version"] == VERSION


def test_missing_tarball_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.tgz"
    locked = {"version": VERSION, "resolved": missing.as_uri(), "integrity": "sha512-AAAA"}
    lock = write_lock(tmp_path / "lock.json", {"node_modules/demo-lib": locked})

    assert run(tmp_path / "project", lock) == 1
    assert capsys.readouterr().err.startswith("fetch_assets: cannot download demo-lib@1.2.3 from ")


def test_registry_env_rewrites_npmjs_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    locked = {"version": "2.0.0", "resolved": "https://registry.npmjs.org/x/-/x-2.0.0.tgz"}
    monkeypatch.delenv("npm_config_registry", raising=False)
    monkeypatch.delenv("NPM_CONFIG_REGISTRY", raising=False)
    assert fetch_assets.tarball_url("x", locked) == locked["resolved"]

    monkeypatch.setenv("NPM_CONFIG_REGISTRY", "https://mirror.example/npm/")
    assert fetch_assets.tarball_url("x", locked) == "https://mirror.example/npm/x/-/x-2.0.0.tgz"
    scoped = {"version": "0.3.4"}  # no "resolved": built from the registry layout
    assert (
        fetch_assets.tarball_url("@kurkle/color", scoped)
        == "https://mirror.example/npm/@kurkle/color/-/color-0.3.4.tgz"
    )
