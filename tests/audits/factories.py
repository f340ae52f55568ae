"""Factories for the audits app; the tenancy test finds <Model>Factory here.

Every SubFactory follows `organization`, so `AuditAnswerFactory(organization=org)`
builds a whole audit, its location, template, behaviour and step in that organisation.
"""

from datetime import timedelta

import factory
from django.utils import timezone

from servicegap.audits.models import (
    Assignment,
    Audit,
    AuditAnswer,
    AuditEvent,
    AuditTemplate,
    Channel,
    Dispute,
    Kind,
    Result,
    month_of,
)
from servicegap.core.models import Role
from tests.factories import LocationFactory, MembershipFactory, OrganizationFactory, UserFactory
from tests.standards.factories import BehaviourFactory

ORG = factory.SelfAttribute("..organization")


class AuditTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AuditTemplate
        skip_postgeneration_save = True

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Template {n}")
    channel = Channel.VISIT

    @factory.post_generation
    def behaviours(self, create, extracted, **kwargs):
        if create and extracted:
            self.behaviours.set(extracted)


class AssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Assignment

    organization = factory.SubFactory(OrganizationFactory)
    location = factory.SubFactory(LocationFactory, organization=ORG)
    template = factory.SubFactory(AuditTemplateFactory, organization=ORG)
    shopper = factory.SubFactory(MembershipFactory, organization=ORG, role=Role.SHOPPER)
    window_start = factory.LazyFunction(lambda: timezone.localdate())
    window_end = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=14))


class AuditFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Audit

    organization = factory.SubFactory(OrganizationFactory)
    kind = Kind.SELF_ASSESSMENT
    location = factory.SubFactory(LocationFactory, organization=ORG)
    template = factory.SubFactory(AuditTemplateFactory, organization=ORG)
    channel = Channel.VISIT
    performed_by = factory.SubFactory(UserFactory)
    performed_at = factory.LazyFunction(timezone.now)
    performed_month = factory.LazyAttribute(
        lambda audit: month_of(audit.performed_at, audit.organization.tz)
    )
    started_at = factory.LazyFunction(timezone.now)


class AuditAnswerFactory(factory.django.DjangoModelFactory):
    """An answer with its snapshot copied from a fresh behaviour."""

    class Meta:
        model = AuditAnswer

    organization = factory.SubFactory(OrganizationFactory)
    audit = factory.SubFactory(AuditFactory, organization=ORG)
    behaviour = factory.SubFactory(BehaviourFactory, organization=ORG)
    behaviour_text = factory.SelfAttribute("behaviour.text")
    behaviour_version = factory.SelfAttribute("behaviour.version")
    weight = factory.SelfAttribute("behaviour.weight")
    is_critical = factory.SelfAttribute("behaviour.is_critical")
    p = factory.SelfAttribute("behaviour.standard.p")
    step = factory.SelfAttribute("behaviour.standard.step")
    step_name = factory.SelfAttribute("behaviour.standard.step.name")
    location = factory.SelfAttribute("audit.location")
    kind = factory.SelfAttribute("audit.kind")
    performed_at = factory.SelfAttribute("audit.performed_at")
    performed_month = factory.SelfAttribute("audit.performed_month")
    result = Result.PASS


class DisputeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Dispute

    organization = factory.SubFactory(OrganizationFactory)
    answer = factory.SubFactory(AuditAnswerFactory, organization=ORG)
    reason = factory.Sequence(lambda n: f"The host did greet the guest, reason {n}.")


class AuditEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AuditEvent

    organization = factory.SubFactory(OrganizationFactory)
    audit = factory.SubFactory(AuditFactory, organization=ORG)
    action = AuditEvent.Action.STARTED
