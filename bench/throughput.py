"""Throughput and memory of eventwire beside bare baselines, measured in one run.

    python bench/throughput.py [--n 200] [--pages DIR]

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
    from eventwire.ingest import read_inputs
    from eventwire.pipeline import Pipeline
    from eventwire.store import Store

    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.db") as store:
        for result in Pipeline().code_stream(read_inputs(str(page) for page in pages)):
            if not isinstance(result, Exception):
                store.save(result)
            else:
                store.record_failure(result.origin, result.reason)
    return len(pages)


PHASES = {"bare trafilatura": bare_trafilatura, "eventwire clean+store": eventwire_clean_store}


def _child(phase: str, pages: list[Path], results) -> None:
    started = time.perf_counter()
    count = PHASES[phase](pages)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results.put((phase, count, seconds, peak_mb))


def measure(phase: str, pages: list[Path]) -> tuple[str, int, float, float]:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    process = context.Process(target=_child, args=(phase, pages, results))
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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        pages = prepare_pages(args.pages, args.n, Path(folder))
        rows = [measure(phase, pages) for phase in PHASES]
    print(f"{len(pages)} pages from {args.pages}")
    print(f"{'phase':<24} {'docs':>6} {'seconds':>9} {'docs/s':>8} {'peak RSS MB':>12}")
    for phase, count, seconds, peak in rows:
        print(f"{phase:<24} {count:>6} {seconds:>9.2f} {count / seconds:>8.1f} {peak:>12.0f}")
    baseline = rows[0][1] / rows[0][2]
    for phase, count, seconds, _ in rows[1:]:
        print(f"ratio {phase} / bare trafilatura: {count / seconds / baseline:.2f}")


if __name__ == "__main__":
    main()
