"""Coding documents: a Document in, a CodedDocument out.

:func:`code_document` is a pure function of its arguments: no database, no
global state beyond cached read-only tables and the loaded model. That is what
lets :class:`Pipeline` fan documents out over processes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from eventwire.clean import clean_document
from eventwire.errors import InputError
from eventwire.language import detect_language
from eventwire.records import Cleaned, CodedDocument, Document

# A text shorter than this is too short to tell its language reliably: we let it through.
MIN_CHARS_FOR_LANGUAGE = 200
MIN_CONFIDENCE_NOT_ENGLISH = 0.95
# Bump when coding changes what it makes of the same input, so a rerun recodes stored documents.
CODING_VERSION = "1"


@dataclass(slots=True)
class Options:
    """Settings of one run that change what coding produces."""

    default_published: str | None = None
    allow_any_language: bool = False

    def fingerprint(self) -> str:
        return f"{CODING_VERSION}|{self.default_published}|{self.allow_any_language}"


def check_language(cleaned: Cleaned, origin: str) -> None:
    """Refuse text that is clearly not English: the models and lexicons are English."""
    if len(cleaned.text) < MIN_CHARS_FOR_LANGUAGE:
        return
    language, confidence = detect_language(cleaned.text)
    if language != "en" and confidence >= MIN_CONFIDENCE_NOT_ENGLISH:
        raise InputError(
            origin,
            f"the text is in language {language!r} (confidence {confidence:.2f}); eventwire codes English "
            "news. Translate it first, or pass --any-language to store it uncoded",
        )


def code_document(document: Document, options: Options | None = None) -> CodedDocument:
    """Clean one document and code it. Raises InputError naming the input when it cannot."""
    options = options or Options()
    origin = document.origin or document.id
    cleaned = clean_document(document, default_published=options.default_published)
    if not options.allow_any_language:
        check_language(cleaned, origin)
    return CodedDocument(
        id=document.id,
        content_hash=hashlib.sha256(f"{document.content_hash}|{options.fingerprint()}".encode()).hexdigest(),
        text=cleaned.text,
        title=cleaned.title,
        published=cleaned.published,
        published_from=cleaned.published_from,
        url=document.url,
        source=document.source or cleaned.site,
        origin=origin,
        extractor=cleaned.extractor,
        metadata=document.metadata,
        removed=cleaned.removed,
    )


class Pipeline:
    """Codes a stream of documents, yielding a CodedDocument or an InputError for each."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()

    def code(self, document: Document) -> CodedDocument:
        return code_document(document, self.options)

    def code_stream(self, items: Iterable[Document | InputError]) -> Iterator[CodedDocument | InputError]:
        for item in items:
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield self.code(item)
            except InputError as error:
                yield error
