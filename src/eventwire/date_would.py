"""A weekday of what someone said would happen: "said on Friday it would stage a rally on Sunday".

The future told from the past ("would stage") names a day after the saying: the first such weekday
after the day the sentence gives the saying ("on Friday"), else the first from the publication day on,
not the most recent one before publication, which is how a weekday of a past act is read ("met on
Sunday"). The auxiliaries are data: ``future_in_past_auxiliaries`` in ``data/dates.yaml``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from eventwire.date_patterns import Frame, dates_config

DAY = 10  # len("YYYY-MM-DD")


@lru_cache(maxsize=1)
def _auxiliaries() -> frozenset[str]:
    return frozenset(str(word) for word in dates_config().get("future_in_past_auxiliaries", []))


def told_as_future_in_past(doc: Doc, frame: Frame, governor: Token | None) -> bool:
    """The weekday follows "would" and hangs from its verb (or from a verb of the clause such a verb
    opens: "would start suspending licences from Monday")."""
    if (
        frame.kind != "weekday"
        or governor is None
        or "offset" in frame.fields
        or "week_offset" in frame.fields
    ):
        return False
    verb = governor
    for _ in range(4):
        auxiliary = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _auxiliaries()), None)
        if auxiliary is not None:
            return auxiliary.idx < frame.start  # "said on Friday he would ...": Friday is the saying's
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def saying_day(frame: Frame, doc: Doc, found_days: Sequence[tuple[int, int, str]]) -> dt.date | None:
    """The day of the nearest day-dated expression before the weekday in its sentence (the saying's:
    "said on Friday it would ...")."""
    span = doc.char_span(frame.start, frame.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sentence = span.sent
    before = [
        value
        for start, end, value in found_days
        if sentence.start_char <= start and end <= frame.start and len(value) >= DAY
    ]
    if not before:
        return None
    try:
        return dt.date.fromisoformat(before[-1][:DAY])
    except ValueError:
        return None
