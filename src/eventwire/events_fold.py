"""One happening, one event: fold repeated codings of the same event within a document.

Wire copy reports its main event in the lead and again further down ("Russia accused Poland ...";
later "the ministry also accused Warsaw of ..."). The codebook counts events identical in type,
actor, recipient and date as one. Two events of a document fold into the first when they have the
same type, the same parties (by country, or by actor where no country is known) and the same flags,
and their dates agree: the same value, or one of them undated (the undated mention is read as a
repeat of the dated one, whose date the folded event keeps), unless the undated mention marks
itself as another happening: a perfect ("has accused", "has long complained": a record of past or
ongoing acts) or a word such as "another", "again", "repeatedly" (``repeat_folding`` in events.yaml).
The folded event keeps both evidence spans, so the reader still sees every sentence that reported it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from spacy.tokens import Token

from eventwire.eventflags import clause_chain
from eventwire.eventparts import Trigger, lemma
from eventwire.records import Actor, Event


def marks_another_happening(trigger: Trigger, cues: dict[str, Any]) -> bool:
    """Whether a trigger's wording says it is not a repeat of an earlier mention of its event."""
    chain = clause_chain(trigger.head)
    if any(_is_perfect(token) for token in chain):
        return True
    words = set(cues.get("distinct_modifiers", []))
    tokens = [*trigger.tokens, *(token for content in trigger.absorbed for token in content.tokens), *chain]
    return any(lemma(child) in words or child.lower_ in words for token in tokens for child in token.children)


def _is_perfect(token: Token) -> bool:
    return token.tag_ == "VBN" and any(
        child.dep_ == "aux" and lemma(child) == "have" for child in token.children
    )


def _party_key(actors: Sequence[Actor]) -> frozenset[str]:
    """Parties as the codebook compares them: by country (IGOs by name), else by actor."""
    return frozenset((actor.igo or actor.country or actor.id) for actor in actors)


def _fold_key(event: Event) -> tuple:
    return (
        event.type,
        _party_key(event.actor),
        _party_key(event.recipient),
        event.negated,
        event.future,
        event.hypothetical,
    )


def _dates_agree(first: str | None, second: str | None, undated_joins: bool) -> bool:
    """Same date; or, when undated mentions may join, one of them undated."""
    if first is not None and first == second:
        return True
    return undated_joins and (first is None or second is None)


def _absorb(kept: Event, repeat: Event) -> None:
    kept.evidence.extend(repeat.evidence)
    if kept.date is None and repeat.date is not None:
        kept.date, kept.date_precision, kept.historical = (
            repeat.date,
            repeat.date_precision,
            repeat.historical,
        )
    kept.location = kept.location or repeat.location
    kept.mode = kept.mode or repeat.mode
    kept.context = list(dict.fromkeys([*kept.context, *repeat.context]))
    kept.confidence = max(kept.confidence, repeat.confidence)


def fold_repeated_events(
    events: Sequence[Event], undated_joins: bool = True, distinct: Collection[int] = ()
) -> list[Event]:
    """The document's events with repeats folded into their first mention (text order kept).

    ``distinct`` holds the ``id()`` of events whose wording marks another happening: they fold only
    with an event of the very same date. Events with no party at all are never folded: nothing
    says two of them are one happening.
    """
    kept: list[Event] = []
    by_key: dict[tuple, list[Event]] = {}
    for event in events:
        if not (event.actor or event.recipient):
            kept.append(event)
            continue
        same = by_key.setdefault(_fold_key(event), [])
        joins = undated_joins and id(event) not in distinct
        earlier = next(
            (e for e in same if _dates_agree(e.date, event.date, joins and id(e) not in distinct)), None
        )
        if earlier is None:
            same.append(event)
            kept.append(event)
        else:
            _absorb(earlier, event)
    return kept
