"""Items that audits used: kept when edited or retired, never deleted."""

from servicegap.core.models import Organization
from servicegap.standards import editing
from servicegap.standards.models import Behaviour, JourneyStep
from tests.audits.factories import AuditAnswerFactory, AuditTemplateFactory


def test_a_retired_behaviour_in_an_audit_template_cannot_be_deleted(card):
    template = AuditTemplateFactory(organization=card.greeting.organization)
    template.behaviours.set([card.old_behaviour])
    assert editing.is_referenced(card.old_behaviour)
    assert not editing.delete_if_unused(card.old_behaviour)
    assert list(template.behaviours.all()) == [card.old_behaviour]


def test_a_retired_behaviour_answered_in_an_audit_cannot_be_deleted(card):
    AuditAnswerFactory(organization=card.greeting.organization, behaviour=card.old_behaviour)
    assert not editing.delete_if_unused(card.old_behaviour)
    assert Behaviour.objects.filter(pk=card.old_behaviour.pk).exists()


def test_an_answer_keeps_the_version_it_was_given_when_the_behaviour_changes(card):
    answer = AuditAnswerFactory(organization=card.greeting.organization, behaviour=card.smile)
    card.smile.text = "Staff smile and say hello."
    editing.save_behaviour(card.smile)
    answer.refresh_from_db()
    assert (answer.behaviour_text, answer.behaviour_version) == ("Staff smile.", 1)
    assert card.smile.version == 2


def test_an_organisation_with_audits_can_still_be_deleted(card):
    AuditAnswerFactory(organization=card.greeting.organization, behaviour=card.smile)
    Organization.objects.filter(pk=card.greeting.organization_id).delete()
    assert not JourneyStep.objects.exists()
