"""Whose official? The country of a person the text names with an office but no country word.

Without a country word, a titled person takes the country of an institution named earlier
(:mod:`eventwire.actor_offices`), else the dateline's. Two closer ties in the person's own sentence
beat both (roles.yaml ``person_country``):

1. an apposition that names a body with its country ("Taro Sato, head of the Japanese trade
   ministry's Asia bureau, met ..."): that country;
2. a statement by their office's own institution reporting what they did ("Deputy Foreign Minister
   X summoned the ambassador, Japan's foreign ministry said"): that institution's country.

Only people whose country was inferred (or is still unknown) change; a country the text or the
tables give stays.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

from eventwire.actor_nationality import stated_nationality
from eventwire.actor_offices import NON_STATES, institution_of, institution_words
from eventwire.actor_tables import _read, fold, roles
from eventwire.coref import Seen
from eventwire.records import Actor
from eventwire.token_view import Words


def place_people(doc: Words, seen: list[Seen], actors: Mapping[str, Actor]) -> None:
    """Give each person without a country of their own the country their sentence ties them to."""
    for item in seen:
        person = actors.get(item.actor.id, item.actor)
        if person.kind == "organisation" and person.country is None and person.igo is None:
            # "X, a Russian convicted of ...", "X, head of the U.S. aid agency" (a name the tagger took
            # for an organisation's)
            person.country = stated_nationality(doc, item.token) or _apposition_country(doc, seen, item)
            continue
        if person.kind != "person" or not _unplaced(person):
            continue
        nationality = _apposition_country(doc, seen, item) or stated_nationality(doc, item.token)
        if nationality is not None:
            person.country, person.igo = nationality, None  # stated by the text: not inferred
            person.inferred = [field for field in person.inferred if field != "country"]
            continue
        country = _reporting_body_country(doc, seen, item, person) or _holding_state(doc, seen, item)
        if country is not None and country != person.country:
            person.country = country
            person.igo = None
            if "country" not in person.inferred:
                person.inferred = [*person.inferred, "country"]


def _unplaced(person: Actor) -> bool:
    """No country yet, or one the text implied rather than stated."""
    return person.igo is None and (person.country is None or "country" in person.inferred)


def _apposition_country(doc: Words, seen: list[Seen], item: Seen) -> str | None:
    """ "X, head of the Japanese foreign ministry's Asia bureau": the one state of the bodies named
    inside the apposition of the person's name, when its head is an office noun."""
    offices = _config()["apposition_offices"]
    for child in doc[item.token].children:
        if child.dep_ != "appos" or child.lemma_.lower() not in offices:
            continue
        start, stop = child.left_edge.i, child.right_edge.i
        countries = _states(other for other in seen if start <= other.token <= stop and other is not item)
        return countries[0] if len(countries) == 1 else None
    return None


def _reporting_body_country(doc: Words, seen: list[Seen], item: Seen, person: Actor) -> str | None:
    """The country of a body of the person's own institution that reports, in the same sentence,
    what the person did as its subject ("Vice Foreign Minister X summoned ..., the Japanese foreign
    ministry said")."""
    if not item.subject or not person.role:
        return None
    wanted = institution_words(person.role, _head_of(person.role))
    if not wanted:
        return None
    verbs = _config()["reporting_verbs"]
    bodies = [
        other
        for other in seen
        if other.sentence == item.sentence
        and other.subject
        and other.actor.kind == "organisation"
        and other.governor != item.governor
        and doc[other.governor].lemma_.lower() in verbs
        and wanted <= institution_of(other)
    ]
    countries = _states(bodies)
    return countries[0] if len(countries) == 1 else None


def _holding_state(doc: Words, seen: list[Seen], item: Seen) -> str | None:
    """ "Nicaragua freed Alvarez", "Belarus released opposition figure X and 13 other prisoners": a
    person whose nationality the text does not give, held, freed or sentenced by a state that is
    the clause's subject, is taken to be that state's own (roles.yaml ``custody_verbs``); not
    people handed over or deported, who are as often foreigners."""
    token = doc[item.token]
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "freed X and Y": Y as X
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in _config()["custody_verbs"]:
        return None
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "police stormed the embassy and arrested X": the first verb's subject holds X
    verb = verb.i
    holders = [
        other
        for other in seen
        if other.sentence == item.sentence
        and other.subject
        and other.governor == verb
        and other.actor.kind in {"state", "group", "organisation"}
    ]
    countries = _states(holders)
    return countries[0] if len(countries) == 1 else None


def _head_of(role: str) -> str:
    """The title head a role ends with ("Vice Foreign Minister" -> "minister"), "" if none listed."""
    words = fold(role).split()
    for size in range(min(3, len(words)), 0, -1):
        if tuple(words[-size:]) in roles().heads:
            return " ".join(words[-size:])
    return ""


def _states(items: Iterable[Seen]) -> list[str]:
    """The distinct state countries of ``items``, in order."""
    found: list[str] = []
    for other in items:
        country = other.actor.country
        if country and country not in NON_STATES and country not in found:
            found.append(country)
    return found


@lru_cache(maxsize=1)
def _config() -> dict[str, frozenset[str]]:
    data = _read("roles.yaml")["person_country"]
    return {key: frozenset(values) for key, values in data.items()}
