"""The service card's editor and PDF in the API: leaders add, change, move, retire, restore
and delete steps, standards and behaviours as the editor pages do (the same forms, the
same versions, the same refusals); the team downloads the card's PDF."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from servicegap.core import tokens
from servicegap.core.models import P, Role
from servicegap.standards import pdf
from servicegap.standards.models import Behaviour, JourneyStep, Standard
from tests.audits.factories import AuditAnswerFactory
from tests.factories import DepartmentFactory
from tests.standards.factories import BehaviourFactory, JourneyStepFactory, StandardFactory
from tests.standards.pdftext import contains
from tests.standards.test_pdf import needs_pango

API = "/api/v1/standards"
LEADERS = {Role.OWNER, Role.EXECUTIVE}
TEAM = set(Role) - {Role.SHOPPER}


def call(client, member, method: str, path: str, body=None):
    _token, secret = tokens.create_token(member, "card")
    kwargs = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    if body is not None:
        kwargs |= {"data": json.dumps(body), "content_type": "application/json"}
    return getattr(client, method)(f"{API}{path}", **kwargs)


def rows() -> tuple[int, int, int]:
    return JourneyStep.objects.count(), Standard.objects.count(), Behaviour.objects.count()


def field_errors(response) -> dict[str, str]:
    assert response.status_code == 422, response.content
    return {error["loc"][-1]: error["msg"] for error in response.json()["detail"]}


# Who may edit -------------------------------------------------------------------------


def every_write(card) -> list[tuple[str, str, dict | None]]:
    """One of each write the editor offers, on the personas' card."""
    return [
        ("post", "/steps", {"name": "Delivery"}),
        ("patch", f"/steps/{card.greeting.code}", {"name": "Welcome"}),
        ("post", f"/steps/{card.payment.code}/move", {"direction": "up"}),
        ("post", f"/steps/{card.payment.code}/retire", None),
        ("post", f"/steps/{card.old_step.code}/restore", None),
        ("post", f"/steps/{card.greeting.code}/standards", {"p": "product", "text": "Clean."}),
        ("patch", f"/standards/{card.welcome.code}", {"text": "We greet you."}),
        ("post", f"/standards/{card.welcome.code}/behaviours", {"text": "Water is offered."}),
        ("patch", f"/behaviours/{card.smile.code}", {"weight": 4}),
        ("post", f"/behaviours/{card.smile.code}/move", {"direction": "up"}),
        ("post", f"/behaviours/{card.smile.code}/retire", None),
        ("delete", f"/behaviours/{card.old_behaviour.code}", None),
    ]


@pytest.mark.parametrize("role", sorted(set(Role) - LEADERS))
def test_below_executive_every_edit_is_refused_and_nothing_changes(
    role, client, card, member_of_role
):
    member = member_of_role(role)
    before = rows()
    smile = Behaviour.objects.values().get(pk=card.smile.pk)
    for method, path, body in every_write(card):
        response = call(client, member, method, path, body)
        assert response.status_code == 403, (method, path)
        assert "owners and executives" in response.json()["detail"]
    assert call(client, member, "get", "/steps").status_code == 403
    assert rows() == before
    assert Behaviour.objects.values().get(pk=card.smile.pk) == smile
    assert JourneyStep.objects.get(pk=card.greeting.pk).name == "Greeting"


@pytest.mark.parametrize("role", sorted(LEADERS))
def test_owners_and_executives_make_every_edit(role, client, card, member_of_role):
    member = member_of_role(role)
    for method, path, body in every_write(card):
        response = call(client, member, method, path, body)
        assert response.status_code in (200, 201, 204), (method, path, response.content)
    assert JourneyStep.objects.filter(organization=card.greeting.organization).count() == 4
    assert not Behaviour.objects.filter(pk=card.old_behaviour.pk).exists()


def test_another_organisations_items_are_404_for_every_edit(client, card, outsider_otto):
    before = rows()
    for method, path, body in every_write(card)[1:]:
        response = call(client, outsider_otto, method, path, body)
        assert response.status_code == 404, (method, path)
    assert rows() == before
    assert JourneyStep.objects.get(pk=card.payment.pk).is_active


def test_a_missing_body_is_422_after_the_item_is_found(client, card, owner_olga, outsider_otto):
    path = f"/steps/{card.greeting.code}"
    assert call(client, outsider_otto, "patch", path).status_code == 404
    assert "payload" in field_errors(call(client, owner_olga, "patch", path))


# The editor's card --------------------------------------------------------------------


def test_the_editor_card_lists_retired_items_too_in_order(client, card, owner_olga):
    body = call(client, owner_olga, "get", "/steps").json()
    assert [(s["name"], s["is_active"]) for s in body] == [
        ("Greeting", True),
        ("Payment", True),
        ("Old step", False),
    ]
    greeting = body[0]
    assert [(s["text"], s["is_active"]) for s in greeting["standards"]] == [
        ("We welcome you at once.", True),
        ("A retired standard.", False),
    ]
    welcome = greeting["standards"][0]
    assert welcome["department_code"] == str(card.front.code)
    assert welcome["step_code"] == str(card.greeting.code)
    assert [b["text"] for b in welcome["behaviours"]] == [
        "Greeted within 30 seconds.",
        "Staff smile.",
        "A retired behaviour.",
    ]
    fast = welcome["behaviours"][0]
    assert (fast["target_comparison"], fast["target_value"], fast["target_unit"]) == (
        "at_most",
        30.0,
        "seconds",
    )
    assert fast["target_label"] == "at most 30 seconds"
    assert body[2]["standards"][0]["behaviours"][0]["text"] == "Hidden under a retired step."


def test_the_editor_card_takes_a_fixed_number_of_queries(
    client, world, owner_olga, django_assert_max_num_queries
):
    for _ in range(6):
        step = JourneyStepFactory(organization=world.org)
        for _ in range(3):
            standard = StandardFactory(organization=world.org, step=step)
            BehaviourFactory.create_batch(4, organization=world.org, standard=standard)
    _token, secret = tokens.create_token(owner_olga, "card")
    with django_assert_max_num_queries(8):
        response = client.get(f"{API}/steps", HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert len(response.json()) == 6


# Steps --------------------------------------------------------------------------------


def test_a_new_step_goes_to_the_end_of_the_journey(client, card, owner_olga):
    response = call(client, owner_olga, "post", "/steps", {"name": "Delivery"})
    assert response.status_code == 201
    body = response.json()
    step = JourneyStep.objects.get(code=body["code"])
    # Greeting 0, Payment 1, Old step 2: the new one is 3.
    assert (step.name, step.position, body["position"], body["is_active"]) == (
        "Delivery",
        3,
        3,
        True,
    )


def test_a_duplicate_step_name_is_a_422_and_nothing_is_added(client, card, owner_olga):
    before = rows()
    response = call(client, owner_olga, "post", "/steps", {"name": "gREETING"})
    # The page's form shows this above the form (the constraint's error is form-wide).
    assert field_errors(response)["payload"] == "A journey step with this name already exists."
    assert rows() == before


def test_a_step_needs_a_name(client, card, owner_olga):
    before = rows()
    assert "name" in field_errors(call(client, owner_olga, "post", "/steps", {"name": ""}))
    assert "name" in field_errors(call(client, owner_olga, "post", "/steps", {"name": "x" * 81}))
    assert rows() == before


def test_unknown_fields_are_refused(client, card, owner_olga):
    before = rows()
    response = call(client, owner_olga, "post", "/steps", {"name": "Delivery", "position": 0})
    assert response.status_code == 422
    assert rows() == before


def test_a_step_is_renamed_and_keeps_its_description_when_not_given(client, card, owner_olga):
    card.greeting.description = "At the door."
    card.greeting.save()
    response = call(client, owner_olga, "patch", f"/steps/{card.greeting.code}", {"name": "Hello"})
    assert response.status_code == 200
    card.greeting.refresh_from_db()
    assert (card.greeting.name, card.greeting.description, card.greeting.position) == (
        "Hello",
        "At the door.",
        0,
    )


def test_renaming_a_step_to_another_steps_name_changes_nothing(client, card, owner_olga):
    path = f"/steps/{card.greeting.code}"
    response = call(client, owner_olga, "patch", path, {"name": "payment"})
    assert "already exists" in field_errors(response)["payload"]
    card.greeting.refresh_from_db()
    assert card.greeting.name == "Greeting"


def test_moving_a_step_down_swaps_it_with_the_next(client, card, owner_olga):
    response = call(
        client, owner_olga, "post", f"/steps/{card.greeting.code}/move", {"direction": "down"}
    )
    assert response.status_code == 200
    assert response.json()["position"] == 1
    names = list(
        JourneyStep.objects.filter(organization=card.greeting.organization)
        .order_by("position")
        .values_list("name", flat=True)
    )
    assert names == ["Payment", "Greeting", "Old step"]


def test_moving_the_first_step_up_is_a_409_and_changes_nothing(client, card, owner_olga):
    response = call(
        client, owner_olga, "post", f"/steps/{card.greeting.code}/move", {"direction": "up"}
    )
    assert response.status_code == 409
    assert "already first" in response.json()["detail"]
    card.greeting.refresh_from_db()
    assert card.greeting.position == 0


def test_a_move_needs_up_or_down(client, card, owner_olga):
    path = f"/steps/{card.greeting.code}/move"
    assert "direction" in field_errors(call(client, owner_olga, "post", path, {"direction": "x"}))
    assert "direction" in field_errors(call(client, owner_olga, "post", path, {}))


def test_retiring_a_step_takes_it_off_the_card_and_restoring_puts_it_back(client, card, owner_olga):
    path = f"/steps/{card.greeting.code}"
    retired = call(client, owner_olga, "post", f"{path}/retire")
    assert (retired.status_code, retired.json()["is_active"]) == (200, False)
    on_card = [s["name"] for s in call(client, owner_olga, "get", "/card").json()["steps"]]
    assert on_card == ["Payment"]
    restored = call(client, owner_olga, "post", f"{path}/restore")
    assert (restored.status_code, restored.json()["is_active"]) == (200, True)
    on_card = [s["name"] for s in call(client, owner_olga, "get", "/card").json()["steps"]]
    assert on_card == ["Greeting", "Payment"]


def test_a_step_in_use_must_be_retired_before_it_is_deleted(client, card, owner_olga):
    response = call(client, owner_olga, "delete", f"/steps/{card.greeting.code}")
    assert response.status_code == 409
    assert "Retire it first" in response.json()["detail"]
    assert JourneyStep.objects.filter(pk=card.greeting.pk).exists()


def test_a_retired_step_with_standards_is_a_409_and_kept(client, card, owner_olga):
    response = call(client, owner_olga, "delete", f"/steps/{card.old_step.code}")
    assert response.status_code == 409
    assert "cannot be deleted" in response.json()["detail"]
    assert JourneyStep.objects.filter(pk=card.old_step.pk).exists()


def test_a_retired_empty_step_is_deleted(client, world, owner_olga):
    step = JourneyStepFactory(organization=world.org, is_active=False)
    response = call(client, owner_olga, "delete", f"/steps/{step.code}")
    assert response.status_code == 204
    assert not JourneyStep.objects.filter(pk=step.pk).exists()


# Standards ----------------------------------------------------------------------------


def test_a_standard_is_added_at_the_end_of_its_step(client, card, owner_olga):
    response = call(
        client,
        owner_olga,
        "post",
        f"/steps/{card.greeting.code}/standards",
        {"p": "product", "text": "The room is clean.", "department": str(card.kitchen.code)},
    )
    assert response.status_code == 201
    body = response.json()
    standard = Standard.objects.get(code=body["code"])
    # welcome 0 and the retired standard 1 are in Greeting already.
    assert (standard.step, standard.p, standard.position, standard.department) == (
        card.greeting,
        P.PRODUCT,
        2,
        card.kitchen,
    )
    assert (body["department"], body["step_code"]) == ("Kitchen", str(card.greeting.code))


def test_a_standard_needs_a_p_and_text_and_nothing_is_added(client, card, owner_olga):
    before = rows()
    path = f"/steps/{card.greeting.code}/standards"
    errors = field_errors(call(client, owner_olga, "post", path, {"p": "price", "text": ""}))
    assert set(errors) == {"p", "text"}
    assert rows() == before


def test_another_organisations_department_is_a_422_on_department(
    client, card, owner_olga, outsider_otto
):
    theirs = DepartmentFactory(organization=outsider_otto.organization)
    before = rows()
    response = call(
        client,
        owner_olga,
        "post",
        f"/steps/{card.greeting.code}/standards",
        {"p": "people", "text": "Hello.", "department": str(theirs.code)},
    )
    assert "department" in field_errors(response)
    assert rows() == before


def test_no_standard_is_added_to_a_retired_step(client, card, owner_olga):
    before = rows()
    response = call(
        client,
        owner_olga,
        "post",
        f"/steps/{card.old_step.code}/standards",
        {"p": "people", "text": "Hello."},
    )
    assert response.status_code == 409
    assert "retired" in response.json()["detail"]
    assert rows() == before


def test_a_standard_moved_to_another_step_goes_last_there(client, card, owner_olga):
    response = call(
        client,
        owner_olga,
        "patch",
        f"/standards/{card.welcome.code}",
        {"step": str(card.payment.code)},
    )
    assert response.status_code == 200
    card.welcome.refresh_from_db()
    # Payment holds the bill at 0: the welcome standard comes after it, text unchanged.
    assert (card.welcome.step, card.welcome.position) == (card.payment, 1)
    assert card.welcome.text == "We welcome you at once."
    assert card.welcome.department == card.front


def test_a_standard_department_is_taken_off_with_null(client, card, owner_olga):
    path = f"/standards/{card.welcome.code}"
    response = call(client, owner_olga, "patch", path, {"department": None})
    assert (response.status_code, response.json()["department"]) == (200, None)
    card.welcome.refresh_from_db()
    assert card.welcome.department is None


def test_a_standard_cannot_move_to_a_retired_or_foreign_step(
    client, card, owner_olga, outsider_otto
):
    theirs = JourneyStepFactory(organization=outsider_otto.organization)
    path = f"/standards/{card.welcome.code}"
    for step in (card.old_step, theirs):
        response = call(client, owner_olga, "patch", path, {"step": str(step.code)})
        assert "step" in field_errors(response)
    card.welcome.refresh_from_db()
    assert (card.welcome.step, card.welcome.position) == (card.greeting, 0)


def test_moving_a_standard_stays_within_its_step(client, card, owner_olga):
    response = call(
        client, owner_olga, "post", f"/standards/{card.welcome.code}/move", {"direction": "down"}
    )
    assert response.status_code == 200
    order = list(card.greeting.standards.order_by("position").values_list("text", flat=True))
    assert order == ["A retired standard.", "We welcome you at once."]
    card.bill.refresh_from_db()
    assert card.bill.position == 0


def test_a_retired_standard_with_behaviours_is_kept(client, card, owner_olga):
    BehaviourFactory(organization=card.old_standard.organization, standard=card.old_standard)
    response = call(client, owner_olga, "delete", f"/standards/{card.old_standard.code}")
    assert response.status_code == 409
    assert Standard.objects.filter(pk=card.old_standard.pk).exists()


def test_retiring_a_standard_and_deleting_it_when_empty(client, world, owner_olga):
    step = JourneyStepFactory(organization=world.org)
    standard = StandardFactory(organization=world.org, step=step)
    assert call(client, owner_olga, "post", f"/standards/{standard.code}/retire").status_code == 200
    assert not Standard.objects.get(pk=standard.pk).is_active
    assert call(client, owner_olga, "delete", f"/standards/{standard.code}").status_code == 204
    assert not Standard.objects.filter(pk=standard.pk).exists()


# Behaviours ---------------------------------------------------------------------------


def test_a_new_behaviour_starts_at_version_1_at_the_end_of_its_standard(client, card, owner_olga):
    response = call(
        client,
        owner_olga,
        "post",
        f"/standards/{card.welcome.code}/behaviours",
        {
            "text": "The phone is answered within 3 rings.",
            "weight": 3,
            "is_critical": True,
            "target_comparison": "at_most",
            "target_value": "3",
            "target_unit": "rings",
        },
    )
    assert response.status_code == 201
    body = response.json()
    behaviour = Behaviour.objects.get(code=body["code"])
    # greet_fast 0, smile 1, the retired one 2: the new one is 3.
    assert (behaviour.position, behaviour.version, behaviour.weight) == (3, 1, 3)
    assert (behaviour.is_critical, behaviour.target_value) == (True, Decimal("3"))
    assert body["target_label"] == "at most 3 rings"
    assert (body["version"], body["standard_code"]) == (1, str(card.welcome.code))


@pytest.mark.parametrize("weight", [0, 6, -1])
def test_a_weight_outside_1_to_5_is_a_422_on_weight_and_nothing_is_added(
    weight, client, card, owner_olga
):
    before = rows()
    response = call(
        client,
        owner_olga,
        "post",
        f"/standards/{card.welcome.code}/behaviours",
        {"text": "Water.", "weight": weight},
    )
    assert "1 (nice to have) to 5" in field_errors(response)["weight"]
    assert rows() == before


@pytest.mark.parametrize("weight", [True, False, "3", 2.0])
def test_a_weight_that_is_not_a_whole_number_is_a_422_on_weight(weight, client, card, owner_olga):
    """JSON true is not 1 (a fuzzer's find: a change of weight to true was taken as 1)."""
    before = rows()
    added = call(
        client,
        owner_olga,
        "post",
        f"/standards/{card.welcome.code}/behaviours",
        {"text": "Water.", "weight": weight},
    )
    assert "weight" in field_errors(added)
    changed = call(
        client, owner_olga, "patch", f"/behaviours/{card.smile.code}", {"weight": weight}
    )
    assert "weight" in field_errors(changed)
    assert rows() == before
    card.smile.refresh_from_db()
    assert card.smile.version == 1


@pytest.mark.parametrize(
    ("target", "field"),
    [
        ({"target_value": "3"}, "target_comparison"),
        ({"target_comparison": "at_most"}, "target_value"),
        ({"target_unit": "rings"}, "target_unit"),
        ({"target_comparison": "at_most", "target_value": "-1"}, "target_value"),
        ({"target_comparison": "at_most", "target_value": "1.234"}, "target_value"),
    ],
)
def test_a_bad_target_is_a_422_on_its_field_and_nothing_is_added(
    target, field, client, card, owner_olga
):
    before = rows()
    response = call(
        client,
        owner_olga,
        "post",
        f"/standards/{card.welcome.code}/behaviours",
        {"text": "Quick.", **target},
    )
    assert field in field_errors(response)
    assert rows() == before


def test_no_behaviour_is_added_under_a_retired_standard_or_step(client, card, owner_olga):
    under_retired_step = card.hidden_under_retired.standard
    before = rows()
    for standard in (card.old_standard, under_retired_step):
        response = call(
            client, owner_olga, "post", f"/standards/{standard.code}/behaviours", {"text": "Hi."}
        )
        assert response.status_code == 409
        assert "retired" in response.json()["detail"]
    assert rows() == before


def test_a_change_of_meaning_makes_a_new_version(client, card, owner_olga):
    path = f"/behaviours/{card.smile.code}"
    response = call(client, owner_olga, "patch", path, {"text": "Staff smile and say hello."})
    assert (response.status_code, response.json()["version"]) == (200, 2)
    response = call(client, owner_olga, "patch", path, {"weight": 4})
    assert response.json()["version"] == 3
    card.smile.refresh_from_db()
    assert (card.smile.text, card.smile.weight, card.smile.version) == (
        "Staff smile and say hello.",
        4,
        3,
    )


def test_a_change_that_keeps_the_meaning_keeps_the_version(client, card, owner_olga):
    path = f"/behaviours/{card.greet_fast.code}"
    response = call(client, owner_olga, "patch", path, {"target_value": "30.00", "weight": 3})
    assert (response.status_code, response.json()["version"]) == (200, 1)


def test_a_target_is_taken_off_with_null(client, card, owner_olga):
    path = f"/behaviours/{card.greet_fast.code}"
    body = {"target_comparison": "", "target_value": None, "target_unit": ""}
    response = call(client, owner_olga, "patch", path, body)
    assert response.status_code == 200
    assert (response.json()["target_label"], response.json()["version"]) == ("", 2)
    card.greet_fast.refresh_from_db()
    assert card.greet_fast.target_value is None


def test_a_bad_edit_is_a_422_and_changes_nothing(client, card, owner_olga):
    stored = Behaviour.objects.values().get(pk=card.greet_fast.pk)
    path = f"/behaviours/{card.greet_fast.code}"
    response = call(client, owner_olga, "patch", path, {"text": "Quick.", "target_value": None})
    assert "target_value" in field_errors(response)
    assert Behaviour.objects.values().get(pk=card.greet_fast.pk) == stored


def test_a_behaviour_moved_to_another_standard_goes_last_there(client, card, owner_olga):
    path = f"/behaviours/{card.smile.code}"
    response = call(client, owner_olga, "patch", path, {"standard": str(card.bill.code)})
    assert response.status_code == 200
    card.smile.refresh_from_db()
    # The bill holds bill_right at 0; a move is not a change of meaning.
    assert (card.smile.standard, card.smile.position, card.smile.version) == (card.bill, 1, 1)


def test_moving_the_last_behaviour_down_is_a_409(client, card, owner_olga):
    path = f"/behaviours/{card.old_behaviour.code}/move"
    response = call(client, owner_olga, "post", path, {"direction": "down"})
    assert response.status_code == 409
    assert "already last" in response.json()["detail"]


def test_reordering_a_behaviour_keeps_its_version(client, card, owner_olga):
    path = f"/behaviours/{card.smile.code}/move"
    response = call(client, owner_olga, "post", path, {"direction": "up"})
    assert (response.status_code, response.json()["position"]) == (200, 0)
    card.smile.refresh_from_db()
    card.greet_fast.refresh_from_db()
    assert (card.smile.position, card.greet_fast.position, card.smile.version) == (0, 1, 1)


def test_a_retired_behaviour_answered_in_an_audit_is_a_409_and_kept(client, card, owner_olga):
    AuditAnswerFactory(organization=card.greeting.organization, behaviour=card.old_behaviour)
    response = call(client, owner_olga, "delete", f"/behaviours/{card.old_behaviour.code}")
    assert response.status_code == 409
    assert "audits" in response.json()["detail"]
    assert Behaviour.objects.filter(pk=card.old_behaviour.pk).exists()


def test_retire_then_restore_a_behaviour(client, card, owner_olga):
    path = f"/behaviours/{card.smile.code}"
    assert call(client, owner_olga, "post", f"{path}/retire").json()["is_active"] is False
    texts = [
        b["text"]
        for b in call(client, owner_olga, "get", "/card").json()["steps"][0]["standards"][0][
            "behaviours"
        ]
    ]
    assert texts == ["Greeted within 30 seconds."]
    assert call(client, owner_olga, "post", f"{path}/restore").json()["is_active"] is True
    card.smile.refresh_from_db()
    assert card.smile.is_active


# The PDF ------------------------------------------------------------------------------


@pytest.fixture
def fake_pdf(monkeypatch):
    """The PDF as WeasyPrint would make it, without needing Pango: the HTML it was given."""
    seen = []

    def render(html, css):
        seen.append(html)
        return b"%PDF-1.7 fake"

    monkeypatch.setattr("servicegap.standards.card.render_pdf", render)
    return seen


@pytest.mark.parametrize("role", list(Role))
def test_the_pdf_is_for_the_team(role, client, card, member_of_role, fake_pdf):
    response = call(client, member_of_role(role), "get", "/card.pdf")
    assert response.status_code == (200 if role in TEAM else 403)
    if role in TEAM:
        assert response["Content-Type"] == "application/pdf"
        assert response.content.startswith(b"%PDF")


def test_the_pdf_is_the_card_page_download(client, card, staff_sam, fake_pdf):
    response = call(client, staff_sam, "get", "/card.pdf")
    assert response["Content-Disposition"] == (
        'attachment; filename="service-card-sunny-side-cafes.pdf"'
    )
    [html] = fake_pdf
    assert "We welcome you at once." in html
    assert "Greeted within 30 seconds." in html
    assert "A retired behaviour." not in html


@needs_pango
def test_the_pdf_is_a_real_pdf_of_the_card(client, card, staff_sam):
    response = call(client, staff_sam, "get", f"/card.pdf?department={card.kitchen.code}")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-")
    assert contains(response.content, "Your bill is right.")
    assert contains(response.content, "The bill is correct.")
    assert not contains(response.content, "We welcome you at once.")


def test_a_department_pdf_holds_only_its_standards(client, card, staff_sam, fake_pdf):
    response = call(client, staff_sam, "get", f"/card.pdf?department={card.kitchen.code}")
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'attachment; filename="service-card-sunny-side-cafes-kitchen.pdf"'
    )
    [html] = fake_pdf
    assert "Your bill is right." in html
    assert "We welcome you at once." not in html


def test_a_location_pdf_is_titled_for_it_and_only_in_scope(
    client, world, card, staff_sam, fake_pdf
):
    response = call(client, staff_sam, "get", f"/card.pdf?location={world.location_a.code}")
    assert response["Content-Disposition"] == 'attachment; filename="service-card-location-a.pdf"'
    response = call(client, staff_sam, "get", f"/card.pdf?location={world.location_b.code}")
    assert response.status_code == 404
    assert len(fake_pdf) == 1


def test_another_organisations_department_pdf_is_404(client, card, outsider_otto, fake_pdf):
    response = call(client, outsider_otto, "get", f"/card.pdf?department={card.kitchen.code}")
    assert response.status_code == 404
    assert fake_pdf == []


def test_without_pango_the_pdf_is_a_503_saying_what_to_install(
    client, card, staff_sam, monkeypatch
):
    def missing():
        raise pdf.PdfUnavailable("cannot load library 'libpango-1.0-0': not found")

    monkeypatch.setattr(pdf, "load_weasyprint", missing)
    response = call(client, staff_sam, "get", "/card.pdf")
    assert response.status_code == 503
    assert "cannot load library" in response.json()["detail"]
    assert "libpango-1.0-0 libpangoft2-1.0-0" in response.json()["detail"]


def test_the_schema_documents_the_pdf_and_the_editor(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    answers = paths[f"{API}/card.pdf"]["get"]["responses"]
    assert "application/pdf" in answers["200"]["content"]
    for path in (
        "/steps",
        "/steps/{journeystep_code}",
        "/steps/{journeystep_code}/standards",
        "/standards/{standard_code}/behaviours",
        "/behaviours/{behaviour_code}/move",
    ):
        assert f"{API}{path}" in paths
