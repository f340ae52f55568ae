"""Moments of truth: the alerts of the save list, and what people do with them.

A customer gets an alert when their P(alive) falls under the organisation's threshold
(`raise_drifting_alerts`, after each scoring), or when they have a negative moment:
a detractor score or a low rating in a feedback response, or a comment saying they will
not come back (`record_moment`). A customer has at most one unresolved alert; each new
reason is added to it (and wakes it when snoozed).

A feedback response is linked to a known customer (`link_response`) when the customer
agreed to be contacted and left a contact that a customer of the organisation has given
with consent too (an e-mail or phone number, compared without case).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.db import IntegrityError, transaction
from django.db.models import F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from servicegap.customers.models import (
    Alert,
    Customer,
    CustomerScore,
    CustomerSettings,
    SurveyInvitation,
)

if TYPE_CHECKING:
    from servicegap.core.models import Membership, Organization
    from servicegap.customers.scoring import Numbers, Summary
    from servicegap.feedback.models import Response

SNOOZE_DAYS = (1, 7, 30)


class AlertActionError(Exception):
    """An action that does not fit the alert's state (e.g. claiming a resolved alert)."""


def reason(kind: str, text: str, *, at: datetime, response: Response | None = None) -> dict:
    return {
        "kind": kind,
        "text": text,
        "at": at.isoformat(),
        "response": str(response.code) if response is not None else None,
    }


def _value_at_risk(customer: Customer) -> Decimal:
    score = CustomerScore.objects.filter(customer=customer).values_list("value_at_risk", flat=True)
    return next(iter(score), Decimal("0"))


def record_moment(
    customer: Customer,
    kind: str,
    text: str,
    *,
    response: Response | None = None,
    now: datetime | None = None,
) -> Alert:
    """Add a reason to the customer's unresolved alert, or open one with it."""
    now = now or timezone.now()
    entry = reason(kind, text, at=now, response=response)
    for _attempt in range(2):
        alert = Alert.objects.unresolved().filter(customer=customer).first()
        if alert is not None:
            if entry["response"] and any(
                r.get("response") == entry["response"] and r.get("kind") == kind
                for r in alert.reasons
            ):
                return alert  # the same moment, told twice
            alert.reasons = [*alert.reasons, entry]
            fields = ["reasons"]
            if alert.status == Alert.Status.SNOOZED:
                alert.status, alert.snoozed_until = Alert.Status.OPEN, None
                fields += ["status", "snoozed_until"]
            alert.save(update_fields=fields)
            return alert
        try:
            with transaction.atomic():
                return Alert.objects.create(
                    organization_id=customer.organization_id,
                    customer=customer,
                    kind=kind,
                    reasons=[entry],
                    value_at_risk=_value_at_risk(customer),
                    created_at=now,
                )
        except IntegrityError:
            continue  # another process opened it a moment ago: add to theirs
    raise AlertActionError("The alert changed while adding a reason; try again.")


def link_response(response: Response) -> Customer | None:
    """The known customer who sent `response` (linking it), or None. A customer whose
    language is not known yet takes the language they answered in (for their survey
    invitations)."""
    if response.customer_id:
        _learn_language(response.customer, response)
        return response.customer
    contact = response.contact.strip() if response.contact_consent else ""
    if not contact:
        return None
    candidates = list(
        Customer.objects.filter(
            organization_id=response.organization_id, contact_consent=True, contact__iexact=contact
        )[:2]
    )
    if len(candidates) != 1:
        return None  # nobody, or two customers share the contact: do not guess
    type(response).objects.filter(pk=response.pk).update(customer=candidates[0])
    response.customer = candidates[0]
    _learn_language(candidates[0], response)
    return candidates[0]


def _learn_language(customer: Customer, response: Response) -> None:
    if customer.language or not response.language:
        return
    Customer.objects.filter(pk=customer.pk, language="").update(language=response.language)
    customer.language = response.language


def negative_moments(response: Response) -> list[tuple[str, str]]:
    """(kind, reason) of what is negative in a response: detractor, low ratings."""
    from servicegap.feedback.models import FeedbackSettings

    if response.spam:
        return []
    found = []
    day = timezone.localtime(response.submitted_at, response.organization.tz).strftime("%Y-%m-%d")
    when = _after_visit(response) or f"on {day}"
    if response.nps is not None and response.nps <= 6:
        found.append(
            (
                Alert.Kind.DETRACTOR,
                f"Answered {response.nps}/10 to “would you recommend us” {when}.",
            )
        )
    threshold = FeedbackSettings.for_organization(response.organization).alert_rating_at_or_below
    low = {p: value for p, value in response.ratings_by_p().items() if value <= max(threshold, 2)}
    if low:
        rated = ", ".join(f"{p} {value}/5" for p, value in low.items())
        found.append((Alert.Kind.COMPLAINT, f"Rated {rated} {when}."))
    return found


def _after_visit(response: Response) -> str:
    """ "after the visit of 3 May at Station Square" for an answer through a survey
    invitation (the visit it was about), else ""."""
    invitation = (
        SurveyInvitation.objects.filter(response_id=response.pk)
        .select_related("visit", "location")
        .first()
    )
    if invitation is None:
        return ""
    visited = timezone.localtime(invitation.visit.visited_at, response.organization.tz)
    return f"after the visit of {visited.day} {visited:%B} at {invitation.location.name}"


def note_response(response: Response) -> Alert | None:
    """Link a new response to its known customer and note its bad moments (detractor,
    low ratings) on their alert; the alert, or None. Idempotent: a moment noted once
    for a response is not noted again while the alert is unresolved."""
    customer = link_response(response)
    if customer is None:
        return None
    alert = None
    for kind, text in negative_moments(response):
        alert = record_moment(customer, kind, text, response=response)
    return alert


def note_churn_comment(response: Response, reasons: Sequence[str] = ()) -> Alert | None:
    """A known customer wrote that they will not come back (the comment analysis found
    a churn signal, `reasons` its phrases): note it on their alert; the alert, or None
    for spam or a stranger."""
    if response.spam:
        return None
    customer = link_response(response)
    if customer is None:
        return None
    found = ", ".join(str(r) for r in reasons) or "a churn phrase"
    day = timezone.localtime(response.submitted_at, response.organization.tz).strftime("%Y-%m-%d")
    return record_moment(
        customer,
        Alert.Kind.CHURN_PHRASE,
        f"Wrote on {day} that they may not come back ({found}).",
        response=response,
        now=response.submitted_at,  # when they wrote it, not when it was read
    )


def raise_drifting_alerts(
    organization,
    summary: Summary,
    numbers: Numbers,
    rules: CustomerSettings,
    *,
    now: datetime,
) -> int:
    """Open an alert for each repeat customer under the threshold; refresh the value at
    risk of every unresolved alert. A customer resolved since their last visit is left
    alone. Return the number of alerts opened or given a new reason."""
    threshold = float(rules.alert_below_p_alive)
    unresolved = Alert.objects.filter(organization=organization).unresolved()
    unresolved.update(
        value_at_risk=Subquery(
            CustomerScore.objects.filter(customer=OuterRef("customer")).values("value_at_risk")[:1]
        )
    )
    if threshold <= 0:
        return 0
    under = [
        i
        for i in range(len(summary))
        if summary.frequency[i] > 0 and numbers.p_alive[i] < threshold
    ]
    if not under:
        return 0
    ids = [int(summary.customer_ids[i]) for i in under]
    open_alerts: dict[int, Alert] = {}
    resolved_at: dict[int, datetime] = {}
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        for alert in Alert.objects.filter(organization=organization, customer_id__in=chunk):
            if alert.status in Alert.UNRESOLVED:
                open_alerts[alert.customer_id] = alert
            elif alert.resolved_at:
                known = resolved_at.get(alert.customer_id)
                resolved_at[alert.customer_id] = max(known or alert.resolved_at, alert.resolved_at)
    new, changed = [], []
    for i, customer_id in zip(under, ids, strict=True):
        p = float(numbers.p_alive[i])
        since = (now - summary.last_visit[i]).days
        text = (
            f"P(alive) {p:.0%}, under the threshold of {threshold:.0%}: "
            f"{int(summary.frequency[i]) + 1} visit days, none in the last {since} days."
        )
        entry = reason(Alert.Kind.DRIFTING, text, at=now)
        risk = Decimal(f"{numbers.value_at_risk[i]:.2f}")
        alert = open_alerts.get(customer_id)
        if alert is not None:
            if not any(r.get("kind") == Alert.Kind.DRIFTING for r in alert.reasons):
                alert.reasons = [*alert.reasons, entry]
                changed.append(alert)
            continue
        if resolved_at.get(customer_id) and resolved_at[customer_id] >= summary.last_visit[i]:
            continue
        new.append(
            Alert(
                organization=organization,
                customer_id=customer_id,
                kind=Alert.Kind.DRIFTING,
                reasons=[entry],
                value_at_risk=risk,
                created_at=now,
            )
        )
    Alert.objects.bulk_create(new, batch_size=2000)
    Alert.objects.bulk_update(changed, ["reasons"], batch_size=500)
    return len(new) + len(changed)


# What people do with an alert ---------------------------------------------------------


def _act(alert: Alert, **changes: Any) -> Alert:
    """Apply `changes` to the alert only if it is still unresolved, in one conditional
    UPDATE: of two people acting at once, the one who comes second is told it is done."""
    done = Alert.objects.filter(pk=alert.pk, status__in=Alert.UNRESOLVED).update(**changes)
    if not done:
        raise AlertActionError("This alert is already resolved.")
    alert.refresh_from_db(fields=list(changes))
    return alert


def claim_alert(alert: Alert, *, by: Membership) -> Alert:
    """Take the alert on: the save list shows who is on it."""
    return _act(alert, status=Alert.Status.CLAIMED, claimed_by=by.user, snoozed_until=None)


def snooze_alert(alert: Alert, *, days: int, by: Membership, now: datetime | None = None) -> Alert:
    """Hide the alert from the save list for `days` (1, 7 or 30)."""
    if days not in SNOOZE_DAYS:
        raise AlertActionError(f"Snooze for {', '.join(map(str, SNOOZE_DAYS))} days.")
    now = now or timezone.now()
    return _act(alert, status=Alert.Status.SNOOZED, snoozed_until=now + timedelta(days=days))


def resolve_alert(
    alert: Alert, *, saved: bool, by: Membership, now: datetime | None = None
) -> Alert:
    """Close the alert: the customer was saved, or lost."""
    return _act(
        alert,
        status=Alert.Status.SAVED if saved else Alert.Status.LOST,
        resolved_at=now or timezone.now(),
        # whoever claimed it keeps it; else the one who resolves it
        claimed_by=Coalesce(F("claimed_by"), Value(by.user_id)),
    )


def save_settings(organization: Organization, form) -> CustomerSettings:
    """Store a valid `CustomerSettingsForm` as the organisation's save list rules.
    update_or_create, not the form's save: two owners saving the first settings at the
    same moment must not both insert the organisation's one row."""
    fields = {name: form.cleaned_data[name] for name in form.fields}
    found, _created = CustomerSettings.objects.update_or_create(
        organization=organization, defaults=fields
    )
    return found
