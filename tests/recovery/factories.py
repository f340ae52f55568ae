"""Factories for the recovery app; the tenancy test finds <Model>Factory here.

Every SubFactory follows `organization`, so `XFactory(organization=org)` builds a whole
chain (case, location) inside that one organisation.
"""

from datetime import timedelta
from decimal import Decimal

import factory
from django.utils import timezone

from servicegap.core.models import Role
from servicegap.recovery.models import (
    Case,
    CaseEvent,
    EmpowermentBudget,
    FollowUp,
    LadderStep,
    RecoveryAction,
    RecoverySettings,
)
from tests.factories import LocationFactory, MembershipFactory, OrganizationFactory


class RecoverySettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RecoverySettings
        django_get_or_create = ["organization"]

    organization = factory.SubFactory(OrganizationFactory)


class EmpowermentBudgetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EmpowermentBudget
        django_get_or_create = ["organization", "role"]

    organization = factory.SubFactory(OrganizationFactory)
    role = Role.STAFF
    per_customer_per_day = Decimal("50.00")
    monthly_cap = Decimal("300.00")


class CaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Case

    organization = factory.SubFactory(OrganizationFactory)
    location = factory.SubFactory(
        LocationFactory, organization=factory.SelfAttribute("..organization")
    )
    source = Case.Source.PHONE
    severity = "medium"
    summary = factory.Sequence(lambda n: f"The soup was cold, case {n}")
    description = "Served lukewarm after a long wait."
    opened_at = factory.LazyFunction(timezone.now)
    ack_due_at = factory.LazyAttribute(lambda o: o.opened_at + timedelta(hours=4))
    resolve_due_at = factory.LazyAttribute(lambda o: o.opened_at + timedelta(hours=72))
    escalate_at = factory.SelfAttribute("ack_due_at")


class CaseEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CaseEvent

    organization = factory.SubFactory(OrganizationFactory)
    case = factory.SubFactory(CaseFactory, organization=factory.SelfAttribute("..organization"))
    kind = CaseEvent.Kind.NOTE
    text = factory.Sequence(lambda n: f"Called the guest back, note {n}.")


class RecoveryActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RecoveryAction

    organization = factory.SubFactory(OrganizationFactory)
    case = factory.SubFactory(CaseFactory, organization=factory.SelfAttribute("..organization"))
    kind = RecoveryAction.Kind.DISCOUNT
    amount = Decimal("10.00")
    by = factory.SubFactory(
        MembershipFactory, organization=factory.SelfAttribute("..organization"), role=Role.STAFF
    )
    by_role = factory.SelfAttribute("by.role")
    day = factory.LazyFunction(timezone.localdate)
    approval = RecoveryAction.Approval.PENDING
    approval_reason = "Above the staff budget."


class FollowUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FollowUp

    organization = factory.SubFactory(OrganizationFactory)
    case = factory.SubFactory(CaseFactory, organization=factory.SelfAttribute("..organization"))
    planned_on = factory.LazyFunction(timezone.localdate)
    channel = FollowUp.Channel.PHONE


class LadderStepFactory(factory.django.DjangoModelFactory):
    """A location's own rung at level 1; its members are set by the test."""

    class Meta:
        model = LadderStep

    organization = factory.SubFactory(OrganizationFactory)
    location = factory.SubFactory(
        LocationFactory, organization=factory.SelfAttribute("..organization")
    )
    level = 1
    hold_hours = 8
