"""Narrative dates: the day an event takes from the story around it when its sentence gives none.

Wire copy dates a happening once and tells the rest in order: "Xi held talks with Tokayev on Tuesday
... Xi accepted the invitation". A reader carries the day of a side's last dated act over to its further
acts (a state's government, army and police are one side; its opposition, its protesters or its rebels
are others), and to any act the text ties to the last dated one ("hours later", "within hours"), but not
to reactions of others told further down ("Japan said it had conveyed its concerns"): the wire
benchmark's coders leave those undated, as the text does not say when they came. An act on the ground
told right after the other side's dated one in the same clash ("police detained 30 of them" after
"teachers marched on Tuesday") is part of it and takes its day (:func:`same_clash`). A statement made
"during the talks" takes the day of the talks, whatever its tense. A flashback paragraph ("On Monday,
...") lends its day to no later paragraph (:mod:`eventwire.date_flashbacks`). The cue phrases are
data: the ``narrative`` section of ``data/dates.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from eventwire.date_cues import NarrativeCues, narrative_cues
from eventwire.date_cues import done_during_another_event as done_during_another_event  # re-exported
from eventwire.date_flashbacks import FLASHBACK, past_flashbacks
from eventwire.date_lead import LEAD, in_lead
from eventwire.date_remarks import REMARK, date_remarked_acts
from eventwire.date_sayings import (
    SAYING,
    SCENE,
    next_sentence_saying,
    previous_sentence_saying,
    same_speaker_goes_on,
)
from eventwire.date_sequels import date_from_sequel, sequel_of, sequel_source, told_the_same_day
from eventwire.date_sessions import session_day
from eventwire.date_tense import told_in_simple_past as told_in_simple_past  # re-exported
from eventwire.records import Actor, Event


def _sentence(event: Event) -> str:
    return event.evidence[0].sentence if event.evidence else ""


def _actor_sides(event: Event, cues: NarrativeCues) -> set[tuple[str, str]]:
    """The acting side(s): a country's state apparatus (a ministry, its army and its government are
    one side), or a non-state sector of a country (its opposition, its protesters, its rebels)."""
    return {
        (
            actor.country or actor.id,
            "STATE" if not actor.sector or actor.sector in cues.state_sectors else actor.sector,
        )
        for actor in event.actor
    }


def is_day_anchor(event: Event) -> bool:
    """An event whose own sentence gave it a day and that is told as news, not history; not a present
    perfect ("has paused aid, an official said on Monday"): its day is the one it was made known, and
    the acts told after it in the simple past may be its background."""
    return (
        event.date_from == "sentence"
        and event.date_precision == "day"
        and not event.historical
        and not told_in_present_perfect(event)
    )


# "has paused", "have now halted": a present perfect auxiliary and at most one adverb before the trigger
PERFECT_BEFORE_TRIGGER = r"\b(?:has|have)\s+(?:\w+\s+)?"


def told_in_present_perfect(event: Event) -> bool:
    """The event's first trigger word follows "has"/"have" in its sentence."""
    if not event.evidence or not event.evidence[0].triggers:
        return False
    trigger = re.escape(event.evidence[0].triggers[0])
    return re.search(rf"{PERFECT_BEFORE_TRIGGER}{trigger}\b", event.evidence[0].sentence) is not None


def _take_date(event: Event, source: Event) -> None:
    event.date, event.date_precision, event.date_from = source.date, source.date_precision, "narrative"


def inherit_narrative_dates(
    events: Sequence[Event], narrated: Collection[int], sayings: Sequence[Event] = ()
) -> None:
    """Date the events whose sentence gives no date from the story around them (marked
    ``date_from="narrative"``): an act placed "during the talks" or "during the march" takes the day of
    the last dated event of that kind, and is its side's latest dated act for the acts told after it ("Hours
    before the drills, ships fired water cannon ... The ships later withdrew"); an event told in the simple
    past (``narrated``: the ``id()`` of such events, see
    :func:`told_in_simple_past`) takes the day of the last day-dated event before it when it
    continues that event's story (:func:`story_anchor`). Historical and hypothetical events, and
    "has accused", "denies", "had invited", keep no date: they are not told in the story's time. An act
    told after "the arrest came a week after" is dated against the happening named
    (:mod:`eventwire.date_sequels`), and its side's acts told next go on in that flashback.
    ``sayings`` (see :mod:`eventwire.date_sayings`) are dated statements whose sentence coded no
    dated event: from the sentence after theirs, they anchor their speaker's side."""
    cues = narrative_cues()
    lead = next((saying for saying in sayings if saying.type == LEAD), None)
    date_remarked_acts(events, [saying for saying in sayings if saying.type == REMARK])
    flashbacks = [saying for saying in sayings if saying.type == FLASHBACK]
    sayings = [saying for saying in sayings if saying.type not in {LEAD, REMARK, FLASHBACK}]
    anchors: list[Event] = []
    referenced: dict[str, Event] = {}
    # an act coded without any actor ("crowds gathered on Sunday night") anchors no side: its sentence's
    # statement or scene still does
    dated_sentences = {_sentence_start(event) for event in events if is_day_anchor(event) and event.actor}
    pending = [saying for saying in sayings if _sentence_start(saying) not in dated_sentences]
    # a dated statement whose sentence's dated acts are all of its day tells what was said that day
    # ("'Pakistan reserves the right to respond,' the military said in a statement on Wednesday")
    statements = [
        saying
        for saying in sayings
        if _sentence_start(saying) not in dated_sentences or _tells_its_acts(saying, events)
    ]
    previous: Event | None = None
    pinned: Event | None = None  # the last act dated by a sequel, when no written date came after it
    for event in events:
        before, previous = previous, event
        start = _sentence_start(event)
        while pending and start is not None and (_sentence_start(pending[0]) or 0) < start:
            anchors.append(pending.pop(0))
        if event.date is not None:
            if pinned is not None and told_the_same_day(event):
                _take_date(event, pinned)  # "came a day after the court threw out ... hailed it the same day"
                continue
            pinned = None if event.date_from == "sentence" else pinned
            if is_day_anchor(event):
                add_anchor(anchors, event, cues)
                referenced[event.type] = event
            continue
        if event.historical or event.hypothetical:
            continue
        if lead is not None and in_lead(event, lead) and not in_background_clause(event, cues):
            _take_date(event, lead)  # "Uganda has flown special forces into Juba" (the day told next)
            continue
        sequel = sequel_of(event)
        if sequel is not None:  # "the arrest came a week after police detained X": not the story's day
            source = sequel_source(sequel, referenced, _story_act(anchors, cues))
            if source is not None and date_from_sequel(event, sequel, source):
                # "The sanctions came five days after Trump branded Petro a drug leader. Trump also
                # warned ...": the flashback goes on in the acts its side tells next
                anchors.append(event)
                pinned = event
            continue
        named = _referenced_happening(event, referenced, cues, anchors)
        happening = named or session_day(event, anchors)
        if happening is not None:
            _take_date(event, happening)
            if named is not None and event.date_precision == "day" and not told_in_present_perfect(event):
                anchors.append(event)  # "Hours before the drills, ships fired ... The ships later withdrew"
        elif id(event) in narrated:
            source = next_sentence_saying(event, statements) or previous_sentence_saying(event, sayings)
            if source is None and anchors:
                visible = past_flashbacks(event, anchors, flashbacks, _story_act(anchors, cues))
                source = story_anchor(event, visible, cues)
            if source is None and before is not None and same_clash(event, before, cues):
                source = before
            if source is None and before is not None and same_speaker_goes_on(event, before):
                source = before  # "... welcomed the resolution. He accused the UAE of ..."
            if source is not None:
                _take_date(event, source)


def _tells_its_acts(saying: Event, events: Sequence[Event]) -> bool:
    """A statement (not a scene) whose sentence dates its acts by its own day only."""
    start = _sentence_start(saying)
    dated = [event for event in events if is_day_anchor(event) and _sentence_start(event) == start]
    return saying.type == SAYING and all(event.date == saying.date for event in dated)


def add_anchor(anchors: list[Event], event: Event, cues: NarrativeCues) -> None:
    """Add a day-dated event to the story's anchors, which the story's later acts take their day from.

    A sentence may date two acts: "ministers met on Thursday and signed a pact, two days after
    clashes killed 12". Its main act is the story's; the act it is told against ("after clashes")
    is background, so it goes before the main acts of its sentence, and the story's day after the
    sentence stays the main act's."""
    if not in_background_clause(event, cues):
        anchors.append(event)
        return
    start = _sentence_start(event)
    position = len(anchors)
    while (
        position > 0
        and _sentence_start(anchors[position - 1]) == start
        and not in_background_clause(anchors[position - 1], cues)
    ):
        position -= 1
    anchors.insert(position, event)


def same_clash(event: Event, before: Event, cues: NarrativeCues) -> bool:
    """``event`` is the other side's act on the ground in the clash ``before`` (the event told just
    before it, dated to the day) tells of: police acting on the protesters of the march just told,
    protesters answering the police who charged them. Both are of ``confrontation_types``, one side
    is a state's apparatus and the other is not, and one acted on the other's country."""
    if (
        event.type not in cues.confrontation_types
        or before.type not in cues.confrontation_types
        or before.date is None
        or before.date_precision != "day"
        or before.historical
        or not event.actor
        or _is_state_side(event, cues) == _is_state_side(before, cues)
    ):
        return False
    return bool(
        _countries(event.actor) & _countries(before.recipient)
        or _countries(event.recipient) & _countries(before.actor)
    )


def _is_state_side(event: Event, cues: NarrativeCues) -> bool:
    """Every actor of the event is a state's apparatus (see ``state_sectors``)."""
    return all(sector == "STATE" for _, sector in _actor_sides(event, cues))


def _countries(actors: Sequence[Actor]) -> set[str]:
    return {actor.country for actor in actors if actor.country}


def _story_act(anchors: Sequence[Event], cues: NarrativeCues) -> Event | None:
    """The act the story is about: its first dated act told as a main act, not as background."""
    return next(
        (anchor for anchor in anchors if not is_scene(anchor) and not in_background_clause(anchor, cues)),
        None,
    )


def _sentence_start(event: Event) -> int | None:
    return event.evidence[0].start if event.evidence else None


# Where a clause of a sentence begins, for :func:`in_background_clause`.
CLAUSE_BREAK = re.compile(r"[,;:(]|\s[—–-]+\s|^")


def in_background_clause(event: Event, cues: NarrativeCues) -> bool:
    """The event's trigger follows a subordinating word of its own clause ("two days after clashes",
    "following talks", "ahead of the vote"): the clause tells what the main act came after or before."""
    if cues.subordinators is None or not event.evidence or not event.evidence[0].triggers:
        return False
    sentence = event.evidence[0].sentence
    found = re.search(rf"\b{re.escape(event.evidence[0].triggers[0])}\b", sentence)
    if found is None:
        return False
    before = sentence[: found.start()]
    breaks = [match.end() for match in CLAUSE_BREAK.finditer(before)]
    clause_start = breaks[-1]
    if len(breaks) > 1 and not before[clause_start:].strip() and found.group(0).lower().endswith("ing"):
        # "..., after a jet crashed on Christmas Day, killing 38": a participle clause opened by the
        # trigger goes on with the clause before it
        clause_start = breaks[-2]
    return cues.subordinators.search(sentence[clause_start : found.start()]) is not None


def _referenced_happening(
    event: Event, referenced: dict[str, Event], cues: NarrativeCues, anchors: Sequence[Event] = ()
) -> Event | None:
    """The dated happening the event's sentence places it in ("during the talks"), if any: the last
    dated event of that kind named by the same noun ("hours before the drills": the drills, not a
    patrol told since), else by another noun of its kind ("the exercises"), else the last of its kind."""
    sentence = _sentence(event)
    for kind, pattern in cues.references.items():
        found = pattern.search(sentence) if kind in referenced else None
        if found is not None:
            return _named_happening(found.group(0), kind, anchors, cues) or referenced[kind]
    return None


def _named_happening(phrase: str, kind: str, anchors: Sequence[Event], cues: NarrativeCues) -> Event | None:
    nouns = cues.kind_nouns.get(kind, frozenset())
    said = " ".join(phrase.lower().split())
    noun = max((n for n in nouns if said.endswith(" " + n)), key=len, default=None)
    dated = [anchor for anchor in reversed(anchors) if anchor.type == kind and is_day_anchor(anchor)]
    for wanted in ([noun] if noun else []), nouns:
        for anchor in dated:
            words = {word.lower() for word in anchor.evidence[0].triggers} if anchor.evidence else set()
            if any(set(name.split()) <= words for name in wanted):
                return anchor
    return None


def story_anchor(event: Event, anchors: Sequence[Event], cues: NarrativeCues) -> Event | None:
    """The dated event whose story ``event`` continues: the last one, if a time phrase ties the
    event to it; else the last one of the event's own side."""
    start = _sentence_start(event) or 0
    in_scene = [anchor for anchor in anchors if not is_scene(anchor) or start < anchor.evidence[0].end]
    if in_scene and cues.sequence.search(_sentence(event)):
        return in_scene[-1]
    sides = _actor_sides(event, cues)
    # a scene dates any side's acts of its paragraph, and its own subject's side's acts after it
    own = next(
        (
            anchor
            for anchor in reversed(anchors)
            if (is_scene(anchor) and start < anchor.evidence[0].end) or sides & _actor_sides(anchor, cues)
        ),
        None,
    )
    return own or one_sided_meeting(event, anchors, cues) or gathering_of_story(anchors, cues)


def gathering_of_story(anchors: Sequence[Event], cues: NarrativeCues) -> Event | None:
    """ "The Shanghai Cooperation Organisation admitted Belarus on Thursday at a summit in Astana ...
    Modi skipped the summit ... Jaishankar called on the bloc to ...": when the act the story is about
    is a gathering of many sides (a meeting named by one of ``gathering_nouns``), the acts its
    participants are told to have done in it, by sides with no dated act of their own, are on its day."""
    story = _story_act(anchors, cues)
    if story is None or story.type not in cues.meeting_types or not story.evidence:
        return None
    words = {word.lower() for word in story.evidence[0].triggers}
    return story if words & cues.gathering_nouns else None


def one_sided_meeting(event: Event, anchors: Sequence[Event], cues: NarrativeCues) -> Event | None:
    """ "Carney held talks at the White House on Wednesday ... Trump praised Carney as a tough
    negotiator": a meeting told from one side only was held with another side the sentence leaves
    unnamed; an act of a side with no dated act of its own, aimed at the meeting's side, is that other
    side's part in it, on its day. The last such meeting only; an act aimed at another side ("Mexico
    criticised Washington") is a reaction from outside and keeps no day."""
    meeting = next(
        (
            anchor
            for anchor in reversed(anchors)
            if anchor.type in cues.meeting_types and not is_scene(anchor)
        ),
        None,
    )
    if meeting is None or meeting.recipient or len(_actor_sides(meeting, cues)) != 1:
        return None
    aimed_at = {(actor.country or actor.id) for actor in event.recipient}
    return meeting if aimed_at & {country for country, _ in _actor_sides(meeting, cues)} else None


def is_scene(anchor: Event) -> bool:
    """A dated scene of the story (:mod:`eventwire.date_sayings`): it dates any side's later acts of its
    paragraph, and none after it."""
    return anchor.type == SCENE
