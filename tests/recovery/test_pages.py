"""Every recovery page for every role; another organisation's case is a 404; the forms."""

from __future__ import annotations

import json

import pytest

from servicegap.core.models import Role
from servicegap.recovery import budgets
from servicegap.recovery.models import Case, CaseEvent, EmpowermentBudget, RecoveryAction
from tests.conftest import client_for
from tests.recovery.conftest import new_case

TEAM = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR, Role.STAFF}
SUPERVISORS = TEAM - {Role.STAFF}
MANAGERS = SUPERVISORS - {Role.SUPERVISOR}
PAGES = [
    ("/recovery/", TEAM),
    ("/recovery/cases/new/", TEAM),
    ("/recovery/approvals/", SUPERVISORS),
    ("/recovery/outcomes/", MANAGERS),
    ("/recovery/budgets/", MANAGERS),
    ("/recovery/settings/", {Role.OWNER}),
]


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize(("url", "allowed"), PAGES, ids=[p[0] for p in PAGES])
def test_each_page_is_for_its_roles(url, allowed, role, member_of_role, case):
    response = client_for(member_of_role(role)).get(url)
    assert response.status_code == (200 if role in allowed else 403)


@pytest.mark.parametrize("role", list(Role))
def test_the_case_page_is_for_the_team_at_its_location(role, member_of_role, world, case):
    elsewhere = new_case(world, location=world.location_b)
    client = client_for(member_of_role(role))
    assert client.get(case.get_absolute_url()).status_code == (200 if role in TEAM else 403)
    scoped = role in {Role.MANAGER, Role.SUPERVISOR, Role.STAFF}
    expected = 403 if role not in TEAM else (404 if scoped else 200)
    assert client.get(elsewhere.get_absolute_url()).status_code == expected


def test_another_organisations_case_is_not_found(owner_olga, outsider_otto):
    foreign = new_case_of(outsider_otto)
    client = client_for(owner_olga)
    assert client.get(foreign.get_absolute_url()).status_code == 404
    for tail in ("note/", "status/", "actions/", "inquiry/", "follow-ups/", "assign/"):
        assert client.post(foreign.get_absolute_url() + tail, {"text": "x"}).status_code == 404
    assert CaseEvent.objects.filter(case=foreign).count() == 1


def new_case_of(member):
    from servicegap.recovery import cases
    from tests.factories import LocationFactory

    location = LocationFactory(organization=member.organization)
    return cases.open_case(
        organization=member.organization, location=location, source="phone", summary="x", by=member
    )


def test_the_list_shows_cases_and_filters_them(world, staff_sam, case):
    other = new_case(world, staff_sam, severity="low")
    client = client_for(staff_sam)
    html = client.get("/recovery/").content.decode()
    assert "call back in 20 minutes" in html
    filtered = client.get("/recovery/", {"severity": "low"})
    assert list(filtered.context["page"].object_list) == [other]
    bad = client.get("/recovery/", {"severity": "urgent"})
    assert bad.status_code == 400 and "severity" in bad.content.decode().lower()


def test_the_list_pages_and_keeps_its_queries_few(world, staff_sam, django_assert_max_num_queries):
    for _n in range(30):
        new_case(world, staff_sam)
    client = client_for(staff_sam)
    with django_assert_max_num_queries(14):
        page = client.get("/recovery/")
    assert len(page.context["page"].object_list) == 25
    assert len(client.get("/recovery/", {"page": 2}).context["page"].object_list) == 5


def test_a_staff_member_opens_a_case(world, staff_sam, step):
    response = client_for(staff_sam).post(
        "/recovery/cases/new/",
        {
            "location": world.location_a.code,
            "source": "walk_in",
            "severity": "high",
            "summary": "Asked “when is the funeral?” about a birthday bouquet",
            "description": "",
            "p": "people",
            "step": step.code,
        },
    )
    case = Case.objects.get()
    assert response.status_code == 302 and response["Location"] == case.get_absolute_url()
    assert (case.severity, case.p, case.step, case.opened_by) == (
        "high",
        "people",
        step,
        staff_sam.user,
    )


def test_only_a_supervisor_or_above_assigns_a_case_when_opening_it(
    world, staff_sam, supervisor_sid, manager_max
):
    fields = {"location": world.location_a.code, "source": "phone", "severity": "low"}
    assert (
        'name="assignee"' not in client_for(staff_sam).get("/recovery/cases/new/").content.decode()
    )
    client_for(staff_sam).post(
        "/recovery/cases/new/", {**fields, "summary": "by staff", "assignee": manager_max.code}
    )
    assert Case.objects.get(summary="by staff").assignee is None  # the field is not theirs
    client_for(supervisor_sid).post(
        "/recovery/cases/new/", {**fields, "summary": "by sid", "assignee": manager_max.code}
    )
    assert Case.objects.get(summary="by sid").assignee == manager_max


def test_a_case_cannot_be_opened_at_a_location_out_of_scope(world, staff_sam):
    response = client_for(staff_sam).post(
        "/recovery/cases/new/",
        {"location": world.location_b.code, "source": "phone", "severity": "low", "summary": "x"},
    )
    assert response.status_code == 400 and not Case.objects.exists()


def test_closing_from_the_page_names_what_is_missing(case, staff_sam):
    client = client_for(staff_sam)
    for status in ("acknowledged", "investigating", "recovered"):
        assert client.post(case.get_absolute_url() + "status/", {"to": status}).status_code == 302
    refused = client.post(case.get_absolute_url() + "status/", {"to": "closed"})
    assert refused.status_code == 400
    text = refused.content.decode()
    assert "what happened" in text and "journey step" in text and "follow-up done" in text
    assert Case.objects.get(pk=case.pk).status == "recovered"


@pytest.mark.parametrize(
    ("amount", "error"),
    [("-5", "cannot be negative"), ("12.345", "at most 2 decimals"), ("", "required")],
)
def test_bad_amounts_on_the_page_are_refused(amount, error, case, staff_sam):
    response = client_for(staff_sam).post(
        case.get_absolute_url() + "actions/", {"kind": "refund", "amount": amount}
    )
    assert response.status_code == 400 and error in response.content.decode()
    assert not RecoveryAction.objects.exists()


def test_an_action_above_budget_waits_and_is_approved_from_the_queue(
    case, staff_sam, supervisor_sid, role_budgets
):
    client_for(staff_sam).post(
        case.get_absolute_url() + "actions/", {"kind": "refund", "amount": "75.00"}
    )
    action = RecoveryAction.objects.get()
    assert action.approval == "pending"
    queue = client_for(supervisor_sid).get("/recovery/approvals/").content.decode()
    assert "Above the staff budget of 50.00 EUR" in queue
    assert (
        client_for(staff_sam)
        .post(f"/recovery/actions/{action.code}/decide/", {"decision": "approve"})
        .status_code
        == 403
    )
    done = client_for(supervisor_sid).post(
        f"/recovery/actions/{action.code}/decide/", {"decision": "approve", "next": "approvals"}
    )
    assert done["Location"] == "/recovery/approvals/"
    assert RecoveryAction.objects.get().approval == "approved"


def test_the_owner_sets_budgets_and_deadlines(world, owner_olga):
    data = {f"rules-{s}_{k}_hours": v for s in ("low", "medium", "high", "critical")
            for k, v in (("ack", "2"), ("resolve", "10"))}  # fmt: skip
    data |= {"rules-open_for_detractors": "on"}
    data |= {f"budget-{r}_per_day": "20" for r in ("staff", "supervisor", "manager", "executive")}
    data |= {
        f"budget-{r}_monthly": "200.50" for r in ("staff", "supervisor", "manager", "executive")
    }
    data["budget-staff_per_day"] = "-1"
    client = client_for(owner_olga)
    refused = client.post("/recovery/settings/", data)
    assert refused.status_code == 400 and "cannot be negative" in refused.content.decode()
    assert not EmpowermentBudget.objects.exists()
    data["budget-staff_per_day"] = "35.5"
    assert client.post("/recovery/settings/", data).status_code == 302
    staff = EmpowermentBudget.objects.get(role="staff")
    assert (str(staff.per_customer_per_day), str(staff.monthly_cap)) == ("35.50", "200.50")
    assert world.org.recovery_settings.open_for_detractors is True


# API --------------------------------------------------------------------------------------


def test_the_api_lists_and_opens_cases(world, staff_sam, case):
    client = client_for(staff_sam)
    listed = client.get("/api/v1/recovery/cases").json()
    assert listed["count"] == 1 and listed["items"][0]["code"] == str(case.code)
    made = client.post(
        "/api/v1/recovery/cases",
        json.dumps(
            {"location": str(world.location_a.code), "summary": "Cold meal", "severity": "low"}
        ),
        content_type="application/json",
    )
    assert made.status_code == 201 and made.json()["status"] == "new"


def test_the_api_adds_events_and_actions(case, staff_sam, role_budgets):
    client = client_for(staff_sam)
    url = f"/api/v1/recovery/cases/{case.code}"
    note = client.post(
        url + "/events", json.dumps({"text": "Called back."}), content_type="application/json"
    )
    assert note.status_code == 201
    over = client.post(
        url + "/actions",
        json.dumps({"kind": "refund", "amount": "60.00"}),
        content_type="application/json",
    )
    assert over.status_code == 201 and over.json()["approval"] == "pending"
    assert "50.00 EUR per customer per day" in over.json()["approval_reason"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "refund", "amount": "-1"}, "amount"),
        ({"kind": "refund", "amount": "1.005"}, "amount"),
        ({"kind": "bribe", "amount": "1"}, "kind"),
        ({"kind": "refund", "amount": "1", "approval": "approved"}, "approval"),
    ],
)
def test_the_api_refuses_bad_actions_naming_the_field(body, field, case, staff_sam):
    response = client_for(staff_sam).post(
        f"/api/v1/recovery/cases/{case.code}/actions",
        json.dumps(body),
        content_type="application/json",
    )
    assert response.status_code == 422
    assert field in json.dumps(response.json())
    assert not RecoveryAction.objects.exists()


def test_the_api_answers_404_for_another_organisations_case(owner_olga, outsider_otto):
    foreign = new_case_of(outsider_otto)
    client = client_for(owner_olga)
    assert client.get(f"/api/v1/recovery/cases/{foreign.code}").status_code == 404
    response = client.post(
        f"/api/v1/recovery/cases/{foreign.code}/events",
        json.dumps({"text": "x"}),
        content_type="application/json",
    )
    assert response.status_code == 404


def test_the_schema_lists_the_recovery_paths(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for path in ("/api/v1/recovery/cases", "/api/v1/recovery/cases/{case_code}/events",
                 "/api/v1/recovery/cases/{case_code}/actions"):  # fmt: skip
        assert path in paths


def test_budget_use_page_shows_spending(case, staff_sam, manager_max, role_budgets):
    budgets.record_action(case, kind="discount", amount="12.50", by=staff_sam)
    html = client_for(manager_max).get("/recovery/budgets/").content.decode()
    assert "12.50 EUR" in html and "sam@example.test" in html


def test_the_approvals_queue_reads_a_page_in_a_fixed_number_of_queries(
    case, staff_sam, supervisor_sid, role_budgets
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queue() -> tuple[int, int]:
        with CaptureQueriesContext(connection) as queries:
            page = client_for(supervisor_sid).get("/recovery/approvals/").content.decode()
        return page.count("/decide/"), len(queries.captured_queries)

    def spend(amount: str) -> None:
        client_for(staff_sam).post(
            case.get_absolute_url() + "actions/", {"kind": "refund", "amount": amount}
        )

    spend("75.00")
    rows, queries = queue()
    assert rows == 1
    for _ in range(4):
        spend("60.00")
    assert queue() == (5, queries)  # five rows, the same queries as one
