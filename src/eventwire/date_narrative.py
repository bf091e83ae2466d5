"""Narrative dates: the day an event takes from the story around it when its sentence gives none.

Wire copy dates a happening once and tells the rest in order: "Xi held talks with Tokayev on
Tuesday ... Xi accepted the invitation". A reader carries that day over to further acts of the
story's own parties, and to any act the text ties to it ("hours later", "within hours"), but
not to reactions of others told further down ("Japan said it had conveyed its concerns"): the
wire benchmark's coders leave those undated, as the text does not say when they came. A
statement made "during the talks" takes the day of the talks, whatever its tense. The cue
phrases are data: the ``narrative`` section of ``data/dates.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from eventwire.records import Event
from eventwire.table_cache import load_yaml


@dataclass(frozen=True, slots=True)
class NarrativeCues:
    sequence: re.Pattern[str]
    meeting: re.Pattern[str]
    meeting_types: frozenset[str]


def _alternation(words: Sequence[str]) -> str:
    ordered = sorted({str(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@lru_cache(maxsize=1)
def narrative_cues() -> NarrativeCues:
    """The ``narrative`` section of data/dates.yaml, compiled."""
    text = resources.files("eventwire.data").joinpath("dates.yaml").read_text(encoding="utf-8")
    data = load_yaml(text).get("narrative", {})
    meeting = (
        rf"\b(?:{_alternation(data.get('meeting_prepositions', []))})\s+"
        rf"(?:{_alternation(data.get('meeting_determiners', []))})\s+"
        rf"(?:{_alternation(data.get('meeting_nouns', []))})\b"
    )
    return NarrativeCues(
        sequence=re.compile(rf"\b(?:{_alternation(data.get('sequence_cues', []))})\b", re.IGNORECASE),
        meeting=re.compile(meeting, re.IGNORECASE),
        meeting_types=frozenset(data.get("meeting_types", [])),
    )


def _sentence(event: Event) -> str:
    return event.evidence[0].sentence if event.evidence else ""


def _actor_sides(event: Event) -> set[str]:
    """The acting side(s) by country (a ministry and its government are one side)."""
    return {actor.country or actor.id for actor in event.actor}


def continues_story(event: Event, dated: Event, cues: NarrativeCues | None = None) -> bool:
    """Whether a reader would date ``event`` by ``dated``, the story's last dated event before it:
    it is another act of the same side, or its sentence ties it to that time ("hours later")."""
    cues = cues or narrative_cues()
    if cues.sequence.search(_sentence(event)):
        return True
    return bool(_actor_sides(event) & _actor_sides(dated))


def is_day_anchor(event: Event) -> bool:
    """An event whose own sentence gave it a day and that is told as news, not history."""
    return event.date_from == "sentence" and event.date_precision == "day" and not event.historical


def _take_date(event: Event, source: Event) -> None:
    event.date, event.date_precision, event.date_from = source.date, source.date_precision, "narrative"


def inherit_narrative_dates(events: Sequence[Event], narrated: Collection[int]) -> None:
    """Date the events whose sentence gives no date from the story around them (marked
    ``date_from="narrative"``): a statement made "during the talks" takes the last dated meeting's
    day; an event told in the simple past (``narrated``: the ``id()`` of such events, see
    :func:`told_in_simple_past`) takes the day of the last day-dated event before it when it
    continues that event's story (:func:`continues_story`). Historical and hypothetical events, and
    "has accused", "denies", "had invited", keep no date: they are not told in the story's time."""
    cues = narrative_cues()
    last: Event | None = None
    meeting: Event | None = None
    for event in events:
        if event.date is not None:
            if is_day_anchor(event):
                last = event
                meeting = event if event.type in cues.meeting_types else meeting
            continue
        if event.historical or event.hypothetical:
            continue
        if meeting is not None and cues.meeting.search(_sentence(event)):
            _take_date(event, meeting)
        elif last is not None and id(event) in narrated and continues_story(event, last, cues):
            _take_date(event, last)


def told_in_simple_past(head: Token) -> bool:
    """The trigger's clause, or the verb of saying that reports it, is in the simple past
    ("praised", "said it would send"), not a perfect, a present or a bare noun phrase."""
    verb = head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    for candidate in (verb, verb.head):
        if candidate.tag_ == "VBD" and not any(
            child.dep_ == "aux" and child.lemma_ == "have" for child in candidate.children
        ):
            return True
        if candidate.dep_ not in {"ccomp", "xcomp", "conj", "advcl"}:
            break
    return False
