"""Statements made at a session: "told the council after the vote", "speaking in the chamber".

A story about a vote of the Security Council, a parliament or an assembly tells the envoys' and
members' speeches after it, often with no day of their own ("Speaking in the chamber, the U.S.
ambassador accused Russia of ..."). The sentence places the speech in the session, so it takes the day
of the last dated act or scene whose sentence names the session (the council, the vote, the
resolution). The cue phrases and the words that name a session are data: ``narrative.session`` in
``data/dates.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from eventwire.date_patterns import dates_config
from eventwire.records import Event


def _pattern(words: Sequence[object]) -> re.Pattern[str] | None:
    ordered = sorted({str(w) for w in words}, key=len, reverse=True)
    if not ordered:
        return None
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _session_cues() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    data = dates_config().get("narrative", {}).get("session", {})
    return (
        _pattern(data.get("cues", [])),
        _pattern(data.get("session_words", [])),
        _pattern(data.get("envoy_words", [])),
    )


def session_day(event: Event, anchors: Sequence[Event]) -> Event | None:
    """The dated act or scene of the session the event's sentence places it in, if any: the last
    anchor before it whose sentence names a session."""
    cues, sessions, envoys = _session_cues()
    if cues is None or sessions is None or not event.evidence:
        return None
    sentence, start = event.evidence[0].sentence, event.evidence[0].start
    before = [anchor for anchor in anchors if anchor.evidence and anchor.evidence[0].start < start]
    if cues.search(sentence):
        return next((a for a in reversed(before) if sessions.search(a.evidence[0].sentence)), None)
    if envoys is None or not envoys.search(sentence) or not before:
        return None
    if sessions.search(before[-1].evidence[0].sentence):
        # an envoy's statement told while the session's act is the story's last dated one
        return before[-1]
    if sessions.search(sentence):
        # an envoy speaking of the session ("the ambassador welcomed the resolution and called on the
        # council to ..."), whatever background the story told since
        return next((a for a in reversed(before) if sessions.search(a.evidence[0].sentence)), None)
    return None
