"""What the verb of some trigger rules must look like (the ``requires`` checks of
:mod:`eventwire.event_requirements` that read a verb's shape): who does a verb told in a relative clause,
forces sent in the passive, a visa waiver ended, trade halted by order, a courtesy call paid, a journey's
destination, approval withheld, anyone who might do it."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.event_lexicon import Lexicon, event_words
from eventwire.events_armed import FIGURATIVE_PARTICLES, ArmedCues, _is_armed, _is_state
from eventwire.tokens import PASSIVE_SUBJECT_DEPS, TIME_ENTITIES, lemma

# "which", "that", "who" opening a relative clause
RELATIVE_PRONOUN_TAGS = {"WDT", "WP"}


def armed_antecedent(verb: Token, cues: ArmedCues) -> bool:
    """ "the United States, which struck three sites", "drones that hit the port": a relative clause
    whose subject is a relative pronoun is done by the noun it hangs on."""
    if verb.dep_ != "relcl":
        return False
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    if not subjects or any(subject.tag_ not in RELATIVE_PRONOUN_TAGS for subject in subjects):
        return False
    if any(child.dep_ == "prt" or child.lower_ in FIGURATIVE_PARTICLES for child in verb.children):
        return False  # "which hit back at its critics": words, not blows
    return _is_armed(verb.head, cues) or _is_state(verb.head)


def clause_subjects(verb: Token) -> list[Token]:
    """Who or what does the verb: its subject, the noun a relative pronoun stands for ("a verdict that
    threatens ..."), or the subject of the verb it is coordinated with."""
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [child for child in verb.head.children if child.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and (not subjects or all(s.tag_ in RELATIVE_PRONOUN_TAGS for s in subjects)):
        return [verb.head]
    return subjects


def sends_forces_passive(verb: Token, lexicon: Lexicon) -> bool:
    """ "Marines were being sent to the city", "fighter jets were scrambled": a passive verb whose
    subject is an armed force ("hundreds of troops", "Guard troops and marines")."""
    subjects = [child for child in verb.children if child.dep_ in PASSIVE_SUBJECT_DEPS]
    subjects += [
        g for s in subjects for c in s.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    ]
    subjects += [conj for s in subjects for conj in s.conjuncts]
    return any(
        lemma(noun) in lexicon.armed.agents or noun.lower_ in lexicon.armed.agents for noun in subjects
    )


def ends_visa_waiver(verb: Token) -> bool:
    """The verb's object is visa-free travel or entry, or a visa waiver ("scrapped visa-free travel",
    "suspended the visa waiver")."""
    for obj in (child for child in verb.children if child.dep_ in {"dobj", *PASSIVE_SUBJECT_DEPS}):
        words = [obj, *obj.children, *(g for c in obj.children if c.dep_ == "amod" for g in c.children)]
        names = {lemma(word) for word in words}
        if "visa" in names and (lemma(obj) == "waiver" or "free" in names or "exemption" in names):
            return True
    return False


def orders_trade_halt(verb: Token) -> bool:
    """ "told importers to stop buying Thai fuel", "ordered firms to halt trade with X": an embargo
    given as an instruction; the clause it orders stops a trade (``halt_verbs`` and ``halted_trade`` in
    events.yaml)."""
    halts, trades = event_words("halt_verbs"), event_words("halted_trade")
    for clause in (child for child in verb.children if child.dep_ in {"xcomp", "ccomp"}):
        if lemma(clause) not in halts:
            continue
        acts = [child for child in clause.children if child.dep_ in {"xcomp", "dobj"}]
        if any(lemma(act) in trades for act in acts):
            return True
    return False


def pays_a_call(verb: Token) -> bool:
    """ "called on Muhammad Yunus" (a visit), not "called on Kigali to honour its commitment" or
    "called on the president for restraint": a person after "on", and nothing asked of them."""
    if any(child.dep_ in {"xcomp", "ccomp"} for child in verb.children):
        return False
    hosts = [
        obj
        for child in verb.children
        if child.dep_ in {"prep", "prt"} and child.lower_ in {"on", "upon"}
        for obj in child.children
        if obj.dep_ == "pobj" and obj.ent_type_ not in TIME_ENTITIES  # "on Sunday" is a time
    ]
    if not hosts or any(child.dep_ == "prep" and child.lower_ == "for" for child in verb.children):
        return False
    return all(
        (host.ent_type_ == "PERSON" or (host.pos_ == "PROPN" and not host.ent_type_))
        and not any(child.dep_ in {"acl", "xcomp", "advcl"} and _infinitive(child) for child in host.children)
        for host in hosts
    ) and not any(child.dep_ == "advcl" and _infinitive(child) for child in verb.children)


def _infinitive(verb: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def goes_to_a_place(token: Token) -> bool:
    """A place name after "to" (the small model often tags a country as ORG: any proper noun)."""
    return any(
        child.dep_ in {"prep", "dative"}  # the parser takes some "to" for a dative
        and child.lower_ == "to"
        and (obj.ent_type_ == "GPE" or obj.pos_ == "PROPN")
        for child in token.children
        for obj in child.children
    )


def names_destination(trip: Token) -> bool:
    """A journey to a named place, or to part of one ("travelling to parts of Cambodia")."""
    return goes_to_a_place(trip) or any(
        child.dep_ == "prep" and child.lower_ == "to" and (place.ent_type_ == "GPE" or place.pos_ == "PROPN")
        for child in trip.children
        for part in child.children
        for of in part.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for place in of.children
    )


# Verbs of a reported clause that say what something is or is held to be ("was not legitimate", "could
# not be considered legitimate", "cannot be regarded as free").
HOLDING_VERBS = frozenset(
    {"be", "consider", "deem", "regard", "see", "recognise", "recognize", "call", "seem"}
)


def approval_withheld(verb: Token) -> bool:
    """The verb reports that something is not what it should be ("said the election was not free or
    fair", "said the vote could not be considered legitimate"): a negated holding verb whose predicate
    is one of events.yaml ``withheld_approvals``."""
    approvals = event_words("withheld_approvals")
    for clause in verb.children:
        if clause.dep_ not in {"ccomp", "parataxis"} or lemma(clause) not in HOLDING_VERBS:
            continue
        if not any(child.dep_ == "neg" for child in clause.children):
            continue
        predicates = [child for child in clause.children if child.dep_ in {"attr", "acomp", "oprd", "xcomp"}]
        predicates += [
            g for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
        ]
        predicates += [conj for word in predicates for conj in word.conjuncts]
        if any(lemma(word) in approvals or word.lower_ in approvals for word in predicates):
            return True
    return False


def done_by_anyone(verb: Token) -> bool:
    """ "Whoever attacks us will pay", "anyone who attacks Iran", "any country that imposes sanctions":
    a verb whose doer is anyone at all tells a condition, not an act (events.yaml ``generic_agents``)."""
    generic = event_words("generic_agents")
    if any(child.dep_ == "nsubj" and child.lower_ in generic for child in verb.children):
        return True
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    return noun.lower_ in generic or any(
        child.dep_ == "det" and child.lower_ in generic for child in noun.children
    )


def fate_of_anyone(verb: Token) -> bool:
    """ "Whoever attacks us will pay a heavy price", "anyone who strikes Iran will pay dearly", "any
    country that joins the blockade will pay": the one who will suffer is whoever does the act, so the
    words warn all comers (a threat with no one named), where the act itself is only a condition."""
    generic = event_words("generic_agents")
    for child in verb.children:
        if child.dep_ == "csubj" and done_by_anyone(child):
            return True
        if child.dep_ == "nsubj" and (
            child.lower_ in generic or any(g.dep_ == "det" and g.lower_ in generic for g in child.children)
        ):
            return True
    return False


# Nouns that count people, whose "of" object is who is counted ("hundreds of supporters who gathered").
PEOPLE_COUNTS = frozenset({"thousand", "hundred", "dozen", "score", "ten", "million"})


def relative_antecedents(verb: Token) -> list[Token]:
    """Who a relative clause's "who" or "that" subject stands for ("supporters who had gathered",
    "hundreds of people who marched"): the noun the clause modifies, and whom a counting noun counts."""
    if verb.dep_ != "relcl" or not any(
        child.dep_ == "nsubj" and child.tag_ in {"WP", "WDT"} for child in verb.children
    ):
        return []
    noun = verb.head
    counted = [
        obj
        for prep in noun.children
        if prep.dep_ == "prep"
        and prep.lower_ == "of"
        and (noun.pos_ == "NUM" or lemma(noun) in PEOPLE_COUNTS)
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    return [noun, *counted]
