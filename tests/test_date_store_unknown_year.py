"""A date of unknown year ("XXXX-01-09", TimeML's way of writing a day a text gives without its
year) counts as undated in the store's date ranges, day counts and date order."""

from __future__ import annotations

from pathlib import Path

from eventwire.records import Actor, CodedDocument, Event, Evidence
from eventwire.store import Store, queries

PERU = Actor(id="PER", name="Peru", kind="state", country="PER")
CHILE = Actor(id="CHL", name="Chile", kind="state", country="CHL")


def _document(doc_id: str, date: str | None, published: str | None) -> CodedDocument:
    event = Event(
        id=f"{doc_id}-e1",
        type="ACCUSE",
        actor=[PERU],
        recipient=[CHILE],
        date=date,
        date_precision="day" if date else None,
        evidence=[Evidence(doc_id=doc_id, sentence=f"Sentence of {doc_id}.", start=0, end=20)],
        confidence=0.6,
    )
    return CodedDocument(
        id=doc_id, content_hash="v1", text=f"Text of {doc_id}.", published=published, events=[event]
    )


def _store(path: Path) -> Store:
    store = Store(path / "s.db")
    store.save(_document("known", "2024-03-12", "2024-03-14"))
    store.save(_document("no-year", "XXXX-01-09", None))
    store.save(_document("undated", None, "2024-03-14"))
    return store


def test_a_date_of_unknown_year_is_in_no_date_range(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        for bounds in ({"date_from": "2024-01-01"}, {"date_to": "2024-12-31"}, {"date_from": "2024-03"}):
            _, found = queries.events(store, queries.EventFilter(**bounds))
            assert [e["id"] for e in found] == ["known-e1"], bounds
        store.rebuild_happenings()
        _, happenings = queries.happenings(store, date_from="2024-01-01")
        assert [h["date"] for h in happenings] == ["2024-03-12"]


def test_it_sorts_and_counts_with_the_undated(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        _, ordered = queries.events(store, queries.EventFilter(), sort="-date")
        assert ordered[0]["id"] == "known-e1"
        days = {row["day"] for row in queries.stats(store, queries.EventFilter())["by_day_type"]}
        assert days == {"2024-03-12", "2024-03-14", None}
