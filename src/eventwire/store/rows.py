"""A coded document as the store's rows, and stored rows back as plain dicts.

Writing: the document's row, the rows of its records (mentions, quotes, dates, places, events)
and what the actor registry learns from it; the caller (:meth:`eventwire.store.Store.save`)
holds the transaction. Reading: rows decoded into the dicts :class:`~eventwire.store.Store` and
:mod:`eventwire.store.queries` return, with their JSON columns parsed.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from typing import Any

from eventwire.records import Actor, CodedDocument
from eventwire.store.plain import plain
from eventwire.store.schema import text_hash

# The tables of a document's records, each row keyed by doc_id (deleted and written again on update).
CHILD_TABLES = ("mentions", "quotes", "dates", "places", "events")
# An actor row as readers know it, ``documents`` (sorted ids of the documents naming the actor) in its
# old place, now gathered from actor_documents (migration 4). Select it ``FROM actors a``.
ACTOR_COLUMNS = """a.id, a.name, a.kind, a.country, a.sector, a.role, a.igo, a.aliases,
    (SELECT json_group_array(doc_id) FROM (
        SELECT doc_id FROM actor_documents WHERE actor_id = a.id ORDER BY doc_id)) AS documents,
    a.first_seen, a.last_seen, a.user_fields"""
JSON_COLUMNS = {"metadata", "removed", "annotations", "aliases", "documents", "user_fields"}


def document_row(coded: CodedDocument, now: str) -> dict[str, Any]:
    """The ``documents`` row of a coded document, column by column (``now`` its creation time)."""
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


def insert_children(db: sqlite3.Connection, coded: CodedDocument) -> None:
    """Write the rows of the document's records into the CHILD_TABLES."""
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


def learn_actors(db: sqlite3.Connection, coded: CodedDocument, now: str) -> None:
    """Add this document's actors to the registry; never overwrite a user's corrections."""
    seen = coded.published or now[:10]
    db.executemany(
        "INSERT OR IGNORE INTO actor_documents (actor_id, doc_id) VALUES (?, ?)",
        [(actor.id, coded.id) for actor in coded.actors],
    )
    for actor in map(stated, coded.actors):
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


def stated(actor: Actor) -> Actor:
    """The actor as the text stated it: fields inferred from a document's context (a person's
    country from its dateline) are no facts for the registry."""
    if not actor.inferred:
        return actor
    return replace(actor, **{name: None for name in actor.inferred}, inferred=[])


def decode_document(row: sqlite3.Row) -> dict[str, Any]:
    """A row as a dict, its JSON columns parsed (documents, actors, and the plain child tables)."""
    return {key: json.loads(row[key]) if key in JSON_COLUMNS and row[key] else row[key] for key in row.keys()}  # noqa: SIM118 (a Row iterates values)


def decode_row(table: str, row: sqlite3.Row) -> dict[str, Any]:
    """A row of a child table or ``actors`` as :meth:`eventwire.store.Store.rows` returns it."""
    if table == "events":
        return {"doc_id": row["doc_id"], **json.loads(row["record"])}
    record = decode_document(row)
    if table == "quotes":
        record["direct"] = bool(record["direct"])
    return record
