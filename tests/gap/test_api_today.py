"""GET /api/v1/gap/today: each role's Today, as the page lists it.

The clock stands at Wednesday 11 March 2026, 10:00 UTC: 11:00 in the organisation's time
zone (Europe/Paris, UTC+1 until the end of March), so every time shown is an hour later
than the UTC one it stands for. "New" is since a week ago (4 March, 10:00 UTC) unless the
caller says otherwise.
"""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine

from servicegap.audits.models import Audit, Dispute, Kind
from servicegap.core.models import Role
from servicegap.customers.models import Customer
from servicegap.feedback.models import Response
from servicegap.recovery.models import Case, RecoveryAction
from tests.audits.factories import AssignmentFactory, AuditFactory, DisputeFactory
from tests.customers.factories import AlertFactory, CustomerFactory
from tests.feedback.factories import ResponseFactory
from tests.gap.test_api import bearer
from tests.people.factories import CoachingNoteFactory
from tests.recovery.factories import CaseFactory, RecoveryActionFactory
from tests.textlens.factories import CommentAnalysisFactory

URL = "/api/v1/gap/today"
# A Wednesday; in the organisation's time zone (Europe/Paris, UTC+1 in March) 11:00.
NOW = datetime(2026, 3, 11, 10, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def work(clock, world, owner_olga, manager_max, staff_sam, supervisor_sid, shopper_sue):
    """Something for every role at Location A, and at Location B for leaders only."""
    org, a, b = world.org, world.location_a, world.location_b
    late = NOW - timedelta(days=5)
    soup = CaseFactory(
        organization=org, location=a, summary="Cold soup, nobody called", opened_at=late,
        ack_due_at=late + timedelta(hours=4), resolve_due_at=late + timedelta(hours=72),
    )  # fmt: skip
    CaseFactory(organization=org, location=b, summary="Far away case", opened_at=late,
                ack_due_at=late + timedelta(hours=1), resolve_due_at=late + timedelta(hours=2))  # fmt: skip
    CaseFactory(organization=org, location=a, summary="Sam's own case", assignee=staff_sam)
    CaseFactory(organization=org, location=a, summary="Sid's own case", assignee=supervisor_sid)
    CaseFactory(organization=org, location=a, summary="Wrote to the chief", to_the_top=True,
                assignee=manager_max)  # fmt: skip
    RecoveryActionFactory(organization=org, case=soup, by=staff_sam)
    DisputeFactory(organization=org, answer__audit__location=a, answer__location=a,
                   answer__behaviour_text="The host greets the guest within a minute.")  # fmt: skip
    unhappy = ResponseFactory(organization=org, link__location=a, nps=2, process=1,
                              comment="Waited an hour for the bill.",
                              submitted_at=NOW - timedelta(hours=1))  # fmt: skip
    CommentAnalysisFactory(organization=org, response=unhappy, churn_signal=True)
    AlertFactory(organization=org,
                 customer=CustomerFactory(organization=org, external_id="SAVE-ME", home_location=a))  # fmt: skip
    AuditFactory(organization=org, location=a, status=Audit.Status.SUBMITTED, submitted_at=NOW,
                 kind=Kind.SELF_ASSESSMENT)  # fmt: skip
    AssignmentFactory(organization=org, location=a, shopper=shopper_sue, template__name="Dinner",
                      window_start=date(2026, 3, 2), window_end=date(2026, 3, 9))  # fmt: skip
    AssignmentFactory(organization=org, location=b, shopper=shopper_sue, template__name="Lunch",
                      window_start=date(2026, 3, 11), window_end=date(2026, 3, 16))  # fmt: skip
    CoachingNoteFactory(organization=org, employee__location=a, employee__user=staff_sam.user,
                        author=supervisor_sid.user)  # fmt: skip
    return world


def get(client, member, **query):
    response = client.get(URL, query, **bearer(member))
    assert response.status_code == 200, response.content
    return response.json()


def sections(body) -> dict:
    return {section["key"]: section for section in body["sections"]}


def items(body, key) -> list[tuple]:
    return [(i["label"], i["detail"]) for i in sections(body)[key]["items"]]


def totals(body) -> dict[str, int]:
    return {section["key"]: section["total"] for section in body["sections"]}


def case_url(summary: str) -> str:
    return f"/recovery/cases/{Case.objects.get(summary=summary).code}/"


def test_the_schema_lists_the_today_path(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert URL in schema["paths"]
    assert "TodayOut" in schema["components"]["schemas"]


def test_the_owner_gets_every_list_of_the_page(client, owner_olga, work):
    body = get(client, owner_olga)
    assert body["since"] == "2026-03-04T10:00:00Z"
    assert body["has_work"] is True
    assert totals(body) == {
        "to_the_top": 1, "overdue": 2, "approvals": 1, "disputes": 1, "detractors": 1,
        "churn": 1, "save_list": 1,
    }  # fmt: skip
    found = sections(body)
    assert found["overdue"]["title"] == "Overdue and escalated cases"
    assert found["overdue"]["link"] == "/recovery/?overdue=on"
    assert found["overdue"]["more"] == 0
    # Case due times: 6 March 12:00 UTC and 9 March 10:00 UTC, shown in Paris time.
    assert items(body, "overdue") == [
        ("Far away case", "Location B · New · due 6 Mar, 13:00"),
        ("Cold soup, nobody called", "Location A · New · due 9 Mar, 11:00"),
    ]
    (soup,) = [i for i in found["overdue"]["items"] if i["label"].startswith("Cold soup")]
    assert soup["code"] == str(Case.objects.get(summary="Cold soup, nobody called").code)
    assert soup["url"] == case_url("Cold soup, nobody called")
    assert items(body, "to_the_top") == [
        ("Wrote to the chief",
         "wrote to the top · to acknowledge · Location A · New · due 14 Mar, 11:00"),
    ]  # fmt: skip
    (gesture,) = found["approvals"]["items"]
    assert (gesture["label"], gesture["detail"]) == (
        "Cold soup, nobody called", "Discount · 10.00 EUR · Location A",
    )  # fmt: skip
    assert gesture["code"] == str(RecoveryAction.objects.get().code)
    assert gesture["url"] == case_url("Cold soup, nobody called")
    (dispute,) = found["disputes"]["items"]
    assert (dispute["label"], dispute["detail"]) == (
        "The host greets the guest within a minute.", "Location A · raised 11 Mar",
    )  # fmt: skip
    assert dispute["url"] == f"/audits/{Dispute.objects.get().answer.audit.code}/"
    response = Response.objects.get(comment="Waited an hour for the bill.")
    (detractor,) = found["detractors"]["items"]
    assert detractor == {
        "code": str(response.code),
        "label": "Would recommend: 2/10",
        "detail": "Location A · 11 Mar, 10:00 · “Waited an hour for the bill.”",
        "url": f"/feedback/responses/{response.code}/",
    }
    assert items(body, "churn") == [("“Waited an hour for the bill.”", "Location A · 11 Mar")]
    assert found["churn"]["items"][0]["url"] == f"/feedback/responses/{response.code}/"
    (alert,) = found["save_list"]["items"]
    customer = Customer.objects.get(external_id="SAVE-ME")
    assert (alert["label"], alert["detail"]) == ("SAVE-ME", "150 EUR at risk · Drifting away")
    assert alert["url"] == customer.get_absolute_url()


def test_leaders_get_the_headline_and_the_others_none(client, work, member_of_role):
    for role in (Role.OWNER, Role.EXECUTIVE, Role.MANAGER):
        headline = get(client, member_of_role(role))["headline"]
        # One customer answer (Process 1 → 0 on 0–100) in the 90 days; nothing else.
        assert headline["line"] == (
            "We believe no data · mystery shoppers see no data · customers say 0"
        )
        assert [c["label"] for c in headline["changes"]] == [
            "We believe", "Shoppers and supervisors see", "Customers say",
        ]  # fmt: skip
        says = headline["changes"][2]
        assert (says["now"]["value"], says["now"]["n"], says["before"]["n"]) == (0, 1, 0)
        assert headline["largest"] == []
    for role in (Role.SUPERVISOR, Role.STAFF, Role.SHOPPER):
        assert get(client, member_of_role(role))["headline"] is None


def test_an_executive_resolves_only_the_disputes_of_their_own_audits(client, executive_erin, work):
    body = get(client, executive_erin)
    assert totals(body)["disputes"] == 0
    assert totals(body)["overdue"] == 2


def test_a_manager_gets_their_locations_audits_to_review_and_late_shops(client, manager_max, work):
    body = get(client, manager_max)
    assert totals(body) == {
        "to_the_top": 1, "overdue": 1, "approvals": 1, "disputes": 0, "detractors": 1,
        "churn": 1, "save_list": 1, "review": 1, "late_assignments": 1,
        "coaching_follow_up": 0, "to_grade": 0,
    }  # fmt: skip
    assert items(body, "overdue") == [
        ("Cold soup, nobody called", "Location A · New · due 9 Mar, 11:00")
    ]
    assert items(body, "review") == [("Location A · Self-assessment", "submitted 11 Mar")]
    assert items(body, "late_assignments") == [("Location A · sue@example.test", "due by 9 Mar")]
    audit = Audit.objects.get(status=Audit.Status.SUBMITTED, kind=Kind.SELF_ASSESSMENT)
    assert sections(body)["review"]["items"][0]["url"] == f"/audits/{audit.code}/"


def test_a_supervisor_gets_their_cases_observations_due_and_low_ratings(
    client, world, supervisor_sid, work
):
    body = get(client, supervisor_sid)
    assert totals(body) == {
        "to_the_top": 0, "mine": 1, "overdue": 1, "observations": 1, "low": 1,
        "coaching_follow_up": 0, "to_grade": 0,
    }  # fmt: skip
    assert items(body, "mine") == [("Sid's own case", "Location A · New · due 14 Mar, 11:00")]
    assert items(body, "low") == [("Location A · 11 Mar, 10:00", "“Waited an hour for the bill.”")]
    (due,) = sections(body)["observations"]["items"]
    code = world.location_a.code
    assert due == {
        "code": str(code),
        "label": "Location A",
        "detail": "no observation yet this week",
        "url": f"/audits/new/?kind=observation&location={code}",
    }


def test_staff_get_their_cases_and_the_people_apps_lists(client, staff_sam, work):
    body = get(client, staff_sam)
    assert totals(body) == {"to_the_top": 0, "mine": 1, "coaching": 1, "tests": 0}
    assert items(body, "mine") == [("Sam's own case", "Location A · New · due 14 Mar, 11:00")]
    (note,) = sections(body)["coaching"]["items"]
    assert note["code"] is None  # another app's row carries its own link
    assert note["detail"] == "from sid@example.test, 11 Mar · not yet acknowledged"
    assert note["url"].startswith("/people/")


def test_a_shopper_gets_their_shops_nearest_due_first(client, shopper_sue, work):
    body = get(client, shopper_sue)
    assert totals(body) == {"assignments": 2}
    assert items(body, "assignments") == [
        ("Location A", "Dinner · 2 Mar to 9 Mar"),
        ("Location B", "Lunch · 11 Mar to 16 Mar"),
    ]
    assert sections(body)["assignments"]["link"] == ""


def test_new_means_since_the_time_given(client, owner_olga, supervisor_sid, work):
    body = get(client, owner_olga, since="2026-03-11T09:30:00Z")
    assert body["since"] == "2026-03-11T09:30:00Z"
    assert (totals(body)["detractors"], totals(body)["churn"]) == (0, 0)
    assert totals(body)["overdue"] == 2  # not a "new" list
    # The same moment in another time zone; the response came at 9:00 UTC.
    body = get(client, supervisor_sid, since="2026-03-11T09:59:00+01:00")
    assert totals(body)["low"] == 1


def test_the_first_five_and_how_many_more(client, world, owner_olga, work):
    for hours in range(2, 8):
        ResponseFactory(organization=world.org, link__location=world.location_b, nps=0,
                        submitted_at=NOW - timedelta(hours=hours))  # fmt: skip
    found = sections(get(client, owner_olga))["detractors"]
    assert (found["total"], len(found["items"]), found["more"]) == (7, 5, 2)
    assert found["items"][0]["label"] == "Would recommend: 2/10"  # newest first


@pytest.mark.parametrize("role", list(Role))
def test_a_role_with_nothing_to_do_is_told_so(client, clock, role, member_of_role):
    body = get(client, member_of_role(role))
    if role == Role.SUPERVISOR:  # no observation at Location A this week yet
        assert {k: t for k, t in totals(body).items() if t} == {"observations": 1}
        return
    assert body["has_work"] is False
    assert all(section["items"] == [] for section in body["sections"])


def test_another_organisations_work_is_never_listed(client, outsider_otto, work):
    body = get(client, outsider_otto)
    assert body["has_work"] is False
    assert "Cold soup" not in str(body)


def test_an_owner_never_gets_another_organisations_work(client, owner_olga, outsider_otto, work):
    org = outsider_otto.organization
    late = NOW - timedelta(days=5)
    CaseFactory(organization=org, summary="Elsewhere case", opened_at=late,
                ack_due_at=late, resolve_due_at=late, to_the_top=True)  # fmt: skip
    ResponseFactory(organization=org, nps=0, submitted_at=NOW - timedelta(hours=1))
    AlertFactory(organization=org)
    assert totals(get(client, owner_olga)) == {
        "to_the_top": 1, "overdue": 2, "approvals": 1, "disputes": 1, "detractors": 1,
        "churn": 1, "save_list": 1,
    }  # fmt: skip


def test_anonymous_callers_are_refused(client):
    assert client.get(URL).status_code == 401


@pytest.mark.parametrize(
    "since",
    [
        "yesterday",
        "1700000000",
        "2026-03-04T10:00:00",  # no time zone
        "1899-12-31T23:00:00Z",
        "2026-03-11T10:01:00Z",  # after now
    ],
)
def test_a_bad_since_is_a_422_naming_it(client, owner_olga, work, since):
    response = client.get(URL, {"since": since}, **bearer(owner_olga))
    assert response.status_code == 422
    assert [error["loc"] for error in response.json()["detail"]] == [["query", "since"]]
