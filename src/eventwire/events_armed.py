"""Armed agents: whether a verb that can mean an attack ("struck", "hit", "pounded") is one.

"Russian forces struck Kharkiv", "Israel hit the town with drones" and "rebels fired mortars at the
base" are attacks; "Peru struck a deal", "the storm hit the coast", "lower prices hit the markets"
and "the minister was fired" are not. The words that make the difference (armed agents, weapons,
objects that are never targets) are data: ``armed_agents`` in ``data/events.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from eventwire.tokens import lemma

SUBJECT_DEPS = {"nsubj", "csubj"}
# Proper-noun subjects that stand for a state ("Israel struck ...").
STATE_ENTITIES = {"GPE"}
# "hit back at", "hit out at", "struck back": answers in words, not blows.
FIGURATIVE_PARTICLES = {"back", "out"}


@dataclass(frozen=True, slots=True)
class ArmedCues:
    """Words (lemmas) of ``armed_agents`` in events.yaml."""

    agents: frozenset[str] = frozenset()  # forces, army, jets, rebels ...
    weapons: frozenset[str] = frozenset()  # missiles, rockets, drones, shells ...
    instrument_preps: frozenset[str] = frozenset({"with", "by"})

    @classmethod
    def from_yaml(cls, entry: dict[str, Any] | None) -> ArmedCues:
        entry = entry or {}
        return cls(
            agents=frozenset(entry.get("agents", [])),
            weapons=frozenset(entry.get("weapons", [])),
            instrument_preps=frozenset(entry.get("instrument_preps", ["with", "by"])),
        )


def agents_of(verb: Token) -> Iterator[Token]:
    """Who does the verb: its subject, the subject of the verb it is coordinated with ("launched
    missiles and hit ..."), the noun a relative clause hangs on ("drones that hit ..."), and a
    passive verb's "by" agent."""
    subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ == "conj":
        subjects = [child for child in verb.head.children if child.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ == "relcl":
        subjects = [verb.head]
    yield from subjects
    for child in verb.children:
        if child.dep_ == "agent":
            yield from (grand for grand in child.children if grand.dep_ == "pobj")


def instruments_of(verb: Token, cues: ArmedCues) -> list[Token]:
    """Nouns after "with" on the verb ("hit the town with drones")."""
    return [
        grand
        for child in verb.children
        if child.dep_ == "prep" and child.lower_ in cues.instrument_preps
        for grand in child.children
        if grand.dep_ == "pobj"
    ]


def _is_armed(noun: Token, cues: ArmedCues) -> bool:
    words = {lemma(noun), noun.lower_} | {lemma(child) for child in noun.children if child.dep_ == "compound"}
    return bool(words & (cues.agents | cues.weapons))


def _is_state(noun: Token) -> bool:
    return noun.pos_ == "PROPN" and noun.ent_type_ in STATE_ENTITIES


def has_armed_agent(verb: Token, cues: ArmedCues) -> bool:
    """The verb is done by armed forces or weapons, or by a state with no non-weapon instrument.

    "Japan hit back at critics" and "hit out at" (a particle) are words, not blows, unless armed
    forces do it; "hit China with tariffs" is a sanction, so a state subject counts only when any
    instrument named is a weapon.
    """
    instruments = instruments_of(verb, cues)
    agents = list(agents_of(verb))
    if any(_is_armed(noun, cues) for noun in [*instruments, *agents]):
        return True
    if any(child.dep_ == "prt" or child.lower_ in FIGURATIVE_PARTICLES for child in verb.children):
        return False
    return not instruments and any(_is_state(noun) for noun in agents)
