"""Telling words around a trigger verb: the object or the complement that makes it an event.

"Fired rockets" is an attack and "delivered medical supplies" aid, while "fired the minister" and
"delivered a speech" are neither (a rule's ``objects``); "called the decision illegal" and "described
the move as a provocation" are disapproval, while "called the meeting a success" is not (a rule's
``complements``). The word lists are data, in the rules of ``data/events.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.event_lexicon import event_words, events_config
from eventwire.tokens import lemma


def _named(nouns: list[Token], words: frozenset[str]) -> bool:
    return any(lemma(noun) in words or noun.lower_ in words or _hyphenated(noun) in words for noun in nouns)


def _hyphenated(word: Token) -> str:
    """ "heavy-handed" as one word: the tokenizer splits it into "heavy", "-", "handed"."""
    doc = word.doc
    if (
        word.i < 2
        or doc[word.i - 1].text != "-"
        or doc[word.i - 2].whitespace_
        or doc[word.i - 1].whitespace_
    ):
        return ""
    return f"{doc[word.i - 2].lower_}-{word.lower_}"


def has_object_in(verb: Token, words: frozenset[str]) -> bool:
    """The verb's direct object is one of ``words``, or names a quantity of them ("fired a salvo of
    missiles", "delivered 90 tonnes of food and medical supplies"), or holds one ("a credit line").
    Only an "of" or an "in" phrase tells what the object is made of ("30 million euros in grants"):
    "extended its ban on grain" delivers no grain."""
    particles = particle_objects(verb)
    for child in [*verb.children, *particles]:
        if child.dep_ != "dobj" and child not in particles:
            continue
        nouns = [
            child,
            *(
                g
                for p in child.children
                if p.dep_ == "prep" and p.lower_ in {"of", "in"}
                for g in p.children
                if g.dep_ == "pobj"
            ),
        ]
        nouns += [conj for noun in nouns for conj in noun.conjuncts]
        nouns += [
            mod for noun in nouns if lemma(noun) in event_words("object_holders") for mod in _compounds(noun)
        ]
        # a title before a name ("ordered envoy Breno da Costa out"): the name's compound common noun
        nouns += [
            mod for noun in nouns if noun.pos_ == "PROPN" for mod in _compounds(noun) if mod.pos_ == "NOUN"
        ]
        if _named(nouns, words):
            return True
    return False


def particle_objects(verb: Token) -> list[Token]:
    """ "flew in 15 tonnes of tents", "sent in troops": the small parser reads the particle right
    after the verb as a preposition whose object is the verb's."""
    return [
        obj
        for child in verb.children
        if child.dep_ == "prep" and child.lower_ in {"in", "out", "over"} and child.i == verb.i + 1
        for obj in child.children
        if obj.dep_ == "pobj"
    ]


def _compounds(noun: Token) -> list[Token]:
    return [child for child in noun.children if child.dep_ == "compound"]


def complements_of(verb: Token) -> list[Token]:
    """What the verb calls its object: an object predicate ("called it illegal", "called it a
    provocation") or an "as" phrase ("described it as a provocation"), with their conjuncts and the
    adjectives of a noun complement ("a dangerous provocation")."""
    found = [child for child in verb.children if child.dep_ in {"oprd", "xcomp", "ccomp", "acomp"}]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            # "described it as serious": the small parser hangs the adjective on "as" as a modifier
            found += [grand for grand in child.children if grand.dep_ in {"pobj", "amod", "acomp"}]
        elif child.dep_ == "dobj":
            # "called the resolution hasty": an adjective after its noun is the predicate the small
            # parser took for a modifier (English adjectives come before the noun they modify)
            found += [mod for mod in child.children if mod.dep_ == "amod" and mod.i > child.i]
            # "called the decision a coup": the small parser takes the predicate for an apposition;
            # a real apposition is set off by a comma
            found += [mod for mod in child.children if mod.dep_ == "appos" and not _comma_between(child, mod)]
    found += [conj for word in found for conj in word.conjuncts]
    # "a dangerous provocation", "a smear campaign": the noun's adjectives and noun modifiers
    found += [mod for word in found for mod in word.children if mod.dep_ in {"amod", "compound"}]
    return found


def _comma_between(left: Token, right: Token) -> bool:
    return any(token.text == "," for token in left.doc[left.i : right.i])


def has_complement_in(verb: Token, words: frozenset[str]) -> bool:
    """The verb has an object (or an object predicate, which implies one) and calls it one of
    ``words`` ("called the ruling unfair")."""
    has_object = any(child.dep_ in {"dobj", "nsubjpass", "oprd"} for child in verb.children)
    return has_object and _named(complements_of(verb), words)


# Verbs that link a subject to what it is said to be ("was a provocation", "constitutes a violation").
LINKING_VERBS = frozenset({"be", "constitute", "amount", "represent", "remain", "seem"})


def reports_judgement(verb: Token, words: frozenset[str]) -> bool:
    """The verb reports that something is one of ``words``: "said the deployment was a provocation",
    "said the move amounted to a violation" (a copula's predicate noun or adjective, with their
    adjectives: "was a dangerous step")."""
    for clause in (child for child in verb.children if child.dep_ in {"ccomp", "parataxis"}):
        if lemma(clause) not in LINKING_VERBS:
            continue
        predicates = [c for c in clause.children if c.dep_ in {"attr", "acomp"}]
        predicates += [g for c in clause.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        predicates += [mod for word in predicates for mod in word.children if mod.dep_ == "amod"]
        if _named(predicates, words):
            return True
    return False


@lru_cache(maxsize=1)
def _newsroom_idioms() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = events_config().get("newsroom_idioms", {})
    silence = data.get("silence", {})
    return (
        frozenset(silence.get("verbs", [])),
        frozenset(silence.get("complements", [])),
        frozenset(data.get("question", {}).get("verbs", [])),
    )


def newsroom_idiom(verb: Token) -> bool:
    """The verb is how a story says where its facts came from, not an act of anyone: a source's silence
    ("declined to comment", "refused to elaborate") or a reporter's question ("Asked about the incident,
    the spokesman said ...", "when asked whether ..."): events.yaml ``newsroom_idioms``."""
    silent_verbs, silent_complements, question_verbs = _newsroom_idioms()
    if lemma(verb) in silent_verbs:
        return any(child.dep_ == "xcomp" and lemma(child) in silent_complements for child in verb.children)
    if lemma(verb) in question_verbs and verb.tag_ == "VBN":
        # a participle with no subject of its own hanging on the clause it introduces
        return verb.dep_ in {"advcl", "ROOT"} and not any(
            child.dep_ in {"nsubj", "nsubjpass", "auxpass", "aux"} for child in verb.children
        )
    return False


def names_a_venue(noun: Token) -> bool:
    """A meeting noun on whose sidelines something else happens ("met on the sidelines of a G20
    meeting", "on the margins of the summit"): the venue, no event of its own here (events.yaml
    ``venue_markers``)."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    step = noun
    for _ in range(4):
        if step.head.i == step.i:
            return False
        step = step.head
        if lemma(step) in event_words("venue_markers"):
            return True
    return False
