"""Erasing one customer's personal data, on request, everywhere it is kept.

`erase_customer()` is the whole workflow, one step per app in plain sight, in one
database transaction; the files (uploads, older comment models) are removed after it
commits. What is erased:

1. feedback: the customer's responses keep their ratings; comment → "[erased]",
   contact details gone, no longer linked to the customer;
2. recovery: the texts of cases about them lose their name, contact and comments;
3. people: coaching notes and scenarios made from those responses or cases, likewise;
4. webhooks: deliveries about them, or whose body names or quotes them, deleted;
5. customers: the customer with visits, scores, alerts and survey invitations deleted;
   import records' errors about their rows erased, uploads holding a row removed;
6. textlens: when a manager had corrected one of their comments, the comment model is
   trained again without it and every older version (row and file) deleted.

An `ErasureLog` row records who, when and how many rows of each kind. Nothing of this is
reversible.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from servicegap.core.models import Membership, Organization
from servicegap.customers import erasure as customers_erasure
from servicegap.customers.models import Alert, Customer
from servicegap.feedback import erasure as feedback_erasure
from servicegap.feedback.models import Response
from servicegap.people import erasure as people_erasure
from servicegap.privacy.models import ErasureLog
from servicegap.recovery import erasure as recovery_erasure
from servicegap.textlens import erasure as textlens_erasure
from servicegap.webhooks import erasure as webhooks_erasure

logger = logging.getLogger(__name__)

# The kinds of rows the log counts, as shown to owners.
KIND_LABELS = {
    "customers": _("customers"),
    "visits": _("visits"),
    "scores": _("scores"),
    "alerts": _("save-list alerts"),
    "survey_invitations": _("survey invitations"),
    "response_comments": _("comments"),
    "response_contacts": _("contact details left with feedback"),
    "corrected_comments": _("corrected comments"),
    "model_versions": _("comment-model versions"),
    "case_texts": _("cases"),
    "case_events": _("case history entries"),
    "case_actions": _("recovery actions and follow-ups"),
    "people_notes": _("coaching notes and scenarios"),
    "webhook_deliveries": _("webhook deliveries"),
    "import_records": _("import records"),
    "uploads": _("uploaded files"),
    "customer_contacts": _("customers' contact details"),
    "invitation_addresses": _("survey invitation addresses"),
}


class ErasureError(Exception):
    """An erasure that cannot be done, saying why."""


def preview(customer: Customer, member: Membership) -> dict[str, int]:
    """What erasing `customer` would touch, as the erase page tells the owner before
    they confirm: their visits, save-list alerts, survey invitations and recovery cases,
    and the responses (and, of those, the comments) the member sees."""
    counts = Customer.all_objects.filter(pk=customer.pk).aggregate(
        visits=Count("visits", distinct=True),
        alerts=Count("alerts", distinct=True),
        invitations=Count("survey_invitations", distinct=True),
        cases=Count("recovery_cases", distinct=True),
    )
    responses = Response.objects.for_member(member).filter(customer=customer)
    return {
        **counts,
        "responses": responses.count(),
        "comments": responses.exclude(comment="").count(),
    }


def erase_customer(customer: Customer, *, by: AbstractBaseUser | None, via: str) -> ErasureLog:
    """Erase everything the organisation keeps about `customer` (module docstring) and
    log it; the log row. The caller has checked that `by` may."""
    organization = customer.organization
    files: list[Path] = []
    with transaction.atomic():
        customer = Customer.all_objects.select_for_update().filter(pk=customer.pk).first()
        if customer is None:
            raise ErasureError("This customer was already erased.")
        counts, files = _erase(organization, customer)
        log = ErasureLog.objects.create(
            organization=organization,
            kind=ErasureLog.Kind.CUSTOMER,
            via=via,
            by=by,
            counts=counts,
        )
        transaction.on_commit(lambda: remove_files(files))
    logger.info("privacy: erased customer data for organisation %s: %s", organization.pk, counts)
    return log


def _erase(organization: Organization, customer: Customer) -> tuple[dict[str, int], list[Path]]:
    response_ids = feedback_erasure.responses_of(organization, customer.pk, customer.contact)
    comments = list(Response.objects.filter(pk__in=response_ids).values_list("comment", "contact"))
    needles = feedback_erasure.needles_of(
        [*customers_erasure.identifiers(customer), *(text for pair in comments for text in pair)]
    )
    alert_ids = list(Alert.objects.filter(customer=customer).values_list("pk", flat=True))
    case_ids = recovery_erasure.cases_of(
        organization, customer_id=customer.pk, response_ids=response_ids, alert_ids=alert_ids
    )
    codes = [str(code) for code in Response.objects.filter(pk__in=response_ids).values_list(
        "code", flat=True
    )]  # fmt: skip
    keys = [
        *(f"response:{code}" for code in codes),
        *(f"alert:{code}" for code in codes),
        *(f"case-event:{code}" for code in recovery_erasure.event_codes(case_ids)),
    ]
    counts: dict[str, int] = {}
    counts |= textlens_erasure.erase_customer_data(organization, response_ids)
    counts |= feedback_erasure.erase_customer_data(organization, response_ids)
    counts |= recovery_erasure.erase_customer_data(organization, case_ids, needles)
    counts |= people_erasure.erase_customer_data(
        organization, response_ids=response_ids, case_ids=case_ids, needles=needles
    )
    counts |= webhooks_erasure.erase_customer_data(organization, keys=keys, needles=needles)
    found, files = customers_erasure.erase_customer_data(organization, customer, needles)
    counts |= found
    model_counts, model_files = forget_in_models(organization, counts["corrected_comments"])
    return counts | model_counts, files + model_files


def forget_in_models(organization: Organization, corrected: int) -> tuple[dict[str, int], list]:
    """When erased comments had been corrected (so a model may hold them), train the
    model again without them and delete the older versions."""
    if not corrected:
        return {"model_versions": 0}, []
    return textlens_erasure.forget_erased_comments(organization)


def remove_files(paths: Sequence[Path]) -> int:
    """Remove these files (after the commit); how many were there. A file that cannot be
    removed is logged by its path, never its content."""
    removed = 0
    for path in paths:
        try:
            if path.exists():
                path.unlink()
                removed += 1
        except OSError as error:
            logger.error("privacy: could not remove %s (%s)", path, error.strerror)
    return removed
