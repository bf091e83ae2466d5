"""Document-level context for the event coder: datelines, background mentions, reactions.

Wire copy opens with a dateline ("KYIV, April 17 (Wire) —"): the place and day of filing, not an
actor and not the date of the events reported. Conflict nouns used as background ("the cost of the
war") are no events. A reaction to an earlier action ("condemned the decision", "rejected the
proposal") is directed at whoever took that action. The word lists are data, in the
``document_context`` section of ``data/events.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from eventwire.actor_builder import sector_actor
from eventwire.date_narrative import inherit_narrative_dates as inherit_narrative_dates
from eventwire.date_narrative import told_in_simple_past as told_in_simple_past
from eventwire.dateline import dateline_end
from eventwire.event_lexicon import events_config
from eventwire.eventparts import Trigger, lemma
from eventwire.events_args import children_by_prep, subject_of
from eventwire.events_mentions import MentionIndex
from eventwire.records import Actor, ActorMention, Event, TimeExpression
from eventwire.tokens import TIME_ENTITIES

NON_STATE = frozenset({"IGO", "NGO"})


@dataclass(frozen=True, slots=True)
class ContextRules:
    background_nouns: frozenset[str]
    reaction_types: frozenset[str]
    action_nouns: frozenset[str]
    definite_determiners: frozenset[str]
    domestic_recipient: dict[str, str]
    people_nouns: frozenset[str]
    non_event_compounds: dict[str, frozenset[str]]
    quantity_nouns: frozenset[str] = frozenset()
    domestic_measures: frozenset[str] = frozenset()
    impersonal_causes: frozenset[str] = frozenset()
    natural_disasters: frozenset[str] = frozenset()
    onset_verbs: frozenset[str] = frozenset()
    disaster_measures: frozenset[str] = frozenset()
    domestic_by_default: dict[str, str] = field(default_factory=dict)
    domestic_sectors: dict[str, frozenset[str]] = field(default_factory=dict)
    typed_action_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    home_destination_types: frozenset[str] = frozenset()
    home_destination_preps: frozenset[str] = frozenset()
    home_destination_recodes: dict[str, tuple[str, str]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def load_context_rules() -> ContextRules:
    data = events_config().get("document_context", {})
    home = data.get("home_destinations", {})
    return ContextRules(
        background_nouns=frozenset(data.get("background_nouns", [])),
        reaction_types=frozenset(data.get("reaction_types", [])),
        action_nouns=frozenset(data.get("action_nouns", [])),
        definite_determiners=frozenset(data.get("definite_determiners", [])),
        domestic_recipient=dict(data.get("domestic_recipient", {})),
        people_nouns=frozenset(data.get("people_nouns", [])),
        quantity_nouns=frozenset(data.get("quantity_nouns", [])),
        domestic_measures=frozenset(data.get("domestic_measures", [])),
        impersonal_causes=frozenset(data.get("impersonal_causes", [])),
        natural_disasters=frozenset(data.get("natural_disasters", [])),
        onset_verbs=frozenset(data.get("onset_verbs", [])),
        disaster_measures=frozenset(data.get("disaster_measures", [])),
        domestic_by_default=dict(data.get("domestic_by_default", {})),
        domestic_sectors={
            sector: frozenset(types) for sector, types in data.get("domestic_sectors", {}).items()
        },
        typed_action_nouns={
            noun: frozenset(types) for noun, types in data.get("typed_action_nouns", {}).items()
        },
        home_destination_types=frozenset(home.get("types", [])),
        home_destination_preps=frozenset(home.get("prepositions", [])),
        home_destination_recodes={
            old: (new["type"], new["mode"]) for old, new in home.get("recode", {}).items()
        },
        non_event_compounds={
            noun: frozenset(words) for noun, words in data.get("non_event_compounds", {}).items()
        },
    )


# ---------------------------------------------------------------- datelines


def outside_dateline(
    text: str, mentions: Sequence[ActorMention], dates: Sequence[TimeExpression]
) -> tuple[list[ActorMention], list[TimeExpression]]:
    """Actor mentions and time expressions that are not part of the dateline."""
    end = dateline_end(text)
    return [m for m in mentions if m.start >= end], [t for t in dates if t.start >= end]


# ---------------------------------------------------------------- background mentions


def is_background(trigger: Trigger, rules: ContextRules | None = None) -> bool:
    """A conflict noun that only names a situation: it hangs off another noun ("the cost of the war",
    "for its war in Ukraine") or qualifies one ("war crimes"), rather than being an argument of a
    verb. Such mentions report no new event."""
    rules = rules or load_context_rules()
    head = trigger.head
    if _non_event_compound(head, rules):
        return True
    if (
        head.pos_ == "NOUN"
        and head.dep_ == "pobj"
        and head.head.lower_ == "as"
        and head.head.head.pos_ == "VERB"
    ):
        return True  # "condemned the measures as illegal sanctions": what they are called, no new act
    if _impersonal_subject(head, rules) or _disaster_measure(trigger, rules):
        return True
    if head.dep_ == "csubj" and head.tag_ == "VBG":
        return True  # "Blaming Kabul is convenient", "Attacking civilians is a crime": a topic, no act
    if _situation_onset(head, rules):
        return True  # "since the fighting began": a situation dated, no new act
    if len(trigger.tokens) > 1 or head.pos_ != "NOUN" or lemma(head) not in rules.background_nouns:
        return False
    if any(_names_a_party(child) for child in head.children):
        return False  # "X's aggression", "the war against us by the West": someone's act
    if head.dep_ in {"compound", "poss", "amod", "nmod"}:
        return True
    if head.dep_ == "pobj":
        governor = head.head.head  # noun <- preposition <- what the phrase attaches to
        return governor.pos_ in {"NOUN", "PROPN", "PRON", "ADJ"}
    return False


def _situation_onset(head: Token, rules: ContextRules) -> bool:
    """A situation noun (the small parser may tag "fighting" a verb) that begins or ends in a clause
    qualifying another: "weeks after fighting broke out", "since the war began"."""
    situation = lemma(head) in rules.background_nouns or head.lower_ in rules.background_nouns
    return (
        situation
        and head.dep_ == "nsubj"
        and lemma(head.head) in rules.onset_verbs
        and _subordinate(head.head)
    )


def _subordinate(verb: Token) -> bool:
    """A clause that qualifies another: "since/when/after ... began", "which began in May"."""
    return verb.dep_ in {"advcl", "relcl", "acl", "pcomp"} or any(
        child.dep_ == "mark" for child in verb.children
    )


def _impersonal_subject(head: Token, rules: ContextRules) -> bool:
    """A verb whose subject is a disaster or a situation ("the quake killed 14", "fighting broke out
    and spread, killing 35"): a toll, no one's act."""
    causes = rules.impersonal_causes | rules.natural_disasters
    # the subject of a participle or a coordinated verb is that of the clause it hangs on (subject_of)
    subject, _ = subject_of(head) if head.pos_ == "VERB" else (None, False)
    return subject is not None and (lemma(subject) in causes or subject.lower_ in causes)


def _disaster_measure(trigger: Trigger, rules: ContextRules, sentences_before: int = 3) -> bool:
    """A state of emergency declared where a natural disaster was just reported: relief, not coercion."""
    if trigger.mode not in rules.disaster_measures:
        return False
    sentence = trigger.head.sent
    earlier = [sent for sent in trigger.head.doc.sents if sent.end <= sentence.start][-sentences_before:]
    return any(lemma(token) in rules.natural_disasters for sent in [*earlier, sentence] for token in sent)


def _non_event_compound(head: Token, rules: ContextRules) -> bool:
    """An event noun that, with a word next to it, names something else: a modifier ("news
    conference") or the noun it modifies itself ("charge d'affaires", a diplomat)."""
    words = rules.non_event_compounds.get(lemma(head), frozenset())
    if head.pos_ != "NOUN" or not words:
        return False
    if head.dep_ in {"compound", "amod"} and head.head.lower_ in words:
        return True
    return any(child.dep_ in {"compound", "amod"} and lemma(child) in words for child in head.children)


def nominal_without_parties(trigger: Trigger, event: Event) -> bool:
    """A noun trigger with no actor and no recipient in its sentence ("the fighting", "a deal")."""
    return trigger.head.pos_ == "NOUN" and not event.actor and not event.recipient


def drop_repeated_mentions(coded: Sequence[tuple[Trigger, Event]]) -> list[tuple[Trigger, Event]]:
    """Leave out partyless noun mentions when the document codes events with parties: in a wire
    story "the fighting", "the truce" or "a rally" with no one named names a happening reported
    elsewhere in it (or a situation), and coding it again would count one happening twice. (Until
    session 5 only mentions of a type already coded with parties were left out; measured on the
    wire development articles, any type: +0.002 type+dyad F1, gold-dev sentences unchanged.)"""
    with_parties = [event for _, event in coded if event.actor or event.recipient]
    return [
        (trigger, event)
        for trigger, event in coded
        if not (nominal_without_parties(trigger, event) and with_parties)
    ]


def _names_a_party(child: Token) -> bool:
    if child.dep_ == "poss":
        return child.pos_ in {"PROPN", "NOUN"}
    return child.dep_ in {"prep", "agent"} and lemma(child) in {"by", "against", "on"}


# ---------------------------------------------------------------- reactions to earlier actions


# What a reaction is against or about: "protested against the drills", "dismayed by / angry at /
# unhappy with the decision".
REACTION_PREPS = frozenset({"against", "over", "by", "at", "with", "about"})


def _reaction_object(verb: Token, rules: ContextRules) -> Token | None:
    """The definite action noun a reaction verb takes as object ("condemned the drills")."""
    for child in verb.children:
        target = child
        if child.dep_ in {"prep", "agent"} and lemma(child) in REACTION_PREPS:
            target = next((obj for obj in child.children if obj.dep_ == "pobj"), None)
        elif child.dep_ != "dobj":
            continue
        if target is None or target.pos_ != "NOUN":
            continue
        definite = any(
            c.dep_ in {"det", "poss"} and c.lower_ in rules.definite_determiners for c in target.children
        )
        if definite:
            return target
    return None


def _earlier_action(
    reaction: Event, noun: Token, earlier: Sequence[tuple[Trigger, Event]], rules: ContextRules
):
    """The latest earlier event the noun refers to: one whose trigger is the same word, else (for a
    generic noun such as "decision" or "measures") the latest event by someone else, else (for a noun
    of a kind of act: "the suspension") the latest such event by someone else."""
    own = _parties(reaction.actor)
    # (an act by someone of no known side cannot direct a reaction to anyone; an act denied, only
    # planned or supposed, or told as history is not what "the decision" reacted to is)
    candidates = [
        event
        for _, event in earlier
        if any(actor.country for actor in event.actor)
        and not own & _parties(event.actor)
        and not (event.negated or event.hypothetical or event.future or event.historical)
    ]
    same_word = [
        event for trigger, event in earlier if event in candidates and lemma(noun) in _trigger_lemmas(trigger)
    ]
    if same_word:
        return same_word[-1]
    if lemma(noun) in rules.action_nouns and candidates:
        return candidates[-1]
    if any(child.dep_ == "prep" and lemma(child) in {"on", "against", "by", "of"} for child in noun.children):
        return None  # "condemned the attack on the airliner": a noun naming its own parties is not "the last one"
    kinds = rules.typed_action_nouns.get(lemma(noun), frozenset())
    # the latest act of the kind, even by no one known ("condemned the attack" after unknown gunmen
    # struck is aimed at no one, not at whoever attacked before)
    of_kind = [event for _, event in earlier if event.type in kinds and not own & _parties(event.actor)]
    return of_kind[-1] if of_kind and of_kind[-1] in candidates else None


def _trigger_lemmas(trigger: Trigger) -> set[str]:
    """The words of a trigger and of what it absorbed ("launched missiles ... attack")."""
    return {lemma(token) for part in (trigger, *trigger.absorbed) for token in part.tokens}


def _parties(actors: Sequence[Actor]) -> set[str]:
    """Who is who for "someone else": countries (a ministry and its government are one side)."""
    return {actor.country or actor.id for actor in actors}


def direct_reactions(coded: Sequence[tuple[Trigger, Event]], rules: ContextRules | None = None) -> None:
    """Give a reaction without a recipient ("Russia condemned the decision") the actor of the earlier
    action it refers to, in this document."""
    rules = rules or load_context_rules()
    for position, (trigger, event) in enumerate(coded):
        if event.recipient or not event.actor or event.type not in rules.reaction_types:
            continue
        verb = trigger.head if trigger.head.pos_ in {"VERB", "AUX"} else None
        noun = _reaction_object(verb, rules) if verb is not None else None
        if noun is None:
            continue
        action = _earlier_action(event, noun, coded[:position], rules)
        if action is not None:
            event.recipient = list(action.actor)


# ---------------------------------------------------------------- domestic events


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


# ---------------------------------------------------------------- narrative dates
# The narrative dating of events lives in eventwire.date_narrative; events.py imports it from here.
