"""Dates in clauses that hang off a noun: background about the noun, or the time of the event.

"Sejourne, who visited Beirut last month, urged restraint on Thursday": a clause set off by commas
that modifies a noun tells of its own time, not the event's; "fired tear gas at supporters who marched
on Monday" tells what the event's target was doing at the time. Used by :mod:`eventwire.date_attach`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.eventparts import Trigger
from eventwire.records import TimeExpression

# Links by which a clause hangs off a noun. Set off by commas ("Sejourne, who visited Beirut last
# month, urged ..."), such a clause is background about the noun, and its date is its own; without
# commas it may tell what the event's target was doing at the time ("fired tear gas at supporters
# who marched on Monday"), and its date is the event's.
NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def expression_root(expression: TimeExpression, sent: Span) -> Token | None:
    span = sent.doc.char_span(expression.start, expression.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def in_noun_clause(expression: TimeExpression, trigger: Trigger, sent: Span) -> bool:
    """The expression sits in a clause set off by a comma that modifies a noun (", who visited
    Beirut last month,"), or in an appositive, either not holding the trigger; a clause without
    commas ("supporters who marched on Monday") may tell of the event's time, so the walk goes on
    up past it. A "where" clause holding a trigger folded into the event tells the event's day."""
    token = expression_root(expression, sent)
    folded = _folded_words(trigger)
    while token is not None and token.head.i != token.i:
        holds_trigger = token.left_edge.i <= trigger.head.i <= token.right_edge.i or (
            _tells_where(token) and any(token.left_edge.i <= word.i <= token.right_edge.i for word in folded)
        )
        if token.dep_ in NOUN_CLAUSE_DEPS and token.pos_ in {"VERB", "AUX"}:
            if holds_trigger:
                return False
            start = token.left_edge.i
            if start > sent.start and sent.doc[start - 1].text == ",":
                return True
            if _has_own_subject(token) and token.head.i != trigger.head.i:
                # "shelled the villages that rebels seized last week": about the villages; but "the
                # truce that both sides accepted on Monday" tells of the event's own noun
                return True
        elif token.dep_ == "appos" and not holds_trigger:
            return True  # "the NUG, a body set up by lawmakers ousted in the 2021 coup,": about the NUG
        token = token.head
    return False


def _folded_words(trigger: Trigger) -> list[Token]:
    """The words of the trigger and of the triggers folded into it (see :func:`_tells_where`)."""
    absorbed = [word for folded in getattr(trigger, "absorbed", ()) for word in folded.tokens]
    return [*getattr(trigger, "tokens", ()), *absorbed]


def _tells_where(clause: Token) -> bool:
    """A "where" clause of the place the act went to: "flew to London, where Starmer hosted him on
    Saturday" is one visit, and when the event folded "hosted" in, the clause tells its day ("Sejourne,
    who visited Beirut last month, urged ..." stays background about Sejourne)."""
    return any(child.dep_ == "advmod" and child.lower_ == "where" for child in clause.children)


def _has_own_subject(clause: Token) -> bool:
    """A relative clause whose subject is a noun, not its relative word ("a case that Chile had filed",
    not "supporters who marched"): it tells what someone did to or with the noun, at its own time."""
    return any(
        child.dep_ in {"nsubj", "nsubjpass"}
        and child.tag_ not in {"WDT", "WP", "WP$"}
        and child.lower_ != "that"
        for child in clause.children
    )
