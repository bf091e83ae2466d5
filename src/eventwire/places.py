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

from spacy.tokens import Doc, Span

from eventwire import gazetteer
from eventwire.gazetteer import GazetteerEntry
from eventwire.records import Place
from eventwire.token_view import Words

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels the small model gives place names by mistake ("Kyiv" as PERSON, "Belarus" as ORG).
MISLABELLED = frozenset({"PERSON", "ORG"})
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
# A mislabelled entity is taken as a place only if it names a country, a continent or a city this big.
MISLABELLED_MIN_CITY = 100_000
UNTAGGED_MAX_TOKENS = 4  # "Democratic Republic of the Congo" is six tokens; most names are short
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
    mentions = [mention for ent in doc.ents if (mention := _entity_mention(ent, text)) is not None]
    untagged = _untagged_country_mentions(words, text)
    mentions = sorted([*mentions, *untagged], key=lambda mention: mention.start)
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
    mentions = [_span_mention(text, start, end) for start, end in spans]
    found = [mention for ent in doc.ents if (mention := _entity_mention(ent, text)) is not None]
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
        if mention is None or container is None or any(map(_is_country_name, mention.candidates)):
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


def _entity_mention(ent: Span, text: str) -> Mention | None:
    """A mention for a place entity, or for a mislabelled one that is clearly a place."""
    if ent.label_ not in PLACE_LABELS and ent.label_ not in MISLABELLED:
        return None
    mention = _span_mention(text, ent.start_char, ent.end_char)
    if mention is None or ent.label_ in PLACE_LABELS:
        return mention
    return mention if _mislabelled_place(ent, mention) else None


def _mislabelled_place(ent: Span, mention: Mention) -> bool:
    """A PERSON/ORG entity that the gazetteer knows as a prominent place, with no title before it."""
    if len(ent) > 3 or _after_title(ent.doc, ent.start):
        return False
    return any(_prominent(entry, ent.label_) for entry in mention.candidates)


def _after_title(doc: Doc | Words, index: int) -> bool:
    before = doc[index - 1].text.rstrip(".").casefold() if index > 0 else ""
    return before in gazetteer.person_titles()


def _prominent(entry: GazetteerEntry, label: str) -> bool:
    """Countries, continents and big cities; for ORG entities ("California" as ORG) also regions."""
    if entry.alternate:
        return False
    if entry.feature in ("country", "continent"):
        return True
    if entry.feature == "region" and label == "ORG":
        # a state or province; not a body such as the EU, which as an ORG is an actor
        return entry.country is not None and entry.population >= gazetteer.UNKNOWN_REGION_POPULATION
    return entry.feature == "city" and entry.population >= MISLABELLED_MIN_CITY


def _untagged_country_mentions(words: Words, text: str) -> list[Mention]:
    """Country and continent names the model did not tag at all ("in Sudan" left as plain text)."""
    tagged = {i for ent in words.doc.ents for i in range(ent.start, ent.end)}
    mentions: list[Mention] = []
    index = 0
    while index < len(words):
        mention = _untagged_country_at(words, index, tagged, text)
        if mention is None:
            index += 1
            continue
        mentions.append(mention)
        index = next((k for k in range(index, len(words)) if words[k].idx >= mention.end), len(words))
    return mentions


def _untagged_country_at(doc: Words, index: int, tagged: set[int], text: str) -> Mention | None:
    if not doc[index].text[:1].isupper() or _after_title(doc, index):
        return None
    for length in range(UNTAGGED_MAX_TOKENS, 0, -1):
        end = index + length
        if end > len(doc) or any(i in tagged for i in range(index, end)):
            continue
        if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            continue  # "Chad Smith": part of a longer name
        last = doc[end - 1]
        mention = _span_mention(text, doc[index].idx, last.idx + len(last.text))
        if mention is not None and any(_is_country_name(entry) for entry in mention.candidates):
            return mention
    return None


def _currency_code(text: str, start: int, end: int) -> bool:
    """ "US$10" and "$US 15": a dollar sign next to the name makes it part of a currency."""
    return text[start - 1 : start] == "$" or text[end : end + 1] == "$"


def _is_country_name(entry: GazetteerEntry) -> bool:
    return not entry.alternate and entry.feature in ("country", "continent")


def _span_mention(text: str, start: int, end: int) -> Mention | None:
    """A mention of ``text[start:end]`` trimmed of "the" and possessives, if the gazetteer knows it."""
    start, end = _trim(text, start, end)
    surface = text[start:end]
    key = gazetteer.normalise(surface)
    abbreviation = len(key.replace(" ", "")) <= SHORT_KEY
    if not key or surface.islower() or _currency_code(text, start, end):
        return None  # place names are written with capitals
    if abbreviation and not _capitals(surface):
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
