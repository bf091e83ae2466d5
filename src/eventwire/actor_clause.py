"""Is a country or capital word an actor or a place? Dependency tests on its clause.

"Minsk said" and "sanctions against Minsk" name Belarus's government; "talks in Minsk" name a
place. These tests read the word's dependency label and its governor.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actor_tables import roles
from eventwire.coref import SUBJECT_DEPS
from eventwire.token_view import Words

ACTOR_DEPS = SUBJECT_DEPS | {"poss", "agent"}


def effective(token: Token) -> Token:
    """Climb conjunctions and appositions: "Moscow and Minsk agreed" puts Minsk where Moscow is."""
    while token.dep_ in {"conj", "appos"} and token.head is not token:
        token = token.head
    return token


def coordinated_subject(token: Token) -> int:
    """Index of the first conjunct when ``token`` is part of a coordinated subject ("Russia and
    China vetoed it": both give Russia's index), else -1 (no coordination, or not a subject)."""
    first = token
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    coordinated = first is not token or any(child.dep_ == "conj" for child in token.children)
    return first.i if coordinated and first.dep_ in SUBJECT_DEPS else -1


def is_place(token: Token) -> bool:
    """Object of a locative preposition ("in Minsk", "the meeting in Moscow")."""
    token = effective(token)
    return token.dep_ == "pobj" and token.head.lower_ in roles().locative_prepositions


def capital_acts(token: Token) -> bool:
    """A capital stands for its government only as subject/agent/possessor, or as object of acting."""
    token = effective(token)
    if token.dep_ in ACTOR_DEPS:
        return True
    if token.dep_ == "pobj":
        preposition = token.head
        if preposition.lower_ == "to" and preposition.head.lower_ == "according":
            return True  # "according to Kyiv": a source, hence an actor
        if preposition.lower_ in {"on", "upon"} and preposition.head.lemma_ in roles().actor_on_heads:
            return True  # "called on Caracas", "sanctions on Minsk": acted on, not a place
        return preposition.lower_ in roles().actor_prepositions or preposition.dep_ == "agent"
    return token.dep_ == "dobj" and token.head.lemma_ in roles().actor_object_verbs


def headline_source(doc: Words, i: int, j: int) -> bool:
    """ "Sanctions will not break us: Minsk": the words after a headline's last colon are its source."""
    if i == 0 or doc[i - 1].text != ":":
        return False
    rest = doc[j : doc[i].sent.end]
    return all(token.is_space or (token.is_punct and token.text not in {".", "?", "!"}) for token in rest)
