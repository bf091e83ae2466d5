"""Acts at home: the recipient of a domestic event whose target is unnamed people or a domestic
measure ("police detained 20 people", "withdrew the finance bill"), and forces sent to places of their
own country ("rushed troops to Manipur": a show of force at home, not military aid). The rules are
events.yaml ``document_context`` (read by :func:`eventwire.events_context.load_context_rules`)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from eventwire.actor_builder import sector_actor
from eventwire.eventparts import Trigger, lemma
from eventwire.events_args import children_by_prep
from eventwire.events_context import ContextRules, load_context_rules
from eventwire.events_mentions import MentionIndex
from eventwire.records import Actor
from eventwire.tokens import TIME_ENTITIES

# Sides that are no state: an international body or an NGO has no people of its own to act on.
NON_STATE = frozenset({"IGO", "NGO"})


def _targets(trigger: Trigger, rules: ContextRules) -> list[Token]:
    """The words naming whom a trigger's act falls on: its verb's object (or passive subject), the
    objects of "at"/"on"/"against", or a noun trigger's own head ("the arrest of protesters")."""
    verb = trigger.head
    # What the rule needs as object is the instrument, not the target ("fired tear gas at students").
    found = [
        c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and lemma(c) not in trigger.rule.objects
    ]
    for child in verb.children:
        if child.dep_ == "prep" and lemma(child) in {"at", "on", "against", "of"}:
            # ("on Wednesday" is a time, not a target)
            found += [
                obj for obj in child.children if obj.dep_ == "pobj" and obj.ent_type_ not in TIME_ENTITIES
            ]
    return [_counted(target, rules) for target in found]


def _counted(noun: Token, rules: ContextRules) -> Token:
    """The people a number noun counts ("thousands of supporters" -> supporters)."""
    if noun.like_num or lemma(noun) in rules.quantity_nouns:
        counted = [g for c in noun.children if lemma(c) == "of" for g in c.children if g.dep_ == "pobj"]
        return counted[0] if counted else noun
    return noun


def domestic_recipient(
    trigger: Trigger,
    actors: list[Actor],
    recipients: list[Actor],
    rules: ContextRules | None = None,
    places: MentionIndex | None = None,
) -> list[Actor]:
    """Recipients of a domestic event whose target is unnamed people or a domestic measure: police
    detaining "20 people" in Georgia act on Georgians; a president withdrawing "the finance bill" gives
    way to his own country; a minister resigning, or a government cutting the internet, with no one
    named, acts on its own (``domestic_by_default``); protesters of one country protest against its
    government unless they name someone else (codebook PROTEST; the PLOVER gold standard codes such
    events X -> X)."""
    rules = rules or load_context_rules()
    countries = _state_countries(actors)
    if recipients or len(countries) != 1:
        return recipients
    if (
        places is not None
        and trigger.type in rules.home_destination_types
        and _sent_home(trigger, countries, places, rules)
    ):
        return [sector_actor(next(iter(countries)), "CVL")]
    own_act = rules.domestic_by_default.get(trigger.mode or "") or rules.domestic_by_default.get(
        lemma(trigger.head)
    )
    if own_act is None and all(
        trigger.type in rules.domestic_sectors.get(a.sector or "", ()) for a in actors
    ):
        own_act = rules.domestic_recipient.get(trigger.type)
    if own_act is not None:
        return [sector_actor(countries.pop(), own_act)]
    sector = rules.domestic_recipient.get(trigger.type)
    if sector is None:
        return recipients
    if trigger.type != "PROTEST":
        targets = _targets(trigger, rules) or [
            child
            for child in trigger.head.children
            if child.dep_ == "dobj" and lemma(child) in rules.domestic_measures
        ]  # "withdrew the finance bill": the rule's own object is the measure
        domestic = rules.people_nouns | rules.domestic_measures
        if not targets or not all(lemma(t) in domestic for t in targets):
            return recipients
    return [sector_actor(countries.pop(), sector)]


def _state_countries(actors: Sequence[Actor]) -> set[str]:
    """The states the actors belong to (an IGO or NGO is none)."""
    return {actor.country for actor in actors if actor.country and actor.country not in NON_STATE}


def recode_sent_home(
    trigger: Trigger, actors: list[Actor], places: MentionIndex, rules: ContextRules | None = None
) -> None:
    """Forces "deployed to Maiduguri" by Nigeria help no other state: a show of force at home, not
    the military aid that forces sent abroad are (``home_destinations.recode``)."""
    rules = rules or load_context_rules()
    recode = (
        rules.home_destination_recodes.get(trigger.rule.id) if trigger.type == trigger.rule.type else None
    )
    countries = _state_countries(actors)
    if recode is None or len(countries) != 1 or not _sent_home(trigger, countries, places, rules):
        return
    trigger.recoded = f"{trigger.type}+home->{recode[0]}"
    trigger.type, trigger.mode = recode


def _sent_home(trigger: Trigger, countries: set[str], places: MentionIndex, rules: ContextRules) -> bool:
    """Forces sent to, or rolling into, places of their own country ("rushed troops to Manipur",
    "tanks rolled into Homs", "the deployment of Guard troops in Los Angeles"): a show of force at
    home, aimed at its own people (``home_destinations``), not at the story's foreign counterpart."""
    holders = {trigger.head, trigger.head.head if trigger.head.dep_ == "dobj" else trigger.head}
    targets = [
        obj for holder in holders for _, obj in children_by_prep(holder, set(rules.home_destination_preps))
    ]
    found = {actor.country for target in targets for actor in places.of_group(target)}
    return bool(found) and found <= countries
