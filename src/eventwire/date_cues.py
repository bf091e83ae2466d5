"""The cue phrases of narrative dating, compiled: the ``narrative`` section of ``data/dates.yaml``
(see :mod:`eventwire.date_narrative`), and :func:`done_during_another_event`, which
:mod:`eventwire.date_attach` reads them for."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from eventwire.date_patterns import dates_config


@dataclass(frozen=True, slots=True)
class NarrativeCues:
    sequence: re.Pattern[str]
    # event type -> pattern of a phrase that refers to such a happening ("during the talks")
    references: dict[str, re.Pattern[str]]
    reference_prepositions: frozenset[str]
    reference_nouns: frozenset[str]
    state_sectors: frozenset[str] = frozenset()
    # "..., two days after clashes killed 12": a word that makes what follows it (up to the next
    # comma or dash) the background of the sentence's main act
    subordinators: re.Pattern[str] | None = None
    # acts on the ground that share the day of the other side's act in the same clash
    confrontation_types: frozenset[str] = frozenset()
    # event type -> the nouns that name such a happening ("drills", "exercises")
    kind_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    # nouns of a gathering of many sides ("summit"): a story about one dates its participants' acts
    gathering_nouns: frozenset[str] = frozenset()
    # meetings: one told from one side only was held with a side not yet named (see one_sided_meeting)
    meeting_types: frozenset[str] = frozenset()


def _alternation(words: Sequence[str]) -> str:
    ordered = sorted({str(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@lru_cache(maxsize=1)
def narrative_cues() -> NarrativeCues:
    """The ``narrative`` section of data/dates.yaml, compiled."""
    data = dates_config().get("narrative", {})
    prepositions = data.get("reference_prepositions", [])
    lead = (
        rf"\b(?:{_alternation(prepositions)})\s+(?:{_alternation(data.get('reference_determiners', []))})\s+"
    )
    referenced = data.get("referenced_events", {})
    return NarrativeCues(
        sequence=re.compile(rf"\b(?:{_alternation(data.get('sequence_cues', []))})\b", re.IGNORECASE),
        references={
            kind: re.compile(rf"{lead}(?:{_alternation(nouns)})\b", re.IGNORECASE)
            for kind, nouns in referenced.items()
        },
        reference_prepositions=frozenset(prepositions),
        reference_nouns=frozenset(noun for nouns in referenced.values() for noun in nouns if " " not in noun),
        state_sectors=frozenset(data.get("state_sectors", [])),
        subordinators=re.compile(rf"\b(?:{_alternation(data['subordinators'])})\b", re.IGNORECASE)
        if data.get("subordinators")
        else None,
        confrontation_types=frozenset(data.get("confrontation_types", [])),
        kind_nouns={
            kind: frozenset(str(noun).lower() for noun in nouns) for kind, nouns in referenced.items()
        },
        meeting_types=frozenset(data.get("meeting_types", [])),
        gathering_nouns=frozenset(str(noun).lower() for noun in data.get("gathering_nouns", [])),
    )


def done_during_another_event(verb: Token) -> bool:
    """The verb's act is placed by another happening ("detained dozens during the march"): its day
    is that happening's, not the day a verb of saying around it names."""
    cues = narrative_cues()
    return any(
        child.dep_ == "prep"
        and child.lower_ in cues.reference_prepositions
        and any(obj.dep_ == "pobj" and obj.lower_ in cues.reference_nouns for obj in child.children)
        for child in verb.children
    )
