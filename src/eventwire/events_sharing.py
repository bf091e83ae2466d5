"""Parties shared between the events of one document: joint activities whose sentence names too few
parties take those of the previous one, statements coordinated with another take its recipient, a
coordinated clause with a subject of its own answers or repeats the first, and a definite, undated
meeting noun ("after the meeting") is a mention of the earlier meeting, not another one."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.event_lexicon import Lexicon
from eventwire.eventparts import Trigger
from eventwire.events_counterpart import party_codes
from eventwire.records import Event
from eventwire.trigger_folding import conjunct_with_own_subject


def inherit_joint_participants(coded: Sequence[tuple[Trigger, Event]]) -> None:
    """A joint activity whose sentence names fewer than two parties ("one phase will be joint
    drills") is between the parties of the document's previous joint activity."""
    previous: Event | None = None
    for trigger, event in coded:
        if not trigger.rule.participants_sector:
            continue
        if len(event.actor) >= 2:
            previous = event
        elif previous is not None and {a.id for a in event.actor} <= {a.id for a in previous.actor}:
            event.actor = list(previous.actor)


# Statements coordinated with another ("called on both countries to show restraint and offered his
# good offices") are addressed to the same party when they name none of their own.
ADDRESSED_TYPES = frozenset({"AGREE", "REQUEST", "ACCUSE", "THREATEN", "SUPPORT", "REJECT"})


def share_coordinated_recipients(coded: Sequence[tuple[Trigger, Event]]) -> None:
    """A statement with no recipient, coordinated with another statement of the same actor in the
    same sentence, takes that statement's recipient."""
    for trigger, event in coded:
        if event.recipient or event.type not in ADDRESSED_TYPES or trigger.head.dep_ != "conj":
            continue
        partner = next(
            (
                other
                for other_trigger, other in coded
                if other_trigger.head in trigger.head.ancestors
                and other.type in ADDRESSED_TYPES
                and other.recipient
                and {a.id for a in other.actor} == {a.id for a in event.actor}
            ),
            None,
        )
        if partner is not None:
            event.recipient = list(partner.recipient)


def share_parallel_recipients(coded: Sequence[tuple[Trigger, Event]]) -> None:
    """A coordinated clause with a subject of its own and no recipient ("Bolivia severed ties with
    Israel, and Belize suspended relations"; "Erdogan invited Sisi ..., and the Egyptian leader
    accepted"): an act of the same type is aimed at the first clause's recipient; an act by that
    recipient answers the first clause's actor."""
    for trigger, event in coded:
        if not conjunct_with_own_subject(trigger) or not event.actor:
            continue
        own = party_codes(event.actor)
        if event.recipient and party_codes(event.recipient) != own:
            continue
        first = next(
            (other for other_trigger, other in coded if other_trigger.head.i == trigger.head.head.i),
            None,
        )
        if first is None or not first.actor or not first.recipient:
            continue
        if own and own == party_codes(first.recipient):
            event.recipient = list(first.actor)  # the addressee answers
        elif first.type == event.type and not own & party_codes(first.recipient):
            event.recipient = list(first.recipient)


def repeated_meeting(
    trigger: Trigger, event: Event, meetings: Sequence[Event], lexicon: Lexicon
) -> Event | None:
    """The earlier meeting a definite, undated meeting noun refers to ("said after the meeting"), if
    its participants are among that meeting's."""
    head = trigger.head
    if event.type != "CONSULT" or head.pos_ != "NOUN" or event.date or not meetings:
        return None
    if not any(
        child.dep_ == "det" and child.lower_ in lexicon.meeting_determiners for child in head.children
    ):
        return None
    earlier = meetings[-1]
    parties = {actor.id for actor in earlier.actor + earlier.recipient}
    return earlier if {actor.id for actor in event.actor + event.recipient} <= parties else None


def merge_repeated_meetings(coded: Sequence[tuple[Trigger, Event]], lexicon: Lexicon) -> list[Event]:
    kept: list[Event] = []
    meetings: list[Event] = []
    for trigger, event in coded:
        earlier = repeated_meeting(trigger, event, meetings, lexicon)
        if earlier is not None:
            earlier.evidence.extend(event.evidence)
            earlier.location = earlier.location or event.location
            continue
        kept.append(event)
        if event.type == "CONSULT" and not (event.negated or event.future or event.hypothetical):
            meetings.append(event)
    return kept
