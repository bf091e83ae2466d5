"""One happening, one event: fold repeated codings of the same event within a document.

Wire copy reports its main event in the lead and refers to it again further down ("Russian forces
launched an offensive on Monday ..."; later "the offensive killed ten"). The codebook counts events
identical in type, actor, recipient and date as one. Two events of a document are folded into the
first when they have the same type, the same parties (by country, or by actor where no country is known)
and the same flags when

* both have the same date,
* one of them is a definite nominal reference ("the offensive", "its exercises", "this charge")
  with no date of its own (or the other's date) that does not mark itself as another happening: a perfect
  ("has accused", a record of past or ongoing acts) or a word such as "another", "again",
  "repeatedly" (``repeat_folding`` in events.yaml), or
* the later one is an undated act (not a statement) told again ("police fired tear gas at protesters
  on Saturday ... officers charged the crowd and beat several people"), its wording not marking
  another happening.

An undated act told again with one side left unsaid ("Rebels stormed the barracks on Sunday ... at least
21 people were killed") is the earlier act of its type whose parties include those it names: a
passive or a bare noun drops the doer, an intransitive drops the target, and neither makes it another
happening.
A dated event with one side unsaid joins the event of its type, flags and day whose parties include
the side it names ("Denmark called on the US on Monday ... On Monday Denmark also asked for calm").

A meeting is one happening between its participants: for the types of ``symmetric_types`` (CONSULT)
the parties are compared as one set, whoever is said to host, visit or hold talks with whom. A definite
reference whose day is borrowed from the story around it (no time expression of its own) and that
joins no earlier event ("a spokesman said the drills were routine", "the meeting risked legitimising
...") is talk about a happening, not a report of one: it is dropped.

A second statement with no date ("X accused Y ..." twice) is left alone: it may be a statement of
its own. The folded event keeps both evidence spans, so the reader still sees every sentence.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from eventwire.event_lexicon import events_config
from eventwire.event_requirements import names_party
from eventwire.eventflags import clause_chain
from eventwire.eventparts import Trigger, lemma
from eventwire.events_report import load_reporting_rules
from eventwire.records import Actor, Event
from eventwire.tokens import TIME_ENTITIES


def refers_back(trigger: Trigger, cues: dict[str, Any]) -> bool:
    """Whether a trigger is a definite nominal reference to a happening reported before it."""
    head = trigger.head
    definite = set(cues.get("definite_determiners", []))
    if head.pos_ != "NOUN" or not any(
        child.dep_ in {"det", "poss"} and child.lower_ in definite for child in head.children
    ):
        return False
    return not marks_another_happening(trigger, cues)


def marks_another_happening(trigger: Trigger, cues: dict[str, Any]) -> bool:
    """Whether a trigger's wording says it is not a repeat of an earlier mention of its event."""
    chain = clause_chain(trigger.head)
    if any(_is_perfect(token) for token in chain):
        return True
    words = set(cues.get("distinct_modifiers", []))
    tokens = [*trigger.tokens, *(token for content in trigger.absorbed for token in content.tokens), *chain]
    return any(lemma(child) in words or child.lower_ in words for token in tokens for child in token.children)


def names_no_party(trigger: Trigger) -> bool:
    """A reference that says nothing of who did it or when ("the protest", "the drill"; not "China's
    drill", "its offensive", "the Russian drill", "the drill by Chinese warships", "the drill on
    Saturday"): whatever parties and day the clause around it suggests, it is the happening it refers to."""
    head = trigger.head
    if names_party(head) or any(child.dep_ in {"poss", "npadvmod"} for child in head.children):
        return False
    return not any(
        child.dep_ in {"prep", "agent"}
        and any(names_party(obj) or obj.ent_type_ in TIME_ENTITIES for obj in child.children)
        for child in head.children
    )


@lru_cache(maxsize=1)
def verbal_types() -> frozenset[str]:
    """PLOVER's verbal types (quad "verbal cooperation" or "verbal conflict" in events.yaml)."""
    types = events_config()["types"]
    return frozenset(name for name, entry in types.items() if str(entry.get("quad", "")).startswith("verbal"))


def _is_perfect(token: Token) -> bool:
    """A present perfect ("has accused", "have met"): a record of past or ongoing acts. A past perfect
    ("said he had asked") is a past told from a later past, the same happening as a simple past."""
    return token.tag_ == "VBN" and any(
        child.dep_ == "aux" and lemma(child) == "have" and child.tag_ in {"VBZ", "VBP"}
        for child in token.children
    )


def _party_key(actors: Sequence[Actor]) -> frozenset[str]:
    """Parties as the codebook compares them: by country (IGOs by name), else by actor."""
    return frozenset((actor.igo or actor.country or actor.id) for actor in actors)


@lru_cache(maxsize=1)
def symmetric_types() -> frozenset[str]:
    """Types whose sides are interchangeable (``repeat_folding.symmetric_types``): a meeting is one
    happening between its participants, whoever is said to host, visit or hold talks with whom."""
    return frozenset(events_config().get("repeat_folding", {}).get("symmetric_types", []))


def _fold_key(event: Event) -> tuple:
    if event.type in symmetric_types():
        sides = (_party_key([*event.actor, *event.recipient]), frozenset())
    else:
        sides = (_party_key(event.actor), _party_key(event.recipient))
    return (
        event.type,
        *sides,
        event.negated,
        event.future,
        event.hypothetical,
    )


def _is_repeat(
    first: Event, second: Event, references: Collection[int], distinct: Collection[int] = ()
) -> bool:
    """Two events of one key are one happening: the same date, both undated in one sentence, one of
    them a definite reference to the other with no date of its own, or the later one an undated act
    (not a statement) told again ("fired stun grenades at protesters on Saturday ... officers beat
    several people") that does not mark itself as another."""
    if first.date is not None and first.date == second.date:
        return True
    if first.date is None and second.date is None and first.evidence[0].start == second.evidence[0].start:
        return True  # "agreed to continue talks and agreed to meet again": one sentence, one happening
    if second.date is None and second.type not in verbal_types() and id(second) not in distinct:
        return True
    return any(
        id(reference) in references and reference.date in {None, other.date}
        for reference, other in ((second, first), (first, second))
    )


def _absorb(kept: Event, repeat: Event) -> None:
    kept.evidence.extend(repeat.evidence)
    if kept.date is None and repeat.date is not None:
        kept.date, kept.date_precision, kept.date_from, kept.historical = (
            repeat.date,
            repeat.date_precision,
            repeat.date_from,
            repeat.historical,
        )
    kept.location = kept.location or repeat.location
    kept.mode = kept.mode or repeat.mode
    kept.context = list(dict.fromkeys([*kept.context, *repeat.context]))
    kept.confidence = max(kept.confidence, repeat.confidence)


def fold_repeated_events(
    events: Sequence[Event],
    references: Collection[int] = (),
    bare_references: Collection[int] = (),
    distinct: Collection[int] = (),
) -> list[Event]:
    """The document's events with repeats folded into their first mention (text order kept).

    ``references`` holds the ``id()`` of events coded from a definite nominal reference
    (:func:`refers_back`); ``bare_references`` those of them that name no party or day of their own
    (:func:`names_no_party`: "declined to comment on the protest"): such a one is the latest earlier
    event of its type and flags, whatever parties its clause suggested. Events with no party at all
    are never folded otherwise: nothing says two of them are one happening. ``distinct`` holds those
    whose wording marks another happening (:func:`marks_another_happening`).
    """
    kept: list[Event] = []
    by_key: dict[tuple, list[Event]] = {}
    for event in events:
        referred = _referred_event(event, kept, bare_references)
        if referred is not None:
            _absorb(referred, event)
            continue
        if not (event.actor or event.recipient):
            kept.append(event)
            continue
        same = by_key.setdefault(_fold_key(event), [])
        earlier = next((e for e in same if _is_repeat(e, event, references, distinct)), None)
        if earlier is None and id(event) not in distinct:
            earlier = _told_with_a_side_unsaid(event, kept)
        if earlier is None and id(event) in references and event.date_from == "narrative":
            continue  # talk about a happening the story does not report: "said the drills were routine"
        if earlier is None:
            same.append(event)
            kept.append(event)
        else:
            _absorb(earlier, event)
    return _fold_same_day_partials(kept, distinct)


def _fold_same_day_partials(events: list[Event], distinct: Collection[int]) -> list[Event]:
    """A dated event with one side unsaid joins an event of its type, flags and day, before or after
    it, whose parties include the side it names ("Denmark asked ..." and "Denmark called on the US
    ..." the same day). Violence by no one named is left as it is (the reporting rules'
    ``actorless_types``): joining it to another act of the day would name a doer the story never gives."""
    folded: set[int] = set()
    unknown_doer_types = load_reporting_rules().actorless_types or frozenset()
    for event in events:
        actor, recipient = _countries(event.actor), _countries(event.recipient)
        if event.date is None or id(event) in distinct or bool(actor) == bool(recipient):
            continue
        if not event.actor and event.type in unknown_doer_types:
            continue
        flags = (event.type, event.date, event.negated, event.future, event.hypothetical)
        fuller = next(
            (
                other
                for other in events
                if other is not event
                and id(other) not in folded
                and (other.type, other.date, other.negated, other.future, other.hypothetical) == flags
                and _countries(other.actor)
                and _countries(other.recipient)
                and actor <= _countries(other.actor)
                and recipient <= _countries(other.recipient)
            ),
            None,
        )
        if fuller is not None:
            _absorb(fuller, event)
            folded.add(id(event))
    return [event for event in events if id(event) not in folded]


def _told_with_a_side_unsaid(event: Event, kept: Sequence[Event]) -> Event | None:
    """The latest earlier act an undated act with one side unsaid (no country or body named on it)
    retells: same type and flags, the side it names among that act's ("gunmen stormed the barracks on
    Sunday ... soldiers were killed")."""
    actor, recipient = _countries(event.actor), _countries(event.recipient)
    if event.date is not None or event.type in verbal_types() or bool(actor) == bool(recipient):
        return None
    flags = (event.negated, event.future, event.hypothetical)
    for earlier in reversed(kept):
        if earlier.type != event.type or (earlier.negated, earlier.future, earlier.hypothetical) != flags:
            continue
        actors, recipients = _countries(earlier.actor), _countries(earlier.recipient)
        if actors and recipients and actor <= actors and recipient <= recipients:
            return earlier
    return None


def _countries(actors: Sequence[Actor]) -> frozenset[str]:
    """The countries and bodies a side names (people and groups of no known country left out)."""
    return frozenset(code for actor in actors if (code := actor.igo or actor.country))


def _referred_event(event: Event, kept: Sequence[Event], bare_references: Collection[int]) -> Event | None:
    """The latest earlier event a bare definite reference refers to (same type and flags). One whose
    clause makes that event's target the doer ("Washington's tariffs ... Ontario had imposed the
    surcharge") is the other side's answer, tit for tat, not the same act."""
    if id(event) not in bare_references:
        return None
    flags = (event.negated, event.future, event.hypothetical)
    return next(
        (
            e
            for e in reversed(kept)
            if e.type == event.type
            and (e.negated, e.future, e.hypothetical) == flags
            and not _answers(event, e)
        ),
        None,
    )


def _answers(event: Event, earlier: Event) -> bool:
    """The event's sides are the earlier act's, reversed: its doer was the target and took no part in
    the doing, and it is aimed at the earlier doer. An act in return, tit for tat."""
    doers, targets = _countries(event.actor), _countries(event.recipient)
    return (
        bool(doers & _countries(earlier.recipient))
        and bool(targets & _countries(earlier.actor))
        and not doers & _countries(earlier.actor)
    )
