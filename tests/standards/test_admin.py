"""The Django admin keeps behaviour versions honest too."""

from django.test import Client

from tests.factories import UserFactory


def test_an_admin_edit_of_a_behaviours_text_makes_a_new_version(card):
    admin = UserFactory(username="root@example.test", is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(admin)
    behaviour = card.smile
    data = {
        "organization": behaviour.organization_id,
        "standard": behaviour.standard_id,
        "text": "Staff smile and say hello.",
        "weight": behaviour.weight,
        "target_comparison": "",
        "target_value": "",
        "target_unit": "",
        "position": behaviour.position,
        "is_active": "on",
    }
    response = client.post(f"/admin/standards/behaviour/{behaviour.pk}/change/", data)
    assert response.status_code == 302
    behaviour.refresh_from_db()
    assert (behaviour.text, behaviour.version) == ("Staff smile and say hello.", 2)
