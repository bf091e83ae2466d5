"""What a trigger rule may require of the words around it (``requires`` and ``cues`` in
``data/events.yaml``): an armed agent, a named partner or ally, a modal a speaker reports ("said X
must withdraw"), a future clause a speaker reports ("said X would pay a price"), a party asked to act,
a drill partner."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.event_lexicon import Lexicon, event_words
from eventwire.event_reported_speech import REPORTED as REPORTED
from eventwire.event_reported_speech import demand_clause as demand_clause
from eventwire.event_reported_speech import demanded_act as demanded_act
from eventwire.event_reported_speech import is_alleged_act, is_reported_clause, is_reported_modal
from eventwire.events_armed import FIGURATIVE_PARTICLES, ArmedCues, _is_armed, _is_state, has_armed_agent
from eventwire.events_wording import has_object_in
from eventwire.tokens import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, TIME_ENTITIES, lemma

# "which", "that", "who" opening a relative clause
RELATIVE_PRONOUN_TAGS = {"WDT", "WP"}


def requirement_met(requirement: str, token: Token, lexicon: Lexicon) -> bool:
    """Whether a rule's ``requires`` holds at the token (see ``TriggerRule.requires``)."""
    if requirement == "armed":
        return has_armed_agent(token, lexicon.armed) or armed_antecedent(token, lexicon.armed)
    if requirement == "named-partner":
        return has_named_partner(token)
    if requirement == "named-ally":
        return has_named_ally(token)
    if requirement == "party-object":
        # "expects Rwanda to withdraw": a named party the verb asks something of
        clauses = [child for child in token.children if child.dep_ in {"xcomp", "ccomp"}]
        asked = [child for child in token.children if child.dep_ == "dobj"]
        asked += [subject for clause in clauses for subject in clause.children if subject.dep_ == "nsubj"]
        return bool(clauses) and any(names_party(word) for word in asked)
    if requirement == "exercise-partner":
        # "drills with Guyana's defence force": the "with" hangs on the noun or on the verb it is
        # the object of ("carried out drills with ...")
        governor = token.head if token.dep_ in OBJECT_DEPS else None
        return has_named_ally(token, {"with"}) or (
            governor is not None and has_named_ally(governor, {"with"})
        )
    if requirement == "travel-destination":
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
        return any(lemma(trip) in travel and _names_destination(trip, lexicon) for trip in trips)
    if requirement == "foreign-target":
        # "levies on American goods", "imposed a surcharge on power exported to Ohio": what it is laid on
        # (after the noun or after the verb that imposes it) names a country, a nationality or a place
        holders = [token, token.head] if token.dep_ in OBJECT_DEPS else [token]
        return any(
            word.ent_type_ in {"GPE", "NORP"}
            or (word.pos_ == "PROPN" and word.ent_type_ not in TIME_ENTITIES)
            for holder in holders
            for child in holder.children
            if child.dep_ == "prep" and child.lower_ == "on"
            for word in child.subtree
        )
    if requirement == "alleged-espionage":
        # "said he had been working for a European intelligence service", "said the suspects were
        # recruited by Hungarian military intelligence": reported work for a spy agency
        spies = event_words("intelligence_words")
        return requirement_met("alleged", token, lexicon) and any(
            child.dep_ in {"prep", "agent"}
            and child.lower_ in {"for", "by"}
            and any(lemma(word) in spies or word.lower_ in spies for word in child.subtree)
            for child in token.children
        )
    if requirement == "thing-subject":
        # "the dispute threatened the ceasefire", "a verdict that threatens to set back the thaw"
        things = event_words("threatening_things")
        return any(subject.pos_ == "NOUN" and lemma(subject) in things for subject in clause_subjects(token))
    if requirement == "person-taken":
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
    if requirement == "approval-withheld":
        return approval_withheld(token)
    if requirement == "force-kept-open":
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
    if requirement == "barred-journey":
        # the journey of "banned its citizens from travelling to Laos": after "from" on a verb that bars
        bars = event_words("travel_bans")
        verb = token.head.head if token.dep_ == "pcomp" and token.head.lower_ == "from" else token.head
        return lemma(verb) in bars and _names_destination(token, lexicon)
    if requirement == "destination":
        # a place name after "to" (the small model often tags a country as ORG: any proper noun)
        return any(
            child.dep_ in {"prep", "dative"}  # the parser takes some "to" for a dative
            and child.lower_ == "to"
            and (obj.ent_type_ == "GPE" or obj.pos_ == "PROPN")
            for child in token.children
            for obj in child.children
        )
    if requirement == "visitor":
        # "welcomed Macron at the palace", "Macron was received by the king": a person is the object
        # (the small model leaves some names untyped: a proper noun of no other kind counts)
        return any(
            child.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS
            and (child.ent_type_ == "PERSON" or (child.pos_ == "PROPN" and not child.ent_type_))
            for child in token.children
        )
    if requirement == "courtesy-call":
        return pays_a_call(token)
    if requirement == "mandative":
        # "insisted that the commission publish ...": a that-clause whose verb is in the base form, with
        # a subject and no auxiliary (not "insisted it was innocent")
        return any(
            clause.dep_ == "ccomp"
            and clause.tag_ == "VB"
            and any(child.dep_ == "nsubj" for child in clause.children)
            and not any(child.dep_ in {"aux", "auxpass"} for child in clause.children)
            for clause in token.children
        )
    if requirement == "alleged":
        return is_alleged_act(token, lexicon.speech_verbs)
    if requirement == "reported":
        return is_reported_modal(token, lexicon.speech_verbs)
    if requirement == "reported-fate":
        return is_reported_clause(token, lexicon.speech_verbs)
    if requirement == "others-act":
        # "regretted Moscow's decision": its object is someone else's (not "its decision")
        return any(
            obj.dep_ == "dobj" and any(c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"} for c in obj.children)
            for obj in token.children
        )
    if requirement == "forces-passive":
        return sends_forces_passive(token, lexicon)
    if requirement == "visa-waiver":
        return ends_visa_waiver(token)
    if requirement == "state-destination":
        # "was handed over to Manila": a place after "to" (not "to the Red Cross")
        return any(
            child.dep_ in {"prep", "dative"} and child.lower_ == "to" and obj.ent_type_ == "GPE"
            for child in token.children
            for obj in child.children
        )
    if requirement == "ordered-halt":
        return orders_trade_halt(token)
    return True  # "future" is checked once the clause's tense is known


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


def _names_destination(trip: Token, lexicon: Lexicon) -> bool:
    """A journey to a named place, or to part of one ("travelling to parts of Cambodia")."""
    return requirement_met("destination", trip, lexicon) or any(
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
        near += _subject_cargo(token)
    if token.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"pobj", "nsubj"}:
        governor = token.head if token.dep_ != "pobj" else token.head.head
        near += [governor, *(child for child in governor.children if child.dep_ == "nsubj")]
    if token.dep_ == "nsubj" and lemma(token.head) == "be":
        # the predicate said of it: "Tehran's answer would be decisive"
        near += [child for child in token.head.children if child.dep_ in {"acomp", "attr"}]
    return any(lemma(word) in cues or word.lower_ in cues for word in near)


def _subject_cargo(verb: Token) -> list[Token]:
    """What the verb's subject is said to carry: "a plane carrying food and tents landed", "trucks
    loaded with flour arrived" (the objects of a participle modifying the subject)."""
    return [
        word
        for subject in verb.children
        if subject.dep_ == "nsubj"
        for participle in subject.children
        if participle.dep_ == "acl" and participle.tag_ in {"VBG", "VBN"}
        for child in participle.children
        for word in (child, *child.conjuncts, *(g for g in child.children if g.dep_ == "pobj"))
    ]


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
