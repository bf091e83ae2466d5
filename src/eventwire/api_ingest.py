"""Turning what a client POSTs (JSON, an uploaded file, a URL) into coded, stored documents."""

from __future__ import annotations

import hashlib
import re
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from eventwire.api_models import DocumentIn
from eventwire.errors import InputError
from eventwire.ingest import check_text_length, read_file, read_inputs, unique_ids
from eventwire.pipeline import Options, Pipeline
from eventwire.records import CodedDocument, Document
from eventwire.store import Store

Fetcher = Callable[[str], tuple[str, str, bytes]]
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def content_id(*parts: str | None) -> str:
    """A stable id for a document posted without one: a short hash of its content."""
    digest = hashlib.sha1("\x1f".join(part or "" for part in parts).encode("utf-8")).hexdigest()
    return f"api-{digest[:12]}"


def documents_from_json(body: DocumentIn, fetcher: Fetcher, max_bytes: int) -> list[Document | InputError]:
    """The document a JSON body describes; a URL (page or feed) is fetched when there is no text."""
    if body.text or body.html:
        doc_id = body.id or content_id(body.text, body.html, body.url)
        if body.text:
            try:
                check_text_length(body.text, f"api:{doc_id}")
            except InputError as error:
                return [error]
        return [
            Document(
                id=doc_id,
                text=body.text,
                html=body.html,
                title=body.title,
                published=body.published,
                url=body.url,
                source=body.source,
                origin=f"api:{doc_id}",
                metadata=body.metadata,
            )
        ]
    items = list(read_inputs([body.url or ""], max_bytes=max_bytes, fetcher=fetcher))
    pages = [item for item in items if isinstance(item, Document)]
    if len(pages) == 1:  # a single page takes what the client said about it
        page = pages[0]
        page.id = body.id or page.id
        page.title = body.title or page.title
        page.published = body.published or page.published
        page.source = body.source or page.source
        page.metadata = {**page.metadata, **body.metadata}
    return items


def documents_from_upload(
    filename: str, data: bytes, max_bytes: int, fields: dict[str, str]
) -> list[Document | InputError]:
    """Documents from an uploaded .txt, .html or .jsonl file, read exactly as `eventwire run` reads files."""
    name = _UNSAFE_NAME.sub("-", Path(filename or "upload.txt").name).strip(".-") or "upload.txt"
    with tempfile.TemporaryDirectory(prefix="eventwire-upload-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        items = list(read_file(path, max_bytes=max_bytes))
    for item in items:
        # The temporary path means nothing to the client; keep only the ":line" of a JSONL record.
        line = item.origin[len(str(path)) :] if item.origin.startswith(str(path)) else ""
        if isinstance(item, Document):
            item.origin = f"upload:{name}{line}"
            for field in ("title", "published", "source"):
                if fields.get(field):
                    setattr(item, field, fields[field])
        else:
            item.origin = f"upload:{name}{line}"
    documents = [item for item in items if isinstance(item, Document)]
    if fields.get("id") and len(documents) == 1:
        documents[0].id = fields["id"]
    return items


def code_and_store(
    store: Store, items: Iterable[Document | InputError], any_language: bool
) -> dict[str, list[dict[str, Any]]]:
    """Code each document, store it, and say what became of every input."""
    pipeline = Pipeline(Options(allow_any_language=any_language), known=store.known_actors())
    stored: list[dict[str, Any]] = []
    failed: list[dict[str, str]] = []
    copies: list[dict[str, str]] = []  # an upload's record repeated: stored once
    # two records of one upload with one id would overwrite each other: the second is refused
    for result in pipeline.code_stream(unique_ids(items, copies)):
        if isinstance(result, InputError):
            store.record_failure(result.origin, result.reason)
            failed.append({"input": result.origin, "error": result.reason})
            continue
        outcome = store.save(result)
        stored.append({"outcome": outcome, **summary(result), **_twin(store, result, outcome)})
        for actor in result.actors:
            pipeline.known.setdefault(actor.id, actor)
    stored += [{"outcome": "duplicate", **copy} for copy in copies]
    if stored:
        store.refresh_happenings()
    return {"documents": stored, "failed": failed}


def _twin(store: Store, coded: CodedDocument, outcome: str) -> dict[str, str]:
    """For a document skipped as a duplicate, which stored document has its text, and a note saying so."""
    return (store.duplicate_note(coded) or {}) if outcome == "duplicate" else {}


def summary(coded: CodedDocument) -> dict[str, Any]:
    return {
        "id": coded.id,
        "title": coded.title,
        "published": coded.published,
        "published_from": coded.published_from,
        "counts": {
            kind: len(getattr(coded, kind)) for kind in ("actors", "quotes", "dates", "places", "events")
        },
    }
