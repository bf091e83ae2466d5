"""Throughput and memory of eventwire beside bare baselines, measured in one run.

    python bench/throughput.py [--n 200] [--pages DIR | --synthetic] [--workers 2]
    python bench/throughput.py --synthetic --memory-curve 100,200,400,800

Phases: bare trafilatura extraction vs eventwire's ingest -> clean -> store; and
bare spaCy ``nlp.pipe`` (the full small English pipeline) over the clean texts vs
eventwire's whole pipeline (clean -> NLP stages -> store) over the same pages.

Each phase runs in a fresh child process over the same pages, so its peak RSS is
its own; the figures that matter are the ratios printed at the end (eventwire
documents/second over the baseline's), which hold across machines far better
than absolute seconds. Pages come from ../shared/gold/cleaning/aeb (gzipped
HTML) when present, else from examples/; with ``--synthetic``, from templates
(bench/corpus.py) that never repeat a page, so new words keep coming as in a
real stream.

``--memory-curve N1,N2,...`` runs every phase over max(N) pages and reads the
phase's peak RSS after N1, N2... documents: as every phase streams, that is the
peak RSS a corpus of that size would reach. The slope (least squares, MB per 100
documents) says whether memory stays flat as the corpus grows. With
``--workers > 1`` the workers' memory is not in the figures: measure memory with
one worker.
"""

from __future__ import annotations

import argparse
import gzip
import multiprocessing
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
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


def rss_mb() -> tuple[float, float]:
    """This process's resident set now and at its peak, in MB (Linux /proc; else the peak only)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return peak, peak
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


# Every phase is a generator that yields once per document done, so the runner can read the
# memory after any number of documents. None of them holds the corpus in memory.


def bare_trafilatura(pages: list[Path], workers: int = 1) -> Iterator[None]:
    """The baseline: read each page and extract its text with trafilatura, nothing else."""
    import trafilatura

    for page in pages:
        trafilatura.extract(page.read_bytes().decode("utf-8", "replace"))
        yield


def eventwire_clean_store(pages: list[Path], workers: int = 1) -> Iterator[None]:
    """eventwire's ingest -> clean -> store over the same pages, into a fresh store."""
    return _code_into_store(pages, Options(clean_only=True))


def bare_nlp_pipe(pages: list[Path], workers: int = 1) -> Iterator[None]:
    """The NLP baseline: the full spaCy pipeline over the clean texts, batched, nothing else."""
    from eventwire.language import load_model

    texts = (page.with_suffix(".txt").read_text(encoding="utf-8") for page in pages)
    for _ in load_model().pipe(texts, batch_size=16):
        yield


def eventwire_full(pages: list[Path], workers: int = 1) -> Iterator[None]:
    """eventwire's whole pipeline: ingest -> clean -> NLP stages -> store."""
    return _code_into_store(pages, Options(), workers)


def _code_into_store(pages: list[Path], options: Options, workers: int = 1) -> Iterator[None]:
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
            yield


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


def warm_caches() -> None:
    """Code one short document here, in the parent, so the on-disk table caches (the gazetteer) exist
    before any phase runs: otherwise the first phase to need them builds them, and its time and peak
    RSS measure a one-off build (a few seconds, over 150 MB) instead of coding."""
    from eventwire.pipeline import code_document
    from eventwire.records import Document

    text = "The foreign minister of Chile met her Peruvian counterpart in Lima on Monday to discuss trade."
    code_document(Document(id="warm-up", text=text, published="2025-01-06"))


PHASES = {
    "bare trafilatura": bare_trafilatura,
    "eventwire clean+store": eventwire_clean_store,
    "bare spaCy nlp.pipe": bare_nlp_pipe,
    "eventwire full": eventwire_full,
}
BASELINE_OF = {"eventwire clean+store": "bare trafilatura", "eventwire full": "bare spaCy nlp.pipe"}


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its finished children (``--workers``)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _child(phase: str, pages: list[Path], workers: int, checkpoints: list[int], results) -> None:
    peaks: dict[int, float] = {}
    count = 0
    started, cpu_started = time.perf_counter(), cpu_seconds()
    for count, _ in enumerate(PHASES[phase](pages, workers), start=1):
        if count in checkpoints:
            peaks[count] = rss_mb()[1]
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    results.put((phase, count, seconds, cpu, rss_mb()[1], peaks))


def measure(
    phase: str, pages: list[Path], workers: int = 1, checkpoints: list[int] | None = None
) -> tuple[str, int, float, float, float, dict[int, float]]:
    """Run a phase in a fresh process: (phase, documents, seconds, CPU seconds, peak RSS MB, peak RSS MB
    by checkpoint)."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    process = context.Process(target=_child, args=(phase, pages, workers, checkpoints or [], results))
    process.start()
    outcome = results.get()
    process.join()
    return outcome


def slope_per_100(points: dict[int, float]) -> float:
    """Least-squares slope of peak RSS over documents, in MB per 100 documents (0 with one point)."""
    if len(points) < 2:
        return 0.0
    xs, ys = list(points), list(points.values())
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return 100 * sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def print_speed(rows: list[tuple], source: str) -> None:
    """Wall-clock and CPU figures per phase, and each eventwire phase's ratios to its baseline.

    The CPU ratio is the steadier one on a shared machine: other processes stretch a phase's wall
    time, not the CPU time it needs (with --workers > 1 it sums the workers' CPU, so only the
    wall ratio says how much the extra processes bought)."""
    print(f"{rows[0][1]} pages from {source}")
    print(f"{'phase':<24} {'docs':>6} {'seconds':>9} {'docs/s':>8} {'CPU s':>8} {'peak RSS MB':>12}")
    for phase, count, seconds, cpu, peak, _ in rows:
        print(f"{phase:<24} {count:>6} {seconds:>9.2f} {count / seconds:>8.1f} {cpu:>8.2f} {peak:>12.0f}")
    speed = {phase: count / seconds for phase, count, seconds, _, _, _ in rows}
    cpu_speed = {phase: count / cpu for phase, count, _, cpu, _, _ in rows}
    for phase, baseline in BASELINE_OF.items():
        if phase in speed and baseline in speed:
            print(
                f"ratio {phase} / {baseline}: {speed[phase] / speed[baseline]:.2f}"
                f" (CPU time: {cpu_speed[phase] / cpu_speed[baseline]:.2f})"
            )


def print_memory_curve(rows: list[tuple], checkpoints: list[int]) -> None:
    print("\npeak RSS (MB) after N documents; slope = least-squares MB per 100 documents")
    print(f"{'phase':<24} " + " ".join(f"{n:>7}" for n in checkpoints) + f" {'slope':>7}")
    for phase, *_, peaks in rows:
        cells = " ".join(f"{peaks.get(n, float('nan')):>7.0f}" for n in checkpoints)
        print(f"{phase:<24} {cells} {slope_per_100(peaks):>+7.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=200, help="number of pages (default 200)")
    parser.add_argument(
        "--pages", type=Path, default=DEFAULT_PAGES if DEFAULT_PAGES.exists() else ROOT / "examples"
    )
    parser.add_argument("--synthetic", action="store_true", help="generated pages that never repeat")
    parser.add_argument("--workers", type=int, default=1, help="processes for the eventwire full phase")
    parser.add_argument(
        "--memory-curve", help="comma-separated corpus sizes, e.g. 100,200,400 (sets --n to the largest)"
    )
    parser.add_argument("--phases", help="comma-separated subset of phases (default: all four)")
    args = parser.parse_args()
    checkpoints = sorted({int(n) for n in args.memory_curve.split(",")}) if args.memory_curve else []
    n = checkpoints[-1] if checkpoints else args.n
    phases = [name.strip() for name in args.phases.split(",")] if args.phases else list(PHASES)
    if unknown := set(phases) - set(PHASES):
        parser.error(f"unknown phases {sorted(unknown)}; known: {', '.join(PHASES)}")
    with tempfile.TemporaryDirectory() as folder:
        if args.synthetic:
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            from corpus import write_synthetic_pages

            pages, source = write_synthetic_pages(n, Path(folder)), "bench/corpus.py (synthetic)"
        else:
            pages, source = prepare_pages(args.pages, n, Path(folder)), str(args.pages)
        write_clean_texts(pages)
        warm_caches()
        rows = [measure(phase, pages, args.workers, checkpoints) for phase in phases]
    print_speed(rows, source)
    if checkpoints:
        print_memory_curve(rows, checkpoints)


if __name__ == "__main__":
    main()
