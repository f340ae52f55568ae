"""Audit templates in the API (`/api/v1/audits/templates`): managers and above list,
read, make, change and archive them through the page's `AuditTemplateForm`."""

from __future__ import annotations

import pytest

from servicegap.audits.models import AuditTemplate, Channel
from servicegap.core.models import Role
from tests.api.checks import named
from tests.audits.api_calls import api
from tests.audits.factories import AuditFactory, AuditTemplateFactory
from tests.standards.factories import BehaviourFactory

MANAGERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}


@pytest.fixture
def body(card) -> dict:
    return {
        "name": "Lunch visit",
        "channel": "visit",
        "behaviours": [str(card.greet.code), str(card.rings.code)],
        "min_visit_minutes": 30,
    }


@pytest.mark.parametrize("role", list(Role))
def test_managers_make_a_template_and_others_are_refused(client, role, member_of_role, body, card):
    response = api(client, member_of_role(role), "post", "/templates", body)
    if role in MANAGERS:
        assert response.status_code == 201, response.content
        template = AuditTemplate.objects.get()
        assert (template.name, template.channel, template.min_visit_minutes) == (
            "Lunch visit",
            "visit",
            30,
        )
        assert set(template.behaviours.all()) == {card.greet, card.rings}
        out = response.json()
        assert out["code"] == str(template.code) and out["is_active"] is True
        assert sorted(out["behaviours"]) == sorted([str(card.greet.code), str(card.rings.code)])
        assert (out["behaviour_count"], out["audit_count"]) == (2, 0)
    else:
        assert response.status_code == 403
        assert not AuditTemplate.objects.exists()


@pytest.mark.parametrize("role", list(Role))
def test_managers_list_and_read_templates(client, role, member_of_role, world, template):
    archived = AuditTemplateFactory(organization=world.org, name="Old phone", is_active=False)
    AuditFactory(organization=world.org, template=template, location=world.location_a)
    AuditFactory(organization=world.org, template=template, location=world.location_b)
    member = member_of_role(role)
    listed = api(client, member, "get", "/templates")
    one = api(client, member, "get", f"/templates/{template.code}")
    if role in MANAGERS:
        assert listed.status_code == 200 and one.status_code == 200
        names = [(t["name"], t["is_active"]) for t in listed.json()]
        assert names == [("Dinner visit", True), ("Old phone", False)]  # by name
        assert listed.json()[1]["code"] == str(archived.code)
        # 4 behaviours on the card fixture; 2 audits made with it (both locations).
        assert (one.json()["behaviour_count"], one.json()["audit_count"]) == (4, 2)
    else:
        assert listed.status_code == 403 and one.status_code == 403


def test_another_organisations_template_is_a_404(client, owner_olga, outsider_otto):
    foreign = AuditTemplateFactory(organization=outsider_otto.organization, name="Theirs")
    assert api(client, owner_olga, "get", "/templates").json() == []
    assert api(client, owner_olga, "get", f"/templates/{foreign.code}").status_code == 404
    response = api(client, owner_olga, "patch", f"/templates/{foreign.code}", {"name": "Mine"})
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.name == "Theirs"


def test_a_template_is_changed_and_archived_only_in_the_fields_given(
    client, manager_max, template, card
):
    url = f"/templates/{template.code}"
    renamed = api(client, manager_max, "patch", url, {"name": "Evening visit"})
    assert renamed.status_code == 200
    template.refresh_from_db()
    assert template.name == "Evening visit" and template.behaviours.count() == 4
    fewer = api(client, manager_max, "patch", url, {"behaviours": [str(card.bill.code)]})
    assert fewer.json()["behaviours"] == [str(card.bill.code)]
    archived = api(client, manager_max, "patch", url, {"is_active": False})
    assert archived.status_code == 200 and archived.json()["is_active"] is False
    template.refresh_from_db()
    assert (template.is_active, template.name, template.channel) == (
        False,
        "Evening visit",
        Channel.VISIT,
    )
    assert list(template.behaviours.all()) == [card.bill]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "x" * 121}, "name"),
        # Taken, whatever its case: named next to the name, as on the page.
        ({"name": "DINNER VISIT"}, "name"),
        ({"channel": "fax"}, "channel"),
        ({"behaviours": []}, "behaviours"),
        ({"behaviours": ["retired"]}, "behaviours"),
        ({"behaviours": ["foreign"]}, "behaviours"),
        ({"min_visit_minutes": 24 * 60 + 1}, "min_visit_minutes"),
        ({"min_visit_minutes": -1}, "min_visit_minutes"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_bad_input_is_a_422_naming_the_field_and_nothing_is_stored(
    client, world, manager_max, outsider_otto, body, template, card, change, field
):
    values = {
        "retired": lambda: str(
            BehaviourFactory(
                organization=world.org, standard=card.greet.standard, is_active=False
            ).code
        ),
        "foreign": lambda: str(BehaviourFactory(organization=outsider_otto.organization).code),
    }
    change = {
        name: [values[v]() if v in values else v for v in value]
        if isinstance(value, list)
        else value
        for name, value in change.items()
    }
    body.update(change)
    before = AuditTemplate.objects.count()
    response = api(client, manager_max, "post", "/templates", body)
    assert named(response, field), response.content
    assert AuditTemplate.objects.count() == before
    # The same through a change: the template stays as it was.
    if field != "colour":
        patched = api(client, manager_max, "patch", f"/templates/{template.code}", change)
        if change == {"name": "DINNER VISIT"}:
            assert patched.status_code == 200  # its own name, in capitals
        else:
            assert named(patched, field), patched.content
            template.refresh_from_db()
            assert template.name == "Dinner visit" and template.behaviours.count() == 4


def test_a_change_may_not_empty_a_required_field(client, manager_max, template):
    response = api(client, manager_max, "patch", f"/templates/{template.code}", {"name": None})
    assert named(response, "name")
    template.refresh_from_db()
    assert template.name == "Dinner visit"
