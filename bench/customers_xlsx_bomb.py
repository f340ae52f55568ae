"""An XLSX workbook whose sheet unpacks to far more than it weighs, given to the importer.

Writes a workbook of a few MB whose first sheet unpacks to N MB (default 1,024) of
ordinary rows (one visit repeated, which deflate packs about 1,000 to 1), then times
`importer.import_visits` refusing it and reports the process's peak memory (ru_maxrss)
before and after. With the default limit (200 MB unpacked) the file is refused from its
zip directory, before any part is read.

    .venv/bin/python bench/customers_xlsx_bomb.py                  # 1 GB unpacked
    .venv/bin/python bench/customers_xlsx_bomb.py --unpacked-mb 150 --limit-mb 1000
                                                                   # read, for comparison
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))  # the servicegap of this checkout

ROW = (
    '<row r="{n}"><c t="inlineStr"><is><t>C1</t></is></c><c t="inlineStr"><is><t>'
    '2024-03-01</t></is></c><c t="inlineStr"><is><t>Main</t></is></c><c><v>9</v></c></row>'
)


def write_bomb(path: Path, unpacked_mb: int) -> int:
    """A workbook whose sheet1.xml is `unpacked_mb` MB; the number of rows in it."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["customer", "date", "location", "amount"])
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    head = parts["xl/worksheets/sheet1.xml"].split(b"<sheetData>")[0] + b"<sheetData>"
    rows, target = 0, unpacked_mb * 2**20
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            if name != "xl/worksheets/sheet1.xml":
                archive.writestr(name, data)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            header = "".join(
                f'<c t="inlineStr"><is><t>{name}</t></is></c>'
                for name in ("customer", "date", "location", "amount")
            )
            sheet.write(head + f'<row r="1">{header}</row>'.encode())
            written = len(head)
            chunk_rows = 10_000
            while written < target:
                chunk = "".join(ROW.format(n=rows + i + 2) for i in range(chunk_rows)).encode()
                sheet.write(chunk)
                written += len(chunk)
                rows += chunk_rows
            sheet.write(b"</sheetData></worksheet>")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--unpacked-mb", type=int, default=1024)
    parser.add_argument("--limit-mb", type=int, default=200)
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="xlsx-bomb-"))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="servicegap.settings",
        SERVICEGAP_DATA_DIR=str(data_dir),
        SERVICEGAP_SECRET_KEY="bench-only-secret-key-not-for-production-0123456789",
        SERVICEGAP_LOG_LEVEL="WARNING",
        SERVICEGAP_IMPORT_XLSX_MAX_MB=str(args.limit_mb),
        SERVICEGAP_IMPORT_XLSX_MAX_ROWS=str(10**9),
    )
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    from servicegap.core.models import Location, Organization
    from servicegap.customers import importer

    call_command("migrate", verbosity=0)
    org = Organization.objects.create(name="Bomb", slug="bomb", time_zone="UTC")
    Location.objects.create(organization=org, name="Main")
    path = data_dir / "bomb.xlsx"
    rows = write_bomb(path, args.unpacked_mb)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    try:
        report = importer.import_visits(path, org, options=importer.Options(dry_run=True))
        outcome = f"read: {report.rows:,} rows checked"
    except importer.ImportFileError as error:
        outcome = f"refused: {error}"
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"workbook {path.stat().st_size / 2**20:.1f} MB, sheet {args.unpacked_mb:,} MB "
          f"unpacked ({rows:,} rows); limit {args.limit_mb} MB")  # fmt: skip
    print(f"{outcome}")
    print(f"{elapsed:.3f} s; peak memory {before:.0f} MB before, {after:.0f} MB after")


if __name__ == "__main__":
    main()
