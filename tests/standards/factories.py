"""Factories for the standards app; the tenancy test finds <Model>Factory here."""

import factory

from servicegap.core.models import P
from servicegap.standards.models import Behaviour, JourneyStep, Standard
from tests.factories import OrganizationFactory


class JourneyStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = JourneyStep

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Step {n}")
    position = factory.Sequence(lambda n: n)


class StandardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Standard

    organization = factory.SubFactory(OrganizationFactory)
    step = factory.SubFactory(
        JourneyStepFactory, organization=factory.SelfAttribute("..organization")
    )
    p = P.PEOPLE
    text = factory.Sequence(lambda n: f"We serve every guest well, standard {n}.")
    position = factory.Sequence(lambda n: n)


class BehaviourFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Behaviour

    organization = factory.SubFactory(OrganizationFactory)
    standard = factory.SubFactory(
        StandardFactory, organization=factory.SelfAttribute("..organization")
    )
    text = factory.Sequence(lambda n: f"The guest sees behaviour {n}.")
    weight = 1
    position = factory.Sequence(lambda n: n)
