"""Tit for tat: "Cairo expelled Turkey's ambassador, and Ankara responded in kind".

A reply "in kind" repeats, the other way round, the act it answers: it is coded with the type and mode
of the latest earlier event aimed at the replying side, from that side to the one that acted. The
verbs and the phrase are data (``in_kind`` in ``data/events.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Span, Token

from eventwire.event_lexicon import TriggerRule, events_config
from eventwire.eventparts import Trigger
from eventwire.events_args import subject_of
from eventwire.events_counterpart import party_codes
from eventwire.events_mentions import MentionIndex
from eventwire.records import Actor, Event
from eventwire.tokens import lemma

# Conflict a reply in kind, announced, threatens to repeat: PLOVER's verbal and material conflict
# except REQUEST (a demand answered in kind is a counter-demand, not a threat).
CONFLICT_TYPES = frozenset(
    {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)
# Deeds, answered in kind before the words told with them: PLOVER's material cooperation and
# conflict except PROTEST (a crowd's act, not one side's measure).
MATERIAL_TYPES = frozenset({"COOPERATE", "AID", "RETREAT", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


@lru_cache(maxsize=1)
def in_kind_words() -> tuple[frozenset[str], tuple[str, str]]:
    data = events_config().get("in_kind", {})
    preposition, noun = data.get("phrase", ["in", "kind"])
    return frozenset(data.get("verbs", [])), (preposition, noun)


def in_kind_triggers(
    sent: Span, earlier: Sequence[tuple[Trigger, Event]], index: MentionIndex
) -> list[tuple[Trigger, list[Actor]]]:
    """Triggers for the replies in kind of a sentence, each with the actors it answers."""
    verbs, phrase = in_kind_words()
    if phrase[1] not in sent.text.lower():
        return []  # no "kind" in the sentence: most sentences, not worth a walk over their tokens
    found = []
    for verb in sent:
        if lemma(verb) not in verbs or verb.pos_ != "VERB":
            continue
        marker = _phrase_under(verb, phrase)
        subject, _ = subject_of(verb)
        replying = index.of_group(subject) if subject is not None else []
        answered = _answered(earlier, replying) if marker and replying else None
        if answered is None:
            continue
        rule = TriggerRule(id="in-kind." + answered.type.lower(), type=answered.type, mode=answered.mode)
        found.append(
            (Trigger(rule, [verb, *marker], verb, answered.type, answered.mode), list(answered.actor))
        )
    return found


def answer_in_kind(event: Event) -> Event | None:
    """A reply in kind announced rather than made ("Minsk would answer in kind") threatens the act it
    would repeat, when that act is one of conflict; an announced cooperative reply is left uncoded."""
    if not (event.future or event.hypothetical):
        return event
    if event.type not in CONFLICT_TYPES:
        return None
    event.type, event.mode, event.future, event.hypothetical = "THREATEN", None, False, False
    return event


def _phrase_under(verb: Token, phrase: tuple[str, str]) -> list[Token]:
    doc = verb.doc
    for prep in verb.children:
        # the words themselves, next to each other: the small parser hangs "kind" anywhere
        if prep.lower_ == phrase[0] and prep.i + 1 < len(doc) and doc[prep.i + 1].lower_ == phrase[1]:
            return [prep, doc[prep.i + 1]]
    return []


def _answered(earlier: Sequence[tuple[Trigger, Event]], replying: list[Actor]) -> Event | None:
    """The latest earlier act aimed at the replying side by another; of the acts of that sentence, a
    deed before words ("expelled the ambassador, accusing Khartoum of ...": the expulsion is what is
    answered in kind)."""
    sides = party_codes(replying)
    aimed_at_them = [
        event
        for _, event in earlier
        if event.actor
        and not event.negated
        and sides & party_codes(event.recipient)
        and not sides & party_codes(event.actor)
    ]
    if not aimed_at_them:
        return None
    sentence = aimed_at_them[-1].evidence[0].start
    told_together = [event for event in aimed_at_them if event.evidence[0].start == sentence]
    deeds = [event for event in told_together if event.type in MATERIAL_TYPES]
    return (deeds or told_together)[-1]
