"""Towns and cities standing for their people: "traders in Malanville", "residents of Kherson",
"farmers near Gaya", and cities attacked ("missiles struck Kharkiv", "the shelling of Kharkiv").

The people of a town are of the town's country, whatever country the story is mostly about. The
town's country comes from the offline gazetteer (:mod:`eventwire.gazetteer`), and only when the
name is unambiguous: every place of that name lies in one country, or one of them lies in the
country the story is filed from (else the one it names most), or one is far larger than any
namesake abroad. Collectives only of sectors whose members belong where they are
(``LOCAL_COLLECTIVE_SECTORS``: civilians, traders, police ...): "troops in Kherson" are often another
country's. A city anywhere else than an attack's object stays a place ("talks in Geneva").
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from eventwire import actor_patterns as pat
from eventwire.actor_builder import LOCAL_COLLECTIVE_SECTORS, ActorBuilder, sector_actor
from eventwire.actor_clause import capital_acts
from eventwire.actor_groups import collective_noun
from eventwire.actor_names import can_start_name, is_name_token, name_run
from eventwire.actor_tables import _read, fold, role_words
from eventwire.countries import is_city
from eventwire.dateline import dateline_country
from eventwire.gazetteer import candidates
from eventwire.token_view import Words

#: Words between a collective and its town: "in", "of", "from", "near", "around".
TOWN_PREPOSITIONS = frozenset({"in", "of", "from", "near", "around", "outside"})
#: Lexicon kinds that name a town's country directly (a capital is a town of its country).
TOWN_KINDS = frozenset({"capital"})
#: A place this many times larger than every namesake in another country is the one meant.
DOMINANT_RATIO = 10
#: Gazetteer features that are towns or areas people live in (not countries or continents).
TOWN_FEATURES = frozenset({"city", "region"})


def town_country(name: str, preferred: Collection[str] = ()) -> str | None:
    """ISO3 of the country of a town name, when the name is unambiguous (see the module docstring)."""
    places = [
        place
        for place in candidates(name)
        if place.country and place.feature in TOWN_FEATURES and not place.alternate
    ]
    countries = {place.country for place in places}
    if len(countries) <= 1:
        return next(iter(countries), None)
    named = next((code for code in preferred if code in countries), None)
    if named is not None:
        return named  # the first of the story's countries (its dateline's first) that has such a town
    largest = max(places, key=lambda place: place.population)
    abroad = max(place.population for place in places if place.country != largest.country)
    return largest.country if largest.population >= DOMINANT_RATIO * max(abroad, 1) else None


def collective_in_town(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "traders in Malanville", "residents of Kherson": the town's country's collective."""
    first = pat.after_leading_the(doc, i, end)
    after_the = first != i
    found = collective_noun(doc, first, end)
    if found is None:
        return None
    k = found[0] + 1
    if k + 1 >= end or doc[k].lower_ not in TOWN_PREPOSITIONS:
        return None
    if found[1] not in LOCAL_COLLECTIVE_SECTORS or after_the:
        # "the new authorities in Damascus"; "the traders in X" stays bare_description's
        return _seated_in_capital(doc, i, k, end, found[1], builder)
    start = k + 1
    stop = _town_name_end(doc, start, end, doc[k].lower_)
    if stop is None:
        return None
    name = doc.text_of(start, stop)
    entry = pat.match_lexicon(doc, start, end)
    if entry is not None and entry[0] == stop and entry[1].kind in TOWN_KINDS:
        country = entry[1].country or entry[1].code
    elif entry is not None or builder.is_known_person(name):
        return None  # a country, region or person: not a town (other rules read these)
    else:
        country = town_country(name, _story_countries(builder))
    if country is None:
        return None
    builder.mention(sector_actor(country, found[1]), i, stop, "description")
    return stop


#: Sectors of a collective whose town names it before the noun ("Kaohsiung prosecutors", "Lyon
#: police", "Kharkiv officials"): people who serve or live where the town is; not soldiers.
TOWN_MODIFIED_SECTORS = LOCAL_COLLECTIVE_SECTORS | {"JUD", "GOV"}


def town_modified_collective(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "Kaohsiung prosecutors", "the Lyon police": a collective whose modifier is a town's name is
    of the town's country, whatever country the story names most."""
    first = pat.after_leading_the(doc, i, end)
    if not can_start_name(doc, first, end) or (first == i > 0 and is_name_token(doc[first - 1])):
        return None  # no name here, or the end of a longer one ("Pesquera Austral workers")
    stop = _town_name_end(doc, first, end, "")
    if stop is None or stop >= end:
        return None
    found = collective_noun(doc, stop, end)
    if found is None or found[1] not in TOWN_MODIFIED_SECTORS or doc[stop - 1].head.i != found[0]:
        return None
    if found[0] > stop and any(doc[k].text[:1].isupper() for k in range(stop, found[0])):
        return None
    entry = pat.match_lexicon(doc, first, end)
    if entry is not None and entry[0] == stop and entry[1].kind in TOWN_KINDS:
        country = entry[1].country or entry[1].code
    elif entry is not None or builder.is_known_person(doc.text_of(first, stop)):
        return None  # a country word, region or person: other rules read these
    else:
        country = town_country(doc.text_of(first, stop), _story_countries(builder))
    if country is None:
        return None
    builder.mention(sector_actor(country, found[1]), i, found[0] + 1, "description")
    return found[0] + 1


def _seated_in_capital(
    doc: Words, i: int, k: int, end: int, sector: str, builder: ActorBuilder
) -> int | None:
    """ "authorities in Tehran", "officials in Kyiv", "military rulers in Niamey": a body that sits in
    its capital (roles.yaml ``seated_bodies``) is the capital's state's. Tokens [i, k) are the
    collective, ``k`` its preposition."""
    if doc[k].lower_ != "in" or not is_seated_body(doc.text_of(i, k)):
        return None
    entry = pat.match_lexicon(doc, k + 1, end)
    if entry is None or entry[1].kind not in TOWN_KINDS:
        return None
    if _ends_with(doc.text_of(i, k), role_words("ruling_military_words")):
        sector = "MIL"  # "the coup leaders in Niamey" rule as soldiers, whatever "leaders" alone says
    builder.mention(sector_actor(entry[1].country or entry[1].code, sector), i, entry[0], "description")
    return entry[0]


def is_seated_body(words: str) -> bool:
    """Whether ``words`` ("the government", "Authorities", "the new authorities") end with the name
    of a body that sits in its capital."""
    return _ends_with(words, role_words("seated_bodies"))


def _ends_with(words: str, phrases: frozenset[str]) -> bool:
    tokens = fold(words).split()
    return any(" ".join(tokens[k:]) in phrases for k in range(len(tokens)))


def _town_name_end(doc: Words, start: int, end: int, preposition: str) -> int | None:
    """The end of a capitalised place name at ``start``. The small model tags some towns PERSON
    ("residents of Kherson"): those count when they are sizeable cities. A name it tags ORG after
    "of" is an employer ("workers of Ford"), not a town."""
    stop = name_run(doc, start, end)
    if stop is None:
        return None
    labels = {doc[k].ent_type_ for k in range(start, stop)}
    if "PERSON" in labels and not is_city(doc.text_of(start, stop)):
        return None
    if "ORG" in labels and preposition == "of":
        return None
    return stop


def _story_countries(builder: ActorBuilder) -> list[str]:
    """The countries a town's name is read in: the dateline's and the one the story names most."""
    return [code for code in (dateline_country(builder.doc.text), builder.document_country) if code]


def city_target(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "missiles struck Kharkiv", "the shelling of Kharkiv", "rebels shelled Juba": a city attacked
    stands for its people (roles.yaml ``city_targets``). A capital acting or acted on as a
    government ("sanctions on Minsk") is :func:`eventwire.actor_clause.capital_acts`'s."""
    if not doc.any_in("attacked", i, end, _attacked):
        return None  # the town's name is attacked only if a word of it is: none is, to the sentence's end
    if not can_start_name(doc, i, end):
        return None  # no town name starts here (the test below would say None too, at more cost)
    if i > 0 and is_name_token(doc[i - 1]) and doc[i - 1].whitespace_:
        return None  # inside a longer name
    stop = _town_name_end(doc, i, end, "")
    if stop is None:
        return None
    root = doc.span(i, stop).root
    if not _attacked(root):
        return None
    entry = pat.match_lexicon(doc, i, end)
    if entry is not None:
        if entry[0] != stop or entry[1].kind != "capital" or capital_acts(root):
            return None
        country = entry[1].country or entry[1].code
    elif builder.is_known_person(doc.text_of(i, stop)):
        return None
    else:
        country = town_country(doc.text_of(i, stop), _story_countries(builder))
    if country is None:
        return None
    builder.mention(sector_actor(country, "CVL"), i, stop, "city")
    return stop


def _attacked(token) -> bool:
    """Whether ``token`` is the object of an attack verb or of "of"/"on" after an attack noun."""
    targets = _city_targets()
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() in targets["verbs"]
    if token.dep_ == "pobj" and token.head.lower_ in {"of", "on"}:
        return token.head.head.lower_ in targets["nouns"]
    return False


@lru_cache(maxsize=1)
def _city_targets() -> dict[str, frozenset[str]]:
    data = _read("roles.yaml")["city_targets"]
    return {"verbs": frozenset(data["verbs"]), "nouns": frozenset(data["nouns"])}


def tagged_town(doc: Words, i: int, stop: int, builder: ActorBuilder) -> tuple[str, bool] | None:
    """(country, attacked) when a name the model tags ORG is a town of the gazetteer ("shelled El
    Fasher", "a curfew in the Puno region"): a place, standing for its people only when attacked.
    Not a clause's subject: "Toyota said" is the company, whatever town shares its name."""
    root = doc.span(i, stop).root
    if root.dep_ in {"nsubj", "nsubjpass"} or builder.is_known_person(doc.text_of(i, stop)):
        return None
    country = town_country(doc.text_of(i, stop), _story_countries(builder))
    return (country, _attacked(root)) if country else None


def town_ending_with(doc: Words, i: int, j: int, builder: ActorBuilder) -> tuple[str, bool] | None:
    """(country, attacked) when the country word at [i, j) ends a town's name with the word before
    it ("Port Sudan", "New Mexico"): a place, standing for its people only when attacked."""
    if i == 0 or not doc[i - 1].text[:1].isupper() or not doc[i - 1].whitespace_:
        return None
    country = town_country(doc.text_of(i - 1, j), _story_countries(builder))
    return (country, _attacked(doc.span(i - 1, j).root)) if country else None
