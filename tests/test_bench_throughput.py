"""bench/throughput.py's arithmetic: the ratios it prints and the memory slope."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

# bench/ is a folder of scripts, not a package: load the script by its path.
_SPEC = importlib.util.spec_from_file_location(
    "bench_throughput", Path(__file__).resolve().parents[1] / "bench" / "throughput.py"
)
throughput = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(throughput)


def test_print_speed_gives_the_wall_and_the_cpu_ratio(capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        ("bare spaCy nlp.pipe", 100, 20.0, 10.0, 500.0, {}),
        ("eventwire full", 100, 40.0, 12.5, 480.0, {}),
    ]
    throughput.print_speed(rows, "somewhere")
    last = capsys.readouterr().out.splitlines()[-1]
    assert last == "ratio eventwire full / bare spaCy nlp.pipe: 0.50 (CPU time: 0.80)"


def test_slope_is_megabytes_per_hundred_documents() -> None:
    assert throughput.slope_per_100({100: 400.0, 200: 410.0, 400: 430.0}) == pytest.approx(10.0)
    assert throughput.slope_per_100({100: 400.0}) == 0.0


def test_cpu_seconds_grows_with_work() -> None:
    before = throughput.cpu_seconds()
    sum(i * i for i in range(300_000))
    assert throughput.cpu_seconds() > before
