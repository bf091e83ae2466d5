"""Throughput and memory of eventwire beside bare baselines, measured in one run.

    python bench/throughput.py [--n 200] [--pages DIR] [--workers 2]

Phases: bare trafilatura extraction vs eventwire's ingest -> clean -> store; and
bare spaCy ``nlp.pipe`` (the full small English pipeline) over the clean texts vs
eventwire's whole pipeline (clean -> NLP stages -> store) over the same pages.

Each phase runs in a fresh child process over the same pages, so its peak RSS is
its own; the figures that matter are the ratios printed at the end (eventwire
documents/second over the baseline's), which hold across machines far better
than absolute seconds. Pages come from ../shared/gold/cleaning/aeb (gzipped
HTML) when present, else from examples/.
"""

from __future__ import annotations

import argparse
import gzip
import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path

from eventwire.pipeline import Options

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PAGES = ROOT.parent / "shared" / "gold" / "cleaning" / "aeb" / "html"


def prepare_pages(source: Path, n: int, into: Path) -> list[Path]:
    """Up to n HTML pages written as plain .html files (cycling through the source if it has fewer)."""
    files = sorted(p for p in source.iterdir() if p.name.endswith((".html", ".htm", ".html.gz")))
    if not files:
        sys.exit(f"no HTML pages in {source}")
    pages = []
    for index in range(n):
        original = files[index % len(files)]
        data = gzip.decompress(original.read_bytes()) if original.suffix == ".gz" else original.read_bytes()
        target = into / f"page-{index:05d}.html"
        target.write_bytes(data)
        pages.append(target)
    return pages


def bare_trafilatura(pages: list[Path]) -> int:
    """The baseline: read each page and extract its text with trafilatura, nothing else."""
    import trafilatura

    for page in pages:
        trafilatura.extract(page.read_bytes().decode("utf-8", "replace"))
    return len(pages)


def eventwire_clean_store(pages: list[Path]) -> int:
    """eventwire's ingest -> clean -> store over the same pages, into a fresh store."""
    return _code_into_store(pages, Options(clean_only=True))


def bare_nlp_pipe(pages: list[Path]) -> int:
    """The NLP baseline: the full spaCy pipeline over the clean texts, batched, nothing else."""
    from eventwire.language import load_model

    texts = [page.with_suffix(".txt").read_text(encoding="utf-8") for page in pages]
    for _ in load_model().pipe(texts, batch_size=16):
        pass
    return len(pages)


def eventwire_full(pages: list[Path], workers: int = 1) -> int:
    """eventwire's whole pipeline: ingest -> clean -> NLP stages -> store."""
    return _code_into_store(pages, Options(), workers)


def _code_into_store(pages: list[Path], options, workers: int = 1) -> int:
    from eventwire.ingest import read_inputs
    from eventwire.pipeline import Pipeline
    from eventwire.store import Store

    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.db") as store:
        pipeline = Pipeline(options, workers=workers)
        for result in pipeline.code_stream(read_inputs(str(page) for page in pages)):
            if isinstance(result, Exception):
                store.record_failure(result.origin, result.reason)
            else:
                store.save(result)
    return len(pages)


def write_clean_texts(pages: list[Path]) -> None:
    """The clean text of each page beside it (page-N.txt), the input of the bare NLP baseline."""
    from eventwire.clean import clean_document
    from eventwire.errors import InputError
    from eventwire.records import Document

    for page in pages:
        try:
            text = clean_document(Document(id=page.stem, html=page.read_text(encoding="utf-8"))).text
        except InputError:
            text = ""
        page.with_suffix(".txt").write_text(text, encoding="utf-8")


PHASES = {
    "bare trafilatura": bare_trafilatura,
    "eventwire clean+store": eventwire_clean_store,
    "bare spaCy nlp.pipe": bare_nlp_pipe,
    "eventwire full": eventwire_full,
}
BASELINE_OF = {"eventwire clean+store": "bare trafilatura", "eventwire full": "bare spaCy nlp.pipe"}


def _child(phase: str, pages: list[Path], workers: int, results) -> None:
    started = time.perf_counter()
    count = eventwire_full(pages, workers) if phase == "eventwire full" else PHASES[phase](pages)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results.put((phase, count, seconds, peak_mb))


def measure(phase: str, pages: list[Path], workers: int = 1) -> tuple[str, int, float, float]:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    process = context.Process(target=_child, args=(phase, pages, workers, results))
    process.start()
    outcome = results.get()
    process.join()
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=200, help="number of pages (default 200)")
    parser.add_argument(
        "--pages", type=Path, default=DEFAULT_PAGES if DEFAULT_PAGES.exists() else ROOT / "examples"
    )
    parser.add_argument("--workers", type=int, default=1, help="processes for the eventwire full phase")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        pages = prepare_pages(args.pages, args.n, Path(folder))
        write_clean_texts(pages)
        rows = [measure(phase, pages, args.workers) for phase in PHASES]
    print(f"{len(pages)} pages from {args.pages}")
    print(f"{'phase':<24} {'docs':>6} {'seconds':>9} {'docs/s':>8} {'peak RSS MB':>12}")
    for phase, count, seconds, peak in rows:
        print(f"{phase:<24} {count:>6} {seconds:>9.2f} {count / seconds:>8.1f} {peak:>12.0f}")
    speed = {phase: count / seconds for phase, count, seconds, _ in rows}
    for phase, baseline in BASELINE_OF.items():
        print(f"ratio {phase} / {baseline}: {speed[phase] / speed[baseline]:.2f}")


if __name__ == "__main__":
    main()
