"""One visit at a time, as a till or booking system posts it through the API: the
customer found or made, the visit stored once (its key as the importer makes it, so
that the same visit posted twice, or posted and then imported, is one visit), and its
survey invitation scheduled when the visit is new."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from servicegap.core.models import Location, Membership
from servicegap.customers import invitations
from servicegap.customers.importer import Row
from servicegap.customers.models import Customer, SurveyInvitation, Visit


class LastVisit(NamedTuple):
    day: date
    days_ago: int


@dataclass
class Stored:
    visit: Visit
    created: bool
    invitation: SurveyInvitation | None


def record_visit(
    location: Location,
    *,
    customer_id: str,
    visited_at: datetime,
    amount: Decimal,
    channel: str = Visit.Channel.IN_STORE,
    visit_id: str = "",
    consent: bool = False,
    name: str = "",
    contact: str = "",
    language: str = "",
    now: datetime | None = None,
) -> Stored:
    """Store the visit once and schedule its invitation when it is new. With consent,
    the customer's name, contact and language are kept (replaced when given)."""
    organization = location.organization
    key = Row(0, customer_id, location.pk, visited_at, amount, channel, visit_id, "", "",
              False).key  # fmt: skip
    with transaction.atomic():
        customer = _customer(location, customer_id, visited_at, consent, name, contact, language)
        known = Visit.objects.filter(organization=organization, key=key).first()
        if known is not None:
            return Stored(known, False, getattr(known, "survey_invitation", None))
        try:
            with transaction.atomic():
                visit = Visit.objects.create(
                    organization=organization, customer=customer, location=location,
                    visited_at=visited_at, amount=amount, channel=channel,
                    external_id=visit_id, key=key,
                )  # fmt: skip
        except IntegrityError:  # the same visit, posted at the same moment
            return Stored(Visit.objects.get(organization=organization, key=key), False, None)
        made = invitations.schedule_visits(organization, [visit], now=now or timezone.now())
    return Stored(visit, True, made[0] if made else None)


def _customer(
    location: Location,
    external_id: str,
    visited_at: datetime,
    consent: bool,
    name: str,
    contact: str,
    language: str,
) -> Customer:
    organization = location.organization
    customer, _created = Customer.objects.get_or_create(
        organization=organization,
        external_id=external_id,
        defaults={"home_location": location, "first_seen": visited_at},
    )
    changes: dict = {}
    if customer.first_seen is None or visited_at < customer.first_seen:
        changes["first_seen"] = visited_at
    if consent and (name or contact):
        changes |= {"contact_consent": True, "name": name, "contact": contact}
    if consent and language:
        changes["language"] = language
    if changes:
        Customer.objects.filter(pk=customer.pk).update(**changes)
        for field, value in changes.items():
            setattr(customer, field, value)
    return customer


def last_visits(member: Membership, customer_ids: list[int]) -> dict[int, LastVisit]:
    """Each customer's last visit the member may see, with how many days ago it was
    (in the organisation's time zone): the one count the save list and the customer's
    page both show."""
    tz = member.organization.tz
    today = timezone.localdate(timezone=tz)
    rows = (
        Visit.objects.for_member(member)
        .filter(customer_id__in=customer_ids)
        .values("customer_id")
        .annotate(last=Max("visited_at"))
    )
    found = {}
    for row in rows:
        day = timezone.localtime(row["last"], tz).date()
        found[row["customer_id"]] = LastVisit(day, (today - day).days)
    return found
