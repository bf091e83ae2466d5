"""Dated statements that anchor a side's story when the act they report is not coded.

"Macron told Morocco's parliament on Tuesday that ...": when no event is coded for such a lead, the
story still has its day, and a later "'France will stand by Morocco,' Macron told lawmakers" is told
in it. A sentence whose main verb is a verb of saying in the simple past, dated with a day, gives its
speaker's side a narrative anchor (:func:`saying_anchors`); :func:`eventwire.date_narrative.
inherit_narrative_dates` uses it only for that side's later acts, and only when no event of the
sentence is itself dated (the coded act is the better anchor). Reactions of other sides stay undated.
The verbs are data: ``narrative.anchor_saying_verbs`` in ``data/dates.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventwire.date_patterns import dates_config
from eventwire.date_perfect import governed_by
from eventwire.records import Actor, Event, Evidence, TimeExpression

# The event type of an anchor made from a statement; such events are never returned.
SAYING = "SAYING"


@lru_cache(maxsize=1)
def anchor_saying_verbs() -> frozenset[str]:
    return frozenset(dates_config().get("narrative", {}).get("anchor_saying_verbs", []))


def saying_anchors(
    doc: Doc, dates: Sequence[TimeExpression], actors_of: Callable[[Token], list[Actor]]
) -> list[Event]:
    """One anchor per sentence whose main verb is a dated verb of saying with a known speaker: an
    :class:`Event` of type ``SAYING`` with the speaker as actor and the day as date, in text order."""
    day_dates = [t for t in dates if t.precision == "day" and t.value and t.value[:4].isdigit()]
    anchors = []
    for sent in doc.sents:
        inside = [t for t in day_dates if sent.start_char <= t.start and t.end <= sent.end_char]
        anchor = _saying_anchor(sent, inside, actors_of) if inside else None
        if anchor is not None:
            anchors.append(anchor)
    return anchors


def _saying_anchor(
    sent: Span, inside: Sequence[TimeExpression], actors_of: Callable[[Token], list[Actor]]
) -> Event | None:
    verb = sent.root
    if verb.lemma_.lower() not in anchor_saying_verbs() or verb.tag_ != "VBD":
        return None
    if any(child.dep_ == "aux" for child in verb.children):
        return None  # "has said", "would tell": not a statement told in the story's time
    day = next((t for t in inside if governed_by(t, sent, verb)), None)
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    speakers = actors_of(subject) if subject is not None and day is not None else []
    if not speakers or day is None:
        return None
    return Event(
        id=f"saying-{sent.start_char}",
        type=SAYING,
        actor=list(speakers),
        date=day.value,
        date_precision="day",
        date_from="sentence",
        evidence=[Evidence("", sent.text, sent.start_char, sent.end_char, triggers=[verb.text])],
    )
