"""The day of a happening a call asks for: "called for fresh protests on Thursday".

A date told after what a call asks for ("appealed for a general strike on Monday") is the day of the
happening called for, not of the call: it dates neither the call nor any other act of the sentence,
and the call, whose own day the sentence leaves untold, takes no day from the story around it
either. "called on Thursday for protests" dates the call. The verbs are ``forward_heads`` in
``data/dates.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.date_patterns import lexicon
from eventwire.tokens import TIME_ENTITIES


def names_the_called_for(root: Token) -> bool:
    """The date whose head word is ``root`` follows the "for" phrase of a verb of calling."""
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return False
    return _calls_for_before(root.head.head, root.head.i)


def calls_for_a_dated_happening(verb: Token) -> bool:
    """The verb of calling has a "for" phrase followed by a phrase with a date or time of its own."""
    return any(
        child.dep_ == "prep"
        and any(token.ent_type_ in TIME_ENTITIES for token in child.subtree)
        and _calls_for_before(verb, child.i)
        for child in verb.children
    )


def _calls_for_before(verb: Token, position: int) -> bool:
    return verb.lemma_.lower() in lexicon().forward_heads and any(
        child.dep_ == "prep" and child.lower_ == "for" and child.i < position for child in verb.children
    )
