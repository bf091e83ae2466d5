"""Where a paragraph is set: "In Seoul, hundreds protested. Police detained 16 students." The
police and the students are South Korea's, though the story is filed from Tokyo and is mostly
about Japan. A paragraph (text between line breaks) whose sentence opens with a locative phrase
("In Seoul,", "At the border in Rafah,", "Outside parliament in Ankara,") is set in that place
until the paragraph ends; collectives named without a country there take its country
(roles.yaml ``scene_openers``).

Where the whole story is set (:func:`story_scene`): the country local collectives named with no
country word anywhere else belong to, from the dateline, the places the text sets things in and
how often it names each country (:func:`country_counts`, whose most-named country is the
document's dominant country).
"""

from __future__ import annotations

from eventwire import actor_patterns as pat
from eventwire.actor_names import is_place_surname
from eventwire.actor_tables import role_numbers, role_words, roles, seat_at_home
from eventwire.actor_words import match_lexicon
from eventwire.countries import city_country, lookup
from eventwire.dateline import DATELINE, dateline_country, dateline_end
from eventwire.token_view import Words

PLACE_KINDS = frozenset({"country", "capital", "region"})
#: Lexicon kinds that name a country for the document's dominant country (a national movement
#: named in full, "the National Union for the Total Independence of Angola", names its country).
COUNTRY_KINDS = frozenset({"country", "demonym", "people", "capital", "seat", "region", "org"})
NON_STATE_CODES = frozenset({"IGO", "NGO", "IMG", "MNC"})
MAX_OPENER_TOKENS = 8  # "In the northern city of Kharkiv," at most


def paragraph_place(doc: Words, token_index: int) -> str | None:
    """The country of the place the paragraph of ``token_index`` opens a sentence with, up to that
    token's own sentence; None when no sentence of the paragraph so far opens with a place."""
    sentence = doc.doc[token_index].sent
    paragraph_start = doc.text.rfind("\n", 0, doc[token_index].idx) + 1
    found = None
    for other in doc.doc.sents:
        if other.end_char <= paragraph_start:
            continue
        if other.start > sentence.start:
            break
        found = (
            _opening_place(doc, max(other.start, _first_token_at(doc, other, paragraph_start)), other.end)
            or found
        )
    return found


def sentence_place(doc: Words, token_index: int) -> str | None:
    """The country of the place the sentence of ``token_index`` opens with ("In Beijing, foreign
    ministry spokesman X said"), when the token comes after that opening."""
    sentence = doc.doc[token_index].sent
    start = _first_token_at(doc, sentence, doc.text.rfind("\n", 0, doc[token_index].idx) + 1)
    return _opening_place(doc, max(sentence.start, start), token_index)


def _first_token_at(doc: Words, sentence, offset: int) -> int:
    """The first token of ``sentence`` at or after character ``offset`` (a paragraph's start may fall
    inside a sentence the parser ran across a line break)."""
    return next((k for k in range(sentence.start, sentence.end) if doc[k].idx >= offset), sentence.end)


def _opening_place(doc: Words, start: int, end: int) -> str | None:
    """ "In Seoul, ...": the country of a place in a locative phrase that opens the sentence and
    ends at its first comma."""
    while start < end and doc[start].is_space:
        start += 1
    if start >= end or doc[start].lower_ not in role_words("scene_openers"):
        return None
    stop = next((k for k in range(start, min(end, start + MAX_OPENER_TOKENS)) if doc[k].text == ","), None)
    if stop is None:
        return None
    for k in range(stop - 1, start, -1):  # the last place word before the comma: "in the city of Kharkiv"
        found = match_lexicon(doc, k, stop)
        if found is not None and found[0] == stop and found[1].kind in PLACE_KINDS:
            return found[1].country or found[1].code
        code = city_country(doc.text_of(k, stop)) if doc[k].text[:1].isupper() else None
        if code is not None:
            return code
    return None


def place_country(doc: Words, token) -> str | None:
    """The country of the place a preposition's object names ("in Podgorica", "outside the Lima
    courthouse"): a country, capital, region or sizeable city; None for other objects."""
    start = token.left_edge.i
    # "the", and a lower-case modifier of the place ("central Seoul", "northern Kharkiv")
    while start < token.i and (doc[start].lower_ in pat.DETERMINERS or _place_modifier(doc[start])):
        start += 1
    found = match_lexicon(doc, start, token.i + 1)
    if found is not None and found[0] == token.i + 1 and found[1].kind in PLACE_KINDS:
        return found[1].country or found[1].code
    return (
        city_country(doc.text_of(start, token.i + 1))
        or _landmark_city(doc, start, token.i)
        or _the_dateline_capital(doc, start, token.i)
    )


def _place_modifier(token) -> bool:
    """A lower-case adjective before a place's name ("central", "northern", "downtown")."""
    return token.dep_ in {"amod", "compound"} and token.text.islower() and token.head.text[:1].isupper()


def _the_dateline_capital(doc: Words, start: int, head: int) -> str | None:
    """ "rallied in the capital" in a story filed from a capital ("OUAGADOUGOU, Jan 26 (Wire) —"):
    that capital's country. Only the bare words "the capital": "the Malian capital" names its own."""
    if head != start or doc[head].lower_ != "capital" or start == 0 or doc[start - 1].lower_ != "the":
        return None
    match = DATELINE.match(doc.text)
    entry = lookup(match.group("place").strip(" -.").title()) if match else None
    return (entry.country or entry.code) if entry is not None and entry.kind == "capital" else None


def _landmark_city(doc: Words, start: int, head: int) -> str | None:
    """ "near Seoul City Hall", "outside the Lima courthouse": a capital or sizeable city that
    starts a landmark's name gives its country (a country's name does not: "the US embassy")."""
    if head == start or not doc[start].text[:1].isupper():
        return None
    found = match_lexicon(doc, start, head)
    if found is not None:  # "the US embassy" is not in the US; "Seoul City Hall" is in Seoul
        return found[1].code if found[1].kind == "capital" else None
    return city_country(doc[start].text)


def placed_countries(doc: Words) -> dict[str, int]:
    """How often the text sets something in each country: the places after roles.yaml
    ``clause_place_prepositions`` ("stabbed in Podgorica", "gathered outside parliament in Ankara")."""
    prepositions = roles().clause_place_prepositions
    counts: dict[str, int] = {}
    for token in doc.doc:
        if token.dep_ == "pobj" and token.head.lower_ in prepositions:
            code = place_country(doc, token)
            if code is not None:
                counts[code] = counts.get(code, 0) + 1
    return counts


def story_scene(doc: Words, counts: dict[str, int], dateline: str | None) -> str | None:
    """The country a story's events happen in, for collectives it names with no country word.

    The dateline's country when the text names it nearly as often as the country it names most
    (roles.yaml ``story_scene``: a story filed from Kampala about a Ugandan taken from Nairobi); else the
    country the text most often sets things in ("in Podgorica"), when it does so at least a few times
    and more often than in the most-named country (a story naming a foreign people in every line
    whose events are all in one town); else the most-named country.
    """
    rules = role_numbers("story_scene")
    top = most_named(counts)
    if dateline and top and counts.get(dateline, 0) >= rules["dateline_share"] * counts[top]:
        return dateline
    places = placed_countries(doc)
    placed = most_named(places)
    if (
        placed is not None
        and places[placed] >= rules["min_places"]
        and places[placed] > places.get(top or "", 0)
    ):
        return placed
    return top


def most_named(counts: dict[str, int]) -> str | None:
    """The document's dominant country: the one its country words name most often (the first
    named on a tie); None when it names none."""
    return max(counts, key=lambda code: counts[code]) if counts else None


def country_counts(doc: Words, start: int = 0) -> dict[str, int]:
    """How often the document's country words, capitals and regions name each country from token
    ``start`` on, in order of first naming. Sizeable cities ("near Goma") count only when no country
    word appears at all."""
    counts: dict[str, int] = {}
    home = dateline_country(doc.text)
    body = dateline_end(doc.text)
    filed = home if start == 0 and body else None
    i = start if filed is None else next((token.i for token in doc if token.idx >= body), len(doc))
    while i < len(doc):
        found = match_lexicon(doc, i, len(doc))
        if found is None:
            i += 1
            continue
        code = found[1].country or found[1].code
        if is_place_surname(doc, i, *found):
            code = None  # "NBI director Jaime Santiago": a surname, no mention of Chile
        elif found[1].kind == "seat":
            # "Congress" in a story filed from Guatemala City is Guatemala's, no mention of the United States
            code = (seat_at_home(doc.text_of(i, found[0]), home) or (code,))[0]
        if found[1].kind in COUNTRY_KINDS and code not in NON_STATE_CODES and code is not None:
            counts[code] = counts.get(code, 0) + 1
        i = found[0]
    if not counts:
        for token in doc[start:]:
            code = city_country(token.text) if token.ent_type_ in {"GPE", "LOC"} else None
            if code:
                counts[code] = counts.get(code, 0) + 1
    if filed is not None and filed not in NON_STATE_CODES:
        # the place a story is filed from names its country once, after the body's (a tie stays the body's)
        counts[filed] = counts.get(filed, 0) + 1
    return counts
