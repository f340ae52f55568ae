"""The audits API: start, fill, submit and list, scoped like the pages."""

from datetime import timedelta

import pytest
from django.utils import timezone

from servicegap.audits import workflow
from servicegap.audits.models import Audit, Kind
from servicegap.core import tokens
from tests.audits.conftest import answer_all, start_shop
from tests.audits.factories import AuditAnswerFactory, AuditFactory
from tests.conftest import client_for

BASE = "/api/v1/audits"


def bearer(member) -> dict:
    _token, secret = tokens.create_token(member, "test")
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def post(client, url, data, **headers):
    return client.post(url, data, content_type="application/json", **headers)


def test_the_schema_lists_the_audit_paths(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"post", "get"} <= set(paths[BASE])
    assert "get" in paths[BASE + "/{audit_code}"]
    assert "post" in paths[BASE + "/{audit_code}/answers"]
    assert "post" in paths[BASE + "/{audit_code}/submit"]


def test_a_self_assessment_is_started_filled_and_submitted(
    client, world, template, staff_sam, card
):
    auth = bearer(staff_sam)
    created = post(
        client,
        BASE,
        {
            "kind": "self_assessment",
            "location": str(world.location_a.code),
            "template": str(template.code),
        },
        **auth,
    )
    assert created.status_code == 201
    body = created.json()
    assert body["status"] == "draft"
    assert [a["behaviour_text"] for a in body["answers"]][:2] == [
        "The guest is greeted.",
        "Staff smile.",
    ]
    url = f"{BASE}/{body['code']}"

    answers = [
        {"behaviour": str(card.greet.code), "result": "pass"},
        {"behaviour": str(card.smile.code), "result": "fail", "note": "No smile."},
        {"behaviour": str(card.rings.code), "measured_value": "2"},
        {"behaviour": str(card.bill.code), "result": "na"},
    ]
    filled = post(client, url + "/answers", {"answers": answers}, **auth)
    assert filled.status_code == 200
    rings = next(a for a in filled.json()["answers"] if a["behaviour"] == str(card.rings.code))
    assert (rings["result"], rings["measured_value"], rings["target"]) == (
        "pass",
        2.0,
        "at most 3 rings",
    )

    submitted = post(client, url + "/submit", {}, **auth)
    assert submitted.status_code == 200
    result = submitted.json()
    # passed 3 + 4 of 3 + 2 + 4 = 7 / 9
    assert result["score"] == pytest.approx(77.78)
    assert result["by_p"]["people"]["score"] == pytest.approx(60.0)
    assert [s["step"] for s in result["by_step"]] == ["Greeting", "Phone"]


def test_submitting_with_answers_missing_lists_their_behaviours(
    client, world, template, staff_sam, card
):
    audit = workflow.start_audit(
        kind=Kind.SELF_ASSESSMENT, location=world.location_a, template=template, by=staff_sam
    )
    answer_all(audit, {"The guest": "pass", "Staff": "pass"})
    response = post(client, f"{BASE}/{audit.code}/submit", {}, **bearer(staff_sam))
    assert response.status_code == 400
    assert set(response.json()["missing"]) == {str(card.rings.code), str(card.bill.code)}
    audit.refresh_from_db()
    assert audit.status == Audit.Status.DRAFT


def test_a_measured_value_that_is_not_a_number_names_the_field(
    client, world, template, staff_sam, card
):
    audit = workflow.start_audit(
        kind=Kind.SELF_ASSESSMENT, location=world.location_a, template=template, by=staff_sam
    )
    response = post(
        client,
        f"{BASE}/{audit.code}/answers",
        {
            "answers": [
                {"behaviour": str(card.greet.code), "result": "pass"},
                {"behaviour": str(card.rings.code), "measured_value": "three"},
            ]
        },
        **bearer(staff_sam),
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == [
        "body",
        "payload",
        "answers",
        1,
        "measured_value",
    ]
    assert set(audit.answers.values_list("result", flat=True)) == {""}


@pytest.mark.parametrize(
    ("item", "field"),
    [
        ({"result": "maybe"}, "result"),
        ({"result": "pass", "colour": "red"}, "colour"),
        ({"result": "pass", "note": "x" * 2001}, "note"),
    ],
)
def test_bad_answers_name_the_field(client, world, template, staff_sam, card, item, field):
    audit = workflow.start_audit(
        kind=Kind.SELF_ASSESSMENT, location=world.location_a, template=template, by=staff_sam
    )
    response = post(
        client,
        f"{BASE}/{audit.code}/answers",
        {"answers": [{"behaviour": str(card.greet.code), **item}]},
        **bearer(staff_sam),
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][-1] == field


def test_a_behaviour_not_in_the_audit_is_refused_and_nothing_saved(
    client, world, template, staff_sam, card
):
    audit = workflow.start_audit(
        kind=Kind.SELF_ASSESSMENT, location=world.location_a, template=template, by=staff_sam
    )
    other = AuditAnswerFactory(organization=world.org).behaviour
    response = post(
        client,
        f"{BASE}/{audit.code}/answers",
        {
            "answers": [
                {"behaviour": str(card.greet.code), "result": "pass"},
                {"behaviour": str(other.code), "result": "pass"},
            ]
        },
        **bearer(staff_sam),
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "payload", "answers", 1, "behaviour"]
    assert set(audit.answers.values_list("result", flat=True)) == {""}


def test_a_submitted_audit_refuses_answers(client, assignment, shopper_sue, card):
    audit = start_shop(assignment, shopper_sue)
    answer_all(audit, {"The": "pass", "Staff": "pass"})
    workflow.submit_audit(audit, by=shopper_sue.user)
    response = post(
        client,
        f"{BASE}/{audit.code}/answers",
        {"answers": [{"behaviour": str(card.greet.code), "result": "fail"}]},
        **bearer(shopper_sue),
    )
    assert response.status_code == 409


def test_a_shopper_starts_a_mystery_shop_from_their_assignment(client, assignment, shopper_sue):
    response = post(
        client,
        BASE,
        {"kind": "mystery_shop", "assignment": str(assignment.code)},
        **bearer(shopper_sue),
    )
    assert response.status_code == 201
    assert response.json()["location_name"] == "Location A"


def test_another_shoppers_assignment_and_audit_are_404(
    client, assignment, shopper_sue, shopper_sam
):
    auth = bearer(shopper_sam)
    response = post(
        client, BASE, {"kind": "mystery_shop", "assignment": str(assignment.code)}, **auth
    )
    assert response.status_code == 404
    audit = start_shop(assignment, shopper_sue)
    assert client.get(f"{BASE}/{audit.code}", **auth).status_code == 404
    assert post(client, f"{BASE}/{audit.code}/submit", {}, **auth).status_code == 404
    assert client.get(BASE, **auth).json()["count"] == 0


def test_another_organisations_audit_is_404(client, world, owner_olga, outsider_otto):
    foreign = AuditFactory(organization=outsider_otto.organization)
    auth = bearer(owner_olga)
    assert client.get(f"{BASE}/{foreign.code}", **auth).status_code == 404
    answer = {"behaviour": str(foreign.template.code), "result": "pass"}
    response = post(client, f"{BASE}/{foreign.code}/answers", {"answers": [answer]}, **auth)
    assert response.status_code == 404


def test_a_role_that_cannot_do_a_kind_of_audit_is_403(client, world, template, shopper_sue):
    response = post(
        client,
        BASE,
        {
            "kind": "self_assessment",
            "location": str(world.location_a.code),
            "template": str(template.code),
        },
        **bearer(shopper_sue),
    )
    assert response.status_code == 403


def test_a_self_assessment_needs_its_location(client, world, template, staff_sam):
    response = post(
        client,
        BASE,
        {"kind": "self_assessment", "template": str(template.code)},
        **bearer(staff_sam),
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "payload", "location"]


def test_the_list_filters_by_location_kind_and_period_and_pages(
    client, world, template, owner_olga, staff_sam, supervisor_sid
):
    now = timezone.now()
    for days, member, kind in [
        (1, staff_sam, Kind.SELF_ASSESSMENT),
        (2, supervisor_sid, Kind.OBSERVATION),
        (40, staff_sam, Kind.SELF_ASSESSMENT),
    ]:
        audit = workflow.start_audit(
            kind=kind,
            location=world.location_a,
            template=template,
            by=member,
            performed_at=now - timedelta(days=days),
        )
        answer_all(audit, {"The": "pass", "Staff": "pass"})
        workflow.submit_audit(audit, by=member.user)
    AuditFactory(organization=world.org, location=world.location_b)
    auth = bearer(owner_olga)

    everything = client.get(BASE, **auth).json()
    assert everything["count"] == 4
    at_a = client.get(
        BASE, {"location": str(world.location_a.code), "kind": "self_assessment"}, **auth
    ).json()
    assert at_a["count"] == 2
    assert {item["score"] for item in at_a["items"]} == {100.0}
    since = (timezone.localdate() - timedelta(days=10)).isoformat()
    recent = client.get(
        BASE, {"location": str(world.location_a.code), "since": since}, **auth
    ).json()
    assert recent["count"] == 2
    page = client.get(BASE, {"limit": 1, "offset": 1}, **auth).json()
    assert (page["count"], len(page["items"])) == (4, 1)


def test_the_list_refuses_a_bad_filter_naming_it(client, world, owner_olga):
    response = client.get(BASE, {"kind": "audit", "limit": 0}, **bearer(owner_olga))
    assert response.status_code == 422
    assert {tuple(e["loc"]) for e in response.json()["detail"]} >= {
        ("query", "kind"),
        ("query", "limit"),
    }


def test_the_list_does_not_query_per_audit(
    client, world, owner_olga, django_assert_max_num_queries
):
    for _ in range(8):
        AuditFactory(organization=world.org, location=world.location_a, status="submitted")
    auth = bearer(owner_olga)
    with django_assert_max_num_queries(6):
        assert len(client.get(BASE, **auth).json()["items"]) == 8


def test_the_session_of_a_logged_in_member_works_too(world, owner_olga):
    AuditFactory(organization=world.org, location=world.location_a)
    assert client_for(owner_olga).get(BASE).json()["count"] == 1
