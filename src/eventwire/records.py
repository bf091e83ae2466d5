"""Typed records that flow through eventwire, stage to stage.

Every record is a plain dataclass so it can be pickled to a worker process,
turned into JSON with :func:`to_dict`, and stored by :mod:`eventwire.store`.
Offsets (``start``/``end``) are always character offsets into the *clean*
text of the document, so any record points back to its evidence.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, is_dataclass
from typing import Any, Literal

ActorKind = Literal["person", "organisation", "state", "group"]
DatePrecision = Literal["time", "day", "week", "month", "season", "quarter", "year", "decade", "century"]


@dataclass(slots=True)
class Document:
    """One input as ingested: raw text or HTML plus what its source said about it.

    ``origin`` names where it came from (a path, ``path:line`` or a URL) so that
    errors and provenance can always name the input.
    """

    id: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """A hash of everything that changes what eventwire would make of the input."""
        payload = json.dumps(
            [self.text, self.html, self.title, self.published, self.url, self.source, self.metadata],
            sort_keys=True,
            ensure_ascii=False,
            default=str,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class RemovedLine:
    """A line the cleaner took out of a text input, and why."""

    line_no: int
    text: str
    reason: str


@dataclass(slots=True)
class Cleaned:
    """The article body, title and publication date that cleaning found."""

    text: str
    title: str | None = None
    published: str | None = None
    published_from: str = "unknown"
    site: str | None = None
    extractor: str = "text"
    removed: list[RemovedLine] = field(default_factory=list)


@dataclass(slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class Token:
    """One token as stand-off annotation; ``head`` is the index of its syntactic head."""

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    sentence: int


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str


@dataclass(slots=True)
class Annotations:
    """What the language layer found in the clean text."""

    model: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)


@dataclass(slots=True)
class Actor:
    """Someone who can act: a person, an organisation, a state or a group.

    ``id`` is stable across documents (the registry key). ``country`` is ISO
    3166-1 alpha-3, or ``IGO`` for international organisations, whose short
    name then goes in ``igo``. ``sector`` uses PLOVER's codes (GOV, MIL, ...).
    ``inferred`` names the fields this document did not state but that were
    inferred from its context (a person's country from the dateline): they are
    used for coding but the registry does not learn them.
    """

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    igo: str | None = None
    aliases: list[str] = field(default_factory=list)
    inferred: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ActorMention:
    """One place in the text that refers to an actor, and how it was resolved."""

    actor_id: str
    start: int
    end: int
    text: str
    how: str = "name"


@dataclass(slots=True)
class Quote:
    """A direct quote (the text inside the marks) or reported speech (the reported clause).

    ``speaker`` is the id of the speaking actor (an :class:`Actor` of the same document), or None
    when no actor could be named; ``speaker_start``/``speaker_end`` span the words that name the
    speaker, even when they resolve to no actor. ``cue`` is the lemma of the cue verb.
    """

    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    direct: bool = True


@dataclass(slots=True)
class TimeExpression:
    """A temporal expression normalised against the publication date.

    ``value`` is an ISO 8601 prefix whose length matches ``precision``
    ("2022-06-23", "2022-12", "2022"); it is ``None`` when the expression is
    relative and there is no publication date to anchor it.
    """

    start: int
    end: int
    text: str
    value: str | None = None
    precision: str | None = None


@dataclass(slots=True)
class Place:
    start: int
    end: int
    text: str
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None


@dataclass(slots=True)
class Evidence:
    doc_id: str
    sentence: str
    start: int
    end: int
    triggers: list[str] = field(default_factory=list)
    rule: str | None = None


@dataclass(slots=True)
class Event:
    """A PLOVER event with the evidence that coded it."""

    id: str
    type: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    historical: bool = False
    date: str | None = None
    date_precision: str | None = None
    # "sentence": a time expression of the evidence sentence; "narrative": the sentence has none,
    # and the date is that of the story's last dated event before it (see events_context).
    date_from: str | None = None
    location: Place | None = None
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.0
    score: float | None = None


@dataclass(slots=True)
class CodedDocument:
    """Everything eventwire made of one document: the output of coding it."""

    id: str
    content_hash: str
    text: str
    title: str | None = None
    published: str | None = None
    published_from: str = "unknown"
    url: str | None = None
    source: str | None = None
    origin: str = ""
    extractor: str = "text"
    metadata: dict[str, Any] = field(default_factory=dict)
    removed: list[RemovedLine] = field(default_factory=list)
    annotations: Annotations | None = None
    actors: list[Actor] = field(default_factory=list)
    mentions: list[ActorMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[TimeExpression] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def to_dict(record: Any) -> Any:
    """A JSON-ready copy of a record (or a list of them)."""
    if isinstance(record, list):
        return [to_dict(item) for item in record]
    if is_dataclass(record) and not isinstance(record, type):
        return asdict(record)
    return record
