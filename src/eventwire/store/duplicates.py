"""Recognising an article already stored under another id, by the hash of its clean text.

The hash (:func:`eventwire.store.schema.text_hash`) is stored with each document (migration 5);
:meth:`eventwire.store.Store.save` skips a new id whose text has one, and these name the twin.
"""

from __future__ import annotations

import sqlite3

from eventwire.records import CodedDocument
from eventwire.store.schema import text_hash


def same_text_as(db: sqlite3.Connection, coded: CodedDocument) -> dict[str, str] | None:
    """The stored document (``id``, ``origin``) under another id whose text is this one's, if any:
    the oldest such document."""
    row = db.execute(
        "SELECT id, origin FROM documents WHERE text_hash = ? AND id != ? ORDER BY created_at, id LIMIT 1",
        (text_hash(coded.text), coded.id),
    ).fetchone()
    return dict(row) if row else None


def duplicate_note(db: sqlite3.Connection, coded: CodedDocument) -> dict[str, str] | None:
    """For a document whose text is stored under another id: that id (``same_as``) and a line
    telling the user so (``note``), naming both inputs."""
    twin = same_text_as(db, coded)
    if twin is None:
        return None
    note = f"{coded.origin}: same text as {twin['origin']}, already stored as doc id {twin['id']}; skipped"
    return {"same_as": twin["id"], "note": note}
