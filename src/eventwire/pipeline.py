"""Coding documents: a Document in, a CodedDocument out.

:func:`code_document` is a pure function of its arguments: no database, no
global state beyond cached read-only tables and the loaded model. That is what
lets :class:`Pipeline` fan documents out over processes.

The stages, in order: clean -> language check -> spaCy parse -> actors ->
quotes -> dates -> places -> events. Each stage reads the parsed ``Doc`` and the
records of the stages before it, and returns records of its own.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import multiprocessing
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.actors import extract_actors
from eventwire.clean import clean_document
from eventwire.dates import reference_day, resolve_dates
from eventwire.errors import InputError
from eventwire.events import code_events
from eventwire.ingest import check_text_length
from eventwire.language import annotations_from_doc, default_model_name, detect_language, load_model
from eventwire.places import find_places
from eventwire.quotes import extract_quotes
from eventwire.records import Actor, Cleaned, CodedDocument, Document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# A text shorter than this is too short to tell its language reliably: we let it through.
MIN_CHARS_FOR_LANGUAGE = 200
MIN_CONFIDENCE_NOT_ENGLISH = 0.95
# Bump when the code changes what it makes of the same input, so a rerun recodes stored documents.
# (Edits of the data files in eventwire/data/ are noticed by themselves: see rules_fingerprint.)
CODING_VERSION = "18"
# A capital or seat of power the actor stage took for a government ("Moscow said", "the Kremlin"),
# or a group ("the West"), is an actor there, not a place. Capitals used as places ("in Moscow")
# are not actor mentions at all.
ACTOR_NOT_PLACE = frozenset({"capital", "seat", "group"})
BATCH_SIZE = 16
# At most this many characters of clean text go through one ``nlp.pipe`` call. The parse's working
# memory grows with the tokens in flight, so a batch of sixteen long pages set the process's peak
# RSS (on the AEB pages: +150 MB over the lightest batches), and a long stream kept meeting heavier
# batches, so its peak crept up with the corpus. A document longer than this is parsed on its own.
PARSE_CHARS = 24_000
DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(slots=True)
class Options:
    """Settings of one run that change what coding produces."""

    default_published: str | None = None
    allow_any_language: bool = False
    model: str | None = None
    clean_only: bool = False
    type_model: bool = False  # let the learned type classifier revise the rules' types (type_model.py)
    event_filter: bool = False  # let the learned filter drop events it finds spurious (event_filter.py)

    def fingerprint(self) -> str:
        model = "clean-only" if self.clean_only else (self.model or default_model_name())
        rules = rules_fingerprint()
        classifier = "|type-model" if self.type_model else ""  # existing hashes stay as they were
        classifier += "|event-filter" if self.event_filter else ""
        return (
            f"{CODING_VERSION}|{rules}|{self.default_published}|{self.allow_any_language}|{model}{classifier}"
        )


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """A hash of every lexicon and rule file: a user who edits one gets their documents recoded."""
    digest = hashlib.sha256()
    for path in sorted(DATA_DIR.glob("*.yaml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def check_language(cleaned: Cleaned, origin: str) -> None:
    """Refuse text that is clearly not English: the models and lexicons are English."""
    short = len(cleaned.text) < MIN_CHARS_FOR_LANGUAGE
    if short and not _mostly_other_script(cleaned.text):
        return  # too short for the identifier to be sure; a text in another script needs no sureness
    language, confidence = detect_language(cleaned.text)
    if language != "en" and (confidence >= MIN_CONFIDENCE_NOT_ENGLISH or short):
        raise InputError(
            origin,
            f"the text is in language {language!r} (confidence {confidence:.2f}); eventwire codes English "
            "news. Translate it first, or pass --any-language to store it uncoded",
        )


def _mostly_other_script(text: str) -> bool:
    """Most letters outside the Latin alphabet (Cyrillic, Arabic, Chinese ...): not English, however short."""
    letters = [character for character in text if character.isalpha()]
    latin = sum(character.isascii() or "\u00c0" <= character <= "\u024f" for character in letters)
    return bool(letters) and latin / len(letters) < 0.5


def coded_hash(document: Document, options: Options) -> str:
    """What a stored coding of this document is keyed by: its content and the run's options."""
    return hashlib.sha256(f"{document.content_hash}|{options.fingerprint()}".encode()).hexdigest()


@dataclass(slots=True)
class Unchanged:
    """A document whose coding is already stored as it would be coded now: nothing to do."""

    id: str
    origin: str


def prepare(document: Document, options: Options) -> CodedDocument:
    """Clean a document and check its language: everything before the parse."""
    origin = document.origin or document.id
    cleaned = clean_document(document, default_published=options.default_published)
    # an HTML page can clean to more text than the parser reads as one document
    check_text_length(cleaned.text, origin)
    if not options.allow_any_language:
        check_language(cleaned, origin)
    return CodedDocument(
        id=document.id,
        content_hash=coded_hash(document, options),
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


def annotate(
    coded: CodedDocument,
    doc: Doc,
    known: Mapping[str, Actor] | None = None,
    model: str = "",
    type_model: bool = False,
    event_filter: bool = False,
) -> None:
    """Run the NLP stages over a parsed document and fill its records in ``coded``."""
    # The stages read tokens from the Doc itself; the kept record stays small without them.
    coded.annotations = annotations_from_doc(doc, model=model, with_tokens=False)
    coded.actors, coded.mentions = extract_actors(doc, known)
    coded.quotes = extract_quotes(doc, coded.mentions)
    coded.dates = resolve_dates(doc, coded.published)
    countries = {actor.country for actor in coded.actors if actor.country and actor.country != "IGO"}
    as_actor = [(m.start, m.end) for m in coded.mentions if m.how in ACTOR_NOT_PLACE]
    coded.places = find_places(doc, context_countries=countries, skip_spans=as_actor)
    # without a publication date, a wire dateline's day is what the events are told against
    told_on = reference_day(coded.text, coded.published)
    coded.events = code_events(
        doc, coded.id, coded.actors, coded.mentions, coded.dates, coded.places, published=told_on
    )
    if type_model:
        from eventwire.type_model import retype  # loads onnxruntime only when asked for

        coded.events = retype(coded.events)
    if event_filter:
        from eventwire.event_filter import filter_events  # loads its weights only when asked for

        coded.events = filter_events(coded.events, coded)


# One spaCy pipeline serves a whole process, and the API codes requests in threads. A batch's memory
# zone frees every string added while it is open, including those of a Doc another thread is
# parsing, so parsing and annotating take this lock (spaCy runs one thread at a time anyway).
_NLP_LOCK = threading.Lock()


def code_document(
    document: Document,
    options: Options | None = None,
    nlp: Language | None = None,
    known: Mapping[str, Actor] | None = None,
) -> CodedDocument:
    """Clean and code one document. Raises InputError naming the input when it cannot."""
    options = options or Options()
    coded = prepare(document, options)
    if not options.clean_only:
        nlp = nlp or load_model(options.model)
        with _NLP_LOCK:
            annotate(
                coded, nlp(coded.text), known, _model_label(nlp), options.type_model, options.event_filter
            )
    return coded


def _model_label(nlp: Language) -> str:
    return f"{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"


@dataclass
class Pipeline:
    """Codes a stream of documents, yielding a CodedDocument or an InputError for each, in order.

    Parsing is batched with ``nlp.pipe``; with ``workers > 1`` batches are coded in that many
    processes, each loading the model once. ``known`` is the actor registry's snapshot that
    coding may consult; callers may add to it as documents are stored.
    """

    options: Options = field(default_factory=Options)
    workers: int = 1
    known: dict[str, Actor] = field(default_factory=dict)
    batch_size: int = BATCH_SIZE

    def code(self, document: Document) -> CodedDocument:
        return code_document(document, self.options, known=self.known)

    def code_stream(
        self, items: Iterable[Document | InputError], stored: Callable[[str], str | None] | None = None
    ) -> Iterator[CodedDocument | InputError | Unchanged]:
        """Code items in order. ``stored(doc_id)`` gives the hash already stored for an id, if any:
        a document stored with the same hash is passed through as :class:`Unchanged`, uncoded."""
        if stored is not None:
            items = (_unchanged_or_item(item, stored, self.options) for item in items)
        batches = _batched(iter(items), self.batch_size)
        if self.workers <= 1:
            for batch in batches:
                yield from code_batch(batch, self.options, self.known)
                release_freed_memory()
            return
        context = multiprocessing.get_context("spawn")
        with context.Pool(
            self.workers, initializer=_worker_init, initargs=(self.options, self.known)
        ) as pool:
            for results in pool.imap(_worker_code, batches):
                yield from results


@lru_cache(maxsize=1)
def _libc_trim() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None  # not glibc: nothing to do


def release_freed_memory() -> None:
    """Give memory freed by the last batch back to the system. glibc keeps freed heap pages for
    reuse, so a long stream's resident size creeps up with its largest pages though nothing is
    kept (measured with bench/memory_probe.py --trim); malloc_trim returns them. No-op elsewhere."""
    trim = _libc_trim()
    if trim is not None:
        trim(0)


def _unchanged_or_item(
    item: Document | InputError, stored: Callable[[str], str | None], options: Options
) -> Document | InputError | Unchanged:
    if isinstance(item, Document) and stored(item.id) == coded_hash(item, options):
        return Unchanged(id=item.id, origin=item.origin or item.id)
    return item


def code_batch(
    batch: list[Document | InputError | Unchanged], options: Options, known: Mapping[str, Actor] | None = None
) -> list[CodedDocument | InputError | Unchanged]:
    """Code a batch: clean each document, parse all clean texts in one ``nlp.pipe``, then annotate."""
    prepared: list[CodedDocument | InputError | Unchanged] = []
    for item in batch:
        if not isinstance(item, Document):
            prepared.append(item)
            continue
        try:
            prepared.append(prepare(item, options))
        except InputError as error:
            prepared.append(error)
    if options.clean_only:
        return prepared
    nlp = load_model(options.model)
    to_parse = [item for item in prepared if isinstance(item, CodedDocument)]
    # Parse and annotate each group inside a spaCy memory zone: the words it added to the model's Vocab
    # and StringStore are dropped when the zone closes, so a long stream does not grow them without
    # bound. Safe because annotate() turns each Doc into plain records (str/int values) before the
    # zone closes: no Doc, Span or Token of the group is kept after it.
    label = _model_label(nlp)
    for group in parse_groups(to_parse, PARSE_CHARS):
        with _NLP_LOCK, nlp.memory_zone():
            for coded, doc in zip(group, nlp.pipe(coded.text for coded in group), strict=True):
                annotate(coded, doc, known, label, options.type_model, options.event_filter)
    return prepared


def parse_groups(documents: list[CodedDocument], max_chars: int) -> Iterator[list[CodedDocument]]:
    """Consecutive groups of documents of at most ``max_chars`` of text each (a longer document
    makes a group of its own), so one parse never holds more than that in flight. spaCy parses each
    document independently of its batch-mates: grouping changes memory and speed, not what is coded."""
    group: list[CodedDocument] = []
    size = 0
    for document in documents:
        if group and size + len(document.text) > max_chars:
            yield group
            group, size = [], 0
        group.append(document)
        size += len(document.text)
    if group:
        yield group


def _batched(items: Iterator, size: int) -> Iterator[list]:
    while batch := list(islice(items, size)):
        yield batch


_WORKER_STATE: dict[str, object] = {}


def _worker_init(options: Options, known: dict[str, Actor]) -> None:
    _WORKER_STATE.update(options=options, known=known)
    load_model(options.model)


def _worker_code(batch: list[Document | InputError]) -> list[CodedDocument | InputError]:
    coded = code_batch(batch, _WORKER_STATE["options"], _WORKER_STATE["known"])  # type: ignore[arg-type]
    release_freed_memory()
    return coded
