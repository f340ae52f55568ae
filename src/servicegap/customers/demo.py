"""The demo's customers: 2,400 regulars and passers-by with seven months of visits.

Visits follow a BG/NBD process per location: each customer visits at their own rate
(gamma-distributed across customers) and, after each visit, may stop coming for good
(beta-distributed chance), so some regulars drift away and the model has something to
find. Spend per visit is gamma-distributed around each customer's own mean. Some of the
feedback demo's unhappy answers come from known customers, so the save list holds both
the drifting and those with a bad moment. Then everyone is scored.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal

import numpy as np

from servicegap.core.demo import DemoContext
from servicegap.customers import invitations, moments, scoring
from servicegap.customers.models import (
    Alert,
    Customer,
    CustomerSettings,
    InvitationSettings,
    SurveyInvitation,
    Visit,
)
from servicegap.feedback.models import Response

DAYS = 210
CUSTOMERS_PER_LOCATION = 600
# BG/NBD per location, in days: r, alpha (visit rate ~ Gamma(r, 1/alpha)), a, b (drop-out
# chance per visit ~ Beta(a, b)); Station Square's slow service loses more customers.
PROCESS = {
    "Old Town": (0.9, 14.0, 0.45, 4.5),
    "Station Square": (0.9, 12.0, 0.9, 3.0),
    "Harbour Front": (0.8, 13.0, 0.7, 3.5),
    "Riverside": (0.9, 15.0, 0.6, 4.0),
}
MEAN_SPEND = 28.0  # per visit, in the organisation's currency
CONSENTED = 0.12
LINKED_UNHAPPY = 60  # unhappy feedback answers that come from known customers
WONT_RETURN_WORDS = (
    "not be coming back",
    "never again",
    "elsewhere",
    "ne reviendrons",
    "no volveremos",
)


def seed(context: DemoContext) -> list[str]:
    org = context.organization
    rng = np.random.default_rng(context.rng.randrange(2**32))
    CustomerSettings.objects.create(organization=org)
    tz = org.tz
    end = datetime.combine(context.today, time(0), tzinfo=tz)
    start = end - timedelta(days=DAYS)
    customers: list[Customer] = []
    histories: list[list[tuple[datetime, int, Decimal]]] = []
    number = 0
    for location in context.locations:
        r, alpha, a, b = PROCESS.get(location.name, (0.9, 14.0, 0.6, 4.0))
        for _ in range(CUSTOMERS_PER_LOCATION):
            number += 1
            history = _history(rng, r, alpha, a, b, start, location.pk, context.locations)
            consent = rng.random() < CONSENTED
            customers.append(
                Customer(
                    organization=org,
                    external_id=f"L{number:05d}",
                    home_location=location,
                    contact_consent=consent,
                    contact=f"guest{number:05d}@example.test" if consent else "",
                    first_seen=history[0][0],
                    tags=["newsletter"] if consent else [],
                )
            )
            histories.append(history)
    Customer.objects.bulk_create(customers, batch_size=2000)
    visits = []
    for customer, history in zip(customers, histories, strict=True):
        for when, location_id, amount in history:
            visits.append(
                Visit(
                    organization=org,
                    customer=customer,
                    location_id=location_id,
                    visited_at=when,
                    amount=amount,
                    channel=Visit.Channel.IN_STORE,
                    external_id=f"D{len(visits) + 1:07d}",
                    key=f"v:D{len(visits) + 1:07d}",
                )
            )
    Visit.objects.bulk_create(visits, batch_size=5000)
    linked = _link_unhappy_answers(context, customers, histories, rng)
    run = scoring.score_organization(org, now=end)
    on_list = Alert.objects.filter(organization=org).on_save_list(end).count()
    return [
        f"Customers: {len(customers)} with {len(visits)} visits over {DAYS} days; "
        f"{linked} unhappy feedback answers from known customers; "
        f"{run.get_status_display().lower()}, {on_list} on the save list",
    ]


def _history(rng, r, alpha, a, b, start: datetime, home: int, locations) -> list:
    """One customer's visits: arrival in the window, then BG/NBD until drop-out."""
    rate = rng.gamma(r, 1 / alpha)  # visits per day
    drop = rng.beta(a, b)
    mean_spend = rng.gamma(6.0, MEAN_SPEND / 6.0)
    day = rng.uniform(0, DAYS - 1)
    visits = []
    while day < DAYS:
        when = start + timedelta(days=float(day))
        when = when.replace(hour=int(rng.integers(11, 22)), minute=int(rng.integers(0, 60)))
        elsewhere = rng.random() < 0.08 and len(locations) > 1
        location_id = int(rng.choice([loc.pk for loc in locations])) if elsewhere else home
        spend = max(3.0, rng.gamma(8.0, mean_spend / 8.0))
        visits.append((when, location_id, Decimal(f"{spend:.2f}")))
        if rng.random() < drop and len(visits) > 1:
            break
        day += rng.exponential(1 / max(rate, 1e-4))
    return visits


def _link_unhappy_answers(context: DemoContext, customers, histories, rng) -> int:
    """Give some detractors' answers to known customers who visited that location that
    day or the day before, and note the bad moment on the save list."""
    unhappy = list(
        Response.objects.filter(organization=context.organization, spam=False, nps__lte=6)
        .exclude(comment="")
        .order_by("submitted_at", "pk")
    )
    if not unhappy:
        return 0
    chosen = [
        unhappy[int(i)]
        for i in rng.choice(len(unhappy), min(LINKED_UNHAPPY, len(unhappy)), replace=False)
    ]
    by_location: dict[int, list[int]] = {}
    for index, customer in enumerate(customers):
        by_location.setdefault(customer.home_location_id, []).append(index)
    linked = 0
    for response in chosen:
        candidates = by_location.get(response.location_id, [])
        if not candidates:
            continue
        index = candidates[int(rng.integers(len(candidates)))]
        customer = customers[index]
        # The customer came that day: a visit just before the answer.
        history = histories[index]
        when = response.submitted_at - timedelta(minutes=45)
        if when < history[0][0]:
            continue
        Visit.objects.create(
            organization=context.organization,
            customer=customer,
            location_id=response.location_id,
            visited_at=when,
            amount=Decimal(f"{rng.gamma(8.0, MEAN_SPEND / 8.0):.2f}"),
            external_id=f"F{response.pk}",
            key=f"v:F{response.pk}",
        )
        Response.objects.filter(pk=response.pk).update(customer=customer)
        response.customer = customer
        for kind, text in moments.negative_moments(response):
            moments.record_moment(
                customer, kind, text, response=response, now=response.submitted_at
            )
        if any(words in response.comment.lower() for words in WONT_RETURN_WORDS):
            day = response.submitted_at.strftime("%Y-%m-%d")
            moments.record_moment(
                customer,
                Alert.Kind.CHURN_PHRASE,
                f"Wrote on {day} that they will not come back.",
                response=response,
                now=response.submitted_at,
            )
        linked += 1
    return linked


# Survey invitations --------------------------------------------------------------------

INVITED_DAYS = 60  # invitations for the consenting customers' visits of the last 60 days
BOUNCED = 0.06
UNSUBSCRIBED = 0.05
OPENED = 0.55
ANSWERED = 0.6  # of those opened, when an answer from that location fits in the week


def seed_invitations(context: DemoContext) -> list[str]:
    """Invitations for the consenting customers' recent visits under the default rules:
    some bounced, some unsubscribed, some opened, and some answered. An answer is one of
    the feedback demo's answers at that location in the week after the invitation (so
    the demo's scores do not move), given to the customer and visit; its bad moments go
    on the save list citing the visit."""
    org = context.organization
    rng = np.random.default_rng(context.rng.randrange(2**32))
    rules = InvitationSettings.objects.create(organization=org, enabled=True)
    tz = org.tz
    end = datetime.combine(context.today, time(0), tzinfo=tz)
    since = end - timedelta(days=INVITED_DAYS)
    recent = (
        Visit.objects.filter(
            organization=org, visited_at__gte=since, customer__contact_consent=True
        )
        .select_related("customer")
        .order_by("visited_at", "pk")
    )
    answers = _free_answers(org, since)
    used: set[int] = set()
    made: list[SurveyInvitation] = []
    answered: list[tuple[SurveyInvitation, Response]] = []
    stopped: dict[int, str] = {}  # customer id -> "bounced" | "unsubscribed"
    next_allowed: dict[int, datetime] = {}
    link_of = {location.pk: invitations.survey_link(location.pk) for location in context.locations}
    for visit in recent:
        customer = visit.customer
        send_after = invitations.first_moment(
            rules, visit.visited_at + timedelta(minutes=rules.delay_minutes), tz
        )
        link = link_of.get(visit.location_id)
        if customer.pk in stopped or link is None:
            continue
        if next_allowed.get(customer.pk, send_after) > send_after:
            continue
        next_allowed[customer.pk] = send_after + timedelta(days=rules.every_days)
        invitation = SurveyInvitation(
            organization=org, customer=customer, visit=visit, location_id=visit.location_id,
            link=link, channel=visit.channel, language="", email=customer.contact,
            send_after=send_after, created_at=visit.visited_at,
        )  # fmt: skip
        made.append(invitation)
        if send_after >= end:
            continue  # still waiting to be sent
        roll = rng.random()
        if roll < BOUNCED:
            invitation.status = SurveyInvitation.Status.BOUNCED
            invitation.last_error = "550 5.1.1 No such mailbox"
            stopped[customer.pk] = "bounced"
            Customer.objects.filter(pk=customer.pk).update(email_bounced_at=send_after)
            continue
        invitation.status = SurveyInvitation.Status.SENT
        invitation.sent_at = send_after
        invitation.expires_at = send_after + timedelta(days=rules.valid_days)
        if roll < BOUNCED + UNSUBSCRIBED:
            opened = send_after + timedelta(hours=float(rng.uniform(0.2, 30)))
            invitation.opened_at = invitation.unsubscribed_at = opened
            stopped[customer.pk] = "unsubscribed"
            Customer.objects.filter(pk=customer.pk).update(unsubscribed_at=opened)
            continue
        if rng.random() >= OPENED:
            continue
        invitation.opened_at = send_after + timedelta(hours=float(rng.uniform(0.1, 20)))
        if rng.random() >= ANSWERED:
            continue
        response = _answer_for(answers, used, visit.location_id, send_after, invitation)
        if response is not None:
            answered.append((invitation, response))
    SurveyInvitation.objects.bulk_create(made, batch_size=2000)
    for customer_id, allowed in next_allowed.items():
        Customer.objects.filter(pk=customer_id).update(next_invitation_at=allowed)
    for invitation, response in answered:
        Response.objects.filter(pk=response.pk).update(customer=invitation.customer)
        SurveyInvitation.objects.filter(pk=invitation.pk).update(response=response)
        response.customer = invitation.customer
        for kind, text in moments.negative_moments(response):
            moments.record_moment(
                invitation.customer, kind, text, response=response, now=response.submitted_at
            )
    kinds = {
        status: sum(1 for i in made if i.status == status) for status in SurveyInvitation.Status
    }
    return [
        f"Survey invitations: {len(made)} for visits of the last {INVITED_DAYS} days; "
        f"{len(answered)} answered, {kinds[SurveyInvitation.Status.BOUNCED]} bounced, "
        f"{sum(1 for value in stopped.values() if value == 'unsubscribed')} unsubscribed, "
        f"{kinds[SurveyInvitation.Status.SCHEDULED]} waiting"
    ]


def _free_answers(org, since: datetime) -> dict[int, list[Response]]:
    """The feedback demo's answers since `since` that no customer gave, per location."""
    found: dict[int, list[Response]] = {}
    free = (
        Response.objects.filter(
            organization=org, customer=None, spam=False, submitted_at__gte=since
        )
        .select_related("organization__feedback_settings")
        .order_by("submitted_at", "pk")
    )
    for response in free:
        found.setdefault(response.location_id, []).append(response)
    return found


def _answer_for(answers, used: set[int], location_id: int, sent: datetime, invitation):
    """The first unused answer at the location in the week after `sent`."""
    for response in answers.get(location_id, []):
        if response.pk in used or response.submitted_at < invitation.opened_at:
            continue
        if response.submitted_at > sent + timedelta(days=7):
            return None
        used.add(response.pk)
        invitation.responded_at = response.submitted_at
        return response
    return None
