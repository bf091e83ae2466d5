"""Which coded events are reported: a confidence floor and the parties an event must name.

Confidence (:func:`eventwire.events.confidence`) is low when a trigger is a bare noun, has no actor
from the parse, or sits in a subordinate clause; such events are most often background or nominal
references, not happenings. ``reporting`` in ``data/events.yaml`` sets the floor and whether an event
that names neither an actor nor a recipient (nobody did anything to anybody) is kept, and whether a
document that codes events with parties keeps such events (``story_needs_party``), and which types are
kept with no one acting in a document where others have actors (``actorless_types``), and the floor
for an event with no day in a document that dates its others (``undated_min_confidence``), and who
are commentators, not parties (``commentators``): what analysts say will or did happen is their view,
not a report. An act in a clause that leaves it an open question ("did not say whether the bloc
would retaliate") is not reported as done, nor one a source kept silent on ("did not comment on the
agreement"). A noun said by a copula of what a pronoun points to ("this is an ultimatum") tells what
it is, not what happened. A participle standing for people ("the injured") names victims, not an
act, and one before a noun ("the detained Americans") says what the noun is, as does a noun before
a noun ("a conference hall", "the protest movement"). A protest or solidarity told as the motive of a
measure ("suspended the treaty in protest at ...") is its reason, not a second act. A past participle describing someone ("a Russian convicted of murder in 2019") in a
sentence that reports another act says who they are, not what happened.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from eventwire.event_lexicon import events_config
from eventwire.eventparts import Trigger
from eventwire.records import Event

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
ACT_DEPS = {*SUBJECT_DEPS, "dobj", "agent", "aux", "auxpass"}  # what a participle acting as a verb has


@dataclass(frozen=True, slots=True)
class ReportingRules:
    min_confidence: float
    require_party: bool
    verbs_require_party: bool
    nominal_needs_other_side: bool
    story_needs_party: bool = False
    actorless_types: frozenset[str] | None = None
    undated_min_confidence: float = 0.0
    commentators: frozenset[str] = frozenset()
    commentary_verbs: frozenset[str] = frozenset()
    open_question_marks: frozenset[str] = frozenset()
    silence_verbs: frozenset[str] = frozenset()
    silence_governors: frozenset[str] = frozenset()
    purpose_nouns: frozenset[str] = frozenset()
    purpose_types: frozenset[str] = frozenset()
    said_in_contact: frozenset[str] = frozenset()
    instrument_nouns: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    act_nouns: frozenset[str] = frozenset()
    motive_nouns: frozenset[str] = frozenset()
    motive_of_types: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_reporting_rules() -> ReportingRules:
    data = events_config().get("reporting", {})
    return ReportingRules(
        min_confidence=float(data.get("min_confidence", 0.0)),
        require_party=bool(data.get("require_party", False)),
        verbs_require_party=bool(data.get("verbs_require_party", False)),
        nominal_needs_other_side=bool(data.get("nominal_needs_other_side", False)),
        story_needs_party=bool(data.get("story_needs_party", False)),
        actorless_types=frozenset(data["actorless_types"]) if "actorless_types" in data else None,
        undated_min_confidence=float(data.get("undated_min_confidence", 0.0)),
        commentators=frozenset(data.get("commentators", [])),
        commentary_verbs=frozenset(data.get("commentary_verbs", [])),
        open_question_marks=frozenset(data.get("open_question_marks", [])),
        silence_verbs=frozenset(data.get("silence", {}).get("verbs", [])),
        silence_governors=frozenset(data.get("silence", {}).get("governors", [])),
        purpose_nouns=frozenset(data.get("purpose", {}).get("nouns", [])),
        purpose_types=frozenset(data.get("purpose", {}).get("types", [])),
        said_in_contact=frozenset(data.get("purpose", {}).get("said_in_contact", [])),
        instrument_nouns=frozenset(data.get("kind_words", {}).get("instruments", [])),
        naming_verbs=frozenset(data.get("kind_words", {}).get("naming_verbs", [])),
        act_nouns=frozenset(data.get("kind_words", {}).get("act_nouns", [])),
        motive_nouns=frozenset(data.get("motive", {}).get("nouns", [])),
        motive_of_types=frozenset(data.get("motive", {}).get("of_types", [])),
    )


def reportable(event: Event, rules: ReportingRules) -> bool:
    if event.confidence < rules.min_confidence:
        return False
    return not rules.require_party or has_party(event)


def has_party(event: Event) -> bool:
    return bool(event.actor or event.recipient)


def keep_with_parties(
    coded: Sequence[tuple[Trigger, Event]], rules: ReportingRules | None = None
) -> list[tuple[Trigger, Event]]:
    """Drop events told by commentators (:func:`told_by_commentators`) or by a participle describing
    someone in a sentence that reports another act (:func:`describes_someone`), and events of verbal
    triggers that name no party: the clause was parsed and none of its arguments is a political actor
    ("he was charged", "gunmen opened fire"), so there is no dyad to record. Nominal triggers ("talks",
    "a general strike") often leave their parties implicit."""
    rules = rules or load_reporting_rules()
    coded = [
        (t, e)
        for t, e in coded
        if not told_by_commentators(t, rules)
        and not says_what_it_is(t)
        and not left_open(t, rules)
        and not kept_silent_on(t, rules)
        and not names_people(t)
        and not describes_its_noun(t)
        and not names_a_kind(t, rules)
    ]
    acts = {(id(t.head.doc), t.head.i) for t, _ in coded}
    contacts = {(id(t.head.doc), t.head.i) for t, e in coded if e.type == "CONSULT"}
    measures = {(id(t.head.doc), t.head.i) for t, e in coded if e.type in rules.motive_of_types}
    coded = [
        (t, e)
        for t, e in coded
        if (
            e.type not in rules.purpose_types
            or said_in_contact(t, contacts, rules)
            or not aim_of_another_act(t, acts, rules)
        )
        and not motive_of_a_measure(t, measures, rules)
    ]
    described = {id(e) for t, e in coded if describes_someone(t)}
    reported = {e.evidence[0].start for _, e in coded if id(e) not in described}
    coded = [(t, e) for t, e in coded if id(e) not in described or e.evidence[0].start not in reported]
    if not rules.verbs_require_party:
        return coded
    return [(t, e) for t, e in coded if has_party(e) or not _names_own_subject(t)]


def describes_someone(trigger: Trigger) -> bool:
    """The trigger is a past participle that describes a noun ("companies accused of helping Moscow",
    "a Russian convicted of murdering a dissident in 2019", "an Australian writer detained in 2019"),
    or sits in such a participle's complement: it says who someone is, not what the story reports.
    Where the noun is the sentence's root, or the participle has an object of its own, the parser took
    a main verb for a participle ("Rebel fighters killed 51 people ...", "... and the coalition handed
    over 100 detainees") and the event stands. Only a sentence that reports another act loses it: a
    lone description is still what the sentence tells."""
    token = trigger.head
    while token.dep_ in {"pcomp", "pobj", "prep", "xcomp"} and token.head.i != token.i:
        token = token.head
    if token.dep_ != "acl" or token.tag_ != "VBN" or token.head.dep_ == "ROOT":
        return False
    return not any(child.dep_ in {"dobj", "prt"} for child in token.children)


def names_people(trigger: Trigger) -> bool:
    """The trigger is a participle standing for the people it happened to ("flights carrying the
    injured", "evacuated the wounded", "hundreds of injured"): a determiner of its own, or standing as the
    object of a preposition with no subject, object or auxiliary, makes it a noun; it names the victims, not an act the story reports."""
    head = trigger.head
    if head.pos_ not in {"VERB", "ADJ"} or head.tag_ not in {"VBN", "JJ"}:
        return False
    children = list(head.children)
    if any(child.dep_ == "det" for child in children):
        return True
    return head.dep_ == "pobj" and not any(child.dep_ in ACT_DEPS for child in children)


def describes_its_noun(trigger: Trigger) -> bool:
    """A one-word verbal trigger that is a participle before a noun ("the detained Americans", "convicted
    war criminals", "banned organisations", "an exiled officer", "the hacking group") says what the noun
    is, not an act the story reports. (Phrases are left alone: "a combined exercise" is the act.)"""
    head = trigger.head
    return len(trigger.tokens) == 1 and head.dep_ == "amod" and head.tag_ in {"VBN", "VBG"}


def names_a_kind(trigger: Trigger, rules: ReportingRules) -> bool:
    """A noun trigger that modifies another noun ("in a conference hall", "the protest movement", "the
    sanctions regime") says what kind of thing that noun is, not that an act took place. A noun for the
    act's own instrument or force (``kind_words.instruments``: "issued arrest warrants", "added to its
    sanctions list", "sent a patrol vessel", "aid convoys") keeps it: issuing or sending it is the act."""
    head = trigger.head
    noun = head.head
    return (
        head.dep_ == "compound"
        and head.pos_ in {"NOUN", "PROPN"}
        and noun.i != head.i
        and noun not in trigger.tokens
        and noun.lemma_.lower() not in rules.instrument_nouns
        and noun.lemma_.lower() not in rules.act_nouns
        # "called the attack terrorism": the parser joins the object and what it is called
        and not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in rules.naming_verbs)
    )


def aim_of_another_act(trigger: Trigger, acts: set[tuple[int, int]], rules: ReportingRules) -> bool:
    """The trigger tells what another reported act was for ("deployed the army to support police",
    "sent soldiers to help the government fight militants", "met in January in an effort to ease
    tensions"): an aim, not a happening of its own. The purpose is an infinitive clause (or one of
    ``purpose.nouns``: "an effort to", "a bid to") under the trigger of another coded event (``acts``:
    ``(id(doc), token index)`` of every trigger head). Only aims of ``purpose.types`` are dropped (the
    caller checks): an outcome sought is not had, while what a trip or a meeting was for is most often
    what was done there ("gathered to protest", "travelled to Washington to press for a timetable",
    "met to coordinate their operations")."""
    token = trigger.head
    for _ in range(3):
        if _is_purpose(token, rules):
            return any((id(above.doc), above.i) in acts for above in token.ancestors)
        if token.dep_ not in {"xcomp", "ccomp", "conj"} or token.head.i == token.i:
            return False
        token = token.head
    return False


def said_in_contact(trigger: Trigger, contacts: set[tuple[int, int]], rules: ReportingRules) -> bool:
    """The trigger is a word said in the call, visit or meeting whose purpose it is ("telephoned his
    counterpart to congratulate him", "visited Kyiv to express support"; ``purpose.said_in_contact``):
    saying it is what the contact was for and did, so the aim is had. ``contacts`` holds
    ``(id(doc), token index)`` of the CONSULT triggers' heads."""
    head = trigger.head
    return (
        head.lemma_.lower() in rules.said_in_contact
        and head.dep_ == "advcl"
        and (id(head.doc), head.head.i) in contacts
    )


def motive_of_a_measure(trigger: Trigger, measures: set[tuple[int, int]], rules: ReportingRules) -> bool:
    """The trigger is a noun of ``motive.nouns`` in an "in ..." phrase of another coded act of
    ``motive.of_types`` ("suspended the treaty in protest at Madrid's shift", "shut the border in
    solidarity with its ally"): it says why the measure was taken, and the measure is the act.
    ``measures`` holds ``(id(doc), token index)`` of those acts' trigger heads."""
    head = trigger.head
    prep = head.head
    return (
        head.lemma_.lower() in rules.motive_nouns
        and head.dep_ == "pobj"
        and prep.lower_ == "in"
        and (id(prep.doc), prep.head.i) in measures
        and prep.head.i != head.i
    )


def _is_purpose(token: Token, rules: ReportingRules) -> bool:
    infinitive = any(child.dep_ == "aux" and child.tag_ == "TO" for child in token.children)
    if not infinitive:
        return False
    if token.dep_ == "advcl":
        return True
    return token.dep_ == "acl" and token.head.lemma_.lower() in rules.purpose_nouns


def left_open(trigger: Trigger, rules: ReportingRules) -> bool:
    """The trigger sits in a clause that leaves it an open question (``open_question_marks``: "did not
    say whether the bloc would retaliate", "declined to say whether Moscow would pay compensation",
    "it was unclear whether the deal would deter them"): nothing is reported to have happened."""
    return any(
        child.dep_ == "mark" and child.lower_ in rules.open_question_marks
        for token in [trigger.head, *trigger.head.ancestors]
        for child in token.children
    )


def kept_silent_on(trigger: Trigger, rules: ReportingRules) -> bool:
    """The trigger is a noun that a source did not remark on (``silence``: "Indian officials did not
    comment on the agreement", "has not commented on the visit", "declined to comment on the raid"):
    a silence tells nothing of the act, and its negation is the remark's, not a refusal of the act."""
    head = trigger.head
    prep = head.head
    if head.pos_ not in {"NOUN", "PROPN"} or head.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.lemma_.lower() not in rules.silence_verbs:
        return False
    if any(child.dep_ == "neg" for child in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in rules.silence_governors


def says_what_it_is(trigger: Trigger) -> bool:
    """The trigger is a noun said by a copula of something a pronoun points to ("this is an ultimatum",
    "it is a win-win agreement", "these are not peace proposals"): it tells what a thing already told
    is, not that an act took place. A subject of its own ("a second phase will be joint exercises")
    says what the act will be, and keeps it."""
    head = trigger.head
    verb = head.head
    return (
        head.pos_ in {"NOUN", "PROPN"}
        and head.dep_ == "attr"
        and verb.i != head.i
        and verb.lemma_.lower() == "be"
        and any(child.dep_ == "nsubj" and child.pos_ in {"PRON", "DET"} for child in verb.children)
    )


def told_by_commentators(trigger: Trigger, rules: ReportingRules) -> bool:
    """The trigger, or a verb of saying above it, has a commentator for its subject ("Analysts said the
    row could complicate cooperation", "... said a Beirut-based analyst, who warned that the truce could
    unravel"): an assessment, not a happening."""
    for token in [trigger.head, *trigger.head.ancestors]:
        if token is not trigger.head and token.lemma_.lower() not in rules.commentary_verbs:
            continue
        if any(
            child.dep_ == "nsubj" and child.lemma_.lower() in rules.commentators for child in token.children
        ):
            return True
    return False


def _names_own_subject(trigger: Trigger) -> bool:
    """A verbal trigger with a subject of its own: its participants were named, and are no actors."""
    verb = trigger.head
    return verb.pos_ in {"VERB", "AUX"} and any(child.dep_ in SUBJECT_DEPS for child in verb.children)


def keep_reportable(
    events: Sequence[Event], nominal: frozenset[int] = frozenset(), rules: ReportingRules | None = None
) -> list[Event]:
    """The events that pass the reporting rules, in their order; ``nominal`` holds the ``id()`` of
    events whose trigger is a noun."""
    rules = rules or load_reporting_rules()
    kept = [event for event in events if reportable(event, rules)]
    if rules.story_needs_party and any(has_party(event) for event in kept):
        kept = [event for event in kept if has_party(event)]
    if rules.actorless_types is not None and any(event.actor for event in kept):
        kept = [event for event in kept if event.actor or event.type in rules.actorless_types]
    if rules.nominal_needs_other_side:
        weak = {id(event) for event in kept if id(event) in nominal and one_sided(event)}
        reported = {event.evidence[0].start for event in kept if id(event) not in weak}
        kept = [event for event in kept if id(event) not in weak or event.evidence[0].start not in reported]
    return dated_news(kept, rules)


def dated_news(events: list[Event], rules: ReportingRules) -> list[Event]:
    """In a document that dates its events, those with no day are kept only at the floor set for
    them: an undated event of low confidence is background or a reference. (Applied after the other
    rules, so a sentence whose dropped event was its report still counts as reporting one.)"""
    if not any(event.date for event in events):
        return events
    return [event for event in events if event.date or event.confidence >= rules.undated_min_confidence]


def one_sided(event: Event) -> bool:
    """No recipient and at most one side acting: "the talks", "its exercises", "the accusation"."""
    sides = {actor.country or actor.igo or actor.id for actor in event.actor}
    return not event.recipient and len(sides) < 2
