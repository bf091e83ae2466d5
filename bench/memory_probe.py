"""What grows while eventwire codes a long stream: RSS, spaCy's string table, caches, allocations.

    python bench/memory_probe.py [--n 400] [--every 50] [--tracemalloc] [--pages DIR]

Codes ``n`` pages (synthetic ones from bench/corpus.py unless ``--pages`` is given) with the
full pipeline in this process and, every ``every`` documents, prints the process RSS, the number
of strings in the model's StringStore (``len(nlp.vocab)`` is not shown: spaCy's lexeme counter
never goes down, even when a memory zone frees lexemes), and the sizes of the caches that may
grow with the corpus. With ``--tracemalloc`` it also prints the allocation sites that grew
most between the first checkpoint and the last (slow: about 3x). With ``--trim`` it also shows
the RSS after glibc's ``malloc_trim``: freed memory the allocator had kept is not a leak.
"""

from __future__ import annotations

import argparse
import ctypes
import functools
import gc
import sys
import tempfile
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_synthetic_pages
from throughput import prepare_pages, rss_mb


def cache_sizes() -> dict[str, int]:
    """Current sizes of every functools cache in eventwire's modules that holds more than one value."""
    sizes = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("eventwire"):
            continue
        for attribute, value in vars(module).items():
            info = getattr(value, "cache_info", None)
            if isinstance(value, functools._lru_cache_wrapper) and info and info().currsize > 1:
                sizes[f"{name.removeprefix('eventwire.')}.{attribute}"] = info().currsize
    return sizes


def trimmed_rss_mb() -> float | None:
    """RSS after asking glibc to hand freed heap memory back to the system (None off glibc): what
    is left is memory in use; the difference is freed memory the allocator kept."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        return None
    return rss_mb()[0]


def checkpoint(count: int, nlp, trim: bool = False) -> None:
    gc.collect()
    current, peak = rss_mb()
    trimmed = trimmed_rss_mb() if trim else None
    in_use = f"  after malloc_trim {trimmed:7.1f} MB" if trimmed is not None else ""
    caches = ", ".join(f"{key}={size}" for key, size in sorted(cache_sizes().items()))
    print(
        f"{count:>5} docs  RSS {current:7.1f} MB{in_use}  peak {peak:7.1f} MB  strings {len(nlp.vocab.strings):>7}  {caches}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--every", type=int, default=50)
    parser.add_argument("--pages", type=Path, help="a folder of HTML pages (default: synthetic pages)")
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--trim", action="store_true", help="also show RSS after glibc's malloc_trim")
    args = parser.parse_args()

    from eventwire.ingest import read_inputs
    from eventwire.language import load_model
    from eventwire.pipeline import Pipeline

    nlp = load_model()
    with tempfile.TemporaryDirectory() as folder:
        if args.pages:
            pages = prepare_pages(args.pages, args.n, Path(folder))
        else:
            pages = write_synthetic_pages(args.n, Path(folder))
        if args.tracemalloc:
            tracemalloc.start(8)
        first = None
        pipeline = Pipeline()
        for count, _ in enumerate(pipeline.code_stream(read_inputs(str(page) for page in pages)), start=1):
            if count % args.every == 0:
                checkpoint(count, nlp, args.trim)
                if args.tracemalloc and first is None:
                    first = tracemalloc.take_snapshot()
        if args.tracemalloc and first is not None:
            last = tracemalloc.take_snapshot()
            print("allocation sites that grew most (first checkpoint -> last):")
            for stat in last.compare_to(first, "traceback")[:12]:
                print(f"  {stat.size_diff / 1e6:+8.2f} MB {stat.count_diff:+8d} blocks")
                for line in stat.traceback.format()[-6:]:
                    print("     ", line)


if __name__ == "__main__":
    main()
