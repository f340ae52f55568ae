"""Front-end files come from node_modules, only the ones servicegap loads."""

from pathlib import Path

from django.contrib.staticfiles import finders

from servicegap.core.staticfinders import VendorFinder


def test_only_the_listed_vendor_files_are_collected(settings, tmp_path):
    dist = tmp_path / "dist"
    dist.mkdir()
    for name in ("lib.min.js", "lib.esm.js", "types.d.ts"):
        (dist / name).write_text("// code")
    settings.VENDOR_FILES = {"vendor/lib": (dist, ["lib.min.js"])}
    listed = [(storage.prefix, name) for name, storage in VendorFinder().list([])]
    assert listed == [("vendor/lib", "lib.min.js")]


def test_a_listed_file_is_found_by_its_static_path(settings, tmp_path):
    (tmp_path / "lib.min.js").write_text("// code")
    settings.VENDOR_FILES = {"vendor/lib": (tmp_path, ["lib.min.js"])}
    assert VendorFinder().find("vendor/lib/lib.min.js") == str(tmp_path / "lib.min.js")
    assert VendorFinder().find("vendor/lib/other.js") == []


def test_missing_libraries_are_a_warning_that_says_how_to_fix_it(settings, tmp_path):
    settings.VENDOR_FILES = {"vendor/lib": (tmp_path / "nowhere", ["lib.min.js"])}
    [warning] = VendorFinder().check()
    assert warning.id == "servicegap.core.W002"
    assert "make install" in warning.hint


def test_the_installed_htmx_and_chartjs_are_found():
    """`make test` fetches the locked npm packages first."""
    for path in ("vendor/htmx/htmx.min.js", "vendor/chartjs/chart.umd.js"):
        found = finders.find(path)
        assert found and Path(found).stat().st_size > 10_000, path
