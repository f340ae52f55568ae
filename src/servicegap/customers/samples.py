"""The sample visits file (CSV and XLSX) and the guide to its columns.

The sample names the organisation's own locations (or "Main Street" when it has none
yet), so that it imports as it is; its visits are in the weeks before today.
"""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from typing import NamedTuple

from servicegap.customers.importer import REQUIRED


class Column(NamedTuple):
    field: str  # the importer's field name
    header: str  # as the sample file names it
    meaning: str
    example: str

    @property
    def required(self) -> bool:
        return self.field in REQUIRED


COLUMNS = [
    Column("customer", "customer id",
           "Who visited: your loyalty, account or member number, the same for every visit of "
           "one customer. Any text; never shown to other customers.", "C-1001"),
    Column("visited_at", "date",
           "When they visited, in your organisation's time zone: 2024-03-31, 2024-03-31 18:45, "
           "31/03/2024 or a spreadsheet date. Day/month or month/day is chosen on the upload "
           "page.", "2024-03-31 18:45"),
    Column("location", "location",
           "Where they visited: the name of one of your locations, as written under "
           "Organisation → Locations.", "Main Street"),
    Column("amount", "amount",
           "What they spent, in your currency, without the symbol: 12.50, 12,50 or 1,234.50. "
           "0 for a visit without a purchase.", "24.50"),
    Column("channel", "channel",
           "Optional. in_store (the default), takeaway, delivery, phone or online.", "in_store"),
    Column("visit_id", "visit id",
           "Optional. Your receipt or order number: with it, importing the same visit again "
           "is recognised even when its other columns changed.", "R-20240331-017"),
    Column("name", "name", "Optional. The customer's name, kept only when consent is yes.",
           "Ana Ruiz"),
    Column("contact", "contact",
           "Optional. An e-mail address or phone number, kept only when consent is yes.",
           "ana@example.test"),
    Column("consent", "consent",
           "Optional. yes when the customer agreed to be contacted; no or empty otherwise.",
           "yes"),
]  # fmt: skip

HEADERS = [column.header for column in COLUMNS]
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# (customer, days before today, hour, amount, channel, name, contact, consent)
_VISITS = [
    ("C-1001", 62, "12:30", "24.50", "in_store", "Ana Ruiz", "ana@example.test", "yes"),
    ("C-1001", 34, "13:05", "31.00", "in_store", "Ana Ruiz", "ana@example.test", "yes"),
    ("C-1001", 6, "12:45", "27.80", "takeaway", "Ana Ruiz", "ana@example.test", "yes"),
    ("C-1002", 55, "19:10", "58.00", "in_store", "", "", "no"),
    ("C-1002", 20, "20:00", "64.20", "in_store", "", "", "no"),
    ("C-1003", 48, "09:15", "8.40", "in_store", "", "", ""),
    ("C-1003", 41, "09:20", "7.90", "in_store", "", "", ""),
    ("C-1003", 27, "08:55", "9.10", "delivery", "", "", ""),
]


def sample_rows(location_names: list[str], today: date) -> list[list[str]]:
    """The sample's rows (without the header), at the given locations in turn."""
    names = location_names or ["Main Street"]
    rows = []
    for number, (customer, days, hour, amount, channel, name, contact, consent) in enumerate(
        _VISITS, start=1
    ):
        day = today - timedelta(days=days)
        location = names[(number - 1) % len(names)]
        visit_id = f"R-{day:%Y%m%d}-{number:03d}"
        rows.append([customer, f"{day.isoformat()} {hour}", location, amount, channel,
                     visit_id, name, contact, consent])  # fmt: skip
    return rows


def sample_csv(location_names: list[str], today: date) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADERS)
    writer.writerows(sample_rows(location_names, today))
    return buffer.getvalue().encode("utf-8")


def sample_xlsx(location_names: list[str], today: date) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Visits")
    sheet.append(HEADERS)
    for row in sample_rows(location_names, today):
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
