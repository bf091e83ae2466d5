"""A learned filter for spurious events: the probability that a coded event is real, from its sentence.

The trigger rules code an event wherever a trigger word has a party: they also code background told
as news, analysts' opinions, things only discussed and trigger words in another sense. This module
scores each coded event with a binary logistic regression over

* the evidence sentence's MiniLM vector (:func:`eventwire.type_model.embed`, each sentence once), and
* what the coder already knows of the event (:func:`event_facts`): its type, the rule family that
  found it (verb, noun, phrase), its flags, whether its parties have countries, its confidence, where
  its sentence stands in the article, whether that sentence is quoted, how many events share it.

The shipped weights give the sentence vector no weight (vectors added nothing in cross-validation),
so no sentence is embedded and onnxruntime is not loaded; ``bench/train_event_filter.py --features all``
trains a model that uses them. The weights (``data/event_filter_model.npz``) were fitted on the
wire fixture's development articles, labelled by the wire scorer (an event is "real" when it matches a
gold event); see ``data/training/README.md``. Nothing is trained or downloaded at run time.

:func:`filter_events` is the one entry point: it drops the events the model gives less than a
threshold. The pipeline leaves it off by default (``eventwire run --event-filter``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from eventwire.records import CodedDocument, Event

WEIGHTS_PATH = Path(__file__).parent / "data" / "event_filter_model.npz"
RULE_FAMILIES = ("verb", "noun", "phrase")
FLAGS = ("future", "hypothetical", "historical")
VECTOR_SIZE = 384  # all-MiniLM-L6-v2


# ---------------------------------------------------------------- what the coder knows of an event


def rule_family(event: Event) -> str:
    """``verb``, ``noun`` or ``phrase`` from the rule name ("request.phrase.call-on"), else ``other``."""
    rule = (event.evidence[0].rule or "") if event.evidence else ""
    parts = rule.split(" ")[0].split(".")
    return parts[1] if len(parts) > 1 and parts[1] in RULE_FAMILIES else "other"


def _sentence_index(document: CodedDocument, offset: int) -> tuple[int, int]:
    """Index of the sentence holding a character offset, and the number of sentences."""
    sentences = document.annotations.sentences if document.annotations else []
    for index, sentence in enumerate(sentences):
        if sentence.start <= offset < sentence.end:
            return index, len(sentences)
    return 0, max(len(sentences), 1)


def _quoted(document: CodedDocument, start: int, end: int) -> bool:
    """The evidence overlaps a quotation (direct or reported speech)."""
    return any(quote.start < end and start < quote.end for quote in document.quotes)


def event_facts(document: CodedDocument, event: Event, sharing: int) -> dict[str, float]:
    """Named features of one event; ``sharing``: how many events were coded from its sentence.

    Names absent from the model's vocabulary are ignored, so a new type or family costs nothing. Whether
    the event has a date is left out on purpose: it depends on whether the input has a dateline or a
    publication date; with it, the filter dropped 12% of the PLOVER gold-dev sentences' real events
    (undated single sentences), without, 6%, for the same cross-validated figure on the wire.
    """
    evidence = event.evidence[0] if event.evidence else None
    index, count = _sentence_index(document, evidence.start) if evidence else (0, 1)
    facts = {
        f"type={event.type}": 1.0,
        f"family={rule_family(event)}": 1.0,
        "actor_country": float(any(a.country or a.igo for a in event.actor)),
        "recipient_country": float(any(a.country or a.igo for a in event.recipient)),
        "no_actor": float(not event.actor),
        "no_recipient": float(not event.recipient),
        "confidence": event.confidence,
        "context": float(bool(event.context)),
        "told_again": math.log(len(event.evidence)) if event.evidence else 0.0,
        "lead_sentence": float(index == 0),
        "position": index / max(count - 1, 1),
        "quoted": float(bool(evidence) and _quoted(document, evidence.start, evidence.end)),
        "sharing": math.log(max(sharing, 1)),
    }
    facts.update({f"flag={name}": 1.0 for name in FLAGS if getattr(event, name)})
    return facts


# ---------------------------------------------------------------- the model


@dataclass(frozen=True)
class EventFilter:
    """Binary logistic regression over [sentence vector, named facts]; ``threshold``: keep at or above."""

    names: tuple[str, ...]  # the named facts, in weight order after the 384 vector dimensions
    weights: np.ndarray  # (384 + len(names),)
    bias: float
    threshold: float

    def fact_matrix(self, rows: Sequence[dict[str, float]]) -> np.ndarray:
        column = {name: i for i, name in enumerate(self.names)}
        matrix = np.zeros((len(rows), len(self.names)), dtype=np.float32)
        for r, facts in enumerate(rows):
            for name, value in facts.items():
                if name in column:
                    matrix[r, column[name]] = value
        return matrix

    def probabilities(self, vectors: np.ndarray, facts: Sequence[dict[str, float]]) -> np.ndarray:
        """Probability that each event is real, from its sentence vector and its facts."""
        features = np.hstack([vectors, self.fact_matrix(facts)])
        return 1.0 / (1.0 + np.exp(-(features @ self.weights + self.bias)))

    @property
    def reads_sentences(self) -> bool:
        """Whether the sentence vector has any weight (a model of the named facts alone needs no embedding)."""
        return bool(np.any(self.weights[:VECTOR_SIZE]))

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            names=np.array(self.names),
            weights=self.weights.astype(np.float32),
            bias=np.float32(self.bias),
            threshold=np.float32(self.threshold),
        )


@lru_cache(maxsize=1)
def load_filter(path: Path = WEIGHTS_PATH) -> EventFilter:
    with np.load(path) as data:
        return EventFilter(
            tuple(str(name) for name in data["names"]),
            data["weights"].astype(np.float32),
            float(data["bias"]),
            float(data["threshold"]),
        )


# ---------------------------------------------------------------- applying it


def scored_events(events: Sequence[Event]) -> list[Event]:
    """The events the filter judges: negated ones are not exported, so they are left as they are."""
    return [event for event in events if not event.negated and event.evidence]


def document_inputs(
    document: CodedDocument, events: Sequence[Event]
) -> tuple[list[str], list[dict[str, float]]]:
    """Each judged event's evidence sentence and facts (the sentences are embedded by the caller)."""
    sharing = Counter(event.evidence[0].sentence for event in events)
    sentences = [event.evidence[0].sentence for event in events]
    facts = [event_facts(document, event, sharing[event.evidence[0].sentence]) for event in events]
    return sentences, facts


def embed_once(sentences: Sequence[str]) -> np.ndarray:
    """Sentence vectors in the order given, each distinct sentence embedded once."""
    from eventwire.type_model import embed  # loads onnxruntime only when the filter is used

    distinct = sorted(set(sentences))
    row = {sentence: i for i, sentence in enumerate(distinct)}
    vectors = embed(distinct)
    return vectors[[row[s] for s in sentences]] if sentences else vectors


def keep_probabilities(document: CodedDocument, events: Sequence[Event]) -> list[float]:
    """For each event of :func:`scored_events`, the probability that it is a real event of its type."""
    sentences, facts = document_inputs(document, events)
    if not sentences:
        return []
    model = load_filter()
    if model.reads_sentences:
        vectors = embed_once(sentences)
    else:
        vectors = np.zeros((len(sentences), VECTOR_SIZE), dtype=np.float32)
    return [float(p) for p in model.probabilities(vectors, facts)]


def filter_events(
    events: Sequence[Event], document: CodedDocument, threshold: float | None = None
) -> list[Event]:
    """``events`` (coded from ``document``) without those the model finds spurious: probability below
    ``threshold``, by default the one chosen in cross-validation. Negated events are kept as they are.
    Neither the document nor the events are changed."""
    threshold = load_filter().threshold if threshold is None else threshold
    judged = scored_events(events)
    probabilities = keep_probabilities(document, judged)
    dropped = {id(event) for event, p in zip(judged, probabilities, strict=True) if p < threshold}
    return [event for event in events if id(event) not in dropped]
