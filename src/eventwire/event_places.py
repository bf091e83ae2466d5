"""Places as recipients: where an act falls when no actor is named ("imposed a curfew in Cizre",
"shelled Juba", "seized from X"), whom a visit is to ("visited Beirut"), and places with a country
as stand-in actors (a capital for its government, any other place for those who live there)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from eventwire.actor_builder import sector_actor
from eventwire.actor_kinds import place_actor
from eventwire.countries import lookup
from eventwire.event_lexicon import Lexicon
from eventwire.eventparts import Trigger, lemma
from eventwire.events_args import (
    INSTRUMENT_OWNER_PREPS,
    OWNER_PREPS,
    Dyad,
    children_by_prep,
    object_tokens,
    talks_about_object,
)
from eventwire.events_mentions import MentionIndex
from eventwire.records import ActorMention, Place


def role_preposition_recipient(
    trigger: Trigger, verb: Token, dyad: Dyad, index: MentionIndex, lexicon: Lexicon, places: MentionIndex
) -> None:
    """Types whose recipient can be a place or a source ("curfew in X", "seized from X", "shelled X"):
    events.yaml. A named place stands for those who live there when no actor is named."""
    if dyad.recipient:
        return
    preps = {prep for prep, types in lexicon.recipient_preps.items() if trigger.type in types}
    holders = [verb, trigger.head] if trigger.head is not verb else [verb]
    own = {token.i for token in trigger.tokens} if trigger.type in lexicon.instrument_object_types else set()
    objects = [
        child
        for child in ([] if talks_about_object(trigger.type, verb) else object_tokens(verb))
        if child.dep_ in {"dobj", "pobj"}
        and lemma(child) not in lexicon.document_nouns
        and child.i not in own
        and not is_instrument(trigger, child, lexicon)
    ]
    # "struck energy facilities across Ukraine": where the object is, the act falls.
    holders += objects
    arguments = [obj for holder in holders for _, obj in children_by_prep(holder, preps)]
    arguments += objects + _where_antecedent(verb)
    sources = [index, places] if trigger.type in lexicon.place_recipient_types else [index]
    via = INSTRUMENT_OWNER_PREPS if trigger.type in lexicon.instrument_object_types else OWNER_PREPS
    for source in sources:
        for obj in arguments:
            if dyad.take_recipient(source.of_group(obj, via)):
                return


def _where_antecedent(verb: Token) -> list[Token]:
    """The place a "where" clause hangs on: "Yeonpyeong, where an artillery barrage killed four
    people" tells an act done at Yeonpyeong."""
    if verb.dep_ == "relcl" and any(child.lower_ == "where" for child in verb.children):
        return [verb.head]
    return []


def visited_place(trigger: Trigger, verb: Token, dyad: Dyad, places: MentionIndex) -> None:
    """A visit's host is the country of the place visited: "visited Beirut", "travelled to Moscow",
    "on a visit to Beijing" (the noun's own "to")."""
    targets = [child for child in verb.children if child.dep_ == "dobj"]
    targets += [obj for _, obj in children_by_prep(verb, {"to", "in"})]
    if trigger.head.pos_ == "NOUN" and trigger.head is not verb:
        targets += [obj for _, obj in children_by_prep(trigger.head, {"to"})]
    for target in targets:
        if dyad.take_recipient(places.of_group(target)):
            return


def is_instrument(trigger: Trigger, obj: Token, lexicon: Lexicon) -> bool:
    """What a mobilisation or aid moves, named in its rule ("sent troops"), or what a withdrawal takes
    back of the actor's own ("pulled its troops out of X"): never its recipient."""
    if trigger.type in lexicon.own_object_types and any(
        child.dep_ == "poss" and child.pos_ == "PRON" for child in obj.children
    ):
        return True
    return trigger.type in lexicon.instrument_object_types and lemma(obj) in trigger.rule.objects


def place_actors(places: Sequence[Place]) -> MentionIndex:
    """Places with a country as stand-in actors: a capital stands for its government ("sanctions on
    Minsk"), any other place for those who live there ("shelled Juba": of Sudan)."""
    actors, mentions = [], []
    for place in places:
        if not place.country:
            continue
        entry = lookup(place.text)
        if entry is not None and entry.kind == "capital":
            actor = sector_actor(entry.code, "GOV")
        else:
            actor = place_actor(place)
        actors.append(actor)
        mentions.append(ActorMention(actor.id, place.start, place.end, place.text, how="place"))
    return MentionIndex(actors, mentions)
