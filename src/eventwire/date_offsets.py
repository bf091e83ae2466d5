"""Days told relative to another: "a day after protesters stormed parliament", "two days before the vote".

Wire copy dates one act and places another against it: "Ruto on Wednesday withdrew the bill, a day
after protesters stormed parliament" dates the storming on Tuesday; "the minister resigned three
days after police raided his office on Monday" dates the resignation on Thursday; "hours after"
keeps the day. The clause is an adverbial clause ("advcl") with the mark "after"/"before" and a
measure ("a day", "two days", "hours"); the units and number words are those of ``data/dates.yaml``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.date_patterns import lexicon
from eventwire.records import TimeExpression

# Days in a unit of a relative clause's measure; hours and minutes keep the day.
DAYS_PER_UNIT = {"D": 1, "W": 7, "H": 0, "MIN": 0}
OFFSET_MARKS = {"after": -1, "before": 1}


@dataclass(frozen=True, slots=True)
class OffsetClause:
    """An "N units after/before" clause: ``verb`` heads it; its act's day is the day of the clause it
    hangs from plus ``days``."""

    verb: Token
    days: int


def offset_of(verb: Token) -> OffsetClause | None:
    """The offset an adverbial clause headed by ``verb`` states, if it states one."""
    if not _adverbial(verb):
        return None
    mark_tokens = [c for c in verb.children if c.dep_ in {"mark", "prep"} and c.lower_ in OFFSET_MARKS]
    marks = [OFFSET_MARKS[token.lower_] for token in mark_tokens]
    units = lexicon().units
    # the parser hangs the measure on the verb or on the mark ("two days after"), or the clause on a
    # measure set in apposition to the day it counts from ("on Monday, a day after Dhaka hauled in ...")
    candidates = list(verb.children) + [c for token in mark_tokens for c in token.children]
    measures = [c for c in candidates if c.dep_ == "npadvmod" and c.lower_ in units]
    if not measures and verb.head.dep_ == "appos" and verb.head.lower_ in units:
        measures = [verb.head]
    if len(marks) != 1 or len(measures) != 1 or units[measures[0].lower_] not in DAYS_PER_UNIT:
        return None
    per_unit = DAYS_PER_UNIT[units[measures[0].lower_]]
    count = _count(measures[0]) if per_unit else 0
    return None if count is None else OffsetClause(verb, marks[0] * count * per_unit)


def untold_offset(verb: Token) -> bool:
    """ "days after rebels seized the town", "two months before the vote": an "after/before" clause whose
    measure is of a day or longer but cannot be counted in days; its act is not on the day of the
    clause it hangs from, and that day cannot be moved to it."""
    if not _adverbial(verb) or offset_of(verb) is not None:
        return False
    mark_tokens = [c for c in verb.children if c.dep_ in {"mark", "prep"} and c.lower_ in OFFSET_MARKS]
    candidates = list(verb.children) + [c for token in mark_tokens for c in token.children]
    units = lexicon().units
    return bool(mark_tokens) and any(
        c.dep_ == "npadvmod" and units.get(c.lower_) not in {None, "H", "MIN"} for c in candidates
    )


def enclosing_untold_offset(token: Token) -> Token | None:
    """The verb of the nearest clause holding ``token`` that is an :func:`untold_offset`."""
    current = token
    while current.head.i != current.i:
        if untold_offset(current):
            return current
        current = current.head
    return None


def _adverbial(verb: Token) -> bool:
    """An adverbial clause, or one the parser took for a second main verb although "after"/"before"
    opens it ("leaders meeting on Sunday appointed an envoy, a day after the juntas signed a treaty")."""
    if verb.dep_ == "advcl":
        return True
    return verb.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ in OFFSET_MARKS for c in verb.children)


def _count(measure: Token) -> int | None:
    """How many units: "two days" -> 2, "a day" -> 1; None when the text does not say ("days")."""
    numbers = lexicon().numbers
    for child in measure.children:
        if child.dep_ == "nummod":
            return int(child.text) if child.text.isdigit() else numbers.get(child.lower_)
        if child.dep_ == "det" and child.lower_ in numbers:
            return numbers[child.lower_]
    return None


def enclosing_offset(token: Token) -> OffsetClause | None:
    """The nearest offset clause that holds ``token``."""
    current = token
    while current.head.i != current.i:
        found = offset_of(current)
        if found is not None:
            return found
        current = current.head
    return None


def offsets_below(verb: Token) -> list[OffsetClause]:
    """The offset clauses that hang from ``verb``."""
    return [found for child in verb.children if (found := offset_of(child)) is not None]


def shifted(expression: TimeExpression, days: int) -> TimeExpression | None:
    """The expression moved by ``days`` (a day's value only: a month moved by a day is still vague)."""
    if days == 0:
        return expression
    if expression.precision != "day" or not expression.value:
        return None
    try:
        day = dt.date.fromisoformat(expression.value[:10]) + dt.timedelta(days=days)
    except ValueError:
        return None
    return TimeExpression(expression.start, expression.end, expression.text, day.isoformat(), "day")


def sequence_clauses_below(verb: Token) -> list[Token]:
    """The clauses opened by a bare "after"/"before" that hang from ``verb`` ("slapped sanctions on the
    judges last month, accusing the court of bias, after the president authorised sanctions in
    February"): a date in one is the day of the act it tells the event came after or before, not the
    event's. Clauses with a measure ("a day after") are offsets (:func:`offsets_below`)."""
    return [
        child
        for child in verb.children
        if child.dep_ == "advcl"
        and offset_of(child) is None
        and any(mark.dep_ == "mark" and mark.lower_ in OFFSET_MARKS for mark in child.children)
    ]
