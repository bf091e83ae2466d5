"""Evaluation of the event coder on the PLOVER gold standard records (development share).

Floors sit a little below what the full pipeline measured (see the module docstring of
eventwire.evaluate.events for the definitions); they catch regressions, not targets.
"""

from __future__ import annotations

import json

from tests.conftest import FIXTURES, shared_path

from eventwire.evaluate.events import Tally, country_code, evaluate, gold_parties, gold_type, score_record
from eventwire.records import Actor, Event


def test_gold_mapping_of_draft_names_and_old_codes():
    assert gold_type({"event": "FIGHT"}) == "ASSAULT"
    assert gold_type({"event": "DEMAND"}) == "REQUEST"
    assert gold_type({"event": "INVESTIGATE"}) == "ACCUSE"
    assert country_code("JAP") == "JPN" and country_code("FRA") == "FRA"
    assert gold_parties("") == [] and gold_parties(None) == []


def test_scoring_of_one_record():
    record = {"event": "CONSULT", "source": [{"code": "FRA"}], "target": [{"code": "DEU", "sector": "GOV"}]}
    ours = Event(
        "e1",
        "CONSULT",
        actor=[Actor("a", "France", "state", "FRA"), Actor("b", "Germany", "state", "DEU", "GOV")],
    )
    tally = Tally()
    assert score_record(record, [ours], tally) == "CONSULT"
    counts = tally.counts
    assert (counts["type_right"], counts["actor_tp"], counts["actor_fp"], counts["recipient_fn"]) == (
        1,
        2,
        0,
        0,
    )
    assert (counts["sector_total"], counts["sector_right"]) == (1, 1)
    assert score_record({"event": "AID", "source": [{"code": "FRA"}]}, [], tally) == "NONE"
    assert tally.counts["actor_fn"] == 1


def test_floor_on_plover_gold(nlp):
    gold = shared_path("gold/events/plover_gsr_dev.json")
    assert len(json.loads(gold.read_text(encoding="utf-8"))) > 200
    report = evaluate(gold, nlp=nlp)
    metrics = report.metrics
    assert report.items >= 200
    # Measured at the end of session 3 (dev share, 215 items): type 0.851, actor F1 0.901, recipient F1
    # 0.797, sector 0.800 (0.735 / 0.765 / 0.673 / 0.745 at its start); 0.851 / 0.901 / 0.802 / 0.821 at
    # the end of session 4, 0.851 / 0.901 / 0.807 / 0.830 at the end of session 5. Sector accuracy is over
    # the parties whose country we found.
    assert metrics["type_accuracy"] >= 0.83
    assert metrics["actor_f1"] >= 0.88
    assert metrics["recipient_f1"] >= 0.78
    assert metrics["sector_accuracy"] >= 0.80


def test_blind_lexicon_sentences_floors(nlp):
    # tests/fixtures/lexicon_blind: 400 sentences written blind to the coder (session 6), alternate
    # records development / held out. First run 0.745 / 0.715 type accuracy (development / held out)
    # with the session-start code, 0.885 / 0.740 at the end of session 6 (negated events left out of
    # the scoring since 522a63b; the development half was read). Held out: aggregates only.
    development = evaluate(FIXTURES / "lexicon_blind" / "development.json", nlp=nlp).metrics
    held_out = evaluate(FIXTURES / "lexicon_blind" / "held_out.json", nlp=nlp).metrics
    assert development["type_accuracy"] >= 0.86 and held_out["type_accuracy"] >= 0.71
    assert development["actor_f1"] >= 0.89 and held_out["actor_f1"] >= 0.80
    assert development["recipient_f1"] >= 0.69 and held_out["recipient_f1"] >= 0.63
