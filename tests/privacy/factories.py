"""Factories for the privacy app; the tenancy test finds <Model>Factory here."""

import factory

from servicegap.privacy.models import ErasureLog, RetentionSettings
from tests.factories import OrganizationFactory


class RetentionSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RetentionSettings
        django_get_or_create = ["organization"]

    organization = factory.SubFactory(OrganizationFactory)


class ErasureLogFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ErasureLog

    organization = factory.SubFactory(OrganizationFactory)
    kind = ErasureLog.Kind.CUSTOMER
    via = ErasureLog.Via.PAGE
    counts = factory.LazyFunction(lambda: {"visits": 3})
