"""Names used as sites: a place or venue is where something happened, never who did it.

"a summit at Carrington Hall", "the Tarnak crossing", "the port of Kolvik": a capitalised name the
tables do not know, tagged an organisation or a person by the small model, is here a place.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actor_tables import role_words, roles
from eventwire.token_view import Words


def is_site_noun(token: Token) -> bool:
    """A noun of roles.yaml ``site_nouns`` or ``place_nouns`` ("crossing", "barracks", "port")."""
    sites = role_words("site_nouns") | roles().place_nouns
    return (
        token.lower_ in sites or token.lemma_.lower() in sites
    )  # the tagger lemmatises "barracks" "barrack"


def modifies_site(token: Token) -> bool:
    """The name modifies a site noun ("the Tarnak crossing") or follows its "of" ("the port of Kolvik")."""
    token = _first_conjunct(token)
    if token.dep_ == "compound":
        return is_site_noun(token.head)
    return token.dep_ == "pobj" and token.head.lower_ == "of" and is_site_noun(token.head.head)


def names_a_site(token: Token) -> bool:
    """Whether a name the tables do not know is used as a place: it modifies a site noun (see
    :func:`modifies_site`), or it is the object of "in"/"at" ("a summit at Carrington Hall", "tear
    gas outside the court at Kibera") unless people work there ("a spokesman at Rosvodtrans")."""
    if modifies_site(token):
        return True
    token = _first_conjunct(token)
    preposition = token.head
    return (
        token.dep_ == "pobj"
        and preposition.lower_ in roles().name_place_prepositions
        and preposition.head.lower_ not in role_words("works_at_nouns")
    )


def _first_conjunct(token: Token) -> Token:
    """ "at Kibera and Voi": Voi is where Kibera is. Appositions are not climbed: the small model
    hangs "in Geneva, the court's chamber said" as an apposition of the place."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def water_body(doc: Words, i: int, end: int, builder: object = None) -> int | None:
    """A sea, gulf, lake or river the model tags as a location ("the South China Sea", "the Gulf of
    Thailand", "the Indian Ocean") names no actor, whatever country its name holds: the token after it,
    so that no rule reads its words."""
    if doc[i].ent_iob_ != "B" or doc[i].ent_type_ != "LOC":
        return None
    stop = i + 1
    while stop < end and doc[stop].ent_iob_ == "I":
        stop += 1
    waters = role_words("water_body_words")
    return stop if any(doc[k].lower_ in waters for k in range(i, stop)) else None
