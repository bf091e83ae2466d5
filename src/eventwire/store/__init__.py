"""The embedded store: one SQLite file (WAL), the only package that touches the database.

Each coded document is written in one transaction together with everything
made of it, so a crash never leaves half a document. Writing the same content
twice changes nothing (content hash); a changed content replaces the old
version in place.

:class:`Store` is the interface; its parts live in submodules: ``connection`` (opening a file,
transactions, running the migrations of ``schema``), ``rows`` (records to rows and back),
``duplicates`` (the same text under another id), ``happenings`` (merged events) and ``queries``
(the filtered, paginated reads of the API and web UI).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, Protocol

from eventwire.errors import EventwireError
from eventwire.records import Actor, CodedDocument
from eventwire.store import duplicates
from eventwire.store.connection import WAL_ATTEMPTS as WAL_ATTEMPTS
from eventwire.store.connection import StoreError as StoreError
from eventwire.store.connection import connect, schema_version, statements, transaction
from eventwire.store.happenings import rebuild as rebuild_happenings
from eventwire.store.happenings import where as happenings_where
from eventwire.store.plain import plain as plain
from eventwire.store.rows import (
    ACTOR_COLUMNS,
    CHILD_TABLES,
    decode_document,
    decode_row,
    document_row,
    insert_children,
    learn_actors,
    stated,
)
from eventwire.store.rows import JSON_COLUMNS as JSON_COLUMNS
from eventwire.store.schema import MIGRATIONS as MIGRATIONS
from eventwire.store.schema import latest_version as latest_version
from eventwire.store.schema import text_hash as text_hash

DEFAULT_DB = "eventwire.db"
# "duplicate": a new id whose text is already stored under another id (Store.same_text_as); not stored.
SaveOutcome = Literal["added", "updated", "unchanged", "duplicate"]


class StoryRecord(Protocol):
    """What the store keeps of a story (eventwire.stories.Story has these)."""

    id: str
    doc_ids: list[str]
    title: str | None
    terms: list[str]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """An eventwire database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = Path(path)
        self.db = connect(self.path)  # migrated to the latest schema (eventwire.store.connection)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """A write transaction (BEGIN IMMEDIATE), rolled back if its block raises."""
        return transaction(self.db)

    @property
    def version(self) -> int:
        return schema_version(self.db)

    # -- documents -----------------------------------------------------------------

    def stored_hash(self, doc_id: str) -> str | None:
        row = self.db.execute("SELECT content_hash FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row["content_hash"] if row else None

    def same_text_as(self, coded: CodedDocument) -> dict[str, str] | None:
        """The stored document (``id``, ``origin``) under another id whose text is this one's, if any."""
        return duplicates.same_text_as(self.db, coded)

    def duplicate_note(self, coded: CodedDocument) -> dict[str, str] | None:
        """For a document whose text is stored under another id: that id (``same_as``) and a line
        telling the user so (``note``), naming both inputs."""
        return duplicates.duplicate_note(self.db, coded)

    def save(self, coded: CodedDocument) -> SaveOutcome:
        """Store a coded document and its records in one transaction.

        A new id whose text is already stored under another id is not stored ("duplicate"; the
        caller names the twin with :meth:`same_text_as`). A stored id is always updated, even to a
        text another document has: skipping it would leave its old version in place.
        """
        previous = self.stored_hash(coded.id)
        if previous == coded.content_hash:
            self.clear_failure(coded.origin)
            return "unchanged"
        now = _now()
        with self.transaction() as db:
            # checked inside the write transaction: a concurrent run may have stored the twin meanwhile
            previous = self.stored_hash(coded.id)
            if previous is None and self.same_text_as(coded):
                db.execute("DELETE FROM failures WHERE origin = ?", (coded.origin,))
                return "duplicate"
            row = document_row(coded, now)
            if previous is None:
                columns = ", ".join(row)
                marks = ", ".join("?" for _ in row)
                db.execute(f"INSERT INTO documents ({columns}) VALUES ({marks})", list(row.values()))
            else:
                del row["created_at"]
                assignments = ", ".join(f"{column} = ?" for column in row)
                db.execute(f"UPDATE documents SET {assignments} WHERE id = ?", [*row.values(), coded.id])
                for table in CHILD_TABLES:
                    db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (coded.id,))
            insert_children(db, coded)
            learn_actors(db, coded, now)
            db.execute("DELETE FROM failures WHERE origin = ?", (coded.origin,))
        return "added" if previous is None else "updated"

    def record_failure(self, origin: str, error: str, doc_id: str | None = None) -> None:
        """Remember that an input failed (once per input: a retry updates the same row)."""
        now = _now()
        self.db.execute(
            """INSERT INTO failures (origin, doc_id, error, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT(origin) DO UPDATE SET error = excluded.error, doc_id = excluded.doc_id,
               last_seen = excluded.last_seen, attempts = attempts + 1""",
            (origin, doc_id, error, now, now),
        )

    def clear_failure(self, origin: str) -> None:
        self.db.execute("DELETE FROM failures WHERE origin = ?", (origin,))

    def failures(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self.db.execute("SELECT * FROM failures ORDER BY origin")]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One stored document with its records, or None."""
        row = self.db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        record = decode_document(row)
        for table in CHILD_TABLES:
            record[table] = self.rows(table, doc_id=doc_id)
        return record

    def documents(self) -> Iterator[dict[str, Any]]:
        """Every stored document (without its records), oldest first, streamed."""
        for row in self.db.execute("SELECT * FROM documents ORDER BY published, id"):
            yield decode_document(row)

    def search_documents(self, query: str, limit: int = 50) -> list[str]:
        """Ids of documents matching an FTS5 query, best first."""
        rows = self.db.execute(
            """SELECT d.id FROM documents_fts f JOIN documents d ON d.rowid = f.rowid
               WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?""",
            (query, limit),
        )
        return [row["id"] for row in rows]

    def rows(self, table: str, doc_id: str | None = None) -> list[dict[str, Any]]:
        """Records of one kind (``quotes``, ``places``, ...), optionally for one document."""
        if table not in (*CHILD_TABLES, "actors"):
            raise ValueError(f"unknown record kind {table!r}")
        where, params = ("WHERE doc_id = ?", (doc_id,)) if doc_id else ("", ())
        order = "ORDER BY id" if table == "actors" else "ORDER BY doc_id, start"
        if table == "events":
            order = "ORDER BY date, id"
        source = f"{ACTOR_COLUMNS} FROM actors a" if table == "actors" else f"* FROM {table}"
        return [decode_row(table, row) for row in self.db.execute(f"SELECT {source} {where} {order}", params)]

    def columns(self, table: str) -> list[str]:
        """The keys of a :meth:`rows` record of a child table or ``actors``, known with no row stored."""
        if table not in (*CHILD_TABLES, "actors") or table == "events":  # an event row is its JSON record
            raise ValueError(f"no fixed columns for {table!r}")
        source = f"{ACTOR_COLUMNS} FROM actors a" if table == "actors" else f"* FROM {table}"
        return [column[0] for column in self.db.execute(f"SELECT {source} LIMIT 0").description]

    def counts(self) -> dict[str, int]:
        tables = ("documents", "failures", "actors", *CHILD_TABLES, "happenings")
        return {table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}

    # -- stories -------------------------------------------------------------------

    def replace_stories(self, stories: Iterable[StoryRecord]) -> int:
        """Replace every stored story with a new grouping (stories are recomputed as a whole)."""
        now = _now()
        count = 0
        with self.transaction() as db:
            db.execute("DELETE FROM story_documents")
            db.execute("DELETE FROM stories")
            for story in stories:
                db.execute(
                    "INSERT INTO stories (id, title, terms, updated_at) VALUES (?, ?, ?, ?)",
                    (story.id, story.title, json.dumps(list(story.terms), ensure_ascii=False), now),
                )
                db.executemany(
                    "INSERT OR IGNORE INTO story_documents (story_id, doc_id) "
                    "SELECT ?, id FROM documents WHERE id = ?",
                    [(story.id, doc_id) for doc_id in story.doc_ids],
                )
                count += 1
        return count

    # -- happenings (reports of one happening merged; eventwire.merge) ---------------

    def rebuild_happenings(self, doc_ids: Iterable[str] | None = None) -> dict[str, int]:
        """Merge stored events into happenings, in one transaction: all of them (``doc_ids`` None),
        or the event types the given documents' events have plus those of any event in no happening.

        Returns how many types were merged, and the events and happenings they gave.
        """
        with self.transaction() as db:
            return rebuild_happenings(db, None if doc_ids is None else list(doc_ids))

    def refresh_happenings(self) -> dict[str, int]:
        """Merge again only the types that have events in no happening (new or updated documents)."""
        return self.rebuild_happenings(doc_ids=())

    def happenings(
        self,
        types: Iterable[str] = (),
        date_from: str | None = None,
        date_to: str | None = None,
        min_mentions: int = 1,
        limit: int | None = None,
        offset: int = 0,
    ) -> Iterator[dict[str, Any]]:
        """Stored happenings (full records), undated last, by date then id; streamed."""
        clause, params = happenings_where(types, date_from, date_to, min_mentions)
        page = " LIMIT ? OFFSET ?" if limit is not None else ""
        sql = f"SELECT h.record FROM happenings h {clause} ORDER BY h.date IS NULL, h.date, h.id{page}"
        for row in self.db.execute(sql, [*params, *((limit, offset) if limit is not None else ())]):
            yield json.loads(row["record"])

    # -- actor registry ------------------------------------------------------------

    def known_actors(self) -> dict[str, Actor]:
        """The registry as Actor records, keyed by id: what coding a new document may use."""
        actors = {}
        for row in self.db.execute("SELECT * FROM actors"):
            actors[row["id"]] = Actor(
                id=row["id"],
                name=row["name"],
                kind=row["kind"],
                country=row["country"],
                sector=row["sector"],
                role=row["role"],
                igo=row["igo"],
                aliases=json.loads(row["aliases"]),
            )
        return actors

    def set_actor_fields(self, actor_id: str, **fields: str | None) -> None:
        """A user's correction of an actor; later documents never overwrite these fields."""
        allowed = {"name", "kind", "country", "sector", "role", "igo"}
        unknown = set(fields) - allowed
        if unknown:
            raise EventwireError(
                f"cannot set {', '.join(sorted(unknown))}; settable: {', '.join(sorted(allowed))}"
            )
        row = self.db.execute("SELECT user_fields FROM actors WHERE id = ?", (actor_id,)).fetchone()
        if row is None:
            raise EventwireError(f"no actor {actor_id!r}; `eventwire actors list` shows their ids")
        locked = sorted(set(json.loads(row["user_fields"])) | set(fields))
        assignments = ", ".join(f"{name} = ?" for name in fields)
        with self.transaction() as db:
            db.execute(
                f"UPDATE actors SET {assignments}, user_fields = ? WHERE id = ?",
                [*fields.values(), json.dumps(locked), actor_id],
            )


# The names these helpers had when they lived in this module (tests import _statements).
_statements = statements
_document_row, _insert_children, _learn_actors, _stated = document_row, insert_children, learn_actors, stated
_decode_document, _decode_row = decode_document, decode_row
