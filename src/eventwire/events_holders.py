"""Releases and demands for them involve whoever holds the released: "Canberra again called for
Yang's release" after "Chinese authorities detained the writer" is a demand on China, not on
Australia, whose citizen Yang is; "she was freed in October" is a release by China. The words and
types are the ``release_demands`` entry of the ``document_context`` section of ``data/events.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from eventwire.event_lexicon import events_config
from eventwire.eventparts import Trigger, lemma
from eventwire.events_args import children_by_prep, coordinated
from eventwire.events_counterpart import party_codes
from eventwire.events_mentions import MentionIndex
from eventwire.records import Actor, Event


@dataclass(frozen=True)
class ReleaseRules:
    demand_types: frozenset[str]
    release_types: frozenset[str]
    release_words: frozenset[str]
    holding_types: frozenset[str]
    holding_verbs: frozenset[str]
    holding_preps: frozenset[str]


@lru_cache(maxsize=1)
def load_release_rules() -> ReleaseRules:
    data = events_config().get("document_context", {}).get("release_demands", {})
    return ReleaseRules(
        demand_types=frozenset(data.get("demand_types", [])),
        release_types=frozenset(data.get("release_types", [])),
        release_words=frozenset(data.get("release_words", [])),
        holding_types=frozenset(data.get("holding_types", [])),
        holding_verbs=frozenset(data.get("holding_verbs", [])),
        holding_preps=frozenset(data.get("holding_preps", [])),
    )


def aim_release_demands(
    coded: Sequence[tuple[Trigger, Event]], index: MentionIndex, rules: ReleaseRules | None = None
) -> None:
    """Give a demand for a release that names no one but the demander's own side (the released are
    its citizens) the holder as recipient: the one the phrase names ("the Americans detained in
    Afghanistan", "held by the Taliban"), else the doer of the document's act of holding (an arrest,
    a detention, a sentence) on the demander's side, the latest before the demand, else the first after."""
    rules = rules or load_release_rules()
    for position, (trigger, event) in enumerate(coded):
        releases = _release_words(trigger, rules)
        if event.type not in rules.demand_types or not releases:
            continue
        own = party_codes(event.actor)
        if not own or not party_codes(event.recipient) <= own:
            continue
        named = [actor for word in releases for actor in _named_holders(word, index, rules) if actor.country]
        if named and not own & party_codes(named):
            event.recipient = named
            continue
        holder = _holder(own, coded[:position], coded[position + 1 :], rules)
        if holder is not None:
            event.recipient = list(holder.actor)


def attribute_passive_releases(
    coded: Sequence[tuple[Trigger, Event]], rules: ReleaseRules | None = None
) -> None:
    """Give a release told in the passive with no one named as releasing ("she was freed in
    October", "the two teachers were released on Tuesday") the holder as actor: the doer of the
    document's act of holding on the released's side, the latest before, else the first after. A
    release said to be by someone ("freed by the junta") keeps its actor."""
    rules = rules or load_release_rules()
    for position, (trigger, event) in enumerate(coded):
        if event.type not in rules.release_types or not _release_words(trigger, rules):
            continue
        released = party_codes(event.recipient)
        if (
            not released
            or not _unattributed_passive(trigger.head)
            or not party_codes(event.actor) <= released
        ):
            continue
        holder = _holder(released, coded[:position], coded[position + 1 :], rules)
        if holder is not None:
            event.actor = list(holder.actor)


def _unattributed_passive(verb: Token) -> bool:
    """A passive verb with no "by" agent: "was freed", not "was freed by the rebels"."""
    children = list(verb.children)
    return any(child.dep_ == "nsubjpass" for child in children) and not any(
        child.dep_ == "agent" for child in children
    )


def _release_words(trigger: Trigger, rules: ReleaseRules) -> list[Token]:
    """The words of the demand (its own and those folded into it) that ask for a release."""
    parts = [trigger, *trigger.absorbed]
    return [token for part in parts for token in part.tokens if lemma(token) in rules.release_words]


def _named_holders(word: Token, index: MentionIndex, rules: ReleaseRules) -> list[Actor]:
    """Who holds the released as the phrase tells it: "the release of Americans detained in
    Afghanistan", "freedom for the crew held by the Houthis", "to free the hostages held in Gaza"."""
    released = [child for child in word.children if child.dep_ in {"poss", "dobj"}]
    released += [obj for _, obj in children_by_prep(word, frozenset({"of", "for"}))]
    holders: list[Actor] = []
    # (the parser often hangs "detained in X" on "release" rather than on the released)
    for person in [word, *(conj for token in released for conj in coordinated(token))]:
        for verb in person.children:
            if verb.dep_ not in {"acl", "relcl"} or lemma(verb) not in rules.holding_verbs:
                continue
            for _, place in children_by_prep(verb, rules.holding_preps):
                holders += index.of_group(place)
    return holders


def _holder(
    own: set[str],
    earlier: Sequence[tuple[Trigger, Event]],
    later: Sequence[tuple[Trigger, Event]],
    rules: ReleaseRules,
) -> Event | None:
    """The act of holding someone of the ``own`` side by another side that a release or a demand for
    one answers: the latest before it, else the first after it."""

    def holds_own(event: Event) -> bool:
        return (
            event.type in rules.holding_types
            and not (event.negated or event.hypothetical)
            and bool(own & party_codes(event.recipient))
            and any(actor.country for actor in event.actor)
            and not own & party_codes(event.actor)
        )

    before = [event for _, event in earlier if holds_own(event)]
    if before:
        return before[-1]
    return next((event for _, event in later if holds_own(event)), None)
