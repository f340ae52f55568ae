"""Importing visits from a CSV or XLSX file, all or nothing.

`import_visits()` reads the file twice, as a stream. The first pass checks every row
and lists each bad one with its line, column and reason (a date in the future or in a
second format, a negative amount, an unknown location, a visit id seen twice...). The
second pass, only when there is nothing wrong (or the user chose to skip the listed
rows), writes the visits in committed batches tagged with the import's `ImportRun`,
creating the customers it meets; no query sees them until the run is marked done, and
they are deleted again if writing fails (so SQLite's write lock is held for one batch at
a time, not for the whole file). Memory stays bounded: a batch of rows, plus 16 bytes
per row to find duplicates.

A visit's key is "v:" and the file's own visit id, else "h:" and a digest of customer,
location, time and amount; it is unique per organisation, so importing the same file
again adds nothing. A known visit id with other data is a bad row, not a silent skip.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import marshal
import re
import tempfile
import uuid
import zipfile
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from operator import itemgetter
from pathlib import Path
from time import monotonic
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

import numpy as np
from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models.functions import Coalesce
from django.utils import timezone

from servicegap.core.models import Location, Organization
from servicegap.customers.models import (
    EXTERNAL_ID_MAX_LENGTH,
    Customer,
    ImportRun,
    Visit,
    published,
)

BATCH_SIZE = 10_000  # rows a committed write batch: about 0.1 to 0.3 s of SQLite write lock
SQLITE_CACHE_KIB = 64 * 1024  # the import connection's page cache while it writes
# WAL pages between checkpoints while it writes (SQLite's default is 1,000, which copies
# the WAL back into the database file at nearly every commit of a batch): 20,000 pages
# of 4 KiB, so the WAL file may grow to about 80 MB.
SQLITE_CHECKPOINT_PAGES = 20_000
QUERY_CHUNK = 5000  # at most this many values in one IN (...)
MAX_REPORTED_ERRORS = 1000
MAX_AMOUNT = Decimal("9999999999.99")
CENT = Decimal("0.01")
TINY = Decimal("1e-9")

# field → the header names it is found under by default (compared lower-case, with
# "_", "-" and repeated spaces read as one space)
FIELDS: dict[str, tuple[str, ...]] = {
    "customer": ("customer", "customer id", "customer number", "client", "client id",
                 "loyalty id", "loyalty number", "account", "member id"),
    "visited_at": ("visited at", "date", "datetime", "date time", "time", "when", "visit date",
                   "timestamp", "visit time"),
    "location": ("location", "store", "shop", "site", "branch", "restaurant", "outlet"),
    "amount": ("amount", "spend", "spent", "total", "value", "revenue", "ticket"),
    "channel": ("channel",),
    "visit_id": ("visit id", "visit", "transaction", "transaction id", "receipt",
                 "receipt id", "order", "order id", "ticket id"),
    "name": ("name", "customer name", "full name"),
    "contact": ("contact", "email", "e mail", "phone", "telephone"),
    "consent": ("consent", "contact consent", "may contact", "opt in", "optin"),
}  # fmt: skip
REQUIRED = ("customer", "visited_at", "location", "amount")
FIELD_LABELS = {
    "customer": "customer id",
    "visited_at": "date",
    "location": "location",
    "amount": "amount",
    "channel": "channel",
    "visit_id": "visit id",
    "name": "name",
    "contact": "contact",
    "consent": "consent",
}
CHANNELS: dict[str, str] = {str(value): str(value) for value in Visit.Channel.values} | {
    "": "in_store",
    "store": "in_store",
    "in store": "in_store",
    "instore": "in_store",
    "dine in": "in_store",
    "take away": "takeaway",
    "web": "online",
}
YES = {"yes", "y", "true", "1", "oui", "si", "sí", "x"}
NO = {"no", "n", "false", "0", "non", ""}

ISO_DATE = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)
SLASH_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
DATE_SHAPES = {
    "iso": "year-month-day (2024-03-31)",
    "slash": "day/month/year (31/03/2024)",
    "excel": "spreadsheet dates",
}


logger = logging.getLogger(__name__)


class ImportFileError(Exception):
    """The file as a whole cannot be read: empty, no header, too large, not CSV/XLSX."""


class ImportCancelled(Exception):
    """The run was cancelled from the page: it stops at the next batch."""


class RunLost(ImportFileError):
    """A cleaner took the run as stopped (its heartbeat was late): it removes the rows."""


class Lease:
    """The hold of a process on its run: `renew()` at every batch records a heartbeat at
    most every sixth of the lease (so a killed process is recognised once the lease is
    over); it raises `ImportCancelled` once the run was cancelled, and `ImportFileError`
    if a cleaner took the run as stopped (this process was too slow to renew)."""

    def __init__(self, run: ImportRun | None) -> None:
        self.run = run
        self.every = settings.CUSTOMERS_IMPORT_LEASE_SECONDS / 6
        self.last = monotonic()

    def renew(self, *, now: bool = False) -> None:
        """`now`: the heartbeat written whenever it was last written."""
        if self.run is None:
            return
        held = ImportRun.objects.filter(
            pk=self.run.pk,
            cancel_requested=False,
            status__in=(ImportRun.Status.CHECKING, ImportRun.Status.WRITING),
        )
        if not now and monotonic() - self.last < self.every:
            if not held.exists():
                self.lost()
            return
        self.last = monotonic()
        if not held.update(heartbeat_at=timezone.now()):
            self.lost()

    def lost(self) -> None:
        if ImportRun.objects.filter(pk=self.run.pk, cancel_requested=True).exists():
            raise ImportCancelled
        raise RunLost(STOPPED)


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"line": self.line, "column": self.column, "reason": self.reason}

    def __str__(self) -> str:
        return f"line {self.line}, {self.column}: {self.reason}"


@dataclass
class Options:
    """How to read the file. `columns` maps a field to a header, overriding the defaults."""

    columns: dict[str, str] = field(default_factory=dict)
    day_first: bool = True
    skip_bad_rows: bool = False
    dry_run: bool = False


@dataclass
class Report:
    """What an import found and did."""

    rows: int = 0
    bad_rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    visits_added: int = 0
    visits_known: int = 0
    customers_added: int = 0
    invitations: int = 0  # survey invitations scheduled for the new visits
    written: bool = False
    headers: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)

    def add_error(self, error: RowError) -> None:
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append(error)

    @property
    def more_errors(self) -> int:
        """Bad rows found beyond those listed."""
        return max(0, self.bad_rows - len(self.errors))


class Row(NamedTuple):
    line: int
    customer: str
    location_id: int
    visited_at: datetime
    amount: Decimal
    channel: str
    visit_id: str
    name: str
    contact: str
    consent: bool

    @property
    def key(self) -> str:
        if self.visit_id:
            return "v:" + self.visit_id
        raw = f"{self.customer}\x1f{self.location_id}\x1f{self.visited_at.isoformat()}\x1f{self.amount}"
        return "h:" + hashlib.blake2b(raw.encode(), digest_size=20).hexdigest()


Progress = Callable[[str, int, int], None]  # (phase, rows done, rows in all)


def max_file_bytes() -> int:
    return int(getattr(settings, "CUSTOMERS_IMPORT_MAX_BYTES", 1024**3))


# Reading the file -------------------------------------------------------------------


def file_kind(path: Path, name: str = "") -> str:
    """ "xlsx" or "csv", from the name and the first bytes (an XLSX file is a zip)."""
    with path.open("rb") as handle:
        head = handle.read(4)
    if head.startswith(b"PK\x03\x04") or (name or path.name).lower().endswith(".xlsx"):
        if not zipfile.is_zipfile(path):
            raise ImportFileError("The file is named .xlsx but is not an Excel workbook.")
        return "xlsx"
    return "csv"


def check_size(path: Path) -> None:
    size = path.stat().st_size
    if size == 0:
        raise ImportFileError("The file is empty.")
    limit = max_file_bytes()
    if size > limit:
        raise ImportFileError(
            f"The file is too large: {size / 1024**2:,.0f} MB, and at most "
            f"{limit / 1024**2:,.0f} MB are imported at once. Split it into several files."
        )


def check_xlsx(path: Path) -> None:
    """Refuse a workbook whose parts unpack to more than the limit, from the sizes its
    zip directory declares (reading a part never yields more than its declared size), so
    that a small file that unpacks to gigabytes is never read."""
    limit = settings.CUSTOMERS_XLSX_MAX_UNPACKED_BYTES
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as error:
        raise ImportFileError(
            "The workbook cannot be read: it is not a valid .xlsx file."
        ) from error
    if unpacked > limit:
        raise ImportFileError(
            f"The workbook unpacks to {unpacked / 2**20:,.0f} MB, and at most "
            f"{limit / 2**20:,.0f} MB are read at once. Save the visits as CSV, or split "
            "them into several workbooks."
        )


def _too_many_rows(limit: int) -> ImportFileError:
    return ImportFileError(
        f"The sheet has more than {limit:,} rows, the most imported from one workbook. "
        "Split it into several workbooks, or save it as CSV."
    )


def read_rows(path: Path, kind: str) -> Iterator[tuple[int, list[Any]]]:
    """(line number, cells) for every row, the header first; blank rows left out."""
    if kind == "xlsx":
        yield from _xlsx_rows(path)
    else:
        yield from _csv_rows(path)


def _csv_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    with path.open("r", encoding="utf-8-sig", newline="") as handle:
        try:
            sample = handle.read(64 * 1024)
        except UnicodeDecodeError as error:
            raise ImportFileError(
                "The file is not UTF-8 text: save it as CSV UTF-8 or as an Excel workbook."
            ) from error
        handle.seek(0)
        first = sample.splitlines()[0] if sample else ""
        delimiter = max([",", ";", "\t"], key=first.count)
        reader = csv.reader(handle, delimiter=delimiter)
        last = 0  # a row is named by the line it starts on (a quoted cell may hold lines)
        try:
            for cells in reader:
                start, last = last + 1, reader.line_num
                if any(cell.strip() for cell in cells):
                    yield start, cells
        except UnicodeDecodeError as error:
            raise ImportFileError(
                f"Line {reader.line_num + 1} is not UTF-8 text: save the file as CSV UTF-8."
            ) from error
        except csv.Error as error:
            raise ImportFileError(f"Line {reader.line_num}: {error}.") from error


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    from openpyxl import load_workbook

    # An open file, not the path: openpyxl refuses a path whose name does not end in
    # .xlsx, and an upload is stored as "<code>.upload".
    handle = path.open("rb")
    try:
        workbook = load_workbook(handle, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - any unreadable workbook is the same error
        handle.close()
        raise ImportFileError(f"The workbook cannot be read: {error}.") from error
    limit = settings.CUSTOMERS_XLSX_MAX_ROWS
    try:
        sheet = workbook.worksheets[0]
        if (sheet.max_row or 0) > limit:  # the sheet's own dimension, before any row
            raise _too_many_rows(limit)
        # Read every row whatever the dimension says (openpyxl stops at its last row),
        # counted as they stream.
        sheet.reset_dimensions()
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > limit:
                raise _too_many_rows(limit)
            values = ["" if cell is None else cell for cell in cells]
            if any(str(value).strip() for value in values):
                yield number, values
    finally:
        workbook.close()
        handle.close()


def normalise_header(text: Any) -> str:
    return " ".join(re.sub(r"[_\-]+", " ", str(text)).lower().split())


def map_columns(headers: list[Any], overrides: dict[str, str]) -> dict[str, int]:
    """field → column index, from the header names and the user's own mapping."""
    normalised = [normalise_header(h) for h in headers]
    mapping: dict[str, int] = {}
    for name, header in overrides.items():
        if name not in FIELDS:
            raise ImportFileError(
                f"Unknown field {name!r} in the column mapping; fields: {', '.join(FIELDS)}."
            )
        if not header:
            continue
        wanted = normalise_header(header)
        if wanted not in normalised:
            raise ImportFileError(
                f"The {FIELD_LABELS[name]} column {header!r} is not in the header line "
                f"(columns: {_header_names(headers)})."
            )
        mapping[name] = normalised.index(wanted)
    for name, names in FIELDS.items():
        if name in mapping:
            continue
        for candidate in names:
            if candidate in normalised and normalised.index(candidate) not in mapping.values():
                mapping[name] = normalised.index(candidate)
                break
    missing = [name for name in REQUIRED if name not in mapping]
    if missing:
        if _looks_like_data(headers):
            raise ImportFileError(
                "The first line is not a header: it holds data. Add a first line naming "
                "the columns, e.g. customer,date,location,amount."
            )
        wanted = ", ".join(FIELD_LABELS[name] for name in missing)
        raise ImportFileError(
            f"No column found for: {wanted}. Name the columns in the header line "
            f"(found: {_header_names(headers)}) or choose them in the mapping."
        )
    return mapping


def _looks_like_data(cells: list[Any]) -> bool:
    for cell in cells:
        if isinstance(cell, int | float | datetime | date):
            return True
        text = str(cell).strip()
        if ISO_DATE.match(text) or SLASH_DATE.match(text) or re.fullmatch(r"-?[\d.,]+", text):
            return True
        if _looks_personal(text):
            return True
    return False


def _looks_personal(text: str) -> bool:
    """An e-mail address or a phone number (a few digits in a row), not a column name."""
    return "@" in text or sum(char.isdigit() for char in text) >= 6


def _header_names(headers: list[Any]) -> str:
    """The header line for a message; a cell that looks like someone's contact (a first
    line of data) is named by its position, never quoted."""
    return ", ".join(
        f"column {index}" if _looks_personal(str(h)) else str(h)
        for index, h in enumerate(headers, start=1)
    )


# Checking one row -------------------------------------------------------------------


class RowParser:
    """Turns the cells of one row into a `Row`, or the list of what is wrong with it."""

    def __init__(
        self,
        organization: Organization,
        mapping: dict[str, int],
        headers: list[Any],
        locations: dict[str, int],
        options: Options,
        now: datetime,
    ) -> None:
        self.mapping = mapping
        self.columns = {name: str(headers[index]) for name, index in mapping.items()}
        self.locations = locations
        self.tz = ZoneInfo(organization.time_zone)
        self.day_first = options.day_first
        self.now = now
        self.date_shape: tuple[str, int] | None = None  # (shape, first line)
        # The fields in the order of Row, read at once by `_quick`: a missing column reads
        # the "" that `_quick` appends to the cells (index -1).
        self.fields = itemgetter(*(mapping.get(name, -1) for name in FIELDS))
        self.width = max(mapping.values()) + 1
        self.utc = self.tz.key in ("UTC", "Etc/UTC")
        self.now_utc = now.astimezone(UTC).replace(tzinfo=None)
        self.sqlite = connection.vendor == "sqlite"
        self.to_db = _db_time(connection.vendor)

    def cell(self, cells: list[Any], name: str) -> Any:
        index = self.mapping.get(name)
        if index is None or index >= len(cells):
            return ""
        value = cells[index]
        return value.strip() if isinstance(value, str) else value

    def parse(self, line: int, cells: list[Any]) -> tuple[tuple | None, list[RowError]]:
        """The row as it is spooled (`spooled`), or what is wrong with it: the common case
        quickly, else in full."""
        if self.date_shape is not None and self.date_shape[0] == "iso":
            values = self._quick(line, cells)
            if values is not None:
                return values, []
        row, errors = self._parse(line, cells)
        return (None if row is None else self.spooled(row)), errors

    def spooled(self, row: Row) -> tuple:
        """(line, customer, location, time as the database's UTC text, amount as text,
        channel, visit id, name, contact, consent, key)."""
        return (row.line, row.customer, row.location_id, self.to_db(row.visited_at),
                str(row.amount), row.channel, row.visit_id, row.name, row.contact,
                row.consent, row.key)  # fmt: skip

    def _quick(self, line: int, cells: list[Any]) -> tuple | None:
        """A row of plain text with an ISO date and a plain amount, all good, as spooled;
        else None (and `_parse` looks at it in full, naming what is wrong)."""
        if len(cells) < self.width:
            return None
        cells.append("")  # what a missing column reads (index -1)
        try:
            customer, when, location, amount, channel, visit_id, name, contact, consent = (
                self.fields(cells)
            )
            customer = customer.strip()
            when = when.strip()
            amount = amount.strip()
            visit_id = visit_id.strip()
            name = name.strip()
            contact = contact.strip()
            location_id = self.locations.get(location.strip().lower())
            channel = CHANNELS.get(channel.strip())
            consent = consent.strip().lower()
        except AttributeError:  # a cell that is not text (a spreadsheet number or date)
            return None
        if not customer or len(customer) > EXTERNAL_ID_MAX_LENGTH or len(visit_id) > 64:
            return None
        if len(when) < 10 or when[4] != "-" or when[7] != "-":
            return None
        try:
            moment = datetime.fromisoformat(when)
            money = Decimal(amount)
        except (ValueError, InvalidOperation):
            return None
        if moment.tzinfo is None:
            utc = moment if self.utc else moment - self.tz.utcoffset(moment)
        else:
            utc = moment.astimezone(UTC).replace(tzinfo=None)
        if utc > self.now_utc or moment.year < 1970 or not money.is_finite():
            return None
        if money < 0 or money > MAX_AMOUNT or money != (money := money.quantize(CENT)):
            return None
        if location_id is None or channel is None or (consent not in YES and consent not in NO):
            return None
        if not self.sqlite:
            text = utc.isoformat() + "+00:00"
        elif utc is moment and len(when) == 19 and when[10] == " " and when[13] == ":":
            text = when  # already as str() writes it: YYYY-MM-DD HH:MM:SS
        else:
            text = str(utc)
        agreed = consent in YES
        if agreed:
            name, contact = name[:120], contact[:120]
        else:
            name = contact = ""
        if visit_id:
            key = "v:" + visit_id
        else:
            key = Row(
                line, customer, location_id,
                moment if moment.tzinfo else moment.replace(tzinfo=self.tz), money, channel,
                visit_id, name, contact, agreed,
            ).key  # fmt: skip
        return (line, customer, location_id, text, str(money), channel, visit_id, name, contact,
                agreed, key)  # fmt: skip

    def _parse(self, line: int, cells: list[Any]) -> tuple[Row | None, list[RowError]]:
        errors: list[RowError] = []

        def bad(name: str, reason: str) -> None:
            errors.append(RowError(line, self.columns[name], reason))

        customer = str(self.cell(cells, "customer"))
        if isinstance(self.cell(cells, "customer"), float) and customer.endswith(".0"):
            customer = customer[:-2]
        if not customer:
            bad("customer", "the customer id is empty")
        elif len(customer) > EXTERNAL_ID_MAX_LENGTH:
            bad("customer", f"the customer id is longer than {EXTERNAL_ID_MAX_LENGTH} characters")
        visited_at = self._when(line, self.cell(cells, "visited_at"), bad)
        amount = self._amount(self.cell(cells, "amount"), bad)
        location_name = str(self.cell(cells, "location"))
        location_id = self.locations.get(location_name.lower())
        if location_id is None:
            if location_name:
                known = ", ".join(sorted(self.locations.get(None, ())) or ["none"])
                bad("location", f"not a location of the organisation (known: {known})")
            else:
                bad("location", "the location is empty")
        channel = CHANNELS.get(normalise_header(self.cell(cells, "channel")).replace("_", " "))
        if channel is None:
            channel = CHANNELS.get(normalise_header(self.cell(cells, "channel")).replace(" ", "_"))
        if channel is None:
            bad("channel", f"unknown channel; use one of {', '.join(Visit.Channel.values)}")
        visit_id = str(self.cell(cells, "visit_id"))
        if isinstance(self.cell(cells, "visit_id"), float) and visit_id.endswith(".0"):
            visit_id = visit_id[:-2]
        if len(visit_id) > EXTERNAL_ID_MAX_LENGTH:
            bad("visit_id", f"the visit id is longer than {EXTERNAL_ID_MAX_LENGTH} characters")
        consent_text = str(self.cell(cells, "consent")).lower()
        if consent_text not in YES and consent_text not in NO:
            bad("consent", "write yes or no")
        consent = consent_text in YES
        name = str(self.cell(cells, "name"))[:120] if consent else ""
        contact = str(self.cell(cells, "contact"))[:120] if consent else ""
        if errors:
            return None, errors
        return Row(
            line, customer, location_id, visited_at, amount, channel, visit_id, name, contact,
            consent,
        ), []  # fmt: skip

    def _when(self, line: int, value: Any, bad: Callable[[str, str], None]) -> datetime | None:
        if isinstance(value, datetime | date):
            shape = "excel"
            moment = value if isinstance(value, datetime) else datetime.combine(value, time())
        else:
            text = str(value)
            if not text:
                bad("visited_at", "the date is empty")
                return None
            try:
                shape, moment = self._parse_date(text)
            except ValueError:
                bad(
                    "visited_at",
                    "not a date; write e.g. 2024-03-31 or 2024-03-31 18:45",
                )
                return None
        if self.date_shape is None:
            self.date_shape = (shape, line)
        elif shape != self.date_shape[0] and "excel" not in (shape, self.date_shape[0]):
            first_shape, first_line = self.date_shape
            bad(
                "visited_at",
                f"mixed date formats: this date is {DATE_SHAPES[shape]}, while the file uses "
                f"{DATE_SHAPES[first_shape]} (line {first_line}); use one format",
            )
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=self.tz)
        if moment > self.now:
            bad("visited_at", "the date is in the future")
            return None
        if moment.year < 1970:
            bad("visited_at", "the date is before 1970")
            return None
        return moment

    def _parse_date(self, text: str) -> tuple[str, datetime]:
        if ISO_DATE.match(text):
            return "iso", datetime.fromisoformat(text)
        found = SLASH_DATE.match(text)
        if found:
            first, second, year, hour, minute, second_ = found.groups()
            day, month = (first, second) if self.day_first else (second, first)
            return "slash", datetime(
                int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second_ or 0)
            )
        raise ValueError(text)

    def _amount(self, value: Any, bad: Callable[[str, str], None]) -> Decimal | None:
        if isinstance(value, bool):
            bad("amount", "the amount is not a number")
            return None
        if isinstance(value, int | float):
            text = repr(value) if isinstance(value, float) else str(value)
        else:
            text = str(value).replace("\u00a0", "").replace(" ", "").lstrip("€$£")
            if "," in text:
                if "." in text:  # thousands and decimals: 1,250.00 or 1.250,00
                    grouping, decimal = (
                        (",", ".") if text.rfind(".") > text.rfind(",") else (".", ",")
                    )
                    text = text.replace(grouping, "").replace(decimal, ".")
                elif re.fullmatch(r"\d{1,3}(,\d{3})+", text):
                    bad("amount", "the comma is ambiguous (thousands or decimals?): write "
                        "the amount without it, or with a decimal point")  # fmt: skip
                    return None
                else:  # a decimal comma: 12,50
                    text = text.replace(",", ".")
        if not text:
            bad("amount", "the amount is empty")
            return None
        try:
            amount = Decimal(text)
        except InvalidOperation:
            bad("amount", "the amount is not a number")
            return None
        if not amount.is_finite():
            bad("amount", "the amount is not a number")
            return None
        if amount < 0:
            bad("amount", "the amount is negative")
            return None
        if amount > MAX_AMOUNT:
            bad("amount", "the amount is too large")
            return None
        cents = amount.quantize(CENT)
        # A spreadsheet's float may carry binary noise (30.000000000000004); more real
        # decimals than cents would be rounded away silently, so they are refused.
        if cents != amount and not (isinstance(value, float) and abs(cents - amount) < TINY):
            bad("amount", "the amount has more than two decimals")
            return None
        return cents


# The two passes ---------------------------------------------------------------------


def location_lookup(locations) -> dict[str, Any]:
    """Lower-case name (and code) → pk; None → the names, for error messages."""
    found: dict[Any, Any] = {None: []}
    for location in locations:
        found[location.name.lower()] = location.pk
        found[str(location.code)] = location.pk
        found[None].append(location.name)
    return found


def import_visits(
    path: Path,
    organization: Organization,
    *,
    options: Options | None = None,
    locations=None,
    name: str = "",
    progress: Progress | None = None,
    now: datetime | None = None,
    run: ImportRun | None = None,
) -> Report:
    """Check the file, then (when it is all good, or bad rows are to be skipped, and this
    is not a dry run) import it. Raise `ImportFileError` for a file that cannot be read at
    all. `locations` limits the locations a row may name (a manager's); by default every
    location of the organisation. `run`: the upload's `ImportRun`; without one (the
    console) a run is recorded when writing starts. The rows are written in committed
    batches tagged with the run and seen only once it is marked done (`models.published`);
    if writing fails they are deleted again."""
    options = options or Options()
    path = Path(path)
    check_size(path)
    kind = file_kind(path, name)
    if kind == "xlsx":
        check_xlsx(path)
    restricted = locations
    if locations is None:
        locations = Location.objects.filter(organization=organization)
    parser_args = (location_lookup(locations), options, now or timezone.now())
    report = Report()
    discard_stopped(organization)
    lease = Lease(run)
    # A first import needs no look-ups of what is already stored (the unique keys still
    # guard against another import writing the same visits or customers meanwhile).
    state = _State(
        had_visits=Visit.objects.filter(organization=organization).exists(),
        had_customers=Customer.objects.filter(organization=organization).exists(),
        own_locations=None if restricted is None else list(restricted.values_list("pk", flat=True)),
    )
    with tempfile.TemporaryFile(dir=path.parent) as spool:
        _check(path, kind, organization, parser_args, report, progress, spool, state, lease)
        if (report.bad_rows and not options.skip_bad_rows) or options.dry_run:
            return report
        spool.seek(0)
        if run is None:
            run = ImportRun.objects.create(
                organization=organization, file_name=(name or path.name)[:200],
                skip_bad_rows=options.skip_bad_rows, status=ImportRun.Status.WRITING,
                heartbeat_at=timezone.now(),
            )  # fmt: skip
            lease = Lease(run)
        _write(organization, run, spool, report, progress, state, lease)
    _schedule_invitations(run, report, now)
    return report


def _schedule_invitations(run: ImportRun, report: Report, now: datetime | None) -> None:
    """Survey invitations for the visits this import added (never for known ones). The
    visits are imported whatever happens here; a failure is logged, not raised."""
    from servicegap.customers import invitations

    try:
        report.invitations = invitations.schedule_for_import(run, now=now)
    except Exception:
        logger.exception("import: survey invitations for run %s were not scheduled", run.pk)
        return
    if report.invitations:
        ImportRun.objects.filter(pk=run.pk).update(message=summary(report))


@dataclass
class _State:
    had_visits: bool
    had_customers: bool
    # The locations the importer looks after (a manager's), or None for all of them:
    # the names and contacts of customers at other locations are not theirs to change.
    own_locations: list[int] | None = None


def _open(path: Path, kind: str, organization: Organization, parser_args, report: Report):
    rows = read_rows(path, kind)
    first = next(rows, None)
    if first is None:
        raise ImportFileError("The file is empty.")
    _line, headers = first
    options = parser_args[1]
    mapping = map_columns(headers, options.columns)
    report.headers = [str(h) for h in headers]
    report.mapping = {name: str(headers[index]) for name, index in mapping.items()}
    parser = RowParser(organization, mapping, headers, *parser_args)
    return rows, parser


def _check(
    path, kind, organization, parser_args, report: Report, progress, spool, state, lease: Lease
) -> None:
    """First pass: every row parsed and checked, duplicates found; the good rows spooled
    (as plain values, a batch at a time) for the second pass; nothing written."""
    rows, parser = _open(path, kind, organization, parser_args, report)
    hashes, lines = array("q"), array("q")  # 8 bytes a row, not a Python int's 28+
    add_hash, add_line, parse = hashes.append, lines.append, parser.parse
    spooled: list[tuple] = []
    add = spooled.append
    count = 0
    for line, cells in rows:
        count += 1
        row, errors = parse(line, cells)
        if errors:
            report.bad_rows += 1
            for error in errors:
                report.add_error(error)
            continue
        add_hash(_hash(row[10]))
        add_line(line)
        add(row)
        if len(spooled) >= BATCH_SIZE:
            if state.had_visits:
                _check_against_database(organization, spooled, parser, report)
            _spool(spool, spooled)
            spooled = []
            add = spooled.append
            report.rows = count
            lease.renew()
            if progress:
                progress("checking", count, 0)
    report.rows = count
    if state.had_visits:
        _check_against_database(organization, spooled, parser, report)
    if spooled:
        _spool(spool, spooled)
    _report_duplicates(np.frombuffer(hashes, np.int64), np.frombuffer(lines, np.int64),
                       parser, report)  # fmt: skip
    report.errors.sort(key=lambda error: error.line)
    if progress:
        progress("checked", report.rows, report.rows)


# A key's 64-bit digest, to find duplicates: the string hash of this process (SipHash,
# seeded per process, which is all the duplicate check needs; a row's key itself is
# stored in full and unique in the database).
_hash = hash


def _db_time(vendor: str) -> Callable[[datetime], str]:
    """An aware datetime as the database takes it (as Django would write it)."""
    if vendor == "sqlite":
        return lambda moment: str(moment.astimezone(UTC).replace(tzinfo=None))
    return lambda moment: moment.astimezone(UTC).isoformat()


def _from_db_time(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _chunks(items: list, size: int = QUERY_CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _check_against_database(organization, batch: list[tuple], parser: RowParser, report) -> None:
    """A visit id already stored with other data is a bad row; the same visit again is
    counted as known (a re-import). `batch`: spooled rows (`RowParser.spooled`)."""
    with_ids = {row[10]: row for row in batch if row[6]}
    if not with_ids:
        return
    to_db = parser.to_db
    for keys in _chunks(list(with_ids)):
        stored = Visit.objects.filter(organization=organization, key__in=keys).values_list(
            "key", "customer__external_id", "location_id", "visited_at", "amount"
        )
        for key, customer, location_id, visited_at, amount in stored:
            row = with_ids[key]
            same = (customer, location_id, to_db(visited_at), amount) == (
                row[1], row[2], row[3], Decimal(row[4]),
            )  # fmt: skip
            if not same:
                report.bad_rows += 1
                report.add_error(
                    RowError(
                        row[0],
                        parser.columns["visit_id"],
                        "this visit id was already imported with another customer, "
                        "location, time or amount",
                    )
                )


def _report_duplicates(hashes: np.ndarray, lines: np.ndarray, parser: RowParser, report) -> None:
    if len(hashes) < 2:
        return
    order = np.argsort(hashes, kind="stable")
    ordered = hashes[order]
    repeated = np.flatnonzero(ordered[1:] == ordered[:-1]) + 1
    id_column = parser.columns.get("visit_id")
    for position in repeated:
        line = int(lines[order[position]])
        start = position
        while start > 0 and ordered[start - 1] == ordered[position]:
            start -= 1
        first = int(lines[order[start]])
        report.bad_rows += 1
        if id_column:
            reason = f"duplicate visit id: the same as line {first}"
            column = id_column
        else:
            reason = (
                f"the same customer, location, time and amount as line {first}; "
                "give visits their own ids to import both"
            )
            column = parser.columns["customer"]
        report.add_error(RowError(line, column, reason))


def _spool(spool, rows: list[tuple]) -> None:
    """A batch as a length and its marshalled bytes (read back whole, not byte by byte)."""
    data = marshal.dumps(rows)
    spool.write(len(data).to_bytes(8, "little"))
    spool.write(data)


def _spooled_batches(spool) -> Iterator[list[tuple]]:
    while True:
        head = spool.read(8)
        if len(head) < 8:
            return
        yield marshal.loads(spool.read(int.from_bytes(head, "little")))


def _write(
    organization, run: ImportRun, spool, report: Report, progress, state: _State, lease: Lease
) -> None:
    """Second pass: the good rows, a committed batch at a time, tagged with the run (so
    that other writers, e.g. a public feedback form on SQLite, wait for one batch at
    most, never for the whole file); then, in one short transaction, the changes to
    customers known before and the run marked done, which shows every row at once. On
    any failure the run's rows are deleted again and the run marked failed."""
    bad_lines: set[int] | None = {error.line for error in report.errors}
    if report.bad_rows > len(report.errors):
        bad_lines = None  # more bad rows than listed: tell them apart again below
    seen = _SeenKeys() if bad_lines is None else None
    cache = _CustomerCache(
        organization, run, complete=not state.had_customers, own_locations=state.own_locations
    )
    written = 0
    ImportRun.objects.filter(pk=run.pk).update(
        status=ImportRun.Status.WRITING, heartbeat_at=timezone.now()
    )
    try:
        with _page_cache():
            for batch in _spooled_batches(spool):
                if report.bad_rows:
                    batch = [
                        row for row in batch
                        if (bad_lines is None or row[0] not in bad_lines)
                        and (seen is None or seen.add(row[10]))
                    ]  # fmt: skip
                with transaction.atomic():
                    lease.renew()
                    written += _write_batch(organization, run, batch, cache, report, state)
                if progress:
                    progress("writing", written, report.rows)
        lease.renew(now=True)  # then the last transaction, shorter than the lease
        with transaction.atomic():
            cache.update_known_customers()
            shown = ImportRun.objects.filter(
                pk=run.pk, cancel_requested=False, status=ImportRun.Status.WRITING
            ).update(
                status=ImportRun.Status.DONE, finished_at=timezone.now(), rows_total=report.rows,
                rows_done=report.rows, bad_rows=report.bad_rows,
                visits_added=report.visits_added, visits_known=report.visits_known,
                customers_added=report.customers_added, message=summary(replace(report, written=True)),
            )  # fmt: skip
            if not shown:  # cancelled (or taken as stopped) a moment ago: nothing shown
                lease.lost()
    except BaseException as error:
        if isinstance(error, RunLost):  # its cleaner removes the rows
            raise
        if isinstance(error, ImportCancelled):
            discard(run, message=CANCELLED)
            raise
        discard(run, message=f"The import failed ({type(error).__name__}); nothing was imported.")
        if isinstance(error, IntegrityError):
            raise ImportFileError(
                "Another import of this organisation is writing the same visits or customers "
                "(or one was stopped less than "
                f"{settings.CUSTOMERS_IMPORT_LEASE_SECONDS} seconds ago and is being removed). "
                "Nothing was imported; try again in a minute."
            ) from error
        raise
    report.written = True
    if progress:
        progress("done", report.rows, report.rows)


@contextmanager
def _page_cache() -> Iterator[None]:
    """On SQLite, while the import's connection writes: a larger page cache (so that a
    batch's index pages are not spilled and read again) and fewer WAL checkpoints (each
    copies every page written since the last back into the database file, and syncs it);
    both restored after, and one checkpoint made that does not block other writers."""
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size")
        (before,) = cursor.fetchone()
        cursor.execute("PRAGMA wal_autocheckpoint")
        (checkpoint,) = cursor.fetchone()
        cursor.execute(f"PRAGMA cache_size = {-SQLITE_CACHE_KIB}")
        cursor.execute(f"PRAGMA wal_autocheckpoint = {SQLITE_CHECKPOINT_PAGES}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA cache_size = {int(before)}")
            cursor.execute(f"PRAGMA wal_autocheckpoint = {int(checkpoint)}")
            if not connection.in_atomic_block:  # the WAL copied back, without blocking writers
                cursor.execute("PRAGMA wal_checkpoint(PASSIVE)")


def discard(run: ImportRun, *, message: str) -> None:
    """Delete a stopped run's rows, a batch per transaction (they were never seen),
    then mark it cancelled (when it was) or failed. Until then it is "stopping", with its
    heartbeat renewed: if this process dies too, the next one removes the rest."""
    ImportRun.objects.filter(pk=run.pk).update(
        status=ImportRun.Status.STOPPING, heartbeat_at=timezone.now(), message=message
    )
    for model in (Visit, Customer):
        last = 0
        while True:
            ids = list(
                model.all_objects.filter(import_run=run, pk__gt=last)
                .order_by("pk")
                .values_list("pk", flat=True)[:BATCH_SIZE]
            )
            if not ids:
                break
            with transaction.atomic():
                model.all_objects.filter(pk__in=ids).delete()
                ImportRun.objects.filter(pk=run.pk).update(heartbeat_at=timezone.now())
            last = ids[-1]
    cancelled = ImportRun.objects.filter(pk=run.pk, cancel_requested=True).exists()
    ImportRun.objects.filter(pk=run.pk).update(
        status=ImportRun.Status.CANCELLED if cancelled else ImportRun.Status.FAILED,
        finished_at=timezone.now(),
        message=CANCELLED if cancelled else message,
    )


CANCELLED = "Cancelled; nothing was imported."
STOPPED = (
    "The import stopped before it finished (the process running it ended); nothing was "
    "imported. Import the file again."
)


def stopped_runs(now: datetime | None = None):
    """Runs in a running state whose process has not renewed the lease: it was killed."""
    lease = timedelta(seconds=settings.CUSTOMERS_IMPORT_LEASE_SECONDS)
    return (
        ImportRun.objects.filter(status__in=ImportRun.RUNNING)
        .annotate(beat=Coalesce("heartbeat_at", "created_at"))
        .filter(beat__lt=(now or timezone.now()) - lease)
    )


def discard_stopped(organization: Organization | None = None, now: datetime | None = None) -> int:
    """Remove the hidden rows and the upload of every stopped run (of the organisation),
    each claimed first by a conditional UPDATE of the heartbeat it was seen with, so
    that two cleaners never work on one; how many were removed."""
    runs = stopped_runs(now)
    if organization is not None:
        runs = runs.filter(organization=organization)
    removed = 0
    for run in runs.order_by("pk"):
        claimed = ImportRun.objects.filter(
            pk=run.pk, status=run.status, heartbeat_at=run.heartbeat_at
        ).update(status=ImportRun.Status.STOPPING, heartbeat_at=timezone.now())
        if not claimed:
            continue
        message = run.message if run.status == ImportRun.Status.STOPPING else STOPPED
        discard(run, message=message or STOPPED)
        remove_files(run.code)
        logger.info("import: run %s had stopped; its rows and upload were removed", run.pk)
        removed += 1
    return removed


def remove_files(code: uuid.UUID) -> None:
    """The upload of a run and its progress file."""
    stored_path(code).unlink(missing_ok=True)
    progress_path(code).unlink(missing_ok=True)


class _SeenKeys:
    def __init__(self) -> None:
        self.seen: set[int] = set()

    def add(self, key: str) -> bool:
        digest = _hash(key)
        if digest in self.seen:
            return False
        self.seen.add(digest)
        return True


class _CustomerCache:
    """external id → [pk, first visit (as the database writes it), made by this run] of
    the customers met so far, bounded. `complete` while it holds every customer of the
    organisation (none existed before this import).

    A time is compared as the database text of a UTC time (`_db_time`), whose order is
    the order of the times, so that no row's time is parsed back. Changes to customers
    known before the import wait in `earlier` and `personal` until the run is done."""

    LIMIT = 500_000

    def __init__(
        self,
        organization: Organization,
        run: ImportRun,
        *,
        complete: bool,
        own_locations: list[int] | None = None,
    ) -> None:
        self.organization = organization
        self.own_locations = own_locations
        self.run = run
        self.known: dict[str, list] = {}
        self.complete = complete
        self.to_db = _db_time(connection.vendor)
        self.earlier: dict[int, str] = {}  # known customer pk → an earlier first visit
        self.personal: dict[int, tuple[str, str]] = {}  # known customer pk → (name, contact)

    def resolve(self, rows: list[tuple], report: Report) -> dict[str, list]:
        wanted = {row[1] for row in rows} - self.known.keys()
        if len(self.known) + len(wanted) > self.LIMIT:
            self.known.clear()
            self.complete = False
            wanted = {row[1] for row in rows}
        if wanted and not self.complete:
            for ids in _chunks(list(wanted)):
                for pk, external_id, first_seen, run_id in (
                    Customer.all_objects.filter(
                        published(self.run), organization=self.organization,
                        external_id__in=ids,
                    ).values_list("pk", "external_id", "first_seen", "import_run_id")
                ):  # fmt: skip
                    when = None if first_seen is None else self.to_db(first_seen)
                    self.known[external_id] = [pk, when, run_id == self.run.pk]
        new: dict[str, list] = {}  # external id → [home location, first visit]
        for row in rows:
            if row[1] in self.known:
                continue
            first = new.get(row[1])
            if first is None:
                new[row[1]] = [row[2], row[3]]
            elif row[3] < first[1]:
                first[:] = row[2], row[3]
        if new:
            for external_id, pk in _insert_customers(self.organization, self.run, new).items():
                self.known[external_id] = [pk, new[external_id][1], True]
            report.customers_added += len(new)
        return self.known

    def update_known_customers(self) -> None:
        Customer.all_objects.bulk_update(
            [Customer(pk=pk, first_seen=_from_db_time(t)) for pk, t in self.earlier.items()],
            ["first_seen"],
            batch_size=500,
        )
        for pk, (name, contact) in self.personal.items():
            mine = Customer.all_objects.filter(pk=pk)
            if self.own_locations is not None:
                mine = mine.filter(home_location_id__in=self.own_locations)
            mine.update(contact_consent=True, name=name, contact=contact)


def _write_batch(organization, run, batch: list[tuple], cache, report: Report, state) -> int:
    if not batch:
        return 0
    if state.had_visits:
        known: set[str] = set()
        for keys in _chunks([row[10] for row in batch]):
            known.update(
                Visit.objects.filter(organization=organization, key__in=keys).values_list(
                    "key", flat=True
                )
            )
        fresh = [row for row in batch if row[10] not in known]
    else:
        fresh = batch
    report.visits_known += len(batch) - len(fresh)
    customers = cache.resolve(fresh, report)
    earlier: dict[int, str] = {}  # this run's customers, seen earlier in a later batch
    personal: dict[int, tuple[str, str]] = {}
    for row in fresh:
        entry = customers[row[1]]
        if entry[1] is None or row[3] < entry[1]:
            entry[1] = row[3]
            (earlier if entry[2] else cache.earlier)[entry[0]] = row[3]
        if row[9] and (row[7] or row[8]):
            (personal if entry[2] else cache.personal)[entry[0]] = (row[7], row[8])
    Customer.all_objects.bulk_update(
        [Customer(pk=pk, first_seen=_from_db_time(when)) for pk, when in earlier.items()],
        ["first_seen"],
        batch_size=500,
    )
    for pk, (name, contact) in personal.items():
        Customer.all_objects.filter(pk=pk).update(contact_consent=True, name=name, contact=contact)
    _insert_visits(organization, run, fresh, customers)
    report.visits_added += len(fresh)
    return len(batch)


def _insert_sql(model, columns: list[str]) -> str:
    quote = connection.ops.quote_name
    return (
        f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join(['%s'] * len(columns))})"
    )


def _insert(model, columns: list[str], values: list[tuple]) -> None:
    """A bare executemany through Django's cursor (as bulk_create does, without building
    a model instance and preparing each field of each row)."""
    with connection.cursor() as cursor:
        cursor.executemany(_insert_sql(model, columns), values)


def _insert_customers(organization, run, new: dict[str, list]) -> dict[str, int]:
    """New customers (external id → [home location, first visit]), created with their
    run; returns their ids."""
    meta = Customer._meta
    code = meta.get_field("code")
    tags = meta.get_field("tags").get_db_prep_save([], connection)
    created_at = meta.get_field("created_at").get_db_prep_save(timezone.now(), connection)
    columns = ["organization_id", "import_run_id", "code", "external_id", "home_location_id",
               "first_seen", "contact_consent", "name", "contact", "tags", "created_at"]  # fmt: skip
    values = [
        (
            organization.pk,
            run.pk,
            code.get_db_prep_value(uuid.uuid4(), connection),
            external_id,
            location_id,
            first_seen,
            False,
            "",
            "",
            tags,
            created_at,
        )  # fmt: skip
        for external_id, (location_id, first_seen) in new.items()
    ]
    _insert(Customer, columns, values)
    found: dict[str, int] = {}
    for ids in _chunks(list(new)):
        found.update(
            Customer.all_objects.filter(
                organization=organization, import_run=run, external_id__in=ids
            ).values_list("external_id", "pk")
        )
    return found


def _insert_visits(organization, run, rows: list[tuple], customers) -> None:
    if not rows:
        return
    columns = ["organization_id", "import_run_id", "customer_id", "location_id", "visited_at",
               "amount", "channel", "external_id", "key"]  # fmt: skip
    org_id, run_id = organization.pk, run.pk
    values = [
        (org_id, run_id, customers[customer][0], location, when, amount, channel, visit_id, key)
        for _, customer, location, when, amount, channel, visit_id, _, _, _, key in rows
    ]
    _insert(Visit, columns, values)


def summary(report: Report) -> str:
    """One sentence for the console and the page."""
    if report.bad_rows and not report.written:
        more = f" (the first {len(report.errors)} listed)" if report.more_errors else ""
        return (
            f"{report.bad_rows} bad rows of {report.rows}{more}; nothing imported. Fix them, "
            "or import the other rows and skip these."
        )
    if not report.written:
        return f"{report.rows} rows checked, all good; nothing imported (check only)."
    skipped = f", {report.bad_rows} bad rows skipped" if report.bad_rows else ""
    return (
        f"{report.visits_added} visits imported, {report.visits_known} already known, "
        f"{report.customers_added} new customers, from {report.rows} rows{skipped}."
        + (f" {report.invitations} survey invitations scheduled." if report.invitations else "")
    )


def errors_json(report: Report) -> list[dict[str, Any]]:
    return [error.as_dict() for error in report.errors]


def stored_path(code: uuid.UUID) -> Path:
    folder = Path(settings.DATA_DIR) / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{code}.upload"


def progress_path(code: uuid.UUID) -> Path:
    return stored_path(code).with_suffix(".progress")


def read_progress(code: uuid.UUID) -> dict[str, Any] | None:
    try:
        return json.loads(progress_path(code).read_text())
    except (OSError, ValueError):
        return None


def write_progress(code: uuid.UUID, phase: str, done: int, total: int) -> None:
    target = progress_path(code)
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps({"phase": phase, "done": done, "total": total}))
    temporary.replace(target)
