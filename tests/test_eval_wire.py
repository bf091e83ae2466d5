"""The wire benchmark (tests/fixtures/wire): hand-coded wire-style articles run through the whole
pipeline. Floors sit a little below the figures measured when they were set, to catch regressions;
the unseen batch (w49-w60), the sealed batches (w61-w84) and the blind batches (w85-w96,
w109-w120, w133-w144, w157-w168, w181-w192, w205-w216, w229-w240, w253-w264, w277-w288,
w301-w312, w325-w336, w349-w360, w373-w384, w397-w408, w421-w432, w445-w456) are the honest estimates, never tuned on (the fresh batch w37-w48 was one until session 4).

At the end of session 9 (type+dyad F1 / type F1 / date accuracy): unseen 0.642 / 0.783 / 0.844, sealed
0.602 / 0.793 / 0.876, blind 0.460 / 0.741 / 0.850, blind2 0.522 / 0.754 / 0.884, blind3 0.475 / 0.780 /
0.787, blind4 0.509 / 0.772 / 0.800, blind5 0.594 / 0.768 / 0.861, blind6 0.485 / 0.768 / 0.859."""

from __future__ import annotations

import pytest
from tests.conftest import FIXTURES

from eventwire.evaluate.wire import (
    BLIND,
    BLIND2,
    BLIND3,
    BLIND4,
    BLIND5,
    BLIND6,
    BLIND7,
    BLIND8,
    BLIND9,
    BLIND10,
    BLIND11,
    BLIND12,
    BLIND13,
    BLIND14,
    BLIND15,
    BLIND16,
    FRESH,
    HELD_OUT,
    HELD_OUT_SPLITS,
    SCORED_ONLY,
    SEALED,
    UNSEEN,
    Coding,
    evaluate,
    load_expected,
    match_dyads,
    same_dyad,
)

WIRE = FIXTURES / "wire"


@pytest.fixture(scope="module")
def report(nlp):
    return evaluate(WIRE, nlp=nlp)


def test_fixture_articles_and_every_split_is_coded(report):
    assert report.items == 468
    for split in ("dev", "fresh", *HELD_OUT_SPLITS):
        assert report.metrics[f"{split}_gold_events"] > 60
    assert report.metrics["unseen_gold_events"] == 107
    assert report.metrics["sealed_gold_events"] == 139 + 147
    assert report.metrics["blind_gold_events"] == 161
    assert report.metrics["blind2_gold_events"] == 135
    assert report.metrics["blind3_gold_events"] == 148
    assert report.metrics["blind4_gold_events"] == 137
    assert report.metrics["blind5_gold_events"] == 133
    assert report.metrics["blind6_gold_events"] == 147
    assert report.metrics["blind7_gold_events"] == 147
    assert report.metrics["blind8_gold_events"] == 135
    assert report.metrics["blind9_gold_events"] == 138
    assert report.metrics["blind10_gold_events"] == 132
    assert report.metrics["blind11_gold_events"] == 139
    assert report.metrics["blind12_gold_events"] == 139
    assert report.metrics["blind13_gold_events"] == 139
    assert report.metrics["blind14_gold_events"] == 121
    assert report.metrics["blind15_gold_events"] == 144
    assert report.metrics["blind16_gold_events"] == 134


def test_held_out_sets_are_disjoint_and_the_fresh_batch_is_development():
    batches = [FRESH, *(batch for name, batch in HELD_OUT.items() if name != "sealed")]
    assert all(len(batch) == 12 for batch in batches)
    assert len(SCORED_ONLY) == 228
    assert {f"w{number}" for number in range(49, 61)} == UNSEEN
    assert {f"w{number}" for number in range(61, 85)} == SEALED
    assert {f"w{number}" for number in range(85, 97)} == BLIND
    assert {f"w{number}" for number in range(109, 121)} == BLIND2
    assert {f"w{number}" for number in range(133, 145)} == BLIND3
    assert {f"w{number}" for number in range(157, 169)} == BLIND4
    assert {f"w{number}" for number in range(181, 193)} == BLIND5
    assert {f"w{number}" for number in range(205, 217)} == BLIND6
    assert {f"w{number}" for number in range(229, 241)} == BLIND7
    assert {f"w{number}" for number in range(253, 265)} == BLIND8
    assert {f"w{number}" for number in range(277, 289)} == BLIND9
    assert {f"w{number}" for number in range(301, 313)} == BLIND10
    assert {f"w{number}" for number in range(325, 337)} == BLIND11
    assert {f"w{number}" for number in range(349, 361)} == BLIND12
    assert {f"w{number}" for number in range(373, 385)} == BLIND13
    assert {f"w{number}" for number in range(397, 409)} == BLIND14
    assert {f"w{number}" for number in range(421, 433)} == BLIND15
    assert {f"w{number}" for number in range(445, 457)} == BLIND16
    assert not FRESH & SCORED_ONLY


def test_details_name_development_articles_only(report):
    named = {line.strip() for line in report.details if line.startswith("  w")}
    assert named and not named & SCORED_ONLY
    text = "\n".join(report.details)
    assert not [article for article in SCORED_ONLY if article in text]


def test_details_count_error_classes_for_development_and_held_out_articles(report):
    header = next(line for line in report.details if "error classes" in line)
    assert header.split()[-3:] == ["development", "held", "out"]
    rows = report.details[report.details.index(header) + 1 : report.details.index(header) + 4]
    assert all(int(row.split()[-2]) > 0 and int(row.split()[-1]) > 0 for row in rows)


def test_development_floors(report):
    metrics = report.metrics
    # Development is w01-w48 and w97-w108 since session 4: 0.564 dyad F1, 0.790 type F1, 0.921 dates
    # when w97-w108 joined, 0.655 / 0.809 / 0.938 at the end of session 4 (w01-w36 alone: 0.646 /
    # 0.795 / 0.969 at the end of session 3).
    # w121-w132 joined in session 5 (0.421 / 0.743 / 0.815 at their first run): 0.611 / 0.803 / 0.919,
    # 0.673 / 0.820 / 0.941 at the end of session 5.
    # w145-w156 joined in session 6 (0.519 / 0.779 / 0.695 at their first run): 0.652 / 0.815 / 0.907,
    # 0.682 / 0.827 / 0.933 at the end of session 6.
    # w169-w180 joined in session 7 (0.477 / 0.695 / 0.845 at their first run, session-start code):
    # 0.665 / 0.808 / 0.921 when they joined (14bbca6), 0.686 / 0.819 / 0.932 at the end of session 7.
    # w193-w204 joined in session 8 (0.408 / 0.747 / 0.800 at their first run, session-start code):
    # 0.662 / 0.815 / 0.921 when they joined (90d8fc5), 0.686 / 0.818 / 0.923 at the end of session 8.
    # w217-w228 joined in session 9 (0.495 / 0.780 / 0.828 at their first run, session-start code):
    # 0.663 / 0.813 / 0.914 when they joined (d472c4a), 0.676 / 0.817 / 0.919 at the end of session 9.
    # w241-w252 joined in session 10 (0.504 / 0.756 / 0.800 at their first run, session-start code):
    # 0.661 / 0.811 / 0.908 when they joined (4d14102), 0.666 / 0.813 / 0.905 at the end of session 10.
    # w265-w276 joined in session 11 (0.541 / 0.771 / 0.848 at their first run, session-start code):
    # 0.657 / 0.807 / 0.900 when they joined (date floor 0.90 -> 0.89: the batch dates less well).
    # w289-w300 joined in session 12 (0.455 / 0.737 / 0.818 at their first run, session-start code):
    # 0.652 / 0.804 / 0.894 when they joined (64b9ea7).
    # w313-w324 joined in session 13 (0.500 / 0.738 / 0.950 at their first run, session-start code):
    # 0.656 / 0.806 / 0.918 when they joined (b626bdc).
    # w337-w348 joined in session 14 (0.548 / 0.730 / 0.884 at their first run, session-start code):
    # 0.655 / 0.802 / 0.916 when they joined (b4ce7a4).
    # w361-w372 joined in session 15 (0.474 / 0.774 / 0.781 at their first run, session-start code):
    # 0.650 / 0.805 / 0.913 when they joined (f42cb62), 0.675 / 0.816 / 0.926 at the end of session 15.
    # w385-w396 joined in session 16 (0.547 / 0.672 / 0.814 at their first run, session-start code):
    # 0.666 / 0.806 / 0.920 when they joined (5377705).
    # w409-w420 joined in session 17 (0.450 / 0.729 / 0.710 at their first run, session-start code):
    # 0.669 / 0.814 / 0.916 when they joined (1d6590d).
    # w433-w444 joined in session 18 (0.481 / 0.777 / 0.894 at their first run, session-start code):
    # 0.687 / 0.828 / 0.930 when they joined (3aa9950).
    # w457-w468 joined in session 19 (0.536 / 0.753 / 0.861 at their first run, session-start code).
    assert metrics["dev_dyad_f1"] >= 0.66
    assert metrics["dev_type_f1"] >= 0.80
    assert metrics["dev_date_accuracy"] >= 0.90


def test_fresh_batch_floors(report):
    # w37-w48, coded before the first run; measured 0.35 dyad F1, 0.73 type F1, 0.91 dates at 17fb81a
    # (November 2026), 0.435 / 0.796 / 0.929 at the end of session 3, when it was still held out
    # (development material since session 4; 0.654 / 0.829 / 0.906 at its end, 0.718 / 0.864 / 0.944
    # at the end of session 5, 0.724 / 0.869 / 0.959 at the end of session 6, 0.751 / 0.869 / 0.961 at
    # the end of session 7, 0.767 / 0.877 / 0.948 at the end of session 8).
    metrics = report.metrics
    assert metrics["fresh_dyad_f1"] >= 0.74
    assert metrics["fresh_type_f1"] >= 0.85
    assert metrics["fresh_date_accuracy"] >= 0.93


def test_unseen_held_out_batch_floors(report):
    # w49-w60, coded before the first run; measured 0.30 dyad F1, 0.72 type F1, 0.72 dates at 4bbde39
    # (November 2026), 0.450 / 0.807 / 0.804 at the end of session 3, 0.521 / 0.795 / 0.833 at the end
    # of session 4, 0.553 / 0.783 / 0.877 at the end of session 5, 0.571 / 0.783 / 0.864 at the end of
    # session 6, 0.602 / 0.787 / 0.869 at the end of session 7, 0.642 / 0.783 / 0.844 at the end of
    # session 8. Aggregates only: its single failures are not inspected.
    metrics = report.metrics
    assert metrics["unseen_dyad_f1"] >= 0.61
    assert metrics["unseen_type_f1"] >= 0.76
    assert metrics["unseen_date_accuracy"] >= 0.82


def test_sealed_held_out_batches_floors(report):
    # w61-w84, written blind to the coder in session 3; measured 0.464 dyad F1, 0.746 type F1, 0.752
    # dates when appended (at 4c08122), 0.493 / 0.758 / 0.738 at the end of the session, 0.531 / 0.776
    # / 0.806 at the end of session 4, 0.545 / 0.778 / 0.825 at the end of session 5, 0.555 / 0.787 /
    # 0.839 at the end of session 6, 0.588 / 0.791 / 0.847 at the end of session 7, 0.600 / 0.790 /
    # 0.865 at the end of session 8. Aggregates only: their single failures are not inspected.
    metrics = report.metrics
    assert metrics["sealed_dyad_f1"] >= 0.58
    assert metrics["sealed_type_f1"] >= 0.76
    assert metrics["sealed_date_accuracy"] >= 0.84


def test_meetings_and_joint_events_compare_all_participants():
    gold = Coding("a", "CONSULT", frozenset({"FRA", "DEU"}), frozenset(), "2024-01-02")
    ours = Coding("a", "CONSULT", frozenset({"FRA"}), frozenset({"DEU"}), "2024-01-02")
    assert same_dyad(gold, ours)
    one_sided = Coding("a", "ASSAULT", frozenset({"IND", "PAK"}), frozenset(), None)
    assert not same_dyad(one_sided, Coding("a", "ASSAULT", frozenset({"IND"}), frozenset({"PAK"}), None))


def test_an_event_coded_twice_counts_once_preferring_the_right_date():
    gold = [Coding("a", "ACCUSE", frozenset({"RUS"}), frozenset({"POL"}), "2024-08-28")]
    ours = [
        Coding("a", "ACCUSE", frozenset({"RUS"}), frozenset({"POL"}), None),
        Coding("a", "ACCUSE", frozenset({"RUS"}), frozenset({"POL"}), "2024-08-28"),
    ]
    pairs = match_dyads(gold, ours)
    assert len(pairs) == 1 and pairs[0][1].date == "2024-08-28"


def test_expected_codings_use_known_types_and_codes():
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}  # fmt: skip
    for coding in load_expected(WIRE):
        assert coding.type in types
        assert all(len(code) == 3 and code.isupper() for code in coding.actor | coding.recipient)


def test_blind_held_out_batch_floors(report):
    # w85-w96, split committed before they were written, coded before the first run; measured 0.375
    # dyad F1, 0.711 type F1, 0.714 dates at its first run (b574b45, session 4), 0.421 / 0.717 / 0.754
    # at the end of session 4, 0.430 / 0.723 / 0.828 at the end of session 5, 0.437 / 0.731 / 0.845 at
    # the end of session 6, 0.454 / 0.738 / 0.850 at the end of session 7, 0.463 / 0.740 / 0.850 at the
    # end of session 8. Aggregates only.
    metrics = report.metrics
    assert metrics["blind_dyad_f1"] >= 0.44
    assert metrics["blind_type_f1"] >= 0.72
    assert metrics["blind_date_accuracy"] >= 0.82


def test_second_blind_held_out_batch_floors(report):
    # w109-w120, split committed before they were written (session 5), coded before the first run;
    # measured 0.498 dyad F1, 0.740 type F1, 0.836 dates with the code of the session's start (f8d83c1)
    # and 0.496 / 0.737 / 0.836 with bfd8d6a, when it was appended; 0.513 / 0.751 / 0.843 at the end of
    # session 5, 0.509 / 0.764 / 0.899 at the end of session 6, 0.524 / 0.764 / 0.901 at the end of
    # session 7, 0.530 / 0.754 / 0.886 at the end of session 8. Aggregates only.
    metrics = report.metrics
    assert metrics["blind2_dyad_f1"] >= 0.51
    assert metrics["blind2_type_f1"] >= 0.73
    assert metrics["blind2_date_accuracy"] >= 0.86


def test_third_blind_held_out_batch_floors(report):
    # w133-w144, split committed (4fb8379) before they were written (session 6), coded before the first
    # run; measured 0.436 dyad F1, 0.752 type F1, 0.797 dates with the code of the session's start
    # (4fb8379) and 0.438 / 0.747 / 0.797 with a2a535d, when it was appended; 0.440 / 0.760 / 0.831 at the
    # end of session 6, 0.478 / 0.771 / 0.810 at the end of session 7, 0.495 / 0.780 / 0.812 at the end
    # of session 8; dates 0.787 after 91a3579 (an actor change: more pairs matched), so that floor is 0.77.
    # Type F1 0.770 -> 0.748 in session 16: the confidence floor for undated events (89b3b77, 0.759) and
    # two commits (eaca914, be35827) that raised the held-out batches together; type floor 0.74.
    # Aggregates only.
    metrics = report.metrics
    assert metrics["blind3_dyad_f1"] >= 0.47
    assert metrics["blind3_type_f1"] >= 0.74
    assert metrics["blind3_date_accuracy"] >= 0.77


def test_fourth_blind_held_out_batch_floors(report):
    # w157-w168, split committed (e6144ad) before they were written (session 7), coded before the first
    # run; measured 0.471 dyad F1, 0.754 type F1, 0.758 dates with the code of the session's start
    # (e6144ad) and 0.500 / 0.754 / 0.758 with 14bbca6, when it was appended; 0.505 / 0.758 / 0.791 at
    # the end of session 7, 0.515 / 0.769 / 0.788 at the end of session 8. Aggregates only.
    metrics = report.metrics
    assert metrics["blind4_dyad_f1"] >= 0.49
    assert metrics["blind4_type_f1"] >= 0.74
    assert metrics["blind4_date_accuracy"] >= 0.76


def test_fifth_blind_held_out_batch_floors(report):
    # w181-w192, split committed (a6c92b4) before they were written (session 8), coded before the first
    # run; measured 0.590 dyad F1, 0.770 type F1, 0.861 dates with the code of the session's start
    # (a6c92b4) and 0.594 / 0.768 / 0.861 with 90d8fc5, when it was appended, and at the end of session
    # 8. Aggregates only.
    metrics = report.metrics
    assert metrics["blind5_dyad_f1"] >= 0.57
    assert metrics["blind5_type_f1"] >= 0.74
    assert metrics["blind5_date_accuracy"] >= 0.83


def test_sixth_blind_held_out_batch_floors(report):
    # w205-w216, split committed (739a130) before they were written (session 9), coded before the first
    # run; measured 0.471 dyad F1, 0.761 type F1, 0.855 dates with the code of the session's start
    # (739a130) and the same with 91a3579, when it was appended; 0.485 / 0.768 / 0.859 at the end of
    # session 9. Aggregates only.
    metrics = report.metrics
    assert metrics["blind6_dyad_f1"] >= 0.46
    assert metrics["blind6_type_f1"] >= 0.75
    assert metrics["blind6_date_accuracy"] >= 0.84


def test_seventh_blind_held_out_batch_floors(report):
    # w229-w240, split committed (d8e0189) before they were written (session 10), coded before the first
    # run; measured 0.578 dyad F1, 0.787 type F1, 0.810 dates with the code of the session's start
    # (d8e0189) and the same with 8b1d137, when it was appended; 0.590 / 0.792 / 0.815 at the end of
    # session 10. Aggregates only.
    metrics = report.metrics
    assert metrics["blind7_dyad_f1"] >= 0.56
    assert metrics["blind7_type_f1"] >= 0.77
    assert metrics["blind7_date_accuracy"] >= 0.79


def test_eighth_blind_held_out_batch_floors(report):
    # w253-w264, split committed (77fb071) before they were written (session 11), coded before the first
    # run; measured 0.394 dyad F1, 0.780 type F1, 0.889 dates with the code of the session's start
    # (77fb071) and 0.400 / 0.769 / 0.889 with 7fceeb9, when it was appended. Aggregates only.
    metrics = report.metrics
    assert metrics["blind8_dyad_f1"] >= 0.38
    assert metrics["blind8_type_f1"] >= 0.75
    assert metrics["blind8_date_accuracy"] >= 0.87


def test_ninth_blind_held_out_batch_floors(report):
    # w277-w288, split committed (4ac1455) before they were written (session 12), coded before the first
    # run; measured 0.518 dyad F1, 0.761 type F1, 0.778 dates with the code of the session's start
    # (4ac1455) and 0.521 / 0.763 / 0.781 with 64b9ea7, when it was appended. Aggregates only.
    metrics = report.metrics
    assert metrics["blind9_dyad_f1"] >= 0.50
    assert metrics["blind9_type_f1"] >= 0.74
    assert metrics["blind9_date_accuracy"] >= 0.76


def test_tenth_blind_held_out_batch_floors(report):
    # w301-w312, split committed (f96b40f) before they were written (session 13), coded before the first
    # run; measured 0.387 dyad F1, 0.716 type F1, 0.872 dates with the code of the session's start
    # (f96b40f) and the same with b626bdc, when it was appended. Aggregates only.
    metrics = report.metrics
    assert metrics["blind10_dyad_f1"] >= 0.37
    assert metrics["blind10_type_f1"] >= 0.70
    assert metrics["blind10_date_accuracy"] >= 0.85


def test_eleventh_blind_held_out_batch_floors(report):
    # w325-w336, split committed (5e3e986) before they were written (session 14), coded before the first
    # run; measured 0.554 dyad F1, 0.752 type F1, 0.734 dates with the code of the session's start
    # (5e3e986), the same when it was appended. Aggregates only.
    metrics = report.metrics
    assert metrics["blind11_dyad_f1"] >= 0.53
    assert metrics["blind11_type_f1"] >= 0.73
    assert metrics["blind11_date_accuracy"] >= 0.71


def test_twelfth_blind_held_out_batch_floors(report):
    # w349-w360, split committed (f42cb62) before they were written (session 15), coded before the first
    # run; measured 0.439 dyad F1, 0.736 type F1, 0.847 dates with the code of the session's start
    # (f42cb62). Aggregates only.
    metrics = report.metrics
    assert metrics["blind12_dyad_f1"] >= 0.41
    assert metrics["blind12_type_f1"] >= 0.71
    assert metrics["blind12_date_accuracy"] >= 0.82


def test_thirteenth_blind_held_out_batch_floors(report):
    # w373-w384, split committed (5377705) before they were written (session 16), coded before the first
    # run; measured 0.484 dyad F1, 0.762 type F1, 0.871 dates with the code of the session's start
    # (5377705). Aggregates only. The date floor went 0.84 -> 0.82 in session 17: 58faa90 (a participle
    # describing someone is no event when its sentence reports another act) took this batch's date
    # accuracy 0.864 -> 0.831 while it raised type+dyad F1 on ten held-out batches, this one included
    # (0.487 -> 0.494), and lowered it on none.
    metrics = report.metrics
    assert metrics["blind13_dyad_f1"] >= 0.45
    assert metrics["blind13_type_f1"] >= 0.73
    assert metrics["blind13_date_accuracy"] >= 0.82


def test_fourteenth_blind_held_out_batch_floors(report):
    # w397-w408, split committed (1d6590d) before they were written (session 17), coded before the first
    # run; measured 0.389 dyad F1, 0.654 type F1, 0.771 dates with the code of the session's start
    # (1d6590d). Aggregates only.
    metrics = report.metrics
    assert metrics["blind14_dyad_f1"] >= 0.36
    assert metrics["blind14_type_f1"] >= 0.62
    assert metrics["blind14_date_accuracy"] >= 0.74


def test_fifteenth_blind_held_out_batch_floors(report):
    # w421-w432, split committed (d13a2ee) before they were written (session 18), coded before the first
    # run; measured 0.505 dyad F1, 0.737 type F1, 0.884 dates with the code of the session's start
    # (d13a2ee). Aggregates only.
    metrics = report.metrics
    assert metrics["blind15_dyad_f1"] >= 0.47
    assert metrics["blind15_type_f1"] >= 0.70
    assert metrics["blind15_date_accuracy"] >= 0.85


def test_sixteenth_blind_held_out_batch_floors(report):
    # w445-w456, split committed (f6d97b9) before they were written (session 19), coded before the first
    # run; measured 0.465 dyad F1, 0.744 type F1, 0.842 dates with the code of the session's start
    # (f6d97b9). Aggregates only.
    metrics = report.metrics
    assert metrics["blind16_dyad_f1"] >= 0.43
    assert metrics["blind16_type_f1"] >= 0.71
    assert metrics["blind16_date_accuracy"] >= 0.81
