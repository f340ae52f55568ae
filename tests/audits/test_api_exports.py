"""The audit list's CSV downloads in the API (`GET /audits/export/audits.csv` and
`/answers.csv`): the page's columns and filters, for supervisors and above, text that
a spreadsheet would run as a formula prefixed with a quote."""

from __future__ import annotations

import csv
import io

import pytest

from servicegap.audits import exports, workflow
from servicegap.audits.models import Kind
from servicegap.core.models import Role
from tests.api.checks import named
from tests.audits.api_calls import api
from tests.audits.conftest import answer_all

SUPERVISORS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR}


@pytest.fixture
def audits(world, template, supervisor_sid, owner_olga):
    here = workflow.start_audit(
        kind=Kind.OBSERVATION, location=world.location_a, template=template, by=supervisor_sid
    )
    answer_all(here, {"The guest": "pass", "Staff": "fail", "The phone": "pass", "The bill": "na"})
    smile = here.answers.select_related("audit").get(behaviour_text="Staff smile.")
    workflow.save_answer(smile, result="fail", note='=HYPERLINK("http://evil")')
    workflow.submit_audit(here, by=supervisor_sid.user)
    there = workflow.start_audit(
        kind=Kind.OBSERVATION, location=world.location_b, template=template, by=owner_olga
    )
    answer_all(there, {"The": "pass", "Staff": "pass"})
    workflow.submit_audit(there, by=owner_olga.user)
    here.refresh_from_db()
    there.refresh_from_db()
    return here, there


def rows(response) -> list[list[str]]:
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize("role", list(Role))
def test_supervisors_and_above_export_the_audits_they_see(
    client, role, member_of_role, world, audits
):
    here, there = audits
    member = member_of_role(role)
    response = api(client, member, "get", "/export/audits.csv")
    if role not in SUPERVISORS:
        assert response.status_code == 403
        return
    assert 'attachment; filename="audits-' in response["Content-Disposition"]
    table = rows(response)
    assert table[0] == exports.AUDIT_HEADER
    by_code = {row[0]: dict(zip(table[0], row, strict=True)) for row in table[1:]}
    # The manager and the supervisor look after Location A only.
    expected = (
        {str(here.code)}
        if role in (Role.MANAGER, Role.SUPERVISOR)
        else {
            str(here.code),
            str(there.code),
        }
    )
    assert set(by_code) == expected
    row = by_code[str(here.code)]
    # greet 3 + rings 4 passed of 3 + 2 + 4 applicable (bill n/a) = 7 / 9 = 77.78
    assert (row["location"], row["kind"], row["status"], row["score"]) == (
        "Location A",
        "observation",
        "submitted",
        "77.78",
    )
    assert (row["passed"], row["failed"], row["not_applicable"]) == ("2", "1", "1")
    assert (row["passed_weight"], row["applicable_weight"], row["capped"]) == ("7", "9", "no")
    assert row["performed_by"] == "sid@example.test"


def test_the_answers_export_neutralises_formulas_and_follows_the_filters(
    client, world, audits, owner_olga
):
    here, _there = audits
    query = {"location": str(world.location_a.code), "result": "fail"}
    table = rows(api(client, owner_olga, "get", "/export/answers.csv", query=query))
    assert table[0] == exports.ANSWER_HEADER
    assert len(table) == 2  # only the failed smile at Location A
    row = dict(zip(table[0], table[1], strict=True))
    assert (row["audit"], row["behaviour"], row["result"], row["weight"]) == (
        str(here.code),
        "Staff smile.",
        "fail",
        "2",
    )
    assert row["note"] == '\'=HYPERLINK("http://evil")'
    everything = rows(api(client, owner_olga, "get", "/export/answers.csv"))
    assert len(everything) == 1 + 4 + 4  # both audits' four answers
    rings = next(r for r in everything if r[6].startswith("The phone") and r[0] == str(here.code))
    assert rings[12] == "at most 3 rings"


def test_the_audit_export_filters_by_what_answers_say(client, audits, owner_olga, card):
    here, there = audits
    query = {"behaviour": str(card.bill.code), "result": "fail"}
    assert rows(api(client, owner_olga, "get", "/export/audits.csv", query=query))[1:] == []
    query["result"] = "pass"
    table = rows(api(client, owner_olga, "get", "/export/audits.csv", query=query))
    assert [row[0] for row in table[1:]] == [str(there.code)]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"since": "2026-05-10", "until": "2026-05-01"}, "until"),
        ({"since": "10/05/2026"}, "since"),
        ({"kind": "survey"}, "kind"),
        ({"behaviour": "foreign"}, "behaviour"),
        ({"step": "not-a-code"}, "step"),
    ],
)
def test_a_bad_filter_is_a_422_naming_it(client, owner_olga, outsider_otto, query, field):
    if query.get("behaviour") == "foreign":
        from tests.standards.factories import BehaviourFactory

        query = {"behaviour": str(BehaviourFactory(organization=outsider_otto.organization).code)}
    for path in ("/export/audits.csv", "/export/answers.csv"):
        assert named(api(client, owner_olga, "get", path, query=query), field)


def test_a_location_out_of_scope_or_of_another_organisation_is_a_404(
    client, world, manager_max, outsider_otto, audits
):
    for member, location in ((manager_max, world.location_b), (outsider_otto, world.location_a)):
        query = {"location": str(location.code)}
        assert api(client, member, "get", "/export/audits.csv", query=query).status_code == 404


def test_the_schema_documents_the_csv(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for name in ("audits", "answers"):
        operation = paths[f"/api/v1/audits/export/{name}.csv"]["get"]
        assert "text/csv" in operation["responses"]["200"]["content"]
