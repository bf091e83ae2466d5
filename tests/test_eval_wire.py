"""The wire benchmark (tests/fixtures/wire): 60 hand-coded wire-style articles run through the whole
pipeline. Floors sit a little below the figures measured when they were set, to catch regressions;
the held-out half (w13-w24), the fresh held-out batch (w37-w48) and the unseen batch (w49-w60) are the
honest estimates, never tuned on."""

from __future__ import annotations

import pytest
from tests.conftest import FIXTURES

from eventwire.evaluate.wire import (
    FRESH,
    HELD_OUT,
    SCORED_ONLY,
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


def test_fixture_has_60_articles_and_every_split_is_coded(report):
    assert report.items == 60
    for split in ("dev", "heldout", "fresh", "unseen"):
        assert report.metrics[f"{split}_gold_events"] > 60
    assert report.metrics["unseen_gold_events"] == 107


def test_held_out_sets_are_twelve_articles_each_and_disjoint():
    assert len(HELD_OUT) == len(FRESH) == len(UNSEEN) == 12
    assert len(SCORED_ONLY) == 36
    assert {f"w{number}" for number in range(49, 61)} == UNSEEN


def test_details_never_name_held_out_articles(report):
    named = {line.strip() for line in report.details if line.startswith("  w")}
    assert named and not named & (HELD_OUT | FRESH)


def test_details_never_name_an_unseen_article(report):
    text = "\n".join(report.details)
    assert report.metrics["unseen_gold_events"] > 0
    assert not [article for article in UNSEEN if article in text]


def test_development_half_floors(report):
    metrics = report.metrics
    # Measured 0.63 dyad F1, 0.76 type F1, 0.95 dates (November 2026, session 2; the actor stage moves
    # it too; dates include narrative dating).
    assert metrics["dev_dyad_f1"] >= 0.59
    assert metrics["dev_type_f1"] >= 0.72
    assert metrics["dev_date_accuracy"] >= 0.90


def test_held_out_half_floors(report):
    # Measured 0.31 dyad F1, 0.63 type F1, 0.62 dates (session 2; type F1 was 0.66 at its start: some
    # dropped one-sided events were of the right type).
    metrics = report.metrics
    assert metrics["heldout_dyad_f1"] >= 0.28
    assert metrics["heldout_type_f1"] >= 0.60
    assert metrics["heldout_date_accuracy"] >= 0.55


def test_fresh_held_out_batch_floors(report):
    # w37-w48, coded before the first run; measured 0.35 dyad F1, 0.73 type F1, 0.91 dates at 17fb81a
    # (November 2026). Aggregates only: its single failures are not inspected.
    metrics = report.metrics
    assert metrics["fresh_dyad_f1"] >= 0.30
    assert metrics["fresh_type_f1"] >= 0.69
    assert metrics["fresh_date_accuracy"] >= 0.85


def test_unseen_held_out_batch_floors(report):
    # w49-w60, coded before the first run; measured 0.30 dyad F1, 0.72 type F1, 0.72 dates at 4bbde39
    # (November 2026, with other helpers' uncommitted actor/events edits in the tree). Aggregates only:
    # its single failures are not inspected.
    metrics = report.metrics
    assert metrics["unseen_dyad_f1"] >= 0.25
    assert metrics["unseen_type_f1"] >= 0.67
    assert metrics["unseen_date_accuracy"] >= 0.65


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
