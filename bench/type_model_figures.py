"""Rules alone against rules + the event-type model, on the PLOVER gold-dev file and the wire fixture.

    .venv/bin/python bench/type_model_figures.py [--gold ../shared/gold/events/plover_gsr_dev.json]
        [--wire tests/fixtures/wire] [--grid]

Codes every gold sentence and every wire article once with the rules, then scores them as the
``eventwire eval events`` and ``eval wire`` commands do, with and without :func:`retype` (with
``--grid``, for several override settings; only the wire *development* half is printed for those).
Also prints the classifier alone on the gold sentences: its most probable type against the gold type.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

from eventwire.evaluate import events as gold_events
from eventwire.evaluate import wire
from eventwire.language import load_model
from eventwire.type_model import NO_EVENT, load_classifier, retype

GRID = [
    (0.5, 0.2),
    (0.5, 0.1),
    (0.6, 0.1),
    (0.6, 0.05),
    (0.7, 0.1),
    (0.8, 0.1),
    (0.8, 0.05),
    (0.9, 0.1),
    (0.9, 0.05),
]


def classifier_alone(records: list[dict]) -> tuple[float, float]:
    """Accuracy of the top type over all labels, and over the 16 types only (NONE left out)."""
    predictions = load_classifier().predict([r["text"] for r in records])
    gold = [gold_events.gold_type(r) for r in records]
    with_none = sum(max(p, key=p.get) == g for p, g in zip(predictions, gold, strict=True))
    types_only = sum(
        max((k for k in p if k != NO_EVENT), key=p.get) == g for p, g in zip(predictions, gold, strict=True)
    )
    return with_none / len(gold), types_only / len(gold)


def gold_accuracy(records: list[dict], coded: list[list], settings: dict | None) -> float:
    tally = gold_events.Tally()
    for record, events in zip(records, coded, strict=True):
        gold_events.score_record(record, events if settings is None else retype(events, **settings), tally)
    return tally.counts["type_right"] / tally.counts["items"]


def wire_scores(documents: list, expected: list, settings: dict | None) -> dict[str, float]:
    scores = []
    for document in documents:
        if settings is not None:
            document = dataclasses.replace(document, events=retype(document.events, **settings))
        gold = [g for g in expected if g.article == document.id]
        scores.append(wire.score_article(document.id, gold, wire.our_codings(document)))
    # Every batch the wire module keeps for scoring only stays out of the figures used to choose settings;
    # the fresh batch is the held-out figure printed beside the two main variants.
    dev = [s for s in scores if s.article not in wire.SCORED_ONLY]
    held = [s for s in scores if s.article in wire.FRESH]
    return {**wire.split_metrics(dev, "dev"), **wire.split_metrics(held, "fresh")}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold", type=Path, default=Path("../shared/gold/events/plover_gsr_dev.json"))
    parser.add_argument("--wire", type=Path, default=Path("tests/fixtures/wire"))
    parser.add_argument("--grid", action="store_true", help="also try other settings (dev figures only)")
    args = parser.parse_args()
    nlp = load_model()
    records = gold_events.load_gold(args.gold)
    coded = [gold_events.code_sentence(nlp, r)[0] for r in records]
    alone = classifier_alone(records)
    print(
        f"classifier alone, {len(records)} gold sentences: top label {alone[0]:.3f}, top type {alone[1]:.3f}"
    )
    started = time.perf_counter()
    documents = wire.code_articles(wire.load_articles(args.wire), nlp)
    coding = (time.perf_counter() - started) / len(documents)
    started = time.perf_counter()
    retyped_events = sum(len(retype(document.events)) for document in documents)
    extra = (time.perf_counter() - started) / len(documents)
    print(
        f"speed: code_document {coding * 1000:.0f} ms per article; retype adds {extra * 1000:.0f} ms "
        f"({len(documents)} articles, {retyped_events} events; model already loaded)"
    )
    expected = wire.load_expected(args.wire)
    variants: list[tuple[str, dict | None]] = [("rules alone", None), ("rules + model", {})]
    if args.grid:
        variants += [(f"override>={o} rule<={c}", {"override": o, "ceiling": c}) for o, c in GRID]
    for label, settings in variants:
        started = time.perf_counter()
        accuracy = gold_accuracy(records, coded, settings)
        figures = wire_scores(documents, expected, settings)
        line = f"{label:<28} gold-dev type_accuracy {accuracy:.3f}  wire dev type_f1 {figures['dev_type_f1']:.3f}"
        line += f" dyad_f1 {figures['dev_dyad_f1']:.3f}"
        if label in ("rules alone", "rules + model"):
            line += f"  fresh type_f1 {figures['fresh_type_f1']:.3f} dyad_f1 {figures['fresh_dyad_f1']:.3f}"
        print(line, f"({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
