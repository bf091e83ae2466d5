"""The learned spurious-event filter (eventwire.event_filter) and its training script's guard."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.event_filter import event_facts, filter_events, keep_probabilities, load_filter, scored_events
from eventwire.pipeline import code_document
from eventwire.records import Document

ROOT = Path(__file__).resolve().parents[1]
# Written for this test: one plain accusation, one expert's speculation about a withdrawal.
ARTICLE = (
    "WARSAW, June 4 (Wire) — Poland accused Belarus on Tuesday of pushing migrants across the frontier.\n\n"
    "Some experts think Turkey might eventually withdraw its troops from northern Cyprus if a settlement "
    "were ever reached."
)


@pytest.fixture(scope="module")
def coded(nlp):
    return code_document(Document(id="t1", text=ARTICLE), nlp=nlp)


def _training_script():
    spec = importlib.util.spec_from_file_location(
        "train_event_filter", ROOT / "bench" / "train_event_filter.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_model_loads_with_named_facts_and_a_threshold():
    model = load_filter()
    assert "confidence" in model.names and "type=ASSAULT" in model.names
    assert model.weights.shape == (384 + len(model.names),)
    assert 0.0 < model.threshold < 1.0


def test_probabilities_are_deterministic(coded):
    judged = scored_events(coded.events)
    assert judged
    assert keep_probabilities(coded, judged) == keep_probabilities(coded, judged)


def test_speculation_is_dropped_and_a_plain_accusation_kept(coded):
    types = {event.type for event in coded.events}
    assert {"ACCUSE", "RETREAT"} <= types  # the rules code both
    kept = {event.type for event in filter_events(coded.events, coded)}
    assert "ACCUSE" in kept
    assert "RETREAT" not in kept


def test_filter_changes_neither_document_nor_events(coded):
    before = list(coded.events)
    filter_events(coded.events, coded, threshold=1.0)
    assert coded.events == before


def test_flags_and_quotes_are_facts(coded):
    speculation = next(event for event in coded.events if event.type == "RETREAT")
    facts = event_facts(coded, speculation, sharing=1)
    assert facts["flag=hypothetical"] == 1.0
    assert facts["family=verb"] == 1.0
    assert facts["lead_sentence"] == 0.0


def test_training_refuses_held_out_articles():
    script = _training_script()
    script.refuse_held_out(["w01", "w97"])
    with pytest.raises(SystemExit, match="w50"):
        script.refuse_held_out(["w01", "w50"])
    assert script.batch_of("w12") == 0 and script.batch_of("w13") == 1 and script.batch_of("w241") == 20


def test_eval_flag_is_refused_where_it_does_not_apply(tmp_path):
    result = CliRunner().invoke(main, ["eval", "dates", "--gold", str(tmp_path), "--event-filter"])
    assert result.exit_code != 0
    assert "--event-filter applies to" in result.output
