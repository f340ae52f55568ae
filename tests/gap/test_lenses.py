"""The lenses of the small organisation in conftest.py, against hand computations."""

from datetime import date

import pytest

from servicegap.core.models import P
from servicegap.gap import lenses
from servicegap.gap.lenses import CURRENT, PREVIOUS, Grouping, Scope
from tests.gap.conftest import SINCE, UNTIL

FINE = Grouping(("location", "p", "step"))


def scope_for(membership, **kwargs) -> Scope:
    locations = tuple(membership.visible_locations())
    return Scope(since=SINCE, until=UNTIL, locations=locations, **kwargs)


def cells(membership, grouping=FINE, **kwargs):
    return lenses.compute(membership, scope_for(membership, **kwargs), [grouping])[grouping]


def find(cells, **key):
    (found,) = [cell for cell in cells if all(cell.at(k) == v for k, v in key.items())]
    return found


def test_the_bill_of_location_a_by_hand(world, owner_olga, gap_world):
    cell = find(
        cells(owner_olga), location=world.location_a.pk, p=P.PROCESS, step=gap_world.bill.pk
    )
    # Believed: 5 self-assessments, all passed: 20/20 with n_eff = 20²/50 = 8 → Wilson
    # [67.559, 100] (tests/gap/test_stats.py).
    assert cell.believed.value == pytest.approx(100)
    assert cell.believed.low == pytest.approx(67.559, abs=0.01)
    assert cell.believed.n == 5
    # Observed: 11/20 → 55 [24.996, 81.760] on 5 mystery shops (July's is not in the period).
    assert cell.observed.value == pytest.approx(55)
    assert cell.observed.low == pytest.approx(24.996, abs=0.01)
    assert cell.observed.n == 5
    # Experienced: ratings 1, 2, 2, 3, 2 → 25; variance .5 under the floor 4²/(4 × 6):
    # half 25.345 (tests/gap/test_stats.py) → [0, 50.345]; the spam rating 5 is left out.
    assert cell.experienced.value == pytest.approx(25)
    assert cell.experienced.low == 0
    assert cell.experienced.high == pytest.approx(50.345, abs=0.01)
    assert cell.experienced.n == 5
    assert cell.value_distance.value == pytest.approx(75)
    # Perception gap 100 − 25 = 75 (Newcombe): below √(32.441² + 25.345²) = 41.168,
    # above √(0² + 25.345²) = 25.345 → [33.832, 100.345] before any correction.
    assert cell.perception_gap.value == pytest.approx(75)
    assert cell.perception_gap.low == pytest.approx(33.832, abs=0.01)
    assert cell.perception_gap.high == pytest.approx(100.345, abs=0.01)
    # Execution gap 100 − 55 = 45.
    assert cell.execution_gap.value == pytest.approx(45)
    # Intended: the Bill's Process standard and its two behaviours.
    assert cell.intended.standards == 1
    assert cell.intended.behaviours == 2
    assert cell.intended.texts == ("The bill comes within 5 minutes.",)


def test_a_cell_with_no_evidence_is_shown_as_missing_not_zero(world, owner_olga, gap_world):
    cell = find(
        cells(owner_olga), location=world.location_a.pk, p=P.PEOPLE, step=gap_world.greeting.pk
    )
    assert cell.believed.value is None
    assert cell.experienced.value is None
    assert cell.perception_gap.value is None
    assert cell.intended.behaviours == 1


def test_a_location_with_few_answers_is_too_few_with_its_n(world, owner_olga, gap_world):
    cell = find(
        cells(owner_olga), location=world.location_b.pk, p=P.PROCESS, step=gap_world.bill.pk
    )
    assert cell.believed.value == 100
    assert cell.believed.too_few
    assert cell.believed.n == 2
    assert cell.observed.value is None  # no mystery shop at B: missing, not 0
    assert cell.experienced.value == 100
    assert cell.experienced.too_few
    assert cell.perception_gap.too_few
    assert not cell.perception_gap.testable


def test_nps_and_behaved_per_location(world, owner_olga, gap_world):
    cell = find(cells(owner_olga, Grouping(("location",))), location=world.location_a.pk)
    # NPS: 10, 9, 3, 5, 8 → (2 − 2)/5 = 0; se = 100√((.4 + .4 − 0)/5) = 40 → ±78.40.
    assert cell.nps.value == pytest.approx(0)
    assert cell.nps.high == pytest.approx(78.399, abs=0.01)
    # Behaved: value if still active = model value + value at risk = 100 each;
    # share = (60 + 20 + 90)/300 = 56.67%. Ratio residuals m − R·V = 3.33, −36.67, 33.33;
    # Σ² = 2466.67; se = √(2466.67/2)/(100·√3) = .20276 → ±39.74 points; 3 < 5: too few.
    behaved = cell.behaved
    assert behaved.customers == 3
    assert behaved.active_share.value == pytest.approx(56.667, abs=0.01)
    assert behaved.active_share.high == pytest.approx(96.41, abs=0.02)
    assert behaved.active_share.too_few
    assert behaved.value_at_risk == 130
    assert behaved.on_save_list == 1
    empty = find(cells(owner_olga, Grouping(("location",))), location=world.location_b.pk)
    assert empty.behaved.customers == 0
    assert empty.behaved.active_share.value is None


def test_the_organisation_as_a_whole(world, owner_olga, gap_world):
    (cell,) = cells(owner_olga, Grouping(()))
    # Believed pooled over A and B: 7 audits, 28/28.
    assert cell.believed.value == 100
    assert cell.believed.n == 7
    # Experienced: A's five ratings and B's two 5s: Σ = 10 + 10 = 20 over 7 → mean 20/7,
    # (20/7 − 1) × 25 = 46.43.
    assert cell.experienced.value == pytest.approx(46.428, abs=0.01)
    assert cell.experienced.n == 7
    assert cell.behaved.customers == 3
    assert cell.behaved.value_at_risk == 130


def test_the_previous_period_beside_the_current_one(world, owner_olga, gap_world):
    found = cells(owner_olga, Grouping(("location",), windows=True))
    now = find(found, location=world.location_a.pk, window=CURRENT)
    before = find(found, location=world.location_a.pk, window=PREVIOUS)
    assert now.observed.value == pytest.approx(55)
    assert before.observed.value == 100  # July's one mystery shop, everything passed
    assert before.observed.n == 1
    assert before.experienced.value is None


def test_months(world, owner_olga, gap_world):
    found = cells(owner_olga, Grouping((), monthly=True))
    assert [cell.at("month") for cell in found] == [
        date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1),
        date(2026, 4, 1), date(2026, 5, 1), date(2026, 6, 1), date(2026, 7, 1),
        date(2026, 8, 1), date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1),
    ]  # fmt: skip
    october = find(found, month=date(2026, 10, 1))
    assert october.observed.value == pytest.approx(55)
    assert october.experienced.n == 7
    july = find(found, month=date(2026, 7, 1))
    assert july.observed.value == 100
    assert find(found, month=date(2026, 11, 1)).experienced.value is None


def test_a_filter_by_p_and_step(world, owner_olga, gap_world):
    (cell,) = cells(owner_olga, Grouping(()), p=P.PEOPLE)
    assert cell.experienced.value is None  # nobody rated People
    (cell,) = cells(owner_olga, Grouping(()), step=gap_world.greeting)
    assert cell.believed.value is None  # no behaviour of the greeting was audited


def test_a_manager_sees_only_their_locations(world, manager_max, gap_world):
    # The manager looks after the North region: Location A only.
    found = cells(manager_max, Grouping(("location",)))
    assert [cell.at("location") for cell in found] == [world.location_a.pk]
    (total,) = cells(manager_max, Grouping(()))
    assert total.believed.n == 5
    assert total.experienced.n == 5


def test_another_organisations_data_is_never_counted(world, owner_olga, gap_world, other_org_data):
    (total,) = cells(owner_olga, Grouping(()))
    assert total.believed.n == 7
    assert total.experienced.n == 7
    assert total.behaved.customers == 3


def test_every_grouping_in_one_statement_per_lens(
    world, owner_olga, gap_world, django_assert_num_queries
):
    scope = scope_for(owner_olga)
    groupings = [
        FINE,
        Grouping(("location", "step")),
        Grouping(("location",), windows=True),
        Grouping((), windows=True),
        Grouping((), monthly=True),
    ]
    owner_olga.organization  # noqa: B018 (loaded once, as a request has it)
    with django_assert_num_queries(4):
        lenses.compute(owner_olga, scope, groupings)


def test_every_p_pooled_counts_each_response_once(world, owner_olga, gap_world):
    from tests.feedback.factories import ResponseFactory
    from tests.gap.conftest import at

    # Four responses at B rating all three P's 1 (mean 1) and B's two Process 5s: six
    # responses, means 1, 1, 1, 1, 5, 5 → mean 14/6 → (14/6 − 1) × 25 = 33.33; n = 6, not 14.
    for _ in range(4):
        ResponseFactory(organization=world.org, link__location=world.location_b,
                        people=1, process=1, product=1, submitted_at=at(date(2026, 10, 9)))  # fmt: skip
    cell = find(cells(owner_olga, Grouping(("location",))), location=world.location_b.pk)
    assert cell.experienced.n == 6
    assert cell.experienced.value == pytest.approx(33.333, abs=0.01)


def test_customers_of_an_unfinished_import_are_left_out(world, owner_olga, gap_world):
    from servicegap.customers.models import ImportRun
    from tests.customers.factories import CustomerFactory, CustomerScoreFactory, ImportRunFactory

    run = ImportRunFactory(organization=world.org, status=ImportRun.Status.WRITING)
    hidden = CustomerFactory(organization=world.org, home_location=world.location_a,
                             import_run=run)  # fmt: skip
    CustomerScoreFactory(organization=world.org, customer=hidden)
    (total,) = cells(owner_olga, Grouping(()))
    assert total.behaved.customers == 3


def test_a_supervisor_sees_only_their_location(world, supervisor_sid, gap_world):
    (total,) = cells(supervisor_sid, Grouping(()))
    assert total.believed.n == 5  # Location A's, not B's two
    assert total.experienced.n == 5


def test_the_trend_line_breaks_where_a_month_has_too_few(world, owner_olga, gap_world):
    from servicegap.core.stats import Estimate
    from servicegap.gap import charts

    months = [date(2026, m, 1) for m in (7, 8, 9, 10)]
    good = Estimate(50.0, 40.0, 60.0, 20, False)
    few = Estimate(90.0, None, None, 2, True)
    chart = charts.trend_chart(
        months,
        {
            "experienced": (
                "Customers say",
                {months[0]: good, months[1]: good, months[2]: few, months[3]: good},
            )
        },  # fmt: skip
    )
    (series,) = chart.series
    assert series.path.count("M") == 2  # July–August, then October alone
    assert series.band.count("Z") == 1  # a band needs two months in a row
