"""Factories for the feedback app; the tenancy test finds <Model>Factory here.

Every SubFactory follows `organization`, so `XFactory(organization=org)` builds a whole
chain (survey, link, location) inside that one organisation.
"""

import uuid

import factory
from django.utils import timezone

from servicegap.feedback.models import (
    QUESTION_ORDER,
    FeedbackSettings,
    Question,
    Response,
    Survey,
    SurveyLink,
)
from tests.factories import LocationFactory, OrganizationFactory


class SurveyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Survey
        skip_postgeneration_save = True

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Survey {n}")
    default_language = "en"
    languages = factory.LazyFunction(lambda: ["en", "fr", "es"])

    @factory.post_generation
    def questions(self, create, extracted, **kwargs):
        """Every kind, optional, unless `questions=[kinds]` (or `questions=[]`) says which."""
        if not create:
            return
        kinds = QUESTION_ORDER if extracted is None else extracted
        for kind in kinds:
            Question.objects.create(
                organization=self.organization,
                survey=self,
                kind=kind,
                position=QUESTION_ORDER.index(kind),
            )


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    organization = factory.SubFactory(OrganizationFactory)
    survey = factory.SubFactory(
        SurveyFactory, organization=factory.SelfAttribute("..organization"), questions=[]
    )
    kind = Question.Kind.COMMENT


class SurveyLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SurveyLink

    organization = factory.SubFactory(OrganizationFactory)
    survey = factory.SubFactory(SurveyFactory, organization=factory.SelfAttribute("..organization"))
    location = factory.SubFactory(
        LocationFactory, organization=factory.SelfAttribute("..organization")
    )
    channel = SurveyLink.Channel.TABLE
    table = factory.Sequence(lambda n: str(n))


class ResponseFactory(factory.django.DjangoModelFactory):
    """A response through a link; rate a P with e.g. `people=4`."""

    class Meta:
        model = Response

    organization = factory.SubFactory(OrganizationFactory)
    link = factory.SubFactory(
        SurveyLinkFactory, organization=factory.SelfAttribute("..organization")
    )
    survey = factory.SelfAttribute("link.survey")
    location = factory.SelfAttribute("link.location")
    channel = factory.SelfAttribute("link.channel")
    table = factory.SelfAttribute("link.table")
    submission_id = factory.LazyFunction(uuid.uuid4)
    submitted_at = factory.LazyFunction(timezone.now)
    language = "en"


class FeedbackSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FeedbackSettings

    organization = factory.SubFactory(OrganizationFactory)
