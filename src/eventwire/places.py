"""Places: GPE/LOC/FAC mentions resolved to a name, a country and coordinates, offline.

How a name is resolved (the scores are log-scale, so one point = ten times the population):

    score = log10(population + 10)
          + FEATURE_PRIOR[feature]        a country or continent name nearly always means it
          + CAPITAL_PRIOR                 capitals are better known than their size says
          - ALTERNATE_PENALTY             when matched only by an alternate name ("Kiev")
          + COUNTRY_CONTEXT_BONUS         when the place lies in a country of the article, growing
                                          by COUNTRY_VOTE_STEP for each further place there
          + DIVISION_CONTEXT_BONUS        when it lies in a state/province the article names
          + PREFERRED_CITY_BONUS          when the data says the name means that city by default

The article's countries are the caller's ``context_countries`` plus the countries of the other
places in the document that resolve with a clear margin on population alone ("Tbilisi" -> GEO,
"Texas" -> USA/TX). A mention never counts as its own context, so "Paris" in a story about Texas
is Paris, Texas, while "Paris" in a story about the United States at large stays Paris, France.
Worked example: "Georgia" the country scores 6.6 + 3 = 9.6, the US state 6.7 + 1 = 7.7; "Tbilisi"
in the article lifts the country by 1.5; "Atlanta" lifts the state by 1.5 (USA) + 2 (its state),
and so do three or more other places in the US (1.5 + 0.25 per further place).

Before scoring, "<place>, <container>" ("Paris, Texas", "Buffalo, New York") reads the
container as a state/region/country and the place inside it. One name keeps one reading in a
document. ``Place.feature`` is one of country, continent, region (state, province, named
region), county, city, water.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from eventwire import gazetteer
from eventwire.gazetteer import GazetteerEntry
from eventwire.place_mentions import (
    Mention,
    entity_mention,
    is_country_name,
    span_mention,
    untagged_country_mentions,
    untagged_cued_mentions,
)
from eventwire.records import Place
from eventwire.token_view import Words

FEATURE_PRIOR = {"country": 3.0, "continent": 3.0, "water": 2.0, "region": 1.0, "city": 0.0}
CAPITAL_PRIOR = 1.0
ALTERNATE_PENALTY = 2.0
COUNTRY_CONTEXT_BONUS = 1.5
# An article naming five places in the US is about the US more surely than one naming one place.
COUNTRY_VOTE_STEP = 0.25
COUNTRY_VOTES_COUNTED = 5
DIVISION_CONTEXT_BONUS = 2.0
PREFERRED_CITY_BONUS = 4.0
# A resolution on population alone is trusted as context when it beats the best reading in
# another country (or another division) by this margin.
CONFIDENT_MARGIN = 1.5


@dataclass(slots=True)
class Context:
    """Countries and (country, division) pairs of the article, counted by the mention that said so."""

    countries: Counter = field(default_factory=Counter)
    divisions: Counter = field(default_factory=Counter)
    given: frozenset[str] = frozenset()
    sources: dict[str, tuple[str | None, tuple[str | None, str | None] | None]] = field(default_factory=dict)

    def country_votes(self, iso3: str | None, key: str) -> int:
        """How many other mentions (or the caller) put ``iso3`` in the context."""
        if iso3 is None:
            return 0
        votes = self.countries[iso3] - self._own(key, 0, iso3)
        return votes + int(iso3 in self.given)

    def has_division(self, division: tuple[str | None, str | None], key: str) -> bool:
        return self.divisions[division] > self._own(key, 1, division)

    def _own(self, key: str, slot: int, value: object) -> int:
        """1 when the mention ``key`` itself put ``value`` in the context (it must not vote for itself)."""
        source = self.sources.get(key)
        return int(source is not None and source[slot] == value)


def find_places(
    doc: Doc, context_countries: Iterable[str] = (), skip_spans: Iterable[tuple[int, int]] = ()
) -> list[Place]:
    """Places mentioned in ``doc``, in text order, each resolved with the article as context."""
    skipped = list(skip_spans)
    words = Words.of(doc)  # token attributes and Doc.text (which joins every token anew) read once
    text = words.text
    mentions = [mention for ent in doc.ents if (mention := entity_mention(ent, text)) is not None]
    untagged = untagged_country_mentions(words, text)
    cued = [
        m
        for m in untagged_cued_mentions(words, text)
        if not _overlaps_any(m, [(u.start, u.end) for u in untagged])
    ]
    mentions = sorted([*mentions, *untagged, *cued], key=lambda mention: mention.start)
    mentions = [mention for mention in mentions if not _overlaps_any(mention, skipped)]
    resolved = _resolve(mentions, _context(mentions, context_countries), text)
    return [place for place in resolved if place is not None]


def resolve_spans(
    doc: Doc, spans: Sequence[tuple[int, int]], context_countries: Iterable[str] = ()
) -> list[Place | None]:
    """Resolve given character spans (e.g. gold toponyms) with the document as context.

    Returns one result per span, ``None`` where the gazetteer does not know the name. The
    context comes from the spans themselves and from the places the model finds in ``doc``.
    """
    text = doc.text
    mentions = [span_mention(text, start, end) for start, end in spans]
    found = [mention for ent in doc.ents if (mention := entity_mention(ent, text)) is not None]
    context = _context([*mentions, *found], context_countries)
    return _resolve(mentions, context, text)


def score(entry: GazetteerEntry, mention: Mention, context: Context) -> float:
    """How likely ``mention`` means ``entry`` (see the module docstring)."""
    value = math.log10(entry.population + 10) + FEATURE_PRIOR.get(entry.feature, 0.0)
    if entry.capital:
        value += CAPITAL_PRIOR
    if entry.alternate:
        value -= ALTERNATE_PENALTY
    votes = min(context.country_votes(entry.country, mention.key), COUNTRY_VOTES_COUNTED)
    if votes:
        value += COUNTRY_CONTEXT_BONUS + COUNTRY_VOTE_STEP * (votes - 1)
    if entry.admin1 and context.has_division((entry.country, entry.admin1), mention.key):
        value += DIVISION_CONTEXT_BONUS
    if entry.feature == "city" and entry.name == gazetteer.preferred_city(mention.text):
        value += PREFERRED_CITY_BONUS
    return value


def _resolve(mentions: Sequence[Mention | None], context: Context, text: str) -> list[Place | None]:
    """Best reading of each mention; one reading per name per document."""
    chosen = _read_with_containers(mentions, context, text)
    places: list[Place | None] = []
    for mention in mentions:
        if mention is None:
            places.append(None)
            continue
        if mention.key not in chosen:
            ranked = _ranked(mention, context)
            chosen[mention.key] = ranked[0][1] if ranked else None
        entry = chosen[mention.key]
        places.append(_place(mention, entry) if entry else None)
    return places


def _read_with_containers(
    mentions: Sequence[Mention | None], context: Context, text: str
) -> dict[str, GazetteerEntry | None]:
    """Readings fixed by "<place>, <container>" ("Paris, Texas", "Buffalo, New York").

    The container is read as a state, region or country when it can be one (so "New York"
    here is the state, not the city), and the place is then read inside it, whatever the rest
    of the article says.
    """
    chosen: dict[str, GazetteerEntry | None] = {}
    by_start = {mention.start: mention for mention in mentions if mention is not None}
    for mention in mentions:
        container = _container(mention, by_start, text) if mention is not None else None
        if mention is None or container is None or any(map(is_country_name, mention.candidates)):
            continue  # "China, Japan and Korea" is a list, not China inside Japan
        areas = tuple(entry for entry in container.candidates if entry.feature in ("region", "country"))
        if not areas:
            continue
        area = _ranked(_with_candidates(container, areas), context)[0][1]
        inside = _inside(mention.candidates, area)
        if inside:
            chosen[container.key] = area
            chosen[mention.key] = _ranked(_with_candidates(mention, inside), context)[0][1]
    return chosen


def _container(mention: Mention, by_start: dict[int, Mention], text: str) -> Mention | None:
    """The mention written right after this one and a comma, if any."""
    after = text[mention.end : mention.end + 3]
    gap = len(after) - len(after.lstrip(", "))
    if not after.startswith(",") or gap == 0:
        return None
    return by_start.get(mention.end + gap)


def _inside(candidates: tuple[GazetteerEntry, ...], container: GazetteerEntry) -> tuple[GazetteerEntry, ...]:
    """Candidates within the container's country (and its state, when it is one)."""
    if container.feature not in ("country", "region") or container.country is None:
        return ()
    in_country = tuple(e for e in candidates if e.country == container.country and e != container)
    if container.admin1:
        in_division = tuple(e for e in in_country if e.admin1 == container.admin1)
        return in_division or in_country
    return in_country


def _with_candidates(mention: Mention, candidates: tuple[GazetteerEntry, ...]) -> Mention:
    return Mention(mention.start, mention.end, mention.text, mention.key, candidates)


def _ranked(mention: Mention, context: Context) -> list[tuple[float, GazetteerEntry]]:
    scored = [(score(entry, mention, context), entry) for entry in mention.candidates]
    return sorted(scored, key=lambda pair: -pair[0])


def _context(mentions: Iterable[Mention | None], given: Iterable[str]) -> Context:
    """The article's countries and divisions, from the mentions that resolve clearly on their own."""
    context = Context(given=frozenset(given))
    neutral = Context(given=context.given)
    for mention in mentions:
        if mention is None or mention.key in context.sources:
            continue
        ranked = _ranked(mention, neutral)
        if not ranked:
            continue
        top = ranked[0]
        country = top[1].country if _clear(ranked, lambda entry: entry.country) else None
        division = None
        if top[1].admin1 and _clear(ranked, lambda entry: (entry.country, entry.admin1)):
            division = (top[1].country, top[1].admin1)
        context.sources[mention.key] = (country, division)
        if country:
            context.countries[country] += 1
        if division:
            context.divisions[division] += 1
    return context


def _clear(ranked: list[tuple[float, GazetteerEntry]], identity) -> bool:
    """True when the best reading beats every reading elsewhere (by ``identity``) by the margin."""
    best_score, best = ranked[0]
    rivals = [value for value, entry in ranked[1:] if identity(entry) != identity(best)]
    return not rivals or best_score - rivals[0] >= CONFIDENT_MARGIN


def _place(mention: Mention, entry: GazetteerEntry) -> Place:
    return Place(
        start=mention.start,
        end=mention.end,
        text=mention.text,
        name=entry.name,
        country=entry.country,
        lat=round(entry.lat, 5),
        lon=round(entry.lon, 5),
        feature=entry.feature,
    )


def _overlaps_any(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(mention.start < end and start < mention.end for start, end in spans)
