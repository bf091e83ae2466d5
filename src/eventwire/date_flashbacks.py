"""Flashbacks: a paragraph that opens on a day before the story's and tells what happened then.

"Ghana and Togo signed a border accord on Tuesday ... On Monday, his first night in Lome, the
minister dined with opposition leaders. [new paragraph] The two sides agreed to meet again": a
sentence that opens with its day ("On Monday, ...", "Late on Sunday, ...") steps back from the
story's day. Its day goes on in the acts told after it in its own paragraph; once a new paragraph
begins, the story is back on its own day, and the acts told there take no day from the flashback.
The openers are data: ``narrative.flashback_openers`` in ``data/dates.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc

from eventwire.date_lead import day_anchor
from eventwire.date_patterns import dates_config
from eventwire.records import Event, TimeExpression

# The type of the marks :func:`flashback_marks` makes; never returned as an event.
FLASHBACK = "FLASHBACK"

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=1)
def _opener() -> re.Pattern[str]:
    words = dates_config().get("narrative", {}).get("flashback_openers", [])
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^\s*(?:(?:{alternation})\s+)?$", re.IGNORECASE)


def flashback_marks(doc: Doc, dates: Sequence[TimeExpression]) -> list[Event]:
    """One mark per sentence that opens with a day set off by a comma ("On Saturday, ..."): an
    :class:`Event` of type ``FLASHBACK`` dated with that day, whose evidence runs from the sentence to
    the end of its paragraph."""
    marks = []
    for sent in doc.sents:
        for expression in dates:
            if not (sent.start_char <= expression.start and expression.end <= sent.end_char):
                continue
            value = expression.value or ""
            opening = doc.text[sent.start_char : expression.start]
            if DAY.match(value) and _opener().match(opening) and doc.text[expression.end :].startswith(","):
                end = _paragraph_end(doc, sent.start_char + len(sent.text.rstrip()))
                marks.append(day_anchor(FLASHBACK, value[:10], sent.text, sent.start_char, end))
            break
    return marks


def _paragraph_end(doc: Doc, position: int) -> int:
    found = doc.text.find("\n", position)
    return len(doc.text) if found < 0 else found


def past_flashbacks(
    event: Event, anchors: Sequence[Event], marks: Sequence[Event], story: Event | None
) -> list[Event]:
    """The anchors ``event`` may take its day from: not those told in a flashback paragraph (a mark's
    sentence and the rest of its paragraph, on the mark's day, earlier than the day of the story's act
    ``story`` told before it) when the event is told after that paragraph."""
    if story is None or story.date is None or not event.evidence or not story.evidence:
        return list(anchors)
    start = event.evidence[0].start
    behind = [
        mark
        for mark in marks
        if mark.evidence[0].end <= start
        and story.evidence[0].start < mark.evidence[0].start
        and (mark.date or "") < story.date[:10]
    ]
    return [anchor for anchor in anchors if not any(_told_in(anchor, mark) for mark in behind)]


def _told_in(anchor: Event, mark: Event) -> bool:
    """The anchor is an act on the mark's day told in the mark's sentence or later in its paragraph."""
    told = mark.evidence[0]
    return (
        bool(anchor.evidence)
        and told.start <= anchor.evidence[0].start < told.end
        and anchor.date == mark.date
    )
