"""The statistics of the value-distance page against hand computations."""

import math

import pytest

from servicegap.core import stats
from servicegap.core.stats import Estimate

Z = 1.959964


def test_z_is_the_normal_quantile_of_a_95_percent_interval():
    assert pytest.approx(Z, abs=1e-6) == stats.Z


def test_wilson_on_the_effective_n_of_weighted_answers():
    # 5 mystery shops, each a weight-1 behaviour (always passed) and a weight-3 one
    # (passed in 2 of 5): passed 5×1 + 2×3 = 11 of 20; Σw² = 5 × (1 + 9) = 50.
    # n_eff = 20² / 50 = 8, p = 0.55.
    # centre = (0.55 + z²/16) / (1 + z²/8) = 0.790091 / 1.480182 = 0.533780
    # half = z·√(0.55·0.45/8 + z²/256) / 1.480182 = 1.959964 × 0.214344 / 1.480182 = 0.283821
    estimate = stats.wilson(11, 20, 50, n=5, minimum=5)
    assert estimate.value == pytest.approx(55.0)
    assert estimate.low == pytest.approx(24.996, abs=0.01)
    assert estimate.high == pytest.approx(81.760, abs=0.01)
    assert estimate.n == 5
    assert not estimate.too_few


def test_wilson_of_all_passed_has_an_interval_below_100():
    # p = 1, n_eff = 8: centre = 1.240091 / 1.480182 = 0.837795, half = 0.162204
    estimate = stats.wilson(20, 20, 50, n=5, minimum=5)
    assert estimate.value == 100
    assert estimate.low == pytest.approx(67.559, abs=0.01)
    assert estimate.high == 100


def test_a_pass_rate_under_the_evidence_bar_is_too_few_but_keeps_its_value():
    estimate = stats.wilson(3, 4, 4, n=2, minimum=5)
    assert estimate.value == 75
    assert estimate.too_few
    assert estimate.n == 2


def test_nothing_applicable_is_missing_not_zero():
    estimate = stats.wilson(0, 0, 0, n=0, minimum=5)
    assert estimate.value is None
    assert not estimate.usable


def test_mean_rating_with_a_t_interval():
    # Ratings 1, 2, 3, 4, 5, 3: mean 3 → (3 − 1) × 25 = 50. Sample variance 10/5 = 2 (above
    # the floor 4²/(4 × 7) = .571); se = √(2/6) = .577350; t(.975, 5) = 2.570582;
    # half = 2.570582 × .577350 × 25 = 37.103 → [12.897, 87.103].
    ratings = [1, 2, 3, 4, 5, 3]
    estimate = stats.rating_mean(len(ratings), sum(ratings), sum(r * r for r in ratings), minimum=5)
    assert estimate.value == pytest.approx(50.0)
    assert estimate.low == pytest.approx(12.897, abs=0.01)
    assert estimate.high == pytest.approx(87.103, abs=0.01)
    assert estimate.spread == pytest.approx(2**0.5 * 25)
    assert not estimate.too_few


def test_ratings_that_agree_still_have_an_interval():
    # Five 5s: no spread. The variance floor 4²/(4 × 6) = .6667 gives se = √(.6667/5)
    # = .365148 and half = 2.776445 × .365148 × 25 = 25.345 → [74.655, 100], cut at 100.
    estimate = stats.rating_mean(5, 25, 125, minimum=5)
    assert estimate.value == 100
    assert estimate.low == pytest.approx(74.655, abs=0.01)
    assert estimate.high == 100
    assert estimate.above == pytest.approx(25.345, abs=0.01)  # before the cut
    assert estimate.spread == 0
    # Five 5s then five 4s is not a certain fall of 25 points.
    fall = stats.difference(stats.rating_mean(5, 20, 80, minimum=5), estimate)
    assert fall.value == -25
    assert fall.p_value > 0.05


def test_a_small_sample_s_floor_widens_its_interval():
    # Ratings 1, 2, 2, 3, 2: variance .5 is under the floor .6667, which is used instead:
    # half = 25.345 → [−0.345, 50.345], shown cut at 0.
    ratings = [1, 2, 2, 3, 2]
    estimate = stats.rating_mean(5, sum(ratings), sum(r * r for r in ratings), minimum=5)
    assert estimate.value == 25
    assert estimate.low == 0
    assert estimate.below == pytest.approx(25.345, abs=0.01)


def test_one_rating_has_no_interval_and_is_too_few():
    estimate = stats.rating_mean(1, 4, 16, minimum=5)
    assert estimate.value == 75
    assert estimate.low is None
    assert estimate.too_few


def test_nps_with_its_standard_error():
    # 10 answers: 5 promoters, 2 detractors. p₊ = .5, p₋ = .2, NPS = 30.
    # se = 100 × √((.5 + .2 − .3²)/10) = 24.698. The floor, with one more promoter, passive
    # and detractor (6/13, 3/13): 100 × √((.461538 + .230769 − .230769²)/10) = 25.280,
    # is wider and is used: half = 1.959964 × 25.280 = 49.547 → [−19.547, 79.547].
    estimate = stats.nps(10, 5, 2, minimum=5)
    assert estimate.value == pytest.approx(30.0)
    assert estimate.low == pytest.approx(-19.547, abs=0.01)
    assert estimate.high == pytest.approx(79.547, abs=0.01)


def test_all_promoters_is_not_a_certain_nps_of_100():
    # 8 promoters: se would be 0. Floor: (9/11, 1/11): √((.818182 + .090909 − .727273²)/8)
    # = √(.380165/8) = .217991 → half 1.959964 × 21.799 = 42.725 → [57.275, 100].
    estimate = stats.nps(8, 8, 0, minimum=5)
    assert estimate.value == 100
    assert estimate.low == pytest.approx(57.275, abs=0.01)


def test_value_distance_reflects_the_experienced_interval():
    distance = stats.distance(Estimate(25.0, 3.05, 46.95, 5, False))
    assert distance.value == 75
    assert distance.low == pytest.approx(53.05)
    assert distance.high == pytest.approx(96.95)


def test_a_gap_of_independent_estimates_keeps_lopsided_intervals():
    # Newcombe's MOVER. Believed 100 [67.559, 100]: 32.441 below, 0 above. Experienced
    # 25 [3.050, 46.950]: 21.950 each way. Gap 75:
    # below = √(32.441² + 21.950²) = 39.169 → low 35.831
    # above = √(0² + 21.950²) = 21.950 → high 96.950
    # p on the side facing 0: z = 75 / (39.169 / 1.959964) = 3.7529 → p = 1.748e-4.
    believed = Estimate(100.0, 67.559, 100.0, 5, False)
    experienced = Estimate(25.0, 3.050, 46.950, 5, False)
    gap = stats.difference(believed, experienced)
    assert gap.value == pytest.approx(75.0)
    assert gap.low == pytest.approx(35.831, abs=0.01)
    assert gap.high == pytest.approx(96.950, abs=0.01)
    assert gap.p_value == pytest.approx(1.748e-4, rel=0.01)
    assert gap.testable


def test_a_gap_between_two_certain_figures_is_not_tested():
    gap = stats.difference(Estimate(90.0, 90.0, 90.0, 10, False), Estimate(60.0, 60, 60, 10, False))
    assert gap.value == 30
    assert not gap.testable


def test_a_gap_with_a_side_under_the_bar_is_too_few_and_never_tested():
    gap = stats.difference(Estimate(90.0, 80, 100, 2, True), Estimate(40.0, 30, 50, 40, False))
    assert gap.value == 50
    assert gap.too_few
    assert not gap.testable
    (marked,) = stats.mark_real([gap])
    assert not marked.real


def test_a_gap_with_a_missing_side_has_no_value():
    gap = stats.difference(stats.missing(), Estimate(40.0, 30, 50, 40, False))
    assert gap.value is None


def test_benjamini_hochberg_by_hand():
    # m = 5, q = .05: thresholds k·q/m = .01 .02 .03 .04 .05. Sorted p: .001 (≤ .01),
    # .015 (≤ .02), .04 (> .03), .041 (> .04), .2 (> .05). The largest k with p(k) ≤ kq/m
    # is 2, so the two smallest are rejected.
    rejected = stats.benjamini_hochberg([0.04, 0.001, 0.2, 0.015, 0.041])
    assert rejected == [False, True, False, True, False]


def test_benjamini_hochberg_steps_up():
    # .03 .035 .04 with m = 3: .04 ≤ 3 × .05/3 = .05, so all three are rejected, though
    # .03 alone would fail Bonferroni (.0167).
    assert stats.benjamini_hochberg([0.03, 0.035, 0.04]) == [True, True, True]


def test_a_gap_significant_alone_is_not_real_among_many_null_gaps():
    # One gap with p ≈ .02 (value 10, half 8.56) among 9 gaps of p = .9: BH needs
    # p ≤ 1 × .05/10 = .005, so nothing is real.
    lone = stats.Gap(10.0, 8.56, 8.56, 0.022, False, (20, 20))
    null = stats.Gap(1.0, 15.0, 15.0, 0.9, False, (20, 20))
    marked = stats.mark_real([lone] + [null] * 9)
    assert not any(gap.real for gap in marked)
    (alone,) = stats.mark_real([lone])
    assert alone.real


def test_a_real_gap_has_an_adjusted_interval_that_excludes_zero():
    # 2 rejections of m = 4 tests: false-coverage level 1 − 2 × .05/4 = .975, so each
    # interval widens by z(.9875)/z(.975) = 2.241403/1.959964 = 1.143594.
    gaps = [
        stats.Gap(30.0, 10.0, 10.0, 1e-6, False, (20, 20)),
        stats.Gap(25.0, 12.0, 12.0, 1e-4, False, (20, 20)),
        stats.Gap(5.0, 12.0, 12.0, 0.4, False, (20, 20)),
        stats.Gap(2.0, 12.0, 12.0, 0.7, False, (20, 20)),
    ]
    marked = stats.mark_real(gaps)
    assert [gap.real for gap in marked] == [True, True, False, False]
    assert marked[0].low == pytest.approx(30 - 11.43594, abs=1e-3)
    for gap in marked:
        assert (gap.low > 0) == gap.real


def test_with_nothing_real_the_interval_is_widened_as_for_one_rejection():
    # m = 10, none rejected: level 1 − .05/10 = .995, z(.9975) = 2.807034, so a gap that
    # is not real never shows an interval that leaves out 0.
    lone = stats.Gap(10.0, 8.56, 8.56, 0.022, False, (20, 20))
    null = stats.Gap(1.0, 15.0, 15.0, 0.9, False, (20, 20))
    marked = stats.mark_real([lone] + [null] * 9)
    assert marked[0].low == pytest.approx(10 - 8.56 * 2.807034 / 1.959964, abs=1e-3)
    assert marked[0].low < 0


def test_wilson_when_everything_failed():
    # 0 of 20 (n_eff 8): centre = (0 + .240091)/1.480182 = .162204, half = .162204 → [0, 32.441]
    estimate = stats.wilson(0, 20, 50, n=5, minimum=5)
    assert estimate.value == 0
    assert estimate.low == 0
    assert estimate.high == pytest.approx(32.441, abs=0.01)


def test_shrinkage_by_hand():
    # Scores 80 (se 2), 60 (se 2), 20 (se 20: a location with three answers).
    # Fixed weights 1/4, 1/4, 1/400: Σw = .5025, mean_FE = (20 + 15 + .05)/.5025 = 69.751
    # Q = .25(10.249)² + .25(9.751)² + .0025(49.751)² = 26.260 + 23.770 + 6.188 = 56.218
    # c = .5025 − (.0625 + .0625 + .00000625)/.5025 = .5025 − .248769 = .253731
    # τ² = (56.218 − 2)/.253731 = 213.683
    # Random-effects weights 1/(4 + τ²) = .0045932, .0045932, 1/(400 + τ²) = .0016295
    # μ = (.0045932 × 140 + .0016295 × 20)/(.0091864 + .0016295) = .675638/.0108159 = 62.467
    # B = τ²/(τ² + se²): .981628, .981628, .348184
    # shrunk: 62.467 + .981628 × 17.533 = 79.678; 62.467 − .981628 × 2.467 = 60.045;
    #         62.467 + .348184 × (20 − 62.467) = 47.681
    shrunk, mean, tau2 = stats.shrink([80.0, 60.0, 20.0], [2.0, 2.0, 20.0])
    assert tau2 == pytest.approx(213.68, abs=0.05)
    assert mean == pytest.approx(62.467, abs=0.01)
    assert [s.value for s in shrunk] == pytest.approx([79.678, 60.045, 47.681], abs=0.01)
    # The location with three answers moved most (weight .35), the others barely: on raw
    # scores it was the lowest by far; shrunk, it is still lowest but 20 → 47.7.
    assert shrunk[2].weight == pytest.approx(0.348, abs=0.001)


def test_with_no_spread_between_locations_every_score_shrinks_to_the_mean():
    shrunk, mean, tau2 = stats.shrink([50.0, 51.0, 49.0], [10.0, 10.0, 10.0])
    assert tau2 == 0
    assert all(s.value == pytest.approx(50.0) for s in shrunk)


def test_one_location_does_not_move():
    shrunk, mean, tau2 = stats.shrink([42.0], [5.0])
    assert shrunk[0].value == 42.0
    assert math.isclose(mean, 42.0)
