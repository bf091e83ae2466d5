"""Exports of stored records as JSON Lines, CSV or Parquet, streamed where the format allows."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from pathlib import Path
from typing import IO, Any

from eventwire.errors import EventwireError
from eventwire.merge_records import Happening
from eventwire.records import Event
from eventwire.store import Store

KINDS = ("documents", "events", "happenings", "quotes", "actors", "places", "mentions", "dates")
FORMATS = ("jsonl", "csv", "parquet", "cameo")
DOCUMENT_FIELDS = (
    "id", "title", "published", "published_from", "url", "source", "origin", "extractor", "text", "metadata",
)  # fmt: skip


def records(store: Store, kind: str, include_negated: bool = False) -> Iterator[dict[str, Any]]:
    """The stored records of one kind, as plain dicts. Negated events ("did not block", coded with
    their flag) are left out unless asked for, as in the API's /events."""
    if kind not in KINDS:
        raise EventwireError(f"unknown export kind {kind!r}; choose one of {', '.join(KINDS)}")
    if kind == "documents":
        for document in store.documents():
            yield {field: document[field] for field in DOCUMENT_FIELDS}
        return
    if kind == "happenings":  # reports of one happening merged (eventwire.merge)
        yield from store.happenings()
        return
    rows = store.rows(kind)
    if kind == "events" and not include_negated:
        rows = (row for row in rows if not row.get("negated"))
    yield from rows


def columns(store: Store, kind: str, fmt: str) -> list[str]:
    """The columns of an export, known before any row: an export with no rows still names them."""
    if fmt == "cameo":
        from eventwire.cameo import CAMEO_COLUMNS

        return list(CAMEO_COLUMNS)
    if kind == "documents":
        return list(DOCUMENT_FIELDS)
    if kind == "events":  # a stored event row is its document's id and its record (store.rows)
        return ["doc_id", *(item.name for item in fields(Event))]
    if kind == "happenings":
        return [item.name for item in fields(Happening)]
    return store.columns(kind)


def export_kind(store: Store, kind: str, fmt: str, output: Path | None, include_negated: bool = False) -> int:
    """Export the stored records of one kind in one format; returns the row count.

    ``cameo`` is a CSV of events for GDELT-style users: one row per actor x recipient pair, with
    CAMEO codes beside the PLOVER type (see eventwire.cameo).
    """
    rows = records(store, kind, include_negated)
    if fmt == "cameo":
        if kind != "events":
            raise EventwireError("--format cameo is for events: `eventwire export events --format cameo`")
        from eventwire.cameo import cameo_export_rows

        return write(
            (_trimmed(row) for row in cameo_export_rows(rows)), "csv", output, columns(store, kind, fmt)
        )
    return write(rows, fmt, output, columns(store, kind, fmt))


def _trimmed(row: dict[str, Any]) -> dict[str, Any]:
    """A flat row without the paragraph breaks an evidence sentence keeps at its end: in a CSV cell
    they made every such row two lines, which spreadsheet imports and `wc -l` took for more rows."""
    return {key: value.strip() if isinstance(value, str) else value for key, value in row.items()}


def write(rows: Iterable[dict[str, Any]], fmt: str, output: Path | None, header: Sequence[str] = ()) -> int:
    """Write rows in a format to a file (or stdout for text formats); returns the row count.

    ``header`` names the columns when there are no rows: a CSV then still has its header line and
    a Parquet file its (text) columns, so a script reading an empty export finds what it expects.
    """
    if fmt not in FORMATS or fmt == "cameo":
        raise EventwireError(f"unknown format {fmt!r}; choose one of jsonl, csv, parquet")
    if fmt == "parquet" and output is None:
        raise EventwireError("Parquet is binary: name a file with -o PATH")
    if output is None:
        return _write_text(rows, fmt, sys.stdout, header)
    try:
        if fmt == "parquet":
            return _write_parquet(rows, output, header)
        with output.open("w", encoding="utf-8", newline="") as handle:
            return _write_text(rows, fmt, handle, header)
    except OSError as error:  # a missing folder, no permission, a full disk: the user can fix these
        reason = getattr(error, "strerror", None) or str(error)
        raise EventwireError(
            f"cannot write {output}: {reason}; check the folder exists and is writable"
        ) from None


def _write_text(rows: Iterable[dict[str, Any]], fmt: str, handle: IO[str], header: Sequence[str] = ()) -> int:
    count = 0
    writer: csv.DictWriter | None = None
    for row in rows:
        if fmt == "jsonl":
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            flat = _flatten(row)
            if writer is None:
                writer = csv.DictWriter(handle, fieldnames=list(flat), extrasaction="ignore")
                writer.writeheader()
            writer.writerow(flat)
        count += 1
    if fmt == "csv" and writer is None and header:
        csv.writer(handle).writerow(header)
    return count


def _flatten(row: dict[str, Any]) -> dict[str, Any]:
    """CSV cells are flat: nested lists and dicts become JSON text."""
    return {
        key: json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
        for key, value in row.items()
    }


def _write_parquet(
    rows: Iterable[dict[str, Any]], output: Path, header: Sequence[str] = (), batch_size: int = 1000
) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    count = 0
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal writer
        table = pa.Table.from_pylist([_flatten(row) for row in batch])
        if writer is None:
            # A column that is empty in the first batch has no type yet: text is the safe one.
            schema = pa.schema(
                [pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f for f in table.schema]
            )
            writer = pq.ParquetWriter(output, schema)
        writer.write_table(table.cast(writer.schema))
        batch.clear()

    for row in rows:
        batch.append(row)
        count += 1
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    if writer is None:
        pq.write_table(pa.table({column: pa.array([], pa.string()) for column in header}), output)
    else:
        writer.close()
    return count
