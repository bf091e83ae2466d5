"""What a trigger rule may require of the words around it (``requires`` and ``cues`` in
``data/events.yaml``): an armed agent, a named partner or ally, a modal a speaker reports ("said X
must withdraw"), a future clause a speaker reports ("said X would pay a price"), a party asked to act,
a drill partner."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.event_lexicon import Lexicon, event_words
from eventwire.event_reported_speech import REPORTED as REPORTED
from eventwire.event_reported_speech import demand_clause as demand_clause
from eventwire.event_reported_speech import demanded_act as demanded_act
from eventwire.event_reported_speech import is_alleged_act, is_reported_clause, is_reported_modal
from eventwire.event_verb_shapes import (
    approval_withheld,
    armed_antecedent,
    clause_subjects,
    ends_visa_waiver,
    fate_of_anyone,
    goes_to_a_place,
    names_destination,
    orders_trade_halt,
    pays_a_call,
    relative_antecedents,
    sends_forces_passive,
)
from eventwire.events_armed import has_armed_agent
from eventwire.events_wording import has_object_in
from eventwire.tokens import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, TIME_ENTITIES, lemma


def requirement_met(requirement: str, token: Token, lexicon: Lexicon) -> bool:
    """Whether a rule's ``requires`` holds at the token (see ``TriggerRule.requires``); "future" and
    names with no check here are checked once the clause's tense is known."""
    check = REQUIREMENTS.get(requirement)
    return check is None or check(token, lexicon)


def _armed(token: Token, lexicon: Lexicon) -> bool:
    return has_armed_agent(token, lexicon.armed) or armed_antecedent(token, lexicon.armed)


def _named_partner(token: Token, lexicon: Lexicon) -> bool:
    return has_named_partner(token)


def _named_ally(token: Token, lexicon: Lexicon) -> bool:
    return has_named_ally(token)


def _party_object(token: Token, lexicon: Lexicon) -> bool:
    # "expects Rwanda to withdraw": a named party the verb asks something of
    clauses = [child for child in token.children if child.dep_ in {"xcomp", "ccomp"}]
    asked = [child for child in token.children if child.dep_ == "dobj"]
    asked += [subject for clause in clauses for subject in clause.children if subject.dep_ == "nsubj"]
    return bool(clauses) and any(names_party(word) for word in asked)


def _exercise_partner(token: Token, lexicon: Lexicon) -> bool:
    # "drills with Guyana's defence force": the "with" hangs on the noun or on the verb it is
    # the object of ("carried out drills with ...")
    governor = token.head if token.dep_ in OBJECT_DEPS else None
    return has_named_ally(token, {"with"}) or (governor is not None and has_named_ally(governor, {"with"}))


def _travel_destination(token: Token, lexicon: Lexicon) -> bool:
    # "banned its citizens from travelling to Laos", "were barred from flying to Libya": a journey
    # the verb forbids (after "from", or as its clause) that names where it goes
    trips = [
        clause
        for child in token.children
        if child.dep_ == "prep" and child.lower_ == "from"
        for clause in child.children
        if clause.dep_ == "pcomp"
    ]
    trips += [child for child in token.children if child.dep_ in {"xcomp", "advcl"}]
    travel = event_words("travel_verbs")
    return any(lemma(trip) in travel and names_destination(trip) for trip in trips)


def _foreign_target(token: Token, lexicon: Lexicon) -> bool:
    # "levies on American goods", "imposed a surcharge on power exported to Ohio": what it is laid on
    # (after the noun or after the verb that imposes it) names a country, a nationality or a place
    holders = [token, token.head] if token.dep_ in OBJECT_DEPS else [token]
    return any(
        word.ent_type_ in {"GPE", "NORP"} or (word.pos_ == "PROPN" and word.ent_type_ not in TIME_ENTITIES)
        for holder in holders
        for child in holder.children
        if child.dep_ == "prep" and child.lower_ == "on"
        for word in child.subtree
    )


def _foreign_owned(token: Token, lexicon: Lexicon) -> bool:
    # "barred Israel's largest shipping line and its vessels", "blocked Nippon Steel's takeover": the
    # barred object (or a conjunct) names a country, a nationality or a firm (the rule's objects say
    # which nouns count; the owner's country is the dyad's business)
    objects = [child for child in token.children if child.dep_ == "dobj"]
    return any(
        word.ent_type_ in {"GPE", "NORP", "ORG"}
        for obj in objects
        for noun in [obj, *obj.conjuncts]
        for word in noun.subtree
    )


def _foreign_content(token: Token, lexicon: Lexicon) -> bool:
    # "pulled Thai films and television dramas off the air": what is pulled (or a conjunct) is a
    # country's or a nationality's films, shows or songs (cultural_products), not a broadcaster
    products = event_words("cultural_products")
    return any(
        lemma(noun) in products and any(word.ent_type_ in {"GPE", "NORP"} for word in noun.subtree)
        for obj in token.children
        if obj.dep_ == "dobj"
        for noun in [obj, *obj.conjuncts]
    )


def _alleged_espionage(token: Token, lexicon: Lexicon) -> bool:
    # "said he had been working for a European intelligence service", "said the suspects were
    # recruited by Hungarian military intelligence": reported work for a spy agency
    spies = event_words("intelligence_words")
    return is_alleged_act(token, lexicon.speech_verbs) and any(
        child.dep_ in {"prep", "agent"}
        and child.lower_ in {"for", "by"}
        and any(lemma(word) in spies or word.lower_ in spies for word in child.subtree)
        for child in token.children
    )


def _thing_subject(token: Token, lexicon: Lexicon) -> bool:
    # "the dispute threatened the ceasefire", "a verdict that threatens to set back the thaw"
    things = event_words("threatening_things")
    return any(subject.pos_ == "NOUN" and lemma(subject) in things for subject in clause_subjects(token))


def _person_taken(token: Token, lexicon: Lexicon) -> bool:
    # "the activist was picked up from his hotel": the passive subject is a person named or one of
    # the people arrests are told of
    people = event_words("people_taken")
    taken = [child for child in token.children if child.dep_ in PASSIVE_SUBJECT_DEPS]
    taken += [conj for noun in taken for conj in noun.conjuncts]
    return any(
        noun.ent_type_ == "PERSON"
        or lemma(noun) in people
        or any(child.dep_ == "compound" and lemma(child) in people for child in noun.children)
        for noun in taken
    )


def _approval_withheld(token: Token, lexicon: Lexicon) -> bool:
    return approval_withheld(token)


def _force_kept_open(token: Token, lexicon: Lexicon) -> bool:
    # "refused to rule out military force": the refused clause rules out a use of force
    options = event_words("force_options")
    # (or "the use of force"; the parser takes some infinitives for adverbial clauses)
    return any(
        clause.dep_ in {"xcomp", "advcl"}
        and lemma(clause) == "rule"
        and any(part.dep_ == "prt" and part.lower_ == "out" for part in clause.children)
        and has_object_in(clause, options)
        for clause in token.children
    )


def _barred_journey(token: Token, lexicon: Lexicon) -> bool:
    # the journey of "banned its citizens from travelling to Laos": after "from" on a verb that bars
    bars = event_words("travel_bans")
    verb = token.head.head if token.dep_ == "pcomp" and token.head.lower_ == "from" else token.head
    return lemma(verb) in bars and names_destination(token)


def _destination(token: Token, lexicon: Lexicon) -> bool:
    return goes_to_a_place(token)


def _visitor(token: Token, lexicon: Lexicon) -> bool:
    # "welcomed Macron at the palace", "Macron was received by the king": a person is the object
    # (the small model leaves some names untyped: a proper noun of no other kind counts)
    return any(
        child.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS
        and (child.ent_type_ == "PERSON" or (child.pos_ == "PROPN" and not child.ent_type_))
        for child in token.children
    )


def _courtesy_call(token: Token, lexicon: Lexicon) -> bool:
    return pays_a_call(token)


def _mandative(token: Token, lexicon: Lexicon) -> bool:
    # "insisted that the commission publish ...": a that-clause whose verb is in the base form, with
    # a subject and no auxiliary (not "insisted it was innocent")
    return any(
        clause.dep_ == "ccomp"
        and clause.tag_ == "VB"
        and any(child.dep_ == "nsubj" for child in clause.children)
        and not any(child.dep_ in {"aux", "auxpass"} for child in clause.children)
        for clause in token.children
    )


def _others_act(token: Token, lexicon: Lexicon) -> bool:
    # "regretted Moscow's decision": its object is someone else's (not "its decision")
    return any(
        obj.dep_ == "dobj" and any(c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"} for c in obj.children)
        for obj in token.children
    )


def _forces_passive(token: Token, lexicon: Lexicon) -> bool:
    return sends_forces_passive(token, lexicon)


def _visa_waiver(token: Token, lexicon: Lexicon) -> bool:
    return ends_visa_waiver(token)


def _state_destination(token: Token, lexicon: Lexicon) -> bool:
    # "was handed over to Manila": a place after "to" (not "to the Red Cross")
    return any(
        child.dep_ in {"prep", "dative"} and child.lower_ == "to" and obj.ent_type_ == "GPE"
        for child in token.children
        for obj in child.children
    )


def _ordered_halt(token: Token, lexicon: Lexicon) -> bool:
    return orders_trade_halt(token)


def _predicative(token: Token, lexicon: Lexicon) -> bool:
    # "is prepared to talk": an adjective said of the subject, not the finite verb "prepared to return"
    return token.pos_ == "ADJ" or token.dep_ in {"acomp", "amod"} or lemma(token.head) == "be"


def _own_comment(token: Token, lexicon: Lexicon) -> bool:
    # "declined to comment", "declined comment": not a comment the verb's clause does something to
    # ("refused to withdraw the comment")
    return any(child.dep_ in {"xcomp", "dobj"} and lemma(child) == "comment" for child in token.children)


def _generic_fate(token: Token, lexicon: Lexicon) -> bool:
    # "whoever attacks us will pay a heavy price": anyone at all will suffer
    return fate_of_anyone(token)


# What someone is assured of when the assurance is support ("assured him of continued support").
ASSURED_SUPPORT = frozenset({"support", "backing", "solidarity", "commitment"})


def _assured_of_support(token: Token, lexicon: Lexicon) -> bool:
    # "assured Kyiv of its support": the parser hangs "of" on the verb or on the one assured
    holders = [token, *(child for child in token.children if child.dep_ == "dobj")]
    return any(
        prep.dep_ == "prep" and prep.lower_ == "of" and lemma(obj) in ASSURED_SUPPORT
        for holder in holders
        for prep in holder.children
        for obj in prep.children
    )


# What each ``requires`` name of data/events.yaml checks.
REQUIREMENTS: dict[str, Callable[[Token, Lexicon], bool]] = {
    "armed": _armed,
    "named-partner": _named_partner,
    "named-ally": _named_ally,
    "party-object": _party_object,
    "exercise-partner": _exercise_partner,
    "travel-destination": _travel_destination,
    "foreign-target": _foreign_target,
    "foreign-owned": _foreign_owned,
    "foreign-content": _foreign_content,
    "alleged-espionage": _alleged_espionage,
    "thing-subject": _thing_subject,
    "person-taken": _person_taken,
    "approval-withheld": _approval_withheld,
    "force-kept-open": _force_kept_open,
    "barred-journey": _barred_journey,
    "destination": _destination,
    "visitor": _visitor,
    "courtesy-call": _courtesy_call,
    "mandative": _mandative,
    # reported speech (event_reported_speech): "said X had lied", "said the vote was rigged" (a deed
    # alleged with its doer unnamed), "said X must withdraw", "said X would pay a price"
    "alleged": lambda token, lexicon: is_alleged_act(token, lexicon.speech_verbs),
    "alleged-deed": lambda token, lexicon: is_alleged_act(token, lexicon.speech_verbs, passive=True),
    "reported": lambda token, lexicon: is_reported_modal(token, lexicon.speech_verbs),
    "reported-fate": lambda token, lexicon: is_reported_clause(token, lexicon.speech_verbs),
    "others-act": _others_act,
    "forces-passive": _forces_passive,
    "visa-waiver": _visa_waiver,
    "state-destination": _state_destination,
    "ordered-halt": _ordered_halt,
    "predicative": _predicative,
    "own-comment": _own_comment,
    "generic-fate": _generic_fate,
    "assured-of-support": _assured_of_support,
}


def has_cue(token: Token, cues: frozenset[str]) -> bool:
    """One of ``cues`` modifies the word (or the object of its preposition: "a strike by teachers"; or,
    for a verb, its object: "ordered the ambassador out", or what its subject carries), or is the verb
    that governs it ("called a strike", "a response would follow") or that verb's subject ("unions began
    a strike")."""
    near = [*token.children, *(g for child in token.children if child.dep_ == "prep" for g in child.children)]
    if token.pos_ in {"VERB", "AUX"}:
        # a particle the parser hangs on the object: "ordered the ambassador out of the country"
        near += [
            g for child in token.children if child.dep_ == "dobj" for g in child.children if g.dep_ == "prep"
        ]
        near += _subject_cargo(token) + relative_antecedents(token)
    if token.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"pobj", "nsubj"}:
        governor = token.head if token.dep_ != "pobj" else token.head.head
        near += [governor, *(child for child in governor.children if child.dep_ == "nsubj")]
    if token.pos_ == "NOUN" and token.dep_ in OBJECT_DEPS:
        # what the object is laid on, which the parser hangs on the verb: "imposed curbs on exports"
        near += [
            g
            for child in token.head.children
            if child.dep_ == "prep" and child.lower_ == "on"
            for g in child.children
        ]
    if token.dep_ == "nsubj" and lemma(token.head) == "be":
        # the predicate said of it: "Tehran's answer would be decisive"
        near += [child for child in token.head.children if child.dep_ in {"acomp", "attr"}]
    return any(lemma(word) in cues or word.lower_ in cues for word in near)


def _subject_cargo(verb: Token) -> list[Token]:
    """What the verb's subject is said to carry: "a plane carrying food and tents landed", "trucks
    loaded with flour arrived" (the objects of a participle modifying the subject); and who a counted
    subject counts ("thousands of protesters gathered", "dozens of supporters")."""
    subjects = [subject for subject in verb.children if subject.dep_ == "nsubj"]
    counted = [
        obj
        for subject in subjects
        if subject.pos_ == "NUM" or lemma(subject) in COUNT_NOUNS
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    return counted + [
        word
        for subject in subjects
        for participle in subject.children
        if participle.dep_ == "acl" and participle.tag_ in {"VBG", "VBN"}
        for child in participle.children
        for word in (child, *child.conjuncts, *(g for g in child.children if g.dep_ == "pobj"))
    ]


# Nouns that count people: "thousands of protesters", "scores of supporters".
COUNT_NOUNS = frozenset({"thousand", "hundred", "dozen", "score", "ten", "million"})


def has_named_partner(token: Token) -> bool:
    """ "spoke with Putin": a "with" whose object is a name (not "with reporters")."""
    return any(
        child.dep_ == "prep" and child.lower_ == "with" and obj.dep_ == "pobj" and obj.pos_ == "PROPN"
        for child in token.children
        for obj in child.children
    )


ALLY_PREPS = frozenset({"with", "by", "behind"})


def has_named_ally(token: Token, preps: frozenset[str] | set[str] = ALLY_PREPS) -> bool:
    """ "stood with Guyana", "stands by the Serb leaders": a "with", "by" or "behind" whose object is
    a name or is qualified by one (not "stood by its decision", "stood with reporters")."""
    return any(
        child.dep_ == "prep" and child.lower_ in preps and obj.dep_ == "pobj" and names_party(obj)
        for child in token.children
        for obj in child.children
    )


def names_party(noun: Token) -> bool:
    """A noun that is a name or is qualified by one ("Guyana", "the Serb leaders", "Kiir's government")."""
    qualifiers = [noun, *(c for c in noun.children if c.dep_ in {"amod", "compound", "poss"})]
    return any(word.pos_ == "PROPN" or word.ent_type_ in {"NORP", "GPE"} for word in qualifiers)
