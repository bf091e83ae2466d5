"""The SQLite store: idempotent saves, in-place updates, failures, registry, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from eventwire.records import Actor, ActorMention, CodedDocument, Quote
from eventwire.store import Store, StoreError
from eventwire.store.schema import latest_version


def _coded(doc_id: str = "d1", text: str | None = None, content_hash: str = "h1", **extra) -> CodedDocument:
    """A coded document; by default each id has a body of its own (one text under two ids is a duplicate)."""
    text = f"Body text of {doc_id}." if text is None else text
    return CodedDocument(
        id=doc_id, content_hash=content_hash, text=text, title="Title", origin=f"{doc_id}.txt", **extra
    )


def test_new_store_is_migrated_and_uses_wal(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.version == latest_version()
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_same_content_twice_adds_nothing_and_changed_content_updates_in_place(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.save(_coded()) == "added"
        assert store.save(_coded()) == "unchanged"
        assert store.counts()["documents"] == 1
        assert store.save(_coded(text="New body.", content_hash="h2")) == "updated"
        assert store.counts()["documents"] == 1
        assert store.document("d1")["text"] == "New body."
        assert store.search_documents("body") == ["d1"]


def test_update_replaces_the_records_of_the_old_version(tmp_path: Path) -> None:
    quote = Quote(start=0, end=4, text="Body", speaker=None, cue="say")
    with Store(tmp_path / "s.db") as store:
        store.save(_coded(quotes=[quote, quote]))
        store.save(_coded(content_hash="h2", quotes=[quote]))
        assert len(store.rows("quotes")) == 1


def test_failure_is_recorded_once_and_cleared_by_a_later_success(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.save(_coded("kept", text="Another body."))
        store.record_failure("d1.txt", "the input is empty")
        store.record_failure("d1.txt", "the input is empty")
        (failure,) = store.failures()
        assert failure["attempts"] == 2
        store.save(_coded())
        assert store.failures() == []
        assert store.counts()["documents"] == 2


def test_registry_learns_actors_and_keeps_user_corrections(tmp_path: Path) -> None:
    actor = Actor(
        id="person:jane-roe", name="Jane Roe", kind="person", country="FRA", sector="GOV", aliases=["Roe"]
    )
    mention = ActorMention(actor_id=actor.id, start=0, end=4, text="Roe")
    with Store(tmp_path / "s.db") as store:
        store.save(_coded("a", published="2024-01-01", actors=[actor], mentions=[mention]))
        store.set_actor_fields(actor.id, sector="MIL")
        later = Actor(
            id=actor.id, name="Jane Roe", kind="person", country="FRA", sector="GOV", aliases=["J. Roe"]
        )
        store.save(_coded("b", published="2024-03-01", actors=[later]))
        (row,) = store.rows("actors")
        assert row["sector"] == "MIL"
        assert row["aliases"] == ["J. Roe", "Roe"]
        assert row["documents"] == ["a", "b"]
        assert (row["first_seen"], row["last_seen"]) == ("2024-01-01", "2024-03-01")
        assert store.known_actors()[actor.id].sector == "MIL"


def test_registry_does_not_learn_an_inferred_country(tmp_path: Path) -> None:
    guessed = Actor(id="person:ana-lop", name="Ana Lop", kind="person", country="PRY", inferred=["country"])
    with Store(tmp_path / "s.db") as store:
        store.save(_coded("a", actors=[guessed]))
        assert store.known_actors()[guessed.id].country is None
        stated = Actor(id=guessed.id, name="Ana Lop", kind="person", country="URY", sector="GOV")
        store.save(_coded("b", content_hash="h2", actors=[stated]))
        store.save(_coded("c", content_hash="h3", actors=[guessed]))
        assert store.known_actors()[guessed.id].country == "URY"


def test_a_store_from_a_newer_eventwire_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {latest_version() + 1}")
    db.close()
    with pytest.raises(StoreError, match="upgrade eventwire"):
        Store(path)


def test_plain_gives_what_asdict_gives_for_nested_records() -> None:
    import json
    from dataclasses import asdict

    from eventwire.records import Annotations, Entity, Event, Evidence, Place, RemovedLine, Sentence
    from eventwire.store.plain import plain

    minister = Actor(id="chl-gov", name="Chile", kind="state", country="CHL", aliases=["Santiago"])
    event = Event(
        id="e1",
        type="CONSULT",
        actor=[minister],
        recipient=[Actor(id="per-gov", name="Peru", kind="state")],
        location=Place(start=40, end=44, text="Lima", name="Lima", country="PER"),
        evidence=[Evidence(doc_id="d1", sentence="They met in Lima.", start=0, end=17, triggers=["met"])],
        confidence=0.75,
    )
    annotations = Annotations(
        model="m", sentences=[Sentence(start=0, end=17)], entities=[Entity(0, 4, "Lima", "GPE")]
    )
    for record in (event, annotations, RemovedLine(line_no=3, text="Share this", reason="chrome")):
        assert plain(record) == asdict(record)
        assert json.dumps(plain(record)) == json.dumps(asdict(record))
    copied = plain(event)
    copied["actor"][0]["aliases"].append("changed")
    assert minister.aliases == ["Santiago"]  # containers are copied, as asdict copies them


def test_the_same_text_under_a_second_id_is_recognised_and_nothing_is_lost(tmp_path: Path) -> None:
    quote = Quote(start=0, end=4, text="Body", speaker=None, cue="say")
    with Store(tmp_path / "s.db") as store:
        assert store.save(_coded("a", text="One article.\nTwo lines.", quotes=[quote])) == "added"
        twin = _coded("b", text="One article.  \r\nTwo lines.\n", content_hash="h2")
        assert store.save(twin) == "duplicate"
        assert store.same_text_as(twin) == {"id": "a", "origin": "a.txt"}
        assert store.counts()["documents"] == 1
        assert len(store.rows("quotes")) == 1
        # a stored id is still updated in place, and a different text is a document of its own
        assert store.save(_coded("a", text="A revised article.", content_hash="h3")) == "updated"
        assert store.save(twin) == "added"
        assert store.counts()["documents"] == 2
