"""The audit list filtered by what the answers say, in words, and the location report's
"failed 8 of 21 audits" leading to exactly those audits."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from servicegap.audits import workflow
from servicegap.audits.models import Audit, Kind
from servicegap.core.models import Role
from tests.audits.conftest import answer_all, start_shop
from tests.audits.factories import AssignmentFactory, AuditAnswerFactory, AuditFactory
from tests.conftest import client_for
from tests.standards.factories import BehaviourFactory

LIST = reverse("audits:list")
ALL_PASS = {"The": "pass", "Staff": "pass"}
SMILE_FAILS = {"The": "pass", "Staff": "fail"}


def shop(world, template, shopper, results, *, location=None, days_ago=0, submit=True) -> Audit:
    assignment = AssignmentFactory(
        organization=world.org,
        location=location or world.location_a,
        template=template,
        shopper=shopper,
    )
    audit = start_shop(assignment, shopper, performed_at=timezone.now() - timedelta(days=days_ago))
    answer_all(audit, results)
    if submit:
        workflow.submit_audit(audit, by=shopper.user)
    return audit


def own_audit(world, template, member, kind, results, *, location=None) -> Audit:
    audit = workflow.start_audit(
        kind=kind, location=location or world.location_a, template=template, by=member
    )
    answer_all(audit, results)
    workflow.submit_audit(audit, by=member.user)
    return audit


@pytest.fixture
def story(world, template, shopper_sue, staff_sam, supervisor_sid, manager_max):
    """At Location A: three mystery shops and an observation where the smile failed (the
    four the report counts), beside audits the report leaves out: a shop where it
    passed, a self-assessment and a shop at Location B where it failed, a draft where
    it failed, and a shop before the report's six months where it failed."""
    failing = [
        shop(world, template, shopper_sue, SMILE_FAILS, days_ago=days) for days in (1, 20, 40)
    ]
    failing.append(own_audit(world, template, supervisor_sid, Kind.OBSERVATION, SMILE_FAILS))
    passing = shop(world, template, shopper_sue, ALL_PASS, days_ago=5)
    believed = own_audit(world, template, staff_sam, Kind.SELF_ASSESSMENT, SMILE_FAILS)
    at_b = shop(world, template, shopper_sue, SMILE_FAILS, location=world.location_b)
    draft = shop(world, template, shopper_sue, SMILE_FAILS, submit=False)
    old = shop(world, template, shopper_sue, SMILE_FAILS, days_ago=400)
    return {
        "failing": failing,
        "passing": passing,
        "believed": believed,
        "at_b": at_b,
        "draft": draft,
        "old": old,
    }


def listed(response) -> set[Audit]:
    return set(response.context["page"].object_list)


def read_csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


# The report's link ----------------------------------------------------------------------


def test_failed_n_of_m_in_the_report_links_to_exactly_those_audits(world, card, story, manager_max):
    client = client_for(manager_max)
    report = client.get(reverse("audits:location-report", args=[world.location_a.code]))
    smile = next(r for r in report.context["r"]["failures"] if r["behaviour_id"] == card.smile.pk)
    assert (smile["failed"], smile["audits"]) == (4, 5)
    assert "failed 4 of 5 audits" in report.text
    assert f'href="{smile["failed_url"].replace("&", "&amp;")}"' in report.text

    response = client.get(smile["failed_url"])
    assert response.status_code == 200
    assert listed(response) == set(story["failing"])
    assert response.context["page"].paginator.count == smile["failed"]
    first_day = report.context["r"]["since"]
    assert (
        f"4 audits (mystery shops and observations) of Location A where "
        f"“Staff smile.” failed, since {first_day:%-d %b %Y}"
    ) in response.text


def test_the_link_keeps_the_reports_period(world, card, story, manager_max):
    client = client_for(manager_max)
    url = reverse("audits:location-report", args=[world.location_a.code])
    report = client.get(url, {"months": "24"})
    smile = next(r for r in report.context["r"]["failures"] if r["behaviour_id"] == card.smile.pk)
    assert smile["failed"] == 5  # the shop of 400 days ago is in this period
    response = client.get(smile["failed_url"])
    assert listed(response) == {*story["failing"], story["old"]}


# Each filter ------------------------------------------------------------------------------


def test_result_fail_without_a_behaviour_lists_audits_with_any_failure(world, story, owner_olga):
    response = client_for(owner_olga).get(
        LIST, {"result": "fail", "location": world.location_a.code}
    )
    # The draft's failure is not counted yet.
    assert listed(response) == {*story["failing"], story["believed"], story["old"]}
    assert "where a behaviour failed" in response.text


def test_a_behaviour_without_a_result_lists_the_audits_that_checked_it(
    world, card, story, owner_olga
):
    other = BehaviourFactory(organization=world.org, text="The table is clean.")
    AuditAnswerFactory(organization=world.org, behaviour=other, audit__location=world.location_a)
    response = client_for(owner_olga).get(LIST, {"behaviour": other.code})
    assert len(listed(response)) == 1
    assert "1 audit that checked “The table is clean.”" in response.text
    everything = client_for(owner_olga).get(LIST, {"behaviour": card.smile.code})
    assert story["draft"] in listed(everything) and story["passing"] in listed(everything)


def test_step_and_p_choose_audits_by_the_same_answer(world, card, story, owner_olga):
    client = client_for(owner_olga)
    step = card.smile.standard.step
    failed_greeting = client.get(LIST, {"step": step.code, "p": "people", "result": "fail"})
    assert story["passing"] not in listed(failed_greeting)
    assert set(story["failing"]) <= listed(failed_greeting)
    assert "where a behaviour of Greeting · People failed" in failed_greeting.text
    # Greeting is a People step: no Process answer of it fails, or exists.
    assert not listed(client.get(LIST, {"step": step.code, "p": "process"}))
    payment = card.bill.standard.step
    assert not listed(client.get(LIST, {"step": payment.code, "result": "fail"}))


def test_the_lens_and_the_period_filter_audits(world, story, owner_olga):
    client = client_for(owner_olga)
    believed = client.get(LIST, {"lens": "believed"})
    assert listed(believed) == {story["believed"]}
    assert "1 audit (self-assessments)" in believed.text
    shops = client.get(LIST, {"lens": "observed", "kind": "mystery_shop", "result": "fail"})
    assert listed(shops) == {*story["failing"][:3], story["at_b"], story["old"]}
    assert "5 audits (mystery shops and observations; mystery shops) where a behaviour failed" in (
        shops.text
    )
    today = timezone.localdate(timezone=world.org.tz)
    recent = client.get(LIST, {"since": (today - timedelta(days=30)).isoformat(),
                               "until": today.isoformat()})  # fmt: skip
    assert story["old"] not in listed(recent) and story["failing"][2] not in listed(recent)
    assert story["failing"][0] in listed(recent)
    old_only = client.get(LIST, {"until": (today - timedelta(days=300)).isoformat()})
    assert listed(old_only) == {story["old"]}
    assert "until " in old_only.text


def test_until_includes_its_whole_day_in_the_organisations_time_zone(world, owner_olga):
    world.org.time_zone = "Pacific/Auckland"
    world.org.save()
    tz = world.org.tz
    # 10:30 and 11:30 UTC on 30 September: the last and the first hour of two local days.
    late = AuditFactory(organization=world.org, location=world.location_a,
                        performed_at=datetime(2026, 9, 30, 23, 30, tzinfo=tz))  # fmt: skip
    early = AuditFactory(organization=world.org, location=world.location_a,
                         performed_at=datetime(2026, 10, 1, 0, 30, tzinfo=tz))  # fmt: skip
    client = client_for(owner_olga)
    assert listed(client.get(LIST, {"until": "2026-09-30"})) == {late}
    assert listed(client.get(LIST, {"since": "2026-10-01"})) == {early}
    both = client.get(LIST, {"since": "2026-09-30", "until": "2026-10-01"})
    assert listed(both) == {late, early}
    assert "2 audits, 30 Sep – 1 Oct 2026" in both.text


def test_the_filters_stay_in_the_pagers_links(world, template, shopper_sue, owner_olga):
    for _n in range(51):
        AuditAnswerFactory(organization=world.org, audit__location=world.location_a,
                           audit__status=Audit.Status.SUBMITTED, is_counted=True,
                           result="fail")  # fmt: skip
    response = client_for(owner_olga).get(LIST, {"result": "fail", "p": "people"})
    assert response.context["page"].paginator.count == 51
    assert "?result=fail&amp;p=people&amp;page=2" in response.text
    assert "51 audits where a behaviour of People failed" in response.text


def test_the_exports_follow_the_same_filters(world, card, story, owner_olga):
    client = client_for(owner_olga)
    query = {"behaviour": card.smile.code, "result": "fail", "lens": "observed",
             "location": world.location_a.code}  # fmt: skip
    audits = read_csv(client.get(reverse("audits:export-audits"), query))
    expected = {*story["failing"], story["old"]}
    assert {row[0] for row in audits[1:]} == {str(audit.code) for audit in expected}
    answers = read_csv(client.get(reverse("audits:export-answers"), query))
    header = answers[0]
    assert len(answers) == 1 + len(expected)  # the failed smile of each, no other answer
    assert {(row[header.index("behaviour")], row[header.index("result")])
            for row in answers[1:]} == {("Staff smile.", "fail")}  # fmt: skip
    refused = client.get(reverse("audits:export-answers"), {"behaviour": "nope"})
    assert refused.status_code == 400 and refused.content.decode().startswith("Cannot export")


# Bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("behaviour", "not-a-uuid"),
        ("behaviour", "9b2f1d0c-0000-4000-8000-000000000000"),
        ("step", "12"),
        ("p", "price"),
        ("result", "failed"),
        ("lens", "felt"),
        ("since", "2026-02-30"),
        ("until", "9999-12-31"),
        ("since", "1899-12-31"),
    ],
)
def test_a_bad_value_is_a_form_error_naming_the_field(world, owner_olga, field, value):
    response = client_for(owner_olga).get(LIST, {field: value})
    assert response.status_code == 200
    assert field in response.context["form"].errors
    label = response.context["form"].fields[field].label
    assert f"{label}: " in response.text and "(not applied)" in response.text


def test_an_end_before_the_start_names_the_end(world, story, owner_olga):
    response = client_for(owner_olga).get(
        LIST, {"since": "2026-09-01", "until": "2026-08-01", "result": "fail"}
    )
    assert "until" in response.context["form"].errors
    assert "Until: The period must end on or after its first day." in response.text
    # The valid filters still hold, and the sentence names only them.
    assert story["passing"] not in listed(response)
    assert "where a behaviour failed, since 1 Sep 2026" in response.text


def test_another_organisations_codes_show_none_of_its_audits(world, owner_olga, outsider_otto):
    theirs = AuditAnswerFactory(organization=outsider_otto.organization, result="fail",
                                is_counted=True)  # fmt: skip
    mine = AuditAnswerFactory(organization=world.org, audit__location=world.location_a)
    client = client_for(owner_olga)
    for field, value in [
        ("location", theirs.location.code),
        ("behaviour", theirs.behaviour.code),
        ("step", theirs.step.code),
    ]:
        response = client.get(LIST, {field: value, "result": "fail"})
        assert field in response.context["form"].errors
        assert theirs.audit not in listed(response)
        assert theirs.behaviour.text not in response.text
    assert mine.audit in listed(client.get(LIST))


# Roles --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "role", [Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR, Role.STAFF]
)
def test_every_role_sees_only_its_locations_failures(world, card, story, member_of_role, role):
    client = client_for(member_of_role(role))
    response = client.get(LIST, {"behaviour": card.smile.code, "result": "fail"})
    assert response.status_code == 200
    expected = {*story["failing"], story["believed"], story["old"]}
    if role in (Role.OWNER, Role.EXECUTIVE):
        expected.add(story["at_b"])  # Location B is outside the others' scope
    assert listed(response) == expected
    at_b = client.get(LIST, {"location": world.location_b.code})
    if role in (Role.OWNER, Role.EXECUTIVE):
        assert listed(at_b) == {story["at_b"]}
    else:
        assert "location" in at_b.context["form"].errors
        assert story["at_b"] not in listed(at_b)


def test_a_shopper_with_filters_sees_only_their_own_page(world, card, story, shopper_sue):
    response = client_for(shopper_sue).get(LIST, {"behaviour": card.smile.code, "result": "fail"})
    assert response.status_code == 200
    assert "page" not in response.context  # the shopper's home, not the team's list
    assert {a.pk for a in response.context["audits"]} <= {
        a.pk for a in Audit.objects.filter(performed_by=shopper_sue.user)
    }


def test_an_outsider_sees_none_of_the_organisations_audits(world, card, story, outsider_otto):
    client = client_for(outsider_otto)
    response = client.get(LIST, {"behaviour": card.smile.code, "result": "fail"})
    assert not listed(response)
    assert "behaviour" in response.context["form"].errors
    report = client.get(reverse("audits:location-report", args=[world.location_a.code]))
    assert report.status_code == 404


def test_the_filtered_list_does_not_query_per_audit(
    world, card, story, owner_olga, django_assert_max_num_queries
):
    client = client_for(owner_olga)
    query = {"behaviour": card.smile.code, "result": "fail", "step": card.smile.standard.step.code,
             "p": "people", "location": world.location_a.code, "since": "2020-01-01"}  # fmt: skip
    client.get(LIST, query)
    with django_assert_max_num_queries(14):
        assert client.get(LIST, query).status_code == 200
