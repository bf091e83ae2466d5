"""Temporal expressions against TimeML gold (TempEval-3 platinum, MEANTIME): TempEval-3 style scores.

* ``value_f1`` (the TempEval-3 headline figure): a prediction matches a gold TIMEX3 when the spans
  overlap and the values are equal; precision over all our predictions, recall over all gold
  TIMEX3 of every type (DATE, TIME, DURATION, SET), as TempEval-3 counts them. The extractor
  scored here is :func:`eventwire.dates.find_timexes`, which also outputs durations ("P3Y"),
  sets and PRESENT_REF-style values for that reason.
* ``relaxed_f1`` / ``strict_f1``: span detection only (overlap / identical offsets).
* ``anchored_value_f1``: the pipeline stage :func:`eventwire.dates.resolve_dates` (dates and times
  only) against gold DATE/TIME TIMEX3 that have a calendar value (no PRESENT_REF and the like).

The DCT given to the extractor is the gold document creation time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire.dates import VAGUE_VALUES, find_timexes, resolve_dates
from eventwire.evaluate import Report, prf
from eventwire.evaluate.timeml import GoldDocument, GoldTimex, read_gold

Span = tuple[int, int, str | None]  # start, end, value


def gold_documents(gold: Path) -> list[GoldDocument]:
    """The gold documents of a set; for MEANTIME only the document-level copy of each article."""
    intra_doc = gold / "intra-doc_annotation"
    folder = intra_doc if intra_doc.is_dir() else gold
    if (folder / "te3-platinum").is_dir():
        folder = folder / "te3-platinum"
    return read_gold(folder)


def evaluate(gold: Path, nlp: Any = None, limit: int | None = None) -> Report:
    """Score the temporal extractor on a TimeML or CAT gold folder (optionally its first ``limit`` docs)."""
    from eventwire.language import load_model, parse

    documents = gold_documents(gold)[:limit]
    nlp = nlp or load_model()
    counts: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    for document, doc in zip(documents, parse(nlp, [d.text for d in documents]), strict=True):
        predicted = [
            (t.start, t.end, t.value)
            for t in find_timexes(doc, document.dct)
            if t.value is not None and not _ignored(t.start, t.end, document)
        ]
        gold_spans = [(t.start, t.end, t.value) for t in document.timexes]
        _count(counts, "all", predicted, gold_spans)
        anchored_gold = [(t.start, t.end, t.value) for t in document.timexes if _is_anchored(t)]
        anchored = [
            (e.start, e.end, e.value)
            for e in resolve_dates(doc, document.dct)
            if not _ignored(e.start, e.end, document)
        ]
        _count(counts, "anchored", anchored, anchored_gold)
        misses.update(_missed_types(document.timexes, predicted))
    metrics = _metrics(counts)
    details = [
        f"  gold TIMEX3: {counts['all_gold']}, predicted: {counts['all_pred']}",
        "  value misses by gold type: " + ", ".join(f"{k} {v}" for k, v in sorted(misses.items())),
    ]
    return Report("dates", str(gold), len(documents), metrics, details)


def _ignored(start: int, end: int, document: GoldDocument) -> bool:
    return any(start < e and s < end for s, e in document.ignore)


def _is_anchored(timex: GoldTimex) -> bool:
    return (
        timex.timex_type in ("DATE", "TIME") and timex.value not in VAGUE_VALUES and timex.value[:1].isdigit()
    )


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _count(counts: Counter[str], prefix: str, predicted: Sequence[Span], gold: Sequence[Span]) -> None:
    """Add one document's counts: predictions, gold items, and three kinds of one-to-one matches."""
    counts[f"{prefix}_pred"] += len(predicted)
    counts[f"{prefix}_gold"] += len(gold)
    counts[f"{prefix}_strict"] += len({(s, e) for s, e, _ in predicted} & {(s, e) for s, e, _ in gold})
    counts[f"{prefix}_relaxed"] += _matches(predicted, gold, lambda p, g: _overlaps(p, g))
    counts[f"{prefix}_value"] += _matches(predicted, gold, lambda p, g: _overlaps(p, g) and p[2] == g[2])


def _matches(predicted: Sequence[Span], gold: Sequence[Span], fits: Any) -> int:
    """Greedy one-to-one matching in text order (a prediction can match at most one gold item)."""
    used: set[int] = set()
    matched = 0
    for item in gold:
        for index, candidate in enumerate(predicted):
            if index not in used and fits(candidate, item):
                used.add(index)
                matched += 1
                break
    return matched


def _metrics(counts: Counter[str]) -> dict[str, float]:
    metrics: dict[str, float] = {}
    for prefix, kinds in (("all", ("value", "relaxed", "strict")), ("anchored", ("value",))):
        for kind in kinds:
            hits = counts[f"{prefix}_{kind}"]
            scores = prf(hits, counts[f"{prefix}_pred"] - hits, counts[f"{prefix}_gold"] - hits)
            name = kind if prefix == "all" else f"anchored_{kind}"
            metrics[f"{name}_precision"] = scores["precision"]
            metrics[f"{name}_recall"] = scores["recall"]
            metrics[f"{name}_f1"] = scores["f1"]
    return metrics


def _missed_types(gold: Sequence[GoldTimex], predicted: Sequence[Span]) -> Counter[str]:
    missed: Counter[str] = Counter()
    for timex in gold:
        if not any(_overlaps(p, (timex.start, timex.end, None)) and p[2] == timex.value for p in predicted):
            missed[timex.timex_type] += 1
    return missed
