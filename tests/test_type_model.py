"""The event-type classifier over sentence vectors (eventwire.type_model) and its tokenizer.

The sentences below were written for these tests; none is in the training file.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from tests.conftest import shared_path

from eventwire.records import Event, Evidence
from eventwire.type_model import decide, embed, encode, load_classifier, retype

TRAINING = (
    Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "training" / "event_types.jsonl"
)


def test_token_ids_match_the_model_vocabulary():
    # [CLS] the ... [SEP]; accents stripped, case folded, punctuation split off, '##' continuations.
    ids = encode("Zürich's Mayor un-happy!")
    assert ids[0] == 101 and ids[-1] == 102
    assert encode("ZURICH") == encode("zürich")
    assert len(encode("word " * 400)) == 256
    # Ids as the Hugging Face tokenizer of the model gives them.
    assert encode("unhappiness") == [101, 4895, 3270, 9397, 9961, 102]  # un ##ha ##pp ##iness
    assert ids == [101, 10204, 1005, 1055, 3664, 4895, 1011, 3407, 999, 102]
    assert encode("a" * 150) == [101, 100, 102]


def test_embeddings_are_unit_vectors_in_input_order():
    sentences = ["Troops fired rockets at the village.", "The harvest was good this year.", "Short."]
    vectors = embed(sentences)
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    # Order is kept although batches are sorted by length.
    assert np.allclose(embed([sentences[2]])[0], vectors[2], atol=1e-4)
    assert embed([]).shape == (0, 384)


def test_paraphrases_are_closer_than_unrelated_sentences():
    a, b, c = embed(
        [
            "The government imposed a curfew on the city.",
            "A curfew was ordered in the city by the authorities.",
            "The football club signed a new goalkeeper.",
        ]
    )
    assert a @ b > a @ c + 0.2


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rebel gunmen shot dead nine villagers in a night raid on the settlement.", "ASSAULT"),
        ("Thousands of nurses marched on the ministry, waving banners and chanting.", "PROTEST"),
        ("The two prime ministers held talks in Oslo on Wednesday.", "CONSULT"),
        ("Tanzania threatened to close its border if the attacks continued.", "THREATEN"),
        ("The GDP figures for the second quarter will be released on Friday.", "NONE"),
    ],
)
def test_classifier_on_new_sentences(sentence, expected):
    probabilities = load_classifier().predict([sentence])[0]
    assert max(probabilities, key=probabilities.get) == expected
    assert abs(sum(probabilities.values()) - 1.0) < 1e-4


def test_training_file_is_labelled_with_known_types():
    rows = [json.loads(line) for line in TRAINING.read_text(encoding="utf-8").splitlines()]
    labels = {row["label"] for row in rows}
    assert labels == set(load_classifier().labels)
    assert len(labels) == 17 and len(rows) >= 700
    assert len({row["text"] for row in rows}) == len(rows)


def _event(event_type: str, sentence: str, mode: str | None = None) -> Event:
    evidence = Evidence("d1", sentence, 0, len(sentence), ["x"], rule=f"{event_type.lower()}.verb")
    return Event("d1-e1", event_type, mode=mode, evidence=[evidence], confidence=0.8, score=1.0)


def test_decide_needs_a_confident_model_and_an_unlikely_rule_type():
    assert decide("AID", {"ASSAULT": 0.95, "AID": 0.01, "NONE": 0.04}) == "ASSAULT"
    assert decide("AID", {"ASSAULT": 0.50, "AID": 0.01, "NONE": 0.49}) is None  # model unsure
    assert decide("AID", {"ASSAULT": 0.80, "AID": 0.20}) is None  # rules' type still plausible
    assert decide("AID", {"NONE": 0.99, "AID": 0.01}) is None  # the model never deletes an event
    assert decide("ASSAULT", {"ASSAULT": 0.99}) is None


def test_retype_keeps_rule_types_where_the_model_is_unsure():
    # A sentence the rules coded as REQUEST; the classifier leans to REQUEST too, so nothing changes.
    event = _event("REQUEST", "The mayor asked the ministry for more buses and money.")
    assert retype([event]) == [event]
    assert retype([]) == []


def test_retype_overrides_a_clear_mistake_and_says_so():
    # A deliberately wrong rule type on an unambiguous attack sentence.
    sentence = "Militants detonated a car bomb at a checkpoint, killing six soldiers and wounding ten."
    wrong = _event("SUPPORT", sentence, mode="praise")
    (revised,) = retype([wrong], override=0.5, ceiling=0.2)
    assert revised.type == "ASSAULT"
    assert "model: ASSAULT" in revised.evidence[0].rule and "rules said SUPPORT" in revised.evidence[0].rule
    assert revised.mode is None and revised.score is not None and revised.score < 0
    assert wrong.type == "SUPPORT" and wrong.evidence[0].rule == "support.verb"  # input untouched


@pytest.mark.gold
def test_gold_dev_floor_with_the_model(nlp):
    from eventwire.evaluate.events import evaluate

    gold = shared_path("gold/events/plover_gsr_dev.json")
    report = evaluate(gold, nlp=nlp, type_model=True)
    # Measured (215 items): rules alone 0.726, rules + model 0.726 (bench/type_model_figures.py).
    assert report.items >= 200
    assert report.metrics["type_accuracy"] >= 0.69
