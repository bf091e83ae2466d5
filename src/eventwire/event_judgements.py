"""How a verb passes a judgement on what it speaks of, beyond its plain object predicate
(:func:`eventwire.events_wording.has_complement_in`): in a relative clause ("a step the agency
described as very serious"), as a kind or part of something ("a form of blackmail", "part of a smear
campaign"), with a qualifying adverb ("politically motivated"), after an infinitive ("called the
decision to open talks senseless"), where the parser hangs it elsewhere ("designated the
movement a terrorist organisation"), or denied ("said the ruling was not unfair"). The trigger finder
(:mod:`eventwire.eventparts`) asks these of rules with ``complements`` or ``judgements``."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.event_lexicon import event_words
from eventwire.events_wording import LINKING_VERBS, complements_of
from eventwire.tokens import OBJECT_DEPS, lemma


def complement_in_relative(verb: Token, words: frozenset[str]) -> bool:
    """ "a step the agency's chief described as very serious": a relative clause whose object is the noun
    it hangs on calls that noun one of ``words``."""
    return (
        verb.dep_ == "relcl"
        and not any(child.dep_ in OBJECT_DEPS for child in verb.children)
        and any(lemma(word) in words or word.lower_ in words for word in complements_of(verb))
    )


def misattached_complement(verb: Token, words: frozenset[str]) -> bool:
    """What the verb calls its object where the small parser hangs it elsewhere: a second direct object
    ("designated the movement a terrorist organisation") or an "as" phrase on the object ("designated
    22 gangs as terrorist organisations"); with the modifiers of either."""
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    named = objects[1:]
    named += [
        noun
        for obj in objects
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]
    return _names_one_of(named, words)


def judgement_in_kind(verb: Token, words: frozenset[str]) -> bool:
    """A judgement named as what the thing is a kind or part of ("said the movement was a form of
    supremacism", "called the accusations part of a smear campaign"): the "of" object of a predicate
    that is one of events.yaml ``judgement_kinds``, or its modifiers."""
    kinds = event_words("judgement_kinds")
    predicates = _predicates(verb)
    predicates += [conj for word in predicates for conj in word.conjuncts]
    named = [
        noun
        for word in predicates
        if lemma(word) in kinds
        for of in word.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for noun in of.children
        if noun.dep_ == "pobj"
    ]
    return _names_one_of(named, words)


def qualified_judgement(verb: Token, words: frozenset[str]) -> bool:
    """A judgement of two words, an adverb and its adjective ("said the decision was purely political",
    "called the charges politically motivated"), in the reported clause or on the verb's object."""
    if not any(" " in word for word in words):
        return False
    predicates = _predicates(verb)
    predicates += [
        mod
        for obj in verb.children
        if obj.dep_ == "dobj"
        for mod in obj.children
        if mod.dep_ in {"acl", "amod"}
    ]
    return any(
        f"{adverb.lower_} {word.lower_}" in words
        for word in predicates
        for adverb in word.children
        if adverb.dep_ == "advmod"
    )


def complement_after_infinitive(verb: Token, words: frozenset[str]) -> bool:
    """ "called the decision to open talks senseless and improper", "calling the move to halt the bid a
    betrayal": the small parser hangs the predicate somewhere inside the infinitive that modifies the
    object. It is the last word of the object's phrase (its noun, before an "of" phrase), and not what
    the infinitive itself acts on ("called the decision to fight terrorism a success")."""
    for obj in (child for child in verb.children if child.dep_ == "dobj"):
        infinitive = next(
            (
                child
                for child in obj.children
                if child.dep_ == "acl"
                and any(aux.dep_ == "aux" and aux.lower_ == "to" for aux in child.children)
            ),
            None,
        )
        words_of_phrase = [word for word in obj.subtree if not word.is_punct]
        if infinitive is None or words_of_phrase[-1].i <= infinitive.i:
            continue
        last = words_of_phrase[-1]
        if last.dep_ == "pobj" and last.head.lower_ == "of":
            last = last.head.head  # "a betrayal of the constitution"
        # its first object; a second one after it is the predicate the parser misplaced
        acted_on = [child for child in infinitive.children if child.dep_ in {"dobj", "dative"}][:1]
        acted_on += [conj for noun in acted_on for conj in noun.conjuncts]
        if (
            last.pos_ in {"NOUN", "ADJ"}
            and last not in acted_on
            and (lemma(last) in words or last.lower_ in words)
        ):
            return True
    return False


def judgement_denied(verb: Token) -> bool:
    """The verb reports that something is not so: "said the ruling was not unfair", "insisted the
    official had never been corrupt" clear someone of the judgement rather than pass it."""
    return any(
        lemma(clause) in LINKING_VERBS and any(child.dep_ == "neg" for child in clause.children)
        for clause in verb.children
        if clause.dep_ in {"ccomp", "parataxis"}
    )


def _predicates(verb: Token) -> list[Token]:
    """What a verb of saying or calling says something is: the predicate of its reported clause ("said
    the decision was political") or its own complement ("called the charges motivated")."""
    predicates = [
        word
        for clause in verb.children
        if clause.dep_ in {"ccomp", "parataxis"} and lemma(clause) in LINKING_VERBS
        for word in clause.children
        if word.dep_ in {"acomp", "attr"}
    ]
    return predicates + [child for child in verb.children if child.dep_ in {"oprd", "acomp", "xcomp"}]


def _names_one_of(nouns: list[Token], words: frozenset[str]) -> bool:
    """One of the nouns, or an adjective or noun modifying one, is among ``words``."""
    named = [*nouns, *(mod for noun in nouns for mod in noun.children if mod.dep_ in {"amod", "compound"})]
    return any(lemma(word) in words or word.lower_ in words for word in named)
