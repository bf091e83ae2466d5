"""The day of a present perfect made known by a dated statement.

"Chile has halted copper shipments to Peru, the ministry said on Friday": the perfect leaves the
act's time open, but the wire benchmark's coders date it by the statement's day, the day the act
was made known. Not when its clause says the act is spread over time or leaves its time open:
"has accused X for years", "has repeatedly denied", "has already sent", "since March". The verbs,
adverbs and prepositions are data: ``attachment`` in ``data/dates.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from eventwire.date_patterns import dates_config
from eventwire.dates import governing_verb
from eventwire.records import TimeExpression


@dataclass(frozen=True, slots=True)
class PerfectCues:
    reporting_verbs: frozenset[str]
    open_adverbs: frozenset[str]
    span_prepositions: frozenset[str]
    time_units: frozenset[str]


@lru_cache(maxsize=1)
def perfect_cues() -> PerfectCues:
    """The word lists of ``attachment`` (and the units of time) in data/dates.yaml."""
    config = dates_config()
    attachment = config.get("attachment", {})
    return PerfectCues(
        reporting_verbs=frozenset(attachment.get("perfect_reporting_verbs", [])),
        open_adverbs=frozenset(attachment.get("perfect_open_adverbs", [])),
        span_prepositions=frozenset(attachment.get("perfect_span_prepositions", [])),
        time_units=frozenset(str(word) for words in config.get("units", {}).values() for word in words),
    )


def reported_perfect_day(
    perfect: Token, inside: Sequence[TimeExpression], sent: Span
) -> TimeExpression | None:
    """The date of the verb of saying that reports the present perfect ``perfect`` (its verb), when
    that verb is in the past and the perfect's clause does not leave its time open; else None."""
    saying = reporting_verb(perfect)
    if saying is None or time_left_open(perfect):
        return None
    told = [t for t in inside if governed_by(t, sent, saying)]
    return min(told, key=lambda t: abs(saying.idx - t.start)) if told else None


def reporting_verb(perfect: Token) -> Token | None:
    """The past-tense verb of saying whose reported clause is ``perfect`` ("X has done Y, Z said"; "Z
    said that X has done Y"), or None."""
    clause = perfect
    while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head  # "has closed the border and has recalled its envoy, officials said"
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    saying = clause.head
    if saying.lemma_.lower() not in perfect_cues().reporting_verbs or saying.tag_ != "VBD":
        return None
    if any(child.dep_ == "aux" and child.lemma_ == "have" for child in saying.children):
        return None  # "officials have said": the saying is itself undated news
    return saying


def time_left_open(verb: Token) -> bool:
    """The perfect's clause spreads the act over time or leaves it open ("has repeatedly denied",
    "has accused X for years", "has shelled the city since March", "has so far refused")."""
    cues = perfect_cues()
    for child in verb.children:
        if child.dep_ in {"advmod", "npadvmod"} and _phrase(child) in cues.open_adverbs:
            return True
        if child.dep_ in {"advmod", "npadvmod"} and child.lower_ in cues.open_adverbs:
            return True
        if child.dep_ == "prep" and child.lower_ in cues.span_prepositions and _spans_time(child, cues):
            return True
    return False


def _spans_time(preposition: Token, cues: PerfectCues) -> bool:
    """ "since March", "for years", "over the past month": the phrase names a stretch of time."""
    return preposition.lower_ == "since" or any(
        token.lower_ in cues.time_units for token in preposition.subtree if token.i != preposition.i
    )


def _phrase(token: Token) -> str:
    return " ".join(t.lower_ for t in token.subtree)


def governed_by(expression: TimeExpression, sent: Span, verb: Token) -> bool:
    """The expression hangs from ``verb`` (it is the nearest verb above it)."""
    span = sent.doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    governor = governing_verb(span.root)
    return governor is not None and governor.i == verb.i
