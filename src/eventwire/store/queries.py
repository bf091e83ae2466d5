"""Read queries for the API and the web UI: filtered, paginated, counted.

Every function takes an open :class:`~eventwire.store.Store` and returns plain
dicts ready for JSON. Values from users only ever reach SQL as parameters; the
few pieces of SQL built from input (sort orders) come from fixed tables here.
Full-text arguments use SQLite FTS5 query syntax; a malformed one raises
:class:`QueryError` with a hint.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.errors import EventwireError
from eventwire.store import Store
from eventwire.store.rows import ACTOR_COLUMNS, decode_document, decode_row

# Marks around the matched words of a search snippet: control characters no article holds,
# so a client can split on them and mark the words without parsing any markup.
SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"
FTS_HINT = 'use words, "exact phrases", OR, NOT and prefix* (FTS5 syntax); quote words with punctuation'

# A date of unknown year ("XXXX-01-09") goes with the undated events, not after every year.
EVENT_SORTS = {
    "date": "coalesce(NOT e.date GLOB '[0-9][0-9][0-9][0-9]*', 1), e.date, e.id",
    "-date": "coalesce(NOT e.date GLOB '[0-9][0-9][0-9][0-9]*', 1), e.date DESC, e.id",
    "score": "e.score IS NULL, e.score, e.id",
    "-score": "e.score IS NULL, e.score DESC, e.id",
    "confidence": "e.confidence, e.id",
    "-confidence": "e.confidence DESC, e.id",
    "type": "e.type, e.date, e.id",
}
# A date whose year is known: TimeML writes an unknown one as "XXXX" ("XXXX-01-09"), which would
# sort after every year; such a date counts as none in ranges and day counts.
KNOWN_YEAR = "GLOB '[0-9][0-9][0-9][0-9]*'"
# The day an event is counted on: its own date when it names a day; the document's publication
# day when the event has no date at all (or no year); nothing for events dated only to a month or a year.
EVENT_DAY = (
    f"CASE WHEN e.date {KNOWN_YEAR} AND length(e.date) >= 10 THEN substr(e.date, 1, 10) "
    f"WHEN e.date IS NULL OR NOT e.date {KNOWN_YEAR} THEN substr(d.published, 1, 10) END"
)


class QueryError(EventwireError):
    """A search the database cannot run (e.g. bad full-text syntax); ``hint`` says how to fix it."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.hint = hint


@dataclass(slots=True)
class EventFilter:
    """Which events to return. Empty fields do not filter."""

    types: Sequence[str] = ()
    actor_country: str | None = None
    recipient_country: str | None = None
    sector: str | None = None
    actor_id: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    text: str | None = None
    story: str | None = None
    doc_id: str | None = None
    include_negated: bool = False

    def sql(self) -> tuple[str, list[Any]]:
        """The WHERE clause (over ``events e``) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.types:
            clauses.append(f"e.type IN ({', '.join('?' for _ in self.types)})")
            params.extend(self.types)
        for role, country in (("actor", self.actor_country), ("recipient", self.recipient_country)):
            if country:
                clauses.append("e.id IN (SELECT event_id FROM event_parties WHERE country = ? AND role = ?)")
                params.extend([country.upper(), role])
        if self.sector:
            clauses.append("e.id IN (SELECT event_id FROM event_parties WHERE sector = ?)")
            params.append(self.sector.upper())
        if self.actor_id:
            clauses.append("e.id IN (SELECT event_id FROM event_parties WHERE actor_id = ?)")
            params.append(self.actor_id)
        # Dates are ISO prefixes ("2024", "2024-03", "2024-03-06"): an event matches when its
        # period overlaps the range, so an event of "2024-03" is in a range from 2024-03-06.
        # A date of unknown year ("XXXX-01-09", a text with no year to be had) is in no range.
        if self.date_from:
            clauses.append(f"e.date {KNOWN_YEAR} AND (e.date >= ? OR substr(?, 1, length(e.date)) = e.date)")
            params.extend([self.date_from, self.date_from])
        if self.date_to:
            # A bound "2022-06" takes every date of that month; "2022-06-30" every time of that day.
            clauses.append(f"e.date {KNOWN_YEAR} AND substr(e.date, 1, length(?)) <= ?")
            params.extend([self.date_to, self.date_to])
        if self.text:
            clauses.append("e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
            params.append(self.text)
        if self.story:
            clauses.append("e.doc_id IN (SELECT doc_id FROM story_documents WHERE story_id = ?)")
            params.append(self.story)
        if self.doc_id:
            clauses.append("e.doc_id = ?")
            params.append(self.doc_id)
        if not self.include_negated:
            clauses.append("e.negated = 0")
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _run(store: Store, sql: str, params: Sequence[Any]) -> list[sqlite3.Row]:
    try:
        return store.db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as error:
        if "MATCH" in sql:  # the only user text SQLite parses is a full-text query
            raise QueryError(f"cannot read the search ({error})", FTS_HINT) from None
        raise


def _event_row(row: sqlite3.Row) -> dict[str, Any]:
    record = {"doc_id": row["doc_id"], **json.loads(row["record"])}
    record["doc_title"] = row["title"]
    record["published"] = row["published"]
    return record


def events(
    store: Store, where: EventFilter, limit: int = 50, offset: int = 0, sort: str = "date"
) -> tuple[int, list[dict[str, Any]]]:
    """The total number of matching events and one page of them (full records)."""
    clause, params = where.sql()
    order = EVENT_SORTS.get(sort)
    if order is None:
        raise QueryError(f"cannot sort by {sort!r}", f"sort by one of {', '.join(EVENT_SORTS)}")
    total = _run(store, f"SELECT count(*) FROM events e {clause}", params)[0][0]
    rows = _run(
        store,
        f"""SELECT e.doc_id, e.record, d.title, d.published FROM events e
            JOIN documents d ON d.id = e.doc_id {clause} ORDER BY {order} LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )
    return total, [_event_row(row) for row in rows]


def event(store: Store, event_id: str) -> dict[str, Any] | None:
    rows = _run(
        store,
        """SELECT e.doc_id, e.record, d.title, d.published FROM events e
           JOIN documents d ON d.id = e.doc_id WHERE e.id = ?""",
        [event_id],
    )
    return _event_row(rows[0]) if rows else None


def documents(
    store: Store, text: str | None = None, limit: int = 50, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """Documents (without their text), newest first, or best match first for a full-text search."""
    counts = (
        "(SELECT count(*) FROM events e WHERE e.doc_id = d.id AND e.negated = 0) AS events, "
        "(SELECT count(*) FROM quotes q WHERE q.doc_id = d.id) AS quotes, "
        "substr(d.text, 1, 240) AS lead"
    )
    columns = f"d.id, d.title, d.published, d.source, d.url, d.origin, d.extractor, {counts}"
    if text:
        total = _run(store, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", [text])[0][0]
        rows = _run(
            store,
            f"""SELECT {columns},
                       snippet(documents_fts, 1, '{SNIPPET_OPEN}', '{SNIPPET_CLOSE}', '…', 16) AS snippet
                FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
                WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?""",
            [text, limit, offset],
        )
    else:
        total = _run(store, "SELECT count(*) FROM documents", [])[0][0]
        rows = _run(
            store,
            f"""SELECT {columns}, NULL AS snippet FROM documents d
                ORDER BY d.published IS NULL, d.published DESC, d.id LIMIT ? OFFSET ?""",
            [limit, offset],
        )
    return total, [dict(row) for row in rows]


def document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One document with all its records and the stories it belongs to."""
    record = store.document(doc_id)
    if record is None:
        return None
    known = {row["id"]: row for row in store.db.execute(
        f"SELECT {ACTOR_COLUMNS} FROM actors a WHERE a.id IN (SELECT actor_id FROM mentions WHERE doc_id = ?)",
        (doc_id,),
    )}  # fmt: skip
    record["actors"] = [decode_document(row) for row in known.values()]
    record["stories"] = [
        row["story_id"] for row in store.db.execute("SELECT story_id FROM story_documents WHERE doc_id = ?", (doc_id,))
    ]  # fmt: skip
    record.pop("annotations", None)  # token-level analysis: large, and not what a reader wants
    return record


def actors(
    store: Store, text: str | None = None, country: str | None = None, limit: int = 50, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """Registry actors with how many events they take part in, most active first."""
    clauses, params = [], []
    if text:
        clauses.append("(a.name LIKE ? OR a.aliases LIKE ? OR a.id LIKE ?)")
        params.extend([f"%{text}%"] * 3)
    if country:
        clauses.append("a.country = ?")
        params.append(country.upper())
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    total = _run(store, f"SELECT count(*) FROM actors a {where}", params)[0][0]
    rows = _run(
        store,
        f"""SELECT {ACTOR_COLUMNS}, (SELECT count(DISTINCT event_id) FROM event_parties p WHERE p.actor_id = a.id)
                   AS events
            FROM actors a {where} ORDER BY events DESC, a.name LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )
    return total, [decode_document(row) for row in rows]


def quotes(
    store: Store,
    text: str | None = None,
    speaker: str | None = None,
    doc_id: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[int, list[dict[str, Any]]]:
    """Quotes with their document's title and date, newest document first."""
    clauses, params = [], []
    for column, value in (("q.text", text), ("q.speaker", speaker)):
        if value:
            clauses.append(f"{column} LIKE ?")
            params.append(f"%{value}%")
    if doc_id:
        clauses.append("q.doc_id = ?")
        params.append(doc_id)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    total = _run(store, f"SELECT count(*) FROM quotes q {where}", params)[0][0]
    rows = _run(
        store,
        f"""SELECT q.*, d.title AS doc_title, d.published FROM quotes q JOIN documents d ON d.id = q.doc_id
            {where} ORDER BY d.published IS NULL, d.published DESC, q.doc_id, q.start LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )
    return total, [decode_row("quotes", row) for row in rows]


def stats(store: Store, where: EventFilter) -> dict[str, Any]:
    """Counts of matching events by day and type, by type, and by dyad (actor -> recipient country)."""
    clause, params = where.sql()
    by_day_type = _run(
        store,
        f"""SELECT {EVENT_DAY} AS day, e.type, count(*) AS count FROM events e
            JOIN documents d ON d.id = e.doc_id {clause} GROUP BY day, e.type ORDER BY day""",
        params,
    )
    by_type = _run(
        store,
        f"SELECT e.type, count(*) AS count, avg(e.score) AS mean_score FROM events e {clause} "
        "GROUP BY e.type ORDER BY count DESC",
        params,
    )
    by_dyad = _run(
        store,
        f"""SELECT a.country AS source, r.country AS target, count(DISTINCT e.id) AS count,
                   avg(e.score) AS mean_score
            FROM events e JOIN event_parties a ON a.event_id = e.id AND a.role = 'actor'
            JOIN event_parties r ON r.event_id = e.id AND r.role = 'recipient'
            {clause} {"AND" if clause else "WHERE"} a.country IS NOT NULL AND r.country IS NOT NULL
                AND a.country != r.country
            GROUP BY a.country, r.country ORDER BY count DESC LIMIT 200""",
        params,
    )
    return {
        "by_day_type": [dict(row) for row in by_day_type],
        "by_type": [dict(row) for row in by_type],
        "by_dyad": [dict(row) for row in by_dyad],
    }


def locations(store: Store, where: EventFilter, limit: int = 2000) -> list[dict[str, Any]]:
    """Event places with coordinates and how many matching events happened at each."""
    clause, params = where.sql()
    located = "json_extract(e.record, '$.location.lat') IS NOT NULL"
    rows = _run(
        store,
        f"""SELECT json_extract(e.record, '$.location.name') AS name,
                   json_extract(e.record, '$.location.country') AS country,
                   json_extract(e.record, '$.location.lat') AS lat,
                   json_extract(e.record, '$.location.lon') AS lon,
                   count(*) AS count, avg(e.score) AS mean_score
            FROM events e {clause} {"AND" if clause else "WHERE"} {located}
            GROUP BY lat, lon ORDER BY count DESC LIMIT ?""",
        [*params, limit],
    )
    return [dict(row) for row in rows]


def stories(store: Store, limit: int = 100, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """Stored stories, largest first, each with its document ids."""
    total = store.db.execute("SELECT count(*) FROM stories").fetchone()[0]
    rows = store.db.execute(
        """SELECT s.id, s.title, s.terms, json_group_array(sd.doc_id) AS doc_ids
           FROM stories s JOIN story_documents sd ON sd.story_id = s.id
           GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT ? OFFSET ?""",
        (limit, offset),
    ).fetchall()
    return total, [
        {
            "id": r["id"],
            "title": r["title"],
            "terms": json.loads(r["terms"]),
            "doc_ids": json.loads(r["doc_ids"]),
        }
        for r in rows
    ]


def story_inputs(store: Store) -> list[dict[str, Any]]:
    """What story grouping needs of every stored document: text, date, actors, places, event types."""
    rows = store.db.execute(
        """SELECT d.id, d.text, d.title, d.published,
                  (SELECT json_group_array(DISTINCT actor_id) FROM mentions m WHERE m.doc_id = d.id) AS actors,
                  (SELECT json_group_array(DISTINCT name) FROM places p WHERE p.doc_id = d.id) AS places,
                  (SELECT json_group_array(type) FROM events e WHERE e.doc_id = d.id AND e.negated = 0)
                      AS event_types
           FROM documents d ORDER BY d.id"""
    )
    decoded = ("actors", "places", "event_types")
    return [{**dict(row), **{key: tuple(json.loads(row[key])) for key in decoded}} for row in rows]


def happenings(
    store: Store,
    types: Sequence[str] = (),
    date_from: str | None = None,
    date_to: str | None = None,
    min_mentions: int = 1,
    limit: int = 50,
    offset: int = 0,
) -> tuple[int, list[dict[str, Any]]]:
    """The total number of matching happenings (merged reports, eventwire.merge) and one page of them."""
    from eventwire.store.happenings import where

    clause, params = where(types, date_from, date_to, min_mentions)
    total = _run(store, f"SELECT count(*) FROM happenings h {clause}", params)[0][0]
    items = list(store.happenings(types, date_from, date_to, min_mentions, limit=limit, offset=offset))
    return total, items


def story_documents(store: Store, story_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """The documents of each story (id, title, published, source, event count), oldest first."""
    if not story_ids:
        return {}
    marks = ",".join("?" * len(story_ids))
    rows = _run(
        store,
        f"""SELECT sd.story_id, d.id, d.title, d.published, d.source,
                   (SELECT count(*) FROM events e WHERE e.doc_id = d.id AND e.negated = 0) AS events
            FROM story_documents sd JOIN documents d ON d.id = sd.doc_id
            WHERE sd.story_id IN ({marks}) ORDER BY d.published IS NULL, d.published, d.id""",
        list(story_ids),
    )
    found: dict[str, list[dict[str, Any]]] = {story_id: [] for story_id in story_ids}
    for row in rows:
        found[row["story_id"]].append(
            {key: row[key] for key in ("id", "title", "published", "source", "events")}
        )
    return found
