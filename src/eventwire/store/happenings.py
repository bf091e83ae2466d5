"""Stored happenings: the events of the store merged by eventwire.merge, and read back.

Happenings are recomputed a whole PLOVER type at a time: merging is independent per type,
so recomputing only the types a change touched gives exactly what a full rebuild gives.
Events are streamed from SQLite in the order eventwire.merge reads them; memory holds one
(type, day) group and the happenings open within the merge window.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.merge import merge_sorted

# A date whose year is known (not TimeML's unknown year, "XXXX-01-09").
KNOWN_YEAR = "GLOB '[0-9][0-9][0-9][0-9]*'"
# eventwire.merge.sort_day in SQL: the event's day, else its coarser date, else its document's day.
SORT_DAY = (
    "CASE WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-??-??*' THEN substr(e.date, 1, 10) "
    "WHEN e.date IS NOT NULL AND e.date != '' THEN e.date "
    "ELSE coalesce(substr(d.published, 1, 10), '') END"
)


def rebuild(db: sqlite3.Connection, doc_ids: Iterable[str] | None = None) -> dict[str, int]:
    """Recompute happenings (the caller holds a transaction): all, or the types ``doc_ids`` touch.

    With ``doc_ids``, the types recomputed are those of the documents' events and of any event in
    no happening (a new event, or a member of a happening a replaced event dropped).
    """
    if doc_ids is None:
        types = [row[0] for row in db.execute("SELECT DISTINCT type FROM events ORDER BY type")]
        db.execute("DELETE FROM happenings")
    else:
        types = touched_types(db, list(doc_ids))
    counts = {"types": len(types), "events": 0, "happenings": 0}
    for event_type in types:
        db.execute("DELETE FROM happenings WHERE type = ?", (event_type,))
        for happening in merge_sorted(_merge_inputs(db, event_type)):
            _insert(db, happening.to_dict())
            counts["happenings"] += 1
            counts["events"] += happening.mentions
    return counts


def touched_types(db: sqlite3.Connection, doc_ids: list[str]) -> list[str]:
    """Types of the given documents' events and of every event that is in no happening."""
    types = {
        row[0]
        for row in db.execute(
            "SELECT DISTINCT type FROM events WHERE id NOT IN (SELECT event_id FROM happening_events)"
        )
    }
    for start in range(0, len(doc_ids), 500):  # SQLite caps the number of parameters
        chunk = doc_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        types |= {
            row[0] for row in db.execute(f"SELECT DISTINCT type FROM events WHERE doc_id IN ({marks})", chunk)
        }
    return sorted(types)


def _merge_inputs(db: sqlite3.Connection, event_type: str) -> Iterator[dict[str, Any]]:
    """The events of one type as eventwire.merge wants them: record plus document date and source."""
    rows = db.execute(
        f"""SELECT e.record, e.doc_id, d.published, d.source, d.url, {SORT_DAY} AS sort_day
            FROM events e JOIN documents d ON d.id = e.doc_id
            WHERE e.type = ? ORDER BY sort_day, e.id""",
        (event_type,),
    )
    for row in rows:
        record = json.loads(row["record"])
        record.update(doc_id=row["doc_id"], published=row["published"], source=row["source"], url=row["url"])
        yield record


def _insert(db: sqlite3.Connection, record: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO happenings (id, type, date, record, mentions, documents, sources) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            record["id"], record["type"], record["date"], json.dumps(record, ensure_ascii=False),
            record["mentions"], record["documents"], record["sources"],
        ),
    )  # fmt: skip
    db.executemany(
        "INSERT INTO happening_events (happening_id, event_id) VALUES (?, ?)",
        [(record["id"], event_id) for event_id in record["events"]],
    )


def where(
    types: Iterable[str] = (), date_from: str | None = None, date_to: str | None = None, min_mentions: int = 1
) -> tuple[str, list[Any]]:
    """The WHERE clause (over ``happenings h``) and its parameters; dates match as for events."""
    clauses, params = ["h.mentions >= ?"], [min_mentions]
    types = list(types)
    if types:
        clauses.append(f"h.type IN ({', '.join('?' for _ in types)})")
        params.extend(types)
    # a date of unknown year ("XXXX-01-09") is in no range, as for events
    if date_from:  # a happening of "2024-03" is in a range starting 2024-03-06
        clauses.append(f"h.date {KNOWN_YEAR} AND (h.date >= ? OR substr(?, 1, length(h.date)) = h.date)")
        params.extend([date_from, date_from])
    if date_to:
        clauses.append(f"h.date {KNOWN_YEAR} AND substr(h.date, 1, length(?)) <= ?")
        params.extend([date_to, date_to])
    return "WHERE " + " AND ".join(clauses), params
