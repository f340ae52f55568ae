"""Audit scores against numbers worked out by hand (DESIGN.md's definition)."""

from collections import defaultdict
from datetime import UTC, date, datetime
from decimal import Decimal
from types import SimpleNamespace

import pytest

from servicegap.audits import scoring, workflow
from servicegap.audits.models import AuditAnswer, Kind, Result
from servicegap.core.models import P
from servicegap.standards.models import Behaviour
from tests.audits.conftest import answer_all
from tests.audits.factories import AuditAnswerFactory, AuditFactory
from tests.factories import LocationFactory
from tests.standards.factories import BehaviourFactory, JourneyStepFactory, StandardFactory

PASS, FAIL, NA = Result.PASS, Result.FAIL, Result.NA


def answer(result, weight=1, critical=False, p=P.PEOPLE, step=1, name=""):
    return SimpleNamespace(
        result=result, weight=weight, is_critical=critical, p=p, step_id=step, name=name
    )


def test_the_score_is_the_share_of_applicable_weight_passed():
    # passed 3 + 5 = 8 of applicable 3 + 2 + 5 = 10; the n.a. weight 4 is left out
    result = scoring.score_answers(
        [answer(PASS, 3), answer(FAIL, 2), answer(PASS, 5), answer(NA, 4)]
    )
    assert result.score == Decimal("80.00")
    assert (result.passed_weight, result.applicable_weight) == (8, 10)
    assert (result.passed, result.failed, result.na) == (2, 1, 1)


def test_scores_are_rounded_to_two_decimals_half_up():
    # 2 of 3 = 66.666… → 66.67
    result = scoring.score_answers([answer(PASS, 2), answer(FAIL, 1)])
    assert result.score == Decimal("66.67")


def test_a_failed_critical_behaviour_caps_the_audit_at_50():
    # uncapped 10 / 11 = 90.909… → 90.91, capped to 50
    result = scoring.score_answers(
        [answer(PASS, 5), answer(PASS, 5), answer(FAIL, 1, critical=True)]
    )
    assert result.uncapped == Decimal("90.91")
    assert result.score == Decimal("50")
    assert result.is_capped


def test_a_passed_critical_behaviour_does_not_cap():
    result = scoring.score_answers([answer(PASS, 5, critical=True), answer(FAIL, 5)])
    assert result.score == Decimal("50.00")
    assert not result.is_capped


def test_the_cap_does_not_raise_a_score_already_below_50():
    # 1 of 4 = 25
    result = scoring.score_answers([answer(PASS, 1), answer(FAIL, 3, critical=True)])
    assert result.score == Decimal("25.00")
    assert not result.is_capped
    assert len(result.critical_failures) == 1


def test_failed_critical_behaviours_are_listed_first():
    plain = answer(FAIL, 5, name="plain")
    critical = answer(FAIL, 1, critical=True, name="critical")
    result = scoring.score_answers([plain, answer(PASS, 2), critical])
    assert [a.name for a in result.failures] == ["critical", "plain"]


def test_an_audit_with_nothing_applicable_has_no_score():
    result = scoring.score_answers([answer(NA, 3), answer(NA, 1)])
    assert result.score is None
    assert result.uncapped is None
    assert result.applicable_weight == 0


def test_unanswered_behaviours_are_counted_but_not_scored():
    result = scoring.score_answers([answer(PASS, 2), answer("", 5)])
    assert result.score == Decimal("100.00")
    assert result.unanswered == 1


def test_sub_scores_per_p_and_per_step():
    answers = [
        answer(PASS, 3, p=P.PEOPLE, step=1),
        answer(FAIL, 2, p=P.PEOPLE, step=1),
        answer(PASS, 4, p=P.PROCESS, step=1),
        answer(FAIL, 1, p=P.PROCESS, step=2),
        answer(NA, 4, p=P.PRODUCT, step=2),
    ]
    result = scoring.score_answers(answers)
    # people 3/5, process 4/5; product had nothing applicable
    assert result.by_p[P.PEOPLE].score == Decimal("60.00")
    assert result.by_p[P.PROCESS].score == Decimal("80.00")
    assert P.PRODUCT not in result.by_p
    # step 1: 7/9 = 77.777… ; step 2: 0/1
    assert result.by_step[1].score == Decimal("77.78")
    assert result.by_step[2].score == Decimal("0.00")
    assert result.by_step[1].answers == 3
    # overall 7/10
    assert result.score == Decimal("70.00")


def test_sub_scores_are_not_capped_by_a_critical_failure():
    answers = [
        answer(PASS, 5, p=P.PEOPLE),
        answer(PASS, 4, p=P.PROCESS),
        answer(FAIL, 1, p=P.PROCESS, critical=True),
    ]
    result = scoring.score_answers(answers)
    assert result.score == Decimal("50")
    assert result.by_p[P.PEOPLE].score == Decimal("100.00")
    assert result.by_p[P.PROCESS].score == Decimal("80.00")


@pytest.mark.parametrize(
    ("comparison", "target", "value", "expected"),
    [
        (Behaviour.Comparison.AT_MOST, "3", "3", PASS),
        (Behaviour.Comparison.AT_MOST, "3", "4", FAIL),
        (Behaviour.Comparison.AT_LEAST, "60", "75.5", PASS),
        (Behaviour.Comparison.AT_LEAST, "60", "59.99", FAIL),
    ],
)
def test_a_measured_value_passes_when_it_meets_its_target(comparison, target, value, expected):
    assert scoring.result_for_measure(comparison, Decimal(target), Decimal(value)) == expected


# The same numbers in SQL ----------------------------------------------------------------


def _answers_for_many_audits(org):
    """Three audits over two locations, two steps and two P's, with n.a. and a cap."""
    steps = [JourneyStepFactory(organization=org) for _ in range(2)]
    standards = {
        (p, step.pk): StandardFactory(organization=org, step=step, p=p)
        for p in (P.PEOPLE, P.PROCESS)
        for step in steps
    }
    locations = [LocationFactory(organization=org) for _ in range(2)]
    plan = [
        # location, [(p, step, weight, critical, result)]
        (0, [(P.PEOPLE, 0, 3, False, PASS), (P.PEOPLE, 0, 2, False, FAIL),
             (P.PROCESS, 1, 4, True, FAIL), (P.PROCESS, 0, 5, False, NA)]),
        (0, [(P.PEOPLE, 0, 3, False, PASS), (P.PEOPLE, 0, 2, False, PASS),
             (P.PROCESS, 1, 4, True, PASS), (P.PROCESS, 0, 5, False, PASS)]),
        (1, [(P.PEOPLE, 1, 1, False, FAIL), (P.PROCESS, 1, 2, False, NA)]),
    ]  # fmt: skip
    made = []
    for location_index, rows in plan:
        audit = AuditFactory(
            organization=org, location=locations[location_index], kind=Kind.MYSTERY_SHOP
        )
        for p, step_index, weight, critical, result in rows:
            behaviour = BehaviourFactory(
                organization=org,
                standard=standards[(p, steps[step_index].pk)],
                weight=weight,
                is_critical=critical,
            )
            made.append(
                AuditAnswerFactory(
                    organization=org,
                    audit=audit,
                    behaviour=behaviour,
                    result=result,
                    is_counted=True,
                )
            )
    return made


def test_the_sql_aggregation_gives_the_same_scores_as_python(world):
    answers = _answers_for_many_audits(world.org)
    groups = defaultdict(list)
    for a in answers:
        groups[(a.location_id, a.p, a.step_id)].append(a)

    rows = AuditAnswer.objects.filter(organization=world.org).lens()

    assert len(rows) == len(groups)
    for row in rows:
        expected = scoring.score_answers(groups[(row["location"], row["p"], row["step"])])
        assert row.score == expected.uncapped
        assert row.applicable_weight == expected.applicable_weight
        group = groups[(row["location"], row["p"], row["step"])]
        assert row.audits == len({a.audit_id for a in group if a.result != NA})


def test_the_sql_aggregation_pools_weights_by_hand(world):
    answers = _answers_for_many_audits(world.org)
    first_location = answers[0].location_id
    rows = {
        (row["p"]): row
        for row in AuditAnswer.objects.filter(location_id=first_location).lens(by=("p",))
    }
    # people: audit 1 passed 3 of 5, audit 2 passed 5 of 5 → 8 of 10
    assert rows[P.PEOPLE].score == Decimal("80.00")
    assert rows[P.PEOPLE].audits == 2
    # process: audit 1 failed 4 (its 5 was n.a.), audit 2 passed 4 + 5 → 9 of 13
    assert rows[P.PROCESS].score == Decimal("69.23")
    assert rows[P.PROCESS].answers == 3
    assert rows[P.PROCESS].too_few


def test_groups_with_nothing_applicable_have_no_score_in_sql(world):
    answers = _answers_for_many_audits(world.org)
    second_location = answers[-1].location_id
    rows = {
        row["p"]: row
        for row in AuditAnswer.objects.filter(location_id=second_location).lens(by=("p",))
    }
    assert rows[P.PROCESS].score is None
    assert rows[P.PROCESS].audits == 0
    assert rows[P.PEOPLE].score == Decimal("0.00")


def test_answers_of_drafts_are_not_counted(world):
    AuditAnswerFactory(organization=world.org, result=PASS, is_counted=False)
    assert AuditAnswer.objects.filter(organization=world.org).lens() == []


def test_the_sql_aggregation_groups_by_month_in_the_organisations_time_zone(
    world, template, staff_sam
):
    # 23:30 UTC on 31 January is already February in Paris
    late = datetime(2026, 1, 31, 23, 30, tzinfo=UTC)
    audit = workflow.start_audit(
        kind=Kind.SELF_ASSESSMENT,
        location=world.location_a,
        template=template,
        by=staff_sam,
        performed_at=late,
    )
    answer_all(audit, {"The": "pass", "Staff": "fail"})
    workflow.submit_audit(audit, by=staff_sam.user)
    rows = AuditAnswer.objects.filter(organization=world.org).lens(by=("kind",), period="month")
    assert [(row["period"], row.audits) for row in rows] == [(date(2026, 2, 1), 1)]
    # greet 3 + rings 4 + bill 1 passed of 10
    assert rows[0].score == Decimal("80.00")


def test_other_periods_are_cut_in_the_organisations_time_zone(world, template, staff_sam):
    late = datetime(2026, 1, 31, 23, 30, tzinfo=UTC)
    audit = workflow.start_audit(
        kind=Kind.SELF_ASSESSMENT,
        location=world.location_a,
        template=template,
        by=staff_sam,
        performed_at=late,
    )
    answer_all(audit, {"The": "pass", "Staff": "pass"})
    workflow.submit_audit(audit, by=staff_sam.user)
    rows = AuditAnswer.objects.filter(organization=world.org).lens(
        by=(), period="day", tz=world.org.tz
    )
    assert [row["period"].date() for row in rows] == [date(2026, 2, 1)]


def test_one_query_scores_every_location_p_and_step(world, django_assert_num_queries):
    _answers_for_many_audits(world.org)
    qs = AuditAnswer.objects.filter(organization=world.org)
    with django_assert_num_queries(1):
        qs.lens(by=("location", "p", "step"), period="month", tz=world.org.tz)


def test_grouping_by_an_unknown_field_is_refused(world):
    with pytest.raises(ValueError, match="note"):
        AuditAnswer.objects.all().lens(by=("note",))


def test_failure_rates_count_audits(world):
    _answers_for_many_audits(world.org)
    rates = AuditAnswer.objects.filter(organization=world.org).failure_rates()
    assert rates[0]["failed"] == 1
    assert sum(r["failed"] for r in rates) == 3
    assert {r["audits"] for r in rates} == {1}
