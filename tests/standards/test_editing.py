"""Editing the card: leaders only; versions follow meaning; reorder, retire, restore,
delete only what was never used; bad input names the field and saves nothing."""

from decimal import Decimal

import pytest
from django.urls import reverse

from servicegap.core.models import P, Role
from servicegap.standards import editing
from servicegap.standards.models import Behaviour, JourneyStep, Standard
from tests.conftest import client_for
from tests.factories import DepartmentFactory
from tests.standards.factories import BehaviourFactory, JourneyStepFactory, StandardFactory

LEADERS = {Role.OWNER, Role.EXECUTIVE}


def behaviour_data(behaviour: Behaviour, **changes) -> dict:
    data = {
        "standard": behaviour.standard.code,
        "text": behaviour.text,
        "weight": behaviour.weight,
        "target_comparison": behaviour.target_comparison,
        "target_value": "" if behaviour.target_value is None else str(behaviour.target_value),
        "target_unit": behaviour.target_unit,
    }
    if behaviour.is_critical:
        data["is_critical"] = "on"
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def new_behaviour(standard, **changes) -> dict:
    data = {"standard": standard.code, "text": "The guest is offered water.", "weight": "2"}
    data.update(changes)
    return data


def post_edit(client, behaviour, **changes):
    url = reverse("standards:behaviour-edit", args=[behaviour.code])
    response = client.post(url, behaviour_data(behaviour, **changes))
    behaviour.refresh_from_db()
    return response


# Who may edit --------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_the_editor_is_for_leaders(role, card, member_of_role):
    response = client_for(member_of_role(role)).get(reverse("standards:editor"))
    assert response.status_code == (200 if role in LEADERS else 403)


@pytest.mark.parametrize("role", list(Role))
def test_only_leaders_add_journey_steps(role, card, member_of_role):
    client = client_for(member_of_role(role))
    response = client.post(reverse("standards:step-create"), {"name": "Delivery"})
    assert response.status_code == (302 if role in LEADERS else 403)
    assert JourneyStep.objects.filter(name="Delivery").exists() == (role in LEADERS)


@pytest.mark.parametrize("role", list(Role))
def test_only_leaders_edit_behaviours(role, card, member_of_role):
    response = post_edit(client_for(member_of_role(role)), card.smile, text="Staff beam.")
    assert response.status_code == (302 if role in LEADERS else 403)
    assert (card.smile.text == "Staff beam.") == (role in LEADERS)


@pytest.mark.parametrize("role", list(Role))
def test_only_leaders_reorder_retire_and_restore(role, card, member_of_role):
    client = client_for(member_of_role(role))
    expected = 302 if role in LEADERS else 403
    move = client.post(
        reverse("standards:step-move", args=[card.payment.code]), {"direction": "up"}
    )
    retire = client.post(reverse("standards:behaviour-retire", args=[card.smile.code]))
    restore = client.post(reverse("standards:standard-restore", args=[card.old_standard.code]))
    assert (move.status_code, retire.status_code, restore.status_code) == (expected,) * 3


@pytest.mark.parametrize(
    "name", ["standards:step-create", "standards:editor"], ids=["step-create", "editor"]
)
def test_anonymous_visitors_are_sent_to_log_in(name, client, card):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("action", ["move", "retire", "restore", "delete"])
def test_item_actions_refuse_get(action, card, owner_olga):
    url = reverse(f"standards:behaviour-{action}", args=[card.smile.code])
    assert client_for(owner_olga).get(url).status_code == 405


# Creating ------------------------------------------------------------------------------


def test_a_new_step_goes_to_the_end_of_the_journey(card, owner_olga):
    client_for(owner_olga).post(reverse("standards:step-create"), {"name": "Farewell"})
    step = JourneyStep.objects.get(name="Farewell")
    assert step.organization == owner_olga.organization
    assert step.position == 3


def test_a_duplicate_step_name_is_refused_whatever_its_case(card, owner_olga):
    response = client_for(owner_olga).post(reverse("standards:step-create"), {"name": "greeting"})
    assert response.status_code == 400
    assert "A journey step with this name already exists." in response.content.decode()
    assert JourneyStep.objects.filter(organization=owner_olga.organization).count() == 3


def test_a_standard_is_added_at_the_end_of_its_step(card, owner_olga):
    url = reverse("standards:standard-create", args=[card.greeting.code])
    data = {
        "step": card.greeting.code,
        "p": P.PRODUCT,
        "text": "The room is warm.",
        "department": card.front.code,
    }
    response = client_for(owner_olga).post(url, data)
    assert response.status_code == 302
    standard = Standard.objects.get(text="The room is warm.")
    assert (standard.step, standard.p, standard.department, standard.position) == (
        card.greeting,
        P.PRODUCT,
        card.front,
        2,
    )


def test_the_standard_form_offers_the_step_of_the_url(card, owner_olga):
    url = reverse("standards:standard-create", args=[card.payment.code])
    response = client_for(owner_olga).get(url)
    assert response.context["form"]["step"].value() == card.payment.code


def test_a_standard_needs_a_p(card, owner_olga):
    url = reverse("standards:standard-create", args=[card.greeting.code])
    response = client_for(owner_olga).post(url, {"step": card.greeting.code, "text": "No P."})
    assert response.status_code == 400
    assert response.context["form"].errors["p"]
    assert not Standard.objects.filter(text="No P.").exists()


def test_another_organisations_department_cannot_be_chosen(card, owner_olga, outsider_otto):
    foreign = DepartmentFactory(organization=outsider_otto.organization)
    url = reverse("standards:standard-create", args=[card.greeting.code])
    data = {
        "step": card.greeting.code,
        "p": P.PEOPLE,
        "text": "Sneaky.",
        "department": foreign.code,
    }
    response = client_for(owner_olga).post(url, data)
    assert response.status_code == 400
    assert response.context["form"].errors["department"]
    assert not Standard.objects.filter(text="Sneaky.").exists()


def test_a_new_behaviour_starts_at_version_1_at_the_end_of_its_standard(card, owner_olga):
    url = reverse("standards:behaviour-create", args=[card.welcome.code])
    response = client_for(owner_olga).post(
        url,
        new_behaviour(
            card.welcome, target_comparison="at_most", target_value="3", target_unit="rings"
        ),
    )
    assert response.status_code == 302
    behaviour = Behaviour.objects.get(text="The guest is offered water.")
    assert (behaviour.version, behaviour.position, behaviour.weight) == (1, 3, 2)
    assert behaviour.target_label == "at most 3 rings"


def test_a_behaviour_cannot_be_put_under_another_organisations_standard(
    card, owner_olga, outsider_otto
):
    foreign = StandardFactory(organization=outsider_otto.organization)
    url = reverse("standards:behaviour-create", args=[card.welcome.code])
    response = client_for(owner_olga).post(url, new_behaviour(foreign))
    assert response.status_code == 400
    assert response.context["form"].errors["standard"]
    assert not Behaviour.objects.filter(text="The guest is offered water.").exists()


# Bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize("weight", ["0", "6", "-1", "three", "2.5", ""])
def test_a_weight_outside_1_to_5_is_a_field_error_and_nothing_is_saved(weight, card, owner_olga):
    url = reverse("standards:behaviour-create", args=[card.welcome.code])
    response = client_for(owner_olga).post(url, new_behaviour(card.welcome, weight=weight))
    assert response.status_code == 400
    assert response.context["form"].errors["weight"] == [
        "The weight is a whole number from 1 (nice to have) to 5 (essential)."
    ]
    assert not Behaviour.objects.filter(text="The guest is offered water.").exists()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"target_value": "3"},
            "target_comparison",
            "Choose “at most” or “at least” for the target value.",
        ),
        (
            {"target_comparison": "at_most", "target_value": "three"},
            "target_value",
            "The target value must be a number, e.g. 3 or 2.5.",
        ),
        ({"target_comparison": "at_most"}, "target_value", "Give the target as a number, e.g. 3."),
        (
            {"target_unit": "rings"},
            "target_unit",
            "A unit needs a measured target: a comparison and a number.",
        ),
        (
            {"target_comparison": "at_least", "target_value": "-2"},
            "target_value",
            "The target value cannot be negative.",
        ),
        (
            {"target_comparison": "roughly", "target_value": "2"},
            "target_comparison",
            "Select a valid choice. roughly is not one of the available choices.",
        ),
    ],
    ids=[
        "value-without-comparison",
        "not-a-number",
        "comparison-without-value",
        "unit-without-value",
        "negative",
        "unknown-comparison",
    ],
)
def test_a_bad_target_is_a_field_error_and_nothing_is_saved(
    changes, field, message, card, owner_olga
):
    url = reverse("standards:behaviour-create", args=[card.welcome.code])
    response = client_for(owner_olga).post(url, new_behaviour(card.welcome, **changes))
    assert response.status_code == 400
    assert response.context["form"].errors[field] == [message]
    assert message in response.content.decode().replace("&ldquo;", "“").replace("&rdquo;", "”")
    assert not Behaviour.objects.filter(text="The guest is offered water.").exists()


def test_a_bad_edit_changes_nothing(card, owner_olga):
    response = post_edit(client_for(owner_olga), card.greet_fast, text="New words", weight="6")
    assert response.status_code == 400
    assert (card.greet_fast.text, card.greet_fast.weight, card.greet_fast.version) == (
        "Greeted within 30 seconds.",
        3,
        1,
    )


def test_a_behaviour_needs_text(card, owner_olga):
    url = reverse("standards:behaviour-create", args=[card.welcome.code])
    response = client_for(owner_olga).post(url, new_behaviour(card.welcome, text=""))
    assert response.status_code == 400
    assert response.context["form"].errors["text"]


# Versions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {"text": "Greeted within 20 seconds."},
        {"weight": "5"},
        {"is_critical": "on"},
        {"target_value": "20"},
        {"target_comparison": "at_least"},
        {"target_unit": "heartbeats"},
        {"target_comparison": "", "target_value": "", "target_unit": ""},
    ],
    ids=["text", "weight", "critical", "target-value", "comparison", "unit", "target-removed"],
)
def test_a_change_of_meaning_makes_a_new_version(changes, card, owner_olga):
    response = post_edit(client_for(owner_olga), card.greet_fast, **changes)
    assert response.status_code == 302
    assert card.greet_fast.version == 2


def test_each_change_of_meaning_counts(card, owner_olga):
    client = client_for(owner_olga)
    post_edit(client, card.smile, text="Staff smile warmly.")
    post_edit(client, card.smile, weight="4")
    assert card.smile.version == 3


def test_saving_without_a_change_keeps_the_version(card, owner_olga):
    response = post_edit(client_for(owner_olga), card.greet_fast)
    assert response.status_code == 302
    assert card.greet_fast.version == 1


def test_the_same_target_written_differently_keeps_the_version(card, owner_olga):
    post_edit(client_for(owner_olga), card.greet_fast, target_value="30.00")
    assert card.greet_fast.version == 1


def test_unchecking_critical_makes_a_new_version(card, owner_olga):
    post_edit(client_for(owner_olga), card.bill_right, is_critical=None)
    assert (card.bill_right.is_critical, card.bill_right.version) == (False, 2)


def test_reordering_keeps_the_version(card, owner_olga):
    url = reverse("standards:behaviour-move", args=[card.smile.code])
    client_for(owner_olga).post(url, {"direction": "up"})
    card.smile.refresh_from_db()
    assert (card.smile.position, card.smile.version) == (0, 1)


def test_moving_a_behaviour_to_another_standard_puts_it_last_and_keeps_the_version(
    card, owner_olga
):
    post_edit(client_for(owner_olga), card.smile, standard=card.bill.code)
    assert (card.smile.standard, card.smile.position, card.smile.version) == (card.bill, 1, 1)


def test_the_edit_page_says_which_version_it_is(card, owner_olga):
    url = reverse("standards:behaviour-edit", args=[card.greet_fast.code])
    assert "now version 1" in client_for(owner_olga).get(url).content.decode()


def test_save_behaviour_reports_what_changed(card):
    card.greet_fast.weight = 4
    card.greet_fast.text = "Greeted at once."
    assert editing.save_behaviour(card.greet_fast) == ["text", "weight"]
    assert card.greet_fast.version == 2


# Reordering ----------------------------------------------------------------------------


def positions(queryset) -> list[str]:
    return [str(item) for item in queryset.order_by("position", "pk")]


def test_moving_a_step_down_swaps_it_with_the_next(card, owner_olga):
    url = reverse("standards:step-move", args=[card.greeting.code])
    response = client_for(owner_olga).post(url, {"direction": "down"})
    assert response.status_code == 302
    assert response["Location"] == f"/standards/edit/#item-{card.greeting.code}"
    assert positions(JourneyStep.objects.all()) == ["Payment", "Greeting", "Old step"]


def test_moving_the_first_item_up_changes_nothing(card, owner_olga):
    url = reverse("standards:behaviour-move", args=[card.greet_fast.code])
    client_for(owner_olga).post(url, {"direction": "up"})
    assert positions(card.welcome.behaviours.all()) == [
        "Greeted within 30 seconds.",
        "Staff smile.",
        "A retired behaviour.",
    ]


def test_moving_a_standard_stays_within_its_step(card, owner_olga):
    url = reverse("standards:standard-move", args=[card.welcome.code])
    client_for(owner_olga).post(url, {"direction": "down"})
    assert positions(card.greeting.standards.all()) == [
        "A retired standard.",
        "We welcome you at once.",
    ]
    card.bill.refresh_from_db()
    assert card.bill.position == 0


def test_a_move_renumbers_gapped_positions(card):
    JourneyStep.objects.filter(pk=card.payment.pk).update(position=40)
    JourneyStep.objects.filter(pk=card.old_step.pk).update(position=90)
    editing.move(card.old_step, "up")
    assert list(JourneyStep.objects.order_by("position").values_list("name", "position")) == [
        ("Greeting", 0),
        ("Old step", 1),
        ("Payment", 2),
    ]


def test_an_htmx_move_answers_the_fresh_editor_tree(card, owner_olga):
    url = reverse("standards:behaviour-move", args=[card.smile.code])
    response = client_for(owner_olga).post(url, {"direction": "up"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.startswith('<div id="editor-tree"')
    assert "<html" not in html
    assert html.index("Staff smile.") < html.index("Greeted within 30 seconds.")


def test_a_move_without_a_direction_is_a_bad_request(card, owner_olga):
    url = reverse("standards:behaviour-move", args=[card.smile.code])
    response = client_for(owner_olga).post(url, {"direction": "sideways"})
    assert response.status_code == 400
    assert "direction" in response.content.decode()


def test_the_move_buttons_work_with_and_without_javascript(card, owner_olga):
    html = client_for(owner_olga).get(reverse("standards:editor")).content.decode()
    url = reverse("standards:step-move", args=[card.payment.code])
    assert f'<form method="post" action="{url}" hx-post="{url}"' in html


# Retire, restore, delete ---------------------------------------------------------------


def test_retiring_a_behaviour_takes_it_off_the_card(card, owner_olga):
    client = client_for(owner_olga)
    client.post(reverse("standards:behaviour-retire", args=[card.smile.code]))
    card.smile.refresh_from_db()
    assert not card.smile.is_active
    assert "Staff smile." not in client.get(reverse("standards:card")).content.decode()


def test_retiring_a_step_takes_its_standards_off_the_card_but_keeps_them(card, owner_olga):
    client = client_for(owner_olga)
    client.post(reverse("standards:step-retire", args=[card.payment.code]))
    html = client.get(reverse("standards:card")).content.decode()
    assert "Your bill is right." not in html
    assert Standard.objects.get(pk=card.bill.pk).is_active
    assert Behaviour.objects.get(pk=card.bill_right.pk).is_active


def test_restoring_puts_a_retired_item_back_on_the_card(card, owner_olga):
    client = client_for(owner_olga)
    client.post(reverse("standards:step-restore", args=[card.old_step.code]))
    html = client.get(reverse("standards:card")).content.decode()
    assert "Old step" in html
    assert "Hidden under a retired step." in html


def test_the_editor_shows_retired_items_with_restore_and_delete(card, owner_olga):
    html = client_for(owner_olga).get(reverse("standards:editor")).content.decode()
    assert "A retired behaviour." in html
    assert reverse("standards:behaviour-restore", args=[card.old_behaviour.code]) in html
    assert reverse("standards:behaviour-delete", args=[card.old_behaviour.code]) in html
    assert reverse("standards:behaviour-delete", args=[card.smile.code]) not in html


def test_an_item_in_use_must_be_retired_before_it_can_be_deleted(card, owner_olga):
    response = client_for(owner_olga).post(
        reverse("standards:behaviour-delete", args=[card.smile.code]), follow=True
    )
    assert "Retire it first" in response.content.decode()
    assert Behaviour.objects.filter(pk=card.smile.pk).exists()


def test_a_retired_behaviour_that_nothing_refers_to_can_be_deleted(card, owner_olga):
    url = reverse("standards:behaviour-delete", args=[card.old_behaviour.code])
    response = client_for(owner_olga).post(url)
    assert response.status_code == 302
    assert not Behaviour.objects.filter(pk=card.old_behaviour.pk).exists()


def test_a_retired_step_with_standards_is_kept(card, owner_olga):
    url = reverse("standards:step-delete", args=[card.old_step.code])
    response = client_for(owner_olga).post(url, follow=True)
    assert "It cannot be deleted" in response.content.decode()
    assert JourneyStep.objects.filter(pk=card.old_step.pk).exists()


def test_a_retired_standard_with_behaviours_is_kept(card):
    BehaviourFactory(organization=card.old_standard.organization, standard=card.old_standard)
    assert editing.is_referenced(card.old_standard)
    assert not editing.delete_if_unused(card.old_standard)
    assert Standard.objects.filter(pk=card.old_standard.pk).exists()


def test_a_retired_empty_standard_and_then_its_empty_step_can_be_deleted(world, owner_olga):
    step = JourneyStepFactory(organization=world.org, is_active=False)
    standard = StandardFactory(organization=world.org, step=step, is_active=False)
    client = client_for(owner_olga)
    client.post(reverse("standards:standard-delete", args=[standard.code]))
    client.post(reverse("standards:step-delete", args=[step.code]))
    assert not Standard.objects.filter(pk=standard.pk).exists()
    assert not JourneyStep.objects.filter(pk=step.pk).exists()


def test_deleting_an_organisation_deletes_its_card(card, world):
    world.org.delete()
    assert not Behaviour.objects.exists()
    assert not JourneyStep.objects.exists()


def test_the_editor_reads_a_big_card_in_a_fixed_number_of_queries(
    world, owner_olga, django_assert_max_num_queries
):
    for _ in range(8):
        step = JourneyStepFactory(organization=world.org)
        for _ in range(4):
            standard = StandardFactory(organization=world.org, step=step)
            BehaviourFactory.create_batch(
                5,
                organization=world.org,
                standard=standard,
                target_comparison="at_most",
                target_value=Decimal(3),
            )
    client = client_for(owner_olga)
    with django_assert_max_num_queries(8):
        assert client.get(reverse("standards:editor")).status_code == 200


def test_a_standard_moved_to_another_step_goes_last_there(card, owner_olga):
    url = reverse("standards:standard-edit", args=[card.welcome.code])
    data = {"step": card.payment.code, "p": P.PEOPLE, "text": card.welcome.text}
    response = client_for(owner_olga).post(url, data)
    card.welcome.refresh_from_db()
    assert response.status_code == 302
    assert (card.welcome.step, card.welcome.position) == (card.payment, 1)


def test_a_step_is_renamed(card, owner_olga):
    url = reverse("standards:step-edit", args=[card.greeting.code])
    response = client_for(owner_olga).post(url, {"name": "Welcome", "description": "At the door."})
    card.greeting.refresh_from_db()
    assert response.status_code == 302
    assert (card.greeting.name, card.greeting.position) == ("Welcome", 0)


def test_a_retired_step_is_not_offered_for_new_standards(card, owner_olga):
    url = reverse("standards:standard-create", args=[card.greeting.code])
    steps = client_for(owner_olga).get(url).context["form"].fields["step"].queryset
    assert list(steps) == [card.greeting, card.payment]
