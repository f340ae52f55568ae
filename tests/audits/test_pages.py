"""Reports, lists and exports: numbers with their evidence, and no N+1 queries."""

import csv
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from servicegap.audits import exports, workflow
from servicegap.audits.models import Audit, AuditTemplate, Kind
from servicegap.standards import editing
from tests.audits.conftest import answer_all, start_shop
from tests.audits.factories import AssignmentFactory
from tests.conftest import client_for

# Six mystery shops at Location A; the smile fails in four of them.
SHOPS = [
    {"The": "pass", "Staff": "fail"},
    {"The": "pass", "Staff": "fail"},
    {"The": "pass", "Staff": "pass"},
    {"The": "pass", "Staff": "fail", "The bill": "na"},
    {"The": "pass", "Staff": "fail"},
    {"The": "pass", "Staff": "pass", "The phone": "fail"},
]


@pytest.fixture
def history(world, template, shopper_sue, staff_sam, supervisor_sid) -> list[Audit]:
    """Submitted audits of all three kinds at Location A over the last months."""
    audits = []
    now = timezone.now()
    for months_ago, results in enumerate(SHOPS):
        assignment = AssignmentFactory(
            organization=world.org,
            location=world.location_a,
            template=template,
            shopper=shopper_sue,
        )
        audit = start_shop(
            assignment, shopper_sue, performed_at=now - timedelta(days=30 * (months_ago % 3))
        )
        answer_all(audit, results)
        workflow.submit_audit(audit, by=shopper_sue.user)
        audits.append(audit)
    for member, kind in [(staff_sam, Kind.SELF_ASSESSMENT), (supervisor_sid, Kind.OBSERVATION)]:
        audit = workflow.start_audit(
            kind=kind, location=world.location_a, template=template, by=member
        )
        answer_all(audit, {"The": "pass", "Staff": "pass"})
        workflow.submit_audit(audit, by=member.user)
        audits.append(audit)
    return audits


def test_the_location_report_draws_the_score_trend(world, history, manager_max):
    response = client_for(manager_max).get(
        reverse("audits:location-report", args=[world.location_a.code])
    )
    assert response.status_code == 200
    assert "<svg" in response.text
    assert "Mean audit score per month" in response.text
    chart = response.context["r"]["chart"]
    observed = next(s for s in chart.series if s.key == "observed")
    believed = next(s for s in chart.series if s.key == "believed")
    # six mystery shops and an observation; one self-assessment
    assert sum(point.audits for point in observed.points) == 7
    assert sum(point.audits for point in believed.points) == 1


def test_the_location_report_says_what_fails_most_with_counts(world, history, manager_max):
    response = client_for(manager_max).get(
        reverse("audits:location-report", args=[world.location_a.code])
    )
    failures = response.context["r"]["failures"]
    assert failures[0]["behaviour__text"] == "Staff smile."
    # in mystery shops and observations (self-assessments are what we believe)
    assert (failures[0]["failed"], failures[0]["audits"]) == (4, 7)
    assert "failed 4 of 7 audits" in response.text


def test_the_location_report_marks_numbers_from_too_few_audits(world, history, manager_max):
    response = client_for(manager_max).get(
        reverse("audits:location-report", args=[world.location_a.code])
    )
    lenses = {row["p"]: row for row in response.context["r"]["lenses"]}
    people = lenses["People"]
    # Observed people: 6 shops + 1 observation = 7 audits; believed: 1 self-assessment.
    assert people["observed"].audits == 7
    assert not people["observed"].too_few
    assert people["believed"].too_few
    # greet 3 × 7 + smile 2 × 3 passed of (3 + 2) × 7 = 27 / 35
    assert people["observed"].score == Decimal("77.14")
    assert people["believed"].score == Decimal("100.00")
    assert "too few" in response.text


def test_the_location_report_shows_scores_per_step_and_p(world, history, manager_max):
    response = client_for(manager_max).get(
        reverse("audits:location-report", args=[world.location_a.code])
    )
    matrix = {row["step"].name: row["cells"] for row in response.context["r"]["matrix"]}
    assert list(matrix) == ["Greeting", "Phone", "Payment"]
    people, process, product = matrix["Phone"]
    assert people.score is None
    # rings (4) failed in one of seven observed audits: 24 / 28
    assert process.score == Decimal("85.71")
    assert process.audits == 7


def test_the_comparison_puts_locations_side_by_side(world, history, owner_olga):
    response = client_for(owner_olga).get(reverse("audits:compare"))
    report = response.context["r"]
    assert [loc.name for loc in report["locations"]] == ["Location A", "Location B"]
    shops = next(g for g in report["groups"] if g["kind"] == "Mystery shop")
    overall_a, overall_b = shops["rows"][0]["cells"]
    assert overall_a.audits == 6
    assert (overall_b.score, overall_b.audits) == (None, 0)


def test_an_audit_shows_its_score_evidence_and_failures_critical_first(history, manager_max):
    audit = history[5]  # the phone (critical) failed: 6 of 10 → capped at 50
    response = client_for(manager_max).get(audit.get_absolute_url())
    assert response.status_code == 200
    assert "Capped at 50 because a critical behaviour failed (it would be 60)" in response.text
    assert "6 of 10 weight points passed" in response.text
    failures = response.context["result"].failures
    assert failures[0].behaviour_text == "The phone is answered within 3 rings."


def test_an_old_audit_shows_the_text_it_was_given(history, manager_max, card):
    card.smile.text = "Staff smile and make eye contact."
    editing.save_behaviour(card.smile)
    page = client_for(manager_max).get(history[0].get_absolute_url()).text
    assert "Staff smile." in page
    assert "Staff smile and make eye contact." not in page


# Query counts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["audits:list", "audits:compare", "audits:assignment-list", "audits:template-list"],
)
def test_list_pages_do_not_query_per_row(name, history, owner_olga, django_assert_max_num_queries):
    client = client_for(owner_olga)
    client.get(reverse(name))  # warm the session and caches
    with django_assert_max_num_queries(14):
        assert client.get(reverse(name)).status_code == 200


def test_the_location_report_does_not_query_per_audit(
    world, history, owner_olga, django_assert_max_num_queries
):
    client = client_for(owner_olga)
    url = reverse("audits:location-report", args=[world.location_a.code])
    client.get(url)
    with django_assert_max_num_queries(16):
        client.get(url)


def test_an_audit_page_does_not_query_per_answer(
    history, owner_olga, django_assert_max_num_queries
):
    client = client_for(owner_olga)
    client.get(history[0].get_absolute_url())
    with django_assert_max_num_queries(14):
        client.get(history[0].get_absolute_url())


def test_the_shoppers_page_does_not_query_per_assignment(
    world, template, shopper_sue, history, django_assert_max_num_queries
):
    for _ in range(5):
        AssignmentFactory(
            organization=world.org,
            location=world.location_a,
            template=template,
            shopper=shopper_sue,
        )
    client = client_for(shopper_sue)
    client.get(reverse("audits:list"))
    with django_assert_max_num_queries(12):
        response = client.get(reverse("audits:list"))
    assert len(response.context["assignments"]) == 5


def test_the_fill_page_does_not_query_per_answer(
    assignment, shopper_sue, django_assert_max_num_queries
):
    audit = start_shop(assignment, shopper_sue)
    client = client_for(shopper_sue)
    url = reverse("audits:audit-fill", args=[audit.code])
    client.get(url)
    with django_assert_max_num_queries(12):
        client.get(url)


# Exports --------------------------------------------------------------------------------------


def read_csv(response) -> list[list[str]]:
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


def test_the_audits_export_has_one_row_per_audit(history, owner_olga):
    response = client_for(owner_olga).get(reverse("audits:export-audits"))
    assert response["Content-Type"].startswith("text/csv")
    rows = read_csv(response)
    assert rows[0][:3] == ["audit", "location", "kind"]
    assert len(rows) == 1 + len(history)
    scores = sorted(row[rows[0].index("score")] for row in rows[1:])
    assert "50.00" in scores


def test_the_answers_export_follows_the_filters(history, owner_olga):
    response = client_for(owner_olga).get(
        reverse("audits:export-answers"), {"kind": "self_assessment"}
    )
    rows = read_csv(response)
    assert len(rows) == 1 + 4
    assert {row[rows[0].index("kind")] for row in rows[1:]} == {"self_assessment"}


def test_the_answers_export_leaves_out_drafts(assignment, shopper_sue, owner_olga):
    start_shop(assignment, shopper_sue)
    rows = read_csv(client_for(owner_olga).get(reverse("audits:export-answers")))
    assert rows == [exports.ANSWER_HEADER]


def test_exported_text_cannot_run_as_a_formula(history, owner_olga, shopper_sue):
    audit = history[0]
    answer = audit.answers.first()
    answer.note = '=HYPERLINK("http://evil.test","click")'
    answer.save()
    rows = read_csv(client_for(owner_olga).get(reverse("audits:export-answers")))
    notes = [row[rows[0].index("note")] for row in rows[1:]]
    assert '\'=HYPERLINK("http://evil.test","click")' in notes


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+33 1 23", "'+33 1 23"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("fine", "fine"),
        (Decimal("-1.5"), Decimal("-1.5")),
        (None, ""),
        (True, "yes"),
    ],
)
def test_cells_are_defused(value, expected):
    assert exports.safe_cell(value) == expected


# Templates -----------------------------------------------------------------------------------


def test_a_manager_makes_a_template_from_behaviours_of_the_card(world, card, manager_max):
    response = client_for(manager_max).post(
        reverse("audits:template-create"),
        {
            "name": "Phone check",
            "channel": "phone",
            "behaviours": [str(card.rings.code), str(card.greet.code)],
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    template = AuditTemplate.objects.get(name="Phone check")
    assert set(template.behaviours.all()) == {card.rings, card.greet}
    assert template.organization == world.org


def test_a_template_cannot_use_another_organisations_behaviour(
    world, card, manager_max, outsider_otto
):
    from tests.standards.factories import BehaviourFactory

    foreign = BehaviourFactory(organization=outsider_otto.organization)
    response = client_for(manager_max).post(
        reverse("audits:template-create"),
        {"name": "Sneaky", "channel": "visit", "behaviours": [str(foreign.code)]},
    )
    assert response.status_code == 400
    assert "behaviours" in response.context["form"].errors
    assert not AuditTemplate.objects.filter(name="Sneaky").exists()


def test_template_names_are_unique_in_the_organisation(world, card, template, manager_max):
    response = client_for(manager_max).post(
        reverse("audits:template-create"),
        {"name": "dinner VISIT", "channel": "visit", "behaviours": [str(card.greet.code)]},
    )
    assert response.status_code == 400
    assert "already exists" in response.text


def test_an_export_with_a_bad_filter_names_it(world, owner_olga):
    response = client_for(owner_olga).get(reverse("audits:export-answers"), {"until": "soon"})
    assert response.status_code == 400
    assert response.content.decode().startswith("Cannot export: until:")
