"""Exports: the columns of every kind and format are there even when no record is."""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventwire import export
from eventwire.records import (
    Actor,
    ActorMention,
    CodedDocument,
    Event,
    Evidence,
    Place,
    Quote,
    TimeExpression,
)
from eventwire.store import Store

TEXT = "Chile and Peru met in Lima on Monday, officials said."


def _filled_store(path: Path) -> Store:
    """A store with one record of every kind, and a happening made of two reports."""
    chile = Actor(id="CHL-GOV", name="Chile", kind="state", country="CHL", sector="GOV")
    peru = Actor(id="PER-GOV", name="Peru", kind="state", country="PER", sector="GOV")
    store = Store(path)
    for doc_id in ("d1", "d2"):
        event = Event(
            id=f"{doc_id}-e1",
            type="CONSULT",
            actor=[chile],
            recipient=[peru],
            date="2024-03-04",
            location=Place(start=22, end=26, text="Lima", name="Lima", country="PER"),
            evidence=[Evidence(doc_id=doc_id, sentence=TEXT, start=0, end=len(TEXT), triggers=["met"])],
        )
        coded = CodedDocument(
            id=doc_id,
            content_hash=doc_id,
            text=f"{TEXT} ({doc_id})",
            origin=f"{doc_id}.txt",
            published="2024-03-04",
            actors=[chile, peru],
            mentions=[ActorMention(actor_id="CHL-GOV", start=0, end=5, text="Chile", how="name")],
            quotes=[Quote(start=0, end=36, text=TEXT[:36], cue="say", direct=False)],
            dates=[TimeExpression(start=30, end=36, text="Monday", value="2024-03-04", precision="day")],
            places=[Place(start=22, end=26, text="Lima", name="Lima", country="PER")],
            events=[event],
        )
        assert store.save(coded) == "added"
    store.rebuild_happenings()
    return store


def _csv_header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle))


@pytest.mark.parametrize(("kind", "fmt"), [*((kind, "csv") for kind in export.KINDS), ("events", "cameo")])
def test_an_empty_export_has_the_header_a_full_one_has(tmp_path: Path, kind: str, fmt: str) -> None:
    with _filled_store(tmp_path / "full.db") as store:
        assert export.export_kind(store, kind, fmt, tmp_path / "full.csv") >= 1
    with Store(tmp_path / "empty.db") as store:
        assert export.export_kind(store, kind, fmt, tmp_path / "empty.csv") == 0
    assert _csv_header(tmp_path / "empty.csv") == _csv_header(tmp_path / "full.csv")
    assert (tmp_path / "empty.csv").read_text(encoding="utf-8").count("\n") == 1


def test_an_empty_parquet_export_names_its_columns(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.db") as store:
        assert export.export_kind(store, "quotes", "parquet", tmp_path / "quotes.parquet") == 0
    table = pq.read_table(tmp_path / "quotes.parquet")
    assert table.num_rows == 0 and "speaker" in table.column_names and "doc_id" in table.column_names
