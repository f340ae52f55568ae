"""Erasing one customer, and the customers app's retention clean-ups (the privacy app's
steps, called in one transaction; files are only listed here, for removal after the
commit).

`find_customers()` finds a customer by id, name, e-mail or phone. `erase_customer_data()`
deletes the customer with their visits, scores, alerts and survey invitations, and
erases their rows from import records and kept uploads. Counts only, never what was
erased.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from django.db.models import Max, Q, QuerySet

from servicegap.core.models import Organization
from servicegap.customers import importer
from servicegap.customers.models import (
    Alert,
    Customer,
    CustomerScore,
    ImportRun,
    SurveyInvitation,
    Visit,
)
from servicegap.feedback.erasure import ERASED, redact

PHONE_DIGITS_MIN = 6
_NOT_DIGIT = re.compile(r"\D")


def find_customers(customers: QuerySet[Customer], query: str) -> list[Customer]:
    """The customers of `customers` that `query` names: their code, customer id, name,
    e-mail address or phone number (the digits alone compared), in full."""
    query = query.strip()
    if not query:
        return []
    match = Q(external_id=query) | Q(name__iexact=query) | Q(contact__iexact=query)
    with contextlib.suppress(ValueError):
        match |= Q(code=uuid.UUID(query))
    found = {customer.pk: customer for customer in customers.filter(match)}
    digits = _NOT_DIGIT.sub("", query)
    if len(digits) >= PHONE_DIGITS_MIN and not re.search(r"[A-Za-z@]", query):
        for customer in customers.filter(contact__contains=digits[-4:]):
            if _NOT_DIGIT.sub("", customer.contact) == digits:
                found[customer.pk] = customer
    return sorted(found.values(), key=lambda customer: customer.external_id)


def identifiers(customer: Customer) -> list[str]:
    """What names the customer in other texts: their id, name and contact."""
    return [text for text in (customer.external_id, customer.name, customer.contact) if text]


def erase_customer_data(
    organization: Organization, customer: Customer, needles: Sequence[str]
) -> tuple[dict[str, int], list[Path]]:
    """Delete the customer and everything of theirs this app keeps; erase their rows from
    import records. (counts per kind, the upload files to remove after the commit)."""
    counts = {
        "visits": Visit.all_objects.filter(customer=customer).count(),
        "scores": CustomerScore.objects.filter(customer=customer).count(),
        "alerts": Alert.objects.filter(customer=customer).count(),
        "survey_invitations": SurveyInvitation.objects.filter(customer=customer).count(),
    }
    import_counts, files = _erase_from_imports(organization, customer, needles)
    Visit.all_objects.filter(customer=customer).delete()
    Customer.all_objects.filter(pk=customer.pk).delete()  # scores, alerts, invitations too
    return {**counts, "customers": 1, **import_counts}, files


def _erase_from_imports(
    organization: Organization, customer: Customer, needles: Sequence[str]
) -> tuple[dict[str, int], list[Path]]:
    """Import records whose errors or message name the customer are redacted; a kept
    upload with a row of theirs is removed (its run says so)."""
    exact = {text.strip().lower() for text in identifiers(customer)}
    runs, files = 0, []
    for run in ImportRun.objects.filter(organization=organization):
        lines = _lines_naming(run, exact)
        errors = [
            {**error, "reason": ERASED}
            if error.get("line") in lines
            else {**error, "reason": redact(str(error.get("reason", "")), needles)}
            for error in run.errors
        ]
        message = redact(run.message, needles)
        if lines:
            files += [importer.stored_path(run.code), importer.progress_path(run.code)]
            message = f"{message}\n{ERASED}: the uploaded file was removed.".strip()
        if errors != run.errors or message != run.message or lines:
            ImportRun.objects.filter(pk=run.pk).update(errors=errors, message=message)
            runs += 1
    return {"import_records": runs, "uploads": len(files) // 2}, files


def _lines_naming(run: ImportRun, exact: set[str]) -> set[int]:
    """The lines of the run's kept upload with a cell that is one of `exact`."""
    path = importer.stored_path(run.code)
    if not path.is_file() or not exact:
        return set()
    try:
        rows = importer.read_rows(path, importer.file_kind(path, run.file_name))
        return {
            line
            for line, cells in rows
            if any(str(cell).strip().lower() in exact for cell in cells)
        }
    except (importer.ImportFileError, OSError, ValueError):
        return {0}  # unreadable, so it cannot be shown not to hold them: removed


# Retention -------------------------------------------------------------------------


def erase_old_contacts(organization: Organization, before: datetime) -> dict[str, int]:
    """Name and contact of customers not seen since `before` (last visit, else when they
    were added), and the addresses of survey invitations made before it."""
    idle = (
        Customer.objects.filter(organization=organization, created_at__lt=before)
        .filter(~Q(name="") | ~Q(contact=""))
        .annotate(last=Max("visits__visited_at"))
        .filter(Q(last__lt=before) | Q(last__isnull=True))
    )
    customers = Customer.objects.filter(pk__in=list(idle.values_list("pk", flat=True))).update(
        name="", contact=""
    )
    invitations = (
        SurveyInvitation.objects.filter(organization=organization, created_at__lt=before)
        .exclude(email="")
        .update(email="")
    )
    return {"customer_contacts": customers, "invitation_addresses": invitations}


def old_failed_uploads(organization: Organization, before: datetime) -> tuple[int, list[Path]]:
    """Retention: the uploads of finished runs made before `before` that are still kept
    (a run with bad rows keeps its file to be imported without them), their errors
    (which quote rows) erased; (how many, the files to remove after the commit)."""
    files, count = [], 0
    runs = ImportRun.objects.filter(
        organization=organization, created_at__lt=before, status__in=ImportRun.FINISHED
    )
    for run in runs:
        path = importer.stored_path(run.code)
        if not path.exists() and not run.errors:
            continue
        count += int(path.exists())
        files += [path, importer.progress_path(run.code)]
        ImportRun.objects.filter(pk=run.pk).update(
            errors=[], message=f"{ERASED}: the uploaded file and its errors were removed."
        )
    return count, files
