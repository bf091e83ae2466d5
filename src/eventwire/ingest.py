"""Turn what users have (files, folders, JSON Lines, URLs, feeds) into Documents.

Ingestion never stops at a bad input: :func:`read_inputs` yields either a
:class:`Document` or an :class:`InputError` naming the input (and line), so the
caller can record the failure and go on with the rest.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio
from charset_normalizer.utils import is_multi_byte_encoding

from eventwire.errors import InputError
from eventwire.records import Document

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# spaCy's parser takes at most this many characters in one text (its default ``nlp.max_length``, which
# guards against the ~1 GB of working memory per 100,000 characters a longer text would need). A longer
# text must be refused here, by name: the parse would otherwise fail for its whole batch.
MAX_TEXT_CHARS = 1_000_000
RECORD_FIELDS = ("id", "title", "text", "html", "published", "url", "source")

STDIN = "-"
# A page piped in starts with its markup: a doctype, <html>, or a block element.
_HTML_START = re.compile(r"^\s*<(!doctype|html|head|body|article|div|p|section|main)\b", re.IGNORECASE)

# A fetcher takes a URL and returns (final URL, content type, body bytes); see eventwire.fetch.
Fetcher = Callable[[str], tuple[str, str, bytes]]
Item = Document | InputError


def read_inputs(
    inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, fetcher: Fetcher | None = None
) -> Iterator[Item]:
    """Documents (or errors naming the input) from paths, folders and URLs, in order."""
    for raw in inputs:
        if raw == STDIN:
            yield read_stdin(max_bytes=max_bytes)
            continue
        if raw.startswith(("http://", "https://")):
            yield from _read_url(raw, max_bytes, fetcher)
            continue
        path = Path(raw)
        if path.is_dir():
            files = _files_under(path)
            if not files:
                yield InputError(
                    raw, "the folder holds no .txt, .html, .htm or .jsonl file (hidden ones skipped)"
                )
            for file in files:
                yield from read_file(file, max_bytes=max_bytes)
        elif path.exists():
            yield from read_file(path, max_bytes=max_bytes)
        else:
            yield InputError(raw, "no such file, folder or URL")


def read_stdin(*, max_bytes: int = DEFAULT_MAX_BYTES, stream: BinaryIO | None = None) -> Item:
    """One document piped in (``eventwire run -``): HTML when it starts with markup, else text.

    Its id is ``stdin-`` and a hash of the content, so piping the same article again changes nothing.
    """
    source = stream or sys.stdin.buffer
    data = source.read(max_bytes + 1)  # no more than the limit is ever held in memory
    if len(data) > max_bytes:
        return InputError(
            STDIN,
            f"standard input is over the limit of {max_bytes / 1_048_576:.1f} MB for one document; "
            "split it, or raise the limit with --max-size",
        )
    try:
        text = decode_bytes(data, STDIN)
    except InputError as error:
        return error
    doc_id = "stdin-" + hashlib.sha1(data).hexdigest()[:12]
    if _HTML_START.match(text):
        return Document(id=doc_id, html=text, origin=STDIN)
    try:
        return Document(id=doc_id, text=check_text_length(text, STDIN), origin=STDIN)
    except InputError as error:
        return error


def _files_under(folder: Path) -> list[Path]:
    """Supported files below a folder, recursively, in a stable order; hidden ones skipped."""
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix.lower() in SUPPORTED_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Documents from one file, by its suffix."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield InputError(
            str(path), f"unsupported file type {suffix or '(none)'}; use .txt, .html, .htm or .jsonl"
        )
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, max_bytes)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(str(path), _too_large(size, max_bytes))
        text = decode_bytes(path.read_bytes(), str(path))
        if suffix in HTML_SUFFIXES:
            yield Document(id=path.stem, html=text, origin=str(path))
        else:
            yield Document(id=path.stem, text=check_text_length(text, str(path)), origin=str(path))
    except InputError as error:
        yield error
    except OSError as error:
        yield InputError(str(path), f"cannot read the file ({error.strerror or error})")


def _too_large(size: int, max_bytes: int) -> str:
    return (
        f"input is {size / 1_048_576:.1f} MB, over the limit of {max_bytes / 1_048_576:.1f} MB "
        "for one document; split it, or raise the limit with --max-size"
    )


def check_text_length(text: str, origin: str) -> str:
    """The text itself, when it is short enough for the parser to read as one document."""
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            origin,
            f"the text is {len(text):,} characters, over the {MAX_TEXT_CHARS:,} the parser reads as one "
            "document; split it into its articles (one .txt each, or one JSON Lines record each)",
        )
    return text


def decode_bytes(data: bytes, origin: str) -> str:
    """Text from bytes: UTF-8 when it is, else the detected encoding; binary data is an error."""
    if not data.strip():
        raise InputError(origin, "the input is empty")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(origin, "this looks like a binary file, not text or HTML")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_legacy(data, origin)
    if _control_share(text) > 0.05:
        raise InputError(origin, "this looks like a binary file, not text or HTML")
    if not text.strip():
        raise InputError(origin, "the input is empty")
    return text


# What English news not in UTF-8 is mostly saved as (Windows' Western code page, a superset of
# Latin-1's letters).
WESTERN_ENCODING = "cp1252"


def _decode_legacy(data: bytes, origin: str) -> str:
    """Text in a detected encoding. On a short text the detector often cannot tell the single-byte
    code pages apart and picks a Baltic or Central European one, turning "français" into "franēais";
    when the Western code page reads the bytes as cleanly (Cyrillic or Greek read as Western are a
    mess, so they keep theirs), it is the one taken."""
    best = from_bytes(data).best()
    if best is None:
        raise InputError(origin, "cannot detect the text encoding; save the file as UTF-8")
    if best.encoding == WESTERN_ENCODING or is_multi_byte_encoding(best.encoding):
        return str(best)
    try:
        western = data.decode(WESTERN_ENCODING)
    except UnicodeDecodeError:
        return str(best)
    return western if mess_ratio(western, 1.0) <= best.chaos else str(best)


def _control_share(text: str) -> float:
    sample = text[:8192]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\n\r\t\f")
    return controls / max(len(sample), 1)


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    """One Document per line; a bad line is an error naming ``path:line``, the rest go on."""
    try:
        handle = path.open("rb")
    except OSError as error:
        yield InputError(str(path), f"cannot read the file ({error.strerror or error})")
        return
    with handle:
        for line_no, raw_line in enumerate(_utf8_lines(handle), start=1):
            origin = f"{path}:{line_no}"
            if not raw_line.strip():
                continue
            try:
                if len(raw_line) > max_bytes:
                    raise InputError(origin, _too_large(len(raw_line), max_bytes))
                record = _parse_json_object(decode_bytes(raw_line, origin), origin)
                yield document_from_record(record, origin, default_id=f"{path.stem}-{line_no}")
            except InputError as error:
                yield error


def _utf8_lines(handle: BinaryIO) -> Iterator[bytes]:
    """The lines of a file as UTF-8 bytes. A UTF-16 file (as Windows tools save it, with its byte order
    mark) is decoded as it streams: split as bytes, its every line was an error."""
    if handle.peek(2)[:2] not in (b"\xff\xfe", b"\xfe\xff"):  # type: ignore[attr-defined]
        yield from handle
        return
    for line in io.TextIOWrapper(handle, encoding="utf-16", errors="replace", newline=None):
        yield line.encode("utf-8")


def _parse_json_object(line: str, origin: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(origin, f"not valid JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(record, dict):
        raise InputError(origin, "each line must be a JSON object with a 'text' or 'html' field")
    return record


def document_from_record(record: dict[str, Any], origin: str, default_id: str) -> Document:
    """A Document from a JSON record: known fields by name, every other key kept as metadata."""
    # field types first: a 'text' that is a list is a wrong type, not a missing text
    for name in RECORD_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str | int):
            raise InputError(origin, f"field {name!r} must be a string, not {type(value).__name__}")
    text, html = record.get("text"), record.get("html")
    if not any(isinstance(value, str) and value.strip() for value in (text, html)):
        raise InputError(origin, "the record has no 'text' or 'html' to read")
    if isinstance(text, str):
        check_text_length(text, origin)
    return Document(
        id=str(record.get("id") or default_id),
        text=text if isinstance(text, str) and text.strip() else None,
        html=html if isinstance(html, str) and html.strip() else None,
        title=_optional_str(record.get("title")),
        published=_optional_str(record.get("published")),
        url=_optional_str(record.get("url")),
        source=_optional_str(record.get("source")),
        origin=origin,
        metadata={key: value for key, value in record.items() if key not in RECORD_FIELDS},
    )


def _optional_str(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def url_document_id(url: str) -> str:
    """A readable, stable id for a web page: the last path segment plus a short hash of the URL."""
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]
    tail = re.sub(r"\.[a-z]{2,5}$", "", url.split("?")[0].rstrip("/").rsplit("/", 1)[-1])
    slug = re.sub(r"[^a-z0-9]+", "-", tail.lower()).strip("-")[:60]
    return f"{slug}-{digest}" if slug else digest


def _read_url(url: str, max_bytes: int, fetcher: Fetcher | None) -> Iterator[Item]:
    """A page, or every entry of an RSS/Atom feed, fetched over HTTP(S)."""
    from eventwire import fetch

    get = fetcher or fetch.make_fetcher(max_bytes=max_bytes)
    try:
        final_url, content_type, body = get(url)
        if fetch.looks_like_feed(content_type, body):
            yield from _read_feed(final_url, body, get, max_bytes)
            return
        html = decode_bytes(body, url)
        yield Document(id=url_document_id(url), html=html, url=final_url, origin=url)
    except InputError as error:
        yield error


def _read_feed(feed_url: str, body: bytes, get: Fetcher, max_bytes: int) -> Iterator[Item]:
    from eventwire import fetch

    entries = fetch.feed_entries(body)
    if not entries:
        yield InputError(feed_url, "the feed has no entries with links")
        return
    for entry in entries:
        try:
            final_url, _, page = get(entry.link)
            yield Document(
                id=url_document_id(entry.link),
                html=decode_bytes(page, entry.link),
                title=entry.title,
                published=entry.published,
                url=final_url,
                source=entry.source,
                origin=entry.link,
                metadata={"feed": feed_url},
            )
        except InputError as error:
            yield error


def unique_ids(
    items: Iterable[Document | InputError], skipped: list[dict[str, str]]
) -> Iterator[Document | InputError]:
    """Two different inputs with one id in the same run would overwrite each other: refuse the second.
    A second copy of the same input (a file copied into a folder also given) is no conflict: it is
    left out, and noted in ``skipped`` as a duplicate."""
    first: dict[str, tuple[str, str]] = {}  # id -> origin, content hash of the first input with it
    for item in items:
        if isinstance(item, Document):
            seen, seen_hash = first.setdefault(item.id, (item.origin, item.content_hash))
            if seen != item.origin and seen_hash == item.content_hash:
                note = f"{item.origin}: same text as {seen}, already stored as doc id {item.id}; skipped"
                skipped.append({"input": item.origin, "id": item.id, "same_as": item.id, "note": note})
                continue
            if seen != item.origin:
                yield InputError(
                    item.origin, f"document id {item.id!r} is already used by {seen}; {_own_id(item)}"
                )
                continue
        yield item


def _own_id(document: Document) -> str:
    """How to give a document an id of its own: a JSONL record names one, a file takes its name's."""
    if Path(document.origin).is_file():
        return "rename one of the files (a file's id is its name without the suffix)"
    return "give the record an 'id' of its own"
