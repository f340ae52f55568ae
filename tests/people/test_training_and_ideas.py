"""Training proposed from failures and its measured effect; the ideas board: votes,
statuses with voters told, merging, adoption into the card and the measured effect.

The effects are differences in differences computed by hand below (Wilson intervals for
pass rates, t intervals for mean ratings, written out with their numbers)."""

import math
from datetime import UTC, date, datetime, timedelta

import pytest

from servicegap.audits.models import Kind, Result
from servicegap.people import effects, ideas, training
from servicegap.people.models import Idea, IdeaVote, ScenarioAttempt, TrainingProposal
from servicegap.people.scenarios import PeopleError
from servicegap.standards.models import Behaviour, Standard
from tests.audits.factories import AuditAnswerFactory
from tests.factories import EmployeeFactory, UserFactory
from tests.feedback.factories import ResponseFactory
from tests.people.factories import IdeaFactory, RubricPointFactory, ScenarioFactory
from tests.standards.factories import BehaviourFactory, JourneyStepFactory, StandardFactory

START = date(2026, 1, 15)
NOW = datetime(2026, 3, 16, 12, tzinfo=UTC)  # 60 days after START
Z = 1.959963984540054


def wilson_half(passed: int, n: int) -> float:
    """Wilson's 95% half-width, in points, of `passed` of `n` (weights 1: n_eff = n)."""
    p = passed / n
    return 100 * Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n)


def wilson_bounds(passed: int, n: int) -> tuple[float, float]:
    """Wilson's 95% interval of passed/n, in percent."""
    p = passed / n
    centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n)
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n)
    return 100 * (centre - half), 100 * (centre + half)


def t_half(ratings: list[int]) -> float:
    """The t interval's half-width of the mean rating, on the 0–100 scale (× 25)."""
    from scipy import stats as scipy_stats

    n = len(ratings)
    mean = sum(ratings) / n
    variance = sum((r - mean) ** 2 for r in ratings) / (n - 1)
    variance = max(variance, 4**2 / (4 * (n + 1)))  # the floor of core.stats.rating_mean
    return float(scipy_stats.t.ppf(0.975, n - 1)) * math.sqrt(variance / n) * 25


def observe(org, location, behaviour, passed: int, total: int, at: datetime) -> None:
    """`total` observations of `behaviour` at `location`, `passed` of them passed."""
    for i in range(total):
        AuditAnswerFactory(
            organization=org,
            audit__location=location,
            audit__kind=Kind.OBSERVATION,
            audit__performed_at=at + timedelta(hours=i),
            behaviour=behaviour,
            result=Result.PASS if i < passed else Result.FAIL,
            is_counted=True,
        )


@pytest.fixture
def behaviour(world):
    return BehaviourFactory(organization=world.org, text="Offers to call back at a set time")


# Training -------------------------------------------------------------------------------


def test_a_behaviour_failing_repeatedly_proposes_the_scenarios_that_cover_it(
    world, behaviour, manager_max
):
    other = BehaviourFactory(organization=world.org, standard=behaviour.standard)
    observe(world.org, world.location_a, behaviour, 2, 5, NOW - timedelta(days=10))  # 3 fail
    observe(world.org, world.location_a, other, 3, 5, NOW - timedelta(days=10))  # 2 fail
    failing = training.failing_behaviours(manager_max, world.location_a, now=NOW)
    assert [row["behaviour_id"] for row in failing] == [behaviour.pk]

    covering = ScenarioFactory(organization=world.org, title="Covers it")
    RubricPointFactory(organization=world.org, scenario=covering, behaviour=behaviour)
    same_step = ScenarioFactory(organization=world.org, step=behaviour.standard.step)
    RubricPointFactory(organization=world.org, scenario=same_step)
    proposal = training.propose_training(
        by=manager_max,
        location=world.location_a,
        source=TrainingProposal.Source.FAILURES,
        behaviour=behaviour,
    )
    assert list(proposal.scenarios.all()) == [covering]  # the rubric's behaviour first
    assert proposal.step == behaviour.standard.step


def test_without_a_covering_scenario_the_step_then_the_p_is_used_else_refused(
    world, behaviour, manager_max
):
    with pytest.raises(PeopleError) as error:
        training.propose_training(
            by=manager_max,
            location=world.location_a,
            source=TrainingProposal.Source.GAP,
            behaviour=behaviour,
        )
    assert error.value.field == "scenarios"
    assert not TrainingProposal.objects.exists()
    by_step = ScenarioFactory(organization=world.org, step=behaviour.standard.step)
    RubricPointFactory(organization=world.org, scenario=by_step)
    proposal = training.propose_training(
        by=manager_max,
        location=world.location_a,
        source=TrainingProposal.Source.GAP,
        step=behaviour.standard.step,
        p="people",
    )
    assert list(proposal.scenarios.all()) == [by_step]


def test_a_proposal_is_refused_outside_the_managers_locations(world, behaviour, manager_max):
    with pytest.raises(PeopleError, match="location"):
        training.propose_training(
            by=manager_max,
            location=world.location_b,
            source=TrainingProposal.Source.FAILURES,
            behaviour=behaviour,
        )


def test_one_click_assigns_every_proposed_scenario_to_the_locations_staff_once(
    world, behaviour, manager_max
):
    scenario = ScenarioFactory(organization=world.org)
    RubricPointFactory(organization=world.org, scenario=scenario, behaviour=behaviour)
    EmployeeFactory.create_batch(2, organization=world.org, location=world.location_a)
    EmployeeFactory(organization=world.org, location=world.location_b)
    proposal = training.propose_training(
        by=manager_max, location=world.location_a, source="failures", behaviour=behaviour
    )
    assignments = training.start_training(proposal, by=manager_max, today=START)
    assert len(assignments) == 1 and assignments[0].training == proposal
    assert ScenarioAttempt.objects.filter(location=world.location_a).count() == 2
    assert ScenarioAttempt.objects.filter(location=world.location_b).count() == 0
    with pytest.raises(PeopleError, match="already started"):
        training.start_training(proposal, by=manager_max, today=START)
    assert ScenarioAttempt.objects.count() == 2


def test_the_training_effect_is_a_difference_in_differences_computed_by_hand(
    world, behaviour, manager_max
):
    observe(world.org, world.location_a, behaviour, 2, 10, NOW - timedelta(days=100))  # before
    observe(world.org, world.location_a, behaviour, 8, 10, NOW - timedelta(days=30))  # after
    observe(world.org, world.location_b, behaviour, 5, 10, NOW - timedelta(days=100))
    observe(world.org, world.location_b, behaviour, 6, 10, NOW - timedelta(days=30))
    observe(world.org, world.location_a, behaviour, 0, 10, NOW - timedelta(days=200))  # too old
    proposal = TrainingProposal.objects.create(
        organization=world.org,
        location=world.location_a,
        source="failures",
        behaviour=behaviour,
        reason="x",
        trained_on=START,
    )
    effect = training.training_effect(proposal, now=NOW)
    # Here 20% → 80% (+60), elsewhere 50% → 60% (+10): the effect is 60 − 10 = +50 points.
    assert effect.value == pytest.approx(50.0)
    assert effect.n == (10, 10, 10, 10)
    # Wilson intervals (n = 10): 2/10 → [5.67, 50.98], 8/10 → [49.02, 94.33], 5/10 →
    # [23.66, 76.34], 6/10 → [31.27, 83.18]. What pulls the effect down: after here reaching
    # below 80 (30.98), before here above 20 (30.98), after elsewhere above 60 (23.18),
    # before elsewhere below 50 (26.34): √Σ² = 56.14 → low −6.14. Up: 14.33, 14.33, 28.73,
    # 26.34: √Σ² = 43.93 → high 93.93. The interval takes in 0: not shown as real.
    bounds = [
        wilson_bounds(2, 10),
        wilson_bounds(8, 10),
        wilson_bounds(5, 10),
        wilson_bounds(6, 10),
    ]
    assert [(round(lo, 2), round(hi, 2)) for lo, hi in bounds] == [
        (5.67, 50.98), (49.02, 94.33), (23.66, 76.34), (31.27, 83.18)
    ]  # fmt: skip
    (b0, b1), (a0, a1), (o0, o1), (n0, n1) = bounds
    down = math.sqrt((80 - a0) ** 2 + (b1 - 20) ** 2 + (n1 - 60) ** 2 + (50 - o0) ** 2)
    up = math.sqrt((a1 - 80) ** 2 + (20 - b0) ** 2 + (60 - n0) ** 2 + (o1 - 50) ** 2)
    assert effect.low == pytest.approx(50 - down)
    assert effect.high == pytest.approx(50 + up)
    assert effect.low == pytest.approx(-6.14, abs=0.01)
    assert not effect.real and not effect.too_few


def test_the_same_effect_on_four_times_the_evidence_is_real(world, behaviour):
    # 8/40 → 32/40 here, 20/40 → 24/40 elsewhere: +50 again, and each Wilson interval is
    # about half as wide, so the interval leaves out 0.
    observe(world.org, world.location_a, behaviour, 8, 40, NOW - timedelta(days=100))
    observe(world.org, world.location_a, behaviour, 32, 40, NOW - timedelta(days=30))
    observe(world.org, world.location_b, behaviour, 20, 40, NOW - timedelta(days=100))
    observe(world.org, world.location_b, behaviour, 24, 40, NOW - timedelta(days=30))
    proposal = TrainingProposal.objects.create(
        organization=world.org, location=world.location_a, source="failures",
        behaviour=behaviour, reason="x", trained_on=START,
    )  # fmt: skip
    effect = training.training_effect(proposal, now=NOW)
    assert effect.value == pytest.approx(50.0)
    assert effect.low > 0
    assert effect.real


def test_an_effect_on_fewer_than_five_audits_is_too_few(world, behaviour):
    observe(world.org, world.location_a, behaviour, 2, 10, NOW - timedelta(days=100))
    observe(world.org, world.location_a, behaviour, 4, 4, NOW - timedelta(days=30))
    observe(world.org, world.location_b, behaviour, 5, 10, NOW - timedelta(days=100))
    observe(world.org, world.location_b, behaviour, 6, 10, NOW - timedelta(days=30))
    proposal = TrainingProposal.objects.create(
        organization=world.org, location=world.location_a, source="failures",
        behaviour=behaviour, reason="x", trained_on=START,
    )  # fmt: skip
    effect = training.training_effect(proposal, now=NOW)
    assert effect.too_few and not effect.real
    assert effect.n == (10, 4, 10, 10)
    assert effect.value == pytest.approx((100 - 20) - (60 - 50))


# Ideas --------------------------------------------------------------------------------


def test_members_vote_once_each(world, staff_sam, manager_max):
    idea = IdeaFactory(organization=world.org)
    ideas.vote(idea, by=staff_sam)
    ideas.vote(idea, by=manager_max)
    with pytest.raises(PeopleError, match="already voted"):
        ideas.vote(idea, by=staff_sam)
    assert idea.votes.count() == 2


def test_a_status_change_tells_every_voter(world, staff_sam, manager_max, mailoutbox):
    idea = IdeaFactory(organization=world.org, title="Warm towels")
    ideas.vote(idea, by=staff_sam)
    ideas.vote(idea, by=manager_max)
    ideas.try_idea(idea, by=manager_max, locations=[world.location_a], today=START)
    assert idea.status == Idea.Status.TRYING and idea.trying_since == START
    assert sorted(m.to[0] for m in mailoutbox) == ["max@example.test", "sam@example.test"]
    assert "now trying: Warm towels" in mailoutbox[0].subject
    with pytest.raises(PeopleError, match="reason"):
        ideas.decline_idea(idea, by=manager_max, reason=" ")
    ideas.decline_idea(idea, by=manager_max, reason="Too costly in winter.")
    assert "Too costly in winter." in mailoutbox[-1].body
    assert len(mailoutbox) == 4
    with pytest.raises(PeopleError, match="cannot become"):
        ideas.try_idea(idea, by=manager_max, locations=[world.location_a])


def test_merging_moves_the_votes_and_keeps_one_for_a_member_who_voted_for_both(
    world, staff_sam, manager_max, owner_olga
):
    keep = IdeaFactory(organization=world.org)
    duplicate = IdeaFactory(organization=world.org, step=keep.step)
    ideas.vote(keep, by=staff_sam)
    ideas.vote(duplicate, by=staff_sam)
    ideas.vote(duplicate, by=manager_max)
    moved = ideas.merge_ideas(duplicate, into=keep, by=owner_olga)
    assert moved == 1
    assert sorted(keep.votes.values_list("voter__email", flat=True)) == [
        "max@example.test",
        "sam@example.test",
    ]
    duplicate.refresh_from_db()
    assert duplicate.status == Idea.Status.MERGED and duplicate.merged_into == keep
    assert IdeaVote.objects.count() == 2
    with pytest.raises(PeopleError, match="into"):
        ideas.merge_ideas(keep, into=keep, by=owner_olga)


def test_an_adopted_idea_becomes_a_behaviour_or_a_standard_keeping_the_link(world, owner_olga):
    standard = StandardFactory(organization=world.org)
    idea = IdeaFactory(organization=world.org, step=standard.step)
    ideas.adopt_idea(idea, by=owner_olga, text="A warm towel after dessert", standard=standard)
    assert idea.status == Idea.Status.ADOPTED
    assert idea.behaviour.text == "A warm towel after dessert"
    assert idea.behaviour.standard == standard and idea.standard == standard
    other = IdeaFactory(organization=world.org, step=standard.step)
    ideas.adopt_idea(other, by=owner_olga, text="We remember your usual order", p="people")
    assert other.standard.step == standard.step and other.behaviour is None
    assert Standard.objects.filter(text="We remember your usual order").count() == 1


def test_adopting_into_a_retired_step_is_refused_and_nothing_is_saved(world, owner_olga):
    step = JourneyStepFactory(organization=world.org, is_active=False)
    idea = IdeaFactory(organization=world.org, step=step)
    before = (Standard.objects.count(), Behaviour.objects.count())
    with pytest.raises(PeopleError) as error:
        ideas.adopt_idea(idea, by=owner_olga, text="A towel", p="people")
    assert error.value.field == "step"
    idea.refresh_from_db()
    assert idea.status == Idea.Status.NEW
    assert (Standard.objects.count(), Behaviour.objects.count()) == before


def test_an_ideas_effect_on_observed_and_experienced_is_computed_by_hand(world, owner_olga):
    step = JourneyStepFactory(organization=world.org)
    behaviour = BehaviourFactory(organization=world.org, standard__step=step)
    idea = IdeaFactory(organization=world.org, step=step)
    ideas.try_idea(idea, by=owner_olga, locations=[world.location_a], today=START)
    observe(world.org, world.location_a, behaviour, 2, 10, NOW - timedelta(days=100))
    observe(world.org, world.location_a, behaviour, 8, 10, NOW - timedelta(days=30))
    observe(world.org, world.location_b, behaviour, 5, 10, NOW - timedelta(days=100))
    observe(world.org, world.location_b, behaviour, 6, 10, NOW - timedelta(days=30))
    ratings = {
        (world.location_a, 100): [2, 2, 3, 3, 2],  # mean 2.4 → (2.4 − 1) × 25 = 35
        (world.location_a, 30): [4, 4, 4, 5, 4],  # mean 4.2 → 80
        (world.location_b, 100): [3, 3, 3, 4, 4],  # mean 3.4 → 60
        (world.location_b, 30): [3, 4, 3, 4, 3],  # mean 3.4 → 60
    }
    for (location, days), values in ratings.items():
        for value in values:
            ResponseFactory(
                organization=world.org,
                link__location=location,
                step=step,
                people=value,
                submitted_at=NOW - timedelta(days=days),
            )
    effect = ideas.idea_effect(idea, now=NOW)
    assert effect.observed.value == pytest.approx(50.0)
    # Experienced: (80 − 35) − (60 − 60) = +45, half-width √Σ of the four t half-widths²
    # (t₀.₉₇₅ with 4 degrees of freedom = 2.776; none of the intervals reaches 0 or 100).
    assert effect.experienced.value == pytest.approx(45.0)
    halves = [t_half(values) for values in ratings.values()]
    assert effect.experienced.low == pytest.approx(45 - math.sqrt(sum(h * h for h in halves)))
    assert effect.experienced.n == (5, 5, 5, 5)


def test_an_ideas_experienced_effect_counts_each_response_once(world, owner_olga):
    """A response that rates two or three P's is one customer: its ratings are averaged
    first, and n counts responses. Counting ratings would give A before 26/10 = 2.6 → 40
    with n = 10, and an effect of 42.5 instead of 45."""
    step = JourneyStepFactory(organization=world.org)
    idea = IdeaFactory(organization=world.org, step=step)
    ideas.try_idea(idea, by=owner_olga, locations=[world.location_a], today=START)
    rated = {  # (people, process, product) per response → the response's mean
        (world.location_a, 100): [
            (2, 4, None),
            (1, None, None),
            (3, 3, 3),
            (2, 2, None),
            (4, 2, None),
        ],
        (world.location_a, 30): [
            (5, 3, None),
            (4, 4, 4),
            (5, None, None),
            (3, 5, None),
            (4, 4, None),
        ],
        (world.location_b, 100): [
            (3, None, None),
            (4, 2, None),
            (3, 3, 3),
            (4, 4, None),
            (5, 3, None),
        ],
        (world.location_b, 30): [
            (3, None, None),
            (4, 4, None),
            (2, 4, None),
            (4, None, None),
            (3, 3, None),
        ],
    }
    means = {
        (world.location_a, 100): [3, 1, 3, 2, 3],  # mean 2.4 → 35
        (world.location_a, 30): [4, 4, 5, 4, 4],  # mean 4.2 → 80
        (world.location_b, 100): [3, 3, 3, 4, 4],  # mean 3.4 → 60
        (world.location_b, 30): [3, 4, 3, 4, 3],  # mean 3.4 → 60
    }
    for (location, days), rows in rated.items():
        for people, process, product in rows:
            ResponseFactory(
                organization=world.org,
                link__location=location,
                step=step,
                people=people,
                process=process,
                product=product,
                submitted_at=NOW - timedelta(days=days),
            )
    # A response that rated nothing (a comment only) is no rating at all.
    ResponseFactory(
        organization=world.org,
        link__location=world.location_a,
        step=step,
        comment="Nice place",
        submitted_at=NOW - timedelta(days=30),
    )
    effect = ideas.idea_effect(idea, now=NOW).experienced
    assert effect.n == (5, 5, 5, 5)
    assert effect.before_here.value == pytest.approx(35.0)
    assert effect.after_here.value == pytest.approx(80.0)
    assert effect.value == pytest.approx((80 - 35) - (60 - 60))
    halves = [t_half(values) for values in means.values()]
    assert effect.low == pytest.approx(45 - math.sqrt(sum(h * h for h in halves)))


def test_an_idea_never_tried_has_no_effect_yet(world):
    with pytest.raises(PeopleError, match="not been tried"):
        ideas.idea_effect(IdeaFactory(organization=world.org))


def test_diff_in_diff_of_missing_figures_is_unknown():
    missing = effects.stats.missing(0)
    effect = effects.diff_in_diff(missing, missing, missing, missing)
    assert effect.value is None and effect.too_few and not effect.real


def test_posting_an_idea_checks_its_fields(world, staff_sam):
    step = JourneyStepFactory(organization=world.org)
    with pytest.raises(PeopleError, match="kind"):
        ideas.post_idea(by=staff_sam, step=step, kind="nope", title="x")
    with pytest.raises(PeopleError, match="title"):
        ideas.post_idea(by=staff_sam, step=step, kind="delight", title="")
    assert not Idea.objects.exists()
    UserFactory()  # another user does not change anything
    idea = ideas.post_idea(by=staff_sam, step=step, kind="hassle", title="Pay at the table")
    assert idea.author == staff_sam.user
