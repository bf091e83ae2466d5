"""Recoding an event from its parties: a conflict noun a speaker pins on a third party becomes the
speaker's ACCUSE; joint sectoral activities make every party a participant, as that sector; a
meeting puts every participant in ``actor`` (a visit: visitor -> host)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from eventwire.actor_builder import sector_actor
from eventwire.event_lexicon import Lexicon, events_config
from eventwire.eventparts import Trigger, lemma
from eventwire.events_args import (
    HOST_LEMMAS,
    Dyad,
    children_by_prep,
    repeated_prepositions,
    speaker_of,
    subject_of,
    unique,
)
from eventwire.events_counterpart import load_counterpart_rules
from eventwire.events_mentions import MentionIndex
from eventwire.records import Actor, Event

# Words that make one meeting verb report several meetings, one per partner ("spoke separately by
# phone with X and Y", "held separate talks with X and Y").
SEPARATE_CUES = frozenset({"separately", "individually", "separate"})


def accusation_in_speech(
    trigger: Trigger, dyad: Dyad, sent: Span, index: MentionIndex, lexicon: Lexicon
) -> bool:
    """A conflict noun a speaker pins on a third party ("an undeclared war against us by the West") is
    the speaker accusing that party: recode the trigger to ACCUSE and the dyad to speaker -> party.

    Not when the sentence reports physical harm as fact (``speech_accusation.fact_cues``)."""
    rules = lexicon.accusation
    noun = trigger.head
    if noun.pos_ != "NOUN" or trigger.type in lexicon.speech_acts:
        return False
    if not any(lemma(token) in rules["nouns"] for token in trigger.tokens):
        return False
    speaker = speaker_of(noun, lexicon)
    speakers = index.of_group(speaker) if speaker is not None else []
    parties = unique(
        [
            *index.of_phrase(noun),
            *(a for _, obj in children_by_prep(noun, {"by", "from"}) for a in index.of_group(obj)),
        ]
    )
    parties = [actor for actor in parties if actor not in speakers]
    if not speakers or not parties:
        return False
    if any(lemma(token) in rules["fact_cues"] for token in sent if token not in trigger.tokens):
        return False
    trigger.recoded = f"{trigger.type}+speech->ACCUSE"
    trigger.type, trigger.mode = "ACCUSE", rules["mode"]
    dyad.actor, dyad.recipient, dyad.actor_how = speakers, parties, "speaker"
    return True


def as_sector(actor: Actor, sector: str) -> Actor:
    """A state (or its government) taking part in a sectoral activity, as that sector: Russia in joint
    drills is the Russian military. People, IGOs and actors of other sectors stay as they are."""
    if actor.kind == "person" or not actor.country or actor.country == "IGO":
        return actor
    if actor.sector not in {None, "GOV", sector}:
        return actor
    return actor if actor.sector == sector else sector_actor(actor.country, sector)


def sector_participants(trigger: Trigger, dyad: Dyad) -> None:
    """Joint activities (rules with ``participants_sector``): every party is a participant, as its sector."""
    sector = trigger.rule.participants_sector
    if not sector:
        return
    dyad.actor = unique(as_sector(actor, sector) for actor in [*dyad.actor, *dyad.recipient])
    dyad.recipient = []


def official_protest(trigger: Trigger, dyad: Dyad, lexicon: Lexicon) -> None:
    """Codebook: PROTEST is civilian demonstration; a government that "protests" (summoned the envoy
    "to protest") makes a formal complaint, ACCUSE (events.yaml ``official_protest``); so does anyone
    who "protests" a claim ("the law is unfair, the group protested")."""
    rule = lexicon.official_protest
    if trigger.type != "PROTEST" or lemma(trigger.head) not in rule.get("lemmas", ()):
        return
    verb = trigger.head
    if protests_a_claim(trigger):
        trigger.recoded = "PROTEST+claim->ACCUSE"
        trigger.type, trigger.mode = "ACCUSE", "disapprove"
        return
    if not dyad.actor:
        return
    # Formal protests are made to someone ("protested to Peru") or are the purpose of a diplomatic
    # act ("summoned the envoy to protest"); crowds protest in a place.
    purpose = verb.dep_ in {"advcl", "xcomp"} and any(
        child.dep_ == "aux" and child.lower_ == "to" for child in verb.children
    )
    addressed = purpose or any(child.dep_ == "prep" and child.lower_ == "to" for child in verb.children)
    officials = all(actor.kind == "state" or actor.sector in rule.get("sectors", ()) for actor in dyad.actor)
    if addressed and officials:
        trigger.recoded = "PROTEST+official->ACCUSE"
        trigger.type, trigger.mode = "ACCUSE", "disapprove"


# Prepositions of a demonstration's place or route ("protested outside parliament").
PLACE_PREPS = {"in", "at", "outside", "near", "through", "across", "along", "before", "inside"}


def protests_a_claim(trigger: Trigger) -> bool:
    """The verb "protest" reports what is said ("protested that the police ignored them", "the law is
    unfair, the group protested"), rather than a demonstration: no place of its own, no demonstration
    folded in as what it reports."""
    verb = trigger.head
    if verb.pos_ != "VERB" or any(part.type == "PROTEST" for part in trigger.absorbed):
        return False
    if any(child.dep_ == "prep" and child.lower_ in PLACE_PREPS for child in verb.children):
        return False
    if any(child.dep_ in {"ccomp", "parataxis"} for child in verb.children):
        return True
    return _reporting_tail(verb)


def _reporting_tail(verb: Token) -> bool:
    """ "X is unfair, a rights group protested": a verb told after the claim, which the small parser
    may hang on a noun of the claim as a participle ("group" <- "protested"): the speaker's phrase
    follows a comma after the sentence's root, and the verb has no object."""
    if verb.dep_ != "acl" or any(child.dep_ in {"dobj", "nsubj"} for child in verb.children):
        return False
    start = verb.head.left_edge.i
    sent = verb.sent
    return start > sent.start and verb.doc[start - 1].text == "," and sent.root.i < start


def arrange_meeting(trigger: Trigger, dyad: Dyad) -> None:
    """Codebook CONSULT: a meeting puts every participant in ``actor`` with no recipient; a visit is
    visitor (actor) -> host (recipient), and "X hosted Y" is Y visiting X (mode visit)."""
    if trigger.type != "CONSULT":
        return
    if trigger.mode == "visit":
        dyad.actor = unique([*dyad.actor, *dyad.partners])
    elif any(lemma(token) in HOST_LEMMAS for token in trigger.tokens) and not _hosts_a_meeting(trigger):
        hosts = dyad.actor
        guests = [actor for actor in unique([*dyad.recipient, *dyad.partners]) if actor not in hosts]
        if guests:
            dyad.actor, dyad.recipient, trigger.mode = guests, hosts, "visit"
        else:
            dyad.recipient = []
    else:
        dyad.actor = unique([*dyad.actor, *dyad.partners, *dyad.recipient])
        dyad.recipient = []
    dyad.partners = []


def _hosts_a_meeting(trigger: Trigger) -> bool:
    """ "Egypt hosted talks between X and Y": the host is one of a meeting's participants (not "X
    hosted Y" or "hosted talks with Y", a visit)."""
    return any(
        part.type == "CONSULT" and part.head.pos_ == "NOUN" and children_by_prep(part.head, {"between"})
        for part in trigger.absorbed
    )


def separate_meetings(trigger: Trigger, event: Event, index: MentionIndex) -> list[tuple[Actor, Event]]:
    """ "Trump spoke separately by phone with Hun Manet and Phumtham", "held talks with Guterres and with
    Starmer": one meeting per partner, each with the subject's side; returns (partner, meeting) pairs,
    empty when the meeting is one."""
    children = [child for token in {*trigger.tokens, trigger.head} for child in token.children]
    # "held talks with Guterres and with Starmer": the repeated preposition tells two meetings apart
    repeated = any(child.lower_ == "with" and repeated_prepositions(child) for child in children)
    if event.type != "CONSULT" or not (repeated or any(child.lower_ in SEPARATE_CUES for child in children)):
        return []
    subject, _ = subject_of(trigger.head)
    hosts = index.of_group(subject) if subject is not None else []
    partners = [actor for actor in event.actor if actor not in hosts]
    if not hosts or len(partners) < 2:
        return []
    return [(partner, replace(event, actor=[*hosts, partner])) for partner in partners]


# "each other", "one another": what two or more sides did, each to the other(s).
RECIPROCAL_WORDS = (("each", "other"), ("one", "another"))


def reciprocal_acts(trigger: Trigger, event: Event) -> list[tuple[Actor, Event]]:
    """ "Ukraine and Hungary expelled each other's diplomats", "accused one another of ...": one act per
    side, aimed at the others; returns (side, act) pairs, empty when the act is not reciprocal. Acts
    done with each other (meetings, cooperation, agreements, clashes) stay one event of all sides."""
    sides = {actor.country for actor in event.actor if actor.country}
    if event.recipient or len(sides) < 2 or event.type in _together_types():
        return []
    # in the act's own object ("expelled each other's diplomats"), not in a clause beside it
    # ("restored relations, naming ambassadors to each other's capitals": a mutual act)
    words = [
        token.lower_
        for child in trigger.head.children
        if child.dep_ in {"dobj", "dative", "prep"}
        for token in child.subtree
    ]
    if not any(pair == tuple(words[k : k + 2]) for pair in RECIPROCAL_WORDS for k in range(len(words) - 1)):
        return []
    return [
        (
            actor,
            replace(event, actor=[actor], recipient=[o for o in event.actor if o.country != actor.country]),
        )
        for actor in event.actor
        if actor.country
    ]


def _together_types() -> frozenset[str]:
    return load_counterpart_rules().among_actors | {"CONSULT"}


def recalled_envoys(trigger: Trigger, dyad: Dyad) -> None:
    """A recall takes the actor's own envoy back: the envoy ("recalled its ambassador Daniel
    Garcia-Pena") is no recipient, the country the envoy was posted to is (named, else the story's
    other side); rules listed as ``own_envoy_rules`` in data/events.yaml."""
    if trigger.rule.id not in events_config().get("own_envoy_rules", []):
        return
    own = {actor.country for actor in dyad.actor}
    dyad.recipient = [actor for actor in dyad.recipient if actor.country and actor.country not in own]
