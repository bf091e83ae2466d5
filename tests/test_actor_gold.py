"""Floors for the actor stage on the PLOVER gold-dev records (../shared; about 15 s in all)."""

from __future__ import annotations

from tests.conftest import shared_path


def test_actor_spans_on_plover_gold(nlp):
    from eventwire.evaluate.actors import evaluate

    report = evaluate(shared_path("gold/events/plover_gsr_dev.json"), nlp=nlp)
    # Measured (session 4): coverage 0.910, country 0.959 over resolved spans, 0.873 over all spans,
    # sector 0.759 over all spans with a usable gold sector (0.756 before the second actor round).
    assert report.metrics["coverage"] >= 0.90
    assert report.metrics["country_accuracy"] >= 0.94
    assert report.metrics["country_accuracy_all"] >= 0.86
    assert report.metrics["sector_accuracy_all"] >= 0.75


def test_actor_countries_of_coded_events_on_plover_gold(nlp):
    from eventwire.evaluate.events import evaluate

    metrics = evaluate(shared_path("gold/events/plover_gsr_dev.json"), nlp=nlp).metrics
    # Measured (Nov 2026): actor precision 0.943, recall 0.780, F1 0.854 (recipient F1 0.717).
    assert metrics["actor_precision"] >= 0.92
    assert metrics["actor_f1"] >= 0.83
