"""Factories for the customers app; the tenancy test finds <Model>Factory here.

Every SubFactory follows `organization`, so `XFactory(organization=org)` builds a whole
chain (customer, home location, run) inside that one organisation.
"""

from datetime import timedelta
from decimal import Decimal

import factory
from django.utils import timezone

from servicegap.customers.models import (
    Alert,
    Customer,
    CustomerScore,
    CustomerSettings,
    ImportRun,
    InvitationSettings,
    ScoreRun,
    SurveyInvitation,
    Visit,
)
from tests.factories import LocationFactory, OrganizationFactory
from tests.feedback.factories import SurveyLinkFactory


class CustomerSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CustomerSettings
        django_get_or_create = ["organization"]

    organization = factory.SubFactory(OrganizationFactory)


class CustomerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Customer

    organization = factory.SubFactory(OrganizationFactory)
    external_id = factory.Sequence(lambda n: f"C{n:05d}")
    home_location = factory.SubFactory(
        LocationFactory, organization=factory.SelfAttribute("..organization")
    )
    first_seen = factory.LazyFunction(lambda: timezone.now() - timedelta(days=100))


class VisitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Visit

    organization = factory.SubFactory(OrganizationFactory)
    customer = factory.SubFactory(
        CustomerFactory,
        organization=factory.SelfAttribute("..organization"),
        home_location=factory.SelfAttribute("..location"),
    )
    location = factory.SubFactory(
        LocationFactory, organization=factory.SelfAttribute("..organization")
    )
    visited_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=3))
    amount = Decimal("25.00")
    external_id = factory.Sequence(lambda n: f"V{n:06d}")
    key = factory.LazyAttribute(lambda visit: f"v:{visit.external_id}")


class ImportRunFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ImportRun

    organization = factory.SubFactory(OrganizationFactory)
    file_name = factory.Sequence(lambda n: f"visits-{n}.csv")
    status = ImportRun.Status.INVALID
    errors = factory.LazyFunction(
        lambda: [{"line": 3, "column": "amount", "reason": "the amount is negative"}]
    )


class ScoreRunFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScoreRun

    organization = factory.SubFactory(OrganizationFactory)
    status = ScoreRun.Status.DONE
    customers = 120
    repeat_customers = 80


class CustomerScoreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CustomerScore

    organization = factory.SubFactory(OrganizationFactory)
    customer = factory.SubFactory(
        CustomerFactory, organization=factory.SelfAttribute("..organization")
    )
    run = factory.SubFactory(ScoreRunFactory, organization=factory.SelfAttribute("..organization"))
    frequency = 4
    recency_days = 60
    age_days = 100
    mean_spend = Decimal("30.00")
    p_alive = 0.3
    expected_visits_90 = 0.8
    expected_visits_365 = 2.5
    expected_spend = Decimal("29.00")
    model_value = Decimal("70.00")
    value_at_risk = Decimal("163.33")


class AlertFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Alert

    organization = factory.SubFactory(OrganizationFactory)
    customer = factory.SubFactory(
        CustomerFactory, organization=factory.SelfAttribute("..organization")
    )
    kind = Alert.Kind.DRIFTING
    reasons = factory.LazyFunction(
        lambda: [{"kind": "drifting", "text": "P(alive) 30%", "at": "2024-01-01T00:00:00+00:00",
                  "response": None}]
    )  # fmt: skip
    value_at_risk = Decimal("150.00")


class InvitationSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InvitationSettings
        django_get_or_create = ["organization"]

    organization = factory.SubFactory(OrganizationFactory)
    enabled = True


class SurveyInvitationFactory(factory.django.DjangoModelFactory):
    """A sent invitation whose link still works, about a visit at `location`."""

    class Meta:
        model = SurveyInvitation

    organization = factory.SubFactory(OrganizationFactory)
    location = factory.SubFactory(
        LocationFactory, organization=factory.SelfAttribute("..organization")
    )
    visit = factory.SubFactory(
        VisitFactory,
        organization=factory.SelfAttribute("..organization"),
        location=factory.SelfAttribute("..location"),
    )
    customer = factory.SelfAttribute("visit.customer")
    link = factory.SubFactory(
        SurveyLinkFactory,
        organization=factory.SelfAttribute("..organization"),
        location=factory.SelfAttribute("..location"),
    )
    channel = Visit.Channel.IN_STORE
    language = "en"
    email = factory.Sequence(lambda n: f"guest{n}@example.test")
    status = SurveyInvitation.Status.SENT
    send_after = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))
    sent_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))
    expires_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
