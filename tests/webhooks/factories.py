import factory

from servicegap.webhooks.models import Delivery, Event, Webhook
from tests.factories import OrganizationFactory


class WebhookFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Webhook

    organization = factory.SubFactory(OrganizationFactory)
    url = factory.Sequence(lambda n: f"https://hooks.example.org/{n}")


class DeliveryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Delivery

    organization = factory.SubFactory(OrganizationFactory)
    webhook = factory.SubFactory(
        WebhookFactory, organization=factory.SelfAttribute("..organization")
    )
    event = Event.RESPONSE
    key = factory.Sequence(lambda n: f"response:{n}")
    body = '{"event":"response.created"}'
