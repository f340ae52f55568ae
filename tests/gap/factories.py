"""Factories of gap's tables (the tenancy test builds one of each)."""

from __future__ import annotations

from datetime import date

import factory

from servicegap.gap.models import DigestDelivery, DigestSchedule, GettingStarted
from tests.factories import OrganizationFactory, UserFactory


class DigestScheduleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DigestSchedule
        django_get_or_create = ["organization"]

    organization = factory.SubFactory(OrganizationFactory)


class DigestDeliveryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DigestDelivery

    organization = factory.SubFactory(OrganizationFactory)
    since = date(2026, 11, 23)
    until = date(2026, 11, 29)
    user = factory.SubFactory(UserFactory)
    email = factory.SelfAttribute("user.email")
    status = DigestDelivery.Status.SENT


class GettingStartedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GettingStarted
        django_get_or_create = ["organization"]

    organization = factory.SubFactory(OrganizationFactory)
