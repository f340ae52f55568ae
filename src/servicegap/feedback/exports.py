"""The inbox as CSV (streamed) and XLSX (openpyxl's write-only mode), safe to open in Excel.

A cell that a spreadsheet would read as a formula (starting with =, +, -, @, a tab or
a carriage return) is written as text: in CSV with a leading apostrophe, in XLSX as a
cell whose type is string.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterator
from datetime import datetime
from typing import IO, Any
from zoneinfo import ZoneInfo

from django.db.models import QuerySet
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from servicegap.core.models import P
from servicegap.feedback.models import Response

HEADER = [
    "sent at",
    "location",
    "survey",
    "channel",
    "table",
    "language",
    "people (1-5)",
    "process (1-5)",
    "product (1-5)",
    "would recommend (0-10)",
    "NPS group",
    "ease (1-7)",
    "part of the visit",
    "comment",
    "may be contacted",
    "contact",
    "spam",
    "why spam",
    "code",
]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Excel's last row, less the header.
XLSX_MAX_ROWS = 1_048_575


def safe_text(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula, made inert with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def rows(responses: QuerySet[Response], tz: ZoneInfo) -> Iterator[list[Any]]:
    """One list of cells per response, in HEADER's order, read in chunks."""
    responses = responses.select_related("location", "survey", "step")
    for response in responses.iterator(chunk_size=1000):
        ratings = response.ratings_by_p()
        yield [
            response.submitted_at.astimezone(tz).replace(tzinfo=None, microsecond=0),
            response.location.name,
            response.survey.name,
            response.get_channel_display(),
            response.table,
            response.language,
            *[ratings.get(p) for p in P.values],
            response.nps,
            response.nps_group,
            response.effort,
            response.step.name if response.step else "",
            response.comment,
            "yes" if response.contact_consent else "no",
            response.contact,
            "yes" if response.spam else "no",
            response.spam_reason,
            str(response.code),
        ]


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_lines(responses: QuerySet[Response], tz: ZoneInfo) -> Iterator[str]:
    """The CSV a line at a time, for a StreamingHttpResponse."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(HEADER)  # the BOM tells Excel it is UTF-8
    for row in rows(responses, tz):
        yield writer.writerow(
            [
                value.isoformat(sep=" ") if isinstance(value, datetime) else safe_text(value)
                for value in row
            ]
        )


def export_name(extension: str) -> str:
    """The file's name, as the pages and the API give it: feedback-<today>.<extension>."""
    return f"feedback-{timezone.localdate():%Y-%m-%d}.{extension}"


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx_refusal(responses: QuerySet[Response]) -> str:
    """Why `responses` cannot be one spreadsheet ("" when they can): cut short, the file
    would look whole, so the export says so instead."""
    matched = responses.count()
    if matched <= XLSX_MAX_ROWS:
        return ""
    return (
        f"Cannot export: these filters match {matched:,} responses, more than a "
        f"spreadsheet holds ({XLSX_MAX_ROWS:,}). Choose a shorter period or "
        "fewer locations, or export CSV, which has no limit."
    )


def xlsx_file(responses: QuerySet[Response], tz: ZoneInfo) -> IO[bytes]:
    """The workbook in a temporary file (in memory until it grows), rewound for reading."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Responses")
    sheet.append(HEADER)
    for count, row in enumerate(rows(responses, tz)):
        if count == XLSX_MAX_ROWS:
            break
        sheet.append([_cell(sheet, value) for value in row])
    # Returned open: FileResponse closes it once sent.
    handle = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)  # noqa: SIM115
    workbook.save(handle)
    handle.seek(0)
    return handle


def _cell(sheet: Any, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    # XLSX cannot hold most control characters; drop them rather than fail the export.
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
    cell.data_type = "s"  # never a formula, whatever the text starts with
    return cell
