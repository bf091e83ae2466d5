"""The day of an act told again as "the remarks": "Milei called Petro a murderer ... Milei made the
remarks on Sunday at a rally".

Wire copy often tells a statement first and when it was made in a later sentence whose verb only
points back to it ("X made the remarks on Sunday", "he made the comments in an interview broadcast on
Tuesday"). That sentence codes no event; its day is the day of the speaker's last statement told
before it. :func:`remark_anchor` finds such a sentence (its main verb one of ``narrative.remarks.verbs``
with an object of ``narrative.remarks.nouns``, and a day); :func:`date_remarked_acts` gives its day to
the speaker's last verbal act (``narrative.remarks.types``) told before it, when that act has no day
or one after the remark's (a remark made on Sunday is not Wednesday's act). The words are data:
``narrative.remarks`` in ``data/dates.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.tokens import Span, Token

from eventwire.date_lead import day_anchor
from eventwire.date_patterns import dates_config
from eventwire.records import Actor, Event, TimeExpression

# The event type of an anchor made from such a sentence; never returned as an event.
REMARK = "REMARK"


@lru_cache(maxsize=1)
def _remarks() -> dict[str, frozenset[str]]:
    data = dates_config().get("narrative", {}).get("remarks", {})
    words = {key: frozenset(str(word).lower() for word in data.get(key, [])) for key in ("verbs", "nouns")}
    return {**words, "types": frozenset(str(kind) for kind in data.get("types", []))}


def remark_anchor(
    sent: Span, inside: Sequence[TimeExpression], actors_of: Callable[[Token], list[Actor]]
) -> Event | None:
    """An anchor of type ``REMARK`` for "X made the remarks on Sunday": the sentence's day and X's actors."""
    words = _remarks()
    verb = sent.root
    if verb.lemma_.lower() not in words["verbs"] or verb.tag_ != "VBD" or not inside:
        return None
    if not any(child.dep_ == "dobj" and child.lemma_.lower() in words["nouns"] for child in verb.children):
        return None
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    speakers = actors_of(subject) if subject is not None else []
    if not speakers:
        return None
    return day_anchor(
        REMARK, inside[0].value or "", sent.text, sent.start_char, sent.end_char, [verb.text], speakers
    )


def date_remarked_acts(events: Sequence[Event], remarks: Sequence[Event]) -> None:
    """Give each remark's day to its speaker's last verbal act told before it (see the module)."""
    types = _remarks()["types"]
    for remark in remarks:
        speakers = {actor.id for actor in remark.actor}
        start = remark.evidence[0].start
        told = [
            event
            for event in events
            if event.evidence
            and event.evidence[0].end <= start
            and event.type in types
            and speakers & {actor.id for actor in event.actor}
            and not (event.historical or event.hypothetical)
        ]
        if not told:
            continue
        act = told[-1]
        if act.date is None or (act.date_precision == "day" and (act.date or "") > (remark.date or "")):
            act.date, act.date_precision, act.date_from = remark.date, "day", "narrative"
