"""How well the cleaning stage finds the article in an HTML page, on two public benchmarks.

``evaluate(gold)`` recognises the benchmark by its files:

* the article-extraction benchmark (AEB: ``ground-truth.json`` + ``html/<id>.html.gz``), scored
  with that benchmark's own metric: per page, the 4-token "shingles" of the prediction and of
  the true article body give TP/FP/FN counts, normalised to sum to 1 so that long pages do not
  outweigh short ones; precision and recall are averaged over pages and F1 is taken of the two
  averages. "accuracy" is the share of pages whose token sequence matches exactly.
* trafilatura's English evaluation set (``evaldata_en.json`` + ``html/<file>.gz``): for each
  page, segments that must appear ("with") and segments that must not ("without"), scored as
  in trafilatura's own evaluation: a "with" segment found is a TP, missing an FN; a "without"
  segment found is an FP, absent a TN.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from charset_normalizer import from_bytes

from eventwire.clean import clean_document
from eventwire.errors import InputError
from eventwire.evaluate import Report, f1
from eventwire.records import Document

SHINGLE_SIZE = 4
TOKEN = re.compile(r"\w+")
AEB_TRUTH = "ground-truth.json"
SEGMENTS_FILE = "evaldata_en.json"

Counts = tuple[float, float, float]


def evaluate(gold: Path, limit: int | None = None) -> Report:
    """Score :func:`clean_document` on the benchmark in ``gold`` (optionally its first ``limit`` pages)."""
    if (gold / AEB_TRUTH).exists():
        return evaluate_aeb(gold, limit)
    if (gold / SEGMENTS_FILE).exists():
        return evaluate_segments(gold, limit)
    raise InputError(str(gold), f"not a cleaning benchmark: expected {AEB_TRUTH} (AEB) or {SEGMENTS_FILE}")


# --- AEB: shingle metric ---------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text or "")


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Every run of ``size`` consecutive tokens, counted; a shorter text is one shingle."""
    words = tokens(text)
    if len(words) <= size:
        return Counter([tuple(words)] if words else [])
    return Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def shingle_counts(truth: str, prediction: str) -> Counts:
    """TP, FP and FN over shingles for one page, normalised to sum to 1 (all 0 when both are empty)."""
    true_shingles, predicted = shingles(truth), shingles(prediction)
    true_positive = sum((true_shingles & predicted).values())
    false_positive = sum((predicted - true_shingles).values())
    false_negative = sum((true_shingles - predicted).values())
    total = true_positive + false_positive + false_negative
    if not total:
        return (0.0, 0.0, 0.0)
    return (true_positive / total, false_positive / total, false_negative / total)


def _page_precision(counts: Counts) -> float | None:
    true_positive, false_positive, false_negative = counts
    if false_positive == false_negative == 0:
        return 1.0
    if true_positive + false_positive == 0:
        return None  # nothing predicted: the page counts towards recall only
    return true_positive / (true_positive + false_positive)


def _page_recall(counts: Counts) -> float | None:
    true_positive, false_positive, false_negative = counts
    if false_positive == false_negative == 0:
        return 1.0
    if true_positive + false_negative == 0:
        return None
    return true_positive / (true_positive + false_negative)


def shingle_metrics(pairs: Iterable[tuple[str, str]]) -> dict[str, float]:
    """AEB precision, recall, F1 and accuracy over (truth, prediction) pairs."""
    pairs = list(pairs)
    counts = [shingle_counts(truth, prediction) for truth, prediction in pairs]
    precisions = [p for p in map(_page_precision, counts) if p is not None]
    recalls = [r for r in map(_page_recall, counts) if r is not None]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    exact = [tokens(truth) == tokens(prediction) for truth, prediction in pairs]
    accuracy = statistics.mean(exact) if exact else 0.0
    return {"precision": precision, "recall": recall, "f1": f1(precision, recall), "accuracy": accuracy}


def load_aeb_truth(gold: Path) -> dict[str, str]:
    """Page id -> true article body."""
    truth = json.loads((gold / AEB_TRUTH).read_text(encoding="utf-8"))
    return {page_id: item.get("articleBody", "") for page_id, item in sorted(truth.items())}


def load_aeb_output(gold: Path, extractor: str) -> dict[str, str]:
    """Page id -> article body predicted by one of the reference extractors in ``output/``."""
    stored = json.loads((gold / "output" / f"{extractor}.json").read_text(encoding="utf-8"))
    predictions = stored.get("output", stored)  # newer files wrap the pages with a version
    return {page_id: item.get("articleBody") or "" for page_id, item in predictions.items()}


def evaluate_aeb(gold: Path, limit: int | None = None) -> Report:
    truth = load_aeb_truth(gold)
    page_ids = list(truth)[:limit]
    run = _CleaningRun()
    pairs = [
        (truth[page_id], run.clean(gold / "html" / f"{page_id}.html.gz", page_id)) for page_id in page_ids
    ]
    return Report(
        name="cleaning (AEB shingle metric)",
        gold=str(gold),
        items=len(pairs),
        metrics=shingle_metrics(pairs),
        details=run.details(),
    )


# --- trafilatura's segment benchmark ---------------------------------------------------------


def segment_counts(text: str | None, must_have: list[str], must_not_have: list[str]) -> Counter[str]:
    """tp/fn/fp/tn for one page; the text is compared with its whitespace collapsed."""
    flat = " ".join((text or "").split())
    counts: Counter[str] = Counter()
    for segment in must_have:
        counts["tp" if segment in flat else "fn"] += 1
    for segment in must_not_have:
        counts["fp" if segment in flat else "tn"] += 1
    return counts


def segment_metrics(counts: Counter[str]) -> dict[str, float]:
    tp, fp, fn, tn = counts["tp"], counts["fp"], counts["fn"], counts["tn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    total = tp + fp + fn + tn
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1(precision, recall),
        "accuracy": (tp + tn) / total if total else 0.0,
    }


def evaluate_segments(gold: Path, limit: int | None = None) -> Report:
    items = json.loads((gold / SEGMENTS_FILE).read_text(encoding="utf-8"))
    run = _CleaningRun()
    totals: Counter[str] = Counter()
    for url, item in sorted(items.items())[:limit]:
        text = run.clean(_segment_page_path(gold, item["file"]), url)
        totals += segment_counts(text, item["with"], item["without"])
    details = [f"  segments: tp {totals['tp']}, fp {totals['fp']}, fn {totals['fn']}, tn {totals['tn']}"]
    return Report(
        name="cleaning (trafilatura segment benchmark)",
        gold=str(gold),
        items=len(items) if limit is None else min(limit, len(items)),
        metrics=segment_metrics(totals),
        details=details + run.details(),
    )


def _segment_page_path(gold: Path, name: str) -> Path:
    """The stored page: the listed name, gzipped or not."""
    plain = gold / "html" / name
    return plain if plain.exists() else plain.with_name(name + ".gz")


# --- running the cleaner ---------------------------------------------------------------------


class _CleaningRun:
    """Cleans pages one by one and keeps count of which extractor produced each, and of failures."""

    def __init__(self) -> None:
        self.extractors: Counter[str] = Counter()
        self.failures: list[str] = []
        self.started = time.perf_counter()

    def clean(self, path: Path, page_id: str) -> str:
        """The cleaned text of a page; empty when cleaning refused it (counted as a failure)."""
        document = Document(id=page_id, html=_read_html(path), origin=str(path))
        try:
            cleaned = clean_document(document)
        except InputError as error:
            self.extractors["none"] += 1
            self.failures.append(error.reason)
            return ""
        self.extractors[cleaned.extractor] += 1
        return cleaned.text

    def details(self) -> list[str]:
        used = ", ".join(f"{name} {count}" for name, count in self.extractors.most_common())
        lines = [f"  extractor: {used}", f"  seconds: {time.perf_counter() - self.started:.1f}"]
        lines += [f"  no text: {reason}" for reason in self.failures[:5]]
        return lines


def _read_html(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", errors="replace")
