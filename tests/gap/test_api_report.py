"""The executive report and the digest in the API: `/api/v1/gap/report` (its figures),
`/api/v1/gap/report/pdf` (the page's A4 PDF) and `/api/v1/gap/digest` (the schedule,
read and set as the owners' page does), against the hand-computed fixture."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from servicegap.core import tokens
from servicegap.core.models import Role
from servicegap.gap.models import DigestSchedule
from tests.api.checks import named
from tests.gap.conftest import SINCE, UNTIL
from tests.gap.factories import DigestDeliveryFactory, DigestScheduleFactory
from tests.standards.pdftext import contains
from tests.standards.test_pdf import needs_pango

PERIOD = {"since": SINCE.isoformat(), "until": UNTIL.isoformat()}
EMPTY = {"since": "2025-01-01", "until": "2025-01-31"}
LEADERS = {Role.OWNER, Role.EXECUTIVE}


def call(client, member, path, query_or_body=None, method="get"):
    _token, secret = tokens.create_token(member, "report")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    if method == "get":
        return client.get(f"/api/v1/gap{path}", query_or_body or {}, **auth)
    return client.put(
        f"/api/v1/gap{path}", json.dumps(query_or_body), content_type="application/json", **auth
    )


# The report's figures -------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_owners_and_executives_read_the_report(client, role, member_of_role, world):
    member = member_of_role(role)
    for path in ("/report", "/report/pdf"):
        response = call(client, member, path, EMPTY)
        if role in LEADERS:
            assert response.status_code in (200, 404)  # the PDF of an empty period: 404
        else:
            assert response.status_code == 403
            assert "owners and executives" in response.json()["detail"]


def test_the_headline_against_hand_computations(client, owner_olga, report_world):
    body = call(client, owner_olga, "/report", PERIOD).json()
    assert (body["since"], body["until"], body["has_data"]) == ("2026-09-01", "2026-11-30", True)
    assert (body["own_locations"], body["currency"]) == (False, "EUR")
    assert body["line"] == "We believe 100 · mystery shoppers see 55 · customers say 46"
    believed, observed, experienced = body["lenses"]
    # Believed: 7 self-assessments, all passed. Observed: A's 5 mystery shops, weight 1
    # passed in all and weight 3 in 2 → (5 + 3·2) / 20 = 55. Experienced: ratings 1, 2, 2,
    # 3, 2 at A and 5, 5 at B on 0–100: (0 + 25 + 25 + 50 + 25 + 100 + 100) / 7 = 46.43.
    assert (believed["now"]["value"], believed["now"]["n"]) == (pytest.approx(100), 7)
    assert (observed["now"]["value"], observed["now"]["n"]) == (pytest.approx(55), 5)
    assert experienced["now"]["value"] == pytest.approx(325 / 7)
    assert experienced["now"]["n"] == 7
    # July's one mystery shop, all passed: 100 before; too few to call it a change
    assert observed["before"]["value"] == pytest.approx(100)
    assert observed["change"]["real"] is False
    assert observed["change_text"] == "previous period 100: no real change"
    assert believed["change_text"] == "no data in the previous period"
    assert experienced["text"].startswith("46 (95% ") and experienced["text"].endswith(", n=7)")


def test_the_largest_gap_each_direct_report_and_the_save_list(
    client, world, owner_olga, manager_max, report_world, gap_world
):
    body = call(client, owner_olga, "/report", PERIOD).json()
    first = body["largest"][0]
    assert first["words"] == (
        "Location A · Bill · Process: we believe 100, shoppers see 55, customers say 25"
    )
    assert first["evidence"] == "on 5 self-assessments and 5 customer ratings; 0 recovery cases"
    assert (first["location"], first["step"], first["p"]) == (
        str(world.location_a.code), str(gap_world.bill.code), "process",
    )  # fmt: skip
    max_, rest = body["direct_reports"]
    assert (max_["label"], max_["manager"]) == ("max@example.test", str(manager_max.code))
    assert max_["locations"] == [{"code": str(world.location_a.code), "name": "Location A"}]
    # A: believed 100, customers 25 → a distance of 75 on A's 5 ratings
    assert (max_["distance"]["value"], max_["distance"]["n"]) == (pytest.approx(75), 5)
    # two cases at A, both open and overdue now; one acknowledged after 3 hours
    assert (max_["cases"], max_["open"], max_["overdue"], max_["acknowledged"]) == (2, 2, 2, 1)
    assert max_["ack_hours"] == 3.0
    assert (Decimal(max_["spent"]), Decimal(max_["value_saved"])) == (Decimal(25), Decimal(150))
    assert [line["location_name"] for line in max_["lines"]] == ["Location A"]
    assert (rest["label"], rest["manager"]) == ("No manager", None)
    assert rest["distance_text"] == "too few: 0, n=2"
    assert (rest["cases"], rest["open"], rest["ack_hours"]) == (1, 1, None)
    save = body["save_list"]
    assert (save["on_list"], Decimal(save["value_at_risk"])) == (1, Decimal(150))
    assert (save["saved"], save["lost"], Decimal(save["saved_value"])) == (1, 0, Decimal(150))
    assert (body["cases"], Decimal(body["spent"]), Decimal(body["value_saved"])) == (
        3, Decimal(25), Decimal(150),
    )  # fmt: skip
    assert body["retention"]["unrecovered"] == {"cases": 0, "retained": 0, "rate": None}
    assert (body["to_the_top"]["period"], body["to_the_top"]["cases"]) == (0, [])
    assert body["ideas"] == []


def test_another_organisation_s_owner_gets_only_their_own(client, outsider_otto, report_world):
    body = call(client, outsider_otto, "/report", PERIOD).json()
    assert body["has_data"] is False
    assert "Location A" not in json.dumps(body)


def test_the_default_period_is_the_digest_s_latest_week(client, owner_olga, report_world):
    body = call(client, owner_olga, "/report").json()
    today = timezone.localdate(timezone.now(), report_world.org.tz)
    assert (body["since"], body["until"]) == (
        (today - timedelta(days=7)).isoformat(), (today - timedelta(days=1)).isoformat(),
    )  # fmt: skip
    # one bound alone keeps the default length (7 days)
    alone = call(client, owner_olga, "/report", {"since": "2026-10-01"}).json()
    assert (alone["since"], alone["until"]) == ("2026-10-01", "2026-10-07")


@pytest.mark.parametrize("path", ["/report", "/report/pdf"])
def test_an_end_before_the_start_is_a_422_naming_until(client, owner_olga, path):
    response = call(client, owner_olga, path, {"since": "2026-10-01", "until": "2026-09-01"})
    assert named(response, "until")
    assert response.json()["detail"][0]["loc"] == ["query", "until"]
    assert named(call(client, owner_olga, path, {"since": "1899-12-31"}), "since")


def test_a_period_with_no_data_has_no_pdf(client, owner_olga, report_world):
    response = call(client, owner_olga, "/report/pdf", EMPTY)
    assert response.status_code == 404
    assert "nothing to report for this period" in response.json()["detail"]


@needs_pango
def test_the_pdf_is_the_page_s(client, owner_olga, report_world):
    response = call(client, owner_olga, "/report/pdf", PERIOD)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="report-sunny-2026-09-01-2026-11-30.pdf"'
    )
    pdf = response.content
    assert pdf.startswith(b"%PDF")
    for text in ("We believe 100 · mystery shoppers see 55 · customers say 46",
                 "max@example.test", "No manager"):  # fmt: skip
        assert contains(pdf, text), text


def test_the_schema_documents_the_pdf(client):
    schema = client.get("/api/v1/openapi.json").json()
    answers = schema["paths"]["/api/v1/gap/report/pdf"]["get"]["responses"]
    assert "application/pdf" in answers["200"]["content"]
    assert {"403", "404", "422", "503"} <= set(answers)


# The digest -----------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_only_owners_read_and_set_the_digest(client, role, member_of_role, world):
    member = member_of_role(role)
    read = call(client, member, "/digest")
    body = {"frequency": "monthly", "weekday": 0, "day_of_month": 3, "hour": 8}
    written = call(client, member, "/digest", body, method="put")
    if role == Role.OWNER:
        assert (read.status_code, written.status_code) == (200, 200)
    else:
        assert (read.status_code, written.status_code) == (403, 403)
        assert not DigestSchedule.objects.exists()


def test_the_default_schedule_as_the_page_shows_it(client, world, owner_olga, executive_erin):
    DigestDeliveryFactory(organization=world.org, user=owner_olga.user, error="")
    DigestDeliveryFactory(organization=DigestScheduleFactory().organization)  # elsewhere
    body = call(client, owner_olga, "/digest").json()
    assert (body["saved"], body["frequency"], body["weekday"], body["day_of_month"]) == (
        False, "weekly", 0, 1,
    )  # fmt: skip
    assert (body["hour"], body["recipients"]) == (7, [])
    assert body["default_recipients"] == ["erin@example.test", "olga@example.test"]
    today = timezone.localdate(timezone.now(), world.org.tz)
    assert body["next_period"] == {
        "since": (today - timedelta(days=7)).isoformat(),
        "until": (today - timedelta(days=1)).isoformat(),
    }
    (delivery,) = body["deliveries"]
    assert (delivery["email"], delivery["status"], delivery["since"]) == (
        "olga@example.test", "sent", "2026-11-23",
    )  # fmt: skip


def test_the_owner_sets_a_monthly_digest_for_chosen_people(client, world, owner_olga, manager_max):
    body = {"frequency": "monthly", "weekday": 2, "day_of_month": 3, "hour": 8,
            "recipients": [str(manager_max.code), str(owner_olga.code)]}  # fmt: skip
    response = call(client, owner_olga, "/digest", body, method="put")
    assert response.status_code == 200
    got = response.json()
    assert (got["saved"], got["frequency"], got["day_of_month"], got["hour"]) == (
        True, "monthly", 3, 8,
    )  # fmt: skip
    assert got["recipients"] == [
        {"member": str(manager_max.code), "email": "max@example.test"},
        {"member": str(owner_olga.code), "email": "olga@example.test"},
    ]
    schedule = DigestSchedule.objects.get(organization=world.org)
    assert (schedule.frequency, schedule.weekday, schedule.day_of_month, schedule.hour) == (
        "monthly", 2, 3, 8,
    )  # fmt: skip
    assert {u.email for u in schedule.recipients.all()} == {"max@example.test", "olga@example.test"}
    # monthly: the calendar month before today
    today = timezone.localdate(timezone.now(), world.org.tz)
    last = today.replace(day=1) - timedelta(days=1)
    assert got["next_period"] == {"since": last.replace(day=1).isoformat(),
                                  "until": last.isoformat()}  # fmt: skip
    # Again with nobody chosen: back to every owner and executive
    again = call(client, owner_olga, "/digest", {**body, "recipients": []}, method="put")
    assert again.json()["recipients"] == []
    assert schedule.recipients.count() == 0


@pytest.mark.parametrize(
    ("change", "field"),
    [({"hour": 24}, "hour"), ({"hour": False}, "hour"), ({"weekday": "1"}, "weekday"), ({"day_of_month": 29}, "day_of_month"), ({"weekday": 7}, "weekday"),
     ({"frequency": "daily"}, "frequency"), ({"colour": "red"}, "colour")],
)  # fmt: skip
def test_bad_settings_are_a_422_naming_the_field_and_nothing_is_stored(
    client, owner_olga, change, field
):
    body = {"frequency": "weekly", "weekday": 0, "day_of_month": 1, "hour": 7, **change}
    assert named(call(client, owner_olga, "/digest", body, method="put"), field)
    assert not DigestSchedule.objects.exists()


def test_recipients_must_be_leaders_or_managers_of_the_organisation(
    client, world, owner_olga, staff_sam, outsider_otto
):
    DigestScheduleFactory(organization=world.org, frequency="off")
    base = {"frequency": "weekly", "weekday": 0, "day_of_month": 1, "hour": 7}
    for who in (staff_sam, outsider_otto):
        response = call(client, owner_olga, "/digest",
                        {**base, "recipients": [str(who.code)]}, method="put")  # fmt: skip
        assert named(response, "recipients")
    schedule = DigestSchedule.objects.get(organization=world.org)
    assert (schedule.frequency, schedule.recipients.count()) == ("off", 0)
