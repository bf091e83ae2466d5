"""Places: GPE/LOC/FAC mentions resolved to a name, a country and coordinates, offline.

How a name is resolved (the scores are log-scale, so one point = ten times the population):

    score = log10(population + 10)
          + FEATURE_PRIOR[feature]        a country or continent name nearly always means it
          - ALTERNATE_PENALTY             when matched only by an alternate name ("Kiev")
          + COUNTRY_CONTEXT_BONUS         when the place lies in a country of the article
          + DIVISION_CONTEXT_BONUS        when it lies in a state/province the article names
          + PREFERRED_CITY_BONUS          when the data says the name means that city by default

The article's countries are the caller's ``context_countries`` plus the countries of the other
places in the document that resolve with a clear margin on population alone ("Tbilisi" -> GEO,
"Texas" -> USA/TX). A mention never counts as its own context, so "Paris" in a story about Texas
is Paris, Texas, while "Paris" in a story about the United States at large stays Paris, France.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from eventwire import gazetteer
from eventwire.gazetteer import GazetteerEntry
from eventwire.records import Place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels the small model gives place names by mistake ("Kyiv" as PERSON, "Belarus" as ORG).
MISLABELLED = frozenset({"PERSON", "ORG"})
FEATURE_PRIOR = {"country": 3.0, "continent": 3.0, "water": 2.0, "region": 1.0, "city": 0.0}
ALTERNATE_PENALTY = 2.0
COUNTRY_CONTEXT_BONUS = 1.5
DIVISION_CONTEXT_BONUS = 2.0
PREFERRED_CITY_BONUS = 4.0
# A resolution on population alone is trusted as context when it beats the best reading in
# another country (or another division) by this margin.
CONFIDENT_MARGIN = 1.5
# A mislabelled entity is taken as a place only if it names a country, a continent or a city this big.
MISLABELLED_MIN_CITY = 100_000
SHORT_KEY = 3  # abbreviations this short must be written in capitals ("US", not "us")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    key: str
    candidates: tuple[GazetteerEntry, ...]


@dataclass(slots=True)
class Context:
    """Countries and (country, division) pairs of the article, counted by the mention that said so."""

    countries: Counter = field(default_factory=Counter)
    divisions: Counter = field(default_factory=Counter)
    given: frozenset[str] = frozenset()
    sources: dict[str, tuple[str | None, tuple[str | None, str | None] | None]] = field(default_factory=dict)

    def has_country(self, iso3: str | None, key: str) -> bool:
        if iso3 is None:
            return False
        return iso3 in self.given or self.countries[iso3] > self._own(key, 0, iso3)

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
    mentions = [mention for ent in doc.ents if (mention := _entity_mention(ent)) is not None]
    mentions = [mention for mention in mentions if not _overlaps_any(mention, skipped)]
    resolved = _resolve(mentions, _context(mentions, context_countries))
    return [place for place in resolved if place is not None]


def resolve_spans(
    doc: Doc, spans: Sequence[tuple[int, int]], context_countries: Iterable[str] = ()
) -> list[Place | None]:
    """Resolve given character spans (e.g. gold toponyms) with the document as context.

    Returns one result per span, ``None`` where the gazetteer does not know the name. The
    context comes from the spans themselves and from the places the model finds in ``doc``.
    """
    mentions = [_span_mention(doc.text, start, end) for start, end in spans]
    found = [mention for ent in doc.ents if (mention := _entity_mention(ent)) is not None]
    context = _context([*mentions, *found], context_countries)
    return _resolve(mentions, context)


def score(entry: GazetteerEntry, mention: Mention, context: Context) -> float:
    """How likely ``mention`` means ``entry`` (see the module docstring)."""
    value = math.log10(entry.population + 10) + FEATURE_PRIOR.get(entry.feature, 0.0)
    if entry.alternate:
        value -= ALTERNATE_PENALTY
    if context.has_country(entry.country, mention.key):
        value += COUNTRY_CONTEXT_BONUS
    if entry.admin1 and context.has_division((entry.country, entry.admin1), mention.key):
        value += DIVISION_CONTEXT_BONUS
    if entry.feature == "city" and entry.name == gazetteer.preferred_city(mention.text):
        value += PREFERRED_CITY_BONUS
    return value


def _resolve(mentions: Sequence[Mention | None], context: Context) -> list[Place | None]:
    """Best reading of each mention; one reading per name per document."""
    chosen: dict[str, GazetteerEntry | None] = {}
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


def _entity_mention(ent: Span) -> Mention | None:
    """A mention for a place entity, or for a mislabelled one that is clearly a place."""
    if ent.label_ not in PLACE_LABELS and ent.label_ not in MISLABELLED:
        return None
    mention = _span_mention(ent.doc.text, ent.start_char, ent.end_char)
    if mention is None or ent.label_ in PLACE_LABELS:
        return mention
    return mention if _mislabelled_place(ent, mention) else None


def _mislabelled_place(ent: Span, mention: Mention) -> bool:
    """A PERSON/ORG entity that the gazetteer knows as a country or big city, with no title before it."""
    if len(ent) > 3:
        return False
    before = ent.doc[ent.start - 1].text.rstrip(".").casefold() if ent.start > 0 else ""
    if before in gazetteer.person_titles():
        return False
    return any(_prominent(entry) for entry in mention.candidates)


def _prominent(entry: GazetteerEntry) -> bool:
    if entry.alternate:
        return False
    if entry.feature in ("country", "continent"):
        return True
    return entry.feature == "city" and entry.population >= MISLABELLED_MIN_CITY


def _span_mention(text: str, start: int, end: int) -> Mention | None:
    """A mention of ``text[start:end]`` trimmed of "the" and possessives, if the gazetteer knows it."""
    start, end = _trim(text, start, end)
    surface = text[start:end]
    key = gazetteer.normalise(surface)
    abbreviation = len(key.replace(" ", "")) <= SHORT_KEY
    if not key or (abbreviation and not _capitals(surface)):
        return None
    found = _lookup(key, abbreviation)
    return Mention(start, end, surface, key, found) if found else None


def _lookup(key: str, abbreviation: bool) -> tuple[GazetteerEntry, ...]:
    """Candidates for a key; "Nyanza Province" falls back to the regions called "Nyanza"."""
    found = gazetteer.candidates(key)
    if abbreviation:
        # "EU" is an abbreviation, not the French town of Eu: only aliases may match capitals.
        found = tuple(e for e in found if e.feature != "city" or gazetteer.normalise(e.name) != key)
    if found:
        return found
    shorter = gazetteer.without_generic_suffix(key)
    if shorter is None:
        return ()
    found = gazetteer.candidates(shorter)
    divisions = tuple(entry for entry in found if entry.feature in ("region", "county"))
    return divisions or found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading "the", a trailing possessive, or surrounding punctuation."""
    surface = text[start:end]
    if surface[:4].casefold() == "the ":
        start += 4
    for suffix in ("'s", "’s", "'", "’"):
        if text[start:end].endswith(suffix):
            end -= len(suffix)
            break
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "."):
        end -= 1
    return start, end


def _capitals(surface: str) -> bool:
    letters = [char for char in surface if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def _overlaps_any(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(mention.start < end and start < mention.end for start, end in spans)
