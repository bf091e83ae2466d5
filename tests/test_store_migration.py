"""Stores written by an older eventwire open, migrate, and read as before (migration 4: actor_documents)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from eventwire.records import Actor, CodedDocument
from eventwire.store import Store, _statements
from eventwire.store.queries import actors as actor_page
from eventwire.store.schema import MIGRATIONS, latest_version

NOW = "2025-02-01T00:00:00+00:00"


def _old_store(path: Path, version: int = 3) -> None:
    """A database as eventwire wrote it at schema ``version``: actors keep their documents as JSON."""
    db = sqlite3.connect(path)
    for script in MIGRATIONS[:version]:
        for statement in _statements(script):
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {version}")
    for doc_id in ("doc-b", "doc-a", "doc-c"):
        db.execute(
            "INSERT INTO documents (id, content_hash, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            (doc_id, f"hash-{doc_id}", "Some text.", NOW, NOW),
        )
    db.execute(
        "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ("state:ISL", "Isla", "state", "ISL", "GOV", None, None, '["the isles"]',
         json.dumps(["doc-a", "doc-b"]), "2024-01-01", "2024-02-01", '["sector"]'),
    )  # fmt: skip
    db.execute(
        "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ("person:ona-vey", "Ona Vey", "person", None, None, None, None, "[]",
         "[]", None, None, "[]"),
    )  # fmt: skip
    db.commit()
    db.close()


def test_an_old_store_keeps_each_actors_documents_after_migrating(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_store(path)
    with Store(path) as store:
        assert store.version == latest_version()
        columns = [row["name"] for row in store.db.execute("PRAGMA table_info(actors)")]
        assert "documents" not in columns
        rows = {row["id"]: row for row in store.rows("actors")}
        assert rows["state:ISL"]["documents"] == ["doc-a", "doc-b"]
        assert rows["state:ISL"]["aliases"] == ["the isles"]
        assert rows["state:ISL"]["user_fields"] == ["sector"]
        assert rows["person:ona-vey"]["documents"] == []
        assert list(rows["state:ISL"]) == [
            "id", "name", "kind", "country", "sector", "role", "igo", "aliases", "documents",
            "first_seen", "last_seen", "user_fields",
        ]  # fmt: skip


def test_a_migrated_store_adds_new_documents_to_an_actor_in_order(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_store(path)
    actor = Actor(id="state:ISL", name="Isla", kind="state", country="ISL", sector="MIL")
    coded = CodedDocument(
        id="doc-0",
        content_hash="h",
        text="Isla spoke.",
        origin="doc-0.txt",
        published="2024-03-01",
        actors=[actor],
    )
    with Store(path) as store:
        store.save(coded)
        store.save(
            CodedDocument(
                id="doc-0",
                content_hash="h2",
                text="Isla spoke again.",
                published="2024-03-01",
                actors=[actor],
            )
        )
        (row,) = [row for row in store.rows("actors") if row["id"] == actor.id]
        assert row["documents"] == ["doc-0", "doc-a", "doc-b"]
        assert row["sector"] == "GOV"  # the user's correction stays
        assert row["last_seen"] == "2024-03-01"
        total, page = actor_page(store, country="ISL")
        assert total == 1 and page[0]["documents"] == ["doc-0", "doc-a", "doc-b"]


def test_a_store_without_text_hashes_gets_them_and_recognises_an_old_documents_twin(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)  # a store as the previous version (schema 4) wrote it
    for statement in (statement for script in MIGRATIONS[:4] for statement in _statements(script)):
        db.execute(statement)
    db.execute("PRAGMA user_version = 4")
    for doc_id in ("doc-b", "doc-a", "doc-c"):
        db.execute(
            "INSERT INTO documents (id, content_hash, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            (doc_id, f"hash-{doc_id}", "Some text.", NOW if doc_id == "doc-a" else "2025-03-01", NOW),
        )
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.version == latest_version()
        hashes = {
            row["id"]: row["text_hash"] for row in store.db.execute("SELECT id, text_hash FROM documents")
        }
        assert len(set(hashes.values())) == 1 and None not in hashes.values()
        assert store.counts()["documents"] == 3  # twins stored before the check stay
        twin = CodedDocument(id="doc-new", content_hash="h", text="Some   text.\n", origin="new.txt")
        assert store.save(twin) == "duplicate"
        assert store.same_text_as(twin)["id"] == "doc-a"
        assert store.search_documents("some") and store.counts()["documents"] == 3


def test_runs_that_open_a_new_store_at_once_migrate_it_once(tmp_path: Path) -> None:
    """Concurrent `eventwire run`s on a store not yet made: each read version 0 before taking the
    write lock, so the second ran migration 1 again ("table documents already exists"), and the
    switch to WAL, which the busy timeout does not wait for, found the database locked."""
    import threading

    def open_store(path: Path, barrier: threading.Barrier, errors: list[Exception]) -> None:
        barrier.wait()
        try:
            Store(path).close()
        except Exception as error:  # the test reports whatever went wrong
            errors.append(error)

    for attempt in range(12):
        path = tmp_path / f"new-{attempt}.db"
        barrier, errors = threading.Barrier(6), []
        threads = [threading.Thread(target=open_store, args=(path, barrier, errors)) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        with Store(path) as store:
            assert store.version == latest_version()
