"""Factories for comment analysis; the tenancy test finds <Model>Factory here.

Every SubFactory follows `organization`; an analysis copies its response's location and
time, as the app does.
"""

import factory
from django.utils import timezone

from servicegap.core.models import Role
from servicegap.textlens.models import CommentAnalysis, Correction, Sentiment, TextModelVersion
from tests.factories import MembershipFactory, OrganizationFactory
from tests.feedback.factories import ResponseFactory


class CommentAnalysisFactory(factory.django.DjangoModelFactory):
    """An analysis of a response with a comment (negative, about process, by default)."""

    class Meta:
        model = CommentAnalysis

    organization = factory.SubFactory(OrganizationFactory)
    response = factory.SubFactory(
        ResponseFactory,
        organization=factory.SelfAttribute("..organization"),
        comment="We waited forty minutes for our mains.",
    )
    location = factory.SelfAttribute("response.location")
    submitted_at = factory.SelfAttribute("response.submitted_at")
    sentiment = Sentiment.NEGATIVE
    score = -0.5
    process = True
    language = "en"
    reasons = factory.LazyFunction(lambda: ["mentions waiting time"])
    model_version = "rules"
    analysed_at = factory.LazyFunction(timezone.now)


class CorrectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Correction

    organization = factory.SubFactory(OrganizationFactory)
    analysis = factory.SubFactory(
        CommentAnalysisFactory, organization=factory.SelfAttribute("..organization")
    )
    by = factory.SubFactory(
        MembershipFactory, organization=factory.SelfAttribute("..organization"), role=Role.MANAGER
    )
    sentiment = Sentiment.NEUTRAL


class TextModelVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TextModelVersion

    organization = factory.SubFactory(OrganizationFactory)
    version = factory.Sequence(lambda n: n + 1)
    path = factory.LazyAttribute(lambda o: f"textlens/test/model-v{o.version}.bin")
    corrections = 1
