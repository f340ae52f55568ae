"""CSV exports of audits and answers, streamed row by row.

Text that a spreadsheet would read as a formula (starting with = + - @, a tab or a
carriage return) is prefixed with a quote, so an exported note cannot run in Excel.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import datetime
from decimal import Decimal

from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from django.utils import timezone

from servicegap.audits.models import Audit, AuditAnswer

FORMULA_STARTS = frozenset("=+-@\t\r")
CHUNK = 2000


def safe_cell(value) -> str | int | Decimal:
    """A cell as the CSV should hold it: numbers as they are, text defused."""
    if value.__class__ is str:  # the common case first
        return "'" + value if value[:1] in FORMULA_STARTS else value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | Decimal | float):
        return value
    return safe_cell(str(value))


def _lines(rows: Iterable[list], batch: int = 500) -> Iterator[str]:
    """The CSV text in pieces of `batch` rows: few, large writes to the client."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for count, row in enumerate(rows, start=1):
        writer.writerow([safe_cell(cell) for cell in row])
        if count % batch == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue()


def filtered_csv(form, kind: str) -> StreamingHttpResponse:
    """The audits (`kind` "audits") or the counted answers ("answers") that a valid
    `AuditFilterForm` chooses among those its member may see, as the CSV download named
    `<kind>-<today>.csv` (today in the organisation's time zone): the page's and the
    API's export."""
    membership = form.membership
    tz = membership.organization.tz
    if kind == "audits":
        rows = audit_rows(form.filter(Audit.objects.for_member(membership), tz=tz), tz)
    else:
        answers = AuditAnswer.objects.for_member(membership).counted()
        rows = answer_rows(form.filter(answers, tz=tz), tz)
    stamp = timezone.localdate(timezone=tz).isoformat()
    return csv_response(rows, f"{kind}-{stamp}.csv")


def csv_response(rows: Iterable[list], filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(_lines(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _when(value: datetime | None, tz) -> str:
    return "" if value is None else timezone.localtime(value, tz).strftime("%Y-%m-%d %H:%M")


AUDIT_HEADER = [
    "audit",
    "location",
    "kind",
    "channel",
    "template",
    "status",
    "performed_by",
    "performed_at",
    "started_at",
    "ended_at",
    "checkin_distance_m",
    "score",
    "capped",
    "passed",
    "failed",
    "not_applicable",
    "passed_weight",
    "applicable_weight",
]


def audit_rows(audits: QuerySet, tz) -> Iterator[list]:
    yield AUDIT_HEADER
    qs = audits.select_related("location", "template", "performed_by").order_by(
        "performed_at", "pk"
    )
    for a in qs.iterator(chunk_size=CHUNK):
        yield [
            a.code,
            a.location.name,
            a.kind,
            a.channel,
            a.template.name,
            a.status,
            a.performed_by.email if a.performed_by else "",
            _when(a.performed_at, tz),
            _when(a.started_at, tz),
            _when(a.ended_at, tz),
            a.checkin_distance_m,
            a.score,
            a.is_capped,
            a.passed_count,
            a.failed_count,
            a.na_count,
            a.passed_weight,
            a.applicable_weight,
        ]


ANSWER_HEADER = [
    "audit",
    "location",
    "kind",
    "performed_at",
    "step",
    "p",
    "behaviour",
    "behaviour_version",
    "weight",
    "critical",
    "result",
    "measured_value",
    "target",
    "note",
]


ANSWER_COLUMNS = [
    "audit__code",
    "location__name",
    "kind",
    "performed_at",
    "step_name",
    "p",
    "behaviour_text",
    "behaviour_version",
    "weight",
    "is_critical",
    "result",
    "measured_value",
    "target_comparison",
    "target_value",
    "target_unit",
    "note",
]


def _target(comparison: str, value: Decimal | None, unit: str) -> str:
    if value is None or not comparison:
        return ""
    return f"{comparison.replace('_', ' ')} {format(value.normalize(), 'f')} {unit}".strip()


def answer_rows(answers: QuerySet, tz) -> Iterator[list]:
    """One row per answer; plain tuples from the database (no model instances)."""
    yield ANSWER_HEADER
    qs = answers.order_by("performed_at", "audit_id", "position").values_list(*ANSWER_COLUMNS)
    for (
        audit,
        location,
        kind,
        performed_at,
        step,
        p,
        text,
        version,
        weight,
        critical,
        result,
        measured,
        comparison,
        target,
        unit,
        note,
    ) in qs.iterator(chunk_size=CHUNK):
        yield [
            audit,
            location,
            kind,
            _when(performed_at, tz),
            step,
            p,
            text,
            version,
            weight,
            critical,
            result,
            measured,
            _target(comparison, target, unit),
            note,
        ]
