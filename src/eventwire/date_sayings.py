"""Dated statements that anchor a side's story when the act they report is not coded.

"Macron told Morocco's parliament on Tuesday that ...": when no event is coded for such a lead, the
story still has its day, and a later "'France will stand by Morocco,' Macron told lawmakers" is told
in it. A sentence whose main verb is a verb of saying in the simple past, dated with a day, gives its
speaker's side a narrative anchor (:func:`saying_anchors`); :func:`eventwire.date_narrative.
inherit_narrative_dates` uses it only for that side's later acts, and only when no event of the
sentence is itself dated (the coded act is the better anchor). Reactions of other sides stay undated.
The verbs are data: ``narrative.anchor_saying_verbs`` in ``data/dates.yaml``.

A dated sentence told in the simple past by another verb ("Late on Sunday, crowds gathered outside the
embassy") is a scene (:func:`_scene_anchor`): when it dates no act with an actor, its day is that of
any side's acts told after it in its paragraph ("Police fired tear gas at the crowd").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventwire.date_flashbacks import flashback_marks
from eventwire.date_lead import day_anchor, lead_anchor
from eventwire.date_noun_clauses import opens_period
from eventwire.date_patterns import dates_config
from eventwire.date_perfect import governed_by
from eventwire.date_remarks import remark_anchor
from eventwire.records import Actor, Event, TimeExpression

# The event types of anchors made from a statement or from a dated scene; such events are never returned.
SAYING = "SAYING"
SCENE = "SCENE"


@lru_cache(maxsize=1)
def anchor_saying_verbs() -> frozenset[str]:
    return frozenset(dates_config().get("narrative", {}).get("anchor_saying_verbs", []))


def saying_anchors(
    doc: Doc, dates: Sequence[TimeExpression], actors_of: Callable[[Token], list[Actor]]
) -> list[Event]:
    """One anchor per sentence whose main verb is a dated verb of saying with a known speaker: an
    :class:`Event` of type ``SAYING`` with the speaker as actor and the day as date, in text order;
    first, where the lead names no day, the day the paragraph after it gives (type ``LEAD``,
    :mod:`eventwire.date_lead`)."""
    day_dates = [t for t in dates if t.precision == "day" and t.value and t.value[:4].isdigit()]
    anchors = []
    for sent in doc.sents:
        inside = [t for t in day_dates if sent.start_char <= t.start and t.end <= sent.end_char]
        anchor = (
            (_saying_anchor(sent, inside, actors_of) or _scene_anchor(sent, inside, actors_of))
            if inside
            else None
        )
        if anchor is not None:
            anchors.append(anchor)
        remark = remark_anchor(sent, inside, actors_of) if inside else None
        if remark is not None:  # "Milei made the remarks on Sunday": also a scene of its paragraph
            anchors.append(remark)
    anchors.extend(flashback_marks(doc, dates))
    lead = lead_anchor(doc, dates)
    return [lead, *anchors] if lead is not None else anchors


def _saying_anchor(
    sent: Span, inside: Sequence[TimeExpression], actors_of: Callable[[Token], list[Actor]]
) -> Event | None:
    verb = sent.root
    if verb.lemma_.lower() not in anchor_saying_verbs() or verb.tag_ != "VBD":
        return None
    if any(child.dep_ == "aux" for child in verb.children):
        return None  # "has said", "would tell": not a statement told in the story's time
    day = next((t for t in inside if governed_by(t, sent, verb)), None)
    subject = _subject(verb)
    speakers = actors_of(subject) if subject is not None and day is not None else []
    if not speakers or day is None:
        return None
    return day_anchor(SAYING, day.value, sent.text, sent.start_char, sent.end_char, [verb.text], speakers)


def _scene_anchor(
    sent: Span, inside: Sequence[TimeExpression], actors_of: Callable[[Token], list[Actor]]
) -> Event | None:
    """ "Later on Sunday night, crowds gathered outside the embassy": a sentence that tells in the simple
    past what happened on a day, with no verb of saying, sets the day of the acts told after it in its
    paragraph, whoever does them ("Police fired tear gas ..."). An :class:`Event` of type ``SCENE``
    whose actor is the subject's, if it names one ("the three leaders put their names to the treaty
    on Saturday at their summit": their side's acts told later go on in that day); its evidence ends
    where the paragraph ends."""
    verb = sent.root
    if verb.tag_ != "VBD" or verb.lemma_.lower() in anchor_saying_verbs():
        return None
    if any(child.dep_ in {"aux", "auxpass", "neg"} for child in verb.children):
        return None
    day = next((t for t in inside if governed_by(t, sent, verb) and not opens_period(t, sent)), None)
    if day is None:
        return None
    paragraph_end = _paragraph_end(sent)
    subject = _subject(verb)
    actors = actors_of(subject) if subject is not None else []
    return day_anchor(SCENE, day.value, sent.text, sent.start_char, paragraph_end, [verb.text], actors)


def _subject(verb: Token) -> Token | None:
    """The verb's subject nearest to it: a wire dateline is sometimes parsed as a second subject
    ("NAIROBI, March 12 (Wire) — Ghana's president told ...")."""
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    return subjects[-1] if subjects else None


def _paragraph_end(sent: Span) -> int:
    """Where the paragraph of ``sent`` ends: the first line break after the sentence, else the text's end."""
    doc = sent.doc
    for token in doc[sent.end - 1 :]:
        if "\n" in token.text:
            return token.idx
        if "\n" in token.whitespace_:
            return token.idx + len(token.text)
    return doc[-1].idx + len(doc[-1].text)


def same_speaker_goes_on(event: Event, before: Event) -> bool:
    """ "Sudan's ambassador welcomed the resolution ... He accused the UAE of ...": an act told in the
    sentence right after the one of a dated act of the same actor, in its paragraph, goes on with
    what that actor said or did then."""
    if before.date is None or before.date_precision != "day" or before.historical or not event.actor:
        return False
    if not event.evidence or not before.evidence:
        return False
    if {actor.id for actor in event.actor} != {actor.id for actor in before.actor}:
        return False
    gap = event.evidence[0].start - before.evidence[0].end
    return 0 <= gap <= 1


def previous_sentence_saying(event: Event, sayings: Sequence[Event]) -> Event | None:
    """ "Sheinbaum said on Monday that 35 nationals had been detained in Friday's raids. She urged
    Washington to ...": the dated statement of the event's own actor told in the sentence right
    before it, in its paragraph, is where the act was said, whatever day the reported clause names."""
    if not event.evidence or not event.actor:
        return None
    ids = {actor.id for actor in event.actor}
    start = event.evidence[0].start
    return next(
        (
            saying
            for saying in sayings
            if saying.type == SAYING
            and 0 <= start - saying.evidence[0].end <= 1
            and ids == {actor.id for actor in saying.actor}
        ),
        None,
    )


# Characters between the end of one sentence and the start of the next in the same paragraph.
SAME_PARAGRAPH_GAP = 1


def next_sentence_saying(event: Event, sayings: Sequence[Event]) -> Event | None:
    """ "X sided with the court. '...,' X told a radio station on Friday": the dated statement of the
    event's own actor told in the very next sentence of its paragraph is where the act was made known,
    and so its day (only statements whose sentence dated no act of its own). Another voice of the same
    side ("Russia said ... . The Kremlin's spokesman told reporters on Tuesday") may not be saying the
    same thing, and the benchmark's coders leave such acts undated."""
    start = event.evidence[0].start if event.evidence else None
    saying = next(
        (s for s in sayings if start is not None and s.evidence and s.evidence[0].start > start), None
    )
    if saying is None or not event.evidence:
        return None
    gap = saying.evidence[0].start - event.evidence[0].end
    if not 0 <= gap <= SAME_PARAGRAPH_GAP or not {a.id for a in event.actor} & {a.id for a in saying.actor}:
        return None
    return saying
