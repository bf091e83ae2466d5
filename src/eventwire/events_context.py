"""Document-level context for the event coder: datelines, background mentions.

Wire copy opens with a dateline ("KYIV, April 17 (Wire) —"): the place and day of filing, not an
actor and not the date of the events reported. Conflict nouns used as background ("the cost of the
war") are no events (reactions to earlier actions are directed in ``events_reactions``). The word
lists are data, in the ``document_context`` section of ``data/events.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from eventwire.dateline import dateline_end
from eventwire.event_lexicon import events_config
from eventwire.eventparts import Trigger, lemma
from eventwire.events_args import subject_of
from eventwire.records import ActorMention, Event, TimeExpression


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
    reference_preps: frozenset[str] = frozenset()
    # types aimed at the doer of the act they are against ("rallied to denounce the closure")
    protest_types: frozenset[str] = frozenset()
    # nouns of what a council, assembly or parliament makes ("welcomed the resolution")
    body_nouns: frozenset[str] = frozenset()


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
        reference_preps=frozenset(data.get("reference_preps", [])),
        protest_types=frozenset(data.get("protest_types", [])),
        body_nouns=frozenset(data.get("body_nouns", [])),
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
    if _time_reference(head, rules):
        return True  # "hurt during the raid", "hours before the vote": an act told elsewhere, as a time
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


def _time_reference(head: Token, rules: ContextRules) -> bool:
    """A definite event noun that only places something in time ("were hurt during the raid",
    "hours before the vote"): it refers to an act reported elsewhere, and names none of its parties."""
    return (
        head.pos_ == "NOUN"
        and head.dep_ == "pobj"
        and lemma(head.head) in rules.reference_preps
        and any(child.dep_ == "det" and child.lower_ in {"the", "this", "that"} for child in head.children)
        and not any(child.dep_ in {"prep", "poss", "compound", "amod"} for child in head.children)
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
