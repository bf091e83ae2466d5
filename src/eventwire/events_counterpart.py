"""The document's main counterpart as the recipient of an event whose recipient is implicit.

Wire stories are mostly about two sides: "Japan delivered relief supplies on Wednesday" in a story
about a typhoon in the Philippines is aid *to the Philippines*, though the sentence does not say so.
For the types listed under ``implicit_recipient`` in ``data/events.yaml`` (those whose codebook entry
requires a recipient, and directed verbal conflict), an event with an actor but no recipient gets
the recipient of the latest earlier event of its family that went to another side ("South Korea also
pledged $2 million" after aid to the Philippines), else the country mentioned most often in the document
apart from the actor's own, at lower confidence; in a story about one country (any other named far less
often), the actor's own country. In such a story, an act done by no one named to someone of its country
is its state's (``home_actor_types``). What a country's opposition or insurgents do is aimed at their own
state rather than at the other country named most (``challenger_sectors``). Relief given at a town of
the giver's own country goes to its own state (``home_ground_types``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from eventwire.actor_kinds import place_actor, state_actor
from eventwire.event_lexicon import events_config
from eventwire.event_requirements import REPORTED
from eventwire.eventparts import Trigger
from eventwire.events_mentions import MentionIndex
from eventwire.records import Actor, Event, Place
from eventwire.tokens import TIME_ENTITIES, lemma


@dataclass(frozen=True, slots=True)
class CounterpartRules:
    types: frozenset[str]
    among_actors: frozenset[str]
    min_mentions: int
    confidence_factor: float
    families: tuple[frozenset[str], ...] = ()
    demands: frozenset[str] = frozenset()
    partyless_at_place: frozenset[str] = frozenset()
    domestic_ratio: float = 0.0
    domestic_min_mentions: int = 3
    home_actor_types: frozenset[str] = frozenset()
    unaimed_modes: frozenset[str] = frozenset()
    challenger_sectors: frozenset[str] = frozenset()
    challenger_free_types: frozenset[str] = frozenset()
    place_authority_types: frozenset[str] = frozenset()
    meeting_types: frozenset[str] = frozenset()
    signing_lemmas: frozenset[str] = frozenset()
    home_ground_types: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_counterpart_rules() -> CounterpartRules:
    data = events_config().get("implicit_recipient", {})
    return CounterpartRules(
        types=frozenset(data.get("types", [])),
        among_actors=frozenset(data.get("among_actors", [])),
        demands=frozenset(data.get("demands", [])),
        partyless_at_place=frozenset(data.get("partyless_at_place", [])),
        domestic_ratio=float(data.get("domestic_ratio", 0.0)),
        domestic_min_mentions=int(data.get("domestic_min_mentions", 3)),
        home_actor_types=frozenset(data.get("home_actor_types", [])),
        unaimed_modes=frozenset(data.get("unaimed_modes", [])),
        challenger_sectors=frozenset(data.get("challenger_sectors", [])),
        challenger_free_types=frozenset(data.get("challenger_free_types", [])),
        place_authority_types=frozenset(data.get("place_authority_types", [])),
        meeting_types=frozenset(data.get("meeting_types", [])),
        signing_lemmas=frozenset(data.get("signing_lemmas", [])),
        home_ground_types=frozenset(data.get("home_ground_types", [])),
        min_mentions=int(data.get("min_mentions", 2)),
        confidence_factor=float(data.get("confidence_factor", 0.8)),
        families=tuple(frozenset(group) for group in data.get("families", [])),
    )


def party_code(actor: Actor) -> str | None:
    return actor.country or ("IGO" if actor.igo else None)


def party_codes(actors: Iterable[Actor]) -> set[str]:
    """The sides a list of actors stands for: their countries, IGO for international bodies."""
    return {code for actor in actors if (code := party_code(actor))}


def counterparts(index: MentionIndex, min_mentions: int) -> tuple[list[Actor], Counter[str]]:
    """One actor per country (its first mention), most-mentioned country first, then text order;
    and how often each country is mentioned."""
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, Actor]] = {}
    for mention in sorted(index.mentions, key=lambda m: m.start):
        actor = index.by_id[mention.actor_id]
        code = party_code(actor)
        if code is None:
            continue
        counts[code] += 1
        first.setdefault(code, (mention.start, actor))
    ranked = sorted(counts, key=lambda code: (-counts[code], first[code][0]))
    return [first[code][1] for code in ranked if counts[code] >= min_mentions], counts


def fill_implicit_recipients(
    events: Sequence[Event],
    index: MentionIndex,
    rules: CounterpartRules | None = None,
    unaddressed: frozenset[int] = frozenset(),
    scene: str | None = None,
) -> None:
    """Give events of the listed types that have an actor but no recipient the main counterpart;
    demands only when they name no addressee of their own (``unaddressed``: ``id()`` of such events).
    ``scene`` is the country where the story's places lie (:func:`scene_country`)."""
    rules = rules or load_counterpart_rules()
    candidates, counts = counterparts(index, rules.min_mentions)
    guessed: set[int] = set()  # id() of events whose recipient was filled here: no precedent for others
    for position, event in enumerate(events):
        if not event.actor and not event.recipient:
            _victims_of_the_place(event, rules)
        if not event.actor and event.recipient:
            _authorities_of_the_place(event, scene, rules)
        if not event.actor and event.recipient:
            _home_authorities(event, counts, rules)
        if event.type not in rules.types or event.recipient or not event.actor:
            continue
        if event.mode in rules.unaimed_modes:
            continue
        if event.type in rules.demands and id(event) not in unaddressed:
            continue
        own = {party_code(actor) for actor in event.actor}
        if event.type in rules.among_actors and len(own - {None}) >= 2:
            continue  # "X and Y began joint drills": the cooperation is between them
        if event.type in rules.among_actors and _told_as_signing(event, rules):
            continue  # "the minister signed a protocol": signed with someone (complete_meetings)
        if _on_home_ground(event, own, rules):
            continue
        told = [before for before in events[:position] if id(before) not in guessed]
        other = _precedent(told, event, own, rules) or _main_counterpart(candidates, counts, own, rules)
        if other is not None and not party_codes(other) & own:
            other = _challenged_state(event, own, rules) or other
        if other is not None:
            event.recipient = other
            event.confidence = round(event.confidence * rules.confidence_factor, 3)
            guessed.add(id(event))


def complete_meetings(
    events: Sequence[Event],
    index: MentionIndex,
    coded: Sequence[tuple[Trigger, Event]] = (),
    rules: CounterpartRules | None = None,
) -> None:
    """Give each meeting, and each signing (a SUPPORT of ``coded`` told by a verb of
    ``signing_lemmas``), of one side only its other side (:func:`_complete_meeting`): an agreement is
    signed by two sides at least."""
    rules = rules or load_counterpart_rules()
    signings = {
        id(event)
        for trigger, event in coded
        if event.type == "SUPPORT" and lemma(trigger.head) in rules.signing_lemmas
    }
    candidates, counts = counterparts(index, rules.min_mentions)
    for position, event in enumerate(events):
        joint = event.type in rules.meeting_types or id(event) in signings
        if joint and not event.recipient:
            _complete_meeting(event, events[:position], candidates, counts, rules)


def _complete_meeting(
    event: Event,
    earlier: Sequence[Event],
    candidates: Sequence[Actor],
    counts: Counter[str],
    rules: CounterpartRules,
) -> None:
    """A meeting of one side only ("talks in Beijing on Tuesday", "met his counterpart"): it was held
    with the others of the latest earlier meeting of that side, else with the story's main
    counterpart (a meeting has two sides at least; the codebook puts all of them in ``actor``)."""
    own = party_codes(event.actor)
    # (a summit of an international body alone is a meeting of its members: "the ASEAN summit")
    if len(own) != 1 or len(event.actor) != len(own) or own == {"IGO"}:
        return
    for before in reversed(earlier):
        if before.type in rules.meeting_types and own < party_codes(before.actor):
            event.actor = [*event.actor, *(a for a in before.actor if party_code(a) not in own)]
            return
    other = _main_counterpart(candidates, counts, own, rules)
    if other is not None and not party_codes(other) & own:
        event.actor = [*event.actor, *other]


def _victims_of_the_place(event: Event, rules: CounterpartRules) -> None:
    """An attack by no one named on no one named ("two aides were shot dead in Maputo") struck those who
    live where it happened."""
    place = event.location
    if event.type in rules.partyless_at_place and place is not None and place.country:
        event.recipient = [place_actor(place)]


def scene_country(places: Sequence[Place], min_mentions: int = 2, share: float = 2 / 3) -> str | None:
    """The country where a story happens: that of at least ``min_mentions`` of the towns and regions it
    names and of ``share`` of those whose country is known. Country names do not count: they are as
    often the acting state ("Ecuador's president") as a place."""
    counts = Counter(place.country for place in places if place.country and place.feature != "country")
    if not counts:
        return None
    country, mentions = counts.most_common(1)[0]
    return country if mentions >= min_mentions and mentions >= share * counts.total() else None


def _authorities_of_the_place(event: Event, scene: str | None, rules: CounterpartRules) -> None:
    """An arrest or expulsion by no one named ("two foreign nationals were detained in Podgorica") is
    done by the state where it happened, whoever its victims are: the place the sentence names, else
    the story's scene."""
    where = event.location.country if event.location is not None else None
    where = where or scene
    if event.type in rules.place_authority_types and where:
        event.actor = [state_actor(where)]


def _home_authorities(event: Event, counts: Counter[str], rules: CounterpartRules) -> None:
    """An act done by no one named to someone of a story's only country ("the suspect was taken into
    custody", "police were deployed around the ministries") is done by its state."""
    own = party_codes(event.recipient)
    if len(own) != 1 or event.type not in rules.home_actor_types:
        return
    home = next(iter(own))
    if home != "IGO" and _domestic(home, counts, rules):
        event.actor = [state_actor(home)]


def _on_home_ground(event: Event, own: set[str | None], rules: CounterpartRules) -> bool:
    """An act of ``home_ground_types`` (relief) told at a town or region of the actor's own country and
    aimed at no one named ("army helicopters airlifted the injured to hospitals in the capital") is
    done at home: its own state is the recipient, not the other country the story names most."""
    place = event.location
    if event.type not in rules.home_ground_types or len(own) != 1 or place is None:
        return False
    home = next(iter(own))
    if home in {None, "IGO"} or place.feature == "country" or place.country != home:
        return False
    event.recipient = [state_actor(home)]
    return True


def _challenged_state(event: Event, own: set[str | None], rules: CounterpartRules) -> list[Actor]:
    """What a country's opposition, parties or rebels do to no one named is aimed at their own state
    ("the opposition accused the prime minister of ...", "rebels overran a garrison"), not at the other
    country the story names most. Demonstrations are left to the other rules: they are often against a
    foreign act ("protested against the release")."""
    if event.type in rules.challenger_free_types or len(own) != 1:
        return []
    home = next(iter(own))
    if home in {None, "IGO"} or not all(actor.sector in rules.challenger_sectors for actor in event.actor):
        return []
    return [state_actor(home)]


def _domestic(home: str, counts: Counter[str], rules: CounterpartRules) -> bool:
    """Whether a story is about one country alone (see :func:`_main_counterpart`)."""
    if counts[home] < rules.domestic_min_mentions:
        return False
    rival = max((n for code, n in counts.items() if code not in {home, "IGO"}), default=0)
    if rival == 0:
        rival = counts["IGO"]
    return rival < rules.domestic_ratio * counts[home]


def _main_counterpart(
    candidates: Sequence[Actor], counts: Counter[str], own: set[str | None], rules: CounterpartRules
) -> list[Actor] | None:
    """The most-mentioned other country; the actor's own when the story is about it alone (every
    other country named less than ``domestic_ratio`` times as often, and it named at least
    ``domestic_min_mentions`` times): "the air force bombed a market" in a story about Ethiopia that
    names Kenya twice in passing is aimed at home. A story naming no other country is about its own
    only if no international body is named as often either ("the EU sanctioned Minsk ... Belarus
    warned of a response" is no Belarusian affair); where other countries are named, international
    bodies do not count as a side (mostly observers: counting them lost 0.002 type+dyad F1 on the
    wire development articles)."""
    other = next((actor for actor in candidates if party_code(actor) not in own | {"IGO"}), None)
    home = next(iter(own)) if len(own) == 1 else None
    if home not in {None, "IGO"} and _domestic(home, counts, rules):
        return [state_actor(home)]
    return [other] if other is not None else None


# A demand made of someone: "urged Western partners to speed up deliveries" (an object with a
# to-clause), "insisted on Lima's reply" ("on" a noun), "demanded that Kyiv withdraw" (a clause with
# its own subject) name an addressee, even one who is no party; "demanded the immediate release",
# "demanded a public apology" name none. (A phrase "called on X" hangs "on" as a particle: its
# unresolved addressee is taken for the other side.)
ADDRESSEE_DEPS = frozenset({"dobj", "dative"})


def unaddressed_demands(coded: Sequence[tuple[Trigger, Event]]) -> frozenset[int]:
    """``id()`` of the demands told by a verb that names no one they are made of."""
    return frozenset(
        id(event)
        for trigger, event in coded
        if trigger.head.pos_ == "VERB"
        and trigger.rule.requires not in REPORTED
        and not _addressed(trigger.head)
    )


def _addressed(verb: Token) -> bool:
    clauses = [child for child in verb.children if child.dep_ in {"xcomp", "ccomp"}]
    objects = [child for child in verb.children if child.dep_ in ADDRESSEE_DEPS]
    called_on = [  # "called on X" ("on Wednesday" is a time)
        child
        for child in verb.children
        if child.dep_ == "prep"
        and child.lower_ in {"on", "upon"}
        and any(obj.dep_ == "pobj" and obj.ent_type_ not in TIME_ENTITIES for obj in child.children)
    ]
    return (
        bool(called_on)
        or (bool(objects) and bool(clauses))
        or any(subject.dep_ == "nsubj" for clause in clauses for subject in clause.children)
    )


def _told_as_signing(event: Event, rules: CounterpartRules) -> bool:
    """Whether an act is told by a verb of signing ("signed", "inks"): an agreement has two sides."""
    forms = {f"{word}{ending}" for word in rules.signing_lemmas for ending in ("", "s", "d", "ed", "ing")}
    return any(word.lower() in forms for evidence in event.evidence[:1] for word in evidence.triggers[:1])


def _precedent(
    earlier: Sequence[Event], event: Event, own: set[str | None], rules: CounterpartRules
) -> list[Actor]:
    """The recipient of the latest earlier event of the same family ("Japan delivered relief to X ...
    South Korea also pledged $2 million": X), when it is another side's."""
    family = next((group for group in rules.families if event.type in group), frozenset())
    for before in reversed(earlier):
        if before.type in family and before.recipient:
            others = [actor for actor in before.recipient if party_code(actor) not in own]
            if others and len(others) == len(before.recipient):
                return others
    return []
