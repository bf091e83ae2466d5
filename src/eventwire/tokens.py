"""Helpers over spaCy tokens shared by the event modules (a leaf module: it imports no other stage)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

# Objects and passive subjects of a verb (spaCy English labels).
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj", "dative", "attr", "oprd"}
# Entity types of a time: "on Monday" names when, never whom.
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def lemma(token: Token) -> str:
    """The token's lemma, lower-cased: what every trigger list and word list is matched against."""
    return token.lemma_.lower()


def passes_through(token: Token, owner: Token, clause: Callable[[Token], bool]) -> bool:
    """Whether, on the way up the parse from ``token`` to ``owner`` (``owner`` not included), a step
    is a ``clause``: "... if it is attacked" below "vowed", "anyone who shelters them" below "crush"."""
    step = token
    while step.i != owner.i and step.head.i != step.i:
        if clause(step):
            return True
        step = step.head
    return False
