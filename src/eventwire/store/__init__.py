"""The embedded store: one SQLite file (WAL), the only module that touches the database.

Each coded document is written in one transaction together with everything
made of it, so a crash never leaves half a document. Writing the same content
twice changes nothing (content hash); a changed content replaces the old
version in place.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, Protocol

from eventwire.errors import EventwireError
from eventwire.records import Actor, CodedDocument
from eventwire.store.happenings import rebuild as rebuild_happenings
from eventwire.store.happenings import where as happenings_where
from eventwire.store.plain import plain
from eventwire.store.schema import MIGRATIONS, latest_version, text_hash

DEFAULT_DB = "eventwire.db"
WAL_ATTEMPTS = 20  # about 10 s of waiting in all
# An actor row as readers know it, ``documents`` (sorted ids of the documents naming the actor) in its
# old place, now gathered from actor_documents (migration 4). Select it ``FROM actors a``.
ACTOR_COLUMNS = """a.id, a.name, a.kind, a.country, a.sector, a.role, a.igo, a.aliases,
    (SELECT json_group_array(doc_id) FROM (
        SELECT doc_id FROM actor_documents WHERE actor_id = a.id ORDER BY doc_id)) AS documents,
    a.first_seen, a.last_seen, a.user_fields"""
# "duplicate": a new id whose text is already stored under another id (Store.same_text_as); not stored.
SaveOutcome = Literal["added", "updated", "unchanged", "duplicate"]
CHILD_TABLES = ("mentions", "quotes", "dates", "places", "events")


class StoryRecord(Protocol):
    """What the store keeps of a story (eventwire.stories.Story has these)."""

    id: str
    doc_ids: list[str]
    title: str | None
    terms: list[str]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class StoreError(EventwireError):
    """The database file cannot be opened or is of a newer eventwire."""


class Store:
    """An eventwire database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = Path(path)
        try:
            # check_same_thread=False: a web server may open a store in one worker thread and use it in
            # another; each Store is still used by one request at a time.
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30, check_same_thread=False)
        except sqlite3.Error as error:
            raise StoreError(f"cannot open the store {self.path}: {error}") from None
        self.db.row_factory = sqlite3.Row
        self._use_wal()
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA synchronous=NORMAL")
        # migration 5 fills the text hashes of documents stored before it with this
        self.db.create_function("eventwire_text_hash", 1, text_hash, deterministic=True)
        self._migrate()

    def _use_wal(self) -> None:
        """Switch a new store to WAL. The switch takes an exclusive lock that SQLite's busy timeout does
        not wait for: runs opening a new store at once got "database is locked", so it is retried."""
        for attempt in range(WAL_ATTEMPTS):
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or attempt == WAL_ATTEMPTS - 1:
                    raise StoreError(f"cannot open the store {self.path}: {error}") from None
                time.sleep(0.05 * (attempt + 1))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        """Run the migrations the store lacks, one transaction each. The version is read again under
        each transaction's write lock: runs that open a new store at once would otherwise all read
        version 0 and run migration 1 one after the other ("table documents already exists")."""
        self._refuse_newer(self.version)
        while self.version < latest_version():
            with self.transaction() as db:
                current = self.version
                self._refuse_newer(current)
                if current == latest_version():
                    break  # another process finished the migrations while this one waited
                for statement in _statements(MIGRATIONS[current]):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {current + 1}")

    def _refuse_newer(self, version: int) -> None:
        if version > latest_version():
            raise StoreError(
                f"{self.path} has schema version {version}, newer than this eventwire "
                f"({latest_version()}); upgrade eventwire to open it"
            )

    # -- documents -----------------------------------------------------------------

    def stored_hash(self, doc_id: str) -> str | None:
        row = self.db.execute("SELECT content_hash FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row["content_hash"] if row else None

    def same_text_as(self, coded: CodedDocument) -> dict[str, str] | None:
        """The stored document (``id``, ``origin``) under another id whose text is this one's, if any."""
        row = self.db.execute(
            "SELECT id, origin FROM documents WHERE text_hash = ? AND id != ? ORDER BY created_at, id LIMIT 1",
            (text_hash(coded.text), coded.id),
        ).fetchone()
        return dict(row) if row else None

    def duplicate_note(self, coded: CodedDocument) -> dict[str, str] | None:
        """For a document whose text is stored under another id: that id (``same_as``) and a line
        telling the user so (``note``), naming both inputs."""
        twin = self.same_text_as(coded)
        if twin is None:
            return None
        note = (
            f"{coded.origin}: same text as {twin['origin']}, already stored as doc id {twin['id']}; skipped"
        )
        return {"same_as": twin["id"], "note": note}

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
            row = _document_row(coded, now)
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
            _insert_children(db, coded)
            _learn_actors(db, coded, now)
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
        record = _decode_document(row)
        for table in CHILD_TABLES:
            record[table] = self.rows(table, doc_id=doc_id)
        return record

    def documents(self) -> Iterator[dict[str, Any]]:
        """Every stored document (without its records), oldest first, streamed."""
        for row in self.db.execute("SELECT * FROM documents ORDER BY published, id"):
            yield _decode_document(row)

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
        return [
            _decode_row(table, row) for row in self.db.execute(f"SELECT {source} {where} {order}", params)
        ]

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


def _statements(script: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement keeps triggers whole)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    return [statement for statement in statements if statement]


def _document_row(coded: CodedDocument, now: str) -> dict[str, Any]:
    annotations = plain(coded.annotations) if coded.annotations else None
    return {
        "id": coded.id,
        "content_hash": coded.content_hash,
        "title": coded.title,
        "published": coded.published,
        "published_from": coded.published_from,
        "url": coded.url,
        "source": coded.source,
        "origin": coded.origin,
        "extractor": coded.extractor,
        "text": coded.text,
        "text_hash": text_hash(coded.text),
        "metadata": json.dumps(coded.metadata, ensure_ascii=False, default=str),
        "removed": json.dumps([plain(line) for line in coded.removed], ensure_ascii=False),
        "annotations": json.dumps(annotations, ensure_ascii=False) if annotations else None,
        "created_at": now,
        "updated_at": now,
    }


def _insert_children(db: sqlite3.Connection, coded: CodedDocument) -> None:
    doc_id = coded.id
    db.executemany(
        "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
        [(doc_id, m.actor_id, m.start, m.end, m.text, m.how) for m in coded.mentions],
    )
    db.executemany(
        "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (doc_id, q.start, q.end, q.text, q.speaker, q.speaker_start, q.speaker_end, q.cue, int(q.direct))
            for q in coded.quotes
        ],
    )
    db.executemany(
        "INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?)",
        [(doc_id, d.start, d.end, d.text, d.value, d.precision) for d in coded.dates],
    )
    db.executemany(
        "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, p.start, p.end, p.text, p.name, p.country, p.lat, p.lon, p.feature) for p in coded.places],
    )
    db.executemany(
        "INSERT OR REPLACE INTO events VALUES (?, ?, ?, ?, ?, ?)",
        [
            (e.id, doc_id, e.type, e.mode, e.date, json.dumps(plain(e), ensure_ascii=False))
            for e in coded.events
        ],
    )


def _learn_actors(db: sqlite3.Connection, coded: CodedDocument, now: str) -> None:
    """Add this document's actors to the registry; never overwrite a user's corrections."""
    seen = coded.published or now[:10]
    db.executemany(
        "INSERT OR IGNORE INTO actor_documents (actor_id, doc_id) VALUES (?, ?)",
        [(actor.id, coded.id) for actor in coded.actors],
    )
    for actor in map(_stated, coded.actors):
        row = db.execute("SELECT * FROM actors WHERE id = ?", (actor.id,)).fetchone()
        if row is None:
            db.execute(
                "INSERT INTO actors (id, name, kind, country, sector, role, igo, aliases, first_seen, last_seen)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    actor.id, actor.name, actor.kind, actor.country, actor.sector, actor.role, actor.igo,
                    json.dumps(sorted(set(actor.aliases)), ensure_ascii=False), seen, seen,
                ),
            )  # fmt: skip
            continue
        locked = set(json.loads(row["user_fields"]))
        fresh = {
            field: getattr(actor, field)
            for field in ("name", "country", "sector", "role", "igo")
            if field not in locked and getattr(actor, field)
        }
        aliases = sorted(set(json.loads(row["aliases"])) | set(actor.aliases))
        first_seen = min(filter(None, (row["first_seen"], seen)))
        last_seen = max(filter(None, (row["last_seen"], seen)))
        assignments = "".join(f"{name} = ?, " for name in fresh)
        db.execute(
            f"UPDATE actors SET {assignments}aliases = ?, first_seen = ?, last_seen = ? WHERE id = ?",
            [*fresh.values(), json.dumps(aliases), first_seen, last_seen, actor.id],
        )


def _stated(actor: Actor) -> Actor:
    """The actor as the text stated it: fields inferred from a document's context (a person's
    country from its dateline) are no facts for the registry."""
    if not actor.inferred:
        return actor
    return replace(actor, **{name: None for name in actor.inferred}, inferred=[])


JSON_COLUMNS = {"metadata", "removed", "annotations", "aliases", "documents", "user_fields"}


def _decode_document(row: sqlite3.Row) -> dict[str, Any]:
    return {key: json.loads(row[key]) if key in JSON_COLUMNS and row[key] else row[key] for key in row.keys()}  # noqa: SIM118 (a Row iterates values)


def _decode_row(table: str, row: sqlite3.Row) -> dict[str, Any]:
    if table == "events":
        return {"doc_id": row["doc_id"], **json.loads(row["record"])}
    record = _decode_document(row)
    if table == "quotes":
        record["direct"] = bool(record["direct"])
    return record
